import { DIMENSIONS, FIGURES, type ReportDimension } from '@link/reporting';
import { type Month, monthKey, monthsIn, type Window, windowKey, yearOf } from './months';
import type { PublishedBreakdown, PublishedCell } from './published-tables';

/**
 * How a figure behaves over months, which decides what the attacker may soundly assume
 * (figure-catalog.ts; docs/decisions/0004-report-facts.md):
 * - additive: counted per month (inquiries, groups started, new people, meetings ...); a
 *   window's count is the sum of its months.
 * - span: distinct people, groups, volunteers, courses active in a window. Not a sum of months
 *   (someone in a group all year is one person). One unknown per window; a wider window counts
 *   at least as many, and at most the parts it is made of.
 * - point: qualified starters at the window's end: one unknown per last month.
 * - snapshot: waiting now, the same in every window.
 * - share: met / (met + missed) of a promise, over the inquiries of the window.
 * - unmodelled: percentiles (the attacker could bound them, this one does not).
 */
export type FigureShape = 'additive' | 'span' | 'point' | 'snapshot' | 'share' | 'unmodelled';

export const FIGURE_SHAPES: Record<string, FigureShape> = {
  INQUIRIES_RECEIVED: 'additive',
  ANSWERED_WITHIN_A_DAY: 'share',
  CONVERSATION_WITHIN_A_WEEK: 'share',
  CONVERSATION_HELD_WITHIN_A_WEEK: 'share',
  DAYS_TO_GROUP_MEDIAN: 'unmodelled',
  DAYS_TO_GROUP_P90: 'unmodelled',
  WAITING_NOW: 'snapshot',
  GROUPS_STARTED: 'additive',
  GROUPS_ACTIVE: 'span',
  GROUPS_SELF_RUN: 'span',
  GROUPS_ENDED: 'additive',
  PARTICIPANTS_ACTIVE: 'span',
  PARTICIPANTS_NEW: 'additive',
  OPEN_GROUP_MEETINGS: 'additive',
  OPEN_GROUP_ATTENDANCE: 'additive',
  FOLLOW_UPS: 'additive',
  REFERRALS: 'additive',
  ACTIVE_VOLUNTEERS: 'span',
  QUALIFIED_STARTERS: 'point',
  COURSES_HELD: 'span',
  PEOPLE_TRAINED: 'additive',
};

/** The state counts behind each share (reporting.centre_month_counts). */
export const SHARE_SOURCES: Record<string, string> = {
  ANSWERED_WITHIN_A_DAY: 'ANSWER_PROMISE',
  CONVERSATION_WITHIN_A_WEEK: 'CONVERSATION_PROMISE',
  CONVERSATION_HELD_WITHIN_A_WEEK: 'CONVERSATION_HELD',
};
const SHARE_GUARD = 'INQUIRIES_RECEIVED';
export const NATIONAL_NAME = 'Hele landet';

/**
 * With perturbation the database computes a share from the published (perturbed) met and missed
 * counts of the cell, which are unknowns of their own: `ANSWER_PROMISE~published` and so on,
 * each within the noise bound of the true count.
 */
export const PUBLISHED_STATE = '~published';

/** Figures counting the centres' work are published exactly, perturbed or not. */
const EXACT_FIGURES = new Set(
  FIGURES.filter((spec) => !spec.countsPeople).map((spec) => spec.key as string),
);

/** Whether a small count of this figure can point to a person (work figures cannot). */
export function countsPeople(figure: string): boolean {
  return !EXACT_FIGURES.has(figure);
}

/**
 * A new person's age band is their age on the window's last day, so one month's new people fall
 * in different bands for windows ending in different years: each end year is its own breakdown.
 */
export function dimensionVariant(figure: string, dimension: string, window: Window): string {
  return figure === 'PARTICIPANTS_NEW' && dimension === 'AGE_BAND'
    ? `AGE_BAND@${yearOf(window.last)}`
    : dimension;
}

export function baseDimension(variant: string): string {
  return variant.split('@')[0];
}

/** What an unknown or a target stands for: a count of one centre (or the country). */
export interface CellIdentity {
  centreId: string | null;
  figure: string;
  /** The dimension, or its per-end-year variant (AGE_BAND@2026). */
  dimension: string;
  category: string;
  window: Window;
}

export interface Variable {
  name: string;
  identity: CellIdentity;
  /** Filled in from the truth before solving, to check the model holds for the real data. */
  truth?: number;
}

