import type { MigrationInterface, QueryRunner } from 'typeorm';

import { APP_ROLE } from '../database-roles';

/** What the runtime role may read of `users`: everything but the password hash. */
const READABLE = 'id, email, display_name, platform_role, deactivated_at, created_at, updated_at';
/** What it may write when it creates an account: no platform role (that is the owner's to set). */
const INSERTABLE = 'id, email, display_name, password_hash, created_at, updated_at';

/**
 * Narrows the runtime role on `users` to column privileges. It may no longer read password
 * hashes in bulk (`SELECT * FROM users`, or a query that joins users and returns every column),
 * may not give anyone a platform role (not by UPDATE, not by creating an account that has one),
 * and may not update accounts at all: the API never does.
 *
 * Signing in needs one hash, because argon2 verifies in the API, not in PostgreSQL.
 * `password_hash_for_sign_in(email)` returns it for one exact e-mail address (trimmed, lower
 * case; no pattern), runs as the owner with a fixed search_path, and only the runtime role may
 * call it. The residual risk is stated plainly: whoever can run SQL as the runtime role can
 * still fetch the hash of an account whose e-mail address they know, one call per account.
 * What this removes is the bulk read, and a hash reaching a response by an ORM query or a join.
 */
export class UserAccountPrivileges1764921600000 implements MigrationInterface {
  name = 'UserAccountPrivileges1764921600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`REVOKE SELECT, INSERT, UPDATE ON users FROM ${APP_ROLE}`);
    await db.query(`GRANT SELECT (${READABLE}) ON users TO ${APP_ROLE}`);
    await db.query(`GRANT INSERT (${INSERTABLE}) ON users TO ${APP_ROLE}`);
    await db.query(`
      CREATE FUNCTION password_hash_for_sign_in(p_email text) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
        SELECT u.password_hash FROM public.users u WHERE u.email = lower(btrim(p_email))
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION password_hash_for_sign_in(text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION password_hash_for_sign_in(text) TO ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION password_hash_for_sign_in(text)`);
    await db.query(`REVOKE SELECT (${READABLE}) ON users FROM ${APP_ROLE}`);
    await db.query(`REVOKE INSERT (${INSERTABLE}) ON users FROM ${APP_ROLE}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON users TO ${APP_ROLE}`);
  }
}
