import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The types the API takes (`ATTACHMENT_CONTENT_TYPES` in @link/training/library). */
const TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

/**
 * An attachment's stored type is one the library takes, whatever the application does. NOT
 * VALID: rows stored before the API checked types strictly (such as "constructor") stay, and
 * are served as application/octet-stream; the check holds for every new or changed row.
 */
export class AttachmentContentTypes1765094400000 implements MigrationInterface {
  name = 'AttachmentContentTypes1765094400000';

  async up(db: QueryRunner): Promise<void> {
    const list = TYPES.map((type) => `'${type}'`).join(', ');
    await db.query(
      `ALTER TABLE material_attachments ADD CONSTRAINT material_attachments_known_content_type
         CHECK (content_type IN (${list})) NOT VALID`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE material_attachments DROP CONSTRAINT material_attachments_known_content_type`,
    );
  }
}
