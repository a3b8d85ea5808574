import type { Client } from 'pg';

/**
 * The demo volunteer's part in each of their centres: a profile, a signed confidentiality
 * agreement, a police certificate for starting groups (the Bergen one runs out in 20 days), hours.
 */
export async function seedDemoVolunteers(
  client: Client,
  centreIds: Map<string, string>,
  now = new Date(),
): Promise<void> {
  const { rows: users } = await client.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'volunteer@bergen.demo.link'`,
  );
  const { rows: checker } = await client.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'coordinator@bergen.demo.link'`,
  );
  if (!users[0] || !checker[0]) return;
  const day = (offset: number) =>
    new Date(now.getTime() + offset * 86400_000).toISOString().slice(0, 10);
  for (const [slug, validDays, hours] of [
    ['bergen', 20, [3, 2.5, 4]],
    ['trondheim', 400, [2]],
  ] as const) {
    const tenantId = centreIds.get(slug) as string;
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows: existing } = await client.query(
      `SELECT 1 FROM volunteer_profiles WHERE user_id = $1`,
      [users[0].id],
    );
    if (existing.length > 0) continue;
    const { rows: profile } = await client.query<{ id: string }>(
      `INSERT INTO volunteer_profiles (tenant_id, id, user_id, skills, languages, municipalities, available_times_of_day,
          available_weekdays, confidentiality_signed_on)
       VALUES ($1, gen_random_uuid(), $2, '{igangsetting,stands}', '{norsk,engelsk}', '{}', '{EVENING}', '{TUESDAY,THURSDAY}', $3)
       RETURNING id`,
      [tenantId, users[0].id, day(-300)],
    );
    await client.query(
      `INSERT INTO police_certificate_checks (tenant_id, id, profile_id, kind, task, shown_on, valid_until, checked_by)
       VALUES ($1, gen_random_uuid(), $2, 'ORDINARY', 'Igangsetter for samtalegrupper', $3, $4, $5)`,
      [tenantId, profile[0].id, day(validDays - 1095), day(validDays), checker[0].id],
    );
    for (const [index, amount] of hours.entries()) {
      await client.query(
        `INSERT INTO volunteer_hours (tenant_id, id, profile_id, worked_on, hours, activity)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, 'GROUP_START')`,
        [tenantId, profile[0].id, day(-7 * (index + 1)), amount],
      );
    }
  }
}
