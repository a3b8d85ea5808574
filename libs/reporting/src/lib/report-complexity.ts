import type { ComplexityEstimatorArgs } from '@nestjs/graphql';

import { FIGURES } from './figure-catalog';
import { MAX_MONTHS } from './report-period';

/**
 * What one figure over one month costs in the query-complexity budget (GRAPHQL_MAX_COMPLEXITY,
 * 1000 by default): a year's full report (12 months × 22 figures) costs about 27, a ten-year one
 * 264, so three ten-year reports fit in one request and 200 aliased ones are refused.
 */
const FIGURE_MONTHS_PER_POINT = 10;

/**
 * The complexity of a report field: its period's length in months times the figures it counts,
 * plus what is selected from it. Each field otherwise costs 1, which let one request ask for
 * hundreds of aliased ten-year reports.
 */
export function reportComplexity(figures: number) {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
    Math.ceil((periodMonths(args['period']) * figures) / FIGURE_MONTHS_PER_POINT) + childComplexity;
}

export const FULL_REPORT_COMPLEXITY = reportComplexity(FIGURES.length);
export const TIME_SERIES_COMPLEXITY = reportComplexity(1);

/**
 * Months from `from` to `to`, both included, as the report will widen them; the longest period
 * a report takes when they cannot be read (the request is refused later with a clear message).
 */
function periodMonths(period: unknown): number {
  const { from, to } = (period ?? {}) as { from?: unknown; to?: unknown };
  const start = monthIndex(from);
  const end = monthIndex(to);
  if (start === undefined || end === undefined) return MAX_MONTHS;
  return Math.min(Math.max(end - start + 1, 1), MAX_MONTHS);
}

function monthIndex(day: unknown): number | undefined {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})/.exec(day) : null;
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}
