import { compareStrings } from './compare';
import { isCompatible } from './compatibility';
import { scoreFit, sortReasons, sumPoints } from './scoring';
import type {
  CandidateGroup,
  GroupSuggestion,
  MatchingContext,
  PersonSuggestion,
  WaitingPerson,
} from './types';
import { waitingReason } from './waiting';

/**
 * Groups the person could join, best first. Incompatible groups are left out entirely, so an
 * empty list means "no existing group fits": the person is a candidate for proposeNewGroups.
 */
export function suggestGroupsForPerson(
  person: WaitingPerson,
  groups: readonly CandidateGroup[],
  ctx: MatchingContext,
): GroupSuggestion[] {
  const suggestions: GroupSuggestion[] = [];
  for (const group of groups) {
    if (!isCompatible(person, group, ctx)) continue;
    const reasons = sortReasons(scoreFit(person, group, ctx));
    suggestions.push({ groupId: group.id, score: sumPoints(reasons), reasons });
  }
  // The id tie-break makes the order independent of the order the database returned rows in.
  return suggestions.sort((a, b) => b.score - a.score || compareStrings(a.groupId, b.groupId));
}

/**
 * Waiting people who could join the group, best first. Among equal scores the one who has
 * waited longest comes first: fairness is the natural tie-break on a waiting list.
 */
export function suggestPeopleForGroup(
  group: CandidateGroup,
  people: readonly WaitingPerson[],
  ctx: MatchingContext,
): PersonSuggestion[] {
  const today = ctx.today ?? newestWaitingSince(people);
  const ranked: { suggestion: PersonSuggestion; waitingSince: number }[] = [];
  for (const person of people) {
    if (!isCompatible(person, group, ctx)) continue;
    const reasons = scoreFit(person, group, ctx);
    const waiting = today === null ? null : waitingReason(person.waitingSince, today, ctx.weights);
    if (waiting !== null) reasons.push(waiting);
    sortReasons(reasons);
    ranked.push({
      suggestion: { participantId: person.id, score: sumPoints(reasons), reasons },
      waitingSince: person.waitingSince.getTime(),
    });
  }
  ranked.sort(
    (a, b) =>
      b.suggestion.score - a.suggestion.score ||
      a.waitingSince - b.waitingSince ||
      compareStrings(a.suggestion.participantId, b.suggestion.participantId),
  );
  return ranked.map((r) => r.suggestion);
}

/**
 * Without a date from the caller, waiting is measured to the newest registration among the
 * people ranked: whoever registered first still gets the most waiting points, and the module
 * still never reads the clock. Callers that know today's date should pass it as `ctx.today`.
 */
function newestWaitingSince(people: readonly WaitingPerson[]): Date | null {
  let newest: Date | null = null;
  for (const person of people) {
    if (newest === null || person.waitingSince.getTime() > newest.getTime()) {
      newest = person.waitingSince;
    }
  }
  return newest;
}
