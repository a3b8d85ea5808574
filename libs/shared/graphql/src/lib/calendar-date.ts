import { ValidateBy, type ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** The years a date in this system can have: no one was born, met or booked outside them. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

export const CALENDAR_DATE_MESSAGE = 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-15.';

/**
 * A calendar date written `YYYY-MM-DD` that exists (no 30 February), between 1900 and 2200.
 * ISO 8601 allows more (week dates `2026-W05-3`, ordinal dates `2026-045`, years with a sign),
 * which `new Date` and PostgreSQL read differently or not at all: they are refused here.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * An RFC 3339 date-time with its offset (`2026-03-15T10:00:00Z`, `…+01:00`): a real day, a real
 * time of day, and the offset stated, so the moment is not left to the server's time zone.
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match;
  return (
    isRealDay(Number(year), Number(month), Number(day)) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second ?? 0) < 60 &&
    Number(offsetHours ?? 0) < 24 &&
    Number(offsetMinutes ?? 0) < 60
  );
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** class-validator: the field is a calendar date (see `isCalendarDate`). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () => CALENDAR_DATE_MESSAGE,
      },
    },
    options,
  );
}

/** The centres' day: rules about days use Europe/Oslo (docs/architecture.md, house style). */
export const CENTRE_TIME_ZONE = 'Europe/Oslo';

/** Today in Norway as `YYYY-MM-DD`. */
export function todayInNorway(now = new Date()): string {
  // The Canadian English format is ISO's YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: CENTRE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const FUTURE_DATE_MESSAGE = 'Datoen kan ikke være etter i dag.';

/**
 * class-validator: a calendar date that is today or earlier in Norway, for things that must have
 * happened (a meeting's head count, hours worked, a police certificate shown). Use it together
 * with `IsCalendarDate`, which judges the format.
 */
export function IsNotFutureDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotFutureDate',
      validator: {
        validate: (value: unknown) => !isCalendarDate(value) || value <= todayInNorway(),
        defaultMessage: () => FUTURE_DATE_MESSAGE,
      },
    },
    options,
  );
}
