import { needsPrimarySuppression, type ProtectedTable, protectTable } from './disclosure-control';

const K = 5;

function table(values: number[], lines: number[][], locked: number[] = []): ProtectedTable {
  return {
    cells: values.map((value, index) => ({
      value,
      neighbours: [],
      locked: locked.includes(index),
      suppressed: false,
    })),
    lines,
  };
}

const hiddenOf = (t: ProtectedTable) =>
  t.cells.flatMap((cell, index) => (cell.suppressed ? [index] : []));

/** What someone can work out from a line: the total minus the visible cells. */
function recoverable(t: ProtectedTable): number[] {
  const found: number[] = [];
  for (const line of t.lines) {
    const hidden = line.filter((index) => t.cells[index].suppressed);
    if (hidden.length === 1) found.push(hidden[0]);
  }
  return found;
}

describe('primary suppression', () => {
  it('hides 1 to k-1 and shows 0 and k', () => {
    expect([0, 1, 4, 5, 40].map((n) => needsPrimarySuppression(n, [], K))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('hides a count that differs from a neighbouring period by 1 to k-1', () => {
    expect(needsPrimarySuppression(40, [39], K)).toBe(true);
    expect(needsPrimarySuppression(40, [44], K)).toBe(true);
    expect(needsPrimarySuppression(40, [40, 35, 45], K)).toBe(false);
  });
});

describe('complementary suppression', () => {
  it('hides a second cell in a line so the total does not give the first away', () => {
    // Bergen's age bands: 12, 2, 30, 9 and the total 53.
    const t = table([12, 2, 30, 9, 53], [[0, 1, 2, 3, 4]]);
    protectTable(t, K);
    expect(hiddenOf(t)).toEqual([1, 3]); // the 2, and the smallest other non-zero cell
    expect(recoverable(t)).toEqual([]);
  });

  it('prefers a non-zero complement, then a zero, and never a locked margin', () => {
    const t = table(
      [3, 0, 0, 3],
      [[0, 1, 2, 3]],
      [3], // the total was published in the totals table
    );
    t.cells[3].suppressed = false;
    protectTable(t, K);
    expect(hiddenOf(t)).toEqual([0, 1]);
    expect(t.cells[3].suppressed).toBe(false);
    expect(recoverable(t)).toEqual([]);
  });

  it('protects rows and columns together, spreading until no line has one hidden cell', () => {
    // Two centres × three categories, with row totals, column totals and the corner.
    //            a   b   c  | total
    // Bergen    20   2  10  |  32
    // Oslo      15  30  12  |  57
    // country   35  32  22  |  89
    const values = [20, 2, 10, 15, 30, 12, 35, 32, 22, 32, 57, 89];
    const lines = [
      [0, 3, 6],
      [1, 4, 7],
      [2, 5, 8],
      [0, 1, 2, 9],
      [3, 4, 5, 10],
      [6, 7, 8, 11],
    ];
    const t = table(values, lines, [9, 10, 11]);
    protectTable(t, K);
    expect(t.cells[1].suppressed).toBe(true);
    expect(recoverable(t)).toEqual([]);
    // Every row and column now has none or at least two hidden cells.
    for (const line of lines) {
      expect([0, 2, 3, 4]).toContain(line.filter((i) => t.cells[i].suppressed).length);
    }
  });

  it('leaves a table without small counts alone', () => {
    const t = table([10, 20, 30], [[0, 1, 2]]);
    protectTable(t, K);
    expect(hiddenOf(t)).toEqual([]);
  });
});
