import { runApiCommand, startTestServer, type TestServer } from '@link/shared/testing';

/** Prometheus metrics at GET /metrics: requests per operation, pools, report facts' freshness. */
const TOKEN = 'a-token-for-prometheus-only-0123456789';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN });
}, 60_000);
afterAll(() => server?.stop());

const scrape = (authorization?: string) =>
  fetch(`${server.url}/metrics`, {
    headers: authorization ? { authorization } : {},
  });

it('are refused without the token, and with a wrong one', async () => {
  expect((await scrape()).status).toBe(404);
  expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(404);
});

it('count and time GraphQL requests by their root fields and outcome, never by client names', async () => {
  const { client } = await server.client.signIn('coordinator@bergen.demo.link');
  await client.data(`query MyOwnName { groups(limit: 5) { totalCount } }`);
  await client.request(`{ groups(limit: "five") { totalCount } }`);
  const response = await scrape(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/plain/);
  const text = await response.text();
  expect(text).toMatch(
    /link_graphql_requests_total\{operation="query groups",outcome="ok"\} [1-9]/,
  );
  expect(text).toMatch(
    /link_graphql_requests_total\{operation="[^"]*",outcome="client_error"\} [1-9]/,
  );
  expect(text).toMatch(
    /link_graphql_request_duration_seconds_bucket\{le="0.5",operation="query groups"\} [1-9]/,
  );
  expect(text).not.toMatch(/MyOwnName/);
  expect(text).toMatch(/link_db_pool_connections\{pool="app",state="total"\} [1-9]/);
  expect(text).toMatch(/link_db_pool_connections\{pool="reporting",state="idle"\} \d/);
  expect(text).toMatch(/link_process_resident_memory_bytes \d/);
});

it("say how old each centre's report facts are and how long their refresh took", async () => {
  const { code } = await runApiCommand(server.database, 'report-facts');
  expect(code).toBe(0);
  const text = await (await scrape(`Bearer ${TOKEN}`)).text();
  for (const slug of ['bergen', 'oslo', 'trondheim', 'vestfold-telemark']) {
    expect(text).toMatch(new RegExp(`link_report_facts_age_seconds\\{centre="${slug}"\\} \\d`));
    expect(text).toMatch(
      new RegExp(`link_report_facts_refresh_duration_seconds\\{centre="${slug}"\\} \\d`),
    );
  }
});
