import { count } from './norwegian';
import type { CriterionReason } from './scoring';
import type { MatchingWeights } from './types';

/** Whole calendar months from `since` to `until` (UTC, so the server's time zone cannot matter). */
export function wholeMonthsBetween(since: Date, until: Date): number {
  const months =
    (until.getUTCFullYear() - since.getUTCFullYear()) * 12 +
    (until.getUTCMonth() - since.getUTCMonth()) -
    (until.getUTCDate() < since.getUTCDate() ? 1 : 0);
  return Math.max(0, months);
}

/**
 * Waiting time only ranks people for a group, never groups for a person: for one person it is
 * the same for every group. It is capped so that a long wait lifts someone among good fits but
 * cannot push a poor fit above a good one: the group has to work for them when they get there.
 */
export function waitingReason(
  since: Date,
  today: Date,
  w: MatchingWeights,
): CriterionReason | null {
  const months = wholeMonthsBetween(since, today);
  const points = Math.round(Math.min(w.waitingMaxPoints, w.waitingPerMonth * months));
  if (points === 0) return null;
  return {
    criterion: 'waitingTime',
    points,
    explanation: `Har ventet i ${count(months, 'måned', 'måneder')}`,
  };
}
