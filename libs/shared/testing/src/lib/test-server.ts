import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { freePort } from './free-port';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestServer {
  url: string;
  database: TestDatabase;
  /** An anonymous client; `signIn` gives signed-in ones. */
  client: GraphqlClient;
  /** Everything the API printed so far (JSON log lines and the start-up banner). */
  output(): string;
  /** Stops the API with SIGTERM, as an orchestrator would; resolves to its exit code. */
  stop(): Promise<number | null>;
}

const WORKSPACE = resolve(__dirname, '../../../../..');
const MAIN = resolve(WORKSPACE, 'dist/apps/api/main.js');

/**
 * Starts the built API (`dist/apps/api/main.js`, as `npm start` runs it) on a fresh test
 * database and a free port. Tests then talk to it over HTTP, as a client would. Given a
 * `database` (another server's), it starts a second API on it and leaves the database alone.
 */
export async function startTestServer(
  environment: Record<string, string> = {},
  options: {
    /** A database another server already uses; it is left in place when this server stops. */
    database?: TestDatabase;
    /** How the API reaches the test database, e.g. through a `FreezableProxy`. */
    databaseUrl?: (adminUrl: string) => string;
  } = {},
): Promise<TestServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (nx build api).`);
  const database = options.database ?? (await createTestDatabase());
  const dropDatabase = () => (options.database ? Promise.resolve() : database.drop());
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: options.databaseUrl?.(database.adminUrl) ?? database.adminUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '4',
      // Tests that need report facts or retention run them when their data is in place.
      REPORT_FACTS_INTERVAL_MINUTES: '0',
      RETENTION_INTERVAL_HOURS: '0',
      // With REDIS_URL set, servers of other test files must not count this one's sign-ins.
      REDIS_KEY_PREFIX: `link-test-${randomBytes(4).toString('hex')}:`,
      // A test that routes the database itself (through a FreezableProxy) bypasses any pooler.
      ...(options.databaseUrl ? { DATABASE_POOLER_URL: '' } : {}),
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    await dropDatabase();
    throw error;
  }
  return {
    url,
    database,
    client: new GraphqlClient(url),
    output: () => output,
    stop: async () => {
      const code = await stopChild(child);
      await dropDatabase();
      return code;
    },
  };
}

/** Runs `node main.js <command>` (migrate, seed, retention) against a test database. */
export function runApiCommand(
  database: TestDatabase,
  command: string,
  environment: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [MAIN, command], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.adminUrl,
      LOG_LEVEL: 'warn',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The API did not become healthy in 30 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
    child.kill('SIGTERM');
  });
}

export interface DevelopmentApi {
  /** A superuser URL on the embedded server's `link` database. */
  adminUrl: string;
  stop(): Promise<number | null>;
}

/**
 * The built API as `npm start` runs it on a fresh machine: no DATABASE_URL, so it starts an
 * embedded PostgreSQL of its own and creates the roles with the development passwords. For tests
 * of what a later start on that same server must refuse.
 */
export async function startDevelopmentApi(): Promise<DevelopmentApi> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (nx build api).`);
  const directory = await mkdtemp(join(tmpdir(), 'link-dev-pg-'));
  // As root, the server runs as the `postgres` user, which must reach the data directory.
  await chmod(directory, 0o755);
  const [port, databasePort] = [await freePort(), await freePort()];
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    EMBEDDED_DATA_DIR: join(directory, 'data'),
    EMBEDDED_PORT: String(databasePort),
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    REPORT_FACTS_INTERVAL_MINUTES: '0',
    RETENTION_INTERVAL_HOURS: '0',
  };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_POOLER_URL',
    'DATABASE_OWNER_PASSWORD',
    'DATABASE_APP_PASSWORD',
    'DATABASE_REPORTING_PASSWORD',
  ]) {
    delete environment[name];
  }
  const child = spawn(process.execPath, [MAIN], {
    cwd: WORKSPACE,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = child.exitCode ?? (await new Promise<number | null>((d) => child.once('exit', d)));
    await rm(directory, { recursive: true, force: true });
    return code;
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    adminUrl: `postgres://postgres:embedded@127.0.0.1:${databasePort}/link`,
    stop,
  };
}
