import type { Client } from 'pg';

import { type Month, monthKey } from './months';

/** Who is planted, for the report: what the published figures must not give away. */
export interface PlantedPeople {
  centreId: string;
  centreName: string;
  count: number;
  /** The month they joined their group; their inquiries came the month before. */
  joinedIn: Month;
  description: string;
}

/**
 * The reviewer's scenario: two people nobody else resembles, in one centre. Both are over 70,
 * of gender OTHER, live in Kragerø, heard of the centre at school, are registered (with consent)
 * as exposed to violence, joined an existing group in `joinedIn` and got in touch the month
 * before. Inserted through the owner connection with `app.tenant_id` set, so row-level security
 * checks every row as it would for the API.
 */
export async function plantRarePeople(
  owner: Client,
  centre: { id: string; name: string },
  joinedIn: Month,
): Promise<PlantedPeople> {
  const joinedOn = `${monthKey(joinedIn)}-15`;
  const inquiryAt = `${monthKey(joinedIn - 1)}-10T10:00:00Z`;
  await owner.query('BEGIN');
  try {
    await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre.id]);
    // A closed group that had started by then and is still running: joining it adds no group.
    const group = await owner.query<{ id: string }>(
      `SELECT id FROM groups
       WHERE kind = 'CLOSED' AND start_date <= $1::date AND ended_on IS NULL
         AND status IN ('STARTING', 'SELF_RUN')
       ORDER BY start_date LIMIT 1`,
      [joinedOn],
    );
    if (!group.rows[0]) throw new Error(`${centre.name} has no running group to plant people in.`);
    for (const name of ['Planta', 'Plantb']) {
      const person = await owner.query<{ id: string }>(
        `INSERT INTO participants (tenant_id, id, display_name, birth_year, gender, municipality,
           target_groups, status)
         VALUES ($1, gen_random_uuid(), $2, 1950, 'OTHER', 'Kragerø', '{EXPOSED_TO_VIOLENCE}', 'IN_GROUP')
         RETURNING id`,
        [centre.id, name],
      );
      const id = person.rows[0].id;
      await owner.query(
        `INSERT INTO consents (tenant_id, id, participant_id, kind, given_at)
         VALUES ($1, gen_random_uuid(), $2, 'KEEP_TARGET_GROUP_DATA', $3)`,
        [centre.id, id, inquiryAt],
      );
      await owner.query(
        `INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, heard_via,
           answer_due_at, conversation_due_at, first_answer_at, conversation_held_at, outcome, closed_at)
         VALUES ($1, gen_random_uuid(), $2, 'STAFF', $3::timestamptz, 'PHONE', 'SCHOOL_OR_UNIVERSITY',
           $3::timestamptz + interval '1 day', $3::timestamptz + interval '7 days',
           $3::timestamptz + interval '2 hours', $3::timestamptz + interval '3 days',
           'JOINED_WAITLIST', $3::timestamptz + interval '3 days')`,
        [centre.id, id, inquiryAt],
      );
      await owner.query(
        `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on)
         VALUES ($1, gen_random_uuid(), $2, $3, $4)`,
        [centre.id, group.rows[0].id, id, joinedOn],
      );
    }
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
  return {
    centreId: centre.id,
    centreName: centre.name,
    count: 2,
    joinedIn,
    description:
      'two people born 1950 (70+), gender OTHER, from Kragerø, heard via school, exposed to ' +
      `violence (with consent), joined a group ${monthKey(joinedIn)}, inquiries ${monthKey(joinedIn - 1)}`,
  };
}
