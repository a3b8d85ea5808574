/**
 * The date `offset` days from today as the centres count days (Europe/Oslo), `YYYY-MM-DD`.
 * The API judges "today" in Oslo; a test that counted in UTC would disagree with it for an
 * hour or two each night (CI once ran at 23:30 UTC, when UTC's tomorrow was Oslo's today).
 */
export function osloDay(offset: number, now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}
