import { Client } from 'pg';

import { TEST_ADMIN_URL, TEST_TEMPLATE_DATABASE } from './test-environment';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { linkTestServer?: { stop?: () => Promise<void> } }).linkTestServer;
  if (state?.stop) {
    await state.stop();
    return;
  }
  // On a shared server, leave no template behind.
  const client = new Client({ connectionString: process.env[TEST_ADMIN_URL] });
  await client.connect();
  await client.query(
    `DROP DATABASE IF EXISTS "${process.env[TEST_TEMPLATE_DATABASE]}" WITH (FORCE)`,
  );
  await client.end();
}
