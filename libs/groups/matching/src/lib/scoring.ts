import { ageExtent, ageOf, inRange } from './age';
import { compareStrings, normaliseTheme } from './compare';
import { areNeighbours } from './neighbours';
import {
  FORMAT_ADJECTIVE,
  GENDER_PLURAL,
  TIME_OF_DAY_PHRASE,
  WEEKDAY_PLURAL,
  ageRangeText,
  count,
} from './norwegian';
import type {
  CandidateGroup,
  Gender,
  MatchingContext,
  MatchingWeights,
  Reason,
  WaitingPerson,
} from './types';
import { MIN_GROUP_SIZE, RECOMMENDED_MAX_AGE_SPAN } from './weights';

/** Stable identifiers for `Reason.criterion`, so a UI can map them to icons or filters. */
export type Criterion =
  | 'municipality'
  | 'weekday'
  | 'timeOfDay'
  | 'format'
  | 'theme'
  | 'composition'
  | 'ageSpan'
  | 'ageWish'
  | 'genderMix'
  | 'groupSize'
  | 'waitingTime';

/** A reason from scoreFit: the criterion is one of the known ones, so callers can switch on it. */
export interface CriterionReason extends Reason {
  criterion: Criterion;
}

type KnownGender = Exclude<Gender, 'UNSPECIFIED'>;

/** UNSPECIFIED means the person would rather not say: for matching that is the same as unknown. */
function knownGender(gender: Gender | null): KnownGender | null {
  return gender === null || gender === 'UNSPECIFIED' ? null : gender;
}

/**
 * Soft criteria for a pair that already passed the hard constraints. Returns one reason per
 * criterion that moved the score; a criterion that cannot be judged (an unknown age, an empty
 * group) says nothing rather than guessing, so every reason shown is one the data supports.
 */
export function scoreFit(
  person: WaitingPerson,
  group: CandidateGroup,
  ctx: MatchingContext,
): CriterionReason[] {
  const w = ctx.weights;
  const reasons: CriterionReason[] = [];
  const add = (criterion: Criterion, points: number, explanation: string) => {
    const rounded = Math.round(points);
    // Zero points changed nothing, so listing them would only bury the reasons that matter.
    if (rounded !== 0) reasons.push({ criterion, points: rounded, explanation });
  };

  scorePlace(person, group, ctx, add);
  scoreSchedule(person, group, w, add);
  scoreFormatAndComposition(person, group, w, add);
  scoreAges(person, group, ctx, add);
  scoreGenderMix(person, group, w, add);
  scoreGroupSize(group, w, add);
  return reasons;
}

type Add = (criterion: Criterion, points: number, explanation: string) => void;

function scorePlace(person: WaitingPerson, group: CandidateGroup, ctx: MatchingContext, add: Add) {
  // A digital group is equally near to everyone, so place neither helps nor hurts it.
  if (group.format !== 'PHYSICAL' || group.municipality === null || person.municipality === null) {
    return;
  }
  if (person.municipality === group.municipality) {
    add('municipality', ctx.weights.sameMunicipality, `Samme kommune (${group.municipality})`);
  } else if (areNeighbours(ctx.neighbours, person.municipality, group.municipality)) {
    add(
      'municipality',
      ctx.weights.neighbouringMunicipality,
      `Nabokommune (${group.municipality})`,
    );
  }
}

function scoreSchedule(person: WaitingPerson, group: CandidateGroup, w: MatchingWeights, add: Add) {
  if (person.weekdays.length === 0) add('weekday', w.anyWeekday, 'Passer alle dager');
  else if (person.weekdays.includes(group.weekday)) {
    add('weekday', w.statedWeekday, `Passer på ${WEEKDAY_PLURAL[group.weekday]}`);
  }
  if (person.timesOfDay.length === 0) {
    add('timeOfDay', w.anyTimeOfDay, 'Passer når som helst på dagen');
  } else if (person.timesOfDay.includes(group.timeOfDay)) {
    add('timeOfDay', w.statedTimeOfDay, `Passer ${TIME_OF_DAY_PHRASE[group.timeOfDay]}`);
  }
}

function scoreFormatAndComposition(
  person: WaitingPerson,
  group: CandidateGroup,
  w: MatchingWeights,
  add: Add,
) {
  if (person.format === group.format) {
    add('format', w.exactFormat, `Ønsker ${FORMAT_ADJECTIVE[group.format]} gruppe`);
  } else if (person.format === 'EITHER' || person.format === null) {
    add('format', w.eitherFormat, 'Kan delta både fysisk og digitalt');
  }

  const theme = normaliseTheme(group.theme);
  if (group.composition === 'THEMED' && theme !== null && normaliseTheme(person.theme) === theme) {
    add('theme', w.themeMatch, `Samme tema (${group.theme?.trim()})`);
  }
  if (person.composition === 'MIXED' && group.composition === 'MIXED') {
    add('composition', w.compositionWish, 'Ønsker blandet gruppe');
  } else if (person.composition === 'THEMED' && group.composition === 'THEMED') {
    add('composition', w.compositionWish, 'Ønsker temagruppe');
  }
}

