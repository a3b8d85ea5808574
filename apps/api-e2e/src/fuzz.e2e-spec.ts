import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLSchema,
  type IntrospectionQuery,
  isLeafType,
} from 'graphql';
import { Client } from 'pg';

import {
  type GraphqlClient,
  type GraphqlResponse,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

import { DatabaseFingerprint } from './fuzz/database-fingerprint';
import { inputValue, variablesOf, withOneFault } from './fuzz/input-arbitraries';

/**
 * Property-based fuzz of every mutation and every query with arguments, generated from the
 * schema: whatever a client sends, the API answers with a client error or a result — never a
 * 5xx, never INTERNAL_SERVER_ERROR, never a stack trace — and a mutation that fails leaves the
 * database as it was.
 *
 * Replay a failure with the seed it prints: FUZZ_SEED=<seed> FUZZ_RUNS=<runs>, and
 * FUZZ_ONLY=<operation> to fuzz one operation, FUZZ_TRACE=true to print each request.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);
const ONLY = process.env['FUZZ_ONLY'];
/** Prints every request and answer (with FUZZ_ONLY, to see what one operation does). */
const TRACE = process.env['FUZZ_TRACE'] === 'true';

/** Who may call what: tried in this order until one is not refused for their role. */
const ACTORS = [
  'admin@bergen.demo.link',
  'platform-admin@national.demo.link',
  'analyst@national.demo.link',
  null,
] as const;
type Actor = (typeof ACTORS)[number];

/** Written on purpose when a request fails (the failed-login record), or by reading. */
const WRITTEN_ON_FAILURE = ['public.auth_sessions', 'public.refresh_tokens'];

jest.setTimeout(240_000);

let server: TestServer;
let superuser: Client;
let schema: GraphQLSchema;
let ids: string[];
let centres: string[];
const clients = new Map<Actor, GraphqlClient>();

beforeAll(async () => {
  server = await startTestServer({
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000',
    INTEREST_FORM_MAX_PER_IP: '100000',
    PUBLIC_READS_PER_IP_PER_MINUTE: '100000',
    RETENTION_INTERVAL_HOURS: '0',
  });
  superuser = new Client({ connectionString: server.database.adminUrl });
  await superuser.connect();
  const introspection = await server.client.data<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection);
  for (const actor of ACTORS) await signIn(actor);
  ({ ids, centres } = await knownValues());
});
afterAll(async () => {
  await superuser?.end();
  await server?.stop();
});

async function signIn(actor: Actor): Promise<GraphqlClient> {
  const client = actor ? (await server.client.signIn(actor)).client : server.client;
  clients.set(actor, client);
  return client;
}

/**
 * Ids of Bergen's rows (so ids sometimes name real objects), without the fuzzing users' own
 * memberships (a fuzzed `deactivateStaffMember` would lock the fuzz out).
 */
async function knownValues(): Promise<{ ids: string[]; centres: string[] }> {
  const { rows: tables } = await superuser.query<{ table: string }>(
    `SELECT format('%I.%I', c.table_schema, c.table_name) AS table
       FROM information_schema.columns c JOIN information_schema.columns i
         ON i.table_schema = c.table_schema AND i.table_name = c.table_name AND i.column_name = 'id'
      WHERE c.column_name = 'tenant_id' AND c.table_schema = 'public'`,
  );
  const { rows: own } = await superuser.query<{ id: string }>(
    `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ANY($1)`,
    [ACTORS.filter(Boolean)],
  );
  const excluded = new Set(own.map((row) => row.id));
  const found: string[] = [];
  for (const { table } of tables) {
    const { rows } = await superuser.query<{ id: string }>(
      `SELECT id::text FROM ${table}
        WHERE tenant_id = (SELECT id FROM centres WHERE slug = 'bergen') ORDER BY id LIMIT 20`,
    );
    found.push(...rows.map((row) => row.id).filter((id) => !excluded.has(id)));
  }
  const { rows: slugs } = await superuser.query<{ slug: string }>(`SELECT slug FROM centres`);
  return { ids: found, centres: slugs.map((row) => row.slug) };
}

interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  document: string;
  argumentNames: string[];
  field: GraphQLField<unknown, unknown>;
}

