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
  /** Readable and unique; the greedy tie-break compares these. */
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

interface Place {
  format: GroupFormat;
  area: string | null;
}

interface Composition {
  composition: GroupComposition;
  theme: string | null;
}

const DAY_TIMES = WEEKDAYS.length * TIMES_OF_DAY.length;

/**
 * Numbers every slot the given people could share. With 2,000 people there are ~60,000
 * (person, slot) pairs; bucketing them under integer ids instead of string keys roughly halves
 * the time of proposeNewGroups, and the readable key is built only once per bucket.
 *
 * id = (place * 28 + day * 4 + time) * compositions + composition. The compositions (mixed plus
 * one per theme) are counted up front so the id stays a plain integer.
 */
export class SlotSpace {
  private readonly places: Place[] = [];
  private readonly placeIds = new Map<string, number>();
  private readonly placesByPerson = new Map<string, number[]>();
  private readonly compositions: Composition[] = [{ composition: 'MIXED', theme: null }];
  private readonly themeIds = new Map<string, number>();

  constructor(
    people: readonly WaitingPerson[],
    private readonly ctx: MatchingContext,
  ) {
    for (const person of people) {
      const theme = normaliseTheme(person.theme);
      if (theme !== null && !this.themeIds.has(theme)) {
        this.themeIds.set(theme, this.compositions.length);
        this.compositions.push({ composition: 'THEMED', theme });
      }
    }
  }

  /**
   * Every slot the person fits, with empty preferences expanded to all values. Built from the
   * same rules as isCompatible, so a person is in a slot's bucket exactly when they would be
   * compatible with an empty group of that slot: proposals can never break a hard rule.
   */
  idsFor(person: WaitingPerson): number[] {
    const days = person.weekdays.length > 0 ? indices(person.weekdays, WEEKDAYS) : ALL_DAYS;
    const times =
      person.timesOfDay.length > 0 ? indices(person.timesOfDay, TIMES_OF_DAY) : ALL_TIMES;
    const compositions = this.compositionIdsFor(person);
    const count = this.compositions.length;

    const ids: number[] = [];
    for (const place of this.placeIdsFor(person)) {
      for (const day of days) {
        for (const time of times) {
          const base = (place * DAY_TIMES + day * TIMES_OF_DAY.length + time) * count;
          for (const composition of compositions) ids.push(base + composition);
        }
      }
    }
    return ids;
  }

  slot(id: number): Slot {
    const count = this.compositions.length;
    const { composition, theme } = this.compositions[id % count];
    const rest = Math.floor(id / count);
    const dayTime = rest % DAY_TIMES;
    const { format, area } = this.places[Math.floor(rest / DAY_TIMES)];
    const day = Math.floor(dayTime / TIMES_OF_DAY.length);
    const time = dayTime % TIMES_OF_DAY.length;
    const weekday = WEEKDAYS[day];
    const timeOfDay = TIMES_OF_DAY[time];
    // Day and time carry their position, so keys sort in week order: at equal size, Monday
    // comes before Tuesday by rule rather than by an accident of spelling.
    const key = [
      format,
      area ?? '-',
      `${day}${weekday}`,
      `${time}${timeOfDay}`,
      composition,
      theme ?? '-',
    ].join('|');
    return { key, format, weekday, timeOfDay, area, composition, theme };
  }

  /** A themed slot needs the person's theme: a themed group without one has nothing to share. */
  private compositionIdsFor(person: WaitingPerson): number[] {
    const theme = normaliseTheme(person.theme);
    const themed = theme === null ? [] : [this.themeIds.get(theme) ?? 0];
    if (person.composition === 'THEMED') return themed;
    if (person.composition === 'MIXED') return [0];
    return [0, ...themed];
  }

  /**
   * A physical slot needs a known municipality: a proposal must say where the group meets. The
   * person's own municipality and its neighbours all count, as for existing groups, so someone
   * in a small municipality can still be gathered into a group next door. Cached per
   * (format, municipality) because many people share both.
   */
  private placeIdsFor(person: WaitingPerson): number[] {
    const cacheKey = `${person.format}|${person.municipality}`;
    const cached = this.placesByPerson.get(cacheKey);
    if (cached) return cached;

    const ids: number[] = [];
    if (person.format !== 'DIGITAL' && person.municipality !== null) {
      ids.push(this.placeId('PHYSICAL', person.municipality));
      for (const area of this.ctx.neighbours.get(person.municipality) ?? []) {
        if (area !== person.municipality) ids.push(this.placeId('PHYSICAL', area));
      }
    }
    if (person.format !== 'PHYSICAL') ids.push(this.placeId('DIGITAL', null));
    this.placesByPerson.set(cacheKey, ids);
    return ids;
  }

  private placeId(format: GroupFormat, area: string | null): number {
    const key = `${format}|${area}`;
    let id = this.placeIds.get(key);
    if (id === undefined) {
      id = this.places.length;
      this.places.push({ format, area });
      this.placeIds.set(key, id);
    }
    return id;
  }
}

const ALL_DAYS = WEEKDAYS.map((_, i) => i);
const ALL_TIMES = TIMES_OF_DAY.map((_, i) => i);

/** Positions in the canonical order (Monday first), without repeats from sloppy input. */
function indices<T>(wanted: readonly T[], order: readonly T[]): number[] {
  const result: number[] = [];
  order.forEach((value, i) => {
    if (wanted.includes(value)) result.push(i);
  });
  return result;
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
