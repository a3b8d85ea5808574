import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import Redis from 'ioredis';

import { DEMO_PASSWORD } from '@link/platform/demo-data';
import {
  errorCodes,
  type GraphqlClient,
  type GraphqlResponse,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const SUBMIT = `mutation($input: InterestFormInput!) { submitInterestForm(input: $input) }`;
const ACCOUNT_LIMIT = 5;
const IP_LIMIT = 4;
const FORM_LIMIT = 2;
const PUBLIC_READ_LIMIT = 6;

/** The limits under test: small per-IP limits, so an address runs out within a test. */
const LIMITS = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: String(ACCOUNT_LIMIT),
  LOGIN_MAX_ATTEMPTS_PER_IP: String(IP_LIMIT),
  INTEREST_FORM_MAX_PER_IP: String(FORM_LIMIT),
  PUBLIC_READS_PER_IP_PER_MINUTE: String(PUBLIC_READ_LIMIT),
};

function login(
  client: GraphqlClient,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<GraphqlResponse<{ login: { accessToken: string } }>> {
  return client.request(
    LOGIN,
    { input: { email, password } },
    forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  );
}

/** What a public centre page asks for: the centre, then its groups. */
const PUBLIC_PAGE = [
  `{ publicCentre(slug: "bergen") { name } }`,
  `{ publicGroups(centre: "bergen") { kind weekday } }`,
];

function submitForm(client: GraphqlClient, forwardedFor: string) {
  return client.request(
    SUBMIT,
    { input: { centre: 'bergen', firstName: 'Test', email: 'test@example.no' } },
    { 'x-forwarded-for': forwardedFor },
  );
}

/** How many answers were a checked password (WRONG_CREDENTIALS), a refusal, or a sign-in. */
function tally(results: GraphqlResponse<{ login: { accessToken: string } }>[]) {
  const codes = results.map((result) => errorCodes(result)[0] ?? 'SIGNED_IN');
  return {
    checked: codes.filter((code) => code === 'UNAUTHENTICATED').length,
    refused: codes.filter((code) => code === 'TOO_MANY_REQUESTS').length,
    signedIn: codes.filter((code) => code === 'SIGNED_IN').length,
    total: codes.length,
  };
}

/** A documentation address (TEST-NET-3, RFC 5737) for attempt `i`: a botnet of many clients. */
const botAddress = (i: number) => `203.0.113.${i + 1}`;

/** Attempts on one account, at once, each from its own address (so no per-IP limit applies). */
function burst(clients: GraphqlClient[], email: string, passwords: string[], offset = 0) {
  return Promise.all(
    passwords.map((password, i) =>
      login(clients[i % clients.length], email, password, botAddress(offset + i)),
    ),
  );
}

describe('a burst of guesses on one account, behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ...LIMITS, TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(() => server?.stop());

  it('gets at most the account limit of password checks, and then not even the right password', async () => {
    const email = 'starter@bergen.demo.link';
    const wrong = tally(await burst([server.client], email, Array(30).fill('wrong password')));
    expect(wrong).toEqual({
      checked: ACCOUNT_LIMIT,
      refused: 30 - ACCOUNT_LIMIT,
      signedIn: 0,
      total: 30,
    });

    const passwords = Array<string>(20).fill('wrong password');
    passwords[7] = DEMO_PASSWORD;
    const withRight = tally(await burst([server.client], email, passwords, 30));
    expect(withRight).toEqual({ checked: 0, refused: 20, signedIn: 0, total: 20 });
  });

  it('starts the count again after a successful sign-in', async () => {
    const email = 'coordinator@bergen.demo.link';
    const guesses = Array<string>(ACCOUNT_LIMIT - 1).fill('wrong password');
    expect(tally(await burst([server.client], email, guesses)).checked).toBe(ACCOUNT_LIMIT - 1);
    expect(errorCodes(await login(server.client, email, DEMO_PASSWORD, botAddress(90)))).toEqual(
      [],
    );
    expect(tally(await burst([server.client], email, guesses, 100)).checked).toBe(
      ACCOUNT_LIMIT - 1,
    );
  });
});

