/**
 * National reports over ten centres and five years: how fast is a year's report, end to end
 * (the report function as the reporting role, protected in the database, then built in Node)? It
 * also measures what the protection costs (the same windows counted by
 * `reporting.count_all_centres`, unprotected, as the owner). It answers from
 * the report facts, refreshed first as the API's timer would. The baselines count the very same
 * figures from the base tables, in the same run on the same data: once with the reporting
 * indexes, once without them (each in a transaction that hides the facts, and is rolled back).
 *
 * Run from the repo root (the first run generates the data, a minute or two; later runs reuse it):
 *   npm run bench:reporting
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { Client } from 'pg';

import { REPORTING_INDEXES } from '@link/platform/database';
import {
  FIGURES,
  type ReportFigureKey,
  buildFigure,
  CountIndex,
  type FigureResult,
  type ReportCentre,
} from '@link/reporting';

import { ensureBenchmarkDatabase } from './generate-data';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const RUNS_PER_YEAR = 20;
const BASELINE_RUNS_PER_YEAR = 2;
const SERIES_RUNS = 3;

/** A year, as nationalReport asks for it. */
function yearWindows(year: number): string[] {
  return [`[${year}-01-01,${year + 1}-01-01)`];
}

/** March to August: no month, quarter or year, so it is summed from the monthly facts (work only). */
function marchToAugustWindows(year: number): string[] {
  return [`[${year}-03-01,${year}-09-01)`];
}

/** July to June: a year across two calendar years, summed from monthly facts and the uncut runs. */
function julyToJuneWindows(year: number): string[] {
  return [`[${year}-07-01,${year + 1}-07-01)`];
}

interface Row {
  centre_id: string | null;
  window_no: number;
  figure: string;
  dimension: string;
  category: string;
  value: string | null;
}

/** What ReportingService does with the published counts: every figure, every breakdown. */
function buildReport(rows: Row[], centres: ReportCentre[]): Map<ReportFigureKey, FigureResult> {
  const counts = new CountIndex(
    rows.map((row) => ({
      centreId: row.centre_id,
      windowNo: Number(row.window_no),
      figure: row.figure,
      dimension: row.dimension,
      category: row.category,
      value: row.value === null ? null : Number(row.value),
    })),
  );
  const ctx = { published: true, peoplePublished: true, centres, counts, rules: null };
  return new Map(FIGURES.map((spec) => [spec.key, buildFigure(spec, ctx, 1, true)]));
}

async function nationalFigures(
  client: Client,
  windows: string[],
  asReportingRole: boolean,
  only: { figures?: string[]; dimensions?: string[]; shareWindows?: number[] } = {},
): Promise<Row[]> {
  if (asReportingRole) {
    // As ReportQueries does, on a connection logged in as link_reporting.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }
  const { rows } = await client.query<Row>(
    `SELECT centre_id, window_no, figure, dimension, category, value
     FROM reporting.national_figures($1::daterange[], $2::text[], $3::text[], $4::integer[])`,
    [windows, only.figures ?? null, only.dimensions ?? null, only.shareWindows ?? null],
  );
  if (asReportingRole) await client.query('COMMIT');
  return rows;
}

async function nationalReport(
  client: Client,
  year: number,
  centres: ReportCentre[],
  asReportingRole: boolean,
  windows = yearWindows(year),
) {
  const rows = await nationalFigures(client, windows, asReportingRole);
  return buildReport(rows, centres);
}

/** Every centre's facts, each in its own transaction as the runtime role, as the API's job does. */
async function refreshFacts(app: Client, centres: ReportCentre[]): Promise<void> {
  for (const centre of centres) {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre.id]);
    await app.query('SELECT reporting.refresh_facts()');
    await app.query('COMMIT');
  }
}

/** 60 months, as `nationalTimeSeries` asks. */
function seriesWindows(): { windows: string[]; months: number[] } {
  const month = (index: number) => {
    const year = 2021 + Math.floor(index / 12);
    return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  };
  const windows = Array.from({ length: 60 }, (_, index) => `[${month(index)},${month(index + 1)})`);
  return { windows, months: windows.map((_, index) => index + 1) };
}

