import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DataSource } from 'typeorm';

/**
 * The report functions' source: `report-sql/*.sql` beside this file, copied beside the bundled
 * API by its build (apps/api/webpack.config.js). A figure's SQL has one home and a readable
 * history there, instead of a copy of the whole function in every migration that changes it.
 */
export const REPORT_SQL_DIRECTORY = join(__dirname, 'report-sql');

export interface ReportSqlFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The files in the order they are applied (by name: 01-…, 02-…). */
export function readReportSql(directory = REPORT_SQL_DIRECTORY): ReportSqlFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(directory, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies every file whose content differs from the one applied last, each in a transaction of
 * its own, and records its checksum in `reporting.source_files`. Runs after the migrations
 * (which create the tables and, historically, the first versions of the functions), under the
 * same lock. Returns the names of the files it applied.
 */
export async function applyReportSql(
  dataSource: DataSource,
  files: ReportSqlFile[] = readReportSql(),
): Promise<string[]> {
  const rows: { name: string; checksum: string }[] = await dataSource.query(
    `SELECT name, checksum FROM reporting.source_files`,
  );
  const applied = new Map(rows.map((row) => [row.name, row.checksum]));
  const changed = files.filter((file) => applied.get(file.name) !== file.checksum);
  for (const file of changed) {
    await dataSource.transaction(async (manager) => {
      await manager.query(file.sql);
      await manager.query(
        `INSERT INTO reporting.source_files (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, applied_at = now()`,
        [file.name, file.checksum],
      );
    });
  }
  return changed.map((file) => file.name);
}
