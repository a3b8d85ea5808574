import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import {
  CentreEntity,
  type FigureFilter,
  type PublishedCounts,
  type PublishedRules,
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
  publishesPeople,
  type ResolvedPeriod,
  resolvePeriod,
  resolveSeries,
  toWindow,
} from './report-period';

/** The figures published exactly, named in the footnote (decision 3: work, not people). */
const EXACT_FIGURES = FIGURES.filter((spec) => !spec.countsPeople)
  .map((spec) => spec.label.toLowerCase())
  .join(', ');

const SUPPRESSION_RULE = (rules: PublishedRules) =>
  `Tall om personer har fått et lite tilfeldig avvik (oftest 0 eller ±1, aldri mer enn ` +
  `±${rules.maxNoise}), det samme hver gang for det samme tallet, og tall fra 1 til ` +
  `${rules.threshold - 1} vises ikke (:). Derfor stemmer ikke alltid summene. Tall om personer ` +
  `publiseres for hele måneder, kvartaler, halvår og år, og siden starten. Tall som teller ` +
  `sentrenes arbeid, ikke personer (${EXACT_FIGURES}), vises nøyaktig. Perioder gjelder hele, ` +
  `avsluttede måneder.`;

const OFF_THE_GRID =
  'Tall om personer publiseres bare for hele måneder, kvartaler, halvår og år. For denne ' +
  'perioden vises bare tall om sentrenes arbeid.';

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

/** A published period and its counts (window 1). */
interface CountedPeriod {
  period: ResolvedPeriod;
  ctx: BuildContext;
}

