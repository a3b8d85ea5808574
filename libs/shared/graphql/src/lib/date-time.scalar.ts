import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { isDateTime } from './calendar-date';

const MESSAGE =
  'Skriv tidspunktet med dato, klokkeslett og tidssone, for eksempel 2026-03-15T10:00:00+01:00.';

/**
 * `DateTime` in place of Nest's, which passes anything to `new Date` (a number, `true`, a week
 * date) and hands resolvers an Invalid Date. This one takes only RFC 3339 date-times with an
 * offset; anything else is refused while the variables are read, naming the field.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue(value) {
    if (!isDateTime(value)) throw new GraphQLError(MESSAGE);
    return new Date(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isDateTime(ast.value)) throw new GraphQLError(MESSAGE);
    return new Date(ast.value);
  },
  // As Nest's: what resolvers return is theirs to get right.
  serialize(value) {
    return value instanceof Date ? value.toISOString() : (null as unknown as string);
  },
});
