import { CTX, group, members, person, seededRandom, shuffle } from '../testing/fixtures';
import { suggestGroupsForPerson, suggestPeopleForGroup } from './suggestions';
import type { MatchingContext, Reason } from './types';
import { DEFAULT_MATCHING_WEIGHTS } from './weights';

const pointsFor = (reasons: Reason[], criterion: string) =>
  reasons.find((r) => r.criterion === criterion)?.points;

describe('suggestGroupsForPerson', () => {
  it('scores a good fit exactly as the weights say, and the reasons add up to the score', () => {
    const kari = person('kari', {
      municipality: 'Askøy',
      birthYear: 1990, // 36
      weekdays: ['TUESDAY'],
      timesOfDay: ['EVENING'],
      format: 'PHYSICAL',
      composition: 'MIXED',
    });
    const [suggestion] = suggestGroupsForPerson(
      kari,
      [group('g', { members: members(3, 1996) })],
      CTX,
    );

    // 30 place + 10 day + 10 time + 8 format + 8 composition + 10 age span (6 years) + 12 size.
    expect(suggestion.score).toBe(88);
    expect(suggestion.reasons).toEqual([
      { criterion: 'municipality', points: 30, explanation: 'Samme kommune (Askøy)' },
      {
        criterion: 'groupSize',
        points: 12,
        explanation: 'Gruppa har 3 medlemmer og trenger 2 til for å starte',
      },
      {
        criterion: 'ageSpan',
        points: 10,
        explanation: 'Aldersspennet blir 6 år (anbefalt høyst 15)',
      },
      { criterion: 'timeOfDay', points: 10, explanation: 'Passer om kvelden' },
      { criterion: 'weekday', points: 10, explanation: 'Passer på tirsdager' },
      { criterion: 'composition', points: 8, explanation: 'Ønsker blandet gruppe' },
      { criterion: 'format', points: 8, explanation: 'Ønsker fysisk gruppe' },
    ]);
  });

  it('the same municipality ranks above a neighbour', () => {
    const kari = person('kari', { municipality: 'Askøy' });
    // Ids chosen so that the id tie-break alone would put Bergen first.
    const ranked = suggestGroupsForPerson(
      kari,
      [group('a-bergen', { municipality: 'Bergen' }), group('b-askoy')],
      CTX,
    );
    expect(ranked.map((s) => s.groupId)).toEqual(['b-askoy', 'a-bergen']);
    expect(ranked[1].reasons).toContainEqual({
      criterion: 'municipality',
      points: 15,
      explanation: 'Nabokommune (Bergen)',
    });
  });

  it('adding a 70-year-old to a group of 25-year-olds is penalised with a reason', () => {
    const olav = person('olav', { birthYear: 1956 });
    const [suggestion] = suggestGroupsForPerson(
      olav,
      [group('g', { members: members(5, 2001) })],
      CTX,
    );
    // Span 45 years, 30 beyond the recommended 15, 2 points per year.
    expect(suggestion.reasons).toContainEqual({
      criterion: 'ageSpan',
      points: -60,
      explanation: 'Aldersspennet blir 45 år (anbefalt høyst 15)',
    });
    expect(suggestion.score).toBeLessThan(0);
  });

  it('only the years a person adds to an already wide group count against them', () => {
    // Ages 25 and 55: already 30 years wide.
    const wide = group('wide', { members: [...members(3, 2001), ...members(3, 1971)] });
    const inside = person('inside', { birthYear: 1986 }); // 40: span stays 30
    const outside = person('outside', { birthYear: 1966 }); // 60: span becomes 35
    expect(pointsFor(suggestGroupsForPerson(inside, [wide], CTX)[0].reasons, 'ageSpan')).toBe(
      undefined,
    );
    expect(pointsFor(suggestGroupsForPerson(outside, [wide], CTX)[0].reasons, 'ageSpan')).toBe(-10);
  });

  it('a stated day and time earn more than "any time suits"', () => {
    const g = group('g');
    const specific = suggestGroupsForPerson(
      person('a', { weekdays: ['TUESDAY'], timesOfDay: ['EVENING'] }),
      [g],
      CTX,
    )[0];
    const flexible = suggestGroupsForPerson(person('b'), [g], CTX)[0];
    expect(specific.score - flexible.score).toBe(10);
    expect(flexible.reasons).toContainEqual({
      criterion: 'weekday',
      points: 5,
      explanation: 'Passer alle dager',
    });
  });

  it('a group that needs people to reach five ranks above one at seven', () => {
    const ranked = suggestGroupsForPerson(
      person('kari'),
      [
        group('a-seven', { members: members(7, null) }),
        group('b-three', { members: members(3, null) }),
      ],
      CTX,
    );
    expect(ranked.map((s) => [s.groupId, pointsFor(s.reasons, 'groupSize')])).toEqual([
      ['b-three', 12],
      ['a-seven', 2], // 12 x 1 free place / 8
    ]);
  });

  it('gender and age wishes count by the share of members who fit them', () => {
    const ingrid = person('ingrid', {
      gender: 'FEMALE',
      genderMix: 'SAME_GENDER',
      ageRangeMin: 30,
      ageRangeMax: 45,
    });
    const g = group('g', {
      members: [...members(3, 1990, 'FEMALE'), { birthYear: 1950, gender: 'MALE' }], // 36 x3, 76
    });
    const [suggestion] = suggestGroupsForPerson(ingrid, [g], CTX);
    // (3 same - 1 different) / 4 x 10 = 5, for both wishes.
    expect(suggestion.reasons).toContainEqual({
      criterion: 'genderMix',
      points: 5,
      explanation: 'Ønsker samme kjønn: 3 av 4 medlemmer er kvinner',
    });
    expect(suggestion.reasons).toContainEqual({
      criterion: 'ageWish',
      points: 5,
      explanation: '3 av 4 medlemmer er i ønsket alder (30–45 år)',
    });
  });

  it('weights come from the context', () => {
    const kari = person('kari', { municipality: 'Askøy' });
    const groups = [
      group('a-far-but-digital', { format: 'DIGITAL', municipality: null }),
      group('b-local'),
    ];
    expect(suggestGroupsForPerson(kari, groups, CTX)[0].groupId).toBe('b-local');

    const placeDoesNotMatter: MatchingContext = {
      ...CTX,
      weights: { ...DEFAULT_MATCHING_WEIGHTS, sameMunicipality: 0 },
    };
    const ranked = suggestGroupsForPerson(kari, groups, placeDoesNotMatter);
    expect(ranked.map((s) => s.score)).toEqual([ranked[0].score, ranked[0].score]);
    expect(ranked[0].groupId).toBe('a-far-but-digital'); // equal scores: id decides
    expect(pointsFor(ranked[1].reasons, 'municipality')).toBeUndefined();
  });

  it('reasons are sorted by size of effect, then criterion, and always sum to the score', () => {
    const { reasons, score } = suggestGroupsForPerson(
      person('olav', {
        birthYear: 1956,
        municipality: 'Bergen',
        genderMix: 'MIXED',
        gender: 'MALE',
      }),
      [group('g', { members: members(4, 2001, 'MALE') })],
      CTX,
    )[0];
    expect(reasons.reduce((sum, r) => sum + r.points, 0)).toBe(score);
    const order = reasons.map((r) => [Math.abs(r.points), r.criterion] as const);
    const sorted = [...order].sort(
      (a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0),
    );
    expect(order).toEqual(sorted);
    expect(reasons).toContainEqual({
      criterion: 'genderMix',
      points: -10,
      explanation: 'Ønsker blandet kjønn, men alle medlemmene er menn',
    });
  });

  it('output is the same for shuffled input', () => {
    const kari = person('kari', { municipality: 'Bergen' });
    const groups = ['Bergen', 'Askøy', 'Alver', 'Bergen', 'Osterøy', 'Bergen'].map((m, i) =>
      group(`g${i}`, { municipality: m, members: members(i % 3, 1990) }),
    );
    const expected = suggestGroupsForPerson(kari, groups, CTX);
    const random = seededRandom(7);
    for (let run = 0; run < 5; run++) {
      expect(suggestGroupsForPerson(kari, shuffle(groups, random), CTX)).toEqual(expected);
    }
  });
});

