import { Client } from 'pg';

import {
  type FreezableProxy,
  requireTestEnv,
  startFreezableProxy,
  startTestServer,
  TEST_ADMIN_URL,
  type TestServer,
} from '@link/shared/testing';

const REQUEST_TIMEOUT_MS = 3000;
const LOCK_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 500;
const POOL_SIZE = 3;

const REGISTER = `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id } }`;
/** The participant's insert, as the API sends it: where a freeze hurts most (mid-transaction). */
const PARTICIPANT_INSERT = 'INSERT INTO "participants"';

let proxy: FreezableProxy;
let server: TestServer;
let token: string;
/** A superuser on the test database, beside the API: it sees every centre's rows. */
let admin: Client;

beforeAll(async () => {
  proxy = await startFreezableProxy(requireTestEnv(TEST_ADMIN_URL));
  server = await startTestServer(
    {
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: '2000',
      DATABASE_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000',
      DATABASE_REPORT_TIMEOUT_MS: '2500',
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    },
    { databaseUrl: (url) => proxy.url(url) },
  );
  token = (await server.client.signIn('coordinator@bergen.demo.link')).accessToken;
  admin = new Client({ connectionString: server.database.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  proxy?.thaw();
  await admin?.end();
  await server?.stop();
  await proxy?.close();
});

interface Answer {
  status: number;
  code?: string;
  message?: string;
  elapsedMs: number;
}

/** Registers a new person named `displayName`, as a coordinator's browser would. */
async function register(displayName: string, signal?: AbortSignal): Promise<Answer> {
  const started = Date.now();
  const input = { channel: 'PHONE', heardVia: 'GP', person: { displayName, phone: '412 34 567' } };
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: REGISTER, variables: { input } }),
      // A client gives up too; without the fix the API would otherwise keep this one waiting.
      signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS + 5000),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      status: response.status,
      code: body.errors?.[0]?.extensions?.code,
      message: body.errors?.[0]?.message,
      elapsedMs: Date.now() - started,
    };
  } catch {
    return { status: 0, elapsedMs: Date.now() - started };
  }
}

/** Whether the person was saved, once whatever PostgreSQL still held has had time to run. */
async function saved(displayName: string): Promise<boolean> {
  await new Promise((settle) => setTimeout(settle, 1500));
  const { rows } = await admin.query(`SELECT 1 FROM participants WHERE display_name = $1`, [
    displayName,
  ]);
  return rows.length > 0;
}

describe('a request the database keeps waiting', () => {
  it('fails with SERVICE_UNAVAILABLE within the lock timeout when a table it writes is locked, and writes nothing', async () => {
    const locker = await server.database.connectAsOwner();
    try {
      await locker.query(`BEGIN`);
      // Blocks inserts, as a long migration or a stuck transaction holding the table would.
      await locker.query(`LOCK TABLE participants IN SHARE MODE`);
      const answer = await register('Låstbord');
      expect(answer).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(answer.message).toMatch(/Prøv igjen/);
      expect(answer.elapsedMs).toBeLessThan(LOCK_TIMEOUT_MS + 1500);
    } finally {
      await locker.query(`ROLLBACK`);
      await locker.end();
    }
    expect(await saved('Låstbord')).toBe(false);
  });

  it('is given up at the request deadline when the database freezes mid-transaction, and never committed after it resumes', async () => {
    const frozen = proxy.freezeAfter(PARTICIPANT_INSERT);
    const answer = register('Frosset');
    await frozen;
    const answered = await answer;
    // Only now does the database "resume" and get whatever the API sent it meanwhile.
    proxy.thaw();
    expect(await saved('Frosset')).toBe(false);
    expect(answered).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(answered.elapsedMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(answered.elapsedMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
  });

  it('is rolled back when its client goes away before the answer', async () => {
    const frozen = proxy.freezeAfter(PARTICIPANT_INSERT);
    const client = new AbortController();
    const answer = register('Forlatt', client.signal);
    await frozen;
    client.abort();
    expect((await answer).status).toBe(0);
    // Thawed well before the request's deadline: only the client's leaving can have ended it.
    await new Promise((settle) => setTimeout(settle, 300));
    proxy.thaw();
    expect(await saved('Forlatt')).toBe(false);
  });

  it('fails with SERVICE_UNAVAILABLE within the connect timeout when no connection can be had', async () => {
    // Frozen before anything is sent: new connections hang in their start-up, idle ones in BEGIN.
    proxy.freeze();
    try {
      const stuck = Array.from({ length: POOL_SIZE }, (_, i) => register(`Fast${i}`));
      await new Promise((settle) => setTimeout(settle, 300));
      const waiting = await register('Ventende');
      expect(waiting).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(waiting.elapsedMs).toBeLessThan(CONNECT_TIMEOUT_MS + 1500);
      for (const answer of await Promise.all(stuck)) {
        expect(answer).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      proxy.thaw();
    }
  });

  it('leaves the API serving: the next request succeeds', async () => {
    const answer = await register('Etterpå');
    expect(answer).toMatchObject({ status: 200, code: undefined });
    expect(await saved('Etterpå')).toBe(true);
  });
});
