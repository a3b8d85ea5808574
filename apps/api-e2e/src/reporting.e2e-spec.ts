import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { Client } from 'pg';

import {
  errorCodes,
  type GraphqlClient,
  runApiCommand,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

/**
 * Reports over a crafted year (2023, before any demo data): Bergen's figures are worked out by
 * hand below, Oslo has one person in April so that two periods a day apart differ by one, and
 * Trondheim has a large, safe count.
 */
let server: TestServer;
let analyst: GraphqlClient;
let bergen: GraphqlClient;
let trondheim: GraphqlClient;
const centres: Record<string, string> = {};

const K = 5;

interface Value {
  value: number | null;
  suppressed: boolean;
}
interface Row extends Value {
  centreId: string | null;
  centreName: string;
}
interface Breakdown {
  dimension: string;
  categories: { key: string; label: string }[];
  rows: { centreId: string | null; cells: Value[] }[];
}
interface Figure {
  key: string;
  label: string;
  unit: string;
  countsPeople: boolean;
  published: boolean;
  rows: Row[];
  breakdowns: Breakdown[];
}
interface Report {
  scope: string;
  period: { from: string; to: string; label: string; note: string | null };
  suppression: { threshold: number; hiddenNumbers: number } | null;
  figures: Figure[];
}

const REPORT_FIELDS = `scope period { from to label note } suppression { threshold hiddenNumbers }
  figures { key label unit countsPeople published rows { centreId centreName value suppressed }
    breakdowns { dimension categories { key label } rows { centreId cells { value suppressed } } } }`;
const NATIONAL = `query($from: String!, $to: String!) {
  nationalReport(period: { from: $from, to: $to }) { ${REPORT_FIELDS} } }`;
const CENTRE = `query($from: String!, $to: String!) {
  centreReport(period: { from: $from, to: $to }) { ${REPORT_FIELDS} } }`;

const YEAR_2023 = { from: '2023-01-01', to: '2023-12-31' };
const FACT_TABLES = [
  'reporting.month_facts',
  'reporting.span_facts',
  'reporting.snapshot_facts',
  'reporting.period_facts',
  'reporting.fact_runs',
];

async function national(period: { from: string; to: string }): Promise<Report> {
  return (await analyst.data<{ nationalReport: Report }>(NATIONAL, period)).nationalReport;
}

function figure(report: Report, key: string): Figure {
  const found = report.figures.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

/** A centre's value (by slug), or the country's (null). */
function value(report: Report, key: string, slug: string | null): number | null {
  const id = slug ? centres[slug] : null;
  return figure(report, key).rows.find((row) => row.centreId === id)!.value;
}

/**
 * What the national figures publish for a true count (docs/decisions/0006-published-figures.md):
 * the database's perturbation of that cell, hidden from 1 to k−1. The noise comes from a key only
 * the database knows, so the test asks it, as the superuser, for the cell the report shows.
 */
async function publishedAs(
  slug: string | null,
  figure: string,
  dimension: string,
  category: string,
  trueValue: number,
): Promise<number | null> {
  const value = await perturbed(slug, figure, dimension, category, trueValue);
  return value >= 1 && value < K ? null : value;
}

/** The perturbed count before small ones are hidden (what shares are computed from). */
async function perturbed(
  slug: string | null,
  figure: string,
  dimension: string,
  category: string,
  trueValue: number,
): Promise<number> {
  const admin = new Client({ connectionString: server.database.adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ value: number }>(
      `SELECT reporting.perturb(concat_ws('|', $1::text, $2::text, $3::text, $4::text), $5::bigint)::int AS value`,
      [slug ? centres[slug] : 'COUNTRY', figure, dimension, category, trueValue],
    );
    return rows[0].value;
  } finally {
    await admin.end();
  }
}

/** A centre's cells of one breakdown, by category key. */
function breakdown(report: Report, key: string, dimension: string, slug: string) {
  const found = figure(report, key).breakdowns.find((b) => b.dimension === dimension)!;
  const row = found.rows.find((r) => r.centreId === centres[slug])!;
  return Object.fromEntries(found.categories.map((c, i) => [c.key, row.cells[i].value]));
}

beforeAll(async () => {
  server = await startTestServer();
  analyst = (await server.client.signIn('analyst@national.demo.link')).client;
  bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
  const admin = new Client({ connectionString: server.database.adminUrl });
  await admin.connect();
  try {
    for (const row of (
      await admin.query<{ slug: string; id: string }>(`SELECT slug, id FROM centres`)
    ).rows) {
      centres[row.slug] = row.id;
    }
    await craftYear(admin);
  } finally {
    await admin.end();
  }
  // National figures come from the stored facts from here on (see 'report facts' below).
  await refreshFacts();
}, 90_000);
afterAll(() => server?.stop());

/** What the API's timer does (off in tests), through the command a cron job would run. */
async function refreshFacts(): Promise<string> {
  const { code, output } = await runApiCommand(server.database, 'report-facts');
  if (code !== 0) throw new Error(`report-facts exited with ${code}:\n${output}`);
  return output;
}

/** Inserted as the superuser, which row-level security does not bind. */
async function craftYear(db: Client): Promise<void> {
  const bergenId = centres['bergen'];
  // Twelve people in Bergen. Born: 4 in 2000, 6 in 1980, 1 in 1960, 1 in 1950.
  const people = Array.from({ length: 12 }, (_, i) => ({
    birthYear: i < 4 ? 2000 : i < 10 ? 1980 : i === 10 ? 1960 : 1950,
    gender: i < 8 ? 'FEMALE' : i < 11 ? 'MALE' : 'UNSPECIFIED',
    municipality: i < 10 ? 'Bergen' : 'Samnanger',
    targetGroups: i < 3 ? ['EXPOSED_TO_VIOLENCE'] : i < 5 ? ['IMMIGRANT_OR_REFUGEE'] : [],
    heardVia: i % 2 === 0 ? 'NAV' : 'FRIEND_OR_FAMILY',
    answeredAfterHours: i < 10 ? 2 : 72,
    conversationAfterDays: i < 9 ? 5 : 10,
  }));
  const ids: string[] = [];
  for (const person of people) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO participants (tenant_id, id, display_name, birth_year, gender, municipality, target_groups, status)
       VALUES ($1, gen_random_uuid(), 'Testperson', $2, $3, $4, $5, 'IN_GROUP') RETURNING id`,
      [bergenId, person.birthYear, person.gender, person.municipality, person.targetGroups],
    );
    ids.push(rows[0].id);
    await db.query(
      `INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, heard_via,
         answer_due_at, conversation_due_at, first_answer_at, conversation_held_at, outcome, closed_at)
       VALUES ($1, gen_random_uuid(), $2, 'STAFF', '2023-02-10T10:00:00Z', 'PHONE', $3,
         '2023-02-11T10:00:00Z', '2023-02-17T10:00:00Z',
         '2023-02-10T10:00:00Z'::timestamptz + make_interval(hours => $4),
         '2023-02-10T10:00:00Z'::timestamptz + make_interval(days => $5),
         'JOINED_WAITLIST', '2023-02-25T10:00:00Z')`,
      [
        bergenId,
        rows[0].id,
        person.heardVia,
        person.answeredAfterHours,
        person.conversationAfterDays,
      ],
    );
  }
  const group = async (kind: string, startDate: string, selfRunSince: string, endedOn?: string) =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO groups (tenant_id, id, name, kind, format, composition, weekday, start_time, capacity,
           start_date, status, self_run_since, ended_on)
         VALUES ($1, gen_random_uuid(), 'Testgruppe', $2, 'PHYSICAL', 'MIXED', 'MONDAY', '18:00', 8, $3,
           $5, $4, $6) RETURNING id`,
        [bergenId, kind, startDate, selfRunSince, endedOn ? 'ENDED' : 'SELF_RUN', endedOn ?? null],
      )
    ).rows[0].id;
  // The first group ends in September; its members never "left" (ending a group ends them all).
  const first = await group('CLOSED', '2023-04-03', '2023-06-01', '2023-09-30');
  const second = await group('CLOSED', '2023-05-01', '2023-07-01');
  const open = await group('OPEN', '2023-03-06', '2023-05-01');
  for (const [index, id] of ids.entries()) {
    await db.query(
      `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on)
       VALUES ($1, gen_random_uuid(), $2, $3, $4)`,
      [bergenId, index < 6 ? first : second, id, index < 6 ? '2023-04-03' : '2023-05-01'],
    );
  }
  // Every Monday from 6 March to 25 December 2023: 43 meetings of 7 people.
  await db.query(
    `INSERT INTO open_group_meetings (tenant_id, id, group_id, held_on, head_count)
     SELECT $1, gen_random_uuid(), $2, day, 7 FROM generate_series('2023-03-06'::date, '2023-12-25', '7 days') AS day`,
    [bergenId, open],
  );
  await db.query(
    `INSERT INTO follow_ups (tenant_id, id, group_id, kind, occurred_on)
     SELECT $1, gen_random_uuid(), $2, 'VISIT', day FROM unnest('{2023-05-15,2023-08-15,2023-11-15}'::date[]) AS day`,
    [bergenId, second],
  );
  await db.query(
    `INSERT INTO referrals (tenant_id, id, participant_id, service_id, referred_at)
     SELECT $1, gen_random_uuid(), p, (SELECT id FROM services WHERE tenant_id = $1 AND kind = 'VIOLENCE_SUPPORT'),
       '2023-03-01T12:00:00Z' FROM unnest($2::uuid[]) AS p`,
    [bergenId, ids.slice(0, 2)],
  );
  // A course in the autumn: the volunteer and two people from a partner organisation finished it.
  const volunteer = (
    await db.query<{ user_id: string; profile_id: string }>(
      `SELECT u.id AS user_id, vp.id AS profile_id FROM users u
       JOIN volunteer_profiles vp ON vp.user_id = u.id AND vp.tenant_id = $1
       WHERE u.email = 'volunteer@bergen.demo.link'`,
      [bergenId],
    )
  ).rows[0];
  const course = (
    await db.query<{ id: string }>(
      `INSERT INTO courses (tenant_id, id, title, kind, capacity, qualification_valid_months)
       VALUES ($1, gen_random_uuid(), 'Igangsetterkurs høst 2023', 'STARTER_COURSE', 12, 24) RETURNING id`,
      [bergenId],
    )
  ).rows[0].id;
  await db.query(
    `INSERT INTO course_sessions (tenant_id, id, course_id, starts_at)
     VALUES ($1, gen_random_uuid(), $2, '2023-09-05T16:00:00Z'), ($1, gen_random_uuid(), $2, '2023-09-12T16:00:00Z')`,
    [bergenId, course],
  );
  await db.query(
    `INSERT INTO course_enrolments (tenant_id, id, course_id, user_id, external_name, external_organisation, status, enrolled_at, completed_at)
     VALUES ($1, gen_random_uuid(), $2, $3, NULL, NULL, 'COMPLETED', '2023-08-01', '2023-10-01T10:00:00Z'),
            ($1, gen_random_uuid(), $2, NULL, 'Ekstern 1', 'Mental Helse', 'COMPLETED', '2023-08-01', '2023-10-01T10:00:00Z'),
            ($1, gen_random_uuid(), $2, NULL, 'Ekstern 2', 'Mental Helse', 'COMPLETED', '2023-08-01', '2023-10-01T10:00:00Z')`,
    [bergenId, course, volunteer.user_id],
  );
  await db.query(
    `INSERT INTO starter_qualifications (user_id, granted_by_centre_id, course_id, granted_on, expires_on)
     VALUES ($1, $2, $3, '2023-10-01', '2025-10-01')`,
    [volunteer.user_id, bergenId, course],
  );
  await db.query(
    `INSERT INTO volunteer_hours (tenant_id, id, profile_id, worked_on, hours, activity)
     VALUES ($1, gen_random_uuid(), $2, '2023-09-15', 3, 'COURSE')`,
    [bergenId, volunteer.profile_id],
  );

  // Oslo: seven inquiries in January and one on 1 April. Trondheim: twenty in January.
  await insertInquiries(db, 'oslo', 7, '2023-01-16T09:00:00Z');
  await insertInquiries(db, 'oslo', 1, '2023-04-01T10:00:00Z');
  await insertInquiries(db, 'trondheim', 20, '2023-01-20T09:00:00Z');
}

