import type { MatchingWeights } from './types';

/** A LINK group starts at 5 people: fewer rarely carries a conversation when someone is away. */
export const MIN_GROUP_SIZE = 5;

/** Above 8 people, each gets too little room to talk. */
export const MAX_GROUP_SIZE = 8;

/** Selvhjelp Norge recommends that members' ages lie within 15 years of each other. */
export const RECOMMENDED_MAX_AGE_SPAN = 15;
/** Beyond this span a proposed new group is not offered at all. */
export const OFFERED_MAX_AGE_SPAN = 2 * RECOMMENDED_MAX_AGE_SPAN;

/**
 * The only place the relative importance of criteria is set, so a centre's feedback ("place
 * people closer to home") is one number to change, and tests can pass their own weights.
 *
 * The order of magnitude is deliberate: where a group meets decides whether a person turns up
 * at all, so place outweighs everything else; a wish the person actually stated outweighs an
 * "anything goes", so that people who said "Tuesdays" are not outranked by people who did not
 * care; and the age-span penalty grows per year so a 30-year gap can sink an otherwise fine fit.
 */
export const DEFAULT_MATCHING_WEIGHTS: Readonly<MatchingWeights> = Object.freeze({
  sameMunicipality: 30,
  neighbouringMunicipality: 15,
  statedWeekday: 10,
  anyWeekday: 5,
  statedTimeOfDay: 10,
  anyTimeOfDay: 5,
  exactFormat: 8,
  eitherFormat: 4,
  themeMatch: 15,
  compositionWish: 8,
  ageSpanWithin: 10,
  ageSpanPerYearBeyond: 2,
  ageWish: 10,
  genderMix: 10,
  groupSize: 12,
  waitingPerMonth: 2,
  waitingMaxPoints: 24,
});
