import { normaliseTheme } from './compare';
import {
  TIMES_OF_DAY,
  WEEKDAYS,
  type CandidateGroup,
  type GroupComposition,
  type GroupFormat,
  type MatchingContext,
  type ProposalShared,
  type TimeOfDay,
  type Weekday,
  type WaitingPerson,
} from './types';

/**
 * A slot is one concrete group a person could join: a format, a weekday, a time of day, a place
 * and a composition. Two people can meet in a group exactly when they share a slot, so bucketing
 * people by slot finds every possible new group without comparing people pairwise.
 */
export interface Slot {
  key: string;
  format: GroupFormat;
  weekday: Weekday;
  timeOfDay: TimeOfDay;
  /** The municipality a physical group meets in; null for digital. */
  area: string | null;
  composition: GroupComposition;
  /** Normalised theme for a themed slot, so "Sorg" and "sorg " land in the same bucket. */
  theme: string | null;
}

interface Composition {
  composition: GroupComposition;
  theme: string | null;
}

/**
 * Every slot the person fits, with empty preferences expanded to all values. Built from the
 * same rules as isCompatible, so a person is in a slot's bucket exactly when they would be
 * compatible with an empty group of that slot; proposals can therefore never break a hard rule.
 */
export function slotsFor(person: WaitingPerson, ctx: MatchingContext): Slot[] {
  const weekdays = person.weekdays.length > 0 ? dedupe(person.weekdays, WEEKDAYS) : WEEKDAYS;
  const times = person.timesOfDay.length > 0 ? dedupe(person.timesOfDay, TIMES_OF_DAY) : TIMES_OF_DAY;
  const compositions = compositionsFor(person);
  const places = placesFor(person, ctx);

  const slots: Slot[] = [];
  for (const place of places) {
    for (const weekday of weekdays) {
      for (const timeOfDay of times) {
        for (const { composition, theme } of compositions) {
          slots.push({
            key: slotKey(place.format, weekday, timeOfDay, place.area, composition, theme),
            format: place.format,
            weekday,
            timeOfDay,
            area: place.area,
            composition,
            theme,
          });
        }
      }
    }
  }
  return slots;
}

/**
 * A physical slot needs a known municipality: a proposal must say where the group meets. The
 * person's own municipality and its neighbours all count, matching the distance rule for existing
 * groups, so someone in a small municipality can still be gathered into a group next door.
 */
function placesFor(
  person: WaitingPerson,
  ctx: MatchingContext,
): { format: GroupFormat; area: string | null }[] {
  const places: { format: GroupFormat; area: string | null }[] = [];
  if (person.format !== 'DIGITAL' && person.municipality !== null) {
    places.push({ format: 'PHYSICAL', area: person.municipality });
    const neighbours = ctx.neighbours.get(person.municipality);
    if (neighbours) {
      for (const area of neighbours) {
        if (area !== person.municipality) places.push({ format: 'PHYSICAL', area });
      }
    }
  }
  if (person.format !== 'PHYSICAL') places.push({ format: 'DIGITAL', area: null });
  return places;
}

/** A themed slot needs the person's theme: a themed group without one has nothing to share. */
function compositionsFor(person: WaitingPerson): Composition[] {
  const theme = normaliseTheme(person.theme);
  const themed: Composition[] = theme === null ? [] : [{ composition: 'THEMED', theme }];
  if (person.composition === 'THEMED') return themed;
  const mixed: Composition = { composition: 'MIXED', theme: null };
  if (person.composition === 'MIXED') return [mixed];
  return [mixed, ...themed];
}

/** Keeps the canonical order (Monday first) and drops repeats from sloppy input. */
function dedupe<T>(wanted: readonly T[], order: readonly T[]): T[] {
  return order.filter((value) => wanted.includes(value));
}

/**
 * Readable and sortable: the greedy tie-break compares keys, and a key that starts with the
 * day's position in the week makes "Monday before Tuesday" the rule rather than an accident.
 */
export function slotKey(
  format: GroupFormat,
  weekday: Weekday,
  timeOfDay: TimeOfDay,
  area: string | null,
  composition: GroupComposition,
  theme: string | null,
): string {
  return [
    format,
    `${WEEKDAYS.indexOf(weekday)}${weekday}`,
    `${TIMES_OF_DAY.indexOf(timeOfDay)}${timeOfDay}`,
    area ?? '-',
    composition,
    theme ?? '-',
  ].join('|');
}

/** The empty group a slot describes, to score proposal members with the ordinary rules. */
export function groupForSlot(
  shared: ProposalShared,
  capacity: number,
  members: CandidateGroup['members'],
): CandidateGroup {
  return {
    id: '',
    weekday: shared.weekday,
    timeOfDay: shared.timeOfDay,
    format: shared.format,
    municipality: shared.municipality,
    composition: shared.composition,
    theme: shared.theme,
    capacity,
    ageRangeMin: null,
    ageRangeMax: null,
    members,
  };
}
