import type { Gender, GroupFormat, TimeOfDay, Weekday } from './types';

/**
 * Wording for reasons. Coordinators read these in the UI next to a suggestion, so they are
 * bokmål, short, and built in one place to keep the phrasing consistent.
 */

/** "Passer på tirsdager": groups meet every week, so the plural reads naturally. */
export const WEEKDAY_PLURAL: Readonly<Record<Weekday, string>> = {
  MONDAY: 'mandager',
  TUESDAY: 'tirsdager',
  WEDNESDAY: 'onsdager',
  THURSDAY: 'torsdager',
  FRIDAY: 'fredager',
  SATURDAY: 'lørdager',
  SUNDAY: 'søndager',
};

/** "Passer om kvelden". */
export const TIME_OF_DAY_PHRASE: Readonly<Record<TimeOfDay, string>> = {
  MORNING: 'om morgenen',
  FORENOON: 'på formiddagen',
  AFTERNOON: 'på ettermiddagen',
  EVENING: 'om kvelden',
};

export const FORMAT_ADJECTIVE: Readonly<Record<GroupFormat, string>> = {
  PHYSICAL: 'fysisk',
  DIGITAL: 'digital',
};

export const GENDER_PLURAL: Readonly<Record<Exclude<Gender, 'UNSPECIFIED'>, string>> = {
  FEMALE: 'kvinner',
  MALE: 'menn',
  OTHER: 'annet kjønn',
};

/** "1 medlem", "3 medlemmer". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "25–40 år", "minst 25 år", "høyst 40 år". */
export function ageRangeText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max} år`;
  if (min !== null) return `minst ${min} år`;
  return `høyst ${max ?? '?'} år`;
}
