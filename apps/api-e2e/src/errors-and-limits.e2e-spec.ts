import { randomBytes } from 'node:crypto';

import {
  errorCodes,
  type GraphqlClient,
  type GraphqlResponse,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_ATTEMPTS_PER_IP: '12',
    // Our schema has no cycles; a low limit makes the deepest real path exceed it.
    GRAPHQL_MAX_DEPTH: '4',
  });
});
afterAll(() => server?.stop());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('errors', () => {
  it('never carry a stack trace outside development', async () => {
    const result = await server.client.request(`{ me { email } }`);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:|node_modules/);
  });

  it('report an unknown field or a malformed query as BAD_USER_INPUT', async () => {
    expect(errorCodes(await server.client.request(`{ noSuchField }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await server.client.request(`{ me { `))).toEqual(['BAD_USER_INPUT']);
    const nullVariable = await server.client.request(
      `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`,
      { input: null },
    );
    expect(errorCodes(nullVariable)).toEqual(['BAD_USER_INPUT']);
  });

  it('turn a database failure into INTERNAL_SERVER_ERROR without internals', async () => {
    const { client } = await server.client.signIn('coordinator@oslo.demo.link');
    const owner = await server.database.connectAsOwner();
    await owner.query(`REVOKE SELECT ON users FROM link_app`);
    try {
      const result = await client.request(`{ me { email } }`);
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(result.errors?.[0].message).toMatch(/Noe gikk galt/);
      expect(JSON.stringify(result)).not.toMatch(/permission|users|select/i);
    } finally {
      // Back to what the migrations grant: every column but the password hash.
      await owner.query(
        `GRANT SELECT (id, email, display_name, platform_role, deactivated_at, created_at, updated_at)
           ON users TO link_app`,
      );
      await owner.end();
    }
  });
});

/** The fields a BAD_USER_INPUT names. */
function fieldsOf(response: GraphqlResponse<unknown>): string[] {
  const fields = response.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined;
  return (fields ?? []).map((problem) => problem.field);
}

describe('client errors', () => {
  // Signed in once: sign-ins count towards the per-IP limit tested below.
  let client: GraphqlClient;
  let admin: GraphqlClient;
  beforeAll(async () => {
    client = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    admin = (await server.client.signIn('admin@bergen.demo.link')).client;
  });
  const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
  const GROUP = {
    name: 'Torsdagsgruppa',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'MIXED',
    weekday: 'THURSDAY',
    startDate: '2026-03-05',
    startTime: '18:00',
  };

  it('answer a bad variable with HTTP 400 and BAD_USER_INPUT naming the field, as written inline', async () => {
    const logged = server.output().length;
    const unknownEnum = await client.request(CREATE_GROUP, { input: { ...GROUP, kind: 'NOPE' } });
    expect(unknownEnum.status).toBe(400);
    expect(errorCodes(unknownEnum)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(unknownEnum)).toEqual(['input.kind']);

    const textForInt = await client.request(
      `query($limit: Int!) { groupSuggestions(participantId: "${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}", limit: $limit) { score } }`,
      { limit: 'ti' },
    );
    expect(textForInt.status).toBe(400);
    expect(errorCodes(textForInt)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(textForInt)).toEqual(['limit']);
    expect(textForInt.errors?.[0].message).toMatch(/heltall/);

    const missing = await client.request(CREATE_GROUP, {});
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing)).toEqual(['input']);

    const inline = await client.request(`mutation { createGroup(input: { name: 1 }) { id } }`);
    expect(inline.status).toBe(400);
    expect(new Set(errorCodes(inline))).toEqual(new Set(['BAD_USER_INPUT']));
    // A client's mistake is not logged as an unexpected error.
    expect(server.output().slice(logged)).not.toMatch(/Unexpected GraphQL error|"level":50/);
  });

  it('refuse a NUL byte or a lone surrogate in any text field, naming the field', async () => {
    const nul = await client.request(CREATE_GROUP, { input: { ...GROUP, name: 'Gruppe\u0000' } });
    expect(errorCodes(nul)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(nul)).toEqual(['input.name']);

    const surrogate = await client.request(
      `mutation($input: PartnerInput!) { createPartner(input: $input) { id } }`,
      { input: { kind: 'NAV', name: 'NAV Bergen', contactEmail: 'ola\uD800@nav.no' } },
    );
    expect(errorCodes(surrogate)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(surrogate)).toEqual(['input.contactEmail']);

    const inArgument = await client.request(
      `{ searchMaterials(query: "grupper\\u0000") { totalCount } }`,
    );
    expect(errorCodes(inArgument)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(inArgument)).toEqual(['query']);

    // Also where a guard reads the text before any resolver (sign-in).
    const login = await server.client.request(LOGIN, {
      input: { email: 'admin@bergen.demo.link\u0000', password: 'x' },
    });
    expect(login.status).toBe(400);
    expect(fieldsOf(login)).toEqual(['input.email']);
  });

  it('clear optional details of a person with explicit nulls, and refuse a null name', async () => {
    const { participants } = await client.data<{ participants: { items: { id: string }[] } }>(
      `{ participants(limit: 1) { items { id } } }`,
    );
    const UPDATE = `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { municipality languages } }`;
    const id = participants.items[0].id;
    const cleared = await client.data<{ updateParticipant: { municipality: string | null } }>(
      UPDATE,
      {
        input: {
          id,
          phone: null,
          email: null,
          municipality: null,
          languages: null,
          targetGroups: null,
        },
      },
    );
    expect(cleared.updateParticipant).toEqual({ municipality: null, languages: [] });
    const nameless = await client.request(UPDATE, { input: { id, displayName: null } });
    expect(errorCodes(nameless)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(nameless)).toEqual(['displayName']);

    const { partners } = await client.data<{ partners: { id: string }[] }>(`{ partners { id } }`);
    const partner = await client.request(
      `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }`,
      { input: { id: partners[0].id, kind: null, contactPerson: null } },
    );
    expect(errorCodes(partner)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(partner)).toEqual(['kind']);
  });

  it('take only real calendar dates and date-times with a time zone', async () => {
    const weekDate = await client.request(CREATE_GROUP, {
      input: { ...GROUP, startDate: '2026-W05-3' },
    });
    expect(errorCodes(weekDate)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(weekDate)).toEqual(['startDate']);
    const noSuchDay = await client.request(CREATE_GROUP, {
      input: { ...GROUP, startDate: '2026-02-30' },
    });
    expect(fieldsOf(noSuchDay)).toEqual(['startDate']);

    const UPDATE = `mutation($input: UpdateInquiryInput!) { updateInquiry(input: $input) { id } }`;
    const id = '00000000-0000-4000-8000-000000000000';
    for (const firstAnswerAt of [
      '2026-W05-3T10:00:00Z',
      '2026-03-15',
      '1e15',
      '2026-02-30T10:00:00Z',
    ]) {
      const result = await client.request(UPDATE, { input: { id, firstAnswerAt } });
      expect(result.status).toBe(400);
      expect(fieldsOf(result)).toEqual(['input.firstAnswerAt']);
      expect(result.errors?.[0].message).toMatch(/tidssone/);
    }
  });

  it('clear a time on updateInquiry with an explicit null', async () => {
    const { inquiries } = await client.data<{
      inquiries: { items: { id: string; firstAnswerAt: string | null; outcome: string | null }[] };
    }>(`{ inquiries(open: true, limit: 200) { items { id firstAnswerAt outcome } } }`);
    const answered = inquiries.items.find((inquiry) => inquiry.firstAnswerAt !== null);
    expect(answered).toBeDefined();
    const { updateInquiry } = await client.data<{
      updateInquiry: { firstAnswerAt: string | null };
    }>(`mutation($input: UpdateInquiryInput!) { updateInquiry(input: $input) { firstAnswerAt } }`, {
      input: { id: answered?.id, firstAnswerAt: null, outcome: null },
    });
    expect(updateInquiry.firstAnswerAt).toBeNull();
  });

  it('log volunteer hours in half hours, refusing a billionth of an hour in Norwegian', async () => {
    const { volunteers } = await admin.data<{ volunteers: { id: string }[] }>(
      `{ volunteers { id } }`,
    );
    const log = (hours: number) =>
      admin.request(
        `mutation($id: ID!, $hours: Float!) { logVolunteerHours(input: { volunteerId: $id, workedOn: "2026-11-03", hours: $hours, activity: "OTHER" }) { id } }`,
        { id: volunteers[0].id, hours },
      );
    for (const hours of [1e-9, 0.33, 24.5, -1]) {
      const result = await log(hours);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['hours']);
      expect(result.errors?.[0].message).toMatch(/halve timer/);
    }
    expect(errorCodes(await log(1.5))).toEqual([]);
  });

  it('say in Norwegian what a validator left without a message', async () => {
    const { volunteers } = await admin.data<{ volunteers: { id: string }[] }>(
      `{ volunteers { id } }`,
    );
    const result = await admin.request(
      `mutation($input: PoliceCertificateInput!) { recordPoliceCertificate(input: $input) { id } }`,
      {
        input: {
          volunteerId: volunteers[0].id,
          kind: 'ORDINARY',
          task: 'Gruppestart',
          shownOn: '2026-11-01',
          validMonths: 0,
        },
      },
    );
    expect(result.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'validMonths', messages: ['Må være minst 1.'] },
    ]);
  });

  it('keep the persisted-query codes a client needs to resend the query', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      }),
    });
    const body = (await response.json()) as GraphqlResponse<unknown>;
    expect(response.status).toBeLessThan(500);
    expect(errorCodes(body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('query limits', () => {
  it('refuse a query nested deeper than the limit', async () => {
    const deep = `mutation { login(input: { email: "admin@bergen.demo.link", password: "LinkDemo2026!" }) {
      me { memberships { centre { name } } } } }`;
    const result = await server.client.request(deep);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/for dypt/);
  });

  it('refuse a query that costs more than the limit, with HTTP 400', async () => {
    const { client } = await server.client.signIn('admin@bergen.demo.link');
    const fields = Array.from({ length: 1100 }, (_, i) => `m${i}: me { email }`).join(' ');
    const result = await client.request(`{ ${fields} }`);
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/for stor/);
  });

  it('count a report by its period and figures: 200 aliased ten-year reports are refused', async () => {
    const { client } = await server.client.signIn('admin@bergen.demo.link');
    const report = (alias: string) =>
      `${alias}: centreReport(period: { from: $from, to: $to }) { scope }`;
    const QUERY = (count: number) =>
      `query($from: String!, $to: String!) { ${Array.from({ length: count }, (_, i) => report(`r${i}`)).join(' ')} }`;
    const tenYears = { from: '2016-01-01', to: '2025-12-31' };
    const many = await client.request(QUERY(200), tenYears);
    expect(many.status).toBe(400);
    expect(errorCodes(many)).toEqual(['BAD_USER_INPUT']);
    expect(many.errors?.[0].message).toMatch(/for stor/);
    // One ten-year report, or many one-month ones, are within the limit.
    expect(errorCodes(await client.request(QUERY(1), tenYears))).toEqual([]);
    const months = await client.request(QUERY(20), { from: '2025-01-01', to: '2025-01-31' });
    expect(errorCodes(months)).toEqual([]);
  });
});

describe('in production', () => {
  let production: TestServer;
  let client: GraphqlClient;
  beforeAll(async () => {
    production = await startTestServer({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('base64'),
      ENCRYPTION_KEYS: `p1:${randomBytes(32).toString('base64')}`,
      LOOKUP_HASH_KEY: randomBytes(32).toString('base64'),
    });
    client = production.client;
  });
  afterAll(() => production?.stop());

  it('validation errors suggest no field, argument or value names', async () => {
    const field = await client.request(`{ mee { id } }`);
    expect(field.status).toBe(400);
    expect(field.errors?.[0].message).toMatch(/Cannot query field "mee"/);
    const argument = await client.request(`{ publicGroups(centr: "bergen") { kind } }`);
    const value = await client.request(
      `query($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: 'a@b.no', password: 'x', centr: 'bergen' } },
    );
    const enumValue = await client.request(`{ groups(statuses: [RECRUITIN]) { totalCount } }`);
    for (const result of [field, argument, value, enumValue]) {
      expect(result.status).toBe(400);
      expect(JSON.stringify(result)).not.toMatch(/Did you mean/);
    }
  });
});

describe('health', () => {
  it('answers when the database does', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });
});

describe('sign-in throttling', () => {
  it('locks an account after repeated failures, even for the right password', async () => {
    const attempt = (password: string) =>
      server.client.request(LOGIN, { input: { email: 'starter@bergen.demo.link', password } });
    for (let i = 0; i < 3; i++)
      expect(errorCodes(await attempt('wrong password'))).toEqual(['UNAUTHENTICATED']);
    const locked = await attempt('LinkDemo2026!');
    expect(errorCodes(locked)).toEqual(['TOO_MANY_REQUESTS']);
    expect(locked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Other accounts are not locked.
    await server.client.signIn('coordinator@bergen.demo.link');
  });

  it('limits attempts per IP address across accounts', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const result = await server.client.request(LOGIN, {
        input: { email: `nobody${i}@example.no`, password: 'x' },
      });
      codes.push(...errorCodes(result));
    }
    expect(codes).toContain('TOO_MANY_REQUESTS');
  });
});
