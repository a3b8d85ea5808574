import { describe, expect, it } from 'vitest';

import { lastFinishedQuarter, periodOf, twelveMonthsTo } from './period';

describe('report periods', () => {
  it('turns a month, a quarter and a year into first and last days', () => {
    const base = { year: 2024, from: '', to: '' };
    expect(periodOf({ ...base, kind: 'MONTH', part: 2 })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodOf({ ...base, kind: 'QUARTER', part: 4 })).toEqual({
      from: '2024-10-01',
      to: '2024-12-31',
    });
    expect(periodOf({ ...base, kind: 'YEAR', part: 1 })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });

  it('starts on the last finished quarter, last year in the first quarter', () => {
    expect(lastFinishedQuarter(new Date(2026, 11, 3))).toMatchObject({
      year: 2026,
      part: 3,
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(lastFinishedQuarter(new Date(2026, 1, 3))).toMatchObject({ year: 2025, part: 4 });
  });

  it('counts twelve months back across a new year', () => {
    expect(twelveMonthsTo('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});
