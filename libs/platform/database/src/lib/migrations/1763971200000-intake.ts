import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Inquiries, participants, consents, the partner and service directories, referrals, the audit
 * trail, anonymous records of erased people, and centre settings. Every table is centre-owned:
 * `(tenant_id, id)` keys, composite foreign keys, and row-level security in this same file.
 */
export class Intake1763971200000 implements MigrationInterface {
  name = 'Intake1763971200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE centre_settings (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        retention_months integer NOT NULL DEFAULT 24 CHECK (retention_months BETWEEN 1 AND 120),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id)
      )`);

    await db.query(`
      CREATE TABLE partners (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('NAV', 'MUNICIPALITY', 'DPS', 'GP_OFFICE', 'VOLUNTEER_CENTRE',
          'USER_ORGANISATION', 'RED_CROSS', 'OTHER')),
        contact_person text,
        contact_email text,
        contact_phone text,
        lends_rooms boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await db.query(`CREATE UNIQUE INDEX partners_name_key ON partners (tenant_id, lower(name))`);

    await db.query(`
      CREATE TABLE services (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        description text,
        contact text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await db.query(`CREATE UNIQUE INDEX services_name_key ON services (tenant_id, lower(name))`);

    await db.query(`
      CREATE TABLE participants (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        display_name text NOT NULL CHECK (length(trim(display_name)) > 0),
        phone_ciphertext text,
        phone_hash text,
        email_ciphertext text,
        email_hash text,
        birth_year integer,
        gender text CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNSPECIFIED')),
        municipality text,
        languages text[] NOT NULL DEFAULT '{}',
        preferred_times_of_day text[] NOT NULL DEFAULT '{}',
        preferred_weekdays text[] NOT NULL DEFAULT '{}',
        preferred_format text CHECK (preferred_format IN ('PHYSICAL', 'DIGITAL', 'EITHER')),
        preferred_composition text CHECK (preferred_composition IN ('MIXED', 'THEMED', 'EITHER')),
        preferred_theme text,
        gender_mix_wish text CHECK (gender_mix_wish IN ('SAME_GENDER', 'MIXED', 'NO_PREFERENCE')),
        age_range_min integer,
        age_range_max integer,
        composition_notes text,
        target_groups text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'INQUIRY'
          CHECK (status IN ('INQUIRY', 'WAITING', 'IN_GROUP', 'REFERRED', 'ENDED')),
        waiting_since timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((status = 'WAITING') = (waiting_since IS NOT NULL)),
        CHECK (age_range_min IS NULL OR age_range_max IS NULL OR age_range_min <= age_range_max)
      )`);
    await db.query(
      `CREATE INDEX participants_status_idx ON participants (tenant_id, status, waiting_since)`,
    );
    await db.query(
      `CREATE INDEX participants_phone_hash_idx ON participants (tenant_id, phone_hash) WHERE phone_hash IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX participants_email_hash_idx ON participants (tenant_id, email_hash) WHERE email_hash IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX participants_last_activity_idx ON participants (tenant_id, last_activity_at)`,
    );

    await db.query(`
      CREATE TABLE consents (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        participant_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('KEEP_DATA', 'KEEP_TARGET_GROUP_DATA', 'ANONYMOUS_SURVEYS')),
        given_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES users (id),
        withdrawn_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, participant_id) REFERENCES participants (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX consents_active_key ON consents (tenant_id, participant_id, kind) WHERE withdrawn_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE inquiries (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        participant_id uuid NOT NULL,
        source text NOT NULL CHECK (source IN ('STAFF', 'PUBLIC_FORM')),
        received_at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'WEB_FORM', 'IN_PERSON', 'PARTNER_REFERRAL', 'OTHER')),
        heard_via text CHECK (heard_via IN ('NAV', 'DPS', 'GP', 'MUNICIPALITY', 'VOLUNTEER_CENTRE',
          'USER_ORGANISATION', 'FRIEND_OR_FAMILY', 'SOCIAL_MEDIA', 'NEWSPAPER', 'SCHOOL_OR_UNIVERSITY',
          'STAND_OR_TALK', 'OTHER')),
        referring_partner_id uuid,
        preferred_contact_times text,
        message_ciphertext text,
        answer_due_at timestamptz NOT NULL,
        conversation_due_at timestamptz NOT NULL,
        first_answer_at timestamptz,
        conversation_booked_for timestamptz,
        conversation_held_at timestamptz,
        outcome text CHECK (outcome IN ('JOINED_WAITLIST', 'REFERRED_ELSEWHERE', 'NOT_NOW', 'NO_ANSWER')),
        closed_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, participant_id) REFERENCES participants (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, referring_partner_id) REFERENCES partners (tenant_id, id)
          ON DELETE SET NULL (referring_partner_id),
        CHECK (first_answer_at IS NULL OR first_answer_at >= received_at),
        CHECK (conversation_held_at IS NULL OR conversation_held_at >= received_at)
      )`);
    await db.query(
      `CREATE INDEX inquiries_participant_idx ON inquiries (tenant_id, participant_id)`,
    );
    await db.query(
      `CREATE INDEX inquiries_answer_due_idx ON inquiries (tenant_id, answer_due_at) WHERE first_answer_at IS NULL AND outcome IS NULL`,
    );
    await db.query(
      `CREATE INDEX inquiries_conversation_due_idx ON inquiries (tenant_id, conversation_due_at) WHERE conversation_held_at IS NULL AND outcome IS NULL`,
    );

    await db.query(`
      CREATE TABLE referrals (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        participant_id uuid NOT NULL,
        service_id uuid NOT NULL,
        referred_at timestamptz NOT NULL DEFAULT now(),
        referred_by uuid REFERENCES users (id),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, participant_id) REFERENCES participants (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, service_id) REFERENCES services (tenant_id, id)
      )`);
    await db.query(
      `CREATE INDEX referrals_participant_idx ON referrals (tenant_id, participant_id)`,
    );

    // What the national figures need of a person who was erased, and nothing that points back.
    await db.query(`
      CREATE TABLE anonymous_inquiry_records (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        inquiry_month date NOT NULL CHECK (extract(day FROM inquiry_month) = 1),
        age_band text,
        municipality text,
        channel text NOT NULL,
        heard_via text,
        target_groups text[] NOT NULL DEFAULT '{}',
        outcome text,
        PRIMARY KEY (tenant_id, id)
      )`);

    // Append-only: the runtime role may add and read entries, never change or remove them.
    await db.query(`
      CREATE TABLE audit_entries (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        action text NOT NULL,
        participant_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (tenant_id, id)
      )`);
    await db.query(
      `CREATE INDEX audit_entries_time_idx ON audit_entries (tenant_id, occurred_at DESC)`,
    );
    await db.query(
      `CREATE INDEX audit_entries_participant_idx ON audit_entries (tenant_id, participant_id, occurred_at DESC)`,
    );

    const tables = [
      'centre_settings',
      'partners',
      'services',
      'participants',
      'consents',
      'inquiries',
      'referrals',
      'anonymous_inquiry_records',
      'audit_entries',
    ];
    for (const table of tables) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
    }
    await db.query(`GRANT SELECT, INSERT, UPDATE ON centre_settings TO link_app`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON partners, services, participants, consents, inquiries, referrals TO link_app`,
    );
    await db.query(`GRANT SELECT, INSERT ON anonymous_inquiry_records, audit_entries TO link_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_entries, anonymous_inquiry_records, referrals, inquiries, consents,
      participants, services, partners, centre_settings`);
  }
}
