import type { FigureCount } from '@link/platform/tenancy';

import { type ProtectedCell, protectTable } from './disclosure-control';
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
  rows: FigureRowResult[];
  breakdowns: BreakdownResult[];
}

/**
 * How to build: `published` applies disclosure control to every centre and adds the national
 * row; otherwise the one centre sees its own counts as they are.
 */
export interface BuildContext {
  published: boolean;
  centres: ReportCentre[];
  k: number;
  counts: CountIndex;
}

/** Which counted window is the report's, and which are its neighbouring periods. */
export interface WindowChoice {
  main: number;
  neighbours: number[];
}

/**
 * The counts from the report functions, looked up by figure, dimension, category, centre and
 * window. Nested maps rather than one map of joined keys: a report makes tens of thousands of
 * lookups, and a joined key would be a new string for every one of them.
 */
export class CountIndex {
  private readonly figures = new Map<string, Map<string, Map<string, Map<string, number[]>>>>();

  constructor(counts: FigureCount[]) {
    for (const count of counts) {
      const byCentre = child(
        child(child(this.figures, count.figure), count.dimension),
        count.category,
      );
      const byWindow = byCentre.get(count.centreId) ?? [];
      byWindow[count.windowNo] = count.value;
      byCentre.set(count.centreId, byWindow);
    }
  }

