import { DateTime } from 'luxon';
import { Client } from 'pg';

import { type GraphqlClient, startTestServer, type TestServer } from '@link/shared/testing';

/**
 * What the reporting role can get from `reporting.national_figures` is already protected
 * (docs/decisions/0006-published-figures.md): counts of people perturbed by the database, on a
 * grid of periods, shares and percentiles from perturbed counts, work exact. Checked against the
 * exact counts behind them (`reporting.count_all_centres`, which only the owner may call), on the
 * demo data.
 */
let server: TestServer;
let analyst: GraphqlClient;

interface Cell {
  centre_id: string | null;
  window_no: number;
  figure: string;
  dimension: string;
  category: string;
  value: string | null;
}

const WORK = [
  'GROUPS_STARTED',
  'GROUPS_ENDED',
  'GROUPS_ACTIVE',
  'GROUPS_SELF_RUN',
  'OPEN_GROUP_MEETINGS',
  'FOLLOW_UPS',
  'COURSES_HELD',
  'FIRST_MONTH',
];

const lastFinishedMonth = DateTime.now()
  .setZone('Europe/Oslo')
  .startOf('month')
  .minus({ months: 1 });
const month = (back: number) => {
  const first = lastFinishedMonth.minus({ months: back });
  return `[${first.toISODate()},${first.plus({ months: 1 }).toISODate()})`;
};
/** Five finished months, and the quarter or half-year-free window they make (off the grid). */
const MONTHS = [0, 1, 2, 3, 4].map(month);
const OFF_GRID = `[${lastFinishedMonth.minus({ months: 4 }).toISODate()},${lastFinishedMonth.plus({ months: 1 }).toISODate()})`;

let rules: { threshold: number; max_noise: number; noise_ratio: number };

beforeAll(async () => {
  server = await startTestServer();
  analyst = (await server.client.signIn('analyst@national.demo.link')).client;
  rules = (await asAdmin((db) => db.query(`SELECT * FROM reporting.publication_rules`))).rows[0];
}, 90_000);
afterAll(() => server?.stop());

async function asAdmin<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: server.database.adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function published(windows: string[]): Promise<Cell[]> {
  const db = await server.database.connectAsReporting();
  try {
    await db.query('BEGIN READ ONLY');
    const { rows } = await db.query<Cell>(
      `SELECT * FROM reporting.national_figures($1::daterange[])`,
      [windows],
    );
    await db.query('COMMIT');
    return rows;
  } finally {
    await db.end();
  }
}

/** The exact counts, per centre and summed for the country (key without the value). */
async function exact(windows: string[]): Promise<Map<string, number>> {
  const rows = await asAdmin(
    async (db) =>
      (
        await db.query<Cell>(`SELECT * FROM reporting.count_all_centres($1::daterange[])`, [
          windows,
        ])
      ).rows,
  );
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const centre of [row.centre_id, null]) {
      const at = key({ ...row, centre_id: centre });
      counts.set(at, (counts.get(at) ?? 0) + Number(row.value));
    }
  }
  return counts;
}

const key = (cell: Omit<Cell, 'value'>) =>
  `${cell.centre_id ?? 'COUNTRY'} ${cell.window_no} ${cell.figure} ${cell.dimension} ${cell.category}`;
const isWork = (cell: Cell) => WORK.includes(cell.figure);
const isPeople = (cell: Cell) =>
  !isWork(cell) && !['SHARE', 'PERCENTILE', 'MUNICIPALITY'].includes(cell.dimension);

