import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { errorCodes, startTestServer, type TestServer } from '@link/shared/testing';

/** What the staff web app (Apollo Client in a browser) needs from the API. */

// Apollo Client 4 asks for the GraphQL-over-HTTP media type first.
const APOLLO_HEADERS = {
  accept: 'application/graphql-response+json,application/json;q=0.9',
};
const DEV_ORIGIN = 'http://localhost:4200';

let server: TestServer;
let webDir: string;
beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'link-web-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><title>LINK</title><div id="root">');
  await writeFile(join(webDir, 'assets/app-1234.js'), 'console.log(1);');
  server = await startTestServer({ CORS_ORIGINS: DEV_ORIGIN, WEB_DIR: webDir });
});
afterAll(async () => {
  await server?.stop();
  await rm(webDir, { recursive: true, force: true });
});

describe('client errors answer HTTP 400, not 500 (Apollo Client retries neither)', () => {
  it.each([
    ['an unknown field', `{ noSuchField }`, {}],
    ['a syntax error', `{ me { `, {}],
    [
      'a missing variable',
      `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`,
      {},
    ],
    [
      'a variable of the wrong type',
      `query($h: Int!) { inquiryDeadlines(withinHours: $h) { dueAt } }`,
      { h: 'ti' },
    ],
    [
      'an unknown input field',
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: 'a@b.no', password: 'x', nope: 1 } },
    ],
  ])('%s', async (_what, query, variables) => {
    const result = await server.client.request(query, variables, APOLLO_HEADERS);
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  // A refused input found while running the operation is an execution error: per GraphQL over
  // HTTP the response has `data: null` and HTTP 200; what matters to the client is that it is
  // not a 5xx (which Apollo Client and proxies treat as the server's fault) and names the field.
  it('a refused input in a signed-in mutation is BAD_USER_INPUT naming the fields, not a 5xx', async () => {
    const { client } = await server.client.signIn('coordinator@bergen.demo.link');
    const result = await client.request<{ registerInquiry: null }>(
      `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id } }`,
      { input: { channel: 'PHONE', person: { displayName: ' ', birthYear: 1800 } } },
      APOLLO_HEADERS,
    );
    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0].extensions?.['fields'] as { field: string }[]).map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['person.displayName', 'person.birthYear']));
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('lets the origins in CORS_ORIGINS call the API from a browser', async () => {
    const response = await preflight(DEV_ORIGIN);
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(DEV_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
  });

  it('gives any other origin no CORS headers', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no other origin when CORS_ORIGINS is not set', async () => {
    const plain = await startTestServer({}, { database: server.database });
    try {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: DEV_ORIGIN, 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.stop();
    }
  });
});

describe('calendar dates', () => {
  const DAY = /^\d{4}-\d{2}-\d{2}$/;

  it('are YYYY-MM-DD strings, never UTC midnights', async () => {
    const { client } = await server.client.signIn('coordinator@bergen.demo.link');
    const data = await client.data<{
      groups: {
        items: {
          startDate: string;
          endedOn: string | null;
          selfRunSince: string | null;
          members: { joinedOn: string; leftOn: string | null }[];
          followUps: { occurredOn: string }[];
          events: { occurredOn: string }[];
        }[];
      };
      groupsNeedingFollowUp: { lastFollowUpOn: string | null }[];
    }>(`{
      groups(limit: 200) { items {
        startDate endedOn selfRunSince
        members(includeFormer: true) { joinedOn leftOn }
        followUps { occurredOn } events { occurredOn }
      } }
      groupsNeedingFollowUp(weeks: 1) { lastFollowUpOn }
    }`);
    const dates = [
      ...data.groups.items.flatMap((g) => [
        g.startDate,
        g.endedOn,
        g.selfRunSince,
        ...g.members.flatMap((m) => [m.joinedOn, m.leftOn]),
        ...g.followUps.map((f) => f.occurredOn),
        ...g.events.map((e) => e.occurredOn),
      ]),
      ...data.groupsNeedingFollowUp.map((g) => g.lastFollowUpOn),
    ].filter((date): date is string => date !== null);
    expect(dates.length).toBeGreaterThan(20);
    for (const date of dates) expect(date).toMatch(DAY);
  });
});

describe('the web app on the API origin', () => {
  it('serves index.html at / and at every page address the app routes', async () => {
    for (const path of ['/', '/i-dag', '/henvendelser/ny']) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves the hashed assets for a year, and a missing one as 404', async () => {
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    const missing = await fetch(`${server.url}/favicon.ico`, { headers: { accept: '*/*' } });
    expect(missing.status).toBe(404);
  });

  it('leaves /graphql, /health and /metrics to the API', async () => {
    const metrics = await fetch(`${server.url}/metrics`, { headers: { accept: '*/*' } });
    expect(await metrics.text()).not.toContain('<div id="root">');
    const health = await fetch(`${server.url}/health`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const sandbox = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await sandbox.text()).not.toContain('<div id="root">');
    expect((await server.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
