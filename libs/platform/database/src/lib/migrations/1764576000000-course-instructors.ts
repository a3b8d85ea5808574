import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** Who teaches a course: staff or volunteers of the course's centre (for their assignment history). */
export class CourseInstructors1764576000000 implements MigrationInterface {
  name = 'CourseInstructors1764576000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE course_instructors (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        course_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, course_id, membership_id),
        FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships (tenant_id, id)
      )`);
    await db.query(`ALTER TABLE course_instructors ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE course_instructors FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON course_instructors USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT, DELETE ON course_instructors TO link_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE course_instructors`);
  }
}
