import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Environment } from '@link/platform/config';
import {
  CentreEntity,
  type DayWindow,
  type FigureFilter,
  ReportQueries,
  RequestContext,
  TenantDatabase,
} from '@link/platform/tenancy';
import { NotFoundError } from '@link/shared/errors';

import { type ReportTable, toCsv, toXlsx } from './export/report-files';
import {
  FIGURES,
  figureSpec,
  type FigureSpec,
  ReportFigureKey,
  ReportDimension,
  TOTAL,
} from './figure-catalog';
import { FUNDER_TEMPLATES, type FunderProgramme } from './funder-reports';
import {
  buildFigure,
  type BuildContext,
  CountIndex,
  type FigureResult,
  NATIONAL_LABEL,
  type ReportCentre,
  type WindowChoice,
} from './report-builder';
import { ReportFileFormat } from './report.inputs';
import type { ReportPeriodInput } from './report.inputs';
import {
  type FunderReportModel,
  type ReportFileModel,
  type ReportModel,
  ReportScope,
  type ReportSuppressionModel,
  type ReportTimeSeriesModel,
  type SinceTheStartModel,
} from './report.models';
import {
  lastFinishedMonth,
  monthKey,
  monthsOf,
  type MonthSpan,
  neighbourSpans,
  type ResolvedPeriod,
  resolvePeriod,
  resolveSeries,
  toWindow,
} from './report-period';

/** The figures published exactly, named in the footnote (decision 3: work, not people). */
const EXACT_FIGURES = FIGURES.filter((spec) => !spec.countsPeople)
  .map((spec) => spec.label.toLowerCase())
  .join(', ');

const SUPPRESSION_RULE = (k: number) =>
  `Tall om personer fra 1 til ${k - 1} vises ikke (:), heller ikke når de kan regnes ut fra totaler, ` +
  `eller fra en periode som er én måned lengre eller kortere. Tall som teller sentrenes arbeid, ` +
  `ikke personer (${EXACT_FIGURES}), vises nøyaktig. Perioder gjelder hele, avsluttede måneder.`;

/**
 * "Since the start" counts from a month before any centre's first activity: nothing is counted
 * before a centre's first inquiry or group, so one window serves every centre, and each centre's
 * own first month comes with the counts (FIRST_MONTH).
 */
const BEFORE_ANY_CENTRE = DateTime.fromISO('2000-01-01', { zone: 'utc' });
const SINCE_THE_START_FIGURES = [
  ReportFigureKey.GROUPS_STARTED,
  ReportFigureKey.PARTICIPANTS_ACTIVE,
];
const FIRST_MONTH = 'FIRST_MONTH';

/** A period counted once for itself and once for each neighbouring period. */
interface CountedPeriod {
  period: ResolvedPeriod;
  ctx: BuildContext;
  windows: WindowChoice;
}

/**
 * Reports: a centre's own figures as they are, and published figures (national office, funders)
 * with disclosure control. Both come from the same report functions; published ones only ever
 * through the reporting role.
 */
@Injectable()
export class ReportingService {
  private readonly k: number;

  constructor(
    private readonly queries: ReportQueries,
    private readonly context: RequestContext,
    private readonly db: TenantDatabase,
    environment: Environment,
  ) {
    this.k = environment.REPORT_SUPPRESSION_THRESHOLD;
  }

  async centreReport(input: ReportPeriodInput): Promise<ReportModel> {
    const period = resolvePeriod(input.from, input.to, {
      finishedMonthsOnly: false,
      now: new Date(),
    });
    const counts = await this.queries.ownCentre([toWindow(period)]);
    const ctx = await this.ownCentreContext(counts);
    return this.toReport(ReportScope.CENTRE, period, ctx, { main: 1, neighbours: [] });
  }

  async nationalReport(input: ReportPeriodInput): Promise<ReportModel> {
    const { period, ctx, windows } = await this.countPublished(input);
    return this.toReport(ReportScope.NATIONAL, period, ctx, windows);
  }

  async centreTimeSeries(
    figure: ReportFigureKey,
    input: ReportPeriodInput,
  ): Promise<ReportTimeSeriesModel> {
    const period = resolveSeries(input.from, input.to, {
      finishedMonthsOnly: false,
      now: new Date(),
    });
    const months = monthsOf(period);
    const windows = months.map((month) => toWindow({ first: month, last: month }));
    const counts = await this.queries.ownCentre(windows, seriesCounts(figure));
    const ctx = await this.ownCentreContext(counts);
    const perMonth = months.map((_, index) => ({ main: index + 1, neighbours: [] }));
    return this.toSeries(ReportScope.CENTRE, figure, months, ctx, perMonth);
  }