describe('client addresses', () => {
  let direct: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    [direct, proxied] = await Promise.all([
      startTestServer(LIMITS),
      startTestServer({ ...LIMITS, TRUST_PROXY: '127.0.0.1' }),
    ]);
  });
  afterAll(() => Promise.all([direct?.stop(), proxied?.stop()]));

  it('ignore X-Forwarded-For from a peer TRUST_PROXY does not name', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i <= IP_LIMIT; i++) {
      const result = await login(direct.client, `nobody${i}@example.no`, 'x', botAddress(i));
      codes.push(...errorCodes(result));
    }
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');

    const forms: (string | undefined)[] = [];
    for (let i = 0; i <= FORM_LIMIT; i++)
      forms.push(...errorCodes(await submitForm(direct.client, botAddress(i))));
    expect(forms).toEqual(['TOO_MANY_REQUESTS']);
  });

  it('count by the address the trusted proxy appended, not what the client wrote before it', async () => {
    const client = '198.51.100.7';
    for (let i = 0; i < IP_LIMIT; i++) {
      expect(errorCodes(await login(proxied.client, `nobody${i}@example.no`, 'x', client))).toEqual(
        ['UNAUTHENTICATED'],
      );
    }
    expect(errorCodes(await login(proxied.client, 'nobody@example.no', 'x', client))).toEqual([
      'TOO_MANY_REQUESTS',
    ]);
    // The client wrote a made-up address; the proxy appended the real one. Still refused.
    const spoofed = await login(proxied.client, 'nobody@example.no', 'x', `192.0.2.1, ${client}`);
    expect(errorCodes(spoofed)).toEqual(['TOO_MANY_REQUESTS']);
    // Another client behind the same proxy is not.
    const other = await login(proxied.client, 'nobody@example.no', 'x', '198.51.100.8');
    expect(errorCodes(other)).toEqual(['UNAUTHENTICATED']);

    for (let i = 0; i < FORM_LIMIT; i++) {
      expect(errorCodes(await submitForm(proxied.client, client))).toEqual([]);
    }
    expect(errorCodes(await submitForm(proxied.client, `192.0.2.1, ${client}`))).toEqual([
      'TOO_MANY_REQUESTS',
    ]);
    expect(errorCodes(await submitForm(proxied.client, '198.51.100.8'))).toEqual([]);
  });

  it("limit the public pages' reads per address, and leave signed-in staff alone", async () => {
    const client = '198.51.100.9';
    const read = (query: string, from: string) =>
      proxied.client.request(query, {}, { 'x-forwarded-for': from });
    for (let i = 0; i < PUBLIC_READ_LIMIT; i++) {
      expect(errorCodes(await read(PUBLIC_PAGE[i % 2], client))).toEqual([]);
    }
    for (const query of PUBLIC_PAGE) {
      const refused = await read(query, client);
      expect(errorCodes(refused)).toEqual(['TOO_MANY_REQUESTS']);
      expect(refused.errors?.[0]?.message).toBe(
        'Det har kommet svært mange oppslag fra denne adressen. Vent et minutt og prøv igjen.',
      );
      expect(refused.data).toBeNull();
    }
    expect(errorCodes(await read(PUBLIC_PAGE[1], '198.51.100.10'))).toEqual([]);
    // Signed-in work from the same address is not a public read.
    const { client: coordinator } = await proxied.client.signIn('coordinator@bergen.demo.link');
    for (let i = 0; i <= PUBLIC_READ_LIMIT; i++) {
      expect(
        errorCodes(
          await coordinator.request(
            `{ groups(limit: 1) { totalCount } }`,
            {},
            {
              'x-forwarded-for': client,
            },
          ),
        ),
      ).toEqual([]);
    }
  });
});

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers, decided before the tests are declared so they can be skipped. */
function redisReachable(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `require('net').connect(${Number(port) || 6379}, ${JSON.stringify(hostname)})
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1))`;
  try {
    execFileSync(process.execPath, ['-e', probe], { timeout: 3000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const withRedis = redisReachable(REDIS_URL);
if (!withRedis) {
  console.warn(
    `SKIPPED: the Redis-backed sign-in limiter test, because Redis is not reachable at ${REDIS_URL} ` +
      `(set REDIS_URL, or start one: redis-server --port 6379).`,
  );
}

(withRedis ? describe : describe.skip)('the Redis-backed limiter', () => {
  // A prefix of our own, so runs sharing this Redis do not count each other's attempts.
  const prefix = `link-test-${randomBytes(4).toString('hex')}:`;
  const replicas: TestServer[] = [];
  beforeAll(async () => {
    const environment = {
      ...LIMITS,
      TRUST_PROXY: '127.0.0.1',
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
    };
    replicas.push(
      ...(await Promise.all([startTestServer(environment), startTestServer(environment)])),
    );
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('is shared by two replicas: a burst across both gets the limit of checks once', async () => {
    const email = 'starter@oslo.demo.link';
    const clients = replicas.map((replica) => replica.client);
    const wrong = tally(await burst(clients, email, Array(30).fill('wrong password')));
    expect(wrong).toEqual({
      checked: ACCOUNT_LIMIT,
      refused: 30 - ACCOUNT_LIMIT,
      signedIn: 0,
      total: 30,
    });

    const passwords = Array<string>(20).fill('wrong password');
    passwords[3] = DEMO_PASSWORD;
    expect(tally(await burst(clients, email, passwords, 30)).signedIn).toBe(0);

    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.exists(`${prefix}login-account:${email}`)).toBe(1);
    } finally {
      await redis.quit();
    }
  });
});
