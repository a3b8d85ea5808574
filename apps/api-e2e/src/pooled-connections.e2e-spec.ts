import { type GraphqlClient, startTestServer, type TestServer } from '@link/shared/testing';

/**
 * The centre is set per transaction, so a connection that served one centre and goes back to
 * the pool (the API's own, of four connections here, or PgBouncer's in transaction mode when
 * DATABASE_POOLER_URL is set, as in CI's pooler pass) serves the next request for another centre
 * with nothing left over. Many requests from two centres at once, interleaved, each must see
 * exactly what the same request saw alone.
 */
let server: TestServer;
let bergen: GraphqlClient;
let trondheim: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
}, 60_000);
afterAll(() => server?.stop());

const GROUPS = `{ groups(limit: 50) { totalCount items { id name } } }`;
const WAITLIST = `{ waitlist(limit: 50) { totalCount items { id } } }`;

it('give each centre its own rows, whatever connection served the centre before', async () => {
  const alone = {
    bergen: [await bergen.data(GROUPS), await bergen.data(WAITLIST)],
    trondheim: [await trondheim.data(GROUPS), await trondheim.data(WAITLIST)],
  };
  expect(alone.bergen[0]).not.toEqual(alone.trondheim[0]);
  const calls = Array.from({ length: 80 }, (_, index) => {
    const centre = index % 2 === 0 ? 'bergen' : 'trondheim';
    const client = centre === 'bergen' ? bergen : trondheim;
    const which = Math.floor(index / 2) % 2;
    return client.data(which === 0 ? GROUPS : WAITLIST).then((data) => ({ centre, which, data }));
  });
  for (const { centre, which, data } of await Promise.all(calls)) {
    expect([centre, data]).toEqual([centre, alone[centre as 'bergen' | 'trondheim'][which]]);
  }
});
