import type { FigureCount, PublishedRules } from '@link/platform/tenancy';

import {
  type CountFigureSpec,
  categoryLabel,
  DIMENSIONS,
  type FigureSpec,
  OTHER_MUNICIPALITIES,
  type PercentileFigureSpec,
  ReportDimension,
  type ShareFigureSpec,
  TOTAL,
  UNKNOWN,
} from './figure-catalog';

export interface ReportCentre {
  id: string;
  name: string;
}

export const NATIONAL_LABEL = 'Hele landet';

/** A published number: null when it is hidden or cannot be computed (no one to count). */
export interface FigureValue {
  value: number | null;
  suppressed: boolean;
}

export interface FigureRowResult extends FigureValue {
  /** Null on the national row. */
  centreId: string | null;
  centreName: string;
}

export interface BreakdownResult {
  dimension: ReportDimension;
  label: string;
  categories: { key: string; label: string }[];
  rows: { centreId: string | null; centreName: string; cells: FigureValue[] }[];
}

export interface FigureResult {
  spec: FigureSpec;
  /** False for a count of people in a published report whose period is off the grid. */
  published: boolean;
  rows: FigureRowResult[];
  breakdowns: BreakdownResult[];
}

/**
 * How to build. `published`: the counts are the database's protected ones
 * (docs/decisions/0006-published-figures.md), for every centre and the country, and are shown as
 * they come; `peoplePublished` says whether the period is one that counts of people are published
 * for. Otherwise the one centre sees its own exact counts, and shares and percentiles are
 * computed from them here.
 */
export interface BuildContext {
  published: boolean;
  peoplePublished: boolean;
  centres: ReportCentre[];
  counts: CountIndex;
  /** The rules the database protected published counts by; null for a centre's own. */
  rules: PublishedRules | null;
}

/** The key the country's counts are kept under in a CountIndex. */
const COUNTRY = '';

/**
 * The counts from the report functions, looked up by figure, dimension, category, centre and
 * window. Nested maps rather than one map of joined keys: a report makes tens of thousands of
 * lookups, and a joined key would be a new string for every one of them.
 */
export class CountIndex {
  private readonly figures = new Map<
    string,
    Map<string, Map<string, Map<string, (number | null)[]>>>
  >();

  constructor(counts: FigureCount[]) {
    for (const count of counts) {
      const byCentre = child(
        child(child(this.figures, count.figure), count.dimension),
        count.category,
      );
      const centre = count.centreId ?? COUNTRY;
      const byWindow = byCentre.get(centre) ?? [];
      byWindow[count.windowNo] = count.value;
      byCentre.set(centre, byWindow);
    }
  }

  /** An exact count (a centre's own), 0 when nothing was counted. */
  value(figure: string, dimension: string, category: string, centreId: string, window: number) {
    return this.cell(figure, dimension, category, centreId, window).value ?? 0;
  }

  /** A number as published: hidden when the database returned null, 0 when it returned nothing. */
  cell(
    figure: string,
    dimension: string,
    category: string,
    centreId: string | null,
    window: number,
  ): FigureValue {
    const byWindow = this.figures
      .get(figure)
      ?.get(dimension)
      ?.get(category)
      ?.get(centreId ?? COUNTRY);
    if (!byWindow || byWindow[window] === undefined) return { value: 0, suppressed: false };
    const value = byWindow[window];
    return value === null ? { value: null, suppressed: true } : { value, suppressed: false };
  }

  /** Like `cell`, but nothing returned means there was nothing to compute (a share of none). */
  derivedCell(
    figure: string,
    dimension: string,
    category: string,
    centreId: string | null,
    window: number,
  ): FigureValue {
    const found = this.figures
      .get(figure)
      ?.get(dimension)
      ?.get(category)
      ?.get(centreId ?? COUNTRY)?.[window];
    if (found === undefined) return { value: null, suppressed: false };
    return found === null ? { value: null, suppressed: true } : { value: found, suppressed: false };
  }

  categoriesOf(figure: string, dimension: string): string[] {
    return [...(this.figures.get(figure)?.get(dimension)?.keys() ?? [])];
  }
}

function child<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let found = map.get(key);
  if (!found) map.set(key, (found = new Map()));
  return found;
}

export function buildFigure(
  spec: FigureSpec,
  ctx: BuildContext,
  window: number,
  withBreakdowns: boolean,
): FigureResult {
  if (ctx.published && spec.countsPeople && !ctx.peoplePublished) return notPublished(spec, ctx);
  if (spec.type === 'share') return buildShare(spec, ctx, window);
  if (spec.type === 'percentile') return buildPercentile(spec, ctx, window);
  return buildCount(spec, ctx, window, withBreakdowns);
}

/** One row per centre, and the country's when published. */
function rowHeads(ctx: BuildContext): { centreId: string | null; centreName: string }[] {
  const heads = ctx.centres.map((centre) => ({
    centreId: centre.id as string | null,
    centreName: centre.name,
  }));
  return ctx.published ? [...heads, { centreId: null, centreName: NATIONAL_LABEL }] : heads;
}

