import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Groups are for adults: the youngest allowed age. */
export const MINIMUM_AGE = 18;

const AGE_BANDS: [number, string][] = [
  [70, '70+'],
  [60, '60–69'],
  [50, '50–59'],
  [40, '40–49'],
  [30, '30–39'],
  [18, '18–29'],
];

/** An age band, not an age: enough for matching and reporting, less to give away. */
export function ageBand(birthYear: number | null, now = new Date()): string | null {
  if (birthYear === null) return null;
  const age = now.getFullYear() - birthYear;
  return AGE_BANDS.find(([from]) => age >= from)?.[1] ?? null;
}

/** E.164 (`+4791234567`), reading numbers without a country code as Norwegian; null if invalid. */
export function normalisePhone(input: string): string | null {
  const phone = parsePhoneNumberFromString(input, 'NO');
  return phone?.isValid() ? phone.number : null;
}

export function normaliseEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** The age someone turns this year; null when the birth year is not known. */
export function ageOf(birthYear: number | null, now = new Date()): number | null {
  return birthYear === null ? null : now.getFullYear() - birthYear;
}
