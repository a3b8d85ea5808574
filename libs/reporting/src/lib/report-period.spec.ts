import { DateTime } from 'luxon';

import { lastFinishedMonth, publishesPeople, resolvePeriod, toWindow } from './report-period';

const NOW = new Date('2026-11-23T10:00:00Z');
const published = { finishedMonthsOnly: true, now: NOW };

describe('report periods', () => {
  it('widens a period to whole months and names it in Norwegian', () => {
    const period = resolvePeriod('2025-01-15', '2025-03-10', published);
    expect(toWindow(period)).toEqual({ from: '2025-01-01', until: '2025-04-01' });
    expect(period.label).toBe('1. kvartal 2025');
    expect(period.note).toMatch(/hele måneder/);
    expect(resolvePeriod('2025-01-01', '2025-12-31', published).label).toBe('2025');
    expect(resolvePeriod('2024-11-01', '2025-02-28', published).label).toBe(
      'november 2024–februar 2025',
    );
  });

  it('gives two periods that differ by one day inside a month the same months', () => {
    const a = resolvePeriod('2025-01-01', '2025-03-30', published);
    const b = resolvePeriod('2025-01-01', '2025-03-31', published);
    expect(toWindow(a)).toEqual(toWindow(b));
  });

  it('stops published periods at the last finished month', () => {
    expect(lastFinishedMonth(NOW).toISODate()).toBe('2026-10-01');
    const period = resolvePeriod('2026-01-01', '2026-12-31', published);
    expect(toWindow(period)).toEqual({ from: '2026-01-01', until: '2026-11-01' });
    expect(() => resolvePeriod('2026-11-01', '2026-11-30', published)).toThrow(/avsluttede/);
    const own = resolvePeriod('2026-11-01', '2026-11-30', { finishedMonthsOnly: false, now: NOW });
    expect(own.months).toBe(1);
  });

  it('refuses a backwards period and a malformed date', () => {
    expect(() => resolvePeriod('2025-03-01', '2025-01-01', published)).toThrow(/før den begynner/);
    expect(() => resolvePeriod('2025-02-30', '2025-03-01', published)).toThrow(/ÅÅÅÅ-MM-DD/);
  });

  it('publish counts of people for months, calendar quarters, half-years and years only', () => {
    const span = (first: string, last: string) => ({
      first: DateTime.fromISO(first, { zone: 'utc' }),
      last: DateTime.fromISO(last, { zone: 'utc' }),
    });
    const on = [
      span('2025-02-01', '2025-02-01'),
      span('2025-04-01', '2025-06-01'),
      span('2025-07-01', '2025-12-01'),
      span('2025-01-01', '2025-12-01'),
    ];
    const off = [
      span('2025-02-01', '2025-04-01'),
      span('2025-03-01', '2025-08-01'),
      span('2025-02-01', '2026-01-01'),
      span('2024-01-01', '2025-12-01'),
    ];
    expect(on.map(publishesPeople)).toEqual([true, true, true, true]);
    expect(off.map(publishesPeople)).toEqual([false, false, false, false]);
  });
});