function rowsFor(
  ctx: BuildContext,
  valueOf: (centreId: string | null) => FigureValue,
): FigureRowResult[] {
  return rowHeads(ctx).map((head) => ({ ...head, ...valueOf(head.centreId) }));
}

function notPublished(spec: FigureSpec, ctx: BuildContext): FigureResult {
  const rows = rowsFor(ctx, () => ({ value: null, suppressed: false }));
  return { spec, published: false, rows, breakdowns: [] };
}

function buildCount(
  spec: CountFigureSpec,
  ctx: BuildContext,
  window: number,
  withBreakdowns: boolean,
): FigureResult {
  const at = spec.snapshot ? 0 : window;
  const cell = (dimension: string, category: string, centreId: string | null) =>
    ctx.counts.cell(spec.key, dimension, category, centreId, at);
  const rows = rowsFor(ctx, (centreId) => cell(TOTAL, TOTAL, centreId));
  const breakdowns = withBreakdowns
    ? spec.dimensions.map((dimension) => {
        const categories = categoriesOf(spec, dimension, ctx);
        return {
          dimension,
          label: DIMENSIONS[dimension].label,
          categories,
          rows: rowHeads(ctx).map((head) => ({
            ...head,
            cells: categories.map((category) => cell(dimension, category.key, head.centreId)),
          })),
        };
      })
    : [];
  return { spec, published: true, rows, breakdowns };
}

/**
 * A dimension's fixed categories in their order, then any the catalogue does not know yet (shown
 * under their own code, not dropped). Municipalities come from the counts: published ones have
 * already been merged by the database (those fewer than 10·k people ever came from are "other").
 */
function categoriesOf(spec: CountFigureSpec, dimension: ReportDimension, ctx: BuildContext) {
  const counted = ctx.counts.categoriesOf(spec.key, dimension);
  if (dimension === ReportDimension.MUNICIPALITY) {
    const names = counted
      .filter((category) => category !== UNKNOWN && category !== OTHER_MUNICIPALITIES)
      .sort((a, b) => a.localeCompare(b, 'nb'));
    const others = ctx.published || counted.includes(OTHER_MUNICIPALITIES);
    return [...names, ...(others ? [OTHER_MUNICIPALITIES] : []), UNKNOWN].map((key) => ({
      key,
      label: categoryLabel(dimension, key),
    }));
  }
  const fixed = Object.entries(DIMENSIONS[dimension].categories);
  const known = new Set(fixed.map(([category]) => category));
  const extra = counted.filter((category) => !known.has(category)).sort();
  return [
    ...fixed.map(([key, label]) => ({ key, label })),
    ...extra.map((key) => ({ key, label: key })),
  ];
}

/** Published: the database's share of the perturbed counts. Own: met / (met + missed). */
function buildShare(spec: ShareFigureSpec, ctx: BuildContext, window: number): FigureResult {
  const rows = rowsFor(ctx, (centreId) => {
    if (ctx.published) {
      return ctx.counts.derivedCell(spec.source, 'SHARE', 'MET_PERCENT', centreId, window);
    }
    const count = (state: string) =>
      ctx.counts.value(spec.source, 'STATE', state, centreId as string, window);
    const met = count('MET');
    const due = met + count('MISSED');
    return { value: due === 0 ? null : Math.round((100 * met) / due), suppressed: false };
  });
  return { spec, published: true, rows, breakdowns: [] };
}

/** Published: the database's percentile of the perturbed histogram. Own: of the exact one. */
function buildPercentile(
  spec: PercentileFigureSpec,
  ctx: BuildContext,
  window: number,
): FigureResult {
  const rows = rowsFor(ctx, (centreId) => {
    if (ctx.published) {
      const category = String(Math.round(spec.percentile * 100));
      return ctx.counts.derivedCell(spec.source, 'PERCENTILE', category, centreId, window);
    }
    const histogram = ctx.counts
      .categoriesOf(spec.source, 'DAYS')
      .map((day) => ({
        day: Number(day),
        people: ctx.counts.value(spec.source, 'DAYS', day, centreId as string, window),
      }))
      .filter((bucket) => bucket.people > 0)
      .sort((a, b) => a.day - b.day);
    const people = histogram.reduce((sum, bucket) => sum + bucket.people, 0);
    return {
      value: people === 0 ? null : nearestRank(histogram, people, spec.percentile),
      suppressed: false,
    };
  });
  return { spec, published: true, rows, breakdowns: [] };
}

/** The smallest value with at least p of the people at or below it (PostgreSQL's percentile_disc). */
export function nearestRank(
  histogram: { day: number; people: number }[],
  people: number,
  p: number,
): number {
  const rank = Math.max(1, Math.ceil(p * people));
  let seen = 0;
  for (const bucket of histogram) {
    seen += bucket.people;
    if (seen >= rank) return bucket.day;
  }
  return histogram[histogram.length - 1].day;
}