export type Terms = [variable: number, coefficient: number][];

export interface Constraint {
  terms: Terms;
  lower: number;
  upper: number;
  /** The sub-models (see `familiesOf`) this constraint belongs to. */
  families: string[];
  /** Why it holds, for a failed soundness check. */
  reason: string;
}

export class LinearModel {
  readonly variables: Variable[] = [];
  readonly constraints: Constraint[] = [];
  private readonly byKey = new Map<string, number>();

  variable(identity: CellIdentity): number {
    const key = identityKey(identity);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.variables.length;
      this.variables.push({ name: `x${index}`, identity });
      this.byKey.set(key, index);
    }
    return index;
  }

  find(identity: CellIdentity): number | undefined {
    return this.byKey.get(identityKey(identity));
  }

  add(terms: Terms, lower: number, upper: number, families: string[], reason: string): void {
    const merged = new Map<number, number>();
    for (const [variable, coefficient] of terms)
      merged.set(variable, (merged.get(variable) ?? 0) + coefficient);
    const clean: Terms = [...merged].filter(([, coefficient]) => coefficient !== 0);
    if (clean.length === 0) return;
    this.constraints.push({ terms: clean, lower, upper, families, reason });
  }
}

export function identityKey(identity: CellIdentity): string {
  return `${identity.centreId ?? NATIONAL_NAME}|${identity.figure}|${identity.dimension}|${identity.category}|${windowKey(identity.window)}`;
}

/** Which sub-model a figure's breakdown is solved in: span figures per dimension, others whole. */
export function familyOf(figure: string, dimension: string): string {
  if (FIGURE_SHAPES[figure] === 'share' || Object.values(SHARE_SOURCES).includes(figure))
    return SHARE_GUARD;
  return FIGURE_SHAPES[figure] === 'span' ? `${figure}|${baseDimension(dimension)}` : figure;
}

/** Span figures' totals-only constraints hold in every one of the figure's sub-models. */
function familiesOf(figure: string, dimensions: string[]): string[] {
  if (FIGURE_SHAPES[figure] !== 'span') return [familyOf(figure, 'TOTAL')];
  const others = dimensions.filter((dimension) => dimension !== 'TOTAL');
  if (others.length > 0) return [...new Set(others.map((d) => familyOf(figure, d)))];
  const spec = FIGURES.find((candidate) => candidate.key === figure);
  const all = spec?.type === 'count' ? spec.dimensions : [];
  return [familyOf(figure, 'TOTAL'), ...all.map((d) => familyOf(figure, d))];
}

export interface ModelInput {
  cells: PublishedCell[];
  breakdowns: PublishedBreakdown[];
  centreIds: string[];
  /** Every month any published window covers. */
  months: { first: Month; last: Month };
  k: number;
  /**
   * How far a shown count of people may be from the true one: 0 when shown counts are exact.
   * With the database's perturbation (docs/decisions/0006-published-figures.md) it is the
   * published bound (`maxNoise`), and the attacker assumes only what is published: a shown
   * count is the true one ± this, zero only from zero; a hidden one came from 1 to k−1 + this;
   * a share is of perturbed counts. Counts of work stay exact.
   */
  noiseBound: number;
}

/**
 * The attacker's linear system: one unknown per atomic count, one constraint per published
 * number, and what holds between them whatever the data (categories add up to the total, the
 * centres to the country, a window is the sum of its months ...). Every constraint is true of
 * the real counts; `checkAgainstTruth` proves it for each run.
 */
export class ModelBuilder {
  readonly model = new LinearModel();
  private readonly categories = new Map<string, Set<string>>();
  private readonly spanWindows = new Map<string, Map<string, Window>>();
  private readonly guards = new Map<string, boolean>();
  private readonly ageYears = new Set<number>();

  constructor(private readonly input: ModelInput) {
    for (const cell of input.cells) {
      const key = `${cell.figure}|${cell.dimension}`;
      if (!this.categories.has(key))
        this.categories.set(key, new Set(fixedCategories(cell.dimension)));
      this.categories.get(key)?.add(cell.category);
      if (FIGURE_SHAPES[cell.figure] === 'span') {
        const windows = this.spanWindows.get(key) ?? new Map<string, Window>();
        windows.set(windowKey(cell.window), cell.window);
        this.spanWindows.set(key, windows);
      }
      if (cell.figure === SHARE_GUARD && cell.dimension === 'TOTAL') {
        this.guards.set(`${cell.centreId}|${windowKey(cell.window)}`, cell.suppressed);
      }
      if (cell.figure === 'PARTICIPANTS_NEW' && cell.dimension === 'AGE_BAND')
        this.ageYears.add(yearOf(cell.window.last));
    }
  }