  value(figure: string, dimension: string, category: string, centreId: string, window: number) {
    return this.figures.get(figure)?.get(dimension)?.get(category)?.get(centreId)?.[window] ?? 0;
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

/**
 * A municipality is named in published figures only when at least ten times k people have ever
 * come to a centre from it; the rest are counted as "other municipalities". The list only
 * grows, and does not depend on the period asked for.
 */
export const NAMED_MUNICIPALITY_FACTOR = 10;

export function buildFigure(
  spec: FigureSpec,
  ctx: BuildContext,
  windows: WindowChoice,
  withBreakdowns: boolean,
  decided: Map<string, FigureResult>,
): FigureResult {
  if (spec.type === 'share') return buildShare(spec, ctx, windows, decided);
  if (spec.type === 'percentile') return buildPercentile(spec, ctx, windows, decided);
  return buildCount(spec, ctx, windows, withBreakdowns);
}

function buildCount(
  spec: CountFigureSpec,
  ctx: BuildContext,
  windows: WindowChoice,
  withBreakdowns: boolean,
): FigureResult {
  const figure = spec.key;
  const at = (window: number) => (spec.snapshot ? 0 : window);
  const count = (dimension: string, categories: string[], centreId: string, window: number) =>
    categories.reduce(
      (sum, category) => sum + ctx.counts.value(figure, dimension, category, centreId, at(window)),
      0,
    );
  const neighbours = spec.snapshot ? [] : windows.neighbours;
  const cellFor = (dimension: string, categories: string[], centreId: string): ProtectedCell => ({
    value: count(dimension, categories, centreId, windows.main),
    neighbours: neighbours.map((window) => count(dimension, categories, centreId, window)),
    locked: false,
    suppressed: false,
  });

  // The totals: one cell per centre, and the country as their sum.
  const totals = ctx.centres.map((centre) => cellFor(TOTAL, [TOTAL], centre.id));
  const national = sumCells(totals);
  if (isProtected(spec, ctx)) {
    const cells = [...totals, national];
    protectTable({ cells, lines: [cells.map((_, index) => index)] }, ctx.k);
  }
  const rows: FigureRowResult[] = ctx.centres.map((centre, index) => ({
    centreId: centre.id,
    centreName: centre.name,
    ...shown(totals[index]),
  }));
  if (ctx.published) rows.push({ centreId: null, centreName: NATIONAL_LABEL, ...shown(national) });

  const breakdowns = withBreakdowns
    ? spec.dimensions.map((dimension) =>
        buildBreakdown(spec, dimension, ctx, { totals, national }, cellFor),
      )
    : [];
  return { spec, rows, breakdowns };
}

/**
 * Published counts of people are protected; counts of the centres' work (groups, meetings,
 * follow-ups, courses) are published exactly. Each table line holds one figure's cells only, so
 * an exact work figure never completes a line that hides a count of people.
 */
function isProtected(spec: CountFigureSpec, ctx: BuildContext): boolean {
  return ctx.published && spec.countsPeople;
}

function buildBreakdown(
  spec: CountFigureSpec,
  dimension: ReportDimension,
  ctx: BuildContext,
  margins: { totals: ProtectedCell[]; national: ProtectedCell },
  cellFor: (dimension: string, categories: string[], centreId: string) => ProtectedCell,
): BreakdownResult {
  const groups = categoryGroups(spec, dimension, ctx);
  const interior = ctx.centres.map((centre) =>
    groups.map((group) => cellFor(dimension, group.members, centre.id)),
  );
  const columnTotals = groups.map((_, column) => sumCells(interior.map((row) => row[column])));

  if (isProtected(spec, ctx)) {
    // Margins shared with the totals keep the state they were given there.
    const rowTotals = margins.totals.map((cell) => ({ ...cell, locked: true }));
    const corner = { ...margins.national, locked: true };
    const cells = [...interior.flat(), ...columnTotals, ...rowTotals, corner];
    const width = groups.length;
    const at = (row: number, column: number) => row * width + column;
    const columnTotalAt = (column: number) => ctx.centres.length * width + column;
    const rowTotalAt = (row: number) => ctx.centres.length * width + width + row;
    const cornerAt = cells.length - 1;
    const lines: number[][] = groups.map((_, column) => [
      ...ctx.centres.map((_, row) => at(row, column)),
      columnTotalAt(column),
    ]);
    if (DIMENSIONS[dimension].additive) {
      ctx.centres.forEach((_, row) =>
        lines.push([...groups.map((_, column) => at(row, column)), rowTotalAt(row)]),
      );
      lines.push([...groups.map((_, column) => columnTotalAt(column)), cornerAt]);
    }
    protectTable({ cells, lines }, ctx.k);
  }

  const rows = ctx.centres.map((centre, row) => ({
    centreId: centre.id as string | null,
    centreName: centre.name,
    cells: interior[row].map(shown),
  }));
  if (ctx.published) {
    rows.push({ centreId: null, centreName: NATIONAL_LABEL, cells: columnTotals.map(shown) });
  }
  return {
    dimension,
    label: DIMENSIONS[dimension].label,
    categories: groups.map((group) => ({ key: group.key, label: group.label })),
    rows,
  };
}

interface CategoryGroup {
  key: string;
  label: string;
  /** The counted categories shown together under this one. */
  members: string[];
}

function categoryGroups(
  spec: CountFigureSpec,
  dimension: ReportDimension,
  ctx: BuildContext,
): CategoryGroup[] {
  const fixed = Object.entries(DIMENSIONS[dimension].categories);
  if (dimension !== ReportDimension.MUNICIPALITY) {
    const counted = ctx.counts.categoriesOf(spec.key, dimension);
    const known = new Set(fixed.map(([category]) => category));
    // A value the catalogue does not know yet is shown under its own code, not dropped.
    const extra = counted.filter((category) => !known.has(category)).sort();
    return [
      ...fixed.map(([key, label]) => ({ key, label, members: [key] })),
      ...extra.map((key) => ({ key, label: key, members: [key] })),
    ];
  }

  const counted = ctx.counts.categoriesOf(spec.key, dimension);
  const named = ctx.published ? namedMunicipalities(ctx) : null;
  const isNamed = (municipality: string) =>
    municipality !== UNKNOWN &&
    municipality !== OTHER_MUNICIPALITIES &&
    (named === null || named.has(municipality));
  const names = counted.filter(isNamed).sort((a, b) => a.localeCompare(b, 'nb'));
  const groups: CategoryGroup[] = names.map((name) => ({
    key: name,
    label: name,
    members: [name],
  }));
  const others = counted.filter((category) => category !== UNKNOWN && !isNamed(category));
  if (named !== null || others.length > 0) {
    groups.push({
      key: OTHER_MUNICIPALITIES,
      label: categoryLabel(dimension, OTHER_MUNICIPALITIES),
      members: others,
    });
  }
  groups.push({ key: UNKNOWN, label: categoryLabel(dimension, UNKNOWN), members: [UNKNOWN] });
  return groups;
}

function namedMunicipalities(ctx: BuildContext): Set<string> {
  const minimum = NAMED_MUNICIPALITY_FACTOR * ctx.k;
  const named = new Set<string>();
  for (const municipality of ctx.counts.categoriesOf('MUNICIPALITY_SIZE', 'MUNICIPALITY')) {
    const everyone = ctx.centres.reduce(
      (sum, centre) =>
        sum + ctx.counts.value('MUNICIPALITY_SIZE', 'MUNICIPALITY', municipality, centre.id, 0),
      0,
    );
    if (everyone >= minimum) named.add(municipality);
  }
  return named;
}

function buildShare(
  spec: ShareFigureSpec,
  ctx: BuildContext,
  windows: WindowChoice,
  decided: Map<string, FigureResult>,
): FigureResult {
  const stateCount = (state: string, centreIds: string[]) =>
    centreIds.reduce(
      (sum, id) => sum + ctx.counts.value(spec.source, 'STATE', state, id, windows.main),
      0,
    );
  return derived(spec, ctx, decided, (centreIds) => {
    const met = stateCount('MET', centreIds);
    const due = met + stateCount('MISSED', centreIds);
    return { people: due, value: due === 0 ? null : Math.round((100 * met) / due) };
  });
}

function buildPercentile(
  spec: PercentileFigureSpec,
  ctx: BuildContext,
  windows: WindowChoice,
  decided: Map<string, FigureResult>,
): FigureResult {
  const days = ctx.counts
    .categoriesOf(spec.source, 'DAYS')
    .map(Number)
    .sort((a, b) => a - b);
  // Each centre's histogram once; the country's is their sum.
  const peopleByCentre = new Map(
    ctx.centres.map((centre) => [
      centre.id,
      days.map((day) =>
        ctx.counts.value(spec.source, 'DAYS', String(day), centre.id, windows.main),
      ),
    ]),
  );
  return derived(spec, ctx, decided, (centreIds) => {
    const histogram = days
      .map((day, index) => ({
        day,
        people: centreIds.reduce((sum, id) => sum + (peopleByCentre.get(id)?.[index] ?? 0), 0),
      }))
      .filter((bucket) => bucket.people > 0);
    const people = histogram.reduce((sum, bucket) => sum + bucket.people, 0);
    return {
      people,
      value: people === 0 ? null : nearestRank(histogram, people, spec.percentile),
      minimum: spec.minimumPeople,
    };
  });
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

/**
 * A share or percentile per centre and for the country. Published, it is shown only when at least
 * k people are behind it (more for a high percentile), and never when the count that guards it
 * is hidden for that row: no percentage from a hidden cell.
 */
function derived(
  spec: ShareFigureSpec | PercentileFigureSpec,
  ctx: BuildContext,
  decided: Map<string, FigureResult>,
  compute: (centreIds: string[]) => { people: number; value: number | null; minimum?: number },
): FigureResult {
  const guard = decided.get(spec.guardedBy);
  if (!guard) throw new Error(`${spec.key} needs ${spec.guardedBy} built first.`);
  const rowFor = (centreIds: string[], row: number): FigureValue => {
    const { people, value, minimum = 0 } = compute(centreIds);
    if (!ctx.published) return { value, suppressed: false };
    const hidden = guard.rows[row].suppressed || people < Math.max(ctx.k, minimum);
    return hidden ? { value: null, suppressed: people > 0 } : { value, suppressed: false };
  };
  const rows: FigureRowResult[] = ctx.centres.map((centre, index) => ({
    centreId: centre.id,
    centreName: centre.name,
    ...rowFor([centre.id], index),
  }));
  if (ctx.published) {
    rows.push({
      centreId: null,
      centreName: NATIONAL_LABEL,
      ...rowFor(
        ctx.centres.map((centre) => centre.id),
        ctx.centres.length,
      ),
    });
  }
  return { spec, rows, breakdowns: [] };
}

function sumCells(cells: ProtectedCell[]): ProtectedCell {
  return {
    value: cells.reduce((sum, cell) => sum + cell.value, 0),
    neighbours: (cells[0]?.neighbours ?? []).map((_, index) =>
      cells.reduce((sum, cell) => sum + cell.neighbours[index], 0),
    ),
    locked: false,
    suppressed: false,
  };
}

function shown(cell: ProtectedCell): FigureValue {
  return cell.suppressed
    ? { value: null, suppressed: true }
    : { value: cell.value, suppressed: false };
}
