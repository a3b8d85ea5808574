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
 * Figures that describe the centres' work, "since the start", figures that stay put when people
 * are erased, and the small things (formulas in exports, windows of whole months). Bergen gets a
 * crafted 2022, before any demo data: eight people in two closed groups and an open group.
 */
let server: TestServer;
let analyst: GraphqlClient;
let bergen: GraphqlClient;
const centres: Record<string, string> = {};
/** Bergen's crafted people, in order. */
const people: string[] = [];

const K = 5;
const YEAR_2022 = { from: '2022-01-01', to: '2022-12-31' };

interface Value {
  value: number | null;
  suppressed: boolean;
}
interface Row extends Value {
  centreId: string | null;
  centreName: string;
}
interface Figure {
  key: string;
  unit: string;
  countsPeople: boolean;
  rows: Row[];
  breakdowns: {
    dimension: string;
    categories: { key: string }[];
    rows: { centreId: string | null; cells: Value[] }[];
  }[];
}
interface Report {
  suppression: { rule: string; hiddenNumbers: number; maxNoise: number } | null;
  figures: Figure[];
}
interface SinceTheStart {
  scope: string;
  until: string;
  suppression: { rule: string } | null;
  rows: {
    centreId: string | null;
    centreName: string;
    since: string | null;
    groupsStarted: Value;
    peopleInGroups: Value;
  }[];
}

const REPORT_FIELDS = `suppression { rule hiddenNumbers maxNoise }
  figures { key unit countsPeople rows { centreId centreName value suppressed }
    breakdowns { dimension categories { key } rows { centreId cells { value suppressed } } } }`;
const NATIONAL = `query($from: String!, $to: String!) {
  nationalReport(period: { from: $from, to: $to }) { ${REPORT_FIELDS} } }`;
const CENTRE = `query($from: String!, $to: String!) {
  centreReport(period: { from: $from, to: $to }) { ${REPORT_FIELDS} } }`;
const SINCE = `{ sinceTheStart { scope until suppression { rule }
  rows { centreId centreName since groupsStarted { value suppressed } peopleInGroups { value suppressed } } } }`;

async function national(period: { from: string; to: string }): Promise<Report> {
  return (await analyst.data<{ nationalReport: Report }>(NATIONAL, period)).nationalReport;
}
async function own(period: { from: string; to: string }): Promise<Report> {
  return (await bergen.data<{ centreReport: Report }>(CENTRE, period)).centreReport;
}
async function since(client: GraphqlClient): Promise<SinceTheStart> {
  return (await client.data<{ sinceTheStart: SinceTheStart }>(SINCE)).sinceTheStart;
}

function figure(report: Report, key: string): Figure {
  const found = report.figures.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}
