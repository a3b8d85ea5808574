import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import { buildSchema, getOperationAST, GraphQLError, type GraphQLObjectType, parse } from 'graphql';
import * as jit from 'graphql-jit';

import { CompiledExecution } from './compiled-execution';

// Counted, not replaced: the real compiler runs.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof jit>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compile = jest.mocked(jit.compileQuery);

const schema = buildSchema(`
  enum Status { OPEN CLOSED }
  type Group { id: ID! name: String! status: Status! members(first: Int = 2): [String!]! }
  type Query { groups(status: Status): [Group!]! group(id: ID!): Group }
  type Mutation { rename(id: ID!, name: String!): Group }
`);

class NotFound extends Error {
  readonly extensions = { code: 'NOT_FOUND' };
}

const GROUPS = [
  { id: '1', name: 'Samtalegruppe', status: 'OPEN', members: ['a', 'b', 'c'] },
  { id: '2', name: 'Sorggruppe', status: 'CLOSED', members: [] },
];

function findGroup(id: string) {
  const found = GROUPS.find((g) => g.id === id);
  if (!found) throw new NotFound(`Fant ikke gruppen ${id}.`);
  return found;
}

// Resolvers on the schema's fields, as Nest puts them (graphql-jit reads no rootValue).
const query = schema.getQueryType()!.getFields();
query['groups'].resolve = (_source, { status }) =>
  GROUPS.filter((g) => !status || g.status === status);
query['group'].resolve = (_source, { id }) => findGroup(id as string);
schema.getMutationType()!.getFields()['rename'].resolve = (_source, { id, name }) => ({
  ...findGroup(id as string),
  name,
});
(schema.getType('Group') as GraphQLObjectType).getFields()['members'].resolve = (
  source: { members: string[] },
  { first },
) => source.members.slice(0, first as number);

async function executorOf(execution: CompiledExecution): Promise<GatewayExecutor> {
  execution.useSchema(schema);
  execution.onSchemaLoadOrUpdate(() => undefined);
  return (await execution.load()).executor;
}

function requestOf(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return {
    schema,
    document,
    operation: getOperationAST(document)!,
    operationName: null,
    queryHash: query,
    request: { query, variables },
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

describe('CompiledExecution', () => {
  afterEach(() => compile.mockClear());

  it('answers a query with graphql-js first, then compiles it once, with the same answer', async () => {
    const execute = await executorOf(new CompiledExecution());
    const query = `query($status: Status) { groups(status: $status) {
      id name status members ...More } }
      fragment More on Group { firstOnly: members(first: 1) }`;
    const first = await execute(requestOf(query, {}));
    expect(compile).not.toHaveBeenCalled();
    const second = await execute(requestOf(query, {}));
    const third = await execute(requestOf(query, { status: 'CLOSED' }));
    expect(compile).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(first.data).toEqual({
      groups: [
        { id: '1', name: 'Samtalegruppe', status: 'OPEN', members: ['a', 'b'], firstOnly: ['a'] },
        { id: '2', name: 'Sorggruppe', status: 'CLOSED', members: [], firstOnly: [] },
      ],
    });
    expect(third.data).toEqual({ groups: [first.data!['groups'][1]] });
  });

  it("gives a resolver's error as graphql-js does: its cause, code, path and locations", async () => {
    const execute = await executorOf(new CompiledExecution());
    const query = `{ group(id: "9") { name } }`;
    const [interpreted, compiled] = [
      await execute(requestOf(query)),
      await execute(requestOf(query)),
    ];
    expect(compiled).toEqual(interpreted);
    const error = compiled.errors![0] as GraphQLError;
    expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    expect(error.originalError).toBeInstanceOf(NotFound);
    expect(error.toJSON()).toEqual({
      message: 'Fant ikke gruppen 9.',
      path: ['group'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('never compiles a mutation', async () => {
    const execute = await executorOf(new CompiledExecution());
    const mutation = `mutation { rename(id: "1", name: "Ny") { name } }`;
    for (let i = 0; i < 3; i++) {
      expect((await execute(requestOf(mutation))).data).toEqual({ rename: { name: 'Ny' } });
    }
    expect(compile).not.toHaveBeenCalled();
  });
});
