import type { FigureCount } from '@link/platform/tenancy';

import { figureSpec, ReportDimension, ReportFigureKey } from './figure-catalog';
import { buildFigure, CountIndex, type FigureResult, nearestRank } from './report-builder';

const CENTRES = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

function count(
  centreId: string,
  figure: string,
  dimension: string,
  category: string,
  value: number,
  windowNo = 1,
): FigureCount {
  return { centreId, windowNo, figure, dimension, category, value };
}

function build(
  counts: FigureCount[],
  key: ReportFigureKey,
  published = true,
  neighbours: number[] = [],
) {
  const decided = new Map<ReportFigureKey, FigureResult>();
  const ctx = { published, centres: CENTRES, k: 5, counts: new CountIndex(counts) };
  const spec = figureSpec(key);
  if (spec.type !== 'count') {
    const guard = figureSpec(spec.guardedBy);
    decided.set(guard.key, buildFigure(guard, ctx, { main: 1, neighbours }, false, decided));
  }
  return buildFigure(spec, ctx, { main: 1, neighbours }, true, decided);
}

const values = (result: FigureResult) => result.rows.map((row) => row.value);

describe('published figures', () => {
  const inquiries = [
    count('a', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 40),
    count('b', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 3),
    count('c', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 25),
  ];

  it('hides a small centre and a second one, so the country total does not give it away', () => {
    const result = build(inquiries, ReportFigureKey.INQUIRIES_RECEIVED);
    expect(values(result)).toEqual([40, null, null, 68]);
    expect(result.rows[1].suppressed && result.rows[2].suppressed).toBe(true);
  });

  it("shows a centre's own counts as they are", () => {
    const own = build(inquiries, ReportFigureKey.INQUIRIES_RECEIVED, false);
    expect(values(own)).toEqual([40, 3, 25]);
  });

  it('hides a count that a one-month-longer period would turn into a difference of one', () => {
    const counts = [
      ...inquiries.map((c) => ({ ...c, value: c.value + 10 })),
      count('a', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 51, 2), // next month adds one
      count('b', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 13, 2),
      count('c', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 35, 2),
    ];
    const result = build(counts, ReportFigureKey.INQUIRIES_RECEIVED, true, [2]);
    expect(result.rows[0].suppressed).toBe(true);
    // and the country (differs by one too) and a complement among the centres
    expect(result.rows[3].suppressed).toBe(true);
    expect(result.rows.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('hides a share whose count is hidden, and a share of fewer than k', () => {
    const counts = [
      ...inquiries,
      count('a', 'ANSWER_PROMISE', 'STATE', 'MET', 36),
      count('a', 'ANSWER_PROMISE', 'STATE', 'MISSED', 4),
      count('b', 'ANSWER_PROMISE', 'STATE', 'MET', 3),
      count('c', 'ANSWER_PROMISE', 'STATE', 'MET', 25),
    ];
    const result = build(counts, ReportFigureKey.ANSWERED_WITHIN_A_DAY);
    expect(values(result)).toEqual([90, null, null, 94]);
  });

  it('merges municipalities fewer than 10·k people ever came from into "other"', () => {
    const counts = [
      count('a', 'MUNICIPALITY_SIZE', 'MUNICIPALITY', 'Bergen', 900, 0),
      count('a', 'MUNICIPALITY_SIZE', 'MUNICIPALITY', 'Samnanger', 12, 0),
      count('a', 'PARTICIPANTS_ACTIVE', 'TOTAL', 'TOTAL', 30),
      count('a', 'PARTICIPANTS_ACTIVE', 'MUNICIPALITY', 'Bergen', 28),
      count('a', 'PARTICIPANTS_ACTIVE', 'MUNICIPALITY', 'Samnanger', 2),
    ];
    const result = build(counts, ReportFigureKey.PARTICIPANTS_ACTIVE);
    const byMunicipality = result.breakdowns.find(
      (breakdown) => breakdown.dimension === ReportDimension.MUNICIPALITY,
    );
    expect(byMunicipality?.categories.map((category) => category.label)).toEqual([
      'Bergen',
      'Andre kommuner',
      'Ukjent kommune',
    ]);
    // Two in "other" is hidden, and so is Bergen, or 30 - 28 would give them back.
    expect(byMunicipality?.rows[0].cells.map((cell) => cell.suppressed)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('percentiles', () => {
  it('takes the nearest rank, like percentile_disc', () => {
    const histogram = [
      { day: 3, people: 2 },
      { day: 10, people: 2 },
      { day: 40, people: 1 },
    ];
    expect(nearestRank(histogram, 5, 0.5)).toBe(10);
    expect(nearestRank(histogram, 5, 0.9)).toBe(40);
    expect(nearestRank(histogram, 5, 0.2)).toBe(3);
  });
});
