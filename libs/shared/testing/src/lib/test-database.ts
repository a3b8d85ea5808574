import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import {
  databaseUrls,
  OWNER_ROLE,
  restrictDatabasePrivileges,
  withClient,
  withDatabase,
} from '@link/platform/database';
import { requireTestEnv, TEST_ADMIN_URL, TEST_TEMPLATE_DATABASE } from './test-environment';

export interface TestDatabase {
  name: string;
  /** Superuser on this database: what DATABASE_URL would be. */
  adminUrl: string;
  /** The runtime role on this database: what the API connects with. */
  appUrl: string;
  /** The reporting role on this database: what national figures connect with. */
  reportingUrl: string;
  /** A client logged in as the runtime role, as the API is. */
  connectAsApp(): Promise<Client>;
  /** A client logged in as the reporting role, as the national figures are. */
  connectAsReporting(): Promise<Client>;
  /** A client logged in as the owner role (migrations, seeding). */
  connectAsOwner(): Promise<Client>;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, copied from the migrated and seeded template: files run in
 * parallel without seeing each other's data, and nobody migrates twice.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requireTestEnv(TEST_ADMIN_URL);
  const template = requireTestEnv(TEST_TEMPLATE_DATABASE);
  const name = `link_test_${randomBytes(5).toString('hex')}`;
  await withClient(serverUrl, async (admin) => {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER ${OWNER_ROLE}`);
    // A copy does not inherit its template's database privileges: set them as a start does.
    await restrictDatabasePrivileges(admin, name);
  });
  const adminUrl = withDatabase(serverUrl, name);
  const urls = databaseUrls(adminUrl, {
    owner: requireTestEnv('DATABASE_OWNER_PASSWORD'),
    app: requireTestEnv('DATABASE_APP_PASSWORD'),
    reporting: requireTestEnv('DATABASE_REPORTING_PASSWORD'),
  });
  const connect = async (url: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  };
  return {
    name,
    adminUrl,
    appUrl: urls.app,
    reportingUrl: urls.reporting,
    connectAsApp: () => connect(urls.app),
    connectAsReporting: () => connect(urls.reporting),
    connectAsOwner: () => connect(urls.owner),
    drop: async () => {
      await withClient(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}