/** People who wrote by e-mail and were answered at once, as the superuser. */
async function insertInquiries(db: Client, slug: string, count: number, receivedAt: string) {
  for (let i = 0; i < count; i++) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO participants (tenant_id, id, display_name, status) VALUES ($1, gen_random_uuid(), 'Testperson', 'INQUIRY') RETURNING id`,
      [centres[slug]],
    );
    await db.query(
      `INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, answer_due_at,
         conversation_due_at, first_answer_at)
       VALUES ($1, gen_random_uuid(), $2, 'STAFF', $3, 'EMAIL', $3::timestamptz + interval '1 day',
         $3::timestamptz + interval '7 days', $3)`,
      [centres[slug], rows[0].id, receivedAt],
    );
  }
}

describe("a centre's own figures", () => {
  it('equal the hand-computed values for the crafted year', async () => {
    const { centreReport: report } = await bergen.data<{ centreReport: Report }>(CENTRE, YEAR_2023);
    expect(report.scope).toBe('CENTRE');
    expect(report.suppression).toBeNull();
    expect(report.period).toMatchObject({ from: '2023-01-01', to: '2023-12-31', label: '2023' });
    const own = (key: string) => value(report, key, 'bergen');
    expect(figure(report, 'INQUIRIES_RECEIVED').rows).toHaveLength(1);
    expect(own('INQUIRIES_RECEIVED')).toBe(12);
    expect(own('ANSWERED_WITHIN_A_DAY')).toBe(83); // 10 of 12
    expect(own('CONVERSATION_WITHIN_A_WEEK')).toBe(75); // 9 of 12 (held: invited by then)
    expect(own('CONVERSATION_HELD_WITHIN_A_WEEK')).toBe(75);
    expect(own('DAYS_TO_GROUP_MEDIAN')).toBe(52); // 6 waited 52 days, 6 waited 80
    expect(own('DAYS_TO_GROUP_P90')).toBe(80);
    expect(own('GROUPS_STARTED')).toBe(3);
    expect(own('GROUPS_ACTIVE')).toBe(3);
    expect(own('GROUPS_SELF_RUN')).toBe(3);
    expect(own('GROUPS_ENDED')).toBe(1);
    expect(own('PARTICIPANTS_ACTIVE')).toBe(12);
    expect(own('PARTICIPANTS_NEW')).toBe(12);
    expect(own('OPEN_GROUP_MEETINGS')).toBe(43);
    expect(own('OPEN_GROUP_ATTENDANCE')).toBe(301);
    expect(own('FOLLOW_UPS')).toBe(3);
    expect(own('REFERRALS')).toBe(2);
    expect(own('ACTIVE_VOLUNTEERS')).toBe(1);
    expect(own('QUALIFIED_STARTERS')).toBe(1);
    expect(own('COURSES_HELD')).toBe(1);
    expect(own('PEOPLE_TRAINED')).toBe(3);

    expect(breakdown(report, 'GROUPS_STARTED', 'GROUP_KIND', 'bergen')).toEqual({
      CLOSED: 2,
      OPEN: 1,
    });
    expect(breakdown(report, 'INQUIRIES_RECEIVED', 'HEARD_VIA', 'bergen')).toMatchObject({
      NAV: 6,
      FRIEND_OR_FAMILY: 6,
      UNKNOWN: 0,
    });
    expect(breakdown(report, 'PARTICIPANTS_ACTIVE', 'AGE_BAND', 'bergen')).toEqual({
      '18-29': 4,
      '30-49': 6,
      '50-69': 1,
      '70+': 1,
      UNKNOWN: 0,
    });
    expect(breakdown(report, 'PARTICIPANTS_ACTIVE', 'GENDER', 'bergen')).toMatchObject({
      FEMALE: 8,
      MALE: 3,
      UNSPECIFIED: 1,
    });
    expect(breakdown(report, 'PARTICIPANTS_NEW', 'MUNICIPALITY', 'bergen')).toEqual({
      Bergen: 10,
      Samnanger: 2,
      UNKNOWN: 0,
    });
    expect(breakdown(report, 'PARTICIPANTS_ACTIVE', 'TARGET_GROUP', 'bergen')).toMatchObject({
      EXPOSED_TO_VIOLENCE: 3,
      IMMIGRANT_OR_REFUGEE: 2,
      IN_WORK_ASSESSMENT: 0,
    });
    expect(breakdown(report, 'REFERRALS', 'SERVICE_KIND', 'bergen')).toMatchObject({
      VIOLENCE_SUPPORT: 2,
    });
    expect(breakdown(report, 'PEOPLE_TRAINED', 'ORIGIN', 'bergen')).toEqual({
      OWN_PEOPLE: 1,
      PARTNER_ORGANISATION: 2,
      OTHER_EXTERNAL: 0,
    });
  });

  it('count a group that ended as over, for its members too', async () => {
    const { centreReport: report } = await bergen.data<{ centreReport: Report }>(CENTRE, {
      from: '2023-10-01',
      to: '2023-12-31',
    });
    expect(value(report, 'GROUPS_ACTIVE', 'bergen')).toBe(2);
    expect(value(report, 'PARTICIPANTS_ACTIVE', 'bergen')).toBe(6);
  });

  it("are the signed-in centre's only: Trondheim sees its own twenty inquiries", async () => {
    const { centreReport: report } = await trondheim.data<{ centreReport: Report }>(
      CENTRE,
      YEAR_2023,
    );
    expect(figure(report, 'INQUIRIES_RECEIVED').rows).toEqual([
      expect.objectContaining({ centreId: centres['trondheim'], value: 20 }),
    ]);
    expect(value(report, 'PARTICIPANTS_ACTIVE', 'trondheim')).toBe(0);
  });

  it('are refused to starters, and national figures to centre staff', async () => {
    const starter = (await server.client.signIn('starter@bergen.demo.link')).client;
    expect(errorCodes(await starter.request(CENTRE, YEAR_2023))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await bergen.request(NATIONAL, YEAR_2023))).toEqual(['FORBIDDEN']);
  });

  it('explain a bad period in Norwegian', async () => {
    const response = await bergen.request(CENTRE, { from: '2023-05-01', to: '2023-01-31' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].message).toBe('Perioden slutter før den begynner.');
    const malformed = await bergen.request(CENTRE, { from: '1. mai', to: '2023-01-31' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('national figures', () => {
  it('show each centre and the country, perturbed and with small counts hidden', async () => {
    const report = await national(YEAR_2023);
    expect(report.scope).toBe('NATIONAL');
    expect(report.suppression?.threshold).toBe(K);
    const rows = figure(report, 'INQUIRIES_RECEIVED').rows;
    expect(rows.map((row) => row.centreName)).toEqual([
      'LINK Bergen og omegn',
      'LINK Oslo',
      'LINK Trondheim',
      'LINK Vestfold og Telemark',
      'Hele landet',
    ]);
    // Selvhjelp Norge is no centre in the figures.
    expect(rows.some((row) => row.centreId === centres['selvhjelp-norge'])).toBe(false);
    const inquiries = (slug: string | null, n: number) =>
      publishedAs(slug, 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', n);
    expect(value(report, 'INQUIRIES_RECEIVED', 'bergen')).toBe(await inquiries('bergen', 12));
    expect(value(report, 'INQUIRIES_RECEIVED', 'oslo')).toBe(await inquiries('oslo', 8));
    // The country is a cell of its own, perturbed from the exact 40, not a sum of the above.
    expect(value(report, 'INQUIRIES_RECEIVED', null)).toBe(await inquiries(null, 40));
    expect(value(report, 'PARTICIPANTS_ACTIVE', 'bergen')).toBe(
      await publishedAs('bergen', 'PARTICIPANTS_ACTIVE', 'TOTAL', 'TOTAL', 12),
    );
    // Eight women, three men and one who would rather not say.
    const gender = breakdown(report, 'PARTICIPANTS_ACTIVE', 'GENDER', 'bergen');
    const genderOf = (category: string, n: number) =>
      publishedAs('bergen', 'PARTICIPANTS_ACTIVE', 'GENDER', category, n);
    expect(gender).toMatchObject({
      FEMALE: await genderOf('FEMALE', 8),
      MALE: await genderOf('MALE', 3),
      UNSPECIFIED: await genderOf('UNSPECIFIED', 1),
    });
    // Work is exact: figures about groups are never perturbed.
    expect(figure(report, 'GROUPS_STARTED').countsPeople).toBe(false);
    // Municipalities fewer than 10·k people ever came from are merged into "other".
    const municipalities = figure(report, 'PARTICIPANTS_ACTIVE').breakdowns.find(
      (b) => b.dimension === 'MUNICIPALITY',
    )!;
    expect(municipalities.categories.map((c) => c.label)).toEqual([
      'Andre kommuner',
      'Ukjent kommune',
    ]);
    // Bergen's promise: 10 of 12 answered within a day, as a share of the perturbed counts.
    const met = await perturbed('bergen', 'ANSWER_PROMISE', 'STATE', 'MET', 10);
    const due = met + (await perturbed('bergen', 'ANSWER_PROMISE', 'STATE', 'MISSED', 2));
    expect(value(report, 'ANSWERED_WITHIN_A_DAY', 'bergen')).toBe(
      due < K ? null : Math.round((100 * met) / due),
    );
  });

  it('show no count of people from 1 to k−1', async () => {
    for (const period of [YEAR_2023, { from: '2023-01-01', to: '2023-03-31' }]) {
      const report = await national(period);
      expect(report.suppression!.hiddenNumbers).toBeGreaterThan(0);
      const visibleSmall = report.figures
        .filter((f) => f.unit !== 'PERCENT' && f.unit !== 'DAYS' && f.countsPeople)
        .flatMap((f) => [...f.rows, ...f.breakdowns.flatMap((b) => b.rows.flatMap((r) => r.cells))])
        .filter((v) => v.value !== null && v.value > 0 && v.value < K);
      expect(visibleSmall).toEqual([]);
    }
  });

  it('defeat a differencing attack across two periods a day apart', async () => {
    // The person who came to Oslo on 1 April is the only difference between these two: the
    // first is a quarter; the second, January–April, is off the grid counts of people are
    // published for, so it shows none of them.
    const before = await national({ from: '2023-01-01', to: '2023-03-31' });
    const after = await national({ from: '2023-01-01', to: '2023-04-01' });
    expect(after.period).toMatchObject({ from: '2023-01-01', to: '2023-04-30' });
    for (const { key, countsPeople, published, rows } of after.figures) {
      expect([key, published]).toEqual([key, !countsPeople]);
      if (countsPeople) expect(rows.every((row) => row.value === null)).toBe(true);
    }
    expect(before.figures.every((f) => f.published)).toBe(true);
    // And a day later within the same month gives the very same report.
    expect((await national({ from: '2023-01-01', to: '2023-03-30' })).figures).toEqual(
      before.figures,
    );
  });

  it('reach no row-level data: the analyst is refused everything that lists people', async () => {
    for (const query of [
      `{ participants { items { id } } }`,
      `{ inquiries { items { id } } }`,
      `{ groups { items { id } } }`,
      `{ waitlist { items { id } } }`,
      `{ volunteers { id } }`,
      `{ staffMembers { items { id } } }`,
      `{ auditEntries { items { id } } }`,
    ]) {
      const response = await analyst.request(query);
      expect([query, errorCodes(response)]).toEqual([query, ['FORBIDDEN']]);
    }
  });

  it('stop at the last finished month, with a note', async () => {
    const lastFinished = DateTime.now().setZone('Europe/Oslo').startOf('month').minus({ days: 1 });
    const report = await national({
      from: lastFinished.startOf('month').toISODate() as string,
      to: lastFinished.plus({ months: 3 }).toISODate() as string,
    });
    expect(report.period.to).toBe(lastFinished.toISODate());
    expect(report.period.note).toMatch(/avsluttede måneder/);
  });
});

describe('the reporting role', () => {
  it('can count through the national function and cannot read a table', async () => {
    const db = await server.database.connectAsReporting();
    try {
      await db.query('BEGIN');
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM reporting.national_figures(ARRAY['[2023-01-01,2024-01-01)'::daterange])`,
      );
      expect(rows[0].n).toBeGreaterThan(0);
      for (const table of [
        'participants',
        'inquiries',
        'groups',
        'group_members',
        'audit_entries',
        'users',
        ...FACT_TABLES,
      ]) {
        await db.query('SAVEPOINT probe');
        await expect(db.query(`SELECT 1 FROM ${table} LIMIT 1`)).rejects.toMatchObject({
          code: '42501',
        });
        await db.query('ROLLBACK TO SAVEPOINT probe');
      }
      await db.query('ROLLBACK');
      const grants = await db.query(
        `SELECT count(*)::int AS n FROM information_schema.role_table_grants WHERE grantee = 'link_reporting'`,
      );
      expect(grants.rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });
});