  build(): LinearModel {
    this.structure();
    for (const cell of this.input.cells) this.publishedCell(cell);
    this.absentCategories();
    return this.model;
  }

  /** The unknowns a published cell is the sum of, or undefined when it is not modelled. */
  expression(identity: CellIdentity): Terms | undefined {
    const { figure, window } = identity;
    const centres = identity.centreId === null ? this.input.centreIds : [identity.centreId];
    const shape = FIGURE_SHAPES[figure];
    const terms: Terms = [];
    for (const centreId of centres) {
      if (shape === 'additive') {
        for (const value of monthsIn(window)) {
          terms.push([
            this.model.variable({ ...identity, centreId, window: { first: value, last: value } }),
            1,
          ]);
        }
      } else if (shape === 'span') {
        terms.push([this.model.variable({ ...identity, centreId }), 1]);
      } else if (shape === 'point') {
        terms.push([
          this.model.variable({
            ...identity,
            centreId,
            window: { first: window.last, last: window.last },
          }),
          1,
        ]);
      } else if (shape === 'snapshot') {
        terms.push([
          this.model.variable({ ...identity, centreId, window: { first: 0, last: 0 } }),
          1,
        ]);
      } else return undefined;
    }
    return terms;
  }

  /** Met (and missed) inquiries of a promise over a window, for one centre or the country. */
  stateExpression(
    source: string,
    state: 'MET' | 'MISSED',
    centreId: string | null,
    window: Window,
  ): Terms {
    const centres = centreId === null ? this.input.centreIds : [centreId];
    return centres.flatMap((id) =>
      monthsIn(window).map((value): [number, number] => [
        this.model.variable({
          centreId: id,
          figure: source,
          dimension: 'STATE',
          category: state,
          window: { first: value, last: value },
        }),
        1,
      ]),
    );
  }

  private publishedCell(cell: PublishedCell): void {
    const shape = FIGURE_SHAPES[cell.figure];
    if (shape === 'share') return this.shareCell(cell);
    if (cell.value === null) return;
    const identity = {
      centreId: cell.centreId,
      figure: cell.figure,
      dimension: dimensionVariant(cell.figure, cell.dimension, cell.window),
      category: cell.category,
      window: cell.window,
    };
    const terms = this.expression(identity);
    if (!terms) return;
    const noise = EXACT_FIGURES.has(cell.figure) ? 0 : this.input.noiseBound;
    const families = familiesOf(cell.figure, [cell.dimension]);
    if (cell.value === null) {
      // Perturbed and hidden: shown 1 to k−1, so the true count was at least 1 (zero stays zero).
      if (cell.suppressed && noise > 0)
        this.model.add(
          terms,
          1,
          this.input.k - 1 + noise,
          families,
          `hidden: ${cell.table} ${identityKey(identity)} in 1..${this.input.k - 1} ± ${noise}`,
        );
      return;
    }
    this.model.add(
      terms,
      Math.max(noise > 0 && cell.value > 0 ? 1 : 0, cell.value - noise),
      cell.value + noise,
      families,
      `published: ${cell.table} ${identityKey(identity)} = ${cell.value}${noise ? ` ± ${noise}` : ''}`,
    );
  }

  /** The published (perturbed) count of a promise's state in one cell, and its link to the true one. */
  private publishedState(
    source: string,
    state: 'MET' | 'MISSED',
    centreId: string | null,
    window: Window,
  ): Terms {
    const identity = {
      centreId,
      figure: `${source}${PUBLISHED_STATE}`,
      dimension: 'STATE',
      category: state,
      window,
    };
    const known = this.model.find(identity) !== undefined;
    const shown = this.model.variable(identity);
    if (!known) {
      const noise = this.input.noiseBound;
      this.model.add(
        [[shown, 1], ...this.stateExpression(source, state, centreId, window).map(negate)],
        -noise,
        noise,
        [SHARE_GUARD],
        `published ${identityKey(identity)} = true ± ${noise}`,
      );
    }
    return [[shown, 1]];
  }

