import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { Trimmed } from '@link/shared/graphql';

/** Shared field rules, so every input checks e-mails, names and passwords the same way. */
export const PASSWORD_MIN_LENGTH = 12;

export const normaliseEmail = Transform(({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value,
);

export function IsAccountEmail(): PropertyDecorator {
  return (target, key) => {
    normaliseEmail(target, key);
    IsEmail({}, { message: 'Skriv inn en gyldig e-postadresse.' })(target, key);
    MaxLength(254, { message: 'E-postadressen er for lang.' })(target, key);
  };
}

export function IsNewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString({ message: 'Passordet må være tekst.' })(target, key);
    MinLength(PASSWORD_MIN_LENGTH, {
      message: `Passordet må ha minst ${PASSWORD_MIN_LENGTH} tegn.`,
    })(target, key);
    MaxLength(200, { message: 'Passordet kan ha høyst 200 tegn.' })(target, key);
  };
}

export function IsPersonName(): PropertyDecorator {
  return (target, key) => {
    Trimmed()(target, key);
    IsString({ message: 'Navnet må være tekst.' })(target, key);
    MinLength(1, { message: 'Skriv inn et navn.' })(target, key);
    MaxLength(120, { message: 'Navnet kan ha høyst 120 tegn.' })(target, key);
  };
}

export function IsCentreSlug(): PropertyDecorator {
  return (target, key) => {
    Trimmed()(target, key);
    Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      message:
        'Senterets kortnavn kan bare ha små bokstaver a–z, tall og bindestrek (f.eks. "bergen").',
    })(target, key);
    MaxLength(60, { message: 'Senterets kortnavn kan ha høyst 60 tegn.' })(target, key);
  };
}