describe('funder reports', () => {
  const FUNDER = `query($programme: FunderProgramme!, $from: String!, $to: String!) {
    funderReport(programme: $programme, period: { from: $from, to: $to }) {
      title columns lines { label figure values { value suppressed } } suppression { rule } } }`;
  const FILE = `query($programme: FunderProgramme!, $from: String!, $to: String!, $format: ReportFileFormat!) {
    funderReportFile(programme: $programme, period: { from: $from, to: $to }, format: $format) {
      filename contentType contentBase64 } }`;

  interface FunderReport {
    title: string;
    columns: string[];
    lines: { label: string; values: Value[] }[];
  }

  const shown = (v: Value) => (v.suppressed ? ':' : v.value === null ? '–' : String(v.value));

  it('export CSV and XLSX holding the same numbers as the API, with Norwegian labels', async () => {
    for (const programme of ['NAV', 'KONFLIKTRADET', 'SPV', 'COUNTY_PUBLIC_HEALTH']) {
      const { funderReport: report } = await analyst.data<{ funderReport: FunderReport }>(FUNDER, {
        programme,
        ...YEAR_2023,
      });
      expect(report.columns.at(-1)).toBe('Hele landet');
      const expected = report.lines.map((line) => [line.label, ...line.values.map(shown)]);

      const csvFile = (
        await analyst.data<{ funderReportFile: { filename: string; contentBase64: string } }>(
          FILE,
          { programme, ...YEAR_2023, format: 'CSV' },
        )
      ).funderReportFile;
      expect(csvFile.filename).toMatch(/\.csv$/);
      const csv = Buffer.from(csvFile.contentBase64, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const csvRows = csv
        .split('\r\n')
        .map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));
      const header = csvRows.findIndex((row) => row[0] === 'Tall');
      expect(csvRows[header]).toEqual(['Tall', ...report.columns]);
      expect(csvRows.slice(header + 1, header + 1 + expected.length)).toEqual(expected);

      const xlsxFile = (
        await analyst.data<{ funderReportFile: { contentType: string; contentBase64: string } }>(
          FILE,
          { programme, ...YEAR_2023, format: 'XLSX' },
        )
      ).funderReportFile;
      expect(xlsxFile.contentType).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      // exceljs types a Buffer of older Node typings.
      const bytes = Buffer.from(xlsxFile.contentBase64, 'base64');
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      const sheetRows: string[][] = [];
      sheet.eachRow((row) =>
        sheetRows.push((row.values as unknown[]).slice(1).map((cell) => String(cell))),
      );
      const sheetHeader = sheetRows.findIndex((row) => row[0] === 'Tall');
      expect(sheetRows.slice(sheetHeader + 1, sheetHeader + 1 + expected.length)).toEqual(expected);
    }
  });

  it("give centre staff their own centre's column, cut from the suppressed figures", async () => {
    const admin = (await server.client.signIn('admin@bergen.demo.link')).client;
    const { funderReport: report } = await admin.data<{ funderReport: FunderReport }>(FUNDER, {
      programme: 'KONFLIKTRADET',
      ...YEAR_2023,
    });
    expect(report.columns).toEqual(['LINK Bergen og omegn']);
    // Three people exposed to violence: published as the national office sees them, since the
    // report goes to the funder.
    const exposed = await publishedAs(
      'bergen',
      'PARTICIPANTS_ACTIVE',
      'TARGET_GROUP',
      'EXPOSED_TO_VIOLENCE',
      3,
    );
    expect(report.lines[0].values).toEqual([{ value: exposed, suppressed: exposed === null }]);
    const other = await admin.request(
      `query($id: ID!) { funderReport(programme: NAV, period: { from: "2023-01-01", to: "2023-12-31" }, centreId: $id) { title } }`,
      { id: centres['trondheim'] },
    );
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
  });
});

