/* Jest global set-up: one PostgreSQL server and one migrated, seeded template database per run. */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { register } from 'tsconfig-paths';

// Jest loads this file outside its module system, so the workspace's path aliases need help.
const workspaceRoot = resolve(__dirname, '../../../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compilerOptions } = require(join(workspaceRoot, 'tsconfig.base.json'));
register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });

import { freePort } from './free-port';
import { TEST_ADMIN_URL, TEST_TEMPLATE_DATABASE } from './test-environment';

interface TestServerState {
  stop?: () => Promise<void>;
  templateUrl: string;
}

export default async function globalSetup(): Promise<void> {
  const database = await import('@link/platform/database');
  const demo = await import('@link/platform/demo-data');

  let serverUrl = process.env['DATABASE_URL'];
  let stop: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const directory = await mkdtemp(join(tmpdir(), 'link-test-pg-'));
    // As root, the server runs as the `postgres` user, which must reach the data directory.
    await chmod(directory, 0o755);
    const server = await database.startEmbeddedPostgres({
      dataDir: join(directory, 'data'),
      port: await freePort(),
      persistent: false,
      fast: true,
    });
    serverUrl = server.adminUrl;
    stop = server.stop;
  }
  const template = `link_template_${randomBytes(4).toString('hex')}`;
  const templateUrl = database.withDatabase(serverUrl, template);
  const passwords = { owner: 'link-test-password', app: 'link-test-password' };
  await database.prepareDatabase(templateUrl, passwords);
  await demo.seedDemoData(templateUrl);

  process.env[TEST_ADMIN_URL] = database.withDatabase(serverUrl, 'postgres');
  process.env[TEST_TEMPLATE_DATABASE] = template;
  process.env['DATABASE_OWNER_PASSWORD'] = passwords.owner;
  process.env['DATABASE_APP_PASSWORD'] = passwords.app;
  (globalThis as { linkTestServer?: TestServerState }).linkTestServer = { stop, templateUrl };
}