describe('the national function', () => {
  it('returns counts of people perturbed within the published bound, zero as zero, and work exactly', async () => {
    const cells = await published(MONTHS);
    const truth = await exact(MONTHS);
    const people = cells.filter(isPeople);
    expect(people.length).toBeGreaterThan(200);
    let changed = 0;
    for (const cell of people) {
      const real = truth.get(key(cell)) ?? 0;
      if (cell.value === null) {
        expect(real).toBeGreaterThan(0);
        continue;
      }
      const shown = Number(cell.value);
      expect(Math.abs(shown - real)).toBeLessThanOrEqual(rules.max_noise);
      if (real === 0) expect(shown).toBe(0);
      if (shown !== real) changed++;
    }
    // About half of the cells differ from the truth (P(noise = 0) is (1-r)/(1+r), 43 % at r = 0.4).
    expect(changed / people.length).toBeGreaterThan(0.3);
    for (const cell of cells.filter(isWork)) {
      expect(Number(cell.value)).toBe(truth.get(key(cell)) ?? 0);
    }
  });

  it('hides every published count of people from 1 to k-1, and keeps the country a cell of its own', async () => {
    const cells = await published(MONTHS);
    const small = cells.filter(
      (cell) =>
        !isWork(cell) &&
        cell.dimension !== 'SHARE' &&
        cell.dimension !== 'PERCENTILE' &&
        cell.value !== null &&
        Number(cell.value) >= 1 &&
        Number(cell.value) < rules.threshold,
    );
    expect(small).toEqual([]);
    expect(cells.some((cell) => cell.value === null)).toBe(true);
    expect(cells.some((cell) => cell.centre_id === null)).toBe(true);
  });

  it('never returns what shares, percentiles and municipality names are made of', async () => {
    const cells = await published(MONTHS);
    expect(cells.filter((cell) => ['STATE', 'DAYS'].includes(cell.dimension))).toEqual([]);
    expect(cells.filter((cell) => cell.figure === 'MUNICIPALITY_SIZE')).toEqual([]);
    const municipalities = new Set(
      cells.filter((cell) => cell.dimension === 'MUNICIPALITY').map((cell) => cell.category),
    );
    // Municipalities fewer than 10·k people ever came from are merged into OTHER.
    const sizes = await asAdmin(
      async (db) =>
        (
          await db.query<{ category: string; n: string }>(
            `SELECT category, sum(value)::int AS n FROM reporting.count_all_centres($1::daterange[])
             WHERE figure = 'MUNICIPALITY_SIZE' GROUP BY category`,
            [MONTHS],
          )
        ).rows,
    );
    for (const { category, n } of sizes) {
      if (category === 'UNKNOWN') continue;
      expect([category, municipalities.has(category)]).toEqual([
        category,
        municipalities.has(category) && Number(n) >= 10 * rules.threshold,
      ]);
    }
  });

  it('computes shares from the perturbed counts, shown only with k behind them', async () => {
    const cells = await published(MONTHS);
    const shares = cells.filter((cell) => cell.dimension === 'SHARE');
    expect(shares.length).toBeGreaterThan(0);
    const expected = await asAdmin(async (db) => {
      const { rows } = await db.query<{ at: string; met: number; due: number }>(
        `WITH c AS (
           SELECT coalesce(centre_id::text, 'COUNTRY') AS centre, window_no, figure, category,
             reporting.perturb(concat_ws('|', coalesce(centre_id::text, 'COUNTRY'), figure, 'STATE', category), sum(value)::bigint) AS v
           FROM reporting.count_all_centres($1::daterange[])
           WHERE dimension = 'STATE'
           GROUP BY GROUPING SETS ((centre_id, window_no, figure, category), (window_no, figure, category))
         )
         SELECT centre || ' ' || window_no || ' ' || figure AS at,
           coalesce(sum(v) FILTER (WHERE category = 'MET'), 0)::int AS met,
           coalesce(sum(v) FILTER (WHERE category IN ('MET', 'MISSED')), 0)::int AS due
         FROM c GROUP BY 1`,
        [MONTHS],
      );
      return new Map(rows.map((row) => [row.at, row]));
    });
    for (const share of shares) {
      const made = expected.get(
        `${share.centre_id ?? 'COUNTRY'} ${share.window_no} ${share.figure}`,
      );
      expect(made).toBeDefined();
      if (made!.due < rules.threshold) expect(share.value).toBeNull();
      else expect(Number(share.value)).toBe(Math.round((100 * made!.met) / made!.due));
    }
  });

  it('gives the same cell with the same true count the same number in every window and call', async () => {
    const windows = [...MONTHS, ...MONTHS.slice(0, 2)];
    const first = await published(windows);
    expect(await published(windows)).toEqual(first);
    const truth = await exact(windows);
    // Months 1 and 6, and 2 and 7, are the same window asked twice.
    const byKey = new Map(first.map((cell) => [key(cell), cell.value]));
    for (const cell of first.filter((c) => c.window_no === 1)) {
      expect(byKey.get(key({ ...cell, window_no: 6 }))).toEqual(cell.value);
    }
    // Across different months: equal true counts in one cell give equal published counts.
    const seen = new Map<string, string | null>();
    for (const cell of first.filter(isPeople)) {
      const at = `${cell.centre_id} ${cell.figure} ${cell.dimension} ${cell.category} = ${truth.get(key(cell))}`;
      if (seen.has(at)) expect(cell.value).toEqual(seen.get(at));
      seen.set(at, cell.value);
    }
  });

  it('publishes counts of people only for months, quarters, half-years, years and since the start', async () => {
    const cells = await published([OFF_GRID, MONTHS[0]]);
    const offGrid = cells.filter((cell) => cell.window_no === 1);
    expect(offGrid.length).toBeGreaterThan(0);
    expect(offGrid.filter((cell) => !isWork(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.window_no === 2 && !isWork(cell)).length).toBeGreaterThan(0);
  });

  it('refuses a window that reaches into the running month', async () => {
    const running = DateTime.now().setZone('Europe/Oslo').startOf('month');
    const window = `[${running.toISODate()},${running.plus({ months: 1 }).toISODate()})`;
    await expect(published([window])).rejects.toThrow(/finished months only/);
  });

  it('draws its noise from the published perturbation table', async () => {
    // Under a fixed key, so the sample is the same in every run. Under each database's random
    // key this failed about once in 150 runs without anything being wrong: the far tails (noise
    // ±9 and ±10) expect one or two of the 20,000 draws, and a few more than four standard
    // errors allow is not rare there.
    const { observed, table } = await asAdmin(async (db) => {
      await db.query('BEGIN');
      try {
        await db.query(
          `UPDATE reporting.publication_rules SET secret = 'a fixed key for the perturbation table test'`,
        );
        const observed = await db.query<{ noise: number; n: number }>(
          `SELECT reporting.cell_noise('probe|' || i, 7) AS noise, count(*)::int AS n
           FROM generate_series(1, 20000) AS i GROUP BY 1`,
        );
        const table = await db.query<{ noise: number; probability: number }>(
          `SELECT noise, probability FROM reporting.perturbation_table($1, $2)`,
          [rules.max_noise, rules.noise_ratio],
        );
        return { observed: observed.rows, table: table.rows };
      } finally {
        await db.query('ROLLBACK');
      }
    });
    const frequency = new Map(observed.map((row) => [row.noise, row.n / 20000]));
    for (const { noise, probability } of table) {
      // Within four standard errors of the table's probability.
      const error = 4 * Math.sqrt((probability * (1 - probability)) / 20000);
      expect([noise, Math.abs((frequency.get(noise) ?? 0) - probability) <= error]).toEqual([
        noise,
        true,
      ]);
    }
    expect(Math.max(...observed.map((row) => Math.abs(row.noise)))).toBeLessThanOrEqual(
      rules.max_noise,
    );
  });

  it('draws different noise under a different key, which no role but the owner can read', async () => {
    const before = await published(MONTHS);
    await asAdmin((db) =>
      db.query(
        `UPDATE reporting.publication_rules SET secret = gen_random_uuid()::text || gen_random_uuid()::text`,
      ),
    );
    const after = await published(MONTHS);
    const shown = (cells: Cell[]) => cells.filter(isPeople).map((cell) => cell.value);
    expect(shown(after)).not.toEqual(shown(before));

    for (const connect of [
      () => server.database.connectAsReporting(),
      () => server.database.connectAsApp(),
    ]) {
      const db = await connect();
      try {
        for (const probe of [
          `SELECT secret FROM reporting.publication_rules`,
          `SELECT reporting.cell_noise('x', 1)`,
          `SELECT reporting.perturb('x', 1)`,
          `SELECT * FROM reporting.count_all_centres(ARRAY['[2026-01-01,2026-02-01)'::daterange])`,
        ]) {
          await expect(db.query(probe)).rejects.toMatchObject({ code: '42501' });
        }
      } finally {
        await db.end();
      }
    }
  });

  it('lists the figures it publishes exactly as the API catalogue does', async () => {
    const { rows } = await asAdmin((db) =>
      db.query<{ figure: string; people: boolean }>(
        `SELECT f AS figure, reporting.counts_people(f) AS people FROM unnest($1::text[]) AS f`,
        [[...WORK, 'INQUIRIES_RECEIVED', 'PARTICIPANTS_ACTIVE', 'A_FIGURE_ADDED_LATER']],
      ),
    );
    expect(rows.filter((row) => !row.people).map((row) => row.figure)).toEqual(WORK);
  });
});

describe('published reports through the API', () => {
  const NATIONAL = `query($from: String!, $to: String!) {
    nationalReport(period: { from: $from, to: $to }) {
      period { label note } suppression { threshold maxNoise rule }
      figures { key countsPeople published rows { centreId value suppressed } } } }`;
  interface Report {
    period: { label: string; note: string | null };
    suppression: { threshold: number; maxNoise: number; rule: string };
    figures: {
      key: string;
      countsPeople: boolean;
      published: boolean;
      rows: { centreId: string | null; value: number | null; suppressed: boolean }[];
    }[];
  }
  const report = async (from: DateTime, to: DateTime) =>
    (
      await analyst.data<{ nationalReport: Report }>(NATIONAL, {
        from: from.toISODate(),
        to: to.endOf('month').toISODate(),
      })
    ).nationalReport;

  it('say in Norwegian that counts of people are published for months, quarters, half-years and years', async () => {
    const offGrid = await report(lastFinishedMonth.minus({ months: 4 }), lastFinishedMonth);
    expect(offGrid.period.note).toMatch(
      /publiseres bare for hele måneder, kvartaler, halvår og år/,
    );
    for (const figure of offGrid.figures) {
      expect([figure.key, figure.published]).toEqual([figure.key, !figure.countsPeople]);
    }
    const groups = offGrid.figures.find((figure) => figure.key === 'GROUPS_STARTED')!;
    expect(groups.rows.at(-1)!.value).toBeGreaterThan(0);
    expect(offGrid.suppression).toMatchObject({ threshold: 5, maxNoise: rules.max_noise });
    expect(offGrid.suppression.rule).toMatch(/tilfeldig avvik/);

    const oneMonth = await report(lastFinishedMonth, lastFinishedMonth);
    expect(oneMonth.period.note).toBeNull();
    expect(oneMonth.figures.every((figure) => figure.published)).toBe(true);
  });
});