function row(report: Report, key: string, slug: string | null): Row {
  const id = slug ? centres[slug] : null;
  return figure(report, key).rows.find((candidate) => candidate.centreId === id)!;
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

async function command(name: string): Promise<void> {
  const { code, output } = await runApiCommand(server.database, name);
  if (code !== 0) throw new Error(`${name} exited with ${code}:\n${output}`);
}

beforeAll(async () => {
  server = await startTestServer();
  analyst = (await server.client.signIn('analyst@national.demo.link')).client;
  bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  await asAdmin(async (db) => {
    for (const { slug, id } of (
      await db.query<{ slug: string; id: string }>(`SELECT slug, id FROM centres`)
    ).rows) {
      centres[slug] = id;
    }
    await craft2022(db);
  });
  await command('report-facts');
}, 90_000);
afterAll(() => server?.stop());

/** Inserted as the superuser, which row-level security does not bind. */
async function craft2022(db: Client): Promise<void> {
  const centre = centres['bergen'];
  const group = async (kind: string, composition: string, start: string, end: string | null) =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO groups (tenant_id, id, name, kind, format, composition, weekday, start_time, capacity,
           start_date, status, self_run_since, ended_on, theme)
         VALUES ($1, gen_random_uuid(), 'Testgruppe', $2, 'PHYSICAL', $3, 'MONDAY', '18:00', 8, $4, $5, $4, $6,
           CASE WHEN $3 = 'THEMED' THEN 'Sorg' END)
         RETURNING id`,
        [centre, kind, composition, start, end ? 'ENDED' : 'SELF_RUN', end],
      )
    ).rows[0].id;
  const spring = await group('CLOSED', 'THEMED', '2022-03-07', '2022-06-30');
  const autumn = await group('CLOSED', 'MIXED', '2022-09-05', null);
  const open = await group('OPEN', 'MIXED', '2022-04-04', null);
  for (let i = 0; i < 8; i++) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO participants (tenant_id, id, display_name, birth_year, gender, municipality, target_groups,
         status, last_activity_at)
       VALUES ($1, gen_random_uuid(), 'Historie', $2, $3, 'Bergen', $4, 'ENDED', '2022-12-15')
       RETURNING id`,
      [
        centre,
        i < 4 ? 1992 : 1971,
        i % 3 === 0 ? 'MALE' : 'FEMALE',
        i < 2 ? ['EXPOSED_TO_VIOLENCE'] : [],
      ],
    );
    people.push(rows[0].id);
    // Target groups are stored only with the person's consent.
    if (i < 2) {
      await db.query(
        `INSERT INTO consents (tenant_id, id, participant_id, kind, given_at)
         VALUES ($1, gen_random_uuid(), $2, 'KEEP_TARGET_GROUP_DATA', '2022-02-14T10:00:00Z')`,
        [centre, rows[0].id],
      );
    }
    // Answered at once, except the last two (three days late); all came in February.
    await db.query(
      `INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, heard_via,
         answer_due_at, conversation_due_at, first_answer_at, conversation_held_at, outcome, closed_at)
       VALUES ($1, gen_random_uuid(), $2, 'STAFF', '2022-02-14T10:00:00Z', 'PHONE', $3,
         '2022-02-15T10:00:00Z', '2022-02-21T10:00:00Z', $4, '2022-02-18T10:00:00Z', 'JOINED_WAITLIST',
         '2022-02-25T10:00:00Z')`,
      [
        centre,
        rows[0].id,
        i % 2 === 0 ? 'GP' : 'NAV',
        i < 6 ? '2022-02-14T12:00:00Z' : '2022-02-17T12:00:00Z',
      ],
    );
    // Four in the spring group; four in the autumn one, of whom the first two left in November.
    await db.query(
      `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on, left_on)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5)`,
      [
        centre,
        i < 4 ? spring : autumn,
        rows[0].id,
        i < 4 ? '2022-03-07' : '2022-09-05',
        i === 4 || i === 5 ? '2022-11-20' : null,
      ],
    );
  }
  // The first spring member was also in the autumn group: one person, two runs.
  await db.query(
    `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on, left_on)
     VALUES ($1, gen_random_uuid(), $2, $3, '2022-09-05', '2022-10-31')`,
    [centre, autumn, people[0]],
  );
  await db.query(
    `INSERT INTO referrals (tenant_id, id, participant_id, service_id, referred_at)
     SELECT $1, gen_random_uuid(), p, (SELECT id FROM services WHERE tenant_id = $1 AND kind = 'VIOLENCE_SUPPORT'),
       '2022-05-02T12:00:00Z' FROM unnest($2::uuid[]) AS p`,
    [centre, people.slice(0, 2)],
  );
  await db.query(
    `INSERT INTO open_group_meetings (tenant_id, id, group_id, held_on, head_count)
     SELECT $1, gen_random_uuid(), $2, day, 4 FROM generate_series('2022-04-04'::date, '2022-06-27', '7 days') AS day`,
    [centre, open],
  );
  await db.query(
    `INSERT INTO follow_ups (tenant_id, id, group_id, kind, occurred_on) VALUES ($1, gen_random_uuid(), $2, 'VISIT', '2022-10-10')`,
    [centre, autumn],
  );
  // A course whose external participants' details the retention rule erases a month after it.
  const course = (
    await db.query<{ id: string }>(
      `INSERT INTO courses (tenant_id, id, title, kind, capacity, external_retention_months)
       VALUES ($1, gen_random_uuid(), 'Igangsetterkurs 2022', 'STARTER_COURSE', 12, 1) RETURNING id`,
      [centre],
    )
  ).rows[0].id;
  await db.query(
    `INSERT INTO course_sessions (tenant_id, id, course_id, starts_at) VALUES ($1, gen_random_uuid(), $2, '2022-09-06T16:00:00Z')`,
    [centre, course],
  );
  await db.query(
    `INSERT INTO course_enrolments (tenant_id, id, course_id, external_name, external_organisation, status, enrolled_at, completed_at)
     VALUES ($1, gen_random_uuid(), $2, 'Ekstern 1', 'Mental Helse', 'COMPLETED', '2022-08-01', '2022-10-01T10:00:00Z'),
            ($1, gen_random_uuid(), $2, 'Ekstern 2', 'Mental Helse', 'COMPLETED', '2022-08-01', '2022-10-01T10:00:00Z'),
            ($1, gen_random_uuid(), $2, 'Ekstern 3', NULL, 'COMPLETED', '2022-08-01', '2022-10-01T10:00:00Z')`,
    [centre, course],
  );
}

