import { ageOf, inRange } from './age';
import { normaliseTheme } from './compare';
import { areNeighbours } from './neighbours';
import { FORMAT_ADJECTIVE, TIME_OF_DAY_PHRASE, WEEKDAY_PLURAL, ageRangeText } from './norwegian';
import type { CandidateGroup, MatchingContext, WaitingPerson } from './types';

/**
 * Hard constraints: a group that breaks one is left out, never merely ranked low. Each is
 * something the person told us they cannot or will not do, or something the group cannot give;
 * suggesting it anyway would cost a coordinator a phone call that ends in "no".
 *
 * Each check returns null when it passes, or a short Norwegian explanation when it fails, so
 * the same rules answer both "is it compatible?" (fast, no strings built on success) and "why
 * not?" for the UI.
 */
type Check = (person: WaitingPerson, group: CandidateGroup, ctx: MatchingContext) => string | null;

const CHECKS: readonly Check[] = [
  // Cheapest and most common failures first: most pairs fail on day, time or a full group.
  (_person, group) =>
    group.members.length >= group.capacity
      ? `Gruppa er full (${group.members.length} av ${group.capacity})`
      : null,

  (person, group) =>
    person.weekdays.length > 0 && !person.weekdays.includes(group.weekday)
      ? `Passer ikke på ${WEEKDAY_PLURAL[group.weekday]}`
      : null,

  (person, group) =>
    person.timesOfDay.length > 0 && !person.timesOfDay.includes(group.timeOfDay)
      ? `Passer ikke ${TIME_OF_DAY_PHRASE[group.timeOfDay]}`
      : null,

  // null and EITHER both mean "either": only an explicit single format excludes.
  (person, group) =>
    (person.format === 'PHYSICAL' || person.format === 'DIGITAL') && person.format !== group.format
      ? `Ønsker bare ${FORMAT_ADJECTIVE[person.format]} gruppe`
      : null,

  // Distance only matters when someone has to travel, and can only be judged when both places
  // are known: an unknown municipality is a gap in the data, not a reason to exclude.
  (person, group, ctx) => {
    if (group.format !== 'PHYSICAL' || group.municipality === null) return null;
    if (person.municipality === null || person.municipality === group.municipality) return null;
    return areNeighbours(ctx.neighbours, person.municipality, group.municipality)
      ? null
      : `For langt unna (${group.municipality})`;
  },

  (person, group) => {
    if (person.composition === 'MIXED' && group.composition === 'THEMED') {
      return 'Ønsker blandet gruppe, ikke temagruppe';
    }
    if (person.composition === 'THEMED' && group.composition === 'MIXED') {
      return 'Ønsker temagruppe';
    }
    // A themed group is about one shared experience (grief, say). Someone without that theme,
    // including someone who gave no theme at all, would be the odd one out.
    if (group.composition === 'THEMED') {
      const groupTheme = normaliseTheme(group.theme);
      if (groupTheme !== null && normaliseTheme(person.theme) !== groupTheme) {
        return `Annet tema (${group.theme?.trim()})`;
      }
    }
    return null;
  },

  // A group's own age range is a promise made to its members (a group for young adults, say).
  // An unknown age cannot break it; the coordinator checks that in the conversation.
  (person, group, ctx) => {
    if (group.ageRangeMin === null && group.ageRangeMax === null) return null;
    const age = ageOf(person.birthYear, ctx.currentYear);
    if (age === null || inRange(age, group.ageRangeMin, group.ageRangeMax)) return null;
    return `Alderen (${age} år) er utenfor gruppas aldersspenn (${ageRangeText(
      group.ageRangeMin,
      group.ageRangeMax,
    )})`;
  },
];

/** Whether the group can be suggested to the person at all (every hard constraint passes). */
export function isCompatible(
  person: WaitingPerson,
  group: CandidateGroup,
  ctx: MatchingContext,
): boolean {
  for (const check of CHECKS) if (check(person, group, ctx) !== null) return false;
  return true;
}

/** Every hard constraint the pair breaks, in Norwegian; empty when compatible. */
export function incompatibilities(
  person: WaitingPerson,
  group: CandidateGroup,
  ctx: MatchingContext,
): string[] {
  const failures: string[] = [];
  for (const check of CHECKS) {
    const failure = check(person, group, ctx);
    if (failure !== null) failures.push(failure);
  }
  return failures;
}
