import { DateTime } from 'luxon';

import type { DayWindow } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

/** Reports are counted in Norwegian months; every centre is in this zone today. */
export const REPORT_ZONE = 'Europe/Oslo';
export const MAX_MONTHS = 120;
export const MAX_SERIES_MONTHS = 60;

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** Whole months from `first` to `last`, both included. */
export interface MonthSpan {
  first: DateTime;
  last: DateTime;
}

export interface ResolvedPeriod extends MonthSpan {
  months: number;
  label: string;
  /** Why the period differs from the one asked for, in Norwegian; null when it does not. */
  note: string | null;
}

/**
 * Reports cover whole months: a period is widened to the months its first and last day are in.
 * Published figures (national, funders) also stop at the last finished month, so a report can
 * never change from one day to the next while its month is still running.
 */
export function resolvePeriod(
  from: string,
  to: string,
  options: { finishedMonthsOnly: boolean; now: Date },
): ResolvedPeriod {
  const start = parseDay(from, 'from');
  const end = parseDay(to, 'to');
  if (end < start) {
    throw new BadUserInputError('Perioden slutter før den begynner.', [
      { field: 'to', messages: ['Sluttdatoen må være lik eller etter startdatoen.'] },
    ]);
  }
  const first = start.startOf('month');
  let last = end.startOf('month');
  const notes: string[] = [];
  if (!start.equals(first) || !end.equals(end.endOf('month').startOf('day'))) {
    notes.push('Rapporter gjelder hele måneder, så perioden er utvidet til hele måneder.');
  }
  if (options.finishedMonthsOnly) {
    const lastFinished = lastFinishedMonth(options.now);
    if (last > lastFinished) {
      last = lastFinished;
      notes.push('Publiserte tall gjelder bare avsluttede måneder, så perioden slutter tidligere.');
    }
    if (last < first) {
      throw new BadUserInputError('Perioden har ingen avsluttede måneder ennå.', [
        { field: 'from', messages: ['Velg en periode som har minst én avsluttet måned.'] },
      ]);
    }
  }
  const months = monthsBetween(first, last) + 1;
  if (months > MAX_MONTHS) {
    throw new BadUserInputError(`En rapport kan gjelde høyst ${MAX_MONTHS / 12} år.`, [
      { field: 'from', messages: [`Velg en periode på høyst ${MAX_MONTHS} måneder.`] },
    ]);
  }
  return { first, last, months, label: periodLabel(first, last), note: notes.join(' ') || null };
}

/** The months of a time series, checked the same way as a period. */
export function resolveSeries(
  from: string,
  to: string,
  options: { finishedMonthsOnly: boolean; now: Date },
): ResolvedPeriod {
  const period = resolvePeriod(from, to, options);
  if (period.months > MAX_SERIES_MONTHS) {
    throw new BadUserInputError(`En tidsserie kan ha høyst ${MAX_SERIES_MONTHS} måneder.`, [
      { field: 'from', messages: [`Velg høyst ${MAX_SERIES_MONTHS} måneder.`] },
    ]);
  }
  return period;
}

export function lastFinishedMonth(now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: REPORT_ZONE })
    .startOf('month')
    .minus({ months: 1 })
    .setZone('utc', { keepLocalTime: true });
}

/**
 * Counts of people are published for a month, a calendar quarter, half-year or year (and "since
 * the start"): the grid the database's `reporting.publishes_people` allows, so that no other
 * window becomes one more noisy view of the months inside it.
 */
export function publishesPeople(span: MonthSpan): boolean {
  const months = monthsBetween(span.first, span.last) + 1;
  const start = span.first.month;
  return (
    months === 1 ||
    (months === 3 && start % 3 === 1) ||
    (months === 6 && start % 6 === 1) ||
    (months === 12 && start === 1)
  );
}

export function toWindow(span: MonthSpan): DayWindow {
  return {
    from: span.first.toISODate() as string,
    until: span.last.plus({ months: 1 }).toISODate() as string,
  };
}

export function monthKey(month: DateTime): string {
  return month.toFormat('yyyy-MM');
}

export function monthsOf(span: MonthSpan): DateTime[] {
  const months: DateTime[] = [];
  for (let month = span.first; month <= span.last; month = month.plus({ months: 1 })) {
    months.push(month);
  }
  return months;
}

export function periodLabel(first: DateTime, last: DateTime): string {
  const months = monthsBetween(first, last) + 1;
  if (months === 1) return `${MONTHS[first.month - 1]} ${first.year}`;
  if (months === 12 && first.month === 1) return `${first.year}`;
  if (months === 3 && first.month % 3 === 1)
    return `${(first.month + 2) / 3}. kvartal ${first.year}`;
  if (first.year === last.year) {
    return `${MONTHS[first.month - 1]}–${MONTHS[last.month - 1]} ${first.year}`;
  }
  return `${MONTHS[first.month - 1]} ${first.year}–${MONTHS[last.month - 1]} ${last.year}`;
}

function monthsBetween(first: DateTime, last: DateTime): number {
  return (last.year - first.year) * 12 + (last.month - first.month);
}

function parseDay(value: string, field: string): DateTime {
  const day = DateTime.fromISO(value, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !day.isValid) {
    throw new BadUserInputError('Datoen må skrives som ÅÅÅÅ-MM-DD.', [
      { field, messages: ['Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-01-31.'] },
    ]);
  }
  return day;
}