describe('figures about work, not people', () => {
  it('are published exactly, while figures about people keep their protection', async () => {
    const report = await national(YEAR_2022);
    const exact = report.figures.filter((f) => !f.countsPeople).map((f) => f.key);
    expect(exact.sort()).toEqual(
      [
        'COURSES_HELD',
        'FOLLOW_UPS',
        'GROUPS_ACTIVE',
        'GROUPS_ENDED',
        'GROUPS_SELF_RUN',
        'GROUPS_STARTED',
        'OPEN_GROUP_MEETINGS',
      ].sort(),
    );
    // Three groups started in Bergen: shown, with every breakdown.
    expect(row(report, 'GROUPS_STARTED', 'bergen')).toMatchObject({ value: 3, suppressed: false });
    const composition = figure(report, 'GROUPS_STARTED').breakdowns.find(
      (b) => b.dimension === 'COMPOSITION',
    )!;
    const bergenCells = composition.rows.find((r) => r.centreId === centres['bergen'])!.cells;
    expect(bergenCells).toEqual([
      { value: 2, suppressed: false },
      { value: 1, suppressed: false },
    ]);
    expect(row(report, 'GROUPS_ENDED', 'bergen')).toMatchObject({ value: 1, suppressed: false });
    expect(row(report, 'OPEN_GROUP_MEETINGS', 'bergen')).toMatchObject({ value: 13 });
    expect(row(report, 'FOLLOW_UPS', 'bergen')).toMatchObject({ value: 1, suppressed: false });
    // Referrals and people in groups count people: perturbed within the published bound (two
    // referrals and eight people), and never shown from 1 to k-1.
    const near = (value: number | null, truth: number) =>
      value === null || Math.abs(value - truth) <= report.suppression!.maxNoise;
    expect(near(row(report, 'REFERRALS', 'bergen').value, 2)).toBe(true);
    expect(near(row(report, 'PARTICIPANTS_ACTIVE', 'bergen').value, 8)).toBe(true);
    for (const f of report.figures.filter((x) => x.countsPeople)) {
      if (f.unit === 'PERCENT' || f.unit === 'DAYS') continue;
      const visibleSmall = [
        ...f.rows,
        ...f.breakdowns.flatMap((b) => b.rows.flatMap((r) => r.cells)),
      ].filter((v) => v.value !== null && v.value > 0 && v.value < K);
      expect([f.key, visibleSmall]).toEqual([f.key, []]);
    }
    // The footnote says which numbers are exact.
    expect(report.suppression!.rule).toMatch(/arbeid.*vises nøyaktig/);
  });

  it('reach the funders: open groups in operation and started are shown in the SPV report', async () => {
    const { funderReport } = await analyst.data<{
      funderReport: { columns: string[]; lines: { label: string; values: Value[] }[] };
    }>(
      `{ funderReport(programme: SPV, period: { from: "2022-01-01", to: "2022-12-31" }) {
          columns lines { label values { value suppressed } } } }`,
    );
    const bergenColumn = funderReport.columns.indexOf('LINK Bergen og omegn');
    const line = (label: string) =>
      funderReport.lines.find((l) => l.label === label)!.values[bergenColumn];
    expect(line('Åpne grupper i drift')).toEqual({ value: 1, suppressed: false });
    expect(line('Åpne grupper startet')).toEqual({ value: 1, suppressed: false });
    expect(line('Møter i åpne grupper')).toEqual({ value: 13, suppressed: false });
  });
});

