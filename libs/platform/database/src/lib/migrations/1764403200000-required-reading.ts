import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Required reading: a centre marks material (its own or national) as required for its starters
 * and sees who has read the current version. Both tables belong to the centre doing the
 * requiring and reading; the material they point to may be the national office's, so there is no
 * foreign key (it would have to cross tenants) — the service checks the material is visible.
 */
export class RequiredReading1764403200000 implements MigrationInterface {
  name = 'RequiredReading1764403200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE material_requirements (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        material_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, material_id)
      )`);
    await db.query(`
      CREATE TABLE material_reads (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        material_id uuid NOT NULL,
        version_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, material_id, version_id, user_id)
      )`);
    for (const table of ['material_requirements', 'material_reads']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`GRANT SELECT, INSERT, DELETE ON ${table} TO link_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE material_reads, material_requirements`);
  }
}
