import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  type OperationDefinitionNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type GraphQLObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';

import { PARENT_SCOPED_ID_TYPES, UNKEYED_TYPES } from './client';

// Every operations file, so a new area's operations are checked without being listed here.
const operations = Object.assign(
  {},
  ...Object.values(import.meta.glob<Record<string, unknown>>('./*operations.ts', { eager: true })),
) as Record<string, { definitions: readonly unknown[] }>;

const schema = buildSchema(
  readFileSync(resolve(import.meta.dirname, '../../../api/schema.gql'), 'utf8'),
);

describe('the Apollo cache', () => {
  it('identifies every object type the app asks for by its id, or keeps it in its parent', () => {
    const documents = Object.values(operations)
      .filter((d) => typeof d === 'object' && d !== null && 'definitions' in d)
      .flatMap((d) => d.definitions) as (OperationDefinitionNode | FragmentDefinitionNode)[];
    const fragments = new Map(
      documents
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const problems = new Set<string>();
    const seen = new Set<string>();
    const selectsId = (set: SelectionSetNode): boolean =>
      set.selections.some(
        (s) =>
          (s.kind === Kind.FIELD && s.name.value === 'id') ||
          (s.kind === Kind.FRAGMENT_SPREAD &&
            selectsId(fragments.get(s.name.value)!.selectionSet)) ||
          (s.kind === Kind.INLINE_FRAGMENT && selectsId(s.selectionSet)),
      );
    for (const definition of documents) {
      const typeInfo = new TypeInfo(schema);
      visit(
        definition,
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node) {
            const type = getNamedType(typeInfo.getType() ?? typeInfo.getParentType());
            if (!type || !isObjectType(type)) return;
            const name = (type as GraphQLObjectType).name;
            if (['Query', 'Mutation'].includes(name)) return;
            seen.add(name);
            const hasId = 'id' in type.getFields();
            if ((PARENT_SCOPED_ID_TYPES as readonly string[]).includes(name)) {
              if (!hasId) problems.add(`${name} has no id: move it to UNKEYED_TYPES`);
              return;
            }
            const unkeyed = (UNKEYED_TYPES as readonly string[]).includes(name);
            if (!unkeyed && !hasId) problems.add(`${name} has no id: add it to UNKEYED_TYPES`);
            if (!unkeyed && hasId && !selectsId(node))
              problems.add(`${name} is asked without its id`);
            if (unkeyed && hasId) problems.add(`${name} has an id: take it off UNKEYED_TYPES`);
          },
        }),
      );
    }
    expect([...problems]).toEqual([]);
    expect(seen).toContain('Inquiry');
  });
});