describe('since the start', () => {
  const today = DateTime.now().setZone('Europe/Oslo');

  it('gives a centre its groups and people since its first activity, exactly, until today', async () => {
    const result = await since(bergen);
    expect(result.scope).toBe('CENTRE');
    expect(result.suppression).toBeNull();
    expect(result.until).toBe(today.endOf('month').toISODate());
    expect(result.rows).toHaveLength(1);
    const [bergenRow] = result.rows;
    expect(bergenRow.centreId).toBe(centres['bergen']);
    expect(bergenRow.since! <= '2022-02').toBe(true);
    // The same as a ten-year report that reaches back before the first activity.
    const tenYears = await own({
      from: today.minus({ months: 119 }).startOf('month').toISODate() as string,
      to: today.toISODate() as string,
    });
    expect(bergenRow.groupsStarted).toEqual({
      value: row(tenYears, 'GROUPS_STARTED', 'bergen').value,
      suppressed: false,
    });
    expect(bergenRow.peopleInGroups).toEqual({
      value: row(tenYears, 'PARTICIPANTS_ACTIVE', 'bergen').value,
      suppressed: false,
    });
    expect(bergenRow.peopleInGroups.value).toBeGreaterThanOrEqual(8);
  });

  it('gives the national office every centre and the country: groups exact, people protected', async () => {
    const result = await since(analyst);
    expect(result.scope).toBe('NATIONAL');
    const lastFinished = today.startOf('month').minus({ days: 1 });
    expect(result.until).toBe(lastFinished.toISODate());
    expect(result.rows.at(-1)!.centreName).toBe('Hele landet');
    const tenYears = await national({
      from: lastFinished.minus({ months: 119 }).startOf('month').toISODate() as string,
      to: lastFinished.toISODate() as string,
    });
    for (const r of result.rows) {
      expect(r.groupsStarted).toEqual({
        value: row(tenYears, 'GROUPS_STARTED', r.centreId ? slugOf(r.centreId) : null).value,
        suppressed: false,
      });
      const people = r.peopleInGroups;
      expect(people.suppressed || people.value === 0 || people.value! >= K).toBe(true);
    }
    expect(result.suppression!.rule).toMatch(/fra 1 til 4 vises ikke/);
  });

  it('is refused to starters', async () => {
    const starter = (await server.client.signIn('starter@bergen.demo.link')).client;
    expect(errorCodes(await starter.request(SINCE))).toEqual(['FORBIDDEN']);
  });
});

function slugOf(id: string): string {
  return Object.entries(centres).find(([, candidate]) => candidate === id)![0];
}

