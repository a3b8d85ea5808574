import { NEIGHBOURING_MUNICIPALITIES } from '../lib/neighbours';
import {
  TIMES_OF_DAY,
  WEEKDAYS,
  type CandidateGroup,
  type Gender,
  type GroupMember,
  type MatchingContext,
  type WaitingPerson,
} from '../lib/types';
import { DEFAULT_MATCHING_WEIGHTS } from '../lib/weights';

/** 2026 keeps ages readable in tests: born 2001 = 25 years old. */
export const CTX: MatchingContext = {
  weights: DEFAULT_MATCHING_WEIGHTS,
  neighbours: NEIGHBOURING_MUNICIPALITIES,
  currentYear: 2026,
};

/** A person with no preferences at all, so each test states only what it is about. */
export function person(id: string, overrides: Partial<WaitingPerson> = {}): WaitingPerson {
  return {
    id,
    municipality: null,
    birthYear: null,
    gender: null,
    timesOfDay: [],
    weekdays: [],
    format: null,
    composition: null,
    theme: null,
    genderMix: null,
    ageRangeMin: null,
    ageRangeMax: null,
    waitingSince: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** A physical, mixed Tuesday-evening group in Askøy with room for 8 and no members yet. */
export function group(id: string, overrides: Partial<CandidateGroup> = {}): CandidateGroup {
  return {
    id,
    weekday: 'TUESDAY',
    timeOfDay: 'EVENING',
    format: 'PHYSICAL',
    municipality: 'Askøy',
    composition: 'MIXED',
    theme: null,
    capacity: 8,
    ageRangeMin: null,
    ageRangeMax: null,
    members: [],
    ...overrides,
  };
}

export function members(n: number, birthYear: number | null, gender: Gender | null = null) {
  return Array.from({ length: n }, (): GroupMember => ({ birthYear, gender }));
}

/** Small seeded PRNG (mulberry32): random-looking test data that is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const AREAS = ['Bergen', 'Askøy', 'Alver', 'Øygarden', 'Samnanger', 'Osterøy', 'Bjørnafjorden'];

/** A varied waiting list and set of groups, for property-style tests (invariants, determinism). */
export function population(seed: number, peopleCount: number, groupCount: number) {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const some = <T>(values: readonly T[], max: number): T[] =>
    random() < 0.3
      ? []
      : [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(values)))];

  const people: WaitingPerson[] = Array.from({ length: peopleCount }, (_, i) =>
    person(`p${String(i).padStart(4, '0')}`, {
      municipality: random() < 0.05 ? null : pick(AREAS),
      birthYear: random() < 0.1 ? null : 1950 + Math.floor(random() * 55),
      gender: pick<Gender | null>(['FEMALE', 'MALE', 'OTHER', 'UNSPECIFIED', null]),
      weekdays: some(WEEKDAYS, 2),
      timesOfDay: some(TIMES_OF_DAY, 2),
      format: pick(['PHYSICAL', 'PHYSICAL', 'DIGITAL', 'EITHER', null] as const),
      composition: pick(['MIXED', 'THEMED', 'EITHER', null] as const),
      theme: random() < 0.4 ? pick(['sorg', 'angst', 'samlivsbrudd']) : null,
      genderMix: pick(['SAME_GENDER', 'MIXED', 'NO_PREFERENCE', null] as const),
      // Whole days only, and several people per day, so the waitingSince tie-break is exercised.
      waitingSince: new Date(Date.UTC(2025, 0, 1 + Math.floor(random() * 300))),
    }),
  );
  const groups: CandidateGroup[] = Array.from({ length: groupCount }, (_, i) => {
    const themed = random() < 0.3;
    return group(`g${String(i).padStart(3, '0')}`, {
      weekday: pick(WEEKDAYS),
      timeOfDay: pick(TIMES_OF_DAY),
      format: random() < 0.7 ? 'PHYSICAL' : 'DIGITAL',
      municipality: pick(AREAS),
      composition: themed ? 'THEMED' : 'MIXED',
      theme: themed ? pick(['sorg', 'angst', 'samlivsbrudd']) : null,
      members: members(Math.floor(random() * 9), 1960 + Math.floor(random() * 40)),
    });
  });
  return { people, groups };
}