/**
 * Reports: a centre's own figures as they are, and published figures (national office, funders)
 * with disclosure control. Both come from the same report functions; published ones only ever
 * through the reporting role.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly queries: ReportQueries,
    private readonly context: RequestContext,
    private readonly db: TenantDatabase,
  ) {}

  async centreReport(input: ReportPeriodInput): Promise<ReportModel> {
    const period = resolvePeriod(input.from, input.to, {
      finishedMonthsOnly: false,
      now: new Date(),
    });
    const counts = await this.queries.ownCentre([toWindow(period)]);
    const ctx = await this.ownCentreContext(counts);
    return this.toReport(ReportScope.CENTRE, period, ctx);
  }

  async nationalReport(input: ReportPeriodInput): Promise<ReportModel> {
    const { period, ctx } = await this.countPublished(input);
    return this.toReport(ReportScope.NATIONAL, period, ctx);
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
    return this.toSeries(ReportScope.CENTRE, figure, months, ctx);
  }

  /** One published value per month: months are on the grid counts of people are published for. */
  async nationalTimeSeries(
    figure: ReportFigureKey,
    input: ReportPeriodInput,
  ): Promise<ReportTimeSeriesModel> {
    const period = resolveSeries(input.from, input.to, {
      finishedMonthsOnly: true,
      now: new Date(),
    });
    const months = monthsOf(period);
    const windows = months.map((month) => toWindow({ first: month, last: month }));
    const published = await this.queries.allCentres(windows, seriesCounts(figure));
    const ctx = await this.publishedContext(published, true);
    return this.toSeries(ReportScope.NATIONAL, figure, months, ctx);
  }

  /**
   * Groups started and people who have been in a group, from each centre's first activity. The
   * centre's own: exact, including the running month. The national office's: every centre and
   * the country up to the last finished month, people protected as in any published report.
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
      return this.toSinceTheStart(ReportScope.CENTRE, span, ctx);
    }
    const span = { first: BEFORE_ANY_CENTRE, last: lastFinishedMonth(now) };
    const published = await this.queries.allCentres([toWindow(span)], only);
    return this.toSinceTheStart(
      ReportScope.NATIONAL,
      span,
      await this.publishedContext(published, true),
    );
  }

  private toSinceTheStart(
    scope: ReportScope,
    span: MonthSpan,
    ctx: BuildContext,
  ): SinceTheStartModel {
    const built = this.buildAll(ctx, 1, false, SINCE_THE_START_FIGURES.map(figureSpec));
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
      suppression: ctx.rules
        ? this.suppression(ctx.rules, countHidden([rows.map((row) => row.peopleInGroups)]))
        : null,
    };
  }

  async funderReport(
    programme: FunderProgramme,
    input: ReportPeriodInput,
    centreId?: string,
  ): Promise<FunderReportModel> {
    const { period, ctx } = await this.countPublished(input);
    const built = this.buildAll(ctx, 1, true);
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
      period: periodModel(period, ctx),
      suppression: this.suppression(ctx.rules as PublishedRules, hiddenNumbers),
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
    const period = resolvePeriod(input.from, input.to, {
      finishedMonthsOnly: true,
      now: new Date(),
    });
    const published = await this.queries.allCentres([toWindow(period)]);
    return { period, ctx: await this.publishedContext(published, publishesPeople(period)) };
  }

  private async publishedContext(
    published: PublishedCounts,
    peoplePublished: boolean,
  ): Promise<BuildContext> {
    const centres = await (
      await this.db.platform(CentreEntity)
    ).find({
      where: { kind: 'CENTRE' },
      order: { name: 'ASC' },
    });
    return {
      published: true,
      peoplePublished,
      centres: centres.map(toCentre),
      counts: new CountIndex(published.counts),
      rules: published.rules,
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
      peoplePublished: true,
      centres: [toCentre(centre)],
      counts: new CountIndex(counts),
      rules: null,
    };
  }

  private buildAll(
    ctx: BuildContext,
    window: number,
    withBreakdowns: boolean,
    only: FigureSpec[] = FIGURES,
  ): Map<ReportFigureKey, FigureResult> {
    return new Map(only.map((spec) => [spec.key, buildFigure(spec, ctx, window, withBreakdowns)]));
  }

  private toReport(scope: ReportScope, period: ResolvedPeriod, ctx: BuildContext): ReportModel {
    const built = this.buildAll(ctx, 1, true);
    const figures = FIGURES.map((spec) => {
      const result = built.get(spec.key) as FigureResult;
      return {
        key: spec.key,
        label: spec.label,
        description: spec.description,
        unit: spec.unit,
        countsPeople: spec.countsPeople,
        published: result.published,
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
      period: periodModel(period, ctx),
      suppression: ctx.rules ? this.suppression(ctx.rules, hiddenNumbers) : null,
      figures,
    };
  }

  private toSeries(
    scope: ReportScope,
    figure: ReportFigureKey,
    months: MonthSpan['first'][],
    ctx: BuildContext,
  ): ReportTimeSeriesModel {
    const spec = figureSpec(figure);
    const monthly = months.map((_, index) => buildFigure(spec, ctx, index + 1, false));
    const rows = monthly[0].rows.map((row, index) => ({
      centreId: row.centreId,
      centreName: row.centreName,
      points: monthly.map((result) => ({
        value: result.rows[index].value,
        suppressed: result.rows[index].suppressed,
      })),
    }));
    const hidden = countHidden(rows.map((row) => row.points));
    return {
      figure,
      label: spec.label,
      unit: spec.unit,
      scope,
      months: months.map(monthKey),
      rows,
      suppression: ctx.rules ? this.suppression(ctx.rules, hidden) : null,
    };
  }

  private suppression(rules: PublishedRules, hiddenNumbers: number): ReportSuppressionModel {
    return {
      threshold: rules.threshold,
      maxNoise: rules.maxNoise,
      rule: SUPPRESSION_RULE(rules),
      hiddenNumbers,
    };
  }
}

/** The counts a time series uses: its figure's totals (or the states or days it comes from). */
function seriesCounts(figure: ReportFigureKey): FigureFilter {
  const spec = figureSpec(figure);
  return {
    figures: [spec.type === 'count' ? spec.key : spec.source],
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

function periodModel(period: ResolvedPeriod, ctx: BuildContext) {
  const offTheGrid = ctx.published && !ctx.peoplePublished ? OFF_THE_GRID : null;
  return {
    from: period.first.toISODate() as string,
    to: period.last.endOf('month').toISODate() as string,
    months: period.months,
    label: period.label,
    note: [period.note, offTheGrid].filter(Boolean).join(' ') || null,
  };
}

function toCentre(centre: CentreEntity): ReportCentre {
  return { id: centre.id, name: centre.name };
}
