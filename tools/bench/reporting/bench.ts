/**
 * National reports over ten centres and five years: how fast is a year's report, end to end
 * (the report function as the reporting role, then disclosure control in Node), and what do the
 * reporting indexes buy? The baseline runs the very same function in a transaction that has
 * dropped those indexes (and is rolled back), in the same run, on the same data.
 *
 * Run from the repo root (the first run generates the data, a minute or two; later runs reuse it):
 *   npm run bench:reporting
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { Client } from 'pg';

import { REPORTING_INDEXES } from '../../../libs/platform/database/src/lib/migrations/1764662400000-reporting';
import { FIGURES, type ReportFigureKey } from '../../../libs/reporting/src/lib/figure-catalog';
import {
  buildFigure,
  CountIndex,
  type FigureResult,
  type ReportCentre,
} from '../../../libs/reporting/src/lib/report-builder';
import { ensureBenchmarkDatabase } from './generate-data';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const RUNS_PER_YEAR = 10;
const BASELINE_RUNS_PER_YEAR = 2;
const K = 5;

/** A year and the four periods a day's change of either end could make of it. */
function yearWindows(year: number): string[] {
  const day = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;
  return [
    `[${day(year, 1)},${day(year + 1, 1)})`,
    `[${day(year, 2)},${day(year + 1, 1)})`,
    `[${day(year, 1)},${day(year, 12)})`,
    `[${day(year - 1, 12)},${day(year + 1, 1)})`,
    `[${day(year, 1)},${day(year + 1, 2)})`,
  ];
}

interface Row {
  centre_id: string;
  window_no: number;
  figure: string;
  dimension: string;
  category: string;
  value: string;
}

/** What ReportingService does with the counts: every figure, every breakdown, suppressed. */
function buildReport(rows: Row[], centres: ReportCentre[]): Map<ReportFigureKey, FigureResult> {
  const counts = new CountIndex(
    rows.map((row) => ({
      centreId: row.centre_id,
      windowNo: Number(row.window_no),
      figure: row.figure,
      dimension: row.dimension,
      category: row.category,
      value: Number(row.value),
    })),
  );
  const ctx = { published: true, centres, k: K, counts };
  const windows = { main: 1, neighbours: [2, 3, 4, 5] };
  const built = new Map<ReportFigureKey, FigureResult>();
  const ordered = [
    ...FIGURES.filter((spec) => spec.type === 'count'),
    ...FIGURES.filter((spec) => spec.type !== 'count'),
  ];
  for (const spec of ordered) built.set(spec.key, buildFigure(spec, ctx, windows, true, built));
  return built;
}

async function nationalReport(
  client: Client,
  year: number,
  centres: ReportCentre[],
  asReportingRole: boolean,
) {
  if (asReportingRole) {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query('SET LOCAL ROLE link_reporting');
  }
  const { rows } = await client.query<Row>(
    `SELECT centre_id, window_no, figure, dimension, category, value
     FROM reporting.national_figures($1::daterange[])`,
    [yearWindows(year)],
  );
  if (asReportingRole) await client.query('COMMIT');
  return buildReport(rows, centres);
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
  await app.connect();
  await owner.connect();
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

    // Warm up: the function's plans, PostgreSQL's cache, V8.
    for (const year of YEARS) await nationalReport(app, year, centres, true);

    const timings: number[] = [];
    let example: Map<ReportFigureKey, FigureResult> | undefined;
    for (let run = 0; run < RUNS_PER_YEAR; run++) {
      for (const year of YEARS) {
        const [ms, report] = await time(() => nationalReport(app, year, centres, true));
        timings.push(ms);
        if (year === 2025) example = report;
      }
    }
    timings.sort((a, b) => a - b);

    await owner.query('BEGIN');
    for (const index of REPORTING_INDEXES) await owner.query(`DROP INDEX ${index.split(' ')[0]}`);
    const baseline: number[] = [];
    for (let run = 0; run < BASELINE_RUNS_PER_YEAR; run++) {
      for (const year of YEARS) {
        const [ms] = await time(() => nationalReport(owner, year, centres, false));
        baseline.push(ms);
      }
    }
    await owner.query('ROLLBACK');
    baseline.sort((a, b) => a - b);

    const line = (label: string, values: number[]) =>
      console.log(
        `  ${label.padEnd(34)} p50 ${percentile(values, 0.5).toFixed(1).padStart(8)} ms` +
          `   p95 ${percentile(values, 0.95).toFixed(1).padStart(8)} ms   (${values.length} runs)`,
      );
    console.log(
      '\nNational report for a year (5 windows, all figures and breakdowns, suppressed):',
    );
    line('with the reporting indexes', timings);
    line('baseline: same function, no indexes', baseline);
    console.log(
      `  ratio baseline / indexed: p50 ${(percentile(baseline, 0.5) / percentile(timings, 0.5)).toFixed(1)}×` +
        `, p95 ${(percentile(baseline, 0.95) / percentile(timings, 0.95)).toFixed(1)}×`,
    );
    console.log(`  p95 under 200 ms: ${percentile(timings, 0.95) < 200 ? 'yes' : 'NO'}`);

    if (example) {
      console.log('\n2025, the whole country (":" = suppressed):');
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
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
