import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Attachments to training material: metadata in `material_attachments`, the bytes behind a small
 * storage interface whose first implementation is `attachment_blobs` (object storage later).
 * National material's attachments are readable by everyone signed in, like the material.
 */
export class MaterialAttachments1764489600000 implements MigrationInterface {
  name = 'MaterialAttachments1764489600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE material_attachments (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        material_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 160),
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, material_id) REFERENCES library_materials (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX material_attachments_material_idx ON material_attachments (tenant_id, material_id)`,
    );
    await db.query(`
      CREATE TABLE attachment_blobs (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (tenant_id, id)
      )`);
    for (const table of ['material_attachments', 'attachment_blobs']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`GRANT SELECT, INSERT, DELETE ON ${table} TO link_app`);
    }
    // Readable when the material it belongs to is (library_materials' own policies decide).
    await db.query(`
      CREATE POLICY national_published ON material_attachments FOR SELECT USING (
        EXISTS (SELECT 1 FROM library_materials m
                 WHERE m.tenant_id = material_attachments.tenant_id AND m.id = material_attachments.material_id))`);
    await db.query(`
      CREATE POLICY national_published ON attachment_blobs FOR SELECT USING (
        EXISTS (SELECT 1 FROM material_attachments a
                 WHERE a.tenant_id = attachment_blobs.tenant_id AND a.storage_key = attachment_blobs.id::text))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment_blobs, material_attachments`);
  }
}
