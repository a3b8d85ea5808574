/* Jest global set-up: one PostgreSQL server and one migrated, seeded template database per run. */
import './register-paths';

import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEVELOPMENT_ENCRYPTION_KEYS, DEVELOPMENT_LOOKUP_HASH_KEY } from '@link/platform/config';
import { PersonalDataCipher } from '@link/platform/crypto';
import { prepareDatabase, startEmbeddedPostgres, withDatabase } from '@link/platform/database';
import { seedDemoData } from '@link/platform/demo-data';

import { freePort } from './free-port';
import { testRolePasswords } from './test-role-passwords';
import { TEST_ADMIN_URL, TEST_TEMPLATE_DATABASE } from './test-environment';

interface TestServerState {
  stop?: () => Promise<void>;
}

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  let stop: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const directory = await mkdtemp(join(tmpdir(), 'link-test-pg-'));
    // As root, the server runs as the `postgres` user, which must reach the data directory.
    await chmod(directory, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: join(directory, 'data'),
      port: await freePort(),
      persistent: false,
      fast: true,
    });
    serverUrl = server.adminUrl;
    stop = server.stop;
  }
  const template = `link_template_${randomBytes(4).toString('hex')}`;
  const templateUrl = withDatabase(serverUrl, template);
  const passwords = await testRolePasswords(serverUrl);
  await prepareDatabase(templateUrl, passwords);
  await seedDemoData(
    templateUrl,
    new PersonalDataCipher(DEVELOPMENT_ENCRYPTION_KEYS, DEVELOPMENT_LOOKUP_HASH_KEY),
  );

  process.env[TEST_ADMIN_URL] = withDatabase(serverUrl, 'postgres');
  process.env[TEST_TEMPLATE_DATABASE] = template;
  process.env['DATABASE_OWNER_PASSWORD'] = passwords.owner;
  process.env['DATABASE_APP_PASSWORD'] = passwords.app;
  process.env['DATABASE_REPORTING_PASSWORD'] = passwords.reporting;
  (globalThis as { linkTestServer?: TestServerState }).linkTestServer = { stop };
}