describe('erasure', () => {
  /** Every figure but the snapshot of who waits today. */
  const history = (report: Report) => report.figures.filter((f) => f.key !== 'WAITING_NOW');

  it('does not rewrite history: the same figures before and after people are erased', async () => {
    const periods = [YEAR_2022, { from: '2022-03-01', to: '2022-05-31' }];
    const before = {
      own: await Promise.all(periods.map((p) => own(p).then(history))),
      national: await Promise.all(periods.map((p) => national(p).then(history))),
      ownSince: (await since(bergen)).rows,
      nationalSince: (await since(analyst)).rows,
    };
    // Sanity: the crafted year's own figures.
    const ownYear = before.own[0];
    const at = (key: string) => ownYear.find((f) => f.key === key)!.rows[0].value;
    expect(at('PARTICIPANTS_ACTIVE')).toBe(8);
    expect(at('REFERRALS')).toBe(2);
    const trained = ownYear.find((f) => f.key === 'PEOPLE_TRAINED')!.breakdowns[0];
    expect(trained.rows[0].cells.map((c) => c.value)).toEqual([0, 2, 1]);

    // Two people erased on request (one with two runs and a referral), the rest by retention.
    for (const id of people.slice(0, 2)) {
      const response = await bergen.request(`mutation($id: ID!) { eraseParticipant(id: $id) }`, {
        id,
      });
      expect(response.errors).toBeUndefined();
    }
    await command('retention');
    const left = await asAdmin(
      async (db) =>
        (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM participants WHERE id = ANY($1)`,
            [people],
          )
        ).rows[0].n,
    );
    expect(left).toBe(0);
    const externals = await asAdmin(
      async (db) =>
        (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM course_enrolments WHERE external_name LIKE 'Ekstern _'`,
          )
        ).rows[0].n,
    );
    expect(externals).toBe(0);
    await command('report-facts');

    const after = {
      own: await Promise.all(periods.map((p) => own(p).then(history))),
      national: await Promise.all(periods.map((p) => national(p).then(history))),
      ownSince: (await since(bergen)).rows,
      nationalSince: (await since(analyst)).rows,
    };
    expect(after).toEqual(before);
    // Two runs of the API's commands (retention, report facts) and two rounds of every report.
  }, 120_000);

  it('keeps national figures from the base tables equal to those from the stored facts', async () => {
    const windows = ['[2022-01-01,2023-01-01)', '[2022-03-01,2022-06-01)'];
    const counts = (change: string | null) =>
      asAdmin(async (db) => {
        await db.query('BEGIN');
        try {
          if (change) await db.query(change);
          const { rows } = await db.query<{
            centre_id: string;
            window_no: number;
            figure: string;
            dimension: string;
            category: string;
            value: string;
          }>(`SELECT * FROM reporting.count_all_centres($1::daterange[])`, [windows]);
          return new Map(
            rows.map((r) => [
              `${r.centre_id} ${r.window_no} ${r.figure} ${r.dimension} ${r.category}`,
              Number(r.value),
            ]),
          );
        } finally {
          await db.query('ROLLBACK');
        }
      });
    const stored = await counts(null);
    expect(stored.get(`${centres['bergen']} 1 PARTICIPANTS_ACTIVE TOTAL TOTAL`)).toBe(8);
    expect(stored.get(`${centres['bergen']} 1 REFERRALS SERVICE_KIND VIOLENCE_SUPPORT`)).toBe(2);
    expect(await counts('DELETE FROM reporting.fact_runs')).toEqual(stored);
  });

  it('keeps anonymous counts with no column that leads to a person or a group', async () => {
    await asAdmin(async (db) => {
      const tables = (
        await db.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'reporting' AND c.relkind = 'r' AND c.relname LIKE 'erased_%'`,
        )
      ).rows.map((r) => r.name);
      expect(tables.sort()).toEqual(['erased_month_counts', 'erased_span_counts']);
      const columns = (
        await db.query<{ table_name: string; column_name: string }>(
          `SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = 'reporting' AND table_name = ANY($1)`,
          [tables],
        )
      ).rows;
      const suspicious = columns.filter((c) =>
        /participant|person|group|inquiry|member|referral|user|service|name|birth_day/i.test(
          c.column_name,
        ),
      );
      expect(suspicious).toEqual([]);
      // The only reference is to the centre that owns the rows.
      const references = (
        await db.query<{ target: string }>(
          `SELECT confrelid::regclass::text AS target FROM pg_constraint
           WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
          [tables.map((t) => `reporting.${t}`)],
        )
      ).rows.map((r) => r.target);
      expect([...new Set(references)]).toEqual(['centres']);
      // Centre-owned like every such table: row-level security, forced, one tenant policy.
      for (const table of tables) {
        const { rows } = await db.query<{ rls: boolean; force: boolean; policies: number }>(
          `SELECT c.relrowsecurity AS rls, c.relforcerowsecurity AS force,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
           FROM pg_class c WHERE c.oid = $1::regclass`,
          [`reporting.${table}`],
        );
        expect([table, rows[0]]).toEqual([table, { rls: true, force: true, policies: 1 }]);
      }
      // What the erased people left: counts, and none of them is about one person's row.
      const kept = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reporting.erased_span_counts WHERE tenant_id = $1`,
        [centres['bergen']],
      );
      expect(kept.rows[0].n).toBeGreaterThan(0);
    });
  });

  it('keeps no target group of someone who withdrew their consent to keeping their data', async () => {
    // Trondheim, 2021: one person with a target group (with consent) in a group, then withdrawing.
    const centre = centres['trondheim'];
    const person = await asAdmin(async (db) => {
      const group = (
        await db.query<{ id: string }>(
          `INSERT INTO groups (tenant_id, id, name, kind, format, composition, weekday, start_time, capacity,
             start_date, status, self_run_since, ended_on)
           VALUES ($1, gen_random_uuid(), 'Testgruppe', 'CLOSED', 'PHYSICAL', 'MIXED', 'MONDAY', '18:00', 8,
             '2021-03-01', 'ENDED', '2021-03-01', '2021-06-30') RETURNING id`,
          [centre],
        )
      ).rows[0].id;
      const id = (
        await db.query<{ id: string }>(
          `INSERT INTO participants (tenant_id, id, display_name, target_groups, status)
           VALUES ($1, gen_random_uuid(), 'Historie', '{EXPOSED_TO_VIOLENCE}', 'ENDED') RETURNING id`,
          [centre],
        )
      ).rows[0].id;
      await db.query(
        `INSERT INTO consents (tenant_id, id, participant_id, kind, given_at)
         VALUES ($1, gen_random_uuid(), $2, 'KEEP_DATA', '2021-02-01'),
                ($1, gen_random_uuid(), $2, 'KEEP_TARGET_GROUP_DATA', '2021-02-01')`,
        [centre, id],
      );
      await db.query(
        `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on)
         VALUES ($1, gen_random_uuid(), $2, $3, '2021-03-01')`,
        [centre, group, id],
      );
      return id;
    });
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const { withdrawConsent } = await trondheim.data<{ withdrawConsent: boolean }>(
      `mutation($id: ID!) { withdrawConsent(participantId: $id, kind: KEEP_DATA) }`,
      { id: person },
    );
    expect(withdrawConsent).toBe(true);
    const kept = await asAdmin(
      async (db) =>
        (
          await db.query<{ dimension: string; category: string; value: number }>(
            `SELECT dimension, category, value FROM reporting.erased_span_counts
             WHERE tenant_id = $1 AND starts = '2021-03-01' ORDER BY dimension`,
            [centre],
          )
        ).rows,
    );
    // Counted as one person in a group from March to June, without their target group.
    expect(kept.map((r) => r.dimension)).toEqual([
      'BIRTH_YEAR',
      'GENDER',
      'HEARD_VIA',
      'MUNICIPALITY',
      'TOTAL',
    ]);
  });

  it('keeps counts the runtime role can read for its own centre but never write', async () => {
    const db = await server.database.connectAsApp();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [centres['bergen']]);
      for (const sql of [
        `INSERT INTO reporting.erased_month_counts (tenant_id, month, figure, dimension, category, value)
         VALUES ('${centres['bergen']}', '2022-01-01', 'REFERRALS', 'TOTAL', 'TOTAL', 5)`,
        `UPDATE reporting.erased_span_counts SET value = value + 1`,
        `DELETE FROM reporting.erased_month_counts`,
      ]) {
        await db.query('SAVEPOINT probe');
        await expect(db.query(sql)).rejects.toMatchObject({ code: '42501' });
        await db.query('ROLLBACK TO SAVEPOINT probe');
      }
      const seen = await db.query<{ tenant_id: string }>(
        `SELECT DISTINCT tenant_id FROM reporting.erased_span_counts`,
      );
      expect(seen.rows.map((r) => r.tenant_id)).toEqual([centres['bergen']]);
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
  });
});

describe('funder exports', () => {
  const FILE = `query($format: ReportFileFormat!) {
    funderReportFile(programme: SPV, period: { from: "2022-01-01", to: "2022-12-31" }, format: $format) {
      contentBase64 } }`;
  const NAME = '=HYPERLINK("https://example.invalid","Klikk")';

  it('write a cell that starts like a formula as text, in CSV and XLSX', async () => {
    await asAdmin((db) => db.query(`UPDATE centres SET name = $1 WHERE slug = 'oslo'`, [NAME]));
    try {
      const file = async (format: string) =>
        Buffer.from(
          (await analyst.data<{ funderReportFile: { contentBase64: string } }>(FILE, { format }))
            .funderReportFile.contentBase64,
          'base64',
        );
      const csv = (await file('CSV')).toString('utf8');
      const header = csv.split('\r\n').find((line) => line.startsWith('Tall;'))!;
      const cells = header.split(';').map((cell) => cell.replace(/^"|"$/g, '').replace(/""/g, '"'));
      expect(cells).toContain(`'${NAME}`);
      expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

      const workbook = new ExcelJS.Workbook();
      const bytes = await file('XLSX');
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const found: ExcelJS.Cell[] = [];
      workbook.worksheets[0].eachRow((r) =>
        r.eachCell((cell) => {
          if (String(cell.value).includes('HYPERLINK')) found.push(cell);
        }),
      );
      expect(found).toHaveLength(1);
      expect(found[0].type).toBe(ExcelJS.ValueType.String);
      expect(found[0].formula).toBeUndefined();
    } finally {
      await asAdmin((db) => db.query(`UPDATE centres SET name = 'LINK Oslo' WHERE slug = 'oslo'`));
    }
  });
});