function operations(): Operation[] {
  const roots = [
    ['mutation', schema.getMutationType()],
    ['query', schema.getQueryType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => kind === 'mutation' || field.args.length > 0)
      .filter((field) => !ONLY || field.name === ONLY)
      .map((field) => {
        const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
        const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`);
        const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
        return {
          name: field.name,
          kind,
          field,
          argumentNames: field.args.map((arg) => arg.name),
          document: `${kind} Fuzz(${declarations.join(', ')}) { ${field.name}(${passing.join(', ')})${selection} }`,
        };
      }),
  );
}

function variablesArbitrary(operation: Operation, faults: number) {
  return fc
    .tuple(
      ...operation.field.args.map((arg) =>
        inputValue(arg.type, arg.name, { ids, centres, faults }),
      ),
    )
    .map((values) => variablesOf(operation.argumentNames, values));
}

/**
 * Requests with no fault (to reach the services and write), with exactly one (to find what a
 * single bad value does deep inside) and with many.
 */
function fuzzedVariables(operation: Operation) {
  return fc.oneof(
    { weight: 2, arbitrary: variablesArbitrary(operation, 0) },
    { weight: 7, arbitrary: withOneFault(variablesArbitrary(operation, 0)) },
    { weight: 1, arbitrary: variablesArbitrary(operation, 10) },
  );
}

/** What is wrong with a response, or nothing. */
function problems(response: GraphqlResponse<unknown>): string[] {
  const found: string[] = [];
  if (response.status >= 500) found.push(`HTTP ${response.status}`);
  for (const error of response.errors ?? []) {
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR')
      found.push(`INTERNAL_SERVER_ERROR: ${error.message}`);
    if (!error.extensions?.code) found.push(`no error code: ${error.message}`);
  }
  if (/stacktrace|\.ts:\d|node_modules|\n\s+at /.test(JSON.stringify(response)))
    found.push('a stack trace or source path');
  return found;
}

const refused = (response: GraphqlResponse<unknown>) =>
  (response.errors ?? []).some((error) =>
    ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(error.extensions?.code)),
  );

/** The first actor whose plausible requests are not refused for their role. */
async function actorFor(operation: Operation): Promise<Actor> {
  const samples = fc.sample(variablesArbitrary(operation, 0), { seed: SEED, numRuns: 3 });
  for (const actor of ACTORS) {
    const client = clients.get(actor) as GraphqlClient;
    for (const variables of samples) {
      const response = await client.request(operation.document, variables);
      if (!refused(response)) return actor;
    }
  }
  return ACTORS[0];
}

describe('fuzz: every operation, generated from the schema', () => {
  it('answers every input without a server error, a stack trace or a half-written change', async () => {
    const fingerprint = await DatabaseFingerprint.create(superuser, WRITTEN_ON_FAILURE);
    const failures: string[] = [];
    let last: Record<string, string> | undefined;
    const all = operations();
    let requests = 0;
    // What the answers were, to see that the fuzz gets past the first checks.
    const outcomes: Record<string, number> = {};
    const started = Date.now();
    for (const operation of all) {
      const actor = await actorFor(operation);
      // The probes may have written: the next fingerprint is taken afresh.
      last = undefined;
      const result = await fc.check(
        fc.asyncProperty(fuzzedVariables(operation), async (variables) => {
          // Queries come after the mutations: only a mutation needs the fingerprint before it.
          const before =
            operation.kind === 'mutation' ? (last ??= await fingerprint.take()) : undefined;
          let client = clients.get(actor) as GraphqlClient;
          let response = await client.request(operation.document, variables);
          requests++;
          if (actor && response.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
            // A fuzzed mutation ended the session (e.g. a role change): sign in again.
            client = await signIn(actor);
            response = await client.request(operation.document, variables);
          }
          if (TRACE)
            console.log(
              JSON.stringify(variables).slice(0, 300),
              '\n→',
              JSON.stringify(response).slice(0, 300),
            );
          const outcome = response.errors?.[0]?.extensions?.code ?? 'data';
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          const found = problems(response);
          if (before) {
            last = await fingerprint.take();
            const changed = DatabaseFingerprint.changed(before, last);
            if (response.errors?.length && !response.data && changed.length > 0)
              found.push(`failed, but changed ${changed.join(', ')}`);
          }
          if (found.length > 0) {
            throw new Error(
              `${found.join('; ')}\n  response: ${JSON.stringify(response).slice(0, 600)}`,
            );
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (result.failed) {
        failures.push(
          `${operation.kind} ${operation.name} as ${actor ?? 'anonymous'} ` +
            `(FUZZ_SEED=${SEED} FUZZ_ONLY=${operation.name}, counterexample path ${result.counterexamplePath}):\n` +
            `  variables: ${JSON.stringify(result.counterexample?.[0]).slice(0, 400)}\n` +
            `  ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
        );
      }
    }
    console.log(
      `Fuzz: ${all.length} operations, ${requests} requests in ${Math.round((Date.now() - started) / 1000)} s (FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS}). Answers: ${JSON.stringify(outcomes)}.`,
    );
    expect(failures).toEqual([]);
  });
});
