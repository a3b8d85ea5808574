import { CTX, group, members, person } from '../testing/fixtures';
import { ageOf } from './age';
import { incompatibilities, isCompatible } from './compatibility';
import { NEIGHBOURING_MUNICIPALITIES } from './neighbours';
import { suggestGroupsForPerson } from './suggestions';

describe('hard constraints', () => {
  it('a full group is never suggested', () => {
    const kari = person('kari', { municipality: 'Askøy' });
    const full = group('full', { capacity: 6, members: members(6, 1990) });
    const open = group('open', { capacity: 6, members: members(5, 1990) });

    expect(isCompatible(kari, full, CTX)).toBe(false);
    expect(suggestGroupsForPerson(kari, [full, open], CTX).map((s) => s.groupId)).toEqual(['open']);
  });

  it('a person who only wants digital groups gets no physical group, and the reverse', () => {
    const digital = group('digital', { format: 'DIGITAL', municipality: null });
    const physical = group('physical');

    const onlyDigital = person('d', { format: 'DIGITAL', municipality: 'Askøy' });
    expect(
      suggestGroupsForPerson(onlyDigital, [digital, physical], CTX).map((s) => s.groupId),
    ).toEqual(['digital']);

    const onlyPhysical = person('p', { format: 'PHYSICAL', municipality: 'Askøy' });
    expect(isCompatible(onlyPhysical, digital, CTX)).toBe(false);

    // null and EITHER both mean "either".
    for (const format of [null, 'EITHER'] as const) {
      const either = person('e', { format, municipality: 'Askøy' });
      expect([isCompatible(either, digital, CTX), isCompatible(either, physical, CTX)]).toEqual([
        true,
        true,
      ]);
    }
  });

  it('a day or time the person did not name excludes the group; naming none accepts all', () => {
    const tuesdayEvening = group('g');
    expect(
      isCompatible(person('a', { weekdays: ['MONDAY', 'WEDNESDAY'] }), tuesdayEvening, CTX),
    ).toBe(false);
    expect(isCompatible(person('b', { timesOfDay: ['MORNING'] }), tuesdayEvening, CTX)).toBe(false);
    expect(
      isCompatible(
        person('c', { weekdays: ['TUESDAY'], timesOfDay: ['AFTERNOON', 'EVENING'] }),
        tuesdayEvening,
        CTX,
      ),
    ).toBe(true);
    expect(isCompatible(person('d'), tuesdayEvening, CTX)).toBe(true);
  });

  it('a physical group beyond the neighbours is too far; a digital one never is', () => {
    const fromSamnanger = person('s', { municipality: 'Samnanger' });
    // Samnanger borders Bergen but not Askøy.
    expect(isCompatible(fromSamnanger, group('askøy'), CTX)).toBe(false);
    expect(isCompatible(fromSamnanger, group('bergen', { municipality: 'Bergen' }), CTX)).toBe(
      true,
    );
    expect(
      isCompatible(fromSamnanger, group('online', { format: 'DIGITAL', municipality: null }), CTX),
    ).toBe(true);
    // Unknown municipality: cannot judge distance, so it does not exclude.
    expect(isCompatible(person('x'), group('askøy'), CTX)).toBe(true);
  });

  it('themes and composition wishes exclude groups of the wrong kind', () => {
    const grief = group('grief', { composition: 'THEMED', theme: 'Sorg' });
    const mixed = group('mixed');

    expect(isCompatible(person('a', { theme: 'sorg ' }), grief, CTX)).toBe(true);
    expect(isCompatible(person('b', { theme: 'angst' }), grief, CTX)).toBe(false);
    expect(isCompatible(person('c'), grief, CTX)).toBe(false);
    expect(isCompatible(person('d', { composition: 'MIXED', theme: 'sorg' }), grief, CTX)).toBe(
      false,
    );
    expect(isCompatible(person('e', { composition: 'THEMED', theme: 'sorg' }), mixed, CTX)).toBe(
      false,
    );
    expect(isCompatible(person('f', { composition: 'EITHER', theme: 'sorg' }), mixed, CTX)).toBe(
      true,
    );
  });

  it("a person outside the group's own age range is excluded; an unknown age is not", () => {
    const youngAdults = group('young', { ageRangeMin: 18, ageRangeMax: 30 });
    expect(isCompatible(person('a', { birthYear: 2000 }), youngAdults, CTX)).toBe(true); // 26
    expect(isCompatible(person('b', { birthYear: 1990 }), youngAdults, CTX)).toBe(false); // 36
    expect(isCompatible(person('c'), youngAdults, CTX)).toBe(true);
  });

  it('incompatibilities names every broken rule in Norwegian', () => {
    const kari = person('kari', {
      municipality: 'Samnanger',
      weekdays: ['MONDAY'],
      format: 'DIGITAL',
      birthYear: 1950,
    });
    const g = group('g', {
      capacity: 5,
      members: members(5, 2000),
      ageRangeMin: 18,
      ageRangeMax: 30,
    });
    expect(incompatibilities(kari, g, CTX)).toEqual([
      'Gruppa er full (5 av 5)',
      'Passer ikke på tirsdager',
      'Ønsker bare digital gruppe',
      'For langt unna (Askøy)',
      'Alderen (76 år) er utenfor gruppas aldersspenn (18–30 år)',
    ]);
    expect(incompatibilities(person('ok'), group('g'), CTX)).toEqual([]);
  });
});

describe('ages and neighbours', () => {
  it('ageOf uses the year passed in, and knows when it does not know', () => {
    expect(ageOf(2001, 2026)).toBe(25);
    expect(ageOf(null, 2026)).toBeNull();
  });

  it('the neighbour map is symmetric and covers the demo municipalities', () => {
    for (const [municipality, neighbours] of NEIGHBOURING_MUNICIPALITIES) {
      expect(neighbours.has(municipality)).toBe(false);
      for (const neighbour of neighbours) {
        expect(NEIGHBOURING_MUNICIPALITIES.get(neighbour)?.has(municipality)).toBe(true);
      }
    }
    const served = [
      ...['Bergen', 'Alver', 'Askøy', 'Bjørnafjorden', 'Osterøy', 'Samnanger', 'Øygarden'],
      ...['Bamble', 'Færder', 'Holmestrand', 'Horten', 'Kragerø', 'Larvik', 'Midt-Telemark'],
      ...['Notodden', 'Porsgrunn', 'Sandefjord', 'Skien', 'Tønsberg'],
    ];
    for (const municipality of served) {
      expect(NEIGHBOURING_MUNICIPALITIES.get(municipality)?.size ?? 0).toBeGreaterThan(0);
    }
    expect(NEIGHBOURING_MUNICIPALITIES.get('Bergen')).toEqual(
      new Set(['Askøy', 'Øygarden', 'Alver', 'Osterøy', 'Samnanger', 'Bjørnafjorden']),
    );
    expect(NEIGHBOURING_MUNICIPALITIES.has('Oslo')).toBe(false);
  });
});