function scoreAges(person: WaitingPerson, group: CandidateGroup, ctx: MatchingContext, add: Add) {
  const w = ctx.weights;
  const memberAges: number[] = [];
  for (const member of group.members) {
    const age = ageOf(member.birthYear, ctx.currentYear);
    if (age !== null) memberAges.push(age);
  }
  if (memberAges.length === 0) return;

  const age = ageOf(person.birthYear, ctx.currentYear);
  if (age !== null) {
    const before = ageExtent(memberAges)!;
    const span = Math.max(before.max, age) - Math.min(before.min, age);
    const text = `Aldersspennet blir ${span} år (anbefalt høyst ${RECOMMENDED_MAX_AGE_SPAN})`;
    if (span <= RECOMMENDED_MAX_AGE_SPAN) add('ageSpan', w.ageSpanWithin, text);
    else {
      // Only the years this person adds count against them: a group that is already too wide
      // is not this person's doing, and penalising them for it would hide good fits.
      const beyond = span - Math.max(RECOMMENDED_MAX_AGE_SPAN, before.max - before.min);
      if (beyond > 0) add('ageSpan', -w.ageSpanPerYearBeyond * beyond, text);
    }
  }

  if (person.ageRangeMin !== null || person.ageRangeMax !== null) {
    let inside = 0;
    for (const memberAge of memberAges) {
      if (inRange(memberAge, person.ageRangeMin, person.ageRangeMax)) inside++;
    }
    const outside = memberAges.length - inside;
    // Scaled by the share so one outlier in a group of seven costs little, while a group where
    // nobody is the wished age costs the full weight.
    const range = ageRangeText(person.ageRangeMin, person.ageRangeMax);
    const known = count(memberAges.length, 'medlem', 'medlemmer');
    add(
      'ageWish',
      (w.ageWish * (inside - outside)) / memberAges.length,
      `${inside} av ${known} er i ønsket alder (${range})`,
    );
  }
}

function scoreGenderMix(
  person: WaitingPerson,
  group: CandidateGroup,
  w: MatchingWeights,
  add: Add,
) {
  if (person.genderMix !== 'SAME_GENDER' && person.genderMix !== 'MIXED') return;
  const own = knownGender(person.gender);
  const memberGenders: KnownGender[] = [];
  for (const member of group.members) {
    const gender = knownGender(member.gender);
    if (gender !== null) memberGenders.push(gender);
  }
  if (memberGenders.length === 0) return;

  if (person.genderMix === 'SAME_GENDER') {
    if (own === null) return;
    const same = memberGenders.filter((g) => g === own).length;
    const different = memberGenders.length - same;
    add(
      'genderMix',
      (w.genderMix * (same - different)) / memberGenders.length,
      `Ønsker samme kjønn: ${same} av ${memberGenders.length} medlemmer er ${GENDER_PLURAL[own]}`,
    );
    return;
  }

  const distinct = new Set<KnownGender>(memberGenders);
  if (own !== null) distinct.add(own);
  if (distinct.size >= 2) {
    add('genderMix', w.genderMix, 'Ønsker blandet kjønn, og gruppa blir blandet');
  } else if (own !== null) {
    add(
      'genderMix',
      -w.genderMix,
      `Ønsker blandet kjønn, men alle medlemmene er ${GENDER_PLURAL[own]}`,
    );
  }
}

function scoreGroupSize(group: CandidateGroup, w: MatchingWeights, add: Add) {
  const members = group.members.length;
  if (members < MIN_GROUP_SIZE) {
    // A group below five cannot start; every person added brings it closer, which is worth more
    // to everyone waiting in it than one more seat filled in a group that already runs.
    const missing = MIN_GROUP_SIZE - members;
    const has = members === 0 ? 'ingen medlemmer ennå' : count(members, 'medlem', 'medlemmer');
    add('groupSize', w.groupSize, `Gruppa har ${has} og trenger ${missing} til for å starte`);
    return;
  }
  const free = group.capacity - members;
  if (free <= 0) return;
  const size = count(members, 'medlem', 'medlemmer');
  const room = count(free, 'ledig plass', 'ledige plasser');
  add('groupSize', (w.groupSize * free) / group.capacity, `Gruppa har ${size} og ${room}`);
}

/** Largest effect first so the UI can show the top two or three; criterion name breaks ties. */
export function sortReasons<T extends Reason>(reasons: T[]): T[] {
  // Points and explanation settle the rare full tie (two reasons of one criterion, as in a
  // caller's own list), so the order never depends on the input order.
  return reasons.sort(
    (a, b) =>
      Math.abs(b.points) - Math.abs(a.points) ||
      compareStrings(a.criterion, b.criterion) ||
      b.points - a.points ||
      compareStrings(a.explanation, b.explanation),
  );
}

/** The score is exactly the sum of the reasons shown, so the explanation always adds up. */
export function sumPoints(reasons: readonly Reason[]): number {
  let total = 0;
  for (const reason of reasons) total += reason.points;
  return total;
}
