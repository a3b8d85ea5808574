import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

import { embeddedDataDirectory, ROOT_EMBEDDED_DATA_PARENT } from '@link/platform/database';
import { freePort } from '@link/shared/testing';

/**
 * `npm start` with no DATABASE_URL keeps an embedded PostgreSQL's data in `.data/postgres`. As
 * root, PostgreSQL runs as the `postgres` user, which cannot enter a folder only its owner may
 * (a root user's home): the data then goes to a directory of its own under
 * /var/lib/link-platform, and the private folder stays as private as it was.
 */
const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');
const asRoot = userInfo().uid === 0;
const rootOnly = asRoot ? it : it.skip;

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'link-data-dir-'));
  await chmod(scratch, 0o755);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function folder(name: string, mode: number): Promise<string> {
  const path = join(scratch, name);
  await mkdir(path, { recursive: true });
  await chmod(path, mode);
  return path;
}

describe('the embedded data directory', () => {
  it('is .data/postgres in the working directory, or EMBEDDED_DATA_DIR when set', async () => {
    const open = await folder('open', 0o755);
    const closed = await folder('closed', 0o700);
    expect(await embeddedDataDirectory(undefined, { cwd: open, isRoot: false })).toEqual({
      path: join(open, '.data/postgres'),
    });
    expect(await embeddedDataDirectory(undefined, { cwd: closed, isRoot: false })).toEqual({
      path: join(closed, '.data/postgres'),
    });
    expect(await embeddedDataDirectory(undefined, { cwd: open, isRoot: true })).toEqual({
      path: join(open, '.data/postgres'),
    });
    expect(await embeddedDataDirectory('pg', { cwd: closed, isRoot: true })).toEqual({
      path: join(closed, 'pg'),
    });
  });

  rootOnly(
    'for root in a private folder is one per checkout under a root-only parent',
    async () => {
      const parent = await folder('parent', 0o755);
      const first = await folder('private/first', 0o755);
      const second = await folder('private-2/first', 0o755);
      await chmod(join(scratch, 'private'), 0o700);
      await chmod(join(scratch, 'private-2'), 0o700);

      const chosen = await embeddedDataDirectory(undefined, { cwd: first, rootParent: parent });
      expect(chosen.path).toMatch(new RegExp(`^${parent}/first-[0-9a-f]{12}$`));
      expect(chosen.reason).toContain(`${join(scratch, 'private')} is closed to other users`);
      // The same checkout finds its data again; another checkout of the same name gets its own.
      expect(await embeddedDataDirectory(undefined, { cwd: first, rootParent: parent })).toEqual(
        chosen,
      );
      const other = await embeddedDataDirectory(undefined, { cwd: second, rootParent: parent });
      expect(other.path).not.toBe(chosen.path);

      // A parent others may write to could be swapped under root: refused, not used.
      const writable = await folder('writable', 0o777);
      await expect(
        embeddedDataDirectory(undefined, { cwd: first, rootParent: writable }),
      ).rejects.toThrow(/only root can write to/);
    },
  );

  rootOnly(
    'lets `migrate` start the embedded server as root from a 0700 folder',
    async () => {
      const home = await folder('home', 0o700);
      const checkout = await folder('home/link', 0o755);
      const environment: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'development',
        EMBEDDED_PORT: String(await freePort()),
        LOG_LEVEL: 'warn',
      };
      for (const name of ['DATABASE_URL', 'EMBEDDED_DATA_DIR']) delete environment[name];

      let dataDir: string | undefined;
      try {
        const { code, output } = await run(MAIN, ['migrate'], checkout, environment);
        dataDir = /data in (\S+?),/.exec(output)?.[1];
        expect({ code, output }).toMatchObject({ code: 0 });
        expect(output).toContain('Migrations are up to date.');
        expect(output).toContain(`not in .data/postgres: ${home} is closed to other users`);
        expect(dataDir).toMatch(new RegExp(`^${ROOT_EMBEDDED_DATA_PARENT}/link-[0-9a-f]{12}$`));

        // The data belongs to the postgres user alone; the private folder is as it was.
        const data = await stat(dataDir as string);
        expect(data.uid).not.toBe(0);
        expect(data.mode & 0o777).toBe(0o700);
        expect((await stat(home)).mode & 0o777).toBe(0o700);
      } finally {
        if (dataDir?.startsWith(`${ROOT_EMBEDDED_DATA_PARENT}/`)) {
          await rm(dataDir, { recursive: true, force: true });
        }
      }
    },
    120_000,
  );
});

function run(
  script: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}
