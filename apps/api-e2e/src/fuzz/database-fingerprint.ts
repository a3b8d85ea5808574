import type { Client } from 'pg';

/**
 * A cheap fingerprint of every table's visible rows: how many there are and the sum of their
 * `xmin` (the transaction that wrote each row version). An insert, a delete or an update of any
 * row changes it; a rolled-back write leaves it as it was. Read as a superuser, which row-level
 * security does not filter.
 */
export class DatabaseFingerprint {
  private constructor(
    private readonly client: Client,
    private readonly sql: string,
  ) {}

  static async create(
    client: Client,
    ignore: readonly string[] = [],
  ): Promise<DatabaseFingerprint> {
    const { rows } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname IN ('public', 'reporting') AND tablename <> 'migrations'
        ORDER BY 1`,
    );
    const tables = rows.map((row) => row.name).filter((name) => !ignore.includes(name));
    const columns = tables.map(
      (table) =>
        `(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM ${table}) AS "${table}"`,
    );
    return new DatabaseFingerprint(client, `SELECT ${columns.join(', ')}`);
  }

  async take(): Promise<Record<string, string>> {
    const { rows } = await this.client.query<Record<string, string>>(this.sql);
    return rows[0];
  }

  /** The tables whose fingerprint differs, for a readable failure. */
  static changed(before: Record<string, string>, after: Record<string, string>): string[] {
    return Object.keys(before).filter((table) => before[table] !== after[table]);
  }
}
