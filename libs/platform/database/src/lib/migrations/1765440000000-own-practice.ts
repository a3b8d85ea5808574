import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A centre's own practice (issue 13, items 5–7):
 *
 * - its contact details, which it edits itself with its name and municipalities;
 * - partner kinds LIBRARY, CRISIS_CENTRE, CONFLICT_COUNCIL (Konfliktrådet), COUNTY, and people
 *   who heard of the centre from the POLICE or a CRISIS_CENTRE;
 * - `inquiries.conversation_invited_at`: when the person was invited to the individual
 *   conversation. The promise as the centres state it (LINK Bergen: "hver enkelt skal være
 *   invitert til en individuell samtale i løpet av en uke") is measured on it; the counting
 *   itself is in report-sql/02-centre-counts.sql and 03-erased-history.sql (CONVERSATION_PROMISE
 *   on the invitation, CONVERSATION_HELD on the conversation held, closed to the waitlist with
 *   nothing recorded counted as MISSED);
 * - the start-up meetings of its groups (`group_startup_meetings`, centre-owned, the tenant
 *   policy): the days held and the frames agreed, in fixed categories.
 */
export class OwnPractice1765440000000 implements MigrationInterface {
  name = 'OwnPractice1765440000000';

  async up(db: QueryRunner): Promise<void> {
    // A centre keeps its name, contact details and municipalities up to date itself.
    await db.query(`ALTER TABLE centres
      ADD COLUMN contact_email text CHECK (length(contact_email) <= 254),
      ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 40),
      ADD COLUMN postal_address text CHECK (length(postal_address) <= 300),
      ADD COLUMN website text CHECK (length(website) <= 300)`);
    // Partners and channels the centres work with: libraries, crisis centres, Konfliktrådet, the
    // county; people hear of the centre from the police and crisis centres too.
    await db.query(`ALTER TABLE partners DROP CONSTRAINT partners_kind_check`);
    await db.query(`ALTER TABLE partners ADD CONSTRAINT partners_kind_check CHECK (kind IN ('NAV',
      'MUNICIPALITY', 'DPS', 'GP_OFFICE', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION', 'RED_CROSS',
      'LIBRARY', 'CRISIS_CENTRE', 'CONFLICT_COUNCIL', 'COUNTY', 'OTHER'))`);
    await db.query(`ALTER TABLE inquiries DROP CONSTRAINT inquiries_heard_via_check`);
    await db.query(`ALTER TABLE inquiries ADD CONSTRAINT inquiries_heard_via_check CHECK (heard_via IN
      ('NAV', 'DPS', 'GP', 'MUNICIPALITY', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION',
       'FRIEND_OR_FAMILY', 'SOCIAL_MEDIA', 'NEWSPAPER', 'SCHOOL_OR_UNIVERSITY', 'STAND_OR_TALK',
       'POLICE', 'CRISIS_CENTRE', 'OTHER'))`);
    await db.query(`ALTER TABLE inquiries ADD COLUMN conversation_invited_at timestamptz`);

    // The start-up meetings a starter holds with a new group: the day, and what was agreed
    // (fixed categories, no free text: the log is about the frames, never about the people).
    await db.query(`
      CREATE TABLE group_startup_meetings (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        held_on date NOT NULL,
        agreed text[] NOT NULL DEFAULT '{}' CHECK (agreed <@ ARRAY['CONFIDENTIALITY',
          'FRAMES_AND_PRINCIPLES', 'TIME_AND_PLACE', 'SHARED_RESPONSIBILITY', 'STARTER_WITHDRAWAL']),
        recorded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT group_startup_meetings_one_a_day UNIQUE (tenant_id, group_id, held_on),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(`ALTER TABLE group_startup_meetings ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE group_startup_meetings FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON group_startup_meetings
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON group_startup_meetings TO link_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE group_startup_meetings`);
    await db.query(`ALTER TABLE inquiries DROP COLUMN conversation_invited_at`);
    // Rows with the new kinds would break the old checks: they become OTHER.
    await db.query(`UPDATE partners SET kind = 'OTHER'
      WHERE kind IN ('LIBRARY', 'CRISIS_CENTRE', 'CONFLICT_COUNCIL', 'COUNTY')`);
    await db.query(
      `UPDATE inquiries SET heard_via = 'OTHER' WHERE heard_via IN ('POLICE', 'CRISIS_CENTRE')`,
    );
    await db.query(`ALTER TABLE partners DROP CONSTRAINT partners_kind_check`);
    await db.query(`ALTER TABLE partners ADD CONSTRAINT partners_kind_check CHECK (kind IN ('NAV',
      'MUNICIPALITY', 'DPS', 'GP_OFFICE', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION', 'RED_CROSS', 'OTHER'))`);
    await db.query(`ALTER TABLE inquiries DROP CONSTRAINT inquiries_heard_via_check`);
    await db.query(`ALTER TABLE inquiries ADD CONSTRAINT inquiries_heard_via_check CHECK (heard_via IN
      ('NAV', 'DPS', 'GP', 'MUNICIPALITY', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION',
       'FRIEND_OR_FAMILY', 'SOCIAL_MEDIA', 'NEWSPAPER', 'SCHOOL_OR_UNIVERSITY', 'STAND_OR_TALK', 'OTHER'))`);
    await db.query(`ALTER TABLE centres DROP COLUMN contact_email, DROP COLUMN contact_phone,
      DROP COLUMN postal_address, DROP COLUMN website`);
  }
}
