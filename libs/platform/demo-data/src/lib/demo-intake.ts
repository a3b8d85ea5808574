import type { Client } from 'pg';

import type { PersonalDataCipher } from '@link/platform/crypto';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Amina',
  'Jonas',
  'Sofie',
  'Ahmad',
  'Marit',
  'Eirik',
  'Nora',
  'Tomasz',
  'Hilde',
  'Yusuf',
];

interface DemoPerson {
  /** Hours ago the person got in touch. */
  receivedHoursAgo: number;
  answeredAfterHours?: number;
  conversationAfterDays?: number;
  bookedInDays?: number;
  outcome?: 'JOINED_WAITLIST' | 'REFERRED_ELSEWHERE' | 'NOT_NOW';
  channel: string;
  heardVia: string;
  times?: string[];
  weekdays?: string[];
  format?: string;
  composition?: string;
  theme?: string;
  /** Lives where the centre is (its first municipality), to form a group together. */
  sameMunicipality?: boolean;
}

/**
 * A realistic day at a centre: new inquiries, some overdue answers and conversations, a booked
 * conversation, and people waiting for a group with their wishes.
 */
const PEOPLE: DemoPerson[] = [
  { receivedHoursAgo: 2, channel: 'WEB_FORM', heardVia: 'SOCIAL_MEDIA' },
  { receivedHoursAgo: 20, channel: 'PHONE', heardVia: 'GP' },
  { receivedHoursAgo: 30, channel: 'EMAIL', heardVia: 'NAV' },
  { receivedHoursAgo: 75, channel: 'PHONE', heardVia: 'FRIEND_OR_FAMILY' },
  { receivedHoursAgo: 9 * 24, answeredAfterHours: 5, channel: 'PARTNER_REFERRAL', heardVia: 'DPS' },
  {
    receivedHoursAgo: 6 * 24 + 20,
    answeredAfterHours: 3,
    channel: 'PHONE',
    heardVia: 'MUNICIPALITY',
  },
  {
    receivedHoursAgo: 3 * 24,
    answeredAfterHours: 20,
    bookedInDays: 2,
    channel: 'EMAIL',
    heardVia: 'NEWSPAPER',
  },
  {
    receivedHoursAgo: 120 * 24,
    answeredAfterHours: 4,
    conversationAfterDays: 5,
    outcome: 'JOINED_WAITLIST',
    channel: 'PHONE',
    heardVia: 'NAV',
    times: ['EVENING'],
    weekdays: ['TUESDAY', 'THURSDAY'],
    format: 'PHYSICAL',
    composition: 'MIXED',
  },
  {
    receivedHoursAgo: 60 * 24,
    answeredAfterHours: 30,
    conversationAfterDays: 8,
    outcome: 'JOINED_WAITLIST',
    channel: 'WEB_FORM',
    heardVia: 'SOCIAL_MEDIA',
    times: ['EVENING', 'AFTERNOON'],
    weekdays: ['TUESDAY'],
    format: 'EITHER',
    composition: 'MIXED',
  },
  {
    receivedHoursAgo: 35 * 24,
    answeredAfterHours: 2,
    conversationAfterDays: 4,
    outcome: 'JOINED_WAITLIST',
    channel: 'PHONE',
    heardVia: 'GP',
    times: ['FORENOON'],
    weekdays: ['WEDNESDAY', 'FRIDAY'],
    format: 'PHYSICAL',
    composition: 'THEMED',
    theme: 'samlivsbrudd',
  },
  {
    receivedHoursAgo: 21 * 24,
    answeredAfterHours: 6,
    conversationAfterDays: 6,
    outcome: 'JOINED_WAITLIST',
    channel: 'EMAIL',
    heardVia: 'USER_ORGANISATION',
    times: ['EVENING'],
    weekdays: ['MONDAY', 'TUESDAY'],
    format: 'DIGITAL',
    composition: 'EITHER',
  },
  {
    receivedHoursAgo: 12 * 24,
    answeredAfterHours: 10,
    conversationAfterDays: 3,
    outcome: 'JOINED_WAITLIST',
    channel: 'PARTNER_REFERRAL',
    heardVia: 'DPS',
    times: ['AFTERNOON', 'EVENING'],
    format: 'PHYSICAL',
    composition: 'MIXED',
  },
  {
    receivedHoursAgo: 40 * 24,
    answeredAfterHours: 8,
    conversationAfterDays: 2,
    outcome: 'REFERRED_ELSEWHERE',
    channel: 'PHONE',
    heardVia: 'OTHER',
  },
  {
    receivedHoursAgo: 50 * 24,
    answeredAfterHours: 12,
    conversationAfterDays: 6,
    outcome: 'NOT_NOW',
    channel: 'IN_PERSON',
    heardVia: 'STAND_OR_TALK',
  },
  // Five who all can meet Tuesday evenings and are served by no group: a proposal for a new one.
  ...[0, 1, 2, 3, 4].map(
    (i): DemoPerson => ({
      receivedHoursAgo: (30 + i * 9) * 24,
      answeredAfterHours: 4,
      conversationAfterDays: 5,
      outcome: 'JOINED_WAITLIST',
      channel: i % 2 ? 'PHONE' : 'WEB_FORM',
      heardVia: i % 2 ? 'NAV' : 'SOCIAL_MEDIA',
      times: ['EVENING'],
      weekdays: ['TUESDAY'],
      format: 'PHYSICAL',
      composition: 'MIXED',
      sameMunicipality: true,
    }),
  ),
];