  /**
   * A share p of a promise is round(100 · met / due): (p − ½)·due ≤ 100·met < (p + ½)·due. It is
   * shown only with at least k inquiries due; hidden, there was at least one, and fewer than k
   * when the inquiries it is guarded by are shown; empty and not hidden, there were none.
   */
  private shareCell(cell: PublishedCell): void {
    const source = SHARE_SOURCES[cell.figure];
    const states = (state: 'MET' | 'MISSED') =>
      this.input.noiseBound > 0
        ? this.publishedState(source, state, cell.centreId, cell.window)
        : this.stateExpression(source, state, cell.centreId, cell.window);
    const met = states('MET');
    const missed = states('MISSED');
    const due: Terms = [...met, ...missed];
    const families = [SHARE_GUARD];
    const where = `${cell.table} ${cell.figure} ${cell.centreId ?? NATIONAL_NAME}`;
    const k = this.input.k;
    if (cell.value !== null) {
      const p = cell.value;
      const scaled = (terms: Terms, factor: number): Terms =>
        terms.map(([v, c]) => [v, c * factor]);
      this.model.add(
        [...scaled(met, 200), ...scaled(due, -(2 * p - 1))],
        0,
        Infinity,
        families,
        `share ${where} ≥ ${p} − ½`,
      );
      this.model.add(
        [...scaled(met, 200), ...scaled(due, -(2 * p + 1))],
        -Infinity,
        -1,
        families,
        `share ${where} < ${p} + ½`,
      );
      this.model.add(due, k, Infinity, families, `share ${where} shown: at least k due`);
    } else if (cell.suppressed) {
      const guardHidden = this.guards.get(`${cell.centreId}|${windowKey(cell.window)}`);
      // Perturbed, a share is hidden exactly when fewer than k (perturbed) are due.
      const upper = guardHidden === false || this.input.noiseBound > 0 ? k - 1 : Infinity;
      this.model.add(
        due,
        1,
        upper,
        families,
        `share ${where} hidden (guard ${guardHidden ? 'hidden' : 'shown'})`,
      );
    } else {
      this.model.add(due, 0, 0, families, `share ${where} empty: none due`);
    }
  }

  private structure(): void {
    const { centreIds, months } = this.input;
    for (const spec of FIGURES) {
      const shape = FIGURE_SHAPES[spec.key];
      if (spec.type !== 'count') continue;
      const dimensions = spec.dimensions as string[];
      if (shape === 'additive') {
        for (const centreId of centreIds) {
          for (let value = months.first; value <= months.last; value++) {
            const window = { first: value, last: value };
            const total = this.model.variable({
              centreId,
              figure: spec.key,
              dimension: 'TOTAL',
              category: 'TOTAL',
              window,
            });
            for (const dimension of dimensions) {
              const variants =
                spec.key === 'PARTICIPANTS_NEW' && dimension === 'AGE_BAND'
                  ? [...this.ageYears]
                      .filter((year) => year >= yearOf(value))
                      .map((year) => `AGE_BAND@${year}`)
                  : [dimension];
              for (const variant of variants)
                this.categoryLine(centreId, spec.key, dimension, variant, window, total);
            }
          }
        }
        if (spec.key === SHARE_GUARD) this.shareStructure();
      } else if (shape === 'span') {
        for (const dimension of ['TOTAL', ...dimensions]) this.spanStructure(spec.key, dimension);
        const totals = this.spanWindows.get(`${spec.key}|TOTAL`) ?? new Map<string, Window>();
        for (const centreId of centreIds) {
          for (const dimension of dimensions) {
            for (const window of (
              this.spanWindows.get(`${spec.key}|${dimension}`) ?? new Map()
            ).values()) {
              if (!totals.has(windowKey(window))) continue;
              const total = this.model.variable({
                centreId,
                figure: spec.key,
                dimension: 'TOTAL',
                category: 'TOTAL',
                window,
              });
              this.categoryLine(centreId, spec.key, dimension, dimension, window, total);
            }
          }
        }
      }
    }
  }

  /** A centre's categories add up to its total; overlapping ones (target groups) each ≤ it. */
  private categoryLine(
    centreId: string,
    figure: string,
    dimension: string,
    variant: string,
    window: Window,
    total: number,
  ): void {
    const categories = [...(this.categories.get(`${figure}|${dimension}`) ?? [])];
    const cells = categories.map((category) =>
      this.model.variable({ centreId, figure, dimension: variant, category, window }),
    );
    const families = familiesOf(figure, [dimension]);
    const where = `${figure} ${variant} ${centreId} ${windowKey(window)}`;
    if (DIMENSIONS[dimension as ReportDimension]?.additive === false) {
      for (const cell of cells)
        this.model.add(
          [
            [cell, 1],
            [total, -1],
          ],
          -Infinity,
          0,
          families,
          `${where}: a category ≤ total`,
        );
    } else {
      this.model.add(
        [...cells.map((cell): [number, number] => [cell, 1]), [total, -1]],
        0,
        0,
        families,
        `${where}: categories = total`,
      );
    }
  }

