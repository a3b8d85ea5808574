import type { Client } from 'pg';

const DAY = 86400_000;

/**
 * The centres' own practice (issue 13, items 1–3), so each can be seen in the demo:
 *
 * - Selvhjelp Norge hosts a national starter course open to every centre; Trondheim has enrolled
 *   its new volunteer (`trainee@trondheim.demo.link`), who attended the first session. The course
 *   is two rows, the host's enrolment and Trondheim's link to it (docs/decisions/0007).
 * - LINK Oslo opens its autumn starter course to other centres too.
 * - The new volunteer has a Trondheim profile without police certificate or agreement: the
 *   starter directory warns, and assigning her is refused while the centre requires clearance.
 * - The volunteer who works in Bergen and Trondheim starts Trondheim's Tuesday 18:00 group, so
 *   Bergen sees "busy at that time in another centre" when it staffs a Tuesday evening group.
 * - Bergen's starter withdrew from the Thursday group, which has since invited her back.
 *
 * Runs as the owner inside the seed's transaction, setting each centre before writing its rows.
 */
export async function seedDemoPractice(
  client: Client,
  centreIds: Map<string, string>,
  now = new Date(),
): Promise<void> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const date = (days: number) => at(days).toISOString().slice(0, 10);
  const national = centreIds.get('selvhjelp-norge') as string;
  const trondheim = centreIds.get('trondheim') as string;
  const bergen = centreIds.get('bergen') as string;
  const oslo = centreIds.get('oslo') as string;
  const userId = async (email: string) =>
    (await client.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email])).rows[0]
      ?.id;
  const membershipId = async (tenantId: string, user: string) => {
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    return (
      await client.query<{ id: string }>(
        `SELECT id FROM memberships WHERE tenant_id = $1 AND user_id = $2`,
        [tenantId, user],
      )
    ).rows[0]?.id;
  };

  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [national]);
  const { rows: existing } = await client.query(
    `SELECT 1 FROM courses WHERE tenant_id = $1 AND open_to_other_centres`,
    [national],
  );
  if (existing.length > 0) return;
  const trainee = await userId('trainee@trondheim.demo.link');
  const volunteer = await userId('volunteer@bergen.demo.link');
  const starter = await userId('starter@bergen.demo.link');
  if (!trainee || !volunteer || !starter) return;

  // Selvhjelp Norge's national starter course, open to every centre.
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [national]);
  const { rows: course } = await client.query<{ id: string }>(
    `INSERT INTO courses (tenant_id, id, title, description, kind, capacity, qualification_valid_months, open_to_other_centres)
     VALUES ($1, gen_random_uuid(), 'Nasjonalt igangsetterkurs', 'Selvhjelp Norges kurs for igangsettere fra alle LINK-sentrene: rammer, prinsipper og verktøy.',
             'STARTER_COURSE', 20, 36, true) RETURNING id`,
    [national],
  );
  const sessions: string[] = [];
  for (const [offset, digital] of [
    [-3, false],
    [4, true],
    [11, false],
  ] as const) {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO course_sessions (tenant_id, id, course_id, starts_at, place, digital)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5) RETURNING id`,
      [national, course[0].id, at(offset), digital ? null : 'Selvhjelp Norge, Oslo', digital],
    );
    sessions.push(rows[0].id);
  }
  const { rows: hostEnrolment } = await client.query<{ id: string }>(
    `INSERT INTO course_enrolments (tenant_id, id, course_id, user_id, home_centre_id, status, enrolled_at)
     VALUES ($1, gen_random_uuid(), $2, $3, $4, 'ENROLLED', $5) RETURNING id`,
    [national, course[0].id, trainee, trondheim, at(-10)],
  );
  await client.query(
    `INSERT INTO session_attendance (tenant_id, id, session_id, enrolment_id, attended)
     VALUES ($1, gen_random_uuid(), $2, $3, true)`,
    [national, sessions[0], hostEnrolment[0].id],
  );
  const traineeInTrondheim = await membershipId(trondheim, trainee);
  const coordinator = await userId('coordinator@trondheim.demo.link');
  await client.query(
    `INSERT INTO shared_course_enrolments (tenant_id, id, membership_id, host_centre_id, host_course_id,
        host_enrolment_id, enrolled_by, enrolled_at)
     VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7)`,
    [
      trondheim,
      traineeInTrondheim,
      national,
      course[0].id,
      hostEnrolment[0].id,
      coordinator ?? null,
      at(-10),
    ],
  );

  // LINK Oslo opens its autumn starter course to the other centres.
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [oslo]);
  await client.query(
    `UPDATE courses SET open_to_other_centres = true WHERE tenant_id = $1 AND title = 'Igangsetterkurs høsten'`,
    [oslo],
  );

  // The new volunteer in Trondheim: available Tuesday evenings, not yet cleared.
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [trondheim]);
  await client.query(
    `INSERT INTO volunteer_profiles (tenant_id, id, user_id, skills, languages, available_times_of_day, available_weekdays)
     VALUES ($1, gen_random_uuid(), $2, '{igangsetting}', '{norsk,arabisk}', '{EVENING}', '{TUESDAY,WEDNESDAY}')
     ON CONFLICT (tenant_id, user_id) DO NOTHING`,
    [trondheim, trainee],
  );

  // The volunteer of Bergen and Trondheim starts Trondheim's Tuesday 18:00 group.
  const volunteerInTrondheim = await membershipId(trondheim, volunteer);
  await client.query(
    `INSERT INTO group_starters (tenant_id, id, group_id, membership_id, assigned_at)
     SELECT $1, gen_random_uuid(), g.id, $2, $3 FROM groups g
      WHERE g.tenant_id = $1 AND g.name = 'Ny tirsdagsgruppe'`,
    [trondheim, volunteerInTrondheim, at(-5)],
  );

  // Bergen's starter withdrew from the self-run Thursday group; it has invited her back.
  const starterInBergen = await membershipId(bergen, starter);
  await client.query(
    `INSERT INTO group_starters (tenant_id, id, group_id, membership_id, assigned_at, released_at)
     SELECT $1, gen_random_uuid(), g.id, $2, $3, $4 FROM groups g
      WHERE g.tenant_id = $1 AND g.name = 'Torsdagsgruppa'`,
    [bergen, starterInBergen, at(-200), at(-140)],
  );
  await client.query(
    `INSERT INTO group_events (tenant_id, id, group_id, kind, occurred_on, reason)
     SELECT $1, gen_random_uuid(), g.id, 'STARTER_INVITED_BACK', $2, 'nye medlemmer' FROM groups g
      WHERE g.tenant_id = $1 AND g.name = 'Torsdagsgruppa'`,
    [bergen, date(-3)],
  );
}
