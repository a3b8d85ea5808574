import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { refusePublicPasswords, verifierMatches, withDatabase } from '@link/platform/database';
import { DEVELOPMENT_DATABASE_PASSWORD } from '@link/platform/config';
import {
  createTestDatabase,
  type DevelopmentApi,
  requireTestEnv,
  runApiCommand,
  startDevelopmentApi,
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

function operatorUrl(databaseName: string): string {
  const url = new URL(withDatabase(serverUrl(), databaseName));
  url.username = operator.name;
  url.password = operator.password;
  return url.toString();
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
});

afterAll(async () => {
  for (const name of extraDatabases) {
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  await server?.query(`DROP ROLE IF EXISTS ${operator.name}`);
  await server?.end();
  await database?.drop();
});

describe('a production start on a server first used by `npm start`', () => {
  // The shared test server's roles have random passwords; this server's roles were created by a
  // development start, with the development password, as on a machine that ran `npm start`.
  let development: DevelopmentApi;
  beforeAll(async () => {
    development = await startDevelopmentApi();
    await developmentServer(async (admin) => {
      await admin.query(
        `CREATE ROLE ${operator.name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${operator.password}'`,
      );
      await admin.query(`GRANT link_owner TO ${operator.name}`);
    });
  }, 120_000);
  afterAll(() => development?.stop());

  /** A superuser connection to the development API's embedded server (up while the API runs). */
  async function developmentServer<T>(work: (admin: Client) => Promise<T>): Promise<T> {
    const admin = new Client({ connectionString: development.adminUrl });
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.end();
    }
  }

  it('stops while the roles still accept the development password, saying what to run', async () => {
    const url = new URL(development.adminUrl);
    url.username = operator.name;
    url.password = operator.password;
    const { code, output } = await runApiCommand(database, 'migrate', {
      ...PRODUCTION,
      DATABASE_URL: url.toString(),
    });
    expect(output).toMatch(
      /link_owner, link_app, link_reporting still accept a development password/,
    );
    expect(output).toContain(`ALTER ROLE link_app PASSWORD '<DATABASE_APP_PASSWORD>';`);
    expect(output).toContain(`ALTER ROLE link_reporting PASSWORD '<DATABASE_REPORTING_PASSWORD>';`);
    expect(output).not.toMatch(/at .*\.js:\d+/);
    expect(code).toBe(1);
  });

  it('reads the password verifiers when the URL’s user is a superuser, whatever pg_hba.conf says', async () => {
    await developmentServer(async (admin) => {
      await expect(refusePublicPasswords(admin, development.adminUrl)).rejects.toThrow(
        /link_owner, link_app, link_reporting still accept a development password/,
      );
      const { rows } = await admin.query<{ verifier: string }>(
        `SELECT rolpassword AS verifier FROM pg_authid WHERE rolname = 'link_app'`,
      );
      expect(verifierMatches(rows[0].verifier, 'link_app', DEVELOPMENT_DATABASE_PASSWORD)).toBe(
        true,
      );
      expect(verifierMatches(rows[0].verifier, 'link_app', 'another-password')).toBe(false);
    });
  });

  it('refuses a DATABASE_URL whose password is a published one before touching the database', async () => {
    const url = new URL(database.adminUrl);
    url.username = 'link_owner';
    url.password = DEVELOPMENT_DATABASE_PASSWORD;
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
