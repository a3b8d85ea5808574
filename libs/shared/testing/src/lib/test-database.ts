import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { OWNER_ROLE, databaseUrls, withDatabase } from '@link/platform/database';
import { requireTestEnv, TEST_ADMIN_URL, TEST_TEMPLATE_DATABASE } from './test-environment';

export interface TestDatabase {
  name: string;
  /** Superuser on this database: what DATABASE_URL would be. */
  adminUrl: string;
  /** The runtime role on this database: what the API connects with. */
  appUrl: string;
  /** A client logged in as the runtime role, as the API is. */
  connectAsApp(): Promise<Client>;
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
  await withAdmin(serverUrl, (admin) =>
    admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER ${OWNER_ROLE}`),
  );
  const adminUrl = withDatabase(serverUrl, name);
  const urls = databaseUrls(adminUrl, {
    owner: requireTestEnv('DATABASE_OWNER_PASSWORD'),
    app: requireTestEnv('DATABASE_APP_PASSWORD'),
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
    connectAsApp: () => connect(urls.app),
    connectAsOwner: () => connect(urls.owner),
    drop: async () => {
      await withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