describe('time series', () => {
  it('give a centre one value per month', async () => {
    const { centreTimeSeries: series } = await bergen.data<{
      centreTimeSeries: { months: string[]; rows: { points: Value[] }[] };
    }>(
      `{ centreTimeSeries(figure: OPEN_GROUP_MEETINGS, period: { from: "2023-01-01", to: "2023-06-30" }) { months rows { points { value suppressed } } } }`,
    );
    expect(series.months).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
    ]);
    // Mondays from 6 March: 4 in March, 4 in April, 5 in May, 4 in June.
    expect(series.rows[0].points.map((p) => p.value)).toEqual([0, 0, 4, 4, 5, 4]);
  });

  it('give shares and percentiles per month, counted from what they are made of', async () => {
    const { centreTimeSeries: days } = await bergen.data<{
      centreTimeSeries: { rows: { points: Value[] }[] };
    }>(
      `{ centreTimeSeries(figure: DAYS_TO_GROUP_MEDIAN, period: { from: "2023-04-01", to: "2023-05-31" }) { rows { points { value } } } }`,
    );
    // Six people joined in April after 52 days, six in May after 80.
    expect(days.rows[0].points.map((p) => p.value)).toEqual([52, 80]);

    const { nationalTimeSeries: answered } = await analyst.data<{
      nationalTimeSeries: { rows: { centreName: string; points: Value[] }[] };
    }>(
      `{ nationalTimeSeries(figure: ANSWERED_WITHIN_A_DAY, period: { from: "2023-01-01", to: "2023-02-28" }) { rows { centreName points { value suppressed } } } }`,
    );
    const trondheimRow = answered.rows.find((row) => row.centreName === 'LINK Trondheim')!;
    // Twenty inquiries in January, every one answered at once; none in February.
    expect(trondheimRow.points).toEqual([
      { value: 100, suppressed: false },
      { value: null, suppressed: false },
    ]);
  });

  it('give the national office perturbed months, per centre and for the country', async () => {
    const { nationalTimeSeries: series } = await analyst.data<{
      nationalTimeSeries: { rows: { centreName: string; points: Value[] }[] };
    }>(
      `{ nationalTimeSeries(figure: INQUIRIES_RECEIVED, period: { from: "2023-01-01", to: "2023-06-30" }) { rows { centreName points { value suppressed } } } }`,
    );
    const inquiries = (slug: string, n: number) =>
      publishedAs(slug, 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', n);
    const trondheimRow = series.rows.find((row) => row.centreName === 'LINK Trondheim')!;
    expect(trondheimRow.points[0]).toEqual({
      value: await inquiries('trondheim', 20),
      suppressed: false,
    });
    const oslo = series.rows.find((row) => row.centreName === 'LINK Oslo')!;
    const april = await inquiries('oslo', 1); // one person: hidden, or perturbed to 0
    expect(oslo.points[3]).toEqual({ value: april, suppressed: april === null });
    expect(series.rows.at(-1)!.centreName).toBe('Hele landet');
  });
});

