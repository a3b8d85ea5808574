import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { refusePublicPasswords, verifierMatches, withDatabase } from '@link/platform/database';
import {
  createTestDatabase,
  requireTestEnv,
  runApiCommand,
  TEST_ADMIN_URL,
  type TestDatabase,
} from '@link/shared/testing';

/**
 * Starting against a server that was set up by someone else: roles created earlier, a database
 * created in advance. The roles are server-wide and other test files use them at the same time,
 * so nothing here changes their passwords: where the API may not manage roles, it logs in as
 * `operator`, a role that may act as link_owner and nothing more (as a DBA's URL would).
 */
const serverUrl = () => requireTestEnv(TEST_ADMIN_URL);
const hex = () => randomBytes(16).toString('hex');

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('base64'),
  ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  LOOKUP_HASH_KEY: randomBytes(32).toString('base64'),
  DATABASE_OWNER_PASSWORD: hex(),
  DATABASE_APP_PASSWORD: hex(),
  DATABASE_REPORTING_PASSWORD: hex(),
};

let database: TestDatabase;
let server: Client;
const operator = { name: `link_test_operator_${hex().slice(0, 8)}`, password: hex() };
const extraDatabases: string[] = [];
/** Whether the server asks for passwords over TCP (embedded: yes; a trust set-up: no). */
let checksPasswords: boolean;

function operatorUrl(databaseName: string): string {
  const url = new URL(withDatabase(serverUrl(), databaseName));
  url.username = operator.name;
  url.password = operator.password;
  return url.toString();
}

async function logsIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A database a superuser created for us in advance: owned by that superuser. */
async function databaseMadeInAdvance(): Promise<string> {
  const name = `link_test_made_${hex().slice(0, 10)}`;
  await server.query(`CREATE DATABASE ${name}`);
  extraDatabases.push(name);
  return name;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = new Client({ connectionString: serverUrl() });
  await server.connect();
  await server.query(
    `CREATE ROLE ${operator.name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${operator.password}'`,
  );
  await server.query(`GRANT link_owner TO ${operator.name}`);
  const wrong = new URL(database.appUrl);
  wrong.password = hex();
  checksPasswords = !(await logsIn(wrong.toString()));
});

afterAll(async () => {
  for (const name of extraDatabases) {
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  await server?.query(`DROP ROLE IF EXISTS ${operator.name}`);
  await server?.end();
  await database?.drop();
});

describe('a production start', () => {
  it('stops while the roles still accept a published password, saying what to run', async () => {
    // The test roles' password is link-test-password, published in this repository.
    const { code, output } = await runApiCommand(database, 'migrate', {
      ...PRODUCTION,
      DATABASE_URL: operatorUrl(database.name),
    });
    if (checksPasswords) {
      expect(output).toMatch(
        /link_owner, link_app, link_reporting still accept a development password/,
      );
      expect(output).toContain(`ALTER ROLE link_app PASSWORD '<DATABASE_APP_PASSWORD>';`);
      expect(output).toContain(
        `ALTER ROLE link_reporting PASSWORD '<DATABASE_REPORTING_PASSWORD>';`,
      );
      expect(output).not.toMatch(/at .*\.js:\d+/);
      expect(code).toBe(1);
    } else {
      // Every password logs in here, so a log-in attempt proves nothing: it says so.
      expect(output).toMatch(/Could not check whether link_owner still accepts/);
    }
  });

  it('reads the password verifiers when the URL’s user is a superuser, whatever pg_hba.conf says', async () => {
    const admin = new Client({ connectionString: database.adminUrl });
    await admin.connect();
    try {
      await expect(refusePublicPasswords(admin, database.adminUrl)).rejects.toThrow(
        /link_owner, link_app, link_reporting still accept a development password/,
      );
      const { rows } = await admin.query<{ verifier: string }>(
        `SELECT rolpassword AS verifier FROM pg_authid WHERE rolname = 'link_app'`,
      );
      expect(verifierMatches(rows[0].verifier, 'link_app', 'link-test-password')).toBe(true);
      expect(verifierMatches(rows[0].verifier, 'link_app', 'link-development-password')).toBe(
        false,
      );
    } finally {
      await admin.end();
    }
  });

  it('refuses a DATABASE_URL whose password is a published one before touching the database', async () => {
    const url = new URL(database.adminUrl);
    url.username = 'link_owner';
    url.password = 'link-test-password';
    const { code, output } = await runApiCommand(database, 'migrate', {
      ...PRODUCTION,
      DATABASE_URL: url.toString(),
    });
    expect(output).toMatch(/DATABASE_URL must not use a development password/);
    expect(code).toBe(1);
  });
});

describe('a database created in advance by a superuser', () => {
  it('is handed to link_owner and migrated when the URL’s user is a superuser', async () => {
    const name = await databaseMadeInAdvance();
    const { code, output } = await runApiCommand(database, 'migrate', {
      DATABASE_URL: withDatabase(serverUrl(), name),
    });
    expect(output).toContain('Migrations are up to date.');
    expect(code).toBe(0);
    const { rows } = await server.query<{ owner: string }>(
      `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`,
      [name],
    );
    expect(rows[0].owner).toBe('link_owner');
  });

  it('stops the start with the statement to run when the URL’s user may not hand it over', async () => {
    const name = await databaseMadeInAdvance();
    const { code, output } = await runApiCommand(database, 'migrate', {
      DATABASE_URL: operatorUrl(name),
    });
    expect(output).toContain(`ALTER DATABASE "${name}" OWNER TO link_owner;`);
    expect(output).not.toMatch(/permission denied for schema public/);
    expect(code).toBe(1);
  });

  it('stops the start with the statement to run when someone else owns its schema public', async () => {
    const name = await databaseMadeInAdvance();
    await server.query(`ALTER DATABASE ${name} OWNER TO link_owner`);
    const inside = new Client({ connectionString: withDatabase(serverUrl(), name) });
    await inside.connect();
    await inside.query(`ALTER SCHEMA public OWNER TO CURRENT_USER`);
    await inside.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await inside.end();
    const { code, output } = await runApiCommand(database, 'migrate', {
      DATABASE_URL: operatorUrl(name),
    });
    expect(output).toContain(
      `connected to "${name}", run: ALTER SCHEMA public OWNER TO link_owner;`,
    );
    expect(code).toBe(1);
  });
});
