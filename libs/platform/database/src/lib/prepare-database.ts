import { Client } from 'pg';
import { DataSource } from 'typeorm';

import {
  APP_ROLE,
  createRolesSql,
  DATABASE_ROLES,
  OWNER_ROLE,
  REPORTING_ROLE,
  type RolePasswords,
} from './database-roles';
import { DatabaseSetupError } from './database-setup-error';
import { databaseName, type DatabaseUrls, databaseUrls, withDatabase } from './database-urls';
import { migrations } from './migrations';
import { refusePublicPasswords } from './public-passwords';
import { applyReportSql } from './report-sql';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface PrepareOptions {
  /** Refuse to start while a role still accepts a password published in this repository. */
  production?: boolean;
  /** Where to say what the checks could not tell. */
  log?: (message: string) => void;
}

/**
 * Makes the database in `adminUrl` ready for the API: the three roles, the database itself, and
 * every migration. Safe to run on every start and from several replicas at once.
 */
export async function prepareDatabase(
  adminUrl: string,
  passwords: RolePasswords,
  options: PrepareOptions = {},
): Promise<DatabaseUrls> {
  const urls = databaseUrls(adminUrl, passwords);
  await ensureRolesAndDatabase(adminUrl, passwords, options);
  await migrateDatabase(adminUrl);
  return urls;
}

export async function ensureRolesAndDatabase(
  adminUrl: string,
  passwords: RolePasswords,
  options: PrepareOptions = {},
): Promise<void> {
  const database = databaseName(adminUrl);
  await withClient(withDatabase(adminUrl, 'postgres'), async (client) => {
    const { rows } = await client.query<{ super: boolean; createrole: boolean }>(
      `SELECT rolsuper AS super, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user`,
    );
    const mayCreate = rows[0].super || rows[0].createrole;
    if (mayCreate) {
      // Two starts at once must not both create the roles.
      await client.query(`SELECT pg_advisory_lock(hashtext('link-platform-roles'))`);
      for (const sql of createRolesSql(passwords)) await client.query(sql);
      await client.query(`SELECT pg_advisory_unlock(hashtext('link-platform-roles'))`);
    } else {
      await assertRolesExist(client);
    }
    await assertRolesAreBound(client);
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${OWNER_ROLE}`);
    }
    await ensureOwnerRoleOwnsDatabase(client, database);
    await restrictDatabasePrivileges(client, database);
    if (options.production) await refusePublicPasswords(client, adminUrl, options.log);
  });
  await ensureOwnerRoleMayCreateInPublic(adminUrl);
}

async function assertRolesExist(client: Client): Promise<void> {
  const { rows } = await client.query<{ rolname: string }>(
    `SELECT rolname FROM pg_roles WHERE rolname = ANY($1)`,
    [DATABASE_ROLES],
  );
  const missing = DATABASE_ROLES.filter((role) => !rows.some((r) => r.rolname === role));
  if (missing.length > 0) {
    throw new DatabaseSetupError(
      `The database roles ${missing.join(' and ')} do not exist, and the user in DATABASE_URL ` +
        `may not create them. Ask a DBA to run docker/postgres/roles.sql, or use a URL ` +
        `whose user has CREATEROLE.`,
    );
  }
}

/**
 * The API refuses to run as a role that row-level security would not bind, or to report
 * through a reporting role that could read the tables or that the runtime role could become.
 */
async function assertRolesAreBound(client: Client): Promise<void> {
  const { rows } = await client.query<{ rolname: string }>(
    `SELECT rolname FROM pg_roles WHERE rolname = ANY($1) AND (rolsuper OR rolbypassrls)`,
    [[APP_ROLE, REPORTING_ROLE]],
  );
  if (rows.length > 0) {
    const roles = rows.map((row) => row.rolname).join(' and ');
    throw new DatabaseSetupError(
      `The role ${roles} is a superuser or may bypass row-level security, which ` +
        `would open every centre's data to every other. Run: ALTER ROLE ${rows[0].rolname} NOSUPERUSER NOBYPASSRLS;`,
    );
  }
  const [reporting] = (
    await client.query<{ login: boolean; app_member: boolean; member_of: string[] }>(
      `SELECT r.rolcanlogin AS login,
         pg_has_role('${APP_ROLE}', r.oid, 'MEMBER') AS app_member,
         ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid) AS member_of
       FROM pg_roles r WHERE r.rolname = '${REPORTING_ROLE}'`,
    )
  ).rows;
  const fixes: string[] = [];
  if (!reporting.login) {
    fixes.push(`ALTER ROLE ${REPORTING_ROLE} LOGIN PASSWORD '<DATABASE_REPORTING_PASSWORD>';`);
  }
  if (reporting.app_member) fixes.push(`REVOKE ${REPORTING_ROLE} FROM ${APP_ROLE};`);
  for (const role of reporting.member_of) fixes.push(`REVOKE ${role} FROM ${REPORTING_ROLE};`);
  if (fixes.length > 0) {
    throw new DatabaseSetupError(
      `The role ${REPORTING_ROLE} must log in on its own and be nobody's member but its own: ` +
        `national figures connect as it, and ${APP_ROLE} must not be able to become it. ` +
        `As a superuser or a user with CREATEROLE, run: ${fixes.join(' ')} ` +
        `(or run docker/postgres/roles.sql again).`,
    );
  }
}