  /**
   * Each month is counted with the two-month periods around it, so a month is hidden whenever it
   * differs by a few people from the month before or after taken together with it.
   */
  async nationalTimeSeries(
    figure: ReportFigureKey,
    input: ReportPeriodInput,
  ): Promise<ReportTimeSeriesModel> {
    const now = new Date();
    const period = resolveSeries(input.from, input.to, { finishedMonthsOnly: true, now });
    const latest = lastFinishedMonth(now);
    const windows = new WindowList();
    const months = monthsOf(period);
    const perMonth = months.map((month) => {
      const span = { first: month, last: month };
      return {
        main: windows.add(span),
        neighbours: neighbourSpans(span, latest).map((neighbour) => windows.add(neighbour)),
      };
    });
    const counts = await this.queries.allCentres(windows.all(), {
      ...seriesCounts(figure),
      shareWindows: perMonth.map((choice) => choice.main),
    });
    const ctx = await this.publishedContext(counts);
    return this.toSeries(ReportScope.NATIONAL, figure, months, ctx, perMonth);
  }

  /**
   * Groups started and people who have been in a group, from each centre's first activity. The
   * centre's own: exact, including the running month. The national office's: every centre and
   * the country up to the last finished month, protected as any report (the neighbouring period
   * one month shorter guards against subtracting two months' figures).
   */
  async sinceTheStart(): Promise<SinceTheStartModel> {
    const actor = this.context.requireActor();
    const now = new Date();
    const only = {
      figures: [...SINCE_THE_START_FIGURES, FIRST_MONTH],
      dimensions: [TOTAL, 'MONTH'],
    };
    if (!actor.platformRole) {
      const span = { first: BEFORE_ANY_CENTRE, last: lastFinishedMonth(now).plus({ months: 1 }) };
      const ctx = await this.ownCentreContext(await this.queries.ownCentre([toWindow(span)], only));
      return this.toSinceTheStart(ReportScope.CENTRE, span, ctx, { main: 1, neighbours: [] });
    }
    const latest = lastFinishedMonth(now);
    const span = { first: BEFORE_ANY_CENTRE, last: latest };
    const neighbours = neighbourSpans(span, latest);
    const counts = await this.queries.allCentres([span, ...neighbours].map(toWindow), only);
    return this.toSinceTheStart(ReportScope.NATIONAL, span, await this.publishedContext(counts), {
      main: 1,
      neighbours: neighbours.map((_, index) => index + 2),
    });
  }

  private toSinceTheStart(
    scope: ReportScope,
    span: MonthSpan,
    ctx: BuildContext,
    windows: WindowChoice,
  ): SinceTheStartModel {
    const built = this.buildAll(ctx, windows, false, SINCE_THE_START_FIGURES.map(figureSpec));
    const groups = (built.get(ReportFigureKey.GROUPS_STARTED) as FigureResult).rows;
    const people = (built.get(ReportFigureKey.PARTICIPANTS_ACTIVE) as FigureResult).rows;
    const firstMonths = ctx.counts.categoriesOf(FIRST_MONTH, 'MONTH').sort();
    const since = (centreIds: string[]) => {
      const first = firstMonths.find((month) =>
        centreIds.some((id) => ctx.counts.value(FIRST_MONTH, 'MONTH', month, id, 0) > 0),
      );
      return first ? first.slice(0, 7) : null;
    };
    const rows = groups.map((row, index) => ({
      centreId: row.centreId,
      centreName: row.centreName,
      since: since(row.centreId ? [row.centreId] : ctx.centres.map((centre) => centre.id)),
      groupsStarted: { value: row.value, suppressed: row.suppressed },
      peopleInGroups: { value: people[index].value, suppressed: people[index].suppressed },
    }));
    return {
      scope,
      until: span.last.endOf('month').toISODate() as string,
      rows,
      suppression: ctx.published
        ? this.suppression(countHidden([rows.map((row) => row.peopleInGroups)]))
        : null,
    };
  }

