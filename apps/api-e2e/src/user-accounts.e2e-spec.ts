import type { Client } from 'pg';

import { APP_ROLE, REPORTING_ROLE } from '@link/platform/database';
import { createTestDatabase, type TestDatabase } from '@link/shared/testing';

/**
 * `users` as the runtime role sees it: what an SQL injection or a careless query in the API
 * could reach. Signing in, staff administration and onboarding through the API are in
 * auth, staff and centres.
 */
let database: TestDatabase;
let app: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await database.connectAsApp();
});
afterAll(async () => {
  await app?.end();
  await database?.drop();
});

const denied = /permission denied/;

describe('the runtime role on users', () => {
  it('cannot read password hashes, neither by name nor with *', async () => {
    await expect(app.query(`SELECT password_hash FROM users`)).rejects.toThrow(denied);
    await expect(app.query(`SELECT * FROM users`)).rejects.toThrow(denied);
    await expect(
      app.query(`SELECT id FROM users WHERE password_hash LIKE '$argon2id$%'`),
    ).rejects.toThrow(denied);
    const { rows } = await app.query(
      `SELECT id, email, display_name, platform_role, deactivated_at, created_at, updated_at
         FROM users WHERE email = 'admin@bergen.demo.link'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('cannot give anyone a platform role, nor make an account that has one', async () => {
    await expect(
      app.query(
        `UPDATE users SET platform_role = 'PLATFORM_ADMIN' WHERE email = 'starter@bergen.demo.link'`,
      ),
    ).rejects.toThrow(denied);
    await expect(
      app.query(
        `INSERT INTO users (email, display_name, password_hash, platform_role)
         VALUES ('intruder@example.no', 'Intruder', 'x', 'PLATFORM_ADMIN')`,
      ),
    ).rejects.toThrow(denied);
    await expect(
      app.query(`UPDATE users SET password_hash = 'x' WHERE email = 'admin@bergen.demo.link'`),
    ).rejects.toThrow(denied);
    // A new account without a platform role is how staff administration and onboarding work.
    await app.query('BEGIN');
    try {
      const { rows } = await app.query(
        `INSERT INTO users (email, display_name, password_hash)
         VALUES ('new.coordinator@example.no', 'Ny', 'x') RETURNING id, platform_role`,
      );
      expect(rows[0].platform_role).toBeNull();
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('gets one hash at a time for sign-in, for an exact e-mail only', async () => {
    const hashFor = async (email: string) =>
      (
        await app.query<{ hash: string | null }>(`SELECT password_hash_for_sign_in($1) AS hash`, [
          email,
        ])
      ).rows[0].hash;
    expect(await hashFor('admin@bergen.demo.link')).toMatch(/^\$argon2id\$/);
    expect(await hashFor('  Admin@Bergen.Demo.Link ')).toMatch(/^\$argon2id\$/);
    for (const pattern of ['%', '%@bergen.demo.link', '', 'nobody@example.no']) {
      expect(await hashFor(pattern)).toBeNull();
    }
  });

  it('is the only role that may call that function, which runs with a fixed search_path', async () => {
    const { rows } = await app.query<{
      definer: boolean;
      config: string[];
      app: boolean;
      reporting: boolean;
      anyone: boolean;
    }>(
      `SELECT p.prosecdef AS definer, p.proconfig AS config,
              has_function_privilege($1, p.oid, 'EXECUTE') AS app,
              has_function_privilege($2, p.oid, 'EXECUTE') AS reporting,
              (p.proacl IS NULL OR EXISTS (SELECT FROM aclexplode(p.proacl) a WHERE a.grantee = 0)) AS anyone
         FROM pg_proc p WHERE p.proname = 'password_hash_for_sign_in'`,
      [APP_ROLE, REPORTING_ROLE],
    );
    expect(rows).toEqual([
      {
        definer: true,
        config: ['search_path=pg_catalog, public, pg_temp'],
        app: true,
        reporting: false,
        anyone: false,
      },
    ]);
  });
});