function sameRows(a: Row[], b: Row[]): boolean {
  const text = (rows: Row[]) =>
    rows
      .map(
        (r) => `${r.centre_id} ${r.window_no} ${r.figure} ${r.dimension} ${r.category} ${r.value}`,
      )
      .sort()
      .join('\n');
  return text(a) === text(b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function main(): Promise<void> {
  const database = await ensureBenchmarkDatabase();
  const app = new Client({ connectionString: database.appUrl });
  const owner = new Client({ connectionString: database.ownerUrl });
  const reporting = new Client({ connectionString: database.reportingUrl });
  await app.connect();
  await owner.connect();
  await reporting.connect();
  try {
    const sizes = await owner.query<{ name: string; rows: string }>(
      `SELECT relname AS name, n_live_tup::text AS rows FROM pg_stat_user_tables
       WHERE relname IN ('participants', 'inquiries', 'groups', 'group_members', 'open_group_meetings',
         'follow_ups', 'course_enrolments', 'volunteer_hours', 'anonymous_inquiry_records')
       ORDER BY n_live_tup DESC`,
    );
    const centres = (
      await app.query<ReportCentre>(
        `SELECT id, name FROM centres WHERE kind = 'CENTRE' ORDER BY name`,
      )
    ).rows;
    console.log(`Reporting benchmark on ${os.cpus().length} cores, ${centres.length} centres`);
    for (const size of sizes.rows)
      console.log(`  ${size.name.padEnd(28)} ${size.rows.padStart(10)}`);

    const [refreshMs] = await time(() => refreshFacts(app, centres));
    // Counted from the statistics: row-level security shows the owner no rows without a centre.
    const stored = await owner.query<{ name: string; rows: string }>(
      `SELECT relname AS name, n_live_tup::text AS rows FROM pg_stat_user_tables
       WHERE schemaname = 'reporting' AND relname LIKE '%_facts' ORDER BY relname`,
    );
    console.log(
      `\nReport facts refreshed for ${centres.length} centres in ${(refreshMs / 1000).toFixed(1)} s: ` +
        stored.rows.map((row) => `${row.rows} ${row.name}`).join(', '),
    );

    // Warm up: PostgreSQL's cache, V8.
    for (const year of YEARS) await nationalReport(reporting, year, centres, true);

    const timings: number[] = [];
    let example: Map<ReportFigureKey, FigureResult> | undefined;
    for (let run = 0; run < RUNS_PER_YEAR; run++) {
      for (const year of YEARS) {
        const [ms, report] = await time(() => nationalReport(reporting, year, centres, true));
        timings.push(ms);
        if (year === 2025) example = report;
      }
    }
    timings.sort((a, b) => a - b);

    const summed: number[] = [];
    for (let run = 0; run < RUNS_PER_YEAR / 4; run++) {
      for (const year of YEARS) {
        const windows = marchToAugustWindows(year);
        const [ms] = await time(() => nationalReport(reporting, year, centres, true, windows));
        summed.push(ms);
      }
    }
    summed.sort((a, b) => a - b);

    const julyToJune: number[] = [];
    for (let run = 0; run < RUNS_PER_YEAR / 4; run++) {
      // July 2025–June 2026 is not finished: published figures cover finished months only.
      for (const year of YEARS.slice(0, -1)) {
        const windows = julyToJuneWindows(year);
        const [ms] = await time(() => nationalReport(reporting, year, centres, true, windows));
        julyToJune.push(ms);
      }
    }
    julyToJune.sort((a, b) => a - b);

    const series = seriesWindows();
    const seriesTimings: Record<string, number[]> = {};
    for (const figure of ['INQUIRIES_RECEIVED', 'PARTICIPANTS_ACTIVE']) {
      const only = { figures: [figure], dimensions: ['TOTAL'], shareWindows: series.months };
      await nationalFigures(reporting, series.windows, true, only);
      seriesTimings[figure] = [];
      for (let run = 0; run < SERIES_RUNS; run++) {
        const [ms] = await time(() => nationalFigures(reporting, series.windows, true, only));
        seriesTimings[figure].push(ms);
      }
      seriesTimings[figure].sort((a, b) => a - b);
    }

    // The baselines: the same function, with no facts to answer from (so it counts from the base
    // tables), first with the reporting indexes, then without. Each is rolled back.
    const baseline = async (dropIndexes: boolean): Promise<number[]> => {
      await owner.query('BEGIN');
      try {
        await owner.query('DELETE FROM reporting.fact_runs');
        if (dropIndexes) {
          for (const index of REPORTING_INDEXES)
            await owner.query(`DROP INDEX ${index.split(' ')[0]}`);
        }
        const runs: number[] = [];
        for (let run = 0; run < BASELINE_RUNS_PER_YEAR; run++) {
          for (const year of YEARS) {
            const [ms] = await time(() => nationalReport(owner, year, centres, false));
            runs.push(ms);
          }
        }
        return runs.sort((a, b) => a - b);
      } finally {
        await owner.query('ROLLBACK');
      }
    };
    const fromBaseTables = await baseline(false);
    const withoutIndexes = await baseline(true);

    // The facts must give the very figures the base tables give: the stored periods (as a report
    // asks, shares for the year only) and the sums of monthly facts (every window's shares).
    const sameEverywhere: boolean[] = [];
    const asked = [{ shareWindows: [1] }, {}];
    const fromFacts: Row[][] = [];
    for (const year of YEARS) {
      for (const only of asked)
        fromFacts.push(await nationalFigures(reporting, yearWindows(year), true, only));
    }
    await owner.query('BEGIN');
    try {
      await owner.query('DELETE FROM reporting.fact_runs');
      for (const year of YEARS) {
        for (const only of asked) {
          const counted = await nationalFigures(owner, yearWindows(year), false, only);
          sameEverywhere.push(sameRows(fromFacts[sameEverywhere.length], counted));
        }
      }
    } finally {
      await owner.query('ROLLBACK');
    }

    // What the protection costs: the same year's counts, unprotected, as the owner.
    const unprotected: number[] = [];
    for (let run = 0; run < RUNS_PER_YEAR / 4; run++) {
      for (const year of YEARS) {
        const [ms] = await time(() =>
          owner.query(`SELECT * FROM reporting.count_all_centres($1::daterange[])`, [
            yearWindows(year),
          ]),
        );
        unprotected.push(ms);
      }
    }
    unprotected.sort((a, b) => a - b);

    const line = (label: string, values: number[]) =>
      console.log(
        `  ${label.padEnd(40)} p50 ${percentile(values, 0.5).toFixed(1).padStart(8)} ms` +
          `   p95 ${percentile(values, 0.95).toFixed(1).padStart(8)} ms   (${values.length} runs)`,
      );
    console.log(
      '\nNational report for a year (all figures and breakdowns, protected in the database):',
    );
    line('from the report facts', timings);
    line('the same counts unprotected (owner)', unprotected);
    line('March–August, summed from monthly facts', summed);
    line('July–June, summed from monthly facts', julyToJune);
    line('baseline: base tables, with indexes', fromBaseTables);
    line('baseline: base tables, no indexes', withoutIndexes);
    const ratio = (values: number[], p: number) =>
      `${(percentile(values, p) / percentile(timings, p)).toFixed(1)}×`;
    console.log(
      `  ratio base tables (indexed) / facts:    p50 ${ratio(fromBaseTables, 0.5)}, p95 ${ratio(fromBaseTables, 0.95)}`,
    );
    console.log(
      `  ratio base tables (no indexes) / facts: p50 ${ratio(withoutIndexes, 0.5)}, p95 ${ratio(withoutIndexes, 0.95)}`,
    );
    console.log(
      `  ratio protected / unprotected:          p50 ${(percentile(timings, 0.5) / percentile(unprotected, 0.5)).toFixed(1)}×`,
    );
    console.log(`  p95 under 200 ms: ${percentile(timings, 0.95) < 200 ? 'yes' : 'NO'}`);
    console.log(
      `  same counts from facts and base tables: ${sameEverywhere.every(Boolean) ? 'yes' : 'NO'}` +
        ` (${YEARS.length} years, stored periods and summed months)`,
    );
    console.log(
      `\nNational time series, 60 months (${series.windows.length} windows), totals of one figure:`,
    );
    for (const [figure, values] of Object.entries(seriesTimings)) {
      line(figure, values);
    }

    if (example) {
      console.log('\n2025, the whole country (":" = hidden):');
      for (const [key, result] of example) {
        const national = result.rows[result.rows.length - 1];
        const hidden = result.rows.filter((row) => row.suppressed).length;
        console.log(
          `  ${result.spec.label.padEnd(52)} ${String(national.suppressed ? ':' : national.value).padStart(9)}` +
            `   (${hidden} of ${result.rows.length} rows hidden)  ${key}`,
        );
      }
    }
  } finally {
    await app.end();
    await owner.end();
    await reporting.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
