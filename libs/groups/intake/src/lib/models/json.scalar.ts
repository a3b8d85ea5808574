import { GraphQLScalarType, Kind } from 'graphql';

/** A JSON object, for export and audit details (read-only: never parsed from input). */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSONObject is output only.');
  },
  parseLiteral: (ast) => {
    throw new TypeError(
      `JSONObject is output only (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind}).`,
    );
  },
});