describe('report windows', () => {
  it('are refused by the report functions unless they are whole months', async () => {
    for (const window of [
      '[2026-02-01,2026-02-02)',
      '[2026-02-10,2026-02-11)',
      '[2026-02-10,2026-04-01)',
    ]) {
      const reporting = await server.database.connectAsReporting();
      try {
        await expect(
          reporting.query(`SELECT * FROM reporting.national_figures($1::daterange[])`, [[window]]),
        ).rejects.toThrow(/whole months/);
      } finally {
        await reporting.end();
      }
      const db = await server.database.connectAsApp();
      try {
        await db.query('BEGIN');
        await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [centres['bergen']]);
        await expect(
          db.query(`SELECT * FROM reporting.centre_figures($1::daterange[])`, [[window]]),
        ).rejects.toThrow(/whole months/);
        await db.query('ROLLBACK');
      } finally {
        await db.end();
      }
    }
  });

  it('are always whole months from the API, which widens a period and says so', async () => {
    const { centreReport } = await bergen.data<{
      centreReport: { period: { from: string; to: string; note: string | null } };
    }>(
      `{ centreReport(period: { from: "2022-02-10", to: "2022-02-11" }) { period { from to note } } }`,
    );
    expect(centreReport.period).toEqual({
      from: '2022-02-01',
      to: '2022-02-28',
      note: expect.stringMatching(/hele måneder/),
    });
  });
});
