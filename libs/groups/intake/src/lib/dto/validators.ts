import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

import { MINIMUM_AGE } from '../services/person-facts';

/** A birth year of an adult: not in the future, not under 18, not before 1900. */
export function IsAdultBirthYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAdultBirthYear',
      validator: {
        validate: (value: unknown) => {
          const year = new Date().getFullYear();
          return (
            Number.isInteger(value) &&
            (value as number) >= 1900 &&
            (value as number) <= year - MINIMUM_AGE
          );
        },
        defaultMessage: (args) => {
          const year = new Date().getFullYear();
          const value = args?.value as number;
          if (!Number.isInteger(value)) return 'Fødselsåret må være et helt årstall.';
          if (value > year) return 'Fødselsåret kan ikke være i fremtiden.';
          if (value > year - MINIMUM_AGE)
            return `Gruppene er for voksne: personen må være minst ${MINIMUM_AGE} år.`;
          return 'Fødselsåret må være 1900 eller senere.';
        },
      },
    },
    options,
  );
}

/** Trims text and turns an empty string into "not given". */
export const TrimmedOrUndefined = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });
