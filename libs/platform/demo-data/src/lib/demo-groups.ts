import type { Client } from 'pg';

import type { PersonalDataCipher } from '@link/platform/crypto';

const NAMES = [
  'Trude',
  'Bjørn',
  'Leila',
  'Knut',
  'Elin',
  'Omar',
  'Siri',
  'Petter',
  'Maja',
  'Ali',
  'Grete',
  'Henrik',
  'Fatima',
  'Rune',
  'Anne',
  'Said',
  'Tone',
  'Jan',
  'Randi',
  'Mats',
];

interface DemoGroup {
  name: string;
  kind: 'CLOSED' | 'OPEN';
  format: 'PHYSICAL' | 'DIGITAL';
  composition: 'MIXED' | 'THEMED';
  theme?: string;
  weekday: string;
  startTime: string;
  status: 'PLANNED' | 'RECRUITING' | 'STARTING' | 'SELF_RUN' | 'PAUSED' | 'ENDED';
  members: number;
  startedDaysAgo: number;
  /** Days since the last follow-up; none when undefined. */
  followUpDaysAgo?: number;
}

/** One group in each stage, so every screen has something to show. */
const GROUPS: DemoGroup[] = [
  {
    name: 'Ny tirsdagsgruppe',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'MIXED',
    weekday: 'TUESDAY',
    startTime: '18:00',
    status: 'PLANNED',
    members: 0,
    startedDaysAgo: -14,
  },
  {
    name: 'Onsdag formiddag',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'MIXED',
    weekday: 'WEDNESDAY',
    startTime: '10:30',
    status: 'RECRUITING',
    members: 3,
    startedDaysAgo: -7,
  },
  {
    name: 'Samlivsbrudd',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'THEMED',
    theme: 'samlivsbrudd',
    weekday: 'MONDAY',
    startTime: '18:00',
    status: 'STARTING',
    members: 6,
    startedDaysAgo: 21,
    followUpDaysAgo: 7,
  },
  {
    name: 'Torsdagsgruppa',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'MIXED',
    weekday: 'THURSDAY',
    startTime: '17:30',
    status: 'SELF_RUN',
    members: 7,
    startedDaysAgo: 200,
    followUpDaysAgo: 60,
  },
  {
    name: 'Digital kveldsgruppe',
    kind: 'CLOSED',
    format: 'DIGITAL',
    composition: 'MIXED',
    weekday: 'TUESDAY',
    startTime: '19:00',
    status: 'SELF_RUN',
    members: 5,
    startedDaysAgo: 120,
    followUpDaysAgo: 10,
  },
  {
    name: 'Åpen samtalegruppe',
    kind: 'OPEN',
    format: 'PHYSICAL',
    composition: 'MIXED',
    weekday: 'FRIDAY',
    startTime: '12:00',
    status: 'SELF_RUN',
    members: 0,
    startedDaysAgo: 300,
    followUpDaysAgo: 20,
  },
  {
    name: 'Sommerpause',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'MIXED',
    weekday: 'WEDNESDAY',
    startTime: '18:00',
    status: 'PAUSED',
    members: 5,
    startedDaysAgo: 150,
  },
];

