import type { ValidationError } from 'class-validator';

import { BadUserInputError, type FieldProblem } from './app-errors';

/** Flattens class-validator's tree into one problem per field, with dotted paths. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      norwegian(constraint, message, error.property),
    );
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

/**
 * class-validator's own messages are English ("validMonths must not be less than 1"). Where a
 * decorator gave none, the message says the same in Norwegian; messages we wrote are kept.
 */
function norwegian(constraint: string, message: string, property: string): string {
  const isDefault =
    message.startsWith(`${property} `) || message.startsWith(`each value in ${property} `);
  if (!isDefault) return message;
  const number = /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
  switch (constraint) {
    case 'min':
    case 'arrayMinSize':
      return `Må være minst ${number}.`;
    case 'max':
      return `Kan være høyst ${number}.`;
    case 'arrayMaxSize':
      return `Høyst ${number} verdier.`;
    case 'minLength':
      return `Minst ${number} tegn.`;
    case 'maxLength':
      return `Høyst ${number} tegn.`;
    case 'isInt':
      return 'Må være et heltall.';
    case 'isNumber':
      return 'Må være et tall.';
    case 'isString':
      return 'Må være tekst.';
    case 'isBoolean':
      return 'Må være true eller false.';
    case 'isNotEmpty':
      return 'Må fylles ut.';
    case 'whitelistValidation':
      return 'Ukjent felt.';
    default:
      return 'Verdien er ikke gyldig.';
  }
}
