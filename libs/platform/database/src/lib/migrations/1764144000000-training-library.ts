import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The training library. The national office (Selvhjelp Norge) is a tenant of its own kind, so its
 * material is written like any centre's; a second, read-only policy lets every signed-in user of
 * every centre read its *published* material. A centre's own material stays behind the wall.
 */
export class TrainingLibrary1764144000000 implements MigrationInterface {
  name = 'TrainingLibrary1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE centres ADD COLUMN kind text NOT NULL DEFAULT 'CENTRE'
      CHECK (kind IN ('CENTRE', 'NATIONAL_OFFICE'))`);
    await db.query(
      `CREATE UNIQUE INDEX centres_one_national_office ON centres (kind) WHERE kind = 'NATIONAL_OFFICE'`,
    );

    await db.query(`
      CREATE TABLE library_materials (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        language text NOT NULL DEFAULT 'nb' CHECK (language ~ '^[a-z]{2,3}$'),
        tags text[] NOT NULL DEFAULT '{}',
        published_version_id uuid,
        search_document tsvector,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await db.query(`
      CREATE TABLE material_versions (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        material_id uuid NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        summary text NOT NULL DEFAULT '',
        body_markdown text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, material_id, version),
        FOREIGN KEY (tenant_id, material_id) REFERENCES library_materials (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(`ALTER TABLE library_materials ADD FOREIGN KEY (tenant_id, published_version_id)
      REFERENCES material_versions (tenant_id, id) ON DELETE SET NULL (published_version_id)`);
    await db.query(
      `CREATE INDEX library_materials_search_idx ON library_materials USING gin (search_document)`,
    );
    await db.query(`CREATE INDEX library_materials_tags_idx ON library_materials USING gin (tags)`);

    for (const table of ['library_materials', 'material_versions']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO link_app`);
    }
    // Published national material, for anyone signed in (a user id is set only from a verified token).
    await db.query(`
      CREATE POLICY national_published ON library_materials FOR SELECT USING (
        published_version_id IS NOT NULL
        AND nullif(current_setting('app.user_id', true), '') IS NOT NULL
        AND tenant_id IN (SELECT id FROM centres WHERE kind = 'NATIONAL_OFFICE'))`);
    await db.query(`
      CREATE POLICY national_published ON material_versions FOR SELECT USING (
        nullif(current_setting('app.user_id', true), '') IS NOT NULL
        AND EXISTS (SELECT 1 FROM library_materials m
                     WHERE m.tenant_id = material_versions.tenant_id
                       AND m.published_version_id = material_versions.id
                       AND m.tenant_id IN (SELECT id FROM centres WHERE kind = 'NATIONAL_OFFICE')))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE library_materials DROP COLUMN published_version_id`);
    await db.query(`DROP TABLE material_versions, library_materials`);
    await db.query(`DROP INDEX centres_one_national_office`);
    await db.query(`ALTER TABLE centres DROP COLUMN kind`);
  }
}
