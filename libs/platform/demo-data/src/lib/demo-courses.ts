import type { Client } from 'pg';

const DAY = 86400_000;

/**
 * A starter course held last spring (its starters qualified; one qualification runs out within a
 * month, to show the warning) and one in progress, with an external participant and a waitlist.
 */
export async function seedDemoCourses(
  client: Client,
  centreId: string,
  starterUserIds: string[],
  now = new Date(),
): Promise<void> {
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centreId]);
  const { rows: existing } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM courses`,
  );
  if (existing[0].n > 0) return;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const date = (days: number) => at(days).toISOString().slice(0, 10);

  const { rows: held } = await client.query<{ id: string }>(
    `INSERT INTO courses (tenant_id, id, title, description, kind, capacity, qualification_valid_months)
     VALUES ($1, gen_random_uuid(), 'Igangsetterkurs våren', 'Tre samlinger om rammer, roller og verktøy.', 'STARTER_COURSE', 12, 24)
     RETURNING id`,
    [centreId],
  );
  for (const offset of [-200, -193, -186]) {
    await client.query(
      `INSERT INTO course_sessions (tenant_id, id, course_id, starts_at, place) VALUES ($1, gen_random_uuid(), $2, $3, 'Senterets kurslokale')`,
      [centreId, held[0].id, at(offset)],
    );
  }
  for (const [index, userId] of starterUserIds.entries()) {
    await client.query(
      `INSERT INTO course_enrolments (tenant_id, id, course_id, user_id, status, enrolled_at, completed_at)
       VALUES ($1, gen_random_uuid(), $2, $3, 'COMPLETED', $4, $5)`,
      [centreId, held[0].id, userId, at(-220), at(-186)],
    );
    // The centre's own starter (listed first) must renew within 25 days.
    await client.query(
      `INSERT INTO starter_qualifications (user_id, granted_by_centre_id, course_id, granted_on, expires_on)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, course_id) DO NOTHING`,
      [userId, centreId, held[0].id, date(-186), index === 0 ? date(25) : date(544)],
    );
  }

  const { rows: running } = await client.query<{ id: string }>(
    `INSERT INTO courses (tenant_id, id, title, description, kind, capacity, qualification_valid_months)
     VALUES ($1, gen_random_uuid(), 'Igangsetterkurs høsten', 'For frivillige og samarbeidspartnere.', 'STARTER_COURSE', 3, 24)
     RETURNING id`,
    [centreId],
  );
  for (const offset of [-7, 7, 14]) {
    await client.query(
      `INSERT INTO course_sessions (tenant_id, id, course_id, starts_at, place, digital) VALUES ($1, gen_random_uuid(), $2, $3, NULL, true)`,
      [centreId, running[0].id, at(offset)],
    );
  }
  const externals = [
    ['Hanne Kristoffersen', 'Mental Helse', 'ENROLLED'],
    ['Geir Solberg', 'Frivilligsentralen', 'ENROLLED'],
    ['Nina Aas', 'Røde Kors', 'ENROLLED'],
    ['Tor Eriksen', 'LHL', 'WAITLISTED'],
  ];
  for (const [index, [name, organisation, status]] of externals.entries()) {
    await client.query(
      `INSERT INTO course_enrolments (tenant_id, id, course_id, external_name, external_organisation, external_email, status, enrolled_at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7)`,
      [
        centreId,
        running[0].id,
        name,
        organisation,
        `${name.split(' ')[0].toLowerCase()}@example.no`,
        status,
        at(-30 + index),
      ],
    );
  }
}
