import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { APP_ROLE, createRolesSql, OWNER_ROLE, REPORTING_ROLE } from './database-roles';
import { databaseName, type DatabaseUrls, databaseUrls, withDatabase } from './database-urls';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface RolePasswords {
  owner: string;
  app: string;
}

/**
 * Makes the database in `adminUrl` ready for the API: the two roles, the database itself, and
 * every migration. Safe to run on every start and from several replicas at once.
 */
export async function prepareDatabase(
  adminUrl: string,
  passwords: RolePasswords,
): Promise<DatabaseUrls> {
  const urls = databaseUrls(adminUrl, passwords);
  await ensureRolesAndDatabase(adminUrl, passwords);
  await migrateDatabase(adminUrl);
  return urls;
}

export async function ensureRolesAndDatabase(
  adminUrl: string,
  passwords: RolePasswords,
): Promise<void> {
  const database = databaseName(adminUrl);
  const client = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ super: boolean; createrole: boolean }>(
      `SELECT rolsuper AS super, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user`,
    );
    const mayCreate = rows[0].super || rows[0].createrole;
    if (mayCreate) {
      // Two starts at once must not both create the roles.
      await client.query(`SELECT pg_advisory_lock(hashtext('link-platform-roles'))`);
      for (const sql of createRolesSql(passwords.owner, passwords.app)) await client.query(sql);
      await client.query(`SELECT pg_advisory_unlock(hashtext('link-platform-roles'))`);
    } else {
      await assertRolesExist(client);
    }
    await assertRuntimeRoleIsBound(client);
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${OWNER_ROLE}`);
    }
    await client.query(
      `GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${APP_ROLE}`,
    );
  } finally {
    await client.end();
  }
}

async function assertRolesExist(client: Client): Promise<void> {
  const { rows } = await client.query<{ rolname: string }>(
    `SELECT rolname FROM pg_roles WHERE rolname = ANY($1)`,
    [[OWNER_ROLE, APP_ROLE, REPORTING_ROLE]],
  );
  const missing = [OWNER_ROLE, APP_ROLE, REPORTING_ROLE].filter(
    (role) => !rows.some((r) => r.rolname === role),
  );
  if (missing.length > 0) {
    throw new Error(
      `The database roles ${missing.join(' and ')} do not exist, and the user in DATABASE_URL ` +
        `may not create them. Ask a DBA to run docker/postgres/roles.sql, or use a URL ` +
        `whose user has CREATEROLE.`,
    );
  }
}

/**
 * The API refuses to run as a role that row-level security would not bind, or to report
 * through a reporting role that could read the tables.
 */
async function assertRuntimeRoleIsBound(client: Client): Promise<void> {
  const { rows } = await client.query<{ rolname: string }>(
    `SELECT rolname FROM pg_roles WHERE rolname = ANY($1) AND (rolsuper OR rolbypassrls)`,
    [[APP_ROLE, REPORTING_ROLE]],
  );
  if (rows.length > 0) {
    const roles = rows.map((row) => row.rolname).join(' and ');
    throw new Error(
      `The role ${roles} is a superuser or may bypass row-level security, which ` +
        `would open every centre's data to every other. Run: ALTER ROLE ${rows[0].rolname} NOSUPERUSER NOBYPASSRLS;`,
    );
  }
}

/** Applies pending migrations as the owner role, one process at a time. */
export async function migrateDatabase(adminUrl: string): Promise<string[]> {
  const dataSource = ownerDataSource(adminUrl);
  await dataSource.initialize();
  try {
    await dataSource.query(`SELECT pg_advisory_lock(hashtext('link-platform-migrations'))`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query(`SELECT pg_advisory_unlock(hashtext('link-platform-migrations'))`);
    return applied.map((migration) => migration.name);
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

function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
