import { GraphQLError } from 'graphql';

import type { ErrorCode } from './error-codes';

/**
 * An error meant for the person using the API: its message is shown as is (in Norwegian, as the
 * centres work in Norwegian) and its code tells the client what kind of problem it is.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export interface FieldProblem {
  /** The input field, as a dotted path (`firstAdmin.email`). */
  field: string;
  messages: string[];
}

export class BadUserInputError extends AppError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('BAD_USER_INPUT', message, fields.length > 0 ? { fields } : {});
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Du må logge inn for å gjøre dette.', reason?: string) {
    super('UNAUTHENTICATED', message, reason ? { reason } : {});
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Du har ikke tilgang til dette.') {
    super('FORBIDDEN', message);
  }
}

/** Also what another centre's object looks like: its existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `Fant ikke ${what}.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'Systemet brukte for lang tid på å svare, så ingenting ble lagret. Prøv igjen om litt.';

/**
 * The API gave up on the request (its deadline passed, or the database waited too long for a
 * lock or a statement): its transaction was rolled back, so the same request can be sent again.
 */
export class ServiceUnavailableError extends AppError {
  constructor(message = SERVICE_UNAVAILABLE_MESSAGE) {
    super('SERVICE_UNAVAILABLE', message);
  }
}
