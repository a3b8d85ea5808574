/**
 * Small-cell suppression for published tables (docs/decisions/0003-report-disclosure-control.md).
 *
 * A table is a set of cells and a set of lines: each line is a group of cells where one is the
 * sum of the others (a centre's categories and its total; the centres and the national total).
 * Protection has three steps:
 *
 * 1. Primary: a count from 1 to k-1 is hidden.
 * 2. Differencing: a count is also hidden when it differs by 1 to k-1 from the same count over a
 *    neighbouring period (one month more or less at either end), because the two together would
 *    give away those few people.
 * 3. Complementary: no line may have exactly one hidden cell, or the total minus the visible
 *    cells gives it back. A second cell is hidden in such a line (the smallest non-zero one, so
 *    the hidden sum is as large as possible), and the lines are checked again until none has one.
 */

export interface ProtectedCell {
  value: number;
  /** The same count over each neighbouring period. */
  neighbours: number[];
  /** Decided in another table (a margin shared with it): its state may not change here. */
  locked: boolean;
  suppressed: boolean;
}

export interface ProtectedTable {
  cells: ProtectedCell[];
  /** Indexes into `cells`; one of each line's cells is the sum of the others. */
  lines: number[][];
}

/** Steps 1 and 2 for one count. */
export function needsPrimarySuppression(value: number, neighbours: number[], k: number): boolean {
  const small = (n: number) => n > 0 && n < k;
  return small(value) || neighbours.some((neighbour) => small(Math.abs(value - neighbour)));
}

/** Applies all three steps to the cells that are not locked, in place. */
export function protectTable(table: ProtectedTable, k: number): void {
  for (const cell of table.cells) {
    if (!cell.locked && needsPrimarySuppression(cell.value, cell.neighbours, k)) {
      cell.suppressed = true;
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of table.lines) {
      const hidden = line.filter((index) => table.cells[index].suppressed);
      if (hidden.length !== 1) continue;
      const complement = bestComplement(table, line);
      if (complement === undefined) {
        throw new Error('A line with one hidden cell has nothing left to hide with it.');
      }
      table.cells[complement].suppressed = true;
      changed = true;
    }
  }
}

/** The smallest non-zero visible cell, else a zero (shown as hidden, it still hides a sum). */
function bestComplement(table: ProtectedTable, line: number[]): number | undefined {
  const candidates = line.filter((index) => {
    const cell = table.cells[index];
    return !cell.suppressed && !cell.locked;
  });
  const rank = (index: number) => {
    const value = table.cells[index].value;
    return value === 0 ? Number.MAX_SAFE_INTEGER : value;
  };
  return candidates.sort((a, b) => rank(a) - rank(b) || a - b)[0];
}
