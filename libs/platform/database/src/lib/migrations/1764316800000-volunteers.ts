import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Volunteers. The person is a platform-wide user; everything about their work for a centre is
 * that centre's (profile, confidentiality agreement, police certificate checks, hours), so each
 * centre sees only its own part. A police certificate is never stored: only that it was shown.
 */
export class Volunteers1764316800000 implements MigrationInterface {
  name = 'Volunteers1764316800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE volunteer_profiles (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        skills text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        municipalities text[] NOT NULL DEFAULT '{}',
        available_times_of_day text[] NOT NULL DEFAULT '{}',
        available_weekdays text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'LEFT')),
        confidentiality_signed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE police_certificate_checks (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        profile_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ORDINARY', 'CHILDREN_AND_VULNERABLE', 'EXTENDED')),
        task text NOT NULL CHECK (length(trim(task)) > 0 AND length(task) <= 120),
        shown_on date NOT NULL,
        valid_until date NOT NULL,
        checked_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, profile_id) REFERENCES volunteer_profiles (tenant_id, id) ON DELETE CASCADE,
        CHECK (valid_until > shown_on)
      )`);
    await db.query(`
      CREATE TABLE volunteer_hours (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        profile_id uuid NOT NULL,
        worked_on date NOT NULL,
        hours numeric(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
        activity text NOT NULL CHECK (activity IN ('GROUP_START', 'COURSE', 'STAND_OR_TALK', 'ADMIN', 'OTHER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, profile_id) REFERENCES volunteer_profiles (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX volunteer_hours_profile_idx ON volunteer_hours (tenant_id, profile_id, worked_on)`,
    );
    for (const table of ['volunteer_profiles', 'police_certificate_checks', 'volunteer_hours']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO link_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE volunteer_hours, police_certificate_checks, volunteer_profiles`);
  }
}
