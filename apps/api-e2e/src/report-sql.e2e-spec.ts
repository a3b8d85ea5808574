import { Client } from 'pg';

import { applyReportSql, ownerDataSource, readReportSql } from '@link/platform/database';
import { createTestDatabase, type TestDatabase } from '@link/shared/testing';

/**
 * The report functions' source files (libs/platform/database/src/lib/report-sql/): applied after
 * the migrations whenever one changes, and the only home of every reporting function.
 */
let database: TestDatabase;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new Client({ connectionString: database.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

it('define every function of the reporting schema, so none lives only in a migration', async () => {
  const defined = readReportSql().flatMap((file) =>
    [...file.sql.matchAll(/^CREATE OR REPLACE FUNCTION reporting\.(\w+)\(/gm)].map(
      (match) => match[1],
    ),
  );
  const { rows } = await admin.query<{ name: string }>(
    `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'reporting' ORDER BY 1`,
  );
  expect([...defined].sort()).toEqual(rows.map((row) => row.name));
});

it('are applied when they change, and only then', async () => {
  const dataSource = ownerDataSource(database.adminUrl);
  await dataSource.initialize();
  try {
    const files = readReportSql();
    // The test database was migrated with these very files.
    expect(await applyReportSql(dataSource, files)).toEqual([]);

    const calendar = files.find((file) => file.name === '01-calendar.sql')!;
    const changed = {
      ...calendar,
      sql: calendar.sql.replace(
        "SELECT date_trunc('month', day::timestamp)::date",
        "SELECT date_trunc('month', day::timestamp)::date /* changed */",
      ),
      checksum: 'changed',
    };
    expect(changed.sql).not.toEqual(calendar.sql);
    const edited = files.map((file) => (file === calendar ? changed : file));
    expect(await applyReportSql(dataSource, edited)).toEqual(['01-calendar.sql']);
    const body = async () =>
      (
        await admin.query<{ src: string }>(
          `SELECT prosrc AS src FROM pg_proc WHERE proname = 'month_of'`,
        )
      ).rows[0].src;
    expect(await body()).toContain('/* changed */');
    expect(await applyReportSql(dataSource, edited)).toEqual([]);

    // Back to the committed file: applied again, and the function is as it was.
    expect(await applyReportSql(dataSource, files)).toEqual(['01-calendar.sql']);
    expect(await body()).not.toContain('/* changed */');
  } finally {
    await dataSource.destroy();
  }
});

it('leave nothing half-applied when a file fails', async () => {
  const dataSource = ownerDataSource(database.adminUrl);
  await dataSource.initialize();
  try {
    const files = readReportSql();
    const broken = {
      name: '01-calendar.sql',
      sql: `CREATE OR REPLACE FUNCTION reporting.month_of(day date) RETURNS date
            LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp
            AS $$ SELECT day $$; SELECT no_such_column FROM reporting.source_files;`,
      checksum: 'broken',
    };
    await expect(applyReportSql(dataSource, [broken, ...files.slice(1)])).rejects.toThrow(
      /no_such_column/,
    );
    const { rows } = await admin.query<{ checksum: string; src: string }>(
      `SELECT (SELECT checksum FROM reporting.source_files WHERE name = '01-calendar.sql') AS checksum,
         (SELECT prosrc FROM pg_proc WHERE proname = 'month_of') AS src`,
    );
    expect(rows[0].checksum).toBe(files[0].checksum);
    expect(rows[0].src).toContain('date_trunc');
  } finally {
    await dataSource.destroy();
  }
});
