import type { AppError } from './app-errors';

/** SQLSTATEs of the constraints the database uses to refuse what two requests did at once. */
export const UNIQUE_VIOLATION = '23505';
export const EXCLUSION_VIOLATION = '23P01';
export const CHECK_VIOLATION = '23514';

/** The constraint a PostgreSQL error names, read through TypeORM's QueryFailedError or not. */
export function violatedConstraint(error: unknown): string | undefined {
  const driverError =
    (error as { driverError?: { code?: unknown; constraint?: unknown } } | undefined)
      ?.driverError ?? (error as { code?: unknown; constraint?: unknown } | undefined);
  const code = driverError?.code;
  if (code !== UNIQUE_VIOLATION && code !== EXCLUSION_VIOLATION && code !== CHECK_VIOLATION) {
    return undefined;
  }
  return typeof driverError?.constraint === 'string' ? driverError.constraint : undefined;
}

/**
 * Turns the violation of a named constraint into the error the person should see; anything else
 * is rethrown as it was. Services call this around the write a constraint guards, so that the
 * loser of a race gets the same clear answer as someone who came second one at a time.
 */
export function rethrowViolation(
  error: unknown,
  byConstraint: Record<string, () => AppError>,
): never {
  const constraint = violatedConstraint(error);
  const mapped = constraint ? byConstraint[constraint] : undefined;
  throw mapped ? mapped() : error;
}
