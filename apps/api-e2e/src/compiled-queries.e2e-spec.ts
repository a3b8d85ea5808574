import { type GraphqlClient, startTestServer, type TestServer } from '@link/shared/testing';

/**
 * The API answers a query with graphql-js the first time and compiled (graphql-jit) from the
 * second (apps/api/src/app/graphql/compiled-execution.ts): the answers must be the same, for the
 * screens people use most, their errors included.
 */

let server: TestServer;
let coordinator: GraphqlClient;
let analyst: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  analyst = (await server.client.signIn('analyst@national.demo.link')).client;
});
afterAll(() => server?.stop());

async function thrice(client: GraphqlClient, query: string, variables?: Record<string, unknown>) {
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await client.request(query, variables));
  return answers;
}

async function expectSameAnswers(
  client: GraphqlClient,
  query: string,
  variables?: Record<string, unknown>,
) {
  const [interpreted, ...compiled] = await thrice(client, query, variables);
  expect(interpreted.errors).toBeUndefined();
  for (const answer of compiled) expect(answer).toEqual(interpreted);
  return interpreted.data as Record<string, unknown>;
}

describe('a query compiled on its second time', () => {
  it('answers a page of groups and one group with its members, starter and room the same', async () => {
    const page = (await expectSameAnswers(
      coordinator,
      `query($limit: Int!, $statuses: [GroupStatus!]) { groups(limit: $limit, statuses: $statuses) {
        totalCount hasMore items { id name kind format status weekday startTime timeOfDay
          memberCount capacity startDate selfRunSince endedOn allowedTransitions } } }`,
      { limit: 20 },
    )) as { groups: { items: { id: string }[] } };
    expect(page.groups.items.length).toBeGreaterThan(0);
    await expectSameAnswers(
      coordinator,
      `query($id: ID!) { group(id: $id) { id name status
        room { id name address } starters { staffMemberId displayName assignedAt }
        members { id joinedOn participant { id displayName ageBand } } } }`,
      { id: page.groups.items[0].id },
    );
  });

  it('answers the waitlist, the Today screen and the overdue follow-ups the same', async () => {
    await expectSameAnswers(
      coordinator,
      `{ waitlist(limit: 10, timeOfDay: EVENING) { totalCount items { id displayName municipality
          waitingSince lastActivityAt hasPhone preferences { timesOfDay weekdays format } } } }`,
    );
    await expectSameAnswers(
      coordinator,
      `{ inquiryDeadlines(withinHours: 24) { promise dueAt overdue displayName inquiry { id } }
        waitlistFigures { waiting longestDays medianDays }
        groupsNeedingFollowUp { weeksWithout lastFollowUpOn group { id name memberCount } } }`,
    );
  });

  it('answers the public finder and a national report the same', async () => {
    await expectSameAnswers(
      server.client,
      `query($centre: String!) { publicGroups(centre: $centre) {
        kind weekday timeOfDay municipality startTime address recruiting } }`,
      { centre: 'bergen' },
    );
    await expectSameAnswers(
      analyst,
      `{ nationalReport(period: { from: "2025-01-01", to: "2025-12-31" }) {
        scope period { from to label } suppression { threshold hiddenNumbers }
        figures { key label unit rows { centreId value suppressed } } } }`,
    );
  });

  it('gives the same errors: another centre’s group is NOT_FOUND, with its path', async () => {
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const { groups } = await coordinator.data<{ groups: { items: { id: string }[] } }>(
      `{ groups(limit: 1) { items { id } } }`,
    );
    const [interpreted, ...compiled] = await thrice(
      trondheim,
      `query($id: ID!) { group(id: $id) { id name } }`,
      { id: groups.items[0].id },
    );
    expect(interpreted.errors?.[0]).toMatchObject({
      path: ['group'],
      extensions: { code: 'NOT_FOUND' },
    });
    for (const answer of compiled) expect(answer).toEqual(interpreted);
  });
});