  async funderReport(
    programme: FunderProgramme,
    input: ReportPeriodInput,
    centreId?: string,
  ): Promise<FunderReportModel> {
    const { period, ctx, windows } = await this.countPublished(input);
    const built = this.buildAll(ctx, windows, true);
    const actor = this.context.requireActor();
    // Centre staff report for their own centre; the national office for one centre or all.
    const ownCentre = actor.platformRole ? null : this.context.requireCentreId();
    if (ownCentre && centreId && centreId !== ownCentre) throw new NotFoundError('senteret');
    const onlyCentre = ownCentre ?? centreId;
    const columnIndexes = onlyCentre
      ? [ctx.centres.findIndex((centre) => centre.id === onlyCentre)]
      : ctx.centres.map((_, index) => index).concat(ctx.centres.length);
    if (columnIndexes[0] === -1) throw new NotFoundError('senteret');

    const template = FUNDER_TEMPLATES[programme];
    const columns = columnIndexes.map((index) =>
      index < ctx.centres.length ? ctx.centres[index].name : NATIONAL_LABEL,
    );
    const lines = template.lines.map((line) => {
      const result = built.get(line.figure) as FigureResult;
      const values =
        line.dimension === ReportDimension.TOTAL
          ? result.rows
          : breakdownColumn(result, line.dimension, line.category);
      return {
        label: line.label,
        figure: line.figure,
        values: columnIndexes.map((index) => ({
          value: values[index].value,
          suppressed: values[index].suppressed,
        })),
      };
    });
    const hiddenNumbers = countHidden(lines.map((line) => line.values));
    return {
      programme,
      title: template.title,
      about: template.about,
      period: periodModel(period),
      suppression: this.suppression(hiddenNumbers),
      columns,
      lines,
    };
  }

  async funderReportFile(
    programme: FunderProgramme,
    input: ReportPeriodInput,
    format: ReportFileFormat,
    centreId?: string,
  ): Promise<ReportFileModel> {
    const report = await this.funderReport(programme, input, centreId);
    const table: ReportTable = {
      title: report.title,
      about: report.about,
      periodLabel: report.period.label,
      footnote: report.suppression.rule,
      columns: report.columns,
      lines: report.lines,
    };
    const name = `${programme.toLowerCase().replace(/_/g, '-')}-${report.period.from}-${report.period.to}`;
    if (format === ReportFileFormat.CSV) {
      return {
        filename: `${name}.csv`,
        contentType: 'text/csv; charset=utf-8',
        contentBase64: toCsv(table).toString('base64'),
      };
    }
    return {
      filename: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: (await toXlsx(table)).toString('base64'),
    };
  }

  private async countPublished(input: ReportPeriodInput): Promise<CountedPeriod> {
    const now = new Date();
    const period = resolvePeriod(input.from, input.to, { finishedMonthsOnly: true, now });
    const neighbours = neighbourSpans(period, lastFinishedMonth(now));
    // Shares and percentiles are shown for the period itself, not for its neighbours.
    const counts = await this.queries.allCentres([period, ...neighbours].map(toWindow), {
      shareWindows: [1],
    });
    return {
      period,
      ctx: await this.publishedContext(counts),
      windows: { main: 1, neighbours: neighbours.map((_, index) => index + 2) },
    };
  }

  private async publishedContext(
    counts: Awaited<ReturnType<ReportQueries['allCentres']>>,
  ): Promise<BuildContext> {
    const centres = await (
      await this.db.platform(CentreEntity)
    ).find({
      where: { kind: 'CENTRE' },
      order: { name: 'ASC' },
    });
    return {
      published: true,
      centres: centres.map(toCentre),
      k: this.k,
      counts: new CountIndex(counts),
    };
  }

  private async ownCentreContext(
    counts: Awaited<ReturnType<ReportQueries['ownCentre']>>,
  ): Promise<BuildContext> {
    const centre = await (
      await this.db.platform(CentreEntity)
    ).findOneByOrFail({
      id: this.context.requireCentreId(),
    });
    return {
      published: false,
      centres: [toCentre(centre)],
      k: this.k,
      counts: new CountIndex(counts),
    };
  }

  /** Counts before what is derived from them, so shares know which counts are hidden. */
  private buildAll(
    ctx: BuildContext,
    windows: WindowChoice,
    withBreakdowns: boolean,
    only?: FigureSpec[],
  ): Map<ReportFigureKey, FigureResult> {
    const built = new Map<ReportFigureKey, FigureResult>();
    const wanted = only ?? FIGURES;
    const ordered = [
      ...wanted.filter((spec) => spec.type === 'count'),
      ...wanted.filter((spec) => spec.type !== 'count'),
    ];
    for (const spec of ordered) {
      built.set(spec.key, buildFigure(spec, ctx, windows, withBreakdowns, built));
    }
    return built;
  }

