/**
 * Months and windows as the attacker sees them. Published figures cover whole months, so a
 * window is a run of months [first, last], both included; a month is a number (year × 12 +
 * month − 1) so that neighbours are ±1.
 */
export type Month = number;

export interface Window {
  first: Month;
  last: Month;
}

export function month(year: number, monthOfYear: number): Month {
  return year * 12 + monthOfYear - 1;
}

export function yearOf(value: Month): number {
  return Math.floor(value / 12);
}

/** `2026-06` */
export function monthKey(value: Month): string {
  return `${yearOf(value)}-${String((value % 12) + 1).padStart(2, '0')}`;
}

export function parseMonthKey(key: string): Month {
  const [year, monthOfYear] = key.split('-').map(Number);
  return month(year, monthOfYear);
}

/** `2026-06..2026-09`, or one month's key. */
export function windowKey(window: Window): string {
  return window.first === window.last
    ? monthKey(window.first)
    : `${monthKey(window.first)}..${monthKey(window.last)}`;
}

export function monthsIn(window: Window): Month[] {
  const months: Month[] = [];
  for (let value = window.first; value <= window.last; value++) months.push(value);
  return months;
}

/** The period the API is asked for: first day of the first month to last day of the last. */
export function periodOf(window: Window): { from: string; to: string } {
  const lastDay = new Date(Date.UTC(yearOf(window.last), (window.last % 12) + 1, 0));
  return {
    from: `${monthKey(window.first)}-01`,
    to: lastDay.toISOString().slice(0, 10),
  };
}

/** A report period as the API answers it (YYYY-MM-DD to YYYY-MM-DD) back to a window. */
export function windowOfPeriod(period: { from: string; to: string }): Window {
  return {
    first: parseMonthKey(period.from.slice(0, 7)),
    last: parseMonthKey(period.to.slice(0, 7)),
  };
}

/** The daterange literal the report functions take: [first day, first day after). */
export function dateRangeOf(window: Window): string {
  const until = window.last + 1;
  return `[${monthKey(window.first)}-01,${monthKey(until)}-01)`;
}

/** The finished month before the one `now` is in, in Norway (where every centre is today). */
export function lastFinishedMonth(now: Date): Month {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return month(part('year'), part('month')) - 1;
}
