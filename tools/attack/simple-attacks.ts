import { DIMENSIONS, type ReportDimension } from '@link/reporting';
import {
  type CellIdentity,
  dimensionVariant,
  FIGURE_SHAPES,
  identityKey,
  NATIONAL_NAME,
  SHARE_SOURCES,
} from './linear-model';
import { type Window, windowKey } from './months';
import type { PublishedCell } from './published-tables';

/** A count worked out from published numbers, and how: what a person with a spreadsheet does. */
export interface Recovery {
  identity: CellIdentity;
  value: number;
  method: 'window difference' | 'table unwinding' | 'share × total' | 'linear program';
  how: string;
  /** The counts whose true values, summed with these signs, must equal `value`. */
  truthTerms: [CellIdentity, number][];
}

const small = (value: number, k: number) => value >= 1 && value < k;

/**
 * Differences of windows: two shown counts of the same cell over windows that share an end
 * give the count of the months between them (June–September 6 minus June 5 = 1 for
 * July–September), however many months apart the ends are. Additive figures only.
 */
export function windowDifferences(cells: PublishedCell[], k: number): Recovery[] {
  const series = new Map<string, { cell: PublishedCell; value: number }[]>();
  for (const cell of cells) {
    if (FIGURE_SHAPES[cell.figure] !== 'additive' || cell.value === null) continue;
    const variant = dimensionVariant(cell.figure, cell.dimension, cell.window);
    const key = `${cell.centreId}|${cell.figure}|${variant}|${cell.category}`;
    const list = series.get(key) ?? [];
    if (!list.some((known) => windowKey(known.cell.window) === windowKey(cell.window)))
      list.push({ cell, value: cell.value });
    series.set(key, list);
  }
  const found = new Map<string, Recovery>();
  for (const list of series.values()) {
    const byWindow = new Map(list.map((entry) => [windowKey(entry.cell.window), entry]));
    for (const wide of list) {
      const { first, last } = wide.cell.window;
      for (let cut = first; cut < last; cut++) {
        // [first, last] minus [cut + 1, last] is [first, cut]; minus [first, cut] is [cut + 1, last].
        for (const [inner, rest] of [
          [
            { first: cut + 1, last },
            { first, last: cut },
          ],
          [
            { first, last: cut },
            { first: cut + 1, last },
          ],
        ] as [Window, Window][]) {
          const narrow = byWindow.get(windowKey(inner));
          if (!narrow) continue;
          const value = wide.value - narrow.value;
          if (!small(value, k)) continue;
          const cell = wide.cell;
          const identity: CellIdentity = {
            centreId: cell.centreId,
            figure: cell.figure,
            dimension: dimensionVariant(cell.figure, cell.dimension, cell.window),
            category: cell.category,
            window: rest,
          };
          const key = identityKey(identity);
          if (found.has(key)) continue;
          const base = (window: Window): CellIdentity => ({
            ...identity,
            dimension: cell.dimension,
            window,
          });
          found.set(key, {
            identity,
            value,
            method: 'window difference',
            how: `${windowKey(cell.window)} shows ${wide.value}, ${windowKey(inner)} shows ${narrow.value}`,
            truthTerms: [
              [base(cell.window), 1],
              [base(inner), -1],
            ],
          });
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * Within one published table, a line (a centre's categories and its total; the centres and the
 * country) with one unknown cell gives it: total minus the rest. A line whose shown cells already
 * make up its total (a total shown as 0, above all) has only zeros hidden. Each cell found makes
 * the next line solvable: the chain unwinds.
 */
export function tableUnwinding(cells: PublishedCell[], centreIds: string[], k: number): Recovery[] {
  const tables = new Map<string, PublishedCell[]>();
  for (const cell of cells) {
    const shape = FIGURE_SHAPES[cell.figure];
    // Shares and percentiles are not sums of anything.
    if (!cell.table.startsWith('nationalReport') || shape === 'share' || shape === 'unmodelled')
      continue;
    const key = `${cell.table}|${cell.figure}`;
    tables.set(key, [...(tables.get(key) ?? []), cell]);
  }
  const found: Recovery[] = [];
  for (const tableCells of tables.values()) {
    const at = new Map(
      tableCells.map((cell) => [`${cell.centreId}|${cell.dimension}|${cell.category}`, cell]),
    );
    const known = new Map<string, number>();
    for (const [key, cell] of at) if (cell.value !== null) known.set(key, cell.value);
    const lines: { parts: string[]; total: string }[] = [];
    const rows = [...centreIds, null];
    lines.push({ parts: centreIds.map((id) => `${id}|TOTAL|TOTAL`), total: `null|TOTAL|TOTAL` });
    const dimensions = new Set(
      tableCells.map((cell) => cell.dimension).filter((d) => d !== 'TOTAL'),
    );
    for (const dimension of dimensions) {
      const categories = [
        ...new Set(tableCells.filter((c) => c.dimension === dimension).map((c) => c.category)),
      ];
      for (const category of categories)
        lines.push({
          parts: centreIds.map((id) => `${id}|${dimension}|${category}`),
          total: `null|${dimension}|${category}`,
        });
      if (DIMENSIONS[dimension as ReportDimension]?.additive !== false) {
        for (const row of rows)
          lines.push({
            parts: categories.map((category) => `${row}|${dimension}|${category}`),
            total: `${row}|TOTAL|TOTAL`,
          });
      }
    }
    const steps = new Map<string, string>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const line of lines) {
        const members = [...line.parts, line.total];
        const unknown = members.filter((member) => at.has(member) && !known.has(member));
        const total = known.get(line.total);
        const rest =
          total === undefined
            ? undefined
            : total - line.parts.reduce((sum, part) => sum + (known.get(part) ?? 0), 0);
        if (rest === 0 && unknown.length > 1) {
          // Counts are never negative: a line whose total is already made up has zeros left.
          for (const member of unknown) {
            known.set(member, 0);
            steps.set(member, `0: the rest of a line whose total ${total} is made up`);
          }
          progress = true;
          continue;
        }
        if (unknown.length !== 1) continue;
        const [missing] = unknown;
        const partsSum = line.parts
          .filter((p) => p !== missing)
          .reduce((sum, p) => sum + (known.get(p) ?? 0), 0);
        const value = missing === line.total ? partsSum : (known.get(line.total) ?? 0) - partsSum;
        known.set(missing, value);
        const zero = known.get(line.total) === 0 ? ' (its total is a visible 0)' : '';
        steps.set(
          missing,
          `the only unknown of its line${zero}, after ${steps.size} earlier step(s)`,
        );
        progress = true;
      }
    }
    for (const [key, how] of steps) {
      const cell = at.get(key) as PublishedCell;
      const value = known.get(key) as number;
      if (!small(value, k)) continue;
      const identity: CellIdentity = {
        centreId: cell.centreId,
        figure: cell.figure,
        dimension: dimensionVariant(cell.figure, cell.dimension, cell.window),
        category: cell.category,
        window: cell.window,
      };
      found.push({
        identity,
        value,
        method: 'table unwinding',
        how: `${cell.table}: ${how}`,
        truthTerms: [[{ ...identity, dimension: cell.dimension }, 1]],
      });
    }
  }
  return found;
}

/**
 * A share p shown beside a shown count n of inquiries: the inquiries due are at most n and at
 * least k, and p = round(100 · met / due). When every possible (due, met) gives the same number
 * missed, that number is known ("89 % of 9 inquiries" is 8 of 9: exactly 1 missed).
 */
export function shareArithmetic(cells: PublishedCell[], k: number): Recovery[] {
  const guard = new Map<string, number>();
  for (const cell of cells) {
    if (cell.figure === 'INQUIRIES_RECEIVED' && cell.dimension === 'TOTAL' && cell.value !== null)
      guard.set(`${cell.table}|${cell.centreId}`, cell.value);
  }
  const found = new Map<string, Recovery>();
  for (const cell of cells) {
    const source = SHARE_SOURCES[cell.figure];
    if (!source || cell.value === null) continue;
    const inquiries = guard.get(`${cell.table}|${cell.centreId}`);
    if (inquiries === undefined) continue;
    const missed = new Set<number>();
    for (let due = k; due <= inquiries; due++) {
      for (let met = 0; met <= due; met++) {
        if (Math.round((100 * met) / due) === cell.value) missed.add(due - met);
      }
    }
    if (missed.size !== 1) continue;
    const [value] = [...missed];
    if (!small(value, k)) continue;
    const identity: CellIdentity = {
      centreId: cell.centreId,
      figure: source,
      dimension: 'STATE',
      category: 'MISSED',
      window: cell.window,
    };
    found.set(identityKey(identity), {
      identity,
      value,
      method: 'share × total',
      how: `${cell.table}: ${cell.figure} ${cell.value} % of at most ${inquiries} inquiries (${cell.centreId ?? NATIONAL_NAME})`,
      truthTerms: [[identity, 1]],
    });
  }
  return [...found.values()];
}
