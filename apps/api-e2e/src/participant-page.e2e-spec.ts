import { randomBytes } from 'node:crypto';

import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

/**
 * What the web app's participant and room pages rely on: a look at a person's contact details
 * leaves exactly one entry in the audit trail, in the same request; another centre can read
 * neither the details nor the trail; a room's bookings are listed by page, and only in its centre.
 */

const REGISTER = `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`;
const CONTACT = `query($id: ID!) { participant(id: $id) { id contact { phone email } } }`;
const PERSON = `query($id: ID!) { participant(id: $id) { id displayName hasPhone hasEmail } }`;
const AUDIT = `query($id: ID!) { auditEntries(participantId: $id, limit: 200) { totalCount items { action participantId } } }`;
const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
const BOOK = `mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }`;
const BOOKINGS = `query($roomId: ID!, $limit: Int!, $offset: Int!) {
  roomBookings(roomId: $roomId, limit: $limit, offset: $offset) {
    totalCount hasMore
    items { id roomId groupId groupName weekday startsAt endsAt validFrom validTo }
  }
}`;

let server: TestServer;
let coordinator: GraphqlClient;
let admin: GraphqlClient;
let trondheim: GraphqlClient;
let trondheimAdmin: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await server.client.signIn('admin@bergen.demo.link')).client;
  trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
  trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
});
afterAll(() => server?.stop());

async function registerPerson(): Promise<{ id: string; phone: string; email: string }> {
  const tag = randomBytes(4).toString('hex');
  const phone = `+47 93${String(parseInt(tag, 16) % 1_000_000).padStart(6, '0')}`;
  const email = `vilde.${tag}@example.no`;
  const { registerInquiry } = await coordinator.data<{
    registerInquiry: { participant: { id: string } };
  }>(REGISTER, {
    input: {
      channel: 'PHONE',
      person: { displayName: `Vilde${tag}`, phone, email, municipality: 'Bergen' },
    },
  });
  return { id: registerInquiry.participant.id, phone, email };
}

async function contactReads(client: GraphqlClient, id: string): Promise<number> {
  const { auditEntries } = await client.data<{
    auditEntries: { items: { action: string; participantId: string }[] };
  }>(AUDIT, { id });
  return auditEntries.items.filter((e) => e.action === 'CONTACT_DETAILS_READ').length;
}

describe('contact details shown on demand', () => {
  it('a look at the contact details leaves exactly one audit entry', async () => {
    const person = await registerPerson();
    // The page itself, without the details: no read recorded.
    await coordinator.data(PERSON, { id: person.id });
    const before = await contactReads(admin, person.id);

    const { participant } = await coordinator.data<{
      participant: { contact: { phone: string | null; email: string | null } };
    }>(CONTACT, { id: person.id });
    expect(participant.contact.email).toBe(person.email);
    expect(participant.contact.phone).not.toBeNull();
    expect(await contactReads(admin, person.id)).toBe(before + 1);

    // Each look is one more.
    await coordinator.data(CONTACT, { id: person.id });
    expect(await contactReads(admin, person.id)).toBe(before + 2);
  });

  it("another centre cannot read Bergen's person, their contact details or their audit trail", async () => {
    const person = await registerPerson();
    const before = await contactReads(admin, person.id);
    expect(errorCodes(await trondheim.request(CONTACT, { id: person.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await trondheim.request(PERSON, { id: person.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await trondheimAdmin.request(AUDIT, { id: person.id }))).toEqual([
      'NOT_FOUND',
    ]);
    // The refused attempt recorded no read in Bergen.
    expect(await contactReads(admin, person.id)).toBe(before);
  });
});

describe("a room's bookings", () => {
  let roomId = '';
  const groups: string[] = [];

  beforeAll(async () => {
    const { createRoom } = await coordinator.data<{ createRoom: { id: string } }>(CREATE_ROOM, {
      input: {
        name: 'Møterom Bookingliste',
        address: 'Strandgaten 1',
        municipality: 'Bergen',
        capacity: 12,
        stepFree: true,
        freeOfCharge: true,
        availability: [
          { weekday: 'MONDAY', startsAt: '09:00', endsAt: '21:00' },
          { weekday: 'WEDNESDAY', startsAt: '09:00', endsAt: '21:00' },
        ],
      },
    });
    roomId = createRoom.id;
    for (const [name, weekday, startTime] of [
      ['Mandagsgruppen', 'MONDAY', '10:00'],
      ['Onsdagsgruppen', 'WEDNESDAY', '18:00'],
      ['Mandagskveld', 'MONDAY', '18:00'],
    ] as const) {
      const { createGroup } = await coordinator.data<{ createGroup: { id: string } }>(
        CREATE_GROUP,
        {
          input: {
            name,
            kind: 'CLOSED',
            format: 'PHYSICAL',
            composition: 'MIXED',
            weekday,
            startTime,
            municipality: 'Bergen',
            startDate: '2027-02-01',
          },
        },
      );
      groups.push(createGroup.id);
    }
    await coordinator.data(BOOK, { input: { groupId: groups[0], roomId } });
    await coordinator.data(BOOK, {
      input: { groupId: groups[1], roomId, validFrom: '2027-03-03', validTo: '2027-06-30' },
    });
    await coordinator.data(BOOK, {
      input: { groupId: groups[2], roomId, validFrom: '2027-04-05' },
    });
  });

  it('lists them by page, the latest first day first, with the group and its time', async () => {
    const first = await coordinator.data<{
      roomBookings: {
        totalCount: number;
        hasMore: boolean;
        items: Record<string, string | null>[];
      };
    }>(BOOKINGS, { roomId, limit: 2, offset: 0 });
    expect(first.roomBookings.totalCount).toBe(3);
    expect(first.roomBookings.hasMore).toBe(true);
    expect(first.roomBookings.items).toEqual([
      expect.objectContaining({
        groupId: groups[2],
        groupName: 'Mandagskveld',
        weekday: 'MONDAY',
        startsAt: '18:00',
        endsAt: '20:00',
        validFrom: '2027-04-05',
        validTo: null,
      }),
      expect.objectContaining({
        groupName: 'Onsdagsgruppen',
        weekday: 'WEDNESDAY',
        validFrom: '2027-03-03',
        validTo: '2027-06-30',
      }),
    ]);
    const second = await coordinator.data<{
      roomBookings: { hasMore: boolean; items: { groupName: string; validFrom: string }[] };
    }>(BOOKINGS, { roomId, limit: 2, offset: 2 });
    expect(second.roomBookings.hasMore).toBe(false);
    expect(second.roomBookings.items).toEqual([
      expect.objectContaining({ groupName: 'Mandagsgruppen', validFrom: '2027-02-01' }),
    ]);
  });

  it("another centre gets NOT_FOUND for Bergen's room", async () => {
    expect(errorCodes(await trondheim.request(BOOKINGS, { roomId, limit: 10, offset: 0 }))).toEqual(
      ['NOT_FOUND'],
    );
  });

  it('refuses a page larger than the maximum', async () => {
    expect(
      errorCodes(await coordinator.request(BOOKINGS, { roomId, limit: 500, offset: 0 })),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
