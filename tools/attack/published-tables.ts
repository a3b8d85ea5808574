import { FUNDER_TEMPLATES, FunderProgramme, FIGURES } from '@link/reporting';
import type { GraphqlClient } from '@link/shared/testing';
import {
  type Month,
  parseMonthKey,
  periodOf,
  type Window,
  windowKey,
  windowOfPeriod,
} from './months';

/** One published number, with everything that says what it counts. */
export interface PublishedCell {
  /** Which request it came from, for the report ("nationalReport 2026-01..2026-06"). */
  table: string;
  window: Window;
  /** Null: the national row ("Hele landet"). */
  centreId: string | null;
  figure: string;
  /** TOTAL for a figure's rows; otherwise the breakdown's dimension. */
  dimension: string;
  category: string;
  value: number | null;
  suppressed: boolean;
}

/** Which categories a published breakdown showed: a named municipality left out counted 0. */
export interface PublishedBreakdown {
  window: Window;
  figure: string;
  dimension: string;
  categories: string[];
}

export interface PublishedTables {
  requests: number;
  cells: PublishedCell[];
  breakdowns: PublishedBreakdown[];
}

interface Value {
  value: number | null;
  suppressed: boolean;
}

interface NationalReport {
  period: { from: string; to: string };
  figures: {
    key: string;
    /** False: a count of people for a period off the grid, not published at all. */
    published: boolean;
    rows: (Value & { centreId: string | null })[];
    breakdowns: {
      dimension: string;
      categories: { key: string }[];
      rows: { centreId: string | null; cells: Value[] }[];
    }[];
  }[];
}

interface TimeSeries {
  months: string[];
  rows: { centreId: string | null; points: Value[] }[];
}

interface FunderReport {
  period: { from: string; to: string };
  columns: string[];
  lines: { figure: string; values: Value[] }[];
}

const NATIONAL = `query($period: ReportPeriodInput!) { nationalReport(period: $period) {
  period { from to }
  figures { key published rows { centreId value suppressed }
    breakdowns { dimension categories { key } rows { centreId cells { value suppressed } } } } } }`;
const SERIES = `query($figure: ReportFigureKey!, $period: ReportPeriodInput!) {
  nationalTimeSeries(figure: $figure, period: $period) {
    months rows { centreId points { value suppressed } } } }`;
const FUNDER = `query($programme: FunderProgramme!, $period: ReportPeriodInput!) {
  funderReport(programme: $programme, period: $period) {
    period { from to } columns lines { figure values { value suppressed } } } }`;

/** The requests of one attack: every window of `windows` in every kind of published table. */
export interface RequestPlan {
  nationalWindows: Window[];
  seriesWindow: Window;
  funderWindows: Window[];
}

/**
 * Asks the API for every table of the plan as the analyst, a few requests at a time (other
 * people share the machine), and keeps every cell: shown or hidden.
 */
export async function fetchPublishedTables(
  analyst: GraphqlClient,
  plan: RequestPlan,
  centres: { id: string; name: string }[],
  parallel = 2,
): Promise<PublishedTables> {
  const tables: PublishedTables = { requests: 0, cells: [], breakdowns: [] };
  const jobs: (() => Promise<void>)[] = [
    ...plan.nationalWindows.map((window) => async () => {
      const { nationalReport } = await analyst.data<{ nationalReport: NationalReport }>(NATIONAL, {
        period: periodOf(window),
      });
      addNational(tables, nationalReport);
    }),
    ...FIGURES.map((spec) => async () => {
      const { nationalTimeSeries } = await analyst.data<{ nationalTimeSeries: TimeSeries }>(
        SERIES,
        { figure: spec.key, period: periodOf(plan.seriesWindow) },
      );
      addSeries(tables, spec.key, nationalTimeSeries);
    }),
    ...Object.values(FunderProgramme).flatMap((programme) =>
      plan.funderWindows.map((window) => async () => {
        const { funderReport } = await analyst.data<{ funderReport: FunderReport }>(FUNDER, {
          programme,
          period: periodOf(window),
        });
        addFunder(tables, programme, funderReport, centres);
      }),
    ),
  ];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      await job();
      tables.requests++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return tables;
}

function addNational(tables: PublishedTables, report: NationalReport): void {
  const window = windowOfPeriod(report.period);
  const table = `nationalReport ${windowKey(window)}`;
  for (const figure of report.figures.filter((candidate) => candidate.published)) {
    for (const row of figure.rows) {
      tables.cells.push({
        table,
        window,
        centreId: row.centreId,
        figure: figure.key,
        dimension: 'TOTAL',
        category: 'TOTAL',
        value: row.value,
        suppressed: row.suppressed,
      });
    }
    for (const breakdown of figure.breakdowns) {
      tables.breakdowns.push({
        window,
        figure: figure.key,
        dimension: breakdown.dimension,
        categories: breakdown.categories.map((category) => category.key),
      });
      for (const row of breakdown.rows) {
        row.cells.forEach((cell, column) =>
          tables.cells.push({
            table,
            window,
            centreId: row.centreId,
            figure: figure.key,
            dimension: breakdown.dimension,
            category: breakdown.categories[column].key,
            value: cell.value,
            suppressed: cell.suppressed,
          }),
        );
      }
    }
  }
}

function addSeries(tables: PublishedTables, figure: string, series: TimeSeries): void {
  const months: Month[] = series.months.map(parseMonthKey);
  const table = `nationalTimeSeries ${figure} ${windowKey({ first: months[0], last: months[months.length - 1] })}`;
  for (const row of series.rows) {
    row.points.forEach((point, index) =>
      tables.cells.push({
        table,
        window: { first: months[index], last: months[index] },
        centreId: row.centreId,
        figure,
        dimension: 'TOTAL',
        category: 'TOTAL',
        value: point.value,
        suppressed: point.suppressed,
      }),
    );
  }
}

/** A funder report's lines are catalogue cells; its columns are the centres by name, then the country. */
function addFunder(
  tables: PublishedTables,
  programme: FunderProgramme,
  report: FunderReport,
  centres: { id: string; name: string }[],
): void {
  const window = windowOfPeriod(report.period);
  const table = `funderReport ${programme} ${windowKey(window)}`;
  const columnCentre = report.columns.map((name) => {
    const centre = centres.find((candidate) => candidate.name === name);
    return centre ? centre.id : null;
  });
  report.lines.forEach((line, index) => {
    const template = FUNDER_TEMPLATES[programme].lines[index];
    line.values.forEach((value, column) =>
      tables.cells.push({
        table,
        window,
        centreId: columnCentre[column],
        figure: template.figure,
        dimension: template.dimension,
        category: template.category,
        value: value.value,
        suppressed: value.suppressed,
      }),
    );
  });
}

/** How the API says published figures are protected: k and the noise bound. */
export async function publishedRules(
  analyst: GraphqlClient,
  window: Window,
): Promise<{ threshold: number; maxNoise: number }> {
  const { nationalReport } = await analyst.data<{
    nationalReport: { suppression: { threshold: number; maxNoise: number } };
  }>(
    `query($period: ReportPeriodInput!) {
      nationalReport(period: $period) { suppression { threshold maxNoise } } }`,
    { period: periodOf(window) },
  );
  return nationalReport.suppression;
}
