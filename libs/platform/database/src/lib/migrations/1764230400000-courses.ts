import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Starter courses and guidance sessions, enrolment with a waitlist, attendance, and starter
 * qualifications. A qualification belongs to the person (platform-wide, like their account): a
 * starter trained in Bergen may start groups in Oslo. It holds no personal data but dates.
 */
export class Courses1764230400000 implements MigrationInterface {
  name = 'Courses1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE courses (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('STARTER_COURSE', 'GUIDANCE')),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 200),
        qualification_valid_months integer CHECK (qualification_valid_months BETWEEN 1 AND 120),
        external_retention_months integer NOT NULL DEFAULT 6 CHECK (external_retention_months BETWEEN 1 AND 60),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await db.query(`
      CREATE TABLE course_sessions (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        course_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL DEFAULT 180 CHECK (duration_minutes BETWEEN 15 AND 600),
        place text,
        digital boolean NOT NULL DEFAULT false,
        mandatory boolean NOT NULL DEFAULT true,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX course_sessions_course_idx ON course_sessions (tenant_id, course_id, starts_at)`,
    );
    await db.query(`
      CREATE TABLE course_enrolments (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        course_id uuid NOT NULL,
        user_id uuid REFERENCES users (id),
        external_name text,
        external_organisation text,
        external_email text,
        status text NOT NULL CHECK (status IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED')),
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        external_erased_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE,
        CHECK (user_id IS NOT NULL OR external_name IS NOT NULL OR external_erased_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX course_enrolments_user_key ON course_enrolments (tenant_id, course_id, user_id)
      WHERE user_id IS NOT NULL AND status <> 'WITHDRAWN'`);
    await db.query(
      `CREATE INDEX course_enrolments_course_idx ON course_enrolments (tenant_id, course_id, status, enrolled_at)`,
    );
    await db.query(`
      CREATE TABLE session_attendance (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        session_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        attended boolean NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, session_id, enrolment_id),
        FOREIGN KEY (tenant_id, session_id) REFERENCES course_sessions (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, enrolment_id) REFERENCES course_enrolments (tenant_id, id) ON DELETE CASCADE
      )`);
    for (const table of ['courses', 'course_sessions', 'course_enrolments', 'session_attendance']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO link_app`);
    }

    await db.query(`
      CREATE TABLE starter_qualifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        granted_by_centre_id uuid NOT NULL REFERENCES centres (id),
        course_id uuid NOT NULL,
        granted_on date NOT NULL,
        expires_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, course_id),
        CHECK (expires_on IS NULL OR expires_on > granted_on)
      )`);
    await db.query(
      `CREATE INDEX starter_qualifications_user_idx ON starter_qualifications (user_id, expires_on)`,
    );
    await db.query(`GRANT SELECT, INSERT, UPDATE ON starter_qualifications TO link_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE starter_qualifications, session_attendance, course_enrolments, course_sessions, courses`,
    );
  }
}
