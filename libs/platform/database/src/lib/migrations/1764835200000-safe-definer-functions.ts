import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Functions that set their own search_path without naming pg_temp. PostgreSQL then searches the
 * caller's temporary schema first, so a caller who creates a temporary table or view named like
 * one the function reads (`centres`, `inquiries`) has the function read theirs: with the
 * owner's rights in a SECURITY DEFINER function (refresh_facts, national_figures), or in the
 * definer's context when a definer calls one of the others. With pg_temp named last, our tables
 * always win. Every function that sets a search_path gets the same one.
 */
const FUNCTIONS = [
  'reporting.centre_time_zone()',
  'reporting.centre_month_counts(date, date)',
  'reporting.centre_span_counts(date, date)',
  'reporting.centre_snapshots()',
  'reporting.count_windows(daterange[], text[], text[], integer[], boolean)',
  'reporting.centre_figures(daterange[], text[], text[], integer[])',
  'reporting.refresh_facts()',
  'reporting.national_figures(daterange[], text[], text[], integer[])',
];

const SAFE_SEARCH_PATH = 'pg_catalog, public, pg_temp';
const PREVIOUS_SEARCH_PATH = 'pg_catalog, public';

/**
 * Report functions ignore the caller's temporary objects; nobody but the owner may create
 * objects in schema public (so no one can plant a function or operator there that a definer
 * function would pick), which is PostgreSQL 15's default, made explicit for databases that
 * began on an earlier version. Temporary tables themselves are denied at database level by
 * `restrictDatabasePrivileges` (a database's privileges are not part of a migration: a copy of
 * the database does not carry them).
 */
export class SafeDefinerFunctions1764835200000 implements MigrationInterface {
  name = 'SafeDefinerFunctions1764835200000';

  async up(db: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) {
      await db.query(`ALTER FUNCTION ${fn} SET search_path = ${SAFE_SEARCH_PATH}`);
    }
    await db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) {
      await db.query(`ALTER FUNCTION ${fn} SET search_path = ${PREVIOUS_SEARCH_PATH}`);
    }
    // CREATE on schema public stays revoked: PostgreSQL 15 grants it to nobody either, and
    // giving it back to everyone would only reopen the hole.
  }
}
