import { hash } from '@node-rs/argon2';
import { Client } from 'pg';

import type { PersonalDataCipher } from '@link/platform/crypto';
import { OWNER_ROLE } from '@link/platform/database';

import { DEMO_CENTRES, DEMO_NATIONAL_OFFICE, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { seedDemoLibrary } from './demo-library';
import { seedDemoVolunteers } from './demo-volunteers';
import { seedDemoCourses } from './demo-courses';
import { seedDemoGroups } from './demo-groups';
import { seedDemoIntake } from './demo-intake';
import { seedDemoPractice } from './demo-practice';
import { seedDemoSurveys } from './demo-surveys';

/**
 * Loads the demo centres and users. Idempotent: what exists is left as it is. Runs as the owner
 * role, which row-level security binds too, so each centre's rows are written in that centre.
 */
export async function seedDemoData(adminUrl: string, cipher: PersonalDataCipher): Promise<void> {
  const client = new Client({ connectionString: adminUrl, options: `-c role=${OWNER_ROLE}` });
  await client.connect();
  try {
    await client.query('BEGIN');
    const centreIds = new Map<string, string>();
    for (const centre of DEMO_CENTRES) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO centres (slug, name, municipalities) VALUES ($1, $2, $3)
         ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
        [centre.slug, centre.name, centre.municipalities],
      );
      centreIds.set(centre.slug, rows[0].id);
      await seedDemoIntake(
        client,
        { id: rows[0].id, municipalities: centre.municipalities },
        cipher,
      );
    }
    const { rows: national } = await client.query<{ id: string }>(
      `INSERT INTO centres (slug, name, municipalities, kind) VALUES ($1, $2, $3, 'NATIONAL_OFFICE')
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
      [DEMO_NATIONAL_OFFICE.slug, DEMO_NATIONAL_OFFICE.name, DEMO_NATIONAL_OFFICE.municipalities],
    );
    centreIds.set(DEMO_NATIONAL_OFFICE.slug, national[0].id);
    const passwordHash = await hash(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO users (email, display_name, password_hash, platform_role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
        [user.email, user.displayName, passwordHash, user.platformRole ?? null],
      );
      for (const membership of user.memberships) {
        await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [
          centreIds.get(membership.centre),
        ]);
        await client.query(
          `INSERT INTO memberships (tenant_id, user_id, role)
           VALUES (current_setting('app.tenant_id')::uuid, $1, $2)
           ON CONFLICT (tenant_id, user_id) DO NOTHING`,
          [rows[0].id, membership.role],
        );
      }
    }
    for (const centre of DEMO_CENTRES) {
      const centreId = centreIds.get(centre.slug) as string;
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centreId]);
      const { rows } = await client.query<{ id: string }>(
        `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE u.email = $1 AND m.tenant_id = $2`,
        [`starter@${centre.slug}.demo.link`, centreId],
      );
      const { rows: starters } = await client.query<{ user_id: string }>(
        `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.tenant_id = $1 AND m.role = 'STARTER' AND u.email NOT LIKE 'trainee@%'
          ORDER BY u.email LIKE 'starter@%' DESC, u.email`,
        [centreId],
      );
      await seedDemoCourses(
        client,
        centreId,
        starters.map((row) => row.user_id),
      );
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centreId]);
      await seedDemoGroups(
        client,
        { id: centreId, municipalities: centre.municipalities },
        rows[0]?.id,
        cipher,
      );
    }
    await seedDemoLibrary(client, centreIds);
    await seedDemoVolunteers(client, centreIds);
    await seedDemoPractice(client, centreIds);
    await seedDemoSurveys(client, centreIds);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/** True when no centre exists yet: a new database. */
export async function isEmptyDatabase(adminUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl, options: `-c role=${OWNER_ROLE}` });
  await client.connect();
  try {
    const { rows } = await client.query<{ empty: boolean }>(
      `SELECT NOT EXISTS (SELECT FROM centres) AS empty`,
    );
    return rows[0].empty;
  } finally {
    await client.end();
  }
}
