import { createHmac, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S or 2/Z: a code read aloud or from paper is typed right the first time. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';
export const CODE_LENGTH = 10;

/** A one-time code from the strong random source, grouped for reading: `ABCDE-FGHJK`. */
export function newSurveyCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person typed, as stored: capitals, no spaces or dashes. Null when it cannot be a code. */
export function normaliseSurveyCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}

/**
 * The only form a code is stored in: a keyed hash (HMAC-SHA-256 with the server's lookup key,
 * separated from the contact-detail hashes by its prefix). A database dump alone cannot test
 * guesses against it.
 */
export function surveyCodeHash(lookupKeyBase64: string, normalisedCode: string): string {
  return createHmac('sha256', Buffer.from(lookupKeyBase64, 'base64'))
    .update(`survey-code:${normalisedCode}`)
    .digest('base64url');
}

/** The ISO week of a date in Norway (`2026-W49`): the finest time a survey keeps. */
export function isoWeek(date: Date): string {
  const oslo = new Date(date.toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
  const day = new Date(Date.UTC(oslo.getFullYear(), oslo.getMonth(), oslo.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
