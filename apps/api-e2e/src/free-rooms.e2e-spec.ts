import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
const FREE = `query($g: ID!) { freeRooms(groupId: $g) { room { id name } sameMunicipality neighbouring warning } }`;
const BOOK = `mutation($g: ID!, $r: ID!) { bookRoom(input: { groupId: $g, roomId: $r }) { id } }`;
const WARNING = `query($id: ID!) { group(id: $id) { roomWarning } }`;

interface FreeRoom {
  room: { id: string; name: string };
  sameMunicipality: boolean;
  neighbouring: boolean;
  warning: string | null;
}

let server: TestServer;
let coordinator: GraphqlClient;
const OURS = ['Askøy bibliotek', 'Bergen sentrum', 'Os kulturhus', 'Lite rom', 'Kveldsrom'];

async function room(
  name: string,
  municipality: string,
  capacity = 12,
  from = '09:00',
  to = '13:00',
) {
  const { createRoom } = await coordinator.data<{ createRoom: { id: string } }>(CREATE_ROOM, {
    input: {
      name,
      address: 'Gate 1',
      municipality,
      capacity,
      stepFree: true,
      freeOfCharge: true,
      availability: [{ weekday: 'THURSDAY', startsAt: from, endsAt: to }],
    },
  });
  return createRoom.id;
}

async function group(name: string): Promise<string> {
  const { createGroup } = await coordinator.data<{ createGroup: { id: string } }>(CREATE_GROUP, {
    input: {
      name,
      kind: 'CLOSED',
      format: 'PHYSICAL',
      composition: 'MIXED',
      weekday: 'THURSDAY',
      startTime: '10:00',
      municipality: 'Askøy',
      startDate: '2027-01-07',
    },
  });
  return createGroup.id;
}

async function free(groupId: string): Promise<FreeRoom[]> {
  const { freeRooms } = await coordinator.data<{ freeRooms: FreeRoom[] }>(FREE, { g: groupId });
  return freeRooms.filter((f) => OURS.includes(f.room.name));
}

const rooms: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  rooms['askøy'] = await room('Askøy bibliotek', 'Askøy');
  rooms['bergen'] = await room('Bergen sentrum', 'Bergen');
  rooms['os'] = await room('Os kulturhus', 'Bjørnafjorden');
  await room('Lite rom', 'Askøy', 4);
  await room('Kveldsrom', 'Askøy', 12, '18:00', '22:00');
});
afterAll(() => server?.stop());

describe("rooms free at a group's day and time", () => {
  it('lists the free rooms big enough, nearest first, with a warning beyond the neighbours', async () => {
    const askøyGroup = await group('Torsdagsgruppe Askøy');
    const found = await free(askøyGroup);
    expect(found.map((f) => f.room.name)).toEqual([
      'Askøy bibliotek',
      'Bergen sentrum',
      'Os kulturhus',
    ]);
    expect(found[0]).toMatchObject({ sameMunicipality: true, warning: null });
    expect(found[1]).toMatchObject({ neighbouring: true });
    expect(found[1].warning).toMatch(/nabokommunen/);
    expect(found[2]).toMatchObject({ sameMunicipality: false, neighbouring: false });
    expect(found[2].warning).toMatch(/ikke grenser til gruppens kommune Askøy/);
  });

  it('leaves out a room another group has booked then', async () => {
    const first = await group('Første torsdagsgruppe');
    const second = await group('Andre torsdagsgruppe');
    await coordinator.data(BOOK, { g: first, r: rooms['askøy'] });
    expect((await free(second)).map((f) => f.room.name)).not.toContain('Askøy bibliotek');
    // The group's own booking does not hide its room from itself.
    expect((await free(first)).map((f) => f.room.name)).toContain('Askøy bibliotek');
  });

  it('warns on the group when its room lies beyond the neighbouring municipalities', async () => {
    const far = await group('Askøygruppe i Os');
    await coordinator.data(BOOK, { g: far, r: rooms['os'] });
    const { group: booked } = await coordinator.data<{ group: { roomWarning: string | null } }>(
      WARNING,
      { id: far },
    );
    expect(booked.roomWarning).toMatch(/Bjørnafjorden, som ikke grenser/);
  });

  it("another centre gets NOT_FOUND for Bergen's group", async () => {
    const bergenGroup = await group('Bergensgruppe');
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    expect(errorCodes(await trondheim.request(FREE, { g: bergenGroup }))).toEqual(['NOT_FOUND']);
  });
});