/**
 * The migrations run as link_owner and create tables in schema public, which PostgreSQL 15 and
 * later let only the database's owner do. A database created in advance by someone else (a
 * managed server's admin user, POSTGRES_DB in the official image) is handed to link_owner when
 * the URL's user may; otherwise the start stops with the statement to run.
 */
async function ensureOwnerRoleOwnsDatabase(client: Client, database: string): Promise<void> {
  const { rows } = await client.query<{ owner: string }>(
    `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`,
    [database],
  );
  if (rows[0].owner === OWNER_ROLE) return;
  try {
    await client.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${OWNER_ROLE}`);
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    throw new DatabaseSetupError(
      `The database ${quoteIdent(database)} belongs to ${rows[0].owner}, not ${OWNER_ROLE}, so ` +
        `the migrations may not create tables in its schema public, and the user in ` +
        `DATABASE_URL may not change that. As a superuser, run: ` +
        `ALTER DATABASE ${quoteIdent(database)} OWNER TO ${OWNER_ROLE};`,
    );
  }
}

/**
 * Only the database's owner keeps TEMPORARY: a role that can create a temporary table or view
 * can put it in front of a table a function reads (see the migration safe-definer-functions),
 * and neither the API nor the report functions need one. CONNECT is granted by name so it stays
 * when a DBA revokes it from PUBLIC. Exported for the test harness, whose databases are copies:
 * a copy does not inherit its template's privileges.
 */
export async function restrictDatabasePrivileges(client: Client, database: string): Promise<void> {
  const name = quoteIdent(database);
  await client.query(
    `REVOKE TEMPORARY ON DATABASE ${name} FROM PUBLIC, ${APP_ROLE}, ${REPORTING_ROLE}`,
  );
  await client.query(`GRANT CONNECT ON DATABASE ${name} TO ${APP_ROLE}, ${REPORTING_ROLE}`);
  const { rows } = await client.query<{ role: string }>(
    `SELECT role FROM unnest($2::text[]) AS role WHERE has_database_privilege(role, $1, 'TEMPORARY')`,
    [database, [APP_ROLE, REPORTING_ROLE]],
  );
  if (rows.length > 0) {
    throw new DatabaseSetupError(
      `The roles ${rows.map((row) => row.role).join(' and ')} may create temporary tables in ` +
        `${name}, and the user in DATABASE_URL may not take that away. As a superuser or ` +
        `${OWNER_ROLE}, run: REVOKE TEMPORARY ON DATABASE ${name} FROM PUBLIC, ${APP_ROLE}, ${REPORTING_ROLE};`,
    );
  }
}

/**
 * The owner of the database owns schema public on PostgreSQL 15 and later; a schema public
 * owned by someone else (a restored or upgraded database) is handed over when we may.
 */
async function ensureOwnerRoleMayCreateInPublic(adminUrl: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const mayCreate = async () =>
      (
        await client.query<{ ok: boolean }>(
          `SELECT has_schema_privilege('${OWNER_ROLE}', 'public', 'CREATE')
             AND has_schema_privilege('${OWNER_ROLE}', 'public', 'USAGE') AS ok`,
        )
      ).rows[0].ok;
    if (await mayCreate()) return;
    try {
      await client.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
    } catch (error) {
      if (!isPermissionError(error)) throw error;
    }
    if (await mayCreate()) return;
    const database = quoteIdent(databaseName(adminUrl));
    throw new DatabaseSetupError(
      `The role ${OWNER_ROLE} may not create tables in schema public of ${database}, and the ` +
        `user in DATABASE_URL may not change that. As a superuser, connected to ${database}, ` +
        `run: ALTER SCHEMA public OWNER TO ${OWNER_ROLE};`,
    );
  });
}

/**
 * Applies pending migrations as the owner role, one process at a time, then the report
 * functions' source files that changed (report-sql.ts).
 */
export async function migrateDatabase(adminUrl: string): Promise<string[]> {
  const dataSource = ownerDataSource(adminUrl);
  await dataSource.initialize();
  try {
    await dataSource.query(`SELECT pg_advisory_lock(hashtext('link-platform-migrations'))`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const sources = await applyReportSql(dataSource);
    await dataSource.query(`SELECT pg_advisory_unlock(hashtext('link-platform-migrations'))`);
    return [
      ...applied.map((migration) => migration.name),
      ...sources.map((name) => `report-sql/${name}`),
    ];
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A connection that acts as the owner role. The URL's user may be the owner itself or a
 * superuser/DBA that is a member of it; `role` makes every object it creates the owner's.
 */
export function ownerDataSource(adminUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: adminUrl,
    migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 1, options: `-c role=${OWNER_ROLE}`, application_name: 'link-migrate' },
  });
}

/** One connection for `work`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function isPermissionError(error: unknown): boolean {
  return (error as { code?: string }).code === '42501';
}

function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