describe('report facts', () => {
  type Counts = Map<string, number>;
  interface CountRow {
    centre_id: string;
    window_no: number;
    figure: string;
    dimension: string;
    category: string;
    value: string;
  }
  const key = (row: CountRow) =>
    `${row.centre_id} ${row.window_no} ${row.figure} ${row.dimension} ${row.category}`;

  /**
   * The exact national counts behind the published ones (`reporting.count_all_centres`, which
   * only the owner may call): from the stored periods, else from the monthly facts, wherever the
   * facts cover the windows. `shareWindows` as national_figures takes it.
   */
  async function nationalCounts(windows: string[], shareWindows: number[] | null = null) {
    return asAdmin(async (db) => {
      const { rows } = await db.query(
        `SELECT * FROM reporting.count_all_centres($1::daterange[], NULL, NULL, $2::integer[])`,
        [windows, shareWindows],
      );
      return toCounts(rows);
    });
  }

  /**
   * The exact national counts after `change`, made as the superuser and rolled back: with no
   * fact runs, for example, every centre is counted from its base tables.
   */
  async function countsAfter(
    change: string,
    windows: string[],
    shareWindows: number[] | null = null,
  ): Promise<Counts> {
    return asAdmin(async (db) => {
      await db.query('BEGIN');
      try {
        await db.query(change);
        const { rows } = await db.query(
          `SELECT * FROM reporting.count_all_centres($1::daterange[], NULL, NULL, $2::integer[])`,
          [windows, shareWindows],
        );
        return toCounts(rows);
      } finally {
        await db.query('ROLLBACK');
      }
    });
  }

  function toCounts(rows: CountRow[]): Counts {
    return new Map(rows.map((row) => [key(row), Number(row.value)]));
  }

  async function asAdmin<T>(work: (db: Client) => Promise<T>): Promise<T> {
    const admin = new Client({ connectionString: server.database.adminUrl });
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.end();
    }
  }

  it('are refreshed for every centre by `main.js report-facts`', async () => {
    const output = await refreshFacts();
    const running = DateTime.now().setZone('Europe/Oslo').startOf('month').toISODate();
    for (const slug of ['bergen', 'oslo', 'trondheim', 'vestfold-telemark']) {
      expect(output).toMatch(new RegExp(`${slug}\\s+finished months before ${running}`));
    }
    expect(output).not.toMatch(/selvhjelp-norge/);
  });

  it('count someone who came back to a group once, and agree with the base tables', async () => {
    // Vestfold: one person in a group in February–March, and in another in June–July.
    await asAdmin(async (db) => {
      const centre = centres['vestfold-telemark'];
      const insertGroup = (start: string, status: string, endedOn: string | null) =>
        db.query<{ id: string }>(
          `INSERT INTO groups (tenant_id, id, name, kind, format, composition, weekday, start_time, capacity,
             start_date, status, self_run_since, ended_on)
           VALUES ($1, gen_random_uuid(), 'Testgruppe', 'CLOSED', 'PHYSICAL', 'MIXED', 'TUESDAY', '18:00', 8,
             $2, $3, $2, $4) RETURNING id`,
          [centre, start, status, endedOn],
        );
      const spring = (await insertGroup('2023-02-01', 'ENDED', '2023-03-31')).rows[0].id;
      const summer = (await insertGroup('2023-06-01', 'SELF_RUN', null)).rows[0].id;
      const person = (
        await db.query<{ id: string }>(
          `INSERT INTO participants (tenant_id, id, display_name, birth_year, status)
           VALUES ($1, gen_random_uuid(), 'Testperson', 1975, 'ENDED') RETURNING id`,
          [centre],
        )
      ).rows[0].id;
      await db.query(
        `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on, left_on)
         VALUES ($1, gen_random_uuid(), $2, $4, '2023-02-01', NULL),
                ($1, gen_random_uuid(), $3, $4, '2023-06-05', '2023-07-20')`,
        [centre, spring, summer, person],
      );
    });
    await refreshFacts();

    const windows = [
      '[2023-01-01,2024-01-01)',
      '[2023-04-01,2023-06-01)',
      '[2023-03-01,2023-07-01)',
      '[2023-08-01,2024-01-01)',
      '[2023-07-01,2023-08-01)',
      '[2022-12-01,2024-02-01)', // across two years: the uncut runs
    ];
    const published = await nationalCounts(windows);
    const active = windows.map(
      (_, index) =>
        published.get(
          `${centres['vestfold-telemark']} ${index + 1} PARTICIPANTS_ACTIVE TOTAL TOTAL`,
        ) ?? 0,
    );
    expect(active).toEqual([1, 0, 1, 0, 1, 1]);
    expect(published).toEqual(await countsAfter('DELETE FROM reporting.fact_runs', windows));
  });

  it('give a standard period from its stored figures, equal to the summed facts and the base tables', async () => {
    // The year 2023 and its four neighbours, shares for the year only: as nationalReport asks.
    const windows = [
      '[2023-01-01,2024-01-01)',
      '[2023-02-01,2024-01-01)',
      '[2023-01-01,2023-12-01)',
      '[2022-12-01,2024-01-01)',
      '[2023-01-01,2024-02-01)',
    ];
    const stored = await nationalCounts(windows, [1]);
    expect(stored.get(`${centres['bergen']} 1 PARTICIPANTS_ACTIVE TOTAL TOTAL`)).toBe(12);
    expect(stored.get(`${centres['bergen']} 1 DAYS_TO_GROUP DAYS 52`)).toBe(6);
    // No days or states for the neighbouring periods: shares are shown for the year only.
    expect([...stored.keys()].filter((k) => / [2-5] DAYS_TO_GROUP /.test(k))).toEqual([]);
    // They are read from the stored periods: without those rows, nothing but snapshots is left.
    const emptied = await countsAfter('DELETE FROM reporting.period_facts', windows, [1]);
    expect([...emptied.keys()].filter((k) => !/ 0 /.test(k))).toEqual([]);
    // Not listed as stored, the periods are summed from the monthly facts; without fact runs at
    // all, counted from the base tables. All three agree.
    const unlisted = `UPDATE reporting.fact_runs SET periods = '{}', share_periods = '{}'`;
    expect(await countsAfter(unlisted, windows, [1])).toEqual(stored);
    expect(await countsAfter('DELETE FROM reporting.fact_runs', windows, [1])).toEqual(stored);
    // A centre without facts yet (a new one, say) is counted from its tables beside the others.
    const oneMissing = `DELETE FROM reporting.fact_runs WHERE centre_id = '${centres['oslo']}'`;
    expect(await countsAfter(oneMissing, windows, [1])).toEqual(stored);
  });

  it('are what national reports use, so a late registration shows after the next refresh', async () => {
    await asAdmin((db) => insertInquiries(db, 'trondheim', 1, '2023-01-25T09:00:00Z'));
    const published = (n: number) =>
      publishedAs('trondheim', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', n);
    expect(value(await national(YEAR_2023), 'INQUIRIES_RECEIVED', 'trondheim')).toBe(
      await published(20),
    );
    await refreshFacts();
    expect(value(await national(YEAR_2023), 'INQUIRIES_RECEIVED', 'trondheim')).toBe(
      await published(21),
    );
  });

  it('cover finished months only: a window reaching the running month is counted from the base tables', async () => {
    const first = DateTime.now().setZone('Europe/Oslo').startOf('month');
    const running = `[${first.toISODate()},${first.plus({ months: 1 }).toISODate()})`;
    const osloInquiries = async () =>
      (await nationalCounts([running])).get(
        `${centres['oslo']} 1 INQUIRIES_RECEIVED TOTAL TOTAL`,
      ) ?? 0;
    const before = await osloInquiries();
    await asAdmin((db) => insertInquiries(db, 'oslo', 1, new Date().toISOString()));
    expect(await osloInquiries()).toBe(before + 1);
  });

  it('refuse a window without a first or last day, which would count nothing', async () => {
    for (const window of ['[2023-01-01,)', '(,2024-01-01)', 'empty']) {
      await expect(nationalCounts([window])).rejects.toThrow(/first and a last day/);
    }
  });

  it('are out of reach of the runtime role, which works through the report functions only', async () => {
    const db = await server.database.connectAsApp();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [centres['bergen']]);
      for (const table of FACT_TABLES) {
        await db.query('SAVEPOINT probe');
        await expect(db.query(`SELECT 1 FROM ${table} LIMIT 1`)).rejects.toMatchObject({
          code: '42501',
        });
        await db.query('ROLLBACK TO SAVEPOINT probe');
      }
      // Stored counts are read only by the national function: a centre cannot ask for them.
      await expect(
        db.query(
          `SELECT * FROM reporting.count_windows(ARRAY['[2023-01-01,2024-01-01)'::daterange], NULL, NULL, NULL, true)`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
  });

  it("show their owner, too, only the centre in app.tenant_id: one centre's facts, or none", async () => {
    const centreTables = FACT_TABLES.filter((table) => table !== 'reporting.fact_runs');
    await asAdmin(async (db) => {
      await db.query('BEGIN');
      try {
        // The functions that read the facts run as the owner, whom FORCE binds like anyone else.
        await db.query('SET LOCAL ROLE link_owner');
        for (const table of centreTables) {
          const seen = async (centre: string) => {
            await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre]);
            const { rows } = await db.query<{ tenant_id: string }>(
              `SELECT DISTINCT tenant_id FROM ${table}`,
            );
            return rows.map((row) => row.tenant_id);
          };
          expect([table, await seen(centres['bergen'])]).toEqual([table, [centres['bergen']]]);
          expect([table, await seen(centres['trondheim'])]).toEqual([
            table,
            [centres['trondheim']],
          ]);
          expect([table, await seen('')]).toEqual([table, []]);
        }
        // Nor can a refresh for one centre write another's facts.
        await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [centres['bergen']]);
        await expect(
          db.query(
            `INSERT INTO reporting.month_facts (tenant_id, month, figure, dimension, category, value)
             VALUES ($1, '2023-01-01', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 1)`,
            [centres['trondheim']],
          ),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await db.query('ROLLBACK');
      }
    });
  });
});
