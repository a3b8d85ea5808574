import {
  errorCodes,
  type GraphqlClient,
  osloDay,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
const RECORD = `mutation($input: StartupMeetingInput!) { recordStartupMeeting(input: $input) { id heldOn agreed } }`;
const MEETINGS = `query($id: ID!) { group(id: $id) { startupMeetings { heldOn agreed } } }`;

let server: TestServer;
let coordinator: GraphqlClient;
let groupId: string;

const day = (offset: number) => osloDay(offset);

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  const { createGroup } = await coordinator.data<{ createGroup: { id: string } }>(CREATE_GROUP, {
    input: {
      name: 'Ny mandagsgruppe',
      kind: 'CLOSED',
      format: 'PHYSICAL',
      composition: 'MIXED',
      weekday: 'MONDAY',
      startTime: '18:00',
      municipality: 'Bergen',
      startDate: day(-21),
    },
  });
  groupId = createGroup.id;
});
afterAll(() => server?.stop());

describe('start-up meetings', () => {
  it('records the days held and the frames agreed, in order; the same day again corrects it', async () => {
    await coordinator.data(RECORD, {
      input: { groupId, heldOn: day(-14), agreed: ['CONFIDENTIALITY', 'TIME_AND_PLACE'] },
    });
    await coordinator.data(RECORD, {
      input: { groupId, heldOn: day(-21), agreed: ['CONFIDENTIALITY'] },
    });
    await coordinator.data(RECORD, {
      input: {
        groupId,
        heldOn: day(-14),
        agreed: ['CONFIDENTIALITY', 'FRAMES_AND_PRINCIPLES', 'FRAMES_AND_PRINCIPLES'],
      },
    });
    const { group } = await coordinator.data<{
      group: { startupMeetings: { heldOn: string; agreed: string[] }[] };
    }>(MEETINGS, { id: groupId });
    expect(group.startupMeetings).toEqual([
      { heldOn: day(-21), agreed: ['CONFIDENTIALITY'] },
      { heldOn: day(-14), agreed: ['CONFIDENTIALITY', 'FRAMES_AND_PRINCIPLES'] },
    ]);
  });

  it('refuses a meeting in the future and an agreement it does not know', async () => {
    const future = await coordinator.request(RECORD, {
      input: { groupId, heldOn: day(3), agreed: [] },
    });
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    const unknown = await coordinator.request(RECORD, {
      input: { groupId, heldOn: day(-1), agreed: ['FREE_COFFEE'] },
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
  });

  it("another centre cannot record or read Bergen's: NOT_FOUND", async () => {
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const record = await trondheim.request(RECORD, {
      input: { groupId, heldOn: day(-2), agreed: ['CONFIDENTIALITY'] },
    });
    expect(errorCodes(record)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await trondheim.request(MEETINGS, { id: groupId }))).toEqual(['NOT_FOUND']);
  });
});
