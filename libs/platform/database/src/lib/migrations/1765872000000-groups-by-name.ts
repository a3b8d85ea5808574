import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The groups page lists a centre's groups by name, a page at a time. Without an index in that
 * order PostgreSQL read and sorted every group of the centre for each page, and under row-level
 * security the sort works on projected rows (the policy's Result node), which made the page's
 * queries about twice the CPU of the same queries without it. With the index a page reads its
 * 50 rows in order and stops.
 */
export class GroupsByName1765872000000 implements MigrationInterface {
  name = 'GroupsByName1765872000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX groups_name_idx ON groups (tenant_id, name, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX groups_name_idx`);
  }
}
