import {
  CTX,
  group,
  members,
  person,
  population,
  seededRandom,
  shuffle,
} from '../testing/fixtures';
import { isCompatible } from './compatibility';
import { proposeNewGroups } from './proposals';
import { groupForSlot } from './slots';
import type { WaitingPerson } from './types';

/** Day n of 2025: lower n = registered earlier = waited longer. */
const day = (n: number) => new Date(Date.UTC(2025, 0, n));

/** A Tuesday-evening person who wants a physical mixed group, as in the test group fixture. */
function tuesdayEvening(id: string, overrides: Partial<WaitingPerson> = {}): WaitingPerson {
  return person(id, {
    municipality: 'Askøy',
    weekdays: ['TUESDAY'],
    timesOfDay: ['EVENING'],
    format: 'PHYSICAL',
    composition: 'MIXED',
    birthYear: 1990,
    ...overrides,
  });
}

const many = (n: number, prefix: string, overrides: Partial<WaitingPerson> = {}) =>
  Array.from({ length: n }, (_, i) =>
    tuesdayEvening(`${prefix}${i + 1}`, { waitingSince: day(i + 1), ...overrides }),
  );

describe('proposeNewGroups', () => {
  it('seven evening people on Tuesdays in Askøy become one proposal', () => {
    const people = many(7, 'p').map((p, i) => ({ ...p, birthYear: 1990 + i }));
    const proposals = proposeNewGroups(shuffle(people, seededRandom(1)), [], CTX);

    expect(proposals).toHaveLength(1);
    const [proposal] = proposals;
    expect(proposal.participantIds).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(proposal.shared).toEqual({
      weekday: 'TUESDAY',
      timeOfDay: 'EVENING',
      format: 'PHYSICAL',
      municipality: 'Askøy',
      composition: 'MIXED',
      theme: null,
    });
    // Per member: 30 place + 10 day + 10 time + 8 format + 8 composition + 10 age span (6 years).
    expect(proposal.score).toBe(7 * 76);
    expect(proposal.reasons.map((r) => r.explanation)).toEqual([
      'Alle bor i Askøy',
      'Aldersspennet er 6 år (anbefalt høyst 15)',
      'Alle passer om kvelden',
      'Alle passer på tirsdager',
      'Alle ønsker blandet gruppe',
      'Alle ønsker fysisk gruppe',
    ]);
  });

  it('people served by an existing group are not proposed', () => {
    const people = many(7, 'p');
    const open = group('open', { members: members(3, 1990) });
    expect(proposeNewGroups(people, [open], CTX)).toEqual([]);

    // The same group with no free place serves nobody.
    const full = { ...open, capacity: 3 };
    expect(proposeNewGroups(people, [full], CTX)).toHaveLength(1);
  });

  it('fewer than five people who can meet make no proposal', () => {
    expect(proposeNewGroups(many(4, 'p'), [], CTX)).toEqual([]);
    // Five people, but no two share a weekday.
    const apart = (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((d, i) =>
      tuesdayEvening(`p${i}`, { weekdays: [d] }),
    );
    expect(proposeNewGroups(apart, [], CTX)).toEqual([]);
  });

  it('a proposal holds at most eight, and the longest waiting get the places', () => {
    const twelve = many(12, 'p');
    const proposals = proposeNewGroups(shuffle(twelve, seededRandom(2)), [], CTX);
    expect(proposals.map((p) => p.participantIds)).toEqual([
      ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'],
    ]);

    const sixteen = proposeNewGroups(many(16, 'p'), [], CTX);
    expect(sixteen.map((p) => p.participantIds.length)).toEqual([8, 8]);
    expect(new Set(sixteen.flatMap((p) => p.participantIds)).size).toBe(16);
  });

  it('keeps the age span within 15 years when enough people allow it', () => {
    const people = [
      // The two who waited longest are 70; there are too few of them to form a group.
      tuesdayEvening('old1', { birthYear: 1956, waitingSince: day(1) }),
      tuesdayEvening('old2', { birthYear: 1956, waitingSince: day(2) }),
      ...many(6, 'young', { birthYear: 1996 }).map((p, i) => ({ ...p, waitingSince: day(10 + i) })),
    ];
    const [proposal] = proposeNewGroups(people, [], CTX);
    expect(proposal.participantIds).toEqual([
      'young1',
      'young2',
      'young3',
      'young4',
      'young5',
      'young6',
    ]);
  });

  it('proposes a group a little beyond the recommended age span, with a warning reason', () => {
    const people = [
      ...many(3, 'young', { birthYear: 2001 }),
      ...many(3, 'older', { birthYear: 1981 }).map((p, i) => ({ ...p, waitingSince: day(20 + i) })),
    ];
    const [proposal] = proposeNewGroups(people, [], CTX);
    expect(proposal.participantIds).toHaveLength(6);
    // Span 20 = 5 years beyond 15, at 2 points a year, for each of the 6 members.
    expect(proposal.reasons).toContainEqual({
      criterion: 'ageSpan',
      points: -60,
      explanation: 'Aldersspennet er 20 år (anbefalt høyst 15)',
    });
  });

  it('does not offer a group whose ages are far beyond the frame, or whose score is negative', () => {
    const people = [
      ...many(3, 'young', { birthYear: 2001 }),
      ...many(3, 'old', { birthYear: 1956 }).map((p, i) => ({ ...p, waitingSince: day(20 + i) })),
    ];
    // Span 45: more than twice the recommended 15 years.
    expect(proposeNewGroups(people, [], CTX)).toEqual([]);
    // Allowed by option, it is still not offered: the age penalty makes its score negative.
    const wide = proposeNewGroups(people, [], CTX, { maxAgeSpan: 60 });
    expect(wide.every((p) => p.score >= 0)).toBe(true);
  });

  it('people from neighbouring municipalities are gathered where most of them live', () => {
    const people = [
      ...many(3, 'samnanger', { municipality: 'Samnanger' }),
      ...many(2, 'bergen', { municipality: 'Bergen' }),
    ];
    const [proposal] = proposeNewGroups(people, [], CTX);
    expect(proposal.shared.municipality).toBe('Samnanger');
    expect(proposal.participantIds).toHaveLength(5);
    expect(proposal.reasons).toContainEqual({
      criterion: 'municipality',
      points: 3 * 30 + 2 * 15,
      explanation: '3 bor i Samnanger, 2 i nabokommuner',
    });
  });

  it('digital groups gather people from anywhere; physical-only needs a known place', () => {
    const places = ['Oslo', 'Trondheim', 'Bergen', 'Skien', null];
    const digital = places.map((municipality, i) =>
      tuesdayEvening(`d${i}`, { municipality, format: 'DIGITAL' }),
    );
    const [proposal] = proposeNewGroups(digital, [], CTX);
    expect(proposal.shared).toMatchObject({ format: 'DIGITAL', municipality: null });

    const nowhere = many(5, 'x', { municipality: null });
    expect(proposeNewGroups(nowhere, [], CTX)).toEqual([]);
  });

  it('a themed proposal keeps the theme as people wrote it', () => {
    const people = many(5, 'p', { composition: 'THEMED', theme: 'Sorg' }).map((p, i) =>
      i % 2 === 0 ? p : { ...p, theme: ' sorg' },
    );
    const [proposal] = proposeNewGroups(people, [], CTX);
    expect(proposal.shared).toMatchObject({ composition: 'THEMED', theme: 'Sorg' });
    expect(proposal.reasons).toContainEqual({
      criterion: 'theme',
      points: 5 * 15,
      explanation: 'Samme tema (Sorg)',
    });
  });

  it('respects minSize and maxSize, and rejects impossible options', () => {
    const proposals = proposeNewGroups(many(7, 'p'), [], CTX, { minSize: 3, maxSize: 4 });
    expect(proposals.map((p) => p.participantIds.length)).toEqual([4, 3]);
    expect(() => proposeNewGroups([], [], CTX, { minSize: 6, maxSize: 5 })).toThrow(RangeError);
  });

  it('every proposal is a valid group for each member, and nobody is proposed twice', () => {
    const { people, groups } = population(11, 600, 40);
    const proposals = proposeNewGroups(people, groups, CTX);
    expect(proposals.length).toBeGreaterThan(5);

    const byId = new Map(people.map((p) => [p.id, p]));
    const seen = new Set<string>();
    for (const proposal of proposals) {
      expect(proposal.participantIds.length).toBeGreaterThanOrEqual(5);
      expect(proposal.participantIds.length).toBeLessThanOrEqual(8);
      const newGroup = groupForSlot(proposal.shared, 8, []);
      for (const id of proposal.participantIds) {
        const member = byId.get(id)!;
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        expect(isCompatible(member, newGroup, CTX)).toBe(true);
        expect(groups.some((g) => isCompatible(member, g, CTX))).toBe(false);
      }
    }
  });

  it('output is the same for shuffled input', () => {
    const { people, groups } = population(5, 500, 30);
    const expected = proposeNewGroups(people, groups, CTX);
    expect(expected.length).toBeGreaterThan(0);
    const random = seededRandom(99);
    for (let run = 0; run < 3; run++) {
      expect(proposeNewGroups(shuffle(people, random), shuffle(groups, random), CTX)).toEqual(
        expected,
      );
    }
  });
});
