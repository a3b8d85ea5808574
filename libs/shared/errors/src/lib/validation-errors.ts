import type { ValidationError } from 'class-validator';

import { BadUserInputError, type FieldProblem } from './app-errors';

/** Flattens class-validator's tree into one problem per field, with dotted paths. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {});
    const nested = fieldProblems(error.children ?? [], field);
    return own.length > 0 ? [{ field, messages: own }, ...nested] : nested;
  });
}

/** The `exceptionFactory` of the global ValidationPipe. */
export function validationFailed(errors: ValidationError[]): BadUserInputError {
  const fields = fieldProblems(errors);
  const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
  return new BadUserInputError(`Noen felt er ikke fylt ut riktig. ${summary}`, fields);
}