/** Groups in every stage, with members, a starter, a room, follow-ups and open-group counts. */
export async function seedDemoGroups(
  client: Client,
  centre: { id: string; municipalities: string[] },
  starterMembershipId: string | undefined,
  cipher: PersonalDataCipher,
  now = new Date(),
): Promise<void> {
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre.id]);
  const { rows: existing } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM groups`,
  );
  if (existing[0].n > 0) return;
  const day = (offset: number) =>
    new Date(now.getTime() - offset * 86400_000).toISOString().slice(0, 10);
  const municipality = centre.municipalities[0];

  const { rows: rooms } = await client.query<{ id: string }>(
    `INSERT INTO rooms (tenant_id, id, name, address, municipality, capacity, step_free, free_of_charge)
     VALUES ($1, gen_random_uuid(), 'Frivilligsentralens møterom', 'Kirkegata 5', $2, 12, true, true) RETURNING id`,
    [centre.id, municipality],
  );
  for (const weekday of ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']) {
    await client.query(
      `INSERT INTO room_availability (tenant_id, id, room_id, weekday, starts_at, ends_at)
       VALUES ($1, gen_random_uuid(), $2, $3, '09:00', '21:30')`,
      [centre.id, rooms[0].id, weekday],
    );
  }

  let person = 0;
  for (const group of GROUPS) {
    const physical = group.format === 'PHYSICAL';
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO groups (tenant_id, id, name, kind, format, composition, theme, weekday, start_time, municipality,
          meeting_link, capacity, start_date, status, paused_from, self_run_since, room_id)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        centre.id,
        group.name,
        group.kind,
        group.format,
        group.composition,
        group.theme ?? null,
        group.weekday,
        group.startTime,
        physical ? municipality : null,
        physical ? null : 'https://meet.example.no/link-demo',
        group.kind === 'OPEN' ? 20 : 8,
        day(group.startedDaysAgo),
        group.status,
        group.status === 'PAUSED' ? 'SELF_RUN' : null,
        group.status === 'SELF_RUN' ? day(Math.max(group.startedDaysAgo - 56, 0)) : null,
        physical ? rooms[0].id : null,
      ],
    );
    const groupId = rows[0].id;
    if (physical) {
      const start =
        ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].indexOf(
          group.weekday,
        ) *
          1440 +
        Number(group.startTime.slice(0, 2)) * 60 +
        Number(group.startTime.slice(3, 5));
      await client.query(
        `INSERT INTO room_bookings (tenant_id, id, room_id, group_id, weekly_slot, valid_during)
         VALUES ($1, gen_random_uuid(), $2, $3, int4range($4, $5), daterange($6::date, NULL))`,
        [centre.id, rooms[0].id, groupId, start, start + 120, day(group.startedDaysAgo)],
      );
    }
    for (let i = 0; i < group.members; i++, person++) {
      const name = NAMES[person % NAMES.length];
      const phone = `+4793${String(100000 + person * 37 + centre.id.charCodeAt(1)).slice(-6)}`;
      const { rows: created } = await client.query<{ id: string }>(
        `INSERT INTO participants (tenant_id, id, display_name, phone_ciphertext, phone_hash, birth_year, gender,
            municipality, status, last_activity_at)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, 'IN_GROUP', $8) RETURNING id`,
        [
          centre.id,
          name,
          cipher.encrypt(phone),
          cipher.lookupHash('phone', phone),
          1965 + ((person * 3) % 30),
          person % 2 ? 'MALE' : 'FEMALE',
          municipality,
          now,
        ],
      );
      await client.query(
        `INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, answer_due_at,
            conversation_due_at, first_answer_at, conversation_held_at, outcome, closed_at)
         VALUES ($1, gen_random_uuid(), $2, 'STAFF', $3::timestamptz, 'PHONE', $3::timestamptz + interval '1 day',
            $3::timestamptz + interval '7 days', $3::timestamptz + interval '3 hours', $3::timestamptz + interval '4 days',
            'JOINED_WAITLIST', $3::timestamptz + interval '4 days')`,
        [
          centre.id,
          created[0].id,
          new Date(now.getTime() - (group.startedDaysAgo + 40) * 86400_000),
        ],
      );
      await client.query(
        `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on) VALUES ($1, gen_random_uuid(), $2, $3, $4)`,
        [centre.id, groupId, created[0].id, day(Math.max(group.startedDaysAgo, 0))],
      );
    }
    if (starterMembershipId && ['STARTING', 'RECRUITING'].includes(group.status)) {
      await client.query(
        `INSERT INTO group_starters (tenant_id, id, group_id, membership_id) VALUES ($1, gen_random_uuid(), $2, $3)`,
        [centre.id, groupId, starterMembershipId],
      );
    }
    if (group.followUpDaysAgo !== undefined) {
      await client.query(
        `INSERT INTO follow_ups (tenant_id, id, group_id, kind, occurred_on, note) VALUES ($1, gen_random_uuid(), $2, 'VISIT', $3, 'Besøk: gruppen fungerer godt.')`,
        [centre.id, groupId, day(group.followUpDaysAgo)],
      );
    }
    if (group.kind === 'OPEN') {
      for (let week = 1; week <= 8; week++) {
        await client.query(
          `INSERT INTO open_group_meetings (tenant_id, id, group_id, held_on, head_count) VALUES ($1, gen_random_uuid(), $2, $3, $4)`,
          [centre.id, groupId, day(week * 7), 4 + ((week * 5) % 7)],
        );
      }
    }
  }
}
