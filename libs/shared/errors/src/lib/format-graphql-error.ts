import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import { SERVICE_UNAVAILABLE_MESSAGE } from './app-errors';
import { isErrorCode } from './error-codes';

export const INTERNAL_ERROR_MESSAGE =
  'Noe gikk galt hos oss. Prøv igjen om litt, og kontakt support hvis det gjentar seg.';

/** Codes graphql-js and Apollo give to requests that never reached a resolver. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Codes that are part of a protocol, kept as Apollo sends them: a client that uses automatic
 * persisted queries resends the full query only when it sees PERSISTED_QUERY_NOT_FOUND.
 */
const PROTOCOL_ERROR_CODES = new Set([
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

const SIMULTANEOUS_CHANGE =
  'Noen andre endret det samme i samme øyeblikk, så ingenting ble lagret. Prøv igjen.';

/** PostgreSQL errors that are the caller's doing, should a service not have caught them. */
const DATABASE_ERRORS: Record<string, { code: string; message: string }> = {
  '23505': { code: 'CONFLICT', message: 'Dette finnes allerede.' },
  '23503': { code: 'NOT_FOUND', message: 'Fant ikke det du viser til.' },
  '23514': { code: 'BAD_USER_INPUT', message: 'Verdien er ikke gyldig.' },
  // An explicit null for something that must have a value.
  '23502': { code: 'BAD_USER_INPUT', message: 'Et påkrevd felt mangler verdi.' },
  '22P02': { code: 'BAD_USER_INPUT', message: 'Verdien har feil format.' },
  // Two requests wrote the same thing at the same instant and PostgreSQL stopped one (e.g. two
  // bookings of one room racing through its exclusion constraint can deadlock instead of
  // clashing): nothing of this request was saved, and trying again gives the real answer.
  '40P01': { code: 'CONFLICT', message: SIMULTANEOUS_CHANGE },
  '40001': { code: 'CONFLICT', message: SIMULTANEOUS_CHANGE },
  // A row-level security refusal: another centre's object looks like a missing one.
  '42501': { code: 'NOT_FOUND', message: 'Fant ikke det du ba om.' },
  // The request's timeouts (statement, lock, idle in transaction): it was rolled back.
  '57014': { code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE },
  '55P03': { code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE },
  '25P03': { code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE },
};

/**
 * The one place where errors become what clients see: a code from our list, a message a person
 * understands, and no internals (no stack, no SQL) unless `exposeStack` (development only).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  exposeStack: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.['code'];
  const extensions = { ...formatted.extensions };
  if (!exposeStack) delete extensions['stacktrace'];

  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, extensions };
  }
  if (typeof code === 'string' && PROTOCOL_ERROR_CODES.has(code)) {
    return { ...formatted, extensions };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return {
      ...formatted,
      message: norwegianRequestError(formatted.message),
      extensions: { ...extensions, code: 'BAD_USER_INPUT' },
    };
  }
  const database = databaseError(original);
  if (database) {
    return {
      message: database.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...pick(extensions, 'stacktrace'), code: database.code },
    };
  }
  return {
    message: exposeStack ? formatted.message : INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { ...pick(extensions, 'stacktrace'), code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * True for errors we did not expect: they are logged with their stack. A client's mistake (a
 * malformed query, an unknown field, a missing persisted query) is not one.
 */
export function isUnexpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  const code = (original as { extensions?: { code?: unknown } })?.extensions?.code;
  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') return false;
  if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || PROTOCOL_ERROR_CODES.has(code)))
    return false;
  return databaseError(original) === undefined;
}

function databaseError(error: unknown) {
  const driverError = (error as { driverError?: { code?: unknown } } | undefined)?.driverError;
  const sqlState = driverError?.code ?? (error as { code?: unknown } | undefined)?.code;
  return typeof sqlState === 'string' ? DATABASE_ERRORS[sqlState] : undefined;
}

function pick(extensions: Record<string, unknown>, key: string): Record<string, unknown> {
  return key in extensions ? { [key]: extensions[key] } : {};
}

/**
 * graphql-js's own messages about values written in the query itself (variables are checked
 * earlier, by the API's variable check), in Norwegian where a person typed a wrong value. Messages
 * about the query's shape (an unknown field) are for developers and stay as graphql-js words them.
 */
export function norwegianRequestError(message: string): string {
  const enumValue =
    /^Value "([^"]*)" does not exist in "[^"]+" enum\.(?: Did you mean the enum value "([^"]+)"\?)?/.exec(
      message,
    ) ??
    /^Enum "[^"]+" cannot represent non-enum value: "?([^".]*)"?\.(?: Did you mean the enum value "([^"]+)"\?)?/.exec(
      message,
    );
  if (enumValue) {
    const suggestion = enumValue[2] ? ` Mente du «${enumValue[2]}»?` : '';
    return `«${enumValue[1]}» er ikke et gyldig valg her.${suggestion}`;
  }
  const scalar = /^(Int|Float|String|Boolean|ID) cannot represent/.exec(message);
  if (scalar) {
    const names: Record<string, string> = {
      Int: 'et heltall',
      Float: 'et tall',
      String: 'tekst',
      Boolean: 'true eller false',
      ID: 'en id',
    };
    return `Verdien må være ${names[scalar[1]]}.`;
  }
  const missing = /^Field "([^"]+)" of required type "[^"]+" was not provided\.$/.exec(message);
  if (missing) return `Feltet «${missing[1]}» må fylles ut.`;
  return message;
}
