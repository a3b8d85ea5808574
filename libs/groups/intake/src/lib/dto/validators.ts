import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsPhoneNumber,
  IsString,
  MaxLength,
  MinLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';

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

/** Applies several property decorators as one. */
function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** First name or alias, as everywhere a person is named. */
export const IsFirstNameOrAlias = () =>
  all(
    TrimmedOrUndefined(),
    IsString({ message: 'Skriv inn fornavn eller kallenavn.' }),
    MinLength(1, { message: 'Skriv inn fornavn eller kallenavn.' }),
    MaxLength(60, { message: 'Navnet kan ha høyst 60 tegn.' }),
  );

/** A phone number; Norwegian numbers need no +47. */
export const IsContactPhone = () =>
  all(TrimmedOrUndefined(), IsPhoneNumber('NO', { message: 'Skriv inn et gyldig telefonnummer.' }));

export const IsContactEmail = () =>
  all(
    TrimmedOrUndefined(),
    IsEmail({}, { message: 'Skriv inn en gyldig e-postadresse.' }),
    MaxLength(254, { message: 'E-postadressen er for lang.' }),
  );
