import {
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getVariableValues,
} from 'graphql';

import { BadUserInputError, type FieldProblem } from '@link/shared/errors';

/**
 * Checks a request's variables against the operation's declared types, as execution would, and
 * turns graphql-js's English messages into one BAD_USER_INPUT that names each field.
 *
 * `hideSchemaDetails` drops graphql-js's "Did you mean …?" suggestions, which would otherwise tell
 * a stranger the names of enum values and fields when introspection is off.
 */
export function variableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  hideSchemaDetails: boolean,
): BadUserInputError | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 20,
  });
  if (!coerced.errors) return undefined;
  const fields = coerced.errors.map((error) => fieldProblem(error, hideSchemaDetails));
  const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
  return new BadUserInputError(`Noen felt er ikke fylt ut riktig. ${summary}`, fields);
}

const NOT_PROVIDED = /^Variable "\$([^"]+)" of required type "[^"]+" was not provided\.$/;
const NULL = /^Variable "\$([^"]+)" of non-null type "[^"]+" must not be null\.$/;
const INVALID = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const SUGGESTION = / ?Did you mean [\s\S]*\?$/;

function fieldProblem(error: GraphQLError, hideSchemaDetails: boolean): FieldProblem {
  const missing = NOT_PROVIDED.exec(error.message) ?? NULL.exec(error.message);
  if (missing) return { field: missing[1], messages: ['Må fylles ut.'] };
  const invalid = INVALID.exec(error.message);
  if (!invalid) return { field: 'variables', messages: [withoutSuggestion(error.message)] };
  const field = invalid[2] ?? invalid[1];
  const detail = hideSchemaDetails ? withoutSuggestion(invalid[3]) : invalid[3];
  return { field, messages: [norwegian(detail)] };
}

function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** The reasons graphql-js gives, in words a coordinator understands; others as they are. */
function norwegian(detail: string): string {
  if (/^Field "[^"]+" of required type "[^"]+" was not provided\.$/.test(detail))
    return `Mangler ${/^Field "([^"]+)"/.exec(detail)?.[1]}.`;
  if (/^Field "[^"]+" is not defined by type/.test(detail))
    return `Ukjent felt ${/^Field "([^"]+)"/.exec(detail)?.[1]}.`;
  if (/^Expected non-nullable type .* not to be null\.$/.test(detail)) return 'Må fylles ut.';
  if (/does not exist in "[^"]+" enum/.test(detail)) return 'Ukjent verdi.';
  if (/^Int cannot represent/.test(detail)) return 'Må være et heltall.';
  if (/^Float cannot represent/.test(detail)) return 'Må være et tall.';
  if (/^String cannot represent/.test(detail)) return 'Må være tekst.';
  if (/^Boolean cannot represent/.test(detail)) return 'Må være true eller false.';
  if (/^ID cannot represent/.test(detail)) return 'Må være en id.';
  if (/^Expected type "[^"]+" to be an object\.$/.test(detail)) return 'Må være et objekt.';
  // A custom scalar's own message (already Norwegian) behind graphql-js's prefix.
  const scalar = /^Expected type "[^"]+"\. ([\s\S]+)$/.exec(detail);
  if (scalar) return scalar[1];
  return detail;
}
