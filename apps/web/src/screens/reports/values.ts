import type { ChartValue } from '../../components/charts/Chart';
import type { ReportUnit } from '../../gql/graphql';
import { texts } from '../../texts';

const t = texts.reports;

interface Value {
  value?: number | null;
  suppressed: boolean;
}

/** Why a value is not shown: protected under the threshold, or not published for the period. */
export function reasonOf(
  cell: Value,
  threshold: number | undefined,
  published = true,
): string | undefined {
  if (!published) return t.notPublished;
  if (cell.suppressed) return t.protected(threshold ?? 0);
  if (cell.value == null) return texts.charts.noValue;
  return undefined;
}

const number = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

export function formatValue(value: number, unit: ReportUnit): string {
  if (unit === 'PERCENT') return `${number.format(value)} %`;
  if (unit === 'DAYS') return `${number.format(value)} ${t.units.DAYS}`;
  return number.format(value);
}

/** The text of a table cell: the value with its unit, or why it is not shown. */
export function cellText(
  cell: Value,
  unit: ReportUnit,
  threshold: number | undefined,
  published = true,
): string {
  const reason = reasonOf(cell, threshold, published);
  return reason ?? formatValue(cell.value as number, unit);
}

/** The same for the shared chart: a gap with its reason in the table beside it. */
export function chartValue(
  cell: Value,
  threshold: number | undefined,
  published = true,
): ChartValue {
  const reason = reasonOf(cell, threshold, published);
  return reason ? { value: null, note: reason } : { value: cell.value as number };
}

/** "2025-03" as "mars 2025". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${t.monthNames[m - 1]} ${year}`;
}