  /**
   * Distinct counts over windows: a window holds at least what a window inside it holds, and at
   * most the sum of two windows that cover it.
   */
  private spanStructure(figure: string, dimension: string): void {
    const windows = this.spanWindows.get(`${figure}|${dimension}`);
    if (!windows) return;
    const families = familiesOf(figure, [dimension]);
    for (const centreId of this.input.centreIds) {
      for (const category of this.categories.get(`${figure}|${dimension}`) ?? []) {
        const at = (window: Window) =>
          windows.has(windowKey(window))
            ? this.model.variable({ centreId, figure, dimension, category, window })
            : undefined;
        for (const window of windows.values()) {
          const self = at(window) as number;
          const where = `${figure} ${dimension} ${category} ${centreId} ${windowKey(window)}`;
          for (const wider of [
            { first: window.first - 1, last: window.last },
            { first: window.first, last: window.last + 1 },
          ]) {
            const other = at(wider);
            if (other !== undefined)
              this.model.add(
                [
                  [self, 1],
                  [other, -1],
                ],
                -Infinity,
                0,
                families,
                `${where} ≤ ${windowKey(wider)}`,
              );
          }
          if (window.last > window.first) {
            for (const [left, right] of [
              [
                { first: window.first, last: window.first },
                { first: window.first + 1, last: window.last },
              ],
              [
                { first: window.first, last: window.last - 1 },
                { first: window.last, last: window.last },
              ],
            ]) {
              const a = at(left);
              const b = at(right);
              if (a !== undefined && b !== undefined)
                this.model.add(
                  [
                    [self, 1],
                    [a, -1],
                    [b, -1],
                  ],
                  -Infinity,
                  0,
                  families,
                  `${where} ≤ its two parts`,
                );
            }
          }
        }
      }
    }
  }

  /** Met plus missed inquiries of a month are at most the inquiries received that month. */
  private shareStructure(): void {
    const { centreIds, months } = this.input;
    for (const centreId of centreIds) {
      for (let value = months.first; value <= months.last; value++) {
        const window = { first: value, last: value };
        const total = this.model.variable({
          centreId,
          figure: SHARE_GUARD,
          dimension: 'TOTAL',
          category: 'TOTAL',
          window,
        });
        for (const source of Object.values(SHARE_SOURCES)) {
          const states = [
            ...this.stateExpression(source, 'MET', centreId, window),
            ...this.stateExpression(source, 'MISSED', centreId, window),
          ];
          this.model.add(
            [...states, [total, -1]],
            -Infinity,
            0,
            [SHARE_GUARD],
            `${source} ${centreId} ${monthKey(value)}: met + missed ≤ inquiries`,
          );
        }
      }
    }
  }

  /**
   * A breakdown shows only the named municipalities counted in its windows: one that is named
   * elsewhere but missing here counted nobody, in any centre.
   */
  private absentCategories(): void {
    for (const breakdown of this.input.breakdowns) {
      if (breakdown.dimension !== 'MUNICIPALITY') continue;
      const shown = new Set(breakdown.categories);
      for (const category of this.categories.get(`${breakdown.figure}|MUNICIPALITY`) ?? []) {
        if (shown.has(category)) continue;
        const identity = {
          centreId: null,
          figure: breakdown.figure,
          dimension: 'MUNICIPALITY',
          category,
          window: breakdown.window,
        };
        const terms = this.expression(identity);
        if (terms)
          this.model.add(
            terms,
            0,
            0,
            familiesOf(breakdown.figure, ['MUNICIPALITY']),
            `absent column: ${identityKey(identity)} = 0`,
          );
      }
    }
  }
}

function fixedCategories(dimension: string): string[] {
  if (dimension === 'MUNICIPALITY') return [];
  return Object.keys(DIMENSIONS[dimension as ReportDimension]?.categories ?? {});
}

function negate([variable, coefficient]: [number, number]): [number, number] {
  return [variable, -coefficient];
}
