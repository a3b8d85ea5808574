import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const WEEKDAYS = `'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'`;

/**
 * Groups and what the centre does around them: starters, members, open-group head counts,
 * follow-up, rooms with weekly availability and bookings. Double booking of a room is refused
 * by an exclusion constraint (btree_gist), so two coordinators cannot both win.
 */
export class Groups1764057600000 implements MigrationInterface {
  name = 'Groups1764057600000';

  async up(db: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: the database owner may create it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await db.query(`ALTER TABLE centre_settings
      ADD COLUMN follow_up_weeks integer NOT NULL DEFAULT 6 CHECK (follow_up_weeks BETWEEN 1 AND 52),
      ADD COLUMN group_min_size integer NOT NULL DEFAULT 5 CHECK (group_min_size BETWEEN 2 AND 20),
      ADD COLUMN group_max_size integer NOT NULL DEFAULT 8 CHECK (group_max_size BETWEEN 2 AND 20),
      ADD COLUMN matching_weights jsonb NOT NULL DEFAULT '{}',
      ADD CHECK (group_min_size <= group_max_size)`);

    await db.query(`
      CREATE TABLE rooms (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        address text NOT NULL,
        municipality text NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        step_free boolean NOT NULL DEFAULT false,
        partner_id uuid,
        free_of_charge boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, partner_id) REFERENCES partners (tenant_id, id) ON DELETE SET NULL (partner_id)
      )`);

    await db.query(`
      CREATE TABLE room_availability (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        room_id uuid NOT NULL,
        weekday text NOT NULL CHECK (weekday IN (${WEEKDAYS})),
        starts_at time NOT NULL,
        ends_at time NOT NULL CHECK (ends_at > starts_at),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, room_id) REFERENCES rooms (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX room_availability_room_idx ON room_availability (tenant_id, room_id)`,
    );

    await db.query(`
      CREATE TABLE groups (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('CLOSED', 'OPEN')),
        format text NOT NULL CHECK (format IN ('PHYSICAL', 'DIGITAL')),
        composition text NOT NULL CHECK (composition IN ('MIXED', 'THEMED')),
        theme text,
        weekday text NOT NULL CHECK (weekday IN (${WEEKDAYS})),
        start_time time NOT NULL,
        duration_minutes integer NOT NULL DEFAULT 120 CHECK (duration_minutes BETWEEN 30 AND 300),
        municipality text,
        meeting_link text,
        capacity integer NOT NULL CHECK (capacity BETWEEN 2 AND 30),
        age_range_min integer,
        age_range_max integer,
        start_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED'
          CHECK (status IN ('PLANNED', 'RECRUITING', 'STARTING', 'SELF_RUN', 'PAUSED', 'ENDED')),
        paused_from text CHECK (paused_from IN ('RECRUITING', 'STARTING', 'SELF_RUN')),
        self_run_since date,
        ended_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((composition = 'THEMED') = (theme IS NOT NULL)),
        CHECK ((status = 'PAUSED') = (paused_from IS NOT NULL)),
        CHECK (age_range_min IS NULL OR age_range_max IS NULL OR age_range_min <= age_range_max)
      )`);
    await db.query(`CREATE INDEX groups_status_idx ON groups (tenant_id, status)`);

    await db.query(`
      CREATE TABLE group_events (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('STATUS_CHANGED', 'STARTER_INVITED_BACK', 'STARTER_RETURNED')),
        from_status text,
        to_status text,
        occurred_on date NOT NULL,
        reason text CHECK (length(reason) <= 40),
        recorded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX group_events_group_idx ON group_events (tenant_id, group_id, occurred_on)`,
    );

    await db.query(`
      CREATE TABLE group_starters (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships (tenant_id, id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX group_starters_active_key ON group_starters (tenant_id, group_id, membership_id) WHERE released_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX group_starters_membership_idx ON group_starters (tenant_id, membership_id) WHERE released_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE group_members (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        joined_on date NOT NULL,
        left_on date,
        leave_reason text CHECK (length(leave_reason) <= 200),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, participant_id) REFERENCES participants (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX group_members_active_key ON group_members (tenant_id, group_id, participant_id) WHERE left_on IS NULL`,
    );
    await db.query(
      `CREATE INDEX group_members_participant_idx ON group_members (tenant_id, participant_id)`,
    );

    // Open groups: how many came, never who.
    await db.query(`
      CREATE TABLE open_group_meetings (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        held_on date NOT NULL,
        head_count integer NOT NULL CHECK (head_count BETWEEN 0 AND 500),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, group_id, held_on),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE follow_ups (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('VISIT', 'CALL', 'STARTER_RETURN')),
        occurred_on date NOT NULL,
        by_user_id uuid REFERENCES users (id),
        note text CHECK (length(note) <= 280),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX follow_ups_group_idx ON follow_ups (tenant_id, group_id, occurred_on DESC)`,
    );

    // A weekly slot as minutes of the week, so overlap is one range operator.
    await db.query(`
      CREATE TABLE room_bookings (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        room_id uuid NOT NULL,
        group_id uuid NOT NULL,
        weekly_slot int4range NOT NULL,
        valid_during daterange NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, room_id) REFERENCES rooms (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (
          tenant_id WITH =, room_id WITH =, weekly_slot WITH &&, valid_during WITH &&
        )
      )`);
    await db.query(`CREATE INDEX room_bookings_group_idx ON room_bookings (tenant_id, group_id)`);
    await db.query(`ALTER TABLE groups ADD COLUMN room_id uuid,
      ADD FOREIGN KEY (tenant_id, room_id) REFERENCES rooms (tenant_id, id) ON DELETE SET NULL (room_id)`);

    const tables = [
      'rooms',
      'room_availability',
      'groups',
      'group_events',
      'group_starters',
      'group_members',
      'open_group_meetings',
      'follow_ups',
      'room_bookings',
    ];
    for (const table of tables) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO link_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE groups DROP COLUMN room_id`);
    await db.query(`DROP TABLE room_bookings, follow_ups, open_group_meetings, group_members,
      group_starters, group_events, groups, room_availability, rooms`);
    await db.query(`ALTER TABLE centre_settings DROP COLUMN follow_up_weeks, DROP COLUMN group_min_size,
      DROP COLUMN group_max_size, DROP COLUMN matching_weights`);
  }
}
