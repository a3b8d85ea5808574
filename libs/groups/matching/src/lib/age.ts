/**
 * Age from a birth year. Only the year is stored (a full birth date is more personal data than
 * matching needs), so this can be a year off before the birthday; for comparing against a
 * 15-year span that is close enough.
 */
export function ageOf(birthYear: number | null, currentYear: number): number | null {
  if (birthYear === null || !Number.isFinite(birthYear)) return null;
  return currentYear - birthYear;
}

/** Youngest and oldest of the known ages, or null when no age is known. */
export function ageExtent(ages: readonly (number | null)[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const age of ages) {
    if (age === null) continue;
    if (age < min) min = age;
    if (age > max) max = age;
  }
  return min === Infinity ? null : { min, max };
}

/** Whether an age is inside a range whose bounds may each be open (null). */
export function inRange(age: number, min: number | null, max: number | null): boolean {
  return (min === null || age >= min) && (max === null || age <= max);
}