describe('suggestPeopleForGroup', () => {
  const g = group('g');
  const today = new Date('2026-06-15T00:00:00Z');

  it('a longer wait ranks higher among equal fits, capped so it cannot outweigh fit', () => {
    const ranked = suggestPeopleForGroup(
      g,
      [
        person('new', { waitingSince: new Date('2026-06-01T00:00:00Z') }),
        person('old', { waitingSince: new Date('2025-01-10T00:00:00Z') }),
        person('mid', { waitingSince: new Date('2026-03-10T00:00:00Z') }),
        person('local', { municipality: 'Askøy', waitingSince: new Date('2026-06-01T00:00:00Z') }),
      ],
      { ...CTX, today },
    );
    expect(ranked.map((s) => s.participantId)).toEqual(['local', 'old', 'mid', 'new']);
    // 17 months x 2 = 34, capped at 24; below the 30 points of living in Askøy.
    expect(ranked[1].reasons).toContainEqual({
      criterion: 'waitingTime',
      points: 24,
      explanation: 'Har ventet i 17 måneder',
    });
    expect(pointsFor(ranked[3].reasons, 'waitingTime')).toBeUndefined();
  });

  it('equal scores fall back to waiting date, then id; incompatible people are left out', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    const ranked = suggestPeopleForGroup(
      g,
      [
        person('b', { waitingSince: since }),
        person('a', { waitingSince: since }),
        person('c', { waitingSince: new Date('2026-01-01T00:00:00Z') }),
        person('digital-only', { format: 'DIGITAL' }),
        person('early', { waitingSince: new Date('2025-12-20T00:00:00Z') }), // < 1 month: 0 points
      ],
      { ...CTX, today: new Date('2026-01-10T00:00:00Z') },
    );
    expect(ranked.map((s) => s.participantId)).toEqual(['early', 'a', 'b', 'c']);
    expect(new Set(ranked.map((s) => s.score)).size).toBe(1);
  });
});