  private toReport(
    scope: ReportScope,
    period: ResolvedPeriod,
    ctx: BuildContext,
    windows: WindowChoice,
  ): ReportModel {
    const built = this.buildAll(ctx, windows, true);
    const figures = FIGURES.map((spec) => {
      const result = built.get(spec.key) as FigureResult;
      return {
        key: spec.key,
        label: spec.label,
        description: spec.description,
        unit: spec.unit,
        countsPeople: spec.countsPeople,
        rows: result.rows,
        breakdowns: result.breakdowns,
      };
    });
    const hiddenNumbers = countHidden(
      figures.flatMap((figure) => [
        figure.rows,
        ...figure.breakdowns.flatMap((breakdown) => breakdown.rows.map((row) => row.cells)),
      ]),
    );
    return {
      scope,
      period: periodModel(period),
      suppression: ctx.published ? this.suppression(hiddenNumbers) : null,
      figures,
    };
  }

  private toSeries(
    scope: ReportScope,
    figure: ReportFigureKey,
    months: MonthSpan['first'][],
    ctx: BuildContext,
    perMonth: WindowChoice[],
  ): ReportTimeSeriesModel {
    const needed = seriesFigures(figure);
    const monthly = perMonth.map(
      (windows) => this.buildAll(ctx, windows, false, needed).get(figure) as FigureResult,
    );
    const rows = monthly[0].rows.map((row, index) => ({
      centreId: row.centreId,
      centreName: row.centreName,
      points: monthly.map((result) => ({
        value: result.rows[index].value,
        suppressed: result.rows[index].suppressed,
      })),
    }));
    const hidden = countHidden(rows.map((row) => row.points));
    const spec = figureSpec(figure);
    return {
      figure,
      label: spec.label,
      unit: spec.unit,
      scope,
      months: months.map(monthKey),
      rows,
      suppression: ctx.published ? this.suppression(hidden) : null,
    };
  }

  private suppression(hiddenNumbers: number): ReportSuppressionModel {
    return { threshold: this.k, rule: SUPPRESSION_RULE(this.k), hiddenNumbers };
  }
}

/** Windows to count, each once, numbered from 1 as the report functions number them. */
class WindowList {
  private readonly windows: DayWindow[] = [];

  add(span: MonthSpan): number {
    const window = toWindow(span);
    const existing = this.windows.findIndex(
      (known) => known.from === window.from && known.until === window.until,
    );
    if (existing >= 0) return existing + 1;
    this.windows.push(window);
    return this.windows.length;
  }

  all(): DayWindow[] {
    return this.windows;
  }
}

/** A figure in a time series, and the count that guards it when it is a share or percentile. */
function seriesFigures(figure: ReportFigureKey): FigureSpec[] {
  const spec = figureSpec(figure);
  return spec.type === 'count' ? [spec] : [figureSpec(spec.guardedBy), spec];
}

/** The counts a time series uses: its figures' totals (and the states or days they come from). */
function seriesCounts(figure: ReportFigureKey): FigureFilter {
  return {
    figures: seriesFigures(figure).map((spec) => (spec.type === 'count' ? spec.key : spec.source)),
    dimensions: [TOTAL, 'STATE', 'DAYS'],
  };
}

function breakdownColumn(result: FigureResult, dimension: ReportDimension, category: string) {
  const breakdown = result.breakdowns.find((candidate) => candidate.dimension === dimension);
  const column = breakdown?.categories.findIndex((candidate) => candidate.key === category) ?? -1;
  if (!breakdown || column < 0) {
    throw new Error(`${result.spec.key} has no ${dimension} ${category}.`);
  }
  return breakdown.rows.map((row) => row.cells[column]);
}

function countHidden(groups: { suppressed: boolean }[][]): number {
  return groups.reduce((sum, values) => sum + values.filter((value) => value.suppressed).length, 0);
}

function periodModel(period: ResolvedPeriod) {
  return {
    from: period.first.toISODate() as string,
    to: period.last.endOf('month').toISODate() as string,
    months: period.months,
    label: period.label,
    note: period.note,
  };
}

function toCentre(centre: CentreEntity): ReportCentre {
  return { id: centre.id, name: centre.name };
}
