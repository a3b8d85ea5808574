import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { RolePasswords } from '@link/platform/database';

/**
 * The database roles' passwords for a test run: random, never written in the repository, so a
 * test server's roles accept no published password (production refuses a server whose roles
 * do). Roles are server-wide, so every run on this machine against the same server must agree:
 * the first one writes them to a file only this user can read, and the others read it.
 */
export async function testRolePasswords(serverUrl: string): Promise<RolePasswords> {
  const { host } = new URL(serverUrl);
  const key = createHash('sha256').update(host).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `link-test-role-passwords-${key}.json`);
  const fresh: RolePasswords = {
    owner: randomBytes(24).toString('hex'),
    app: randomBytes(24).toString('hex'),
    reporting: randomBytes(24).toString('hex'),
  };
  try {
    await writeFile(file, JSON.stringify(fresh), { flag: 'wx', mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readWritten(file);
  }
}

/** Another run may have created the file a moment ago and still be writing it. */
async function readWritten(file: string): Promise<RolePasswords> {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as RolePasswords;
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}