const STATUS: Record<string, string> = {
  JOINED_WAITLIST: 'WAITING',
  REFERRED_ELSEWHERE: 'REFERRED',
  NOT_NOW: 'ENDED',
};

/** Inquiries, participants, partners and services for one centre; skipped if it has any. */
export async function seedDemoIntake(
  client: Client,
  centre: { id: string; municipalities: string[] },
  cipher: PersonalDataCipher,
  now = new Date(),
): Promise<void> {
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre.id]);
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM participants`);
  if (rows[0].n > 0) return;

  await client.query(
    `INSERT INTO partners (tenant_id, id, name, kind, contact_person, lends_rooms) VALUES
       ($1, gen_random_uuid(), 'NAV ' || $2, 'NAV', 'Veileder for arbeidsavklaring', false),
       ($1, gen_random_uuid(), 'DPS ' || $2, 'DPS', 'Poliklinikken', false),
       ($1, gen_random_uuid(), 'Frivilligsentralen ' || $2, 'VOLUNTEER_CENTRE', 'Daglig leder', true)`,
    [centre.id, centre.municipalities[0]],
  );
  await client.query(
    `INSERT INTO services (tenant_id, id, name, kind, description, contact) VALUES
       ($1, gen_random_uuid(), 'Kirkens SOS', 'CRISIS_LINE', 'Døgnåpen krisetelefon og chat', '22 40 00 40'),
       ($1, gen_random_uuid(), 'Mental Helse Hjelpetelefonen', 'CRISIS_LINE', 'Samtale på telefon og chat', '116 123'),
       ($1, gen_random_uuid(), 'Psykisk helse og rus, ' || $2, 'MUNICIPAL_MENTAL_HEALTH', 'Kommunens lavterskeltilbud', null),
       ($1, gen_random_uuid(), 'Krisesenteret', 'VIOLENCE_SUPPORT', 'Råd og trygt bosted ved vold i nære relasjoner', null)`,
    [centre.id, centre.municipalities[0]],
  );

  for (const [index, person] of PEOPLE.entries()) {
    const name = FIRST_NAMES[index % FIRST_NAMES.length];
    const phone = `+479${String(1000000 + index * 7919 + centre.id.charCodeAt(0)).slice(-7)}`;
    const email = `${name.toLowerCase()}.${index}@example.no`;
    const receivedAt = new Date(now.getTime() - person.receivedHoursAgo * HOUR);
    const waitingSince =
      person.outcome === 'JOINED_WAITLIST' && person.conversationAfterDays !== undefined
        ? new Date(receivedAt.getTime() + person.conversationAfterDays * DAY)
        : null;
    const { rows: created } = await client.query<{ id: string }>(
      `INSERT INTO participants (tenant_id, id, display_name, phone_ciphertext, phone_hash, email_ciphertext,
          email_hash, birth_year, gender, municipality, languages, preferred_times_of_day, preferred_weekdays,
          preferred_format, preferred_composition, preferred_theme, status, waiting_since, last_activity_at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       RETURNING id`,
      [
        centre.id,
        name,
        cipher.encrypt(phone),
        cipher.lookupHash('phone', phone),
        cipher.encrypt(email),
        cipher.lookupHash('email', email),
        person.sameMunicipality ? 1978 + index : 1950 + ((index * 7) % 50),
        index % 3 === 0 ? 'MALE' : 'FEMALE',
        person.sameMunicipality
          ? centre.municipalities[0]
          : centre.municipalities[index % centre.municipalities.length],
        ['norsk'],
        person.times ?? [],
        person.weekdays ?? [],
        person.format ?? null,
        person.composition ?? null,
        person.theme ?? null,
        person.outcome ? STATUS[person.outcome] : 'INQUIRY',
        waitingSince,
        waitingSince ?? receivedAt,
      ],
    );
    const at = (offsetMs: number | undefined) =>
      offsetMs === undefined ? null : new Date(receivedAt.getTime() + offsetMs);
    await client.query(
      `INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, heard_via,
          answer_due_at, conversation_due_at, first_answer_at, conversation_booked_for,
          conversation_held_at, outcome, closed_at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6,
          (($4::timestamptz AT TIME ZONE 'Europe/Oslo') + interval '1 day') AT TIME ZONE 'Europe/Oslo',
          (($4::timestamptz AT TIME ZONE 'Europe/Oslo') + interval '7 days') AT TIME ZONE 'Europe/Oslo',
          $7, $8, $9, $10, $11)`,
      [
        centre.id,
        created[0].id,
        person.channel === 'WEB_FORM' ? 'PUBLIC_FORM' : 'STAFF',
        receivedAt,
        person.channel,
        person.heardVia,
        at(person.answeredAfterHours === undefined ? undefined : person.answeredAfterHours * HOUR),
        person.bookedInDays === undefined
          ? null
          : new Date(now.getTime() + person.bookedInDays * DAY),
        at(
          person.conversationAfterDays === undefined
            ? undefined
            : person.conversationAfterDays * DAY,
        ),
        person.outcome ?? null,
        person.outcome ? at((person.conversationAfterDays ?? 0) * DAY) : null,
      ],
    );
  }
}
