import { errorCodes, startTestServer, type TestServer } from '@link/shared/testing';

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

describe('query limits', () => {
  it('refuse a query nested deeper than the limit', async () => {
    const deep = `mutation { login(input: { email: "admin@bergen.demo.link", password: "LinkDemo2026!" }) {
      me { memberships { centre { name } } } } }`;
    const result = await server.client.request(deep);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/for dypt/);
  });

  it('refuse a query that costs more than the limit', async () => {
    const { client } = await server.client.signIn('admin@bergen.demo.link');
    const fields = Array.from({ length: 1100 }, (_, i) => `m${i}: me { email }`).join(' ');
    const result = await client.request(`{ ${fields} }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/for stor/);
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
