import type { FigureCount } from '@link/platform/tenancy';

import { figureSpec, ReportDimension, ReportFigureKey } from './figure-catalog';
import { buildFigure, CountIndex, type FigureResult, nearestRank } from './report-builder';

const CENTRES = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

function count(
  centreId: string | null,
  figure: string,
  dimension: string,
  category: string,
  value: number | null,
  windowNo = 1,
): FigureCount {
  return { centreId, windowNo, figure, dimension, category, value };
}

function build(
  counts: FigureCount[],
  key: ReportFigureKey,
  options: { published?: boolean; peoplePublished?: boolean } = {},
) {
  const { published = true, peoplePublished = true } = options;
  const ctx = {
    published,
    peoplePublished,
    centres: CENTRES,
    counts: new CountIndex(counts),
    rules: null,
  };
  return buildFigure(figureSpec(key), ctx, 1, true);
}

const values = (result: FigureResult) => result.rows.map((row) => row.value);

describe('published figures', () => {
  // As the database returns them: perturbed, hidden as null, the country as a row of its own.
  const inquiries = [
    count('a', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 41),
    count('b', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', null),
    count('c', 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 25),
    count(null, 'INQUIRIES_RECEIVED', 'TOTAL', 'TOTAL', 67),
  ];

  it('show what the database published, hidden where it returned null, and the country last', () => {
    const result = build(inquiries, ReportFigureKey.INQUIRIES_RECEIVED);
    expect(values(result)).toEqual([41, null, 25, 67]);
    expect(result.rows.map((row) => row.suppressed)).toEqual([false, true, false, false]);
    expect(result.rows[3].centreName).toBe('Hele landet');
  });

  it('show a count of people as not published for a period off the grid, and work as it is', () => {
    const people = build(inquiries, ReportFigureKey.INQUIRIES_RECEIVED, {
      peoplePublished: false,
    });
    expect(people.published).toBe(false);
    expect(people.rows.map((row) => [row.value, row.suppressed])).toEqual([
      [null, false],
      [null, false],
      [null, false],
      [null, false],
    ]);
    const groups = build(
      [
        count('a', 'GROUPS_STARTED', 'TOTAL', 'TOTAL', 2),
        count(null, 'GROUPS_STARTED', 'TOTAL', 'TOTAL', 2),
      ],
      ReportFigureKey.GROUPS_STARTED,
      { peoplePublished: false },
    );
    expect(values(groups)).toEqual([2, 0, 0, 2]);
  });

  it("show a centre's own counts as they are, with shares computed from them", () => {
    const own = [
      count('a', 'ANSWER_PROMISE', 'STATE', 'MET', 3),
      count('a', 'ANSWER_PROMISE', 'STATE', 'MISSED', 1),
    ];
    const ctx = { published: false, peoplePublished: true, centres: [CENTRES[0]], rules: null };
    const share = buildFigure(
      figureSpec(ReportFigureKey.ANSWERED_WITHIN_A_DAY),
      { ...ctx, counts: new CountIndex(own) },
      1,
      false,
    );
    expect(values(share)).toEqual([75]);
  });

  it('take shares and percentiles from the database: hidden, shown, or nothing to compute', () => {
    const counts = [
      count('a', 'ANSWER_PROMISE', 'SHARE', 'MET_PERCENT', 90),
      count('b', 'ANSWER_PROMISE', 'SHARE', 'MET_PERCENT', null),
      count(null, 'ANSWER_PROMISE', 'SHARE', 'MET_PERCENT', 93),
      count('a', 'DAYS_TO_GROUP', 'PERCENTILE', '90', 41),
    ];
    const share = build(counts, ReportFigureKey.ANSWERED_WITHIN_A_DAY);
    expect(share.rows.map((row) => [row.value, row.suppressed])).toEqual([
      [90, false],
      [null, true],
      [null, false],
      [93, false],
    ]);
    expect(values(build(counts, ReportFigureKey.DAYS_TO_GROUP_P90))).toEqual([
      41,
      null,
      null,
      null,
    ]);
  });

  it('list municipalities as the database merged them: names, then other, then unknown', () => {
    const counts = [
      count('a', 'PARTICIPANTS_ACTIVE', 'MUNICIPALITY', 'Bergen', 28),
      count('a', 'PARTICIPANTS_ACTIVE', 'MUNICIPALITY', 'OTHER', null),
      count(null, 'PARTICIPANTS_ACTIVE', 'MUNICIPALITY', 'Askøy', 31),
    ];
    const result = build(counts, ReportFigureKey.PARTICIPANTS_ACTIVE);
    const byMunicipality = result.breakdowns.find(
      (breakdown) => breakdown.dimension === ReportDimension.MUNICIPALITY,
    );
    expect(byMunicipality?.categories.map((category) => category.label)).toEqual([
      'Askøy',
      'Bergen',
      'Andre kommuner',
      'Ukjent kommune',
    ]);
    expect(byMunicipality?.rows[0].cells.map((cell) => cell.value)).toEqual([0, 28, null, 0]);
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
