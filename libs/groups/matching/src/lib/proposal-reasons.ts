import { ageExtent, ageOf } from './age';
import { FORMAT_ADJECTIVE, TIME_OF_DAY_PHRASE, WEEKDAY_PLURAL, count } from './norwegian';
import { type Criterion, scoreFit, sortReasons } from './scoring';
import { groupForSlot } from './slots';
import type { MatchingContext, ProposalShared, Reason, WaitingPerson } from './types';
import { RECOMMENDED_MAX_AGE_SPAN } from './weights';

interface Tally {
  points: number;
  /** Members this criterion said something about. */
  judged: number;
  /** ...of whom it counted in their favour. */
  favourable: number;
}

/**
 * Why a proposed group hangs together. Each member is scored against the proposed group, with
 * the others as its members, by the very rules used for existing groups, so a proposal and a
 * suggestion can be compared on one scale; the points are then summed per criterion (a bigger
 * group of good fits scores higher) and explained for the group as a whole.
 */
export function proposalReasons(
  shared: ProposalShared,
  people: readonly WaitingPerson[],
  capacity: number,
  ctx: MatchingContext,
): Reason[] {
  const tallies = new Map<Criterion, Tally>();
  people.forEach((person, index) => {
    const others = people
      .filter((_, other) => other !== index)
      .map((p) => ({ birthYear: p.birthYear, gender: p.gender }));
    for (const reason of scoreFit(person, groupForSlot(shared, capacity, others), ctx)) {
      const criterion = reason.criterion;
      // "The group needs people to start" is about existing groups; a proposal is new by nature.
      // The age span is judged for the group as a whole below.
      if (criterion === 'groupSize' || criterion === 'ageSpan') continue;
      const tally = tallies.get(criterion) ?? { points: 0, judged: 0, favourable: 0 };
      tally.points += reason.points;
      tally.judged++;
      if (reason.points > 0) tally.favourable++;
      tallies.set(criterion, tally);
    }
  });

  const ageSpan = ageSpanTally(people, ctx);
  if (ageSpan !== null) tallies.set('ageSpan', ageSpan);

  const reasons: Reason[] = [];
  for (const [criterion, tally] of tallies) {
    if (tally.points === 0) continue;
    reasons.push({
      criterion,
      points: tally.points,
      explanation: explain(criterion, tally, shared, people, ctx),
    });
  }
  return sortReasons(reasons);
}

/**
 * For an existing group a newcomer is charged only for the years they add, but in a proposal
 * nobody was there first: everyone shares the same span, so each member with a known age gets
 * the same reward or penalty. Charging per added year would miss a group with two people at
 * each extreme, where removing any one of them leaves the span unchanged.
 */
function ageSpanTally(people: readonly WaitingPerson[], ctx: MatchingContext): Tally | null {
  const ages = people
    .map((p) => ageOf(p.birthYear, ctx.currentYear))
    .filter((age): age is number => age !== null);
  const extent = ageExtent(ages);
  if (extent === null || ages.length < 2) return null;
  const span = extent.max - extent.min;
  const w = ctx.weights;
  const each =
    span <= RECOMMENDED_MAX_AGE_SPAN
      ? w.ageSpanWithin
      : -w.ageSpanPerYearBeyond * (span - RECOMMENDED_MAX_AGE_SPAN);
  return {
    points: Math.round(each) * ages.length,
    judged: ages.length,
    favourable: each > 0 ? ages.length : 0,
  };
}

function explain(
  criterion: Criterion,
  tally: Tally,
  shared: ProposalShared,
  people: readonly WaitingPerson[],
  ctx: MatchingContext,
): string {
  const n = people.length;
  switch (criterion) {
    case 'municipality': {
      const place = shared.municipality ?? '';
      const residents = people.filter((p) => p.municipality === place).length;
      if (residents === n) return `Alle bor i ${place}`;
      const others = count(n - residents, 'i nabokommune', 'i nabokommuner');
      return `${residents} bor i ${place}, ${others}`;
    }
    case 'weekday':
      return `Alle passer på ${WEEKDAY_PLURAL[shared.weekday]}`;
    case 'timeOfDay':
      return `Alle passer ${TIME_OF_DAY_PHRASE[shared.timeOfDay]}`;
    case 'format': {
      const adjective = FORMAT_ADJECTIVE[shared.format];
      const exact = people.filter((p) => p.format === shared.format).length;
      if (exact === n) return `Alle ønsker ${adjective} gruppe`;
      if (exact === 0) return 'Alle kan delta både fysisk og digitalt';
      return `${capitalise(adjective)} gruppe: ${exact} ønsker det, ${n - exact} kan begge deler`;
    }
    case 'theme':
      return `Samme tema (${shared.theme ?? ''})`;
    case 'composition': {
      const wish = shared.composition === 'MIXED' ? 'blandet gruppe' : 'temagruppe';
      return tally.judged === n ? `Alle ønsker ${wish}` : `${tally.judged} av ${n} ønsker ${wish}`;
    }
    case 'ageSpan': {
      const ages = people.map((p) => ageOf(p.birthYear, ctx.currentYear));
      const extent = ageExtent(ages);
      const span = extent === null ? 0 : extent.max - extent.min;
      const unknown = ages.filter((a) => a === null).length;
      const suffix = unknown === 0 ? '' : `, alder ukjent for ${unknown}`;
      return `Aldersspennet er ${span} år (anbefalt høyst ${RECOMMENDED_MAX_AGE_SPAN})${suffix}`;
    }
    case 'ageWish':
      return `Aldersønsket passer for ${tally.favourable} av ${tally.judged} som har et`;
    case 'genderMix':
      return `Kjønnsønsket passer for ${tally.favourable} av ${tally.judged} som har et`;
    default:
      return criterion;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
