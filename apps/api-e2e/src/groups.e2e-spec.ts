import type { Client } from 'pg';
import type { QueryRunner } from 'typeorm';

import { migrations } from '@link/platform/database';
import {
  errorCodes,
  type GraphqlClient,
  osloDay,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

let server: TestServer;
let coordinator: GraphqlClient;
let otherCoordinator: GraphqlClient;
let admin: GraphqlClient;

interface Group {
  id: string;
  status: string;
  allowedTransitions: string[];
  selfRunSince: string | null;
  memberCount: number;
}

const GROUP_FIELDS = `id status allowedTransitions selfRunSince memberCount`;

async function createGroup(
  client: GraphqlClient,
  overrides: Record<string, unknown> = {},
): Promise<Group> {
  const { createGroup } = await client.data<{ createGroup: Group }>(
    `mutation($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`,
    {
      input: {
        name: `Gruppe ${Math.random().toString(36).slice(2, 7)}`,
        kind: 'CLOSED',
        format: 'PHYSICAL',
        composition: 'MIXED',
        weekday: 'TUESDAY',
        startTime: '18:00',
        municipality: 'Bergen',
        startDate: '2026-01-06',
        ...overrides,
      },
    },
  );
  return createGroup;
}

async function move(client: GraphqlClient, id: string, status: string, on?: string) {
  return client.request<{ changeGroupStatus: Group }>(
    `mutation($input: ChangeGroupStatusInput!) { changeGroupStatus(input: $input) { ${GROUP_FIELDS} } }`,
    { input: { id, status, on } },
  );
}

/** A new person, registered and put on the waitlist. */
async function waitingPerson(
  client: GraphqlClient,
  birthYear = 1985,
  municipality = 'Bergen',
): Promise<string> {
  const { registerInquiry } = await client.data<{
    registerInquiry: { id: string; participant: { id: string } };
  }>(
    `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`,
    {
      input: {
        channel: 'PHONE',
        person: { displayName: 'Venter', birthYear, municipality },
      },
    },
  );
  await client.data(
    `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
    {
      id: registerInquiry.id,
    },
  );
  return registerInquiry.participant.id;
}

const ADD = `mutation($g: ID!, $p: ID!) { addGroupMember(input: { groupId: $g, participantId: $p }) { member { id } warnings } }`;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  otherCoordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await server.client.signIn('admin@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('the group lifecycle', () => {
  it('goes planned → recruiting → starting → self-run, pauses and comes back, and ends', async () => {
    const group = await createGroup(coordinator);
    expect(group).toMatchObject({ status: 'PLANNED', allowedTransitions: ['RECRUITING', 'ENDED'] });
    // Recorded on the days they happened, in order.
    expect(errorCodes(await move(coordinator, group.id, 'RECRUITING', '2026-02-01'))).toEqual([]);
    expect(errorCodes(await move(coordinator, group.id, 'STARTING', '2026-02-15'))).toEqual([]);
    const selfRun = await move(coordinator, group.id, 'SELF_RUN', '2026-03-10');
    expect(selfRun.data?.changeGroupStatus).toMatchObject({
      status: 'SELF_RUN',
      selfRunSince: '2026-03-10',
    });
    const paused = await move(coordinator, group.id, 'PAUSED', '2026-06-01');
    expect(paused.data?.changeGroupStatus.allowedTransitions).toEqual(['SELF_RUN', 'ENDED']);
    expect(
      (await move(coordinator, group.id, 'SELF_RUN', '2026-07-01')).data?.changeGroupStatus.status,
    ).toBe('SELF_RUN');
    expect(
      (await move(coordinator, group.id, 'ENDED')).data?.changeGroupStatus.allowedTransitions,
    ).toEqual([]);

    const { group: after } = await coordinator.data<{
      group: { events: { fromStatus: string; toStatus: string }[] };
    }>(`query($id: ID!) { group(id: $id) { events { fromStatus toStatus } } }`, { id: group.id });
    expect(after.events.map((e) => e.toStatus)).toEqual([
      'RECRUITING',
      'STARTING',
      'SELF_RUN',
      'PAUSED',
      'SELF_RUN',
      'ENDED',
    ]);
  });

  it('refuses an invalid move and names the allowed ones', async () => {
    const group = await createGroup(coordinator);
    const skip = await move(coordinator, group.id, 'SELF_RUN');
    expect(errorCodes(skip)).toEqual(['BAD_USER_INPUT']);
    expect(skip.errors?.[0].message).toMatch(/under rekruttering, avsluttet/);
    expect(errorCodes(await move(coordinator, group.id, 'PAUSED'))).toEqual(['BAD_USER_INPUT']);
    await move(coordinator, group.id, 'ENDED');
    const afterEnd = await move(coordinator, group.id, 'RECRUITING');
    expect(afterEnd.errors?.[0].message).toMatch(/avsluttet/);
  });

  it('notes when a self-run group invites its starter back, and only then', async () => {
    const group = await createGroup(coordinator);
    const invite = `mutation($g: ID!) { inviteStarterBack(input: { groupId: $g, reason: "konflikt", on: "2026-04-01" }) { kind reason occurredOn } }`;
    expect(errorCodes(await coordinator.request(invite, { g: group.id }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    for (const status of ['RECRUITING', 'STARTING', 'SELF_RUN'])
      await move(coordinator, group.id, status);
    expect(
      (await coordinator.data<{ inviteStarterBack: unknown }>(invite, { g: group.id }))
        .inviteStarterBack,
    ).toEqual({
      kind: 'STARTER_INVITED_BACK',
      reason: 'konflikt',
      occurredOn: '2026-04-01',
    });
    await coordinator.data(
      `mutation($g: ID!) { recordStarterReturn(input: { groupId: $g }) { kind } }`,
      { g: group.id },
    );
  });

  it('validates a new group', async () => {
    const result = await coordinator.request(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: 'X',
          kind: 'CLOSED',
          format: 'PHYSICAL',
          composition: 'THEMED',
          weekday: 'MONDAY',
          startTime: '25:00',
          startDate: '2026-13-01',
          capacity: 12,
        },
      },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0].extensions?.['fields'] as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual(['name', 'startDate', 'startTime']);
    const rules = await coordinator.request(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: 'Tema',
          kind: 'CLOSED',
          format: 'PHYSICAL',
          composition: 'THEMED',
          weekday: 'MONDAY',
          startTime: '18:00',
          startDate: '2026-01-05',
          capacity: 12,
        },
      },
    );
    expect(
      (rules.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['capacity', 'municipality', 'theme']);
  });
});

describe('members', () => {
  it('adds waiting people, who are then in a group; refuses anyone else', async () => {
    const group = await createGroup(coordinator);
    const person = await waitingPerson(coordinator);
    const added = await coordinator.data<{ addGroupMember: { warnings: string[] } }>(ADD, {
      g: group.id,
      p: person,
    });
    expect(added.addGroupMember.warnings).toEqual([]);
    const { participant } = await coordinator.data<{ participant: { status: string } }>(
      `query($id: ID!) { participant(id: $id) { status } }`,
      { id: person },
    );
    expect(participant.status).toBe('IN_GROUP');
    expect(errorCodes(await coordinator.request(ADD, { g: group.id, p: person }))).toEqual([
      'CONFLICT',
    ]);
  });

  it("enforces the group's age range, and warns (without blocking) beyond a 15-year span", async () => {
    const ranged = await createGroup(coordinator, { ageRangeMin: 18, ageRangeMax: 30 });
    const older = await waitingPerson(coordinator, 1960);
    expect(errorCodes(await coordinator.request(ADD, { g: ranged.id, p: older }))).toEqual([
      'BAD_USER_INPUT',
    ]);

    const open = await createGroup(coordinator);
    await coordinator.data(ADD, { g: open.id, p: await waitingPerson(coordinator, 2000) });
    const wide = await coordinator.data<{ addGroupMember: { warnings: string[] } }>(ADD, {
      g: open.id,
      p: older,
    });
    expect(wide.addGroupMember.warnings).toEqual([
      expect.stringMatching(/Aldersspennet.*høyst 15/),
    ]);
  });

  it('lets a member leave, back to the waitlist if they wish', async () => {
    const group = await createGroup(coordinator);
    const person = await waitingPerson(coordinator);
    const { addGroupMember } = await coordinator.data<{
      addGroupMember: { member: { id: string } };
    }>(ADD, { g: group.id, p: person });
    await coordinator.data(
      `mutation($id: ID!) { leaveGroup(input: { id: $id, reason: "flyttet", backToWaitlist: true }) { leftOn } }`,
      {
        id: addGroupMember.member.id,
      },
    );
    const { participant } = await coordinator.data<{ participant: { status: string } }>(
      `query($id: ID!) { participant(id: $id) { status } }`,
      { id: person },
    );
    expect(participant.status).toBe('WAITING');
  });

  it('lets exactly one of several coordinators take the last place at the same instant', async () => {
    const group = await createGroup(coordinator, { capacity: 5 });
    for (let i = 0; i < 4; i++)
      await coordinator.data(ADD, { g: group.id, p: await waitingPerson(coordinator) });
    const contenders = await Promise.all([1, 2, 3, 4].map(() => waitingPerson(coordinator)));
    const clients = [coordinator, otherCoordinator, admin, coordinator];
    const results = await Promise.all(
      contenders.map((p, i) => clients[i].request(ADD, { g: group.id, p })),
    );
    const codes = results.map((r) => errorCodes(r)[0] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const { group: full } = await coordinator.data<{
      group: { memberCount: number; members: unknown[] };
    }>(`query($id: ID!) { group(id: $id) { memberCount members { participant { status } } } }`, {
      id: group.id,
    });
    expect(full.memberCount).toBe(5);
    // The three refused stay on the waitlist.
    const statuses = await Promise.all(
      contenders.map(
        async (id) =>
          (
            await coordinator.data<{ participant: { status: string } }>(
              `query($id: ID!) { participant(id: $id) { status } }`,
              { id },
            )
          ).participant.status,
      ),
    );
    expect(statuses.sort()).toEqual(['IN_GROUP', 'WAITING', 'WAITING', 'WAITING']);
  });

  it('places a waiting person in one group only, also when five coordinators add them at once', async () => {
    const groups = await Promise.all([0, 1, 2, 3, 4].map(() => createGroup(coordinator)));
    const person = await waitingPerson(coordinator);
    const clients = [coordinator, otherCoordinator, admin, coordinator, otherCoordinator];
    const results = await Promise.all(
      groups.map((g, i) => clients[i].request(ADD, { g: g.id, p: person })),
    );
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
    const refused = results.find((r) => errorCodes(r)[0] === 'CONFLICT');
    expect(refused?.errors?.[0].message).toMatch(/allerede med i en gruppe/);
    const counts = await Promise.all(
      groups.map(
        async (g) =>
          (
            await coordinator.data<{ group: { memberCount: number } }>(
              `query($id: ID!) { group(id: $id) { memberCount } }`,
              { id: g.id },
            )
          ).group.memberCount,
      ),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('refuses a second group for someone still in one, even when they are on the waitlist again', async () => {
    const [first, second] = await Promise.all([createGroup(coordinator), createGroup(coordinator)]);
    const person = await waitingPerson(coordinator);
    await coordinator.data(ADD, { g: first.id, p: person });
    // One after the other: the same answer as for the losers of a race.
    const next = await coordinator.request(ADD, { g: second.id, p: person });
    expect(errorCodes(next)).toEqual(['CONFLICT']);
    expect(next.errors?.[0].message).toMatch(/allerede med i en gruppe/);
    // A new inquiry puts them on the waitlist while they are still a member of the first group:
    // the database still holds them to one group.
    const { registerInquiry } = await coordinator.data<{ registerInquiry: { id: string } }>(
      `mutation($p: ID!) { registerInquiry(input: { channel: PHONE, participantId: $p }) { id } }`,
      { p: person },
    );
    await coordinator.data(
      `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
      { id: registerInquiry.id },
    );
    const again = await coordinator.request(ADD, { g: second.id, p: person });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].message).toMatch(/allerede med i en gruppe/);
  });
});

it('ends every membership when the group ends, so its members can join another group', async () => {
  const [ending, next] = await Promise.all([createGroup(coordinator), createGroup(coordinator)]);
  const person = await waitingPerson(coordinator);
  await coordinator.data(ADD, { g: ending.id, p: person });
  await move(coordinator, ending.id, 'ENDED', '2026-03-03');
  const { group } = await coordinator.data<{
    group: { memberCount: number; members: { leftOn: string | null }[] };
  }>(`query($id: ID!) { group(id: $id) { memberCount members(includeFormer: true) { leftOn } } }`, {
    id: ending.id,
  });
  expect(group).toEqual({ memberCount: 0, members: [{ leftOn: '2026-03-03' }] });
  const { participant } = await coordinator.data<{ participant: { status: string } }>(
    `query($id: ID!) { participant(id: $id) { status } }`,
    { id: person },
  );
  expect(participant.status).toBe('ENDED');
  // Back on the waitlist, they are free to join a new group.
  const { registerInquiry } = await coordinator.data<{ registerInquiry: { id: string } }>(
    `mutation($p: ID!) { registerInquiry(input: { channel: PHONE, participantId: $p }) { id } }`,
    { p: person },
  );
  await coordinator.data(
    `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
    { id: registerInquiry.id },
  );
  expect(errorCodes(await coordinator.request(ADD, { g: next.id, p: person }))).toEqual([]);
});

describe('starters', () => {
  async function staffId(email: string): Promise<string> {
    const { staffMembers } = await admin.data<{
      staffMembers: { items: { id: string; email: string }[] };
    }>(`{ staffMembers { items { id email } } }`);
    return staffMembers.items.find((s) => s.email === email)!.id;
  }

  it('are staff with the starter role, never in two groups at the same time', async () => {
    const starter = await staffId('starter@bergen.demo.link');
    const assign = `mutation($g: ID!, $s: ID!) { assignStarter(input: { groupId: $g, staffMemberId: $s }) { displayName } }`;
    const tuesday = await createGroup(coordinator, { weekday: 'THURSDAY', startTime: '18:00' });
    expect(
      (await coordinator.data<{ assignStarter: unknown[] }>(assign, { g: tuesday.id, s: starter }))
        .assignStarter,
    ).toEqual([{ displayName: 'Igangsetter Bergen og omegn' }]);
    const clash = await createGroup(coordinator, { weekday: 'THURSDAY', startTime: '19:00' });
    expect(errorCodes(await coordinator.request(assign, { g: clash.id, s: starter }))).toEqual([
      'CONFLICT',
    ]);
    const later = await createGroup(coordinator, { weekday: 'THURSDAY', startTime: '20:00' });
    expect(errorCodes(await coordinator.request(assign, { g: later.id, s: starter }))).toEqual([]);

    const notAStarter = await staffId('coordinator@bergen.demo.link');
    expect(errorCodes(await coordinator.request(assign, { g: later.id, s: notAStarter }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('cannot be put on two groups meeting at the same time by coordinators at the same instant', async () => {
    const starter = await staffId('starter@bergen.demo.link');
    const assign = `mutation($g: ID!, $s: ID!) { assignStarter(input: { groupId: $g, staffMemberId: $s }) { displayName } }`;
    const groups = await Promise.all(
      ['08:00', '08:30', '09:00'].map((startTime) =>
        createGroup(coordinator, { weekday: 'FRIDAY', startTime }),
      ),
    );
    const clients = [coordinator, otherCoordinator, admin];
    const results = await Promise.all(
      groups.map((g, i) => clients[i].request(assign, { g: g.id, s: starter })),
    );
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
    expect(results.find((r) => r.errors)?.errors?.[0].message).toMatch(/samme tid/);
    const assigned = await Promise.all(
      groups.map(
        async (g) =>
          (
            await coordinator.data<{ group: { starters: unknown[] } }>(
              `query($id: ID!) { group(id: $id) { starters { displayName } } }`,
              { id: g.id },
            )
          ).group.starters.length,
      ),
    );
    expect(assigned.reduce((a, b) => a + b, 0)).toBe(1);

    // The same group twice at once: one assignment.
    const same = await createGroup(coordinator, { weekday: 'FRIDAY', startTime: '14:00' });
    const twice = await Promise.all(
      [coordinator, otherCoordinator].map((c) => c.request(assign, { g: same.id, s: starter })),
    );
    expect(twice.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });
});

describe('rooms', () => {
  const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id availability { weekday startsAt endsAt } } }`;
  const BOOK = `mutation($g: ID!, $r: ID!) { bookRoom(input: { groupId: $g, roomId: $r }) { id } }`;

  async function room(capacity = 10): Promise<string> {
    const { createRoom } = await coordinator.data<{ createRoom: { id: string } }>(CREATE_ROOM, {
      input: {
        name: 'Møterom Sentrum',
        address: 'Strandgaten 1, 5013 Bergen',
        municipality: 'Bergen',
        capacity,
        stepFree: true,
        freeOfCharge: true,
        availability: [{ weekday: 'WEDNESDAY', startsAt: '16:00', endsAt: '22:00' }],
      },
    });
    return createRoom.id;
  }

  it('refuses a room that is too small or not free when the group meets', async () => {
    const group = await createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: '18:00' });
    expect(errorCodes(await coordinator.request(BOOK, { g: group.id, r: await room(6) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const monday = await createGroup(coordinator, { weekday: 'MONDAY', startTime: '18:00' });
    expect(errorCodes(await coordinator.request(BOOK, { g: monday.id, r: await room() }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('cannot be double-booked, even by two coordinators at the same instant', async () => {
    const roomId = await room();
    const groups = await Promise.all(
      [0, 1, 2].map((i) =>
        createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: `${18 + (i % 2)}:00` }),
      ),
    );
    const clients = [coordinator, otherCoordinator, admin];
    const results = await Promise.all(
      groups.map((g, i) => clients[i].request(BOOK, { g: g.id, r: roomId })),
    );
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
    // Racing inserts clash in the exclusion constraint, or PostgreSQL finds them deadlocked and
    // stops one: either way the coordinator reads why, never "something went wrong".
    for (const error of results.flatMap((r) => r.errors ?? [])) {
      expect(error.message).toMatch(/allerede booket|i samme øyeblikk/);
    }
    // Back to back is fine: 20:00–22:00 after 18:00–20:00.
    const late = await createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: '20:00' });
    const early = await createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: '16:00' });
    const other = await room();
    expect(errorCodes(await coordinator.request(BOOK, { g: late.id, r: other }))).toEqual([]);
    expect(errorCodes(await coordinator.request(BOOK, { g: early.id, r: other }))).toEqual([]);
  });

  const BOOK_PERIOD = `mutation($g: ID!, $r: ID!, $from: String, $to: String) { bookRoom(input: { groupId: $g, roomId: $r, validFrom: $from, validTo: $to }) { id } }`;

  it('refuses a booking period that ends before or when it begins, naming validTo', async () => {
    const roomId = await room();
    const group = await createGroup(coordinator, {
      weekday: 'WEDNESDAY',
      startTime: '18:00',
      startDate: '2026-01-07',
    });
    for (const period of [
      { from: '2026-03-01', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-02-01' },
      // Without validFrom the period starts on the group's start date.
      { to: '2026-01-07' },
    ]) {
      const result = await coordinator.request(BOOK_PERIOD, { g: group.id, r: roomId, ...period });
      expect({ period, error: result.errors?.[0].extensions }).toEqual({
        period,
        error: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'validTo', messages: [expect.stringMatching(/etter/)] }],
        }),
      });
      expect(result.errors?.[0].message).toMatch(/slutte etter/);
    }
    // Nothing was booked, so another group can take the room at that time.
    const other = await createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: '18:00' });
    expect(errorCodes(await coordinator.request(BOOK, { g: other.id, r: roomId }))).toEqual([]);
  });

  it('holds one room per group at a time, also when two coordinators book it at the same instant', async () => {
    const rooms = await Promise.all([room(), room(), room()]);
    const group = await createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: '17:00' });
    const results = await Promise.all(
      [coordinator, otherCoordinator].map((c, i) => c.request(BOOK, { g: group.id, r: rooms[i] })),
    );
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.errors)?.errors?.[0].message).toMatch(
      /Gruppen har allerede et rom/,
    );
    // One after the other, too.
    const again = await coordinator.request(BOOK, { g: group.id, r: rooms[2] });
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    // Moving to another room from a date is fine when the first booking ends then.
    const moving = await createGroup(coordinator, { weekday: 'WEDNESDAY', startTime: '20:00' });
    const period = (r: string, from?: string, to?: string) =>
      coordinator.request(BOOK_PERIOD, { g: moving.id, r, from, to });
    expect(errorCodes(await period(rooms[1], '2026-01-07', '2026-03-04'))).toEqual([]);
    expect(errorCodes(await period(rooms[2], '2026-03-04'))).toEqual([]);
    expect(errorCodes(await period(rooms[0], '2026-02-04', '2026-02-11'))).toEqual(['CONFLICT']);
  });
});

describe('open groups and follow-up', () => {
  it('count heads at open groups, never names', async () => {
    const open = await createGroup(coordinator, { kind: 'OPEN', capacity: 20 });
    const record = `mutation($g: ID!) { recordOpenGroupMeeting(input: { groupId: $g, heldOn: "2026-02-03", headCount: 7 }) { headCount } }`;
    expect(
      (await coordinator.data<{ recordOpenGroupMeeting: unknown }>(record, { g: open.id }))
        .recordOpenGroupMeeting,
    ).toEqual({ headCount: 7 });
    const closed = await createGroup(coordinator);
    expect(errorCodes(await coordinator.request(record, { g: closed.id }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(
        await coordinator.request(ADD, { g: open.id, p: await waitingPerson(coordinator) }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('lists running groups without follow-up for weeks, until someone visits', async () => {
    const group = await createGroup(coordinator, { startDate: '2026-01-06' });
    for (const status of ['RECRUITING', 'STARTING']) await move(coordinator, group.id, status);
    type Needing = { group: { id: string }; weeksWithout: number; lastFollowUpOn: string | null };
    const needing = async (weeks?: number) =>
      (
        await coordinator.data<{ groupsNeedingFollowUp: Needing[] }>(
          `query($weeks: Int) { groupsNeedingFollowUp(weeks: $weeks) { group { id } weeksWithout lastFollowUpOn } }`,
          { weeks },
        )
      ).groupsNeedingFollowUp;
    const ours = async (weeks?: number) =>
      (await needing(weeks)).find((n) => n.group.id === group.id);
    // Whole weeks from its start, counted in Oslo's days.
    const sinceStart = Math.floor(
      (Date.parse(osloDay(0)) - Date.parse('2026-01-06')) / (7 * 24 * 3600 * 1000),
    );
    expect(await ours()).toEqual({
      group: { id: group.id },
      weeksWithout: sinceStart,
      lastFollowUpOn: null,
    });
    const person = await waitingPerson(coordinator);
    await coordinator.data(ADD, { g: group.id, p: person });
    // Someone who joined and left is no longer counted.
    const { addGroupMember: left } = await coordinator.data<{
      addGroupMember: { member: { id: string } };
    }>(ADD, { g: group.id, p: await waitingPerson(coordinator) });
    await coordinator.data(`mutation($id: ID!) { leaveGroup(input: { id: $id }) { leftOn } }`, {
      id: left.member.id,
    });
    const naming = await coordinator.request(
      `mutation($g: ID!) { logFollowUp(input: { groupId: $g, kind: CALL, note: "Ringte, Venter var borte" }) { id } }`,
      { g: group.id },
    );
    expect(naming.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'note' }],
    });
    // A call 15 days ago: two whole weeks without, due at 2 weeks, not at 3.
    const call = osloDay(-15);
    await coordinator.data(
      `mutation($g: ID!, $on: String!) { logFollowUp(input: { groupId: $g, kind: CALL, occurredOn: $on }) { id } }`,
      { g: group.id, on: call },
    );
    expect(await ours(2)).toEqual({
      group: { id: group.id },
      weeksWithout: 2,
      lastFollowUpOn: call,
    });
    expect(await ours(3)).toBeUndefined();
    // The group as the list shows it counts its current member, not the one who left.
    const { groupsNeedingFollowUp: listed } = await coordinator.data<{
      groupsNeedingFollowUp: { group: { id: string; memberCount: number; status: string } }[];
    }>(`{ groupsNeedingFollowUp(weeks: 2) { group { id memberCount status } } }`);
    expect(listed.find((n) => n.group.id === group.id)?.group).toEqual({
      id: group.id,
      memberCount: 1,
      status: 'STARTING',
    });
    // Asked without weeks, the centre's own follow-up interval decides.
    const interval = (followUpWeeks: number) =>
      admin.data(
        `mutation($w: Int!) { updateGroupSettings(input: { followUpWeeks: $w }) { followUpWeeks } }`,
        { w: followUpWeeks },
      );
    await interval(2);
    expect((await ours())?.weeksWithout).toBe(2);
    await interval(3);
    expect(await ours()).toBeUndefined();
    await interval(6);
    // Another centre's list holds only its own groups, also when Bergen's is due.
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const { groupsNeedingFollowUp: theirs } = await trondheim.data<{
      groupsNeedingFollowUp: Needing[];
    }>(`{ groupsNeedingFollowUp(weeks: 1) { group { id } weeksWithout lastFollowUpOn } }`);
    expect(theirs.map((n) => n.group.id)).not.toContain(group.id);
    expect(await ours()).toBeUndefined();
    await coordinator.data(
      `mutation($g: ID!) { logFollowUp(input: { groupId: $g, kind: VISIT, note: "God stemning" }) { id } }`,
      { g: group.id },
    );
    expect(await ours(1)).toBeUndefined();
  });
});

describe('the list of groups', () => {
  const PAGE = `query($limit: Int!, $offset: Int!, $statuses: [GroupStatus!]) {
    groups(limit: $limit, offset: $offset, statuses: $statuses) { totalCount hasMore items { id name } } }`;
  type Page = { totalCount: number; hasMore: boolean; items: { id: string; name: string }[] };
  const page = async (limit: number, offset: number, statuses?: string[]) =>
    (await coordinator.data<{ groups: Page }>(PAGE, { limit, offset, statuses })).groups;

  it('pages through one order and counts them all, also past the last page', async () => {
    const all = await page(200, 0);
    expect(all.totalCount).toBe(all.items.length);
    expect(all.totalCount).toBeGreaterThan(3);

    const second = await page(2, 2);
    expect(second).toEqual({
      totalCount: all.totalCount,
      hasMore: true,
      items: all.items.slice(2, 4),
    });
    const last = await page(2, all.totalCount - 1);
    expect(last).toEqual({
      totalCount: all.totalCount,
      hasMore: false,
      items: all.items.slice(-1),
    });
    expect(await page(2, all.totalCount + 5)).toEqual({
      totalCount: all.totalCount,
      hasMore: false,
      items: [],
    });
  });

  it("counts each group's current members, not those who left, and only its own", async () => {
    const group = await createGroup(coordinator, { name: 'Aaa telles i listen' });
    const members: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { addGroupMember } = await coordinator.data<{
        addGroupMember: { member: { id: string } };
      }>(ADD, { g: group.id, p: await waitingPerson(coordinator) });
      members.push(addGroupMember.member.id);
    }
    await coordinator.data(`mutation($id: ID!) { leaveGroup(input: { id: $id }) { leftOn } }`, {
      id: members[0],
    });
    const counts = async (client: GraphqlClient) =>
      (
        await client.data<{ groups: { items: { id: string; memberCount: number }[] } }>(
          `{ groups(limit: 200) { items { id memberCount } } }`,
        )
      ).groups.items;
    expect((await counts(coordinator)).find((g) => g.id === group.id)?.memberCount).toBe(2);
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    expect((await counts(trondheim)).map((g) => g.id)).not.toContain(group.id);
  });

  it('shows each group as the group itself does: its times, dates and next steps', async () => {
    const FIELDS = `id name kind format composition theme weekday startTime durationMinutes
      timeOfDay municipality roomId meetingLink capacity memberCount ageRangeMin ageRangeMax
      startDate status allowedTransitions selfRunSince endedOn`;
    const group = await createGroup(coordinator, {
      name: 'Aab vist som seg selv',
      composition: 'THEMED',
      theme: 'Sorg',
      startTime: '09:45',
      ageRangeMin: 30,
      ageRangeMax: 60,
      startDate: '2026-02-03',
    });
    await move(coordinator, group.id, 'RECRUITING', '2026-02-03');
    await move(coordinator, group.id, 'STARTING', '2026-02-10');
    await move(coordinator, group.id, 'SELF_RUN', '2026-03-10');
    await move(coordinator, group.id, 'PAUSED', '2026-06-01');
    await move(coordinator, group.id, 'ENDED', '2026-06-20');

    const { group: alone } = await coordinator.data<{ group: Record<string, unknown> }>(
      `query($id: ID!) { group(id: $id) { ${FIELDS} } }`,
      { id: group.id },
    );
    expect(alone).toMatchObject({
      startTime: '09:45',
      timeOfDay: 'MORNING',
      startDate: '2026-02-03',
      selfRunSince: '2026-03-10',
      endedOn: '2026-06-20',
      status: 'ENDED',
    });
    const { groups } = await coordinator.data<{ groups: { items: Record<string, unknown>[] } }>(
      `query($statuses: [GroupStatus!]) { groups(limit: 200, statuses: $statuses) { items { ${FIELDS} } } }`,
      { statuses: ['ENDED'] },
    );
    expect(groups.items.find((item) => item.id === group.id)).toEqual(alone);
  });

  it('counts only the statuses asked for', async () => {
    const ended = await page(200, 0, ['ENDED']);
    const others = await page(200, 0, ['PLANNED', 'RECRUITING', 'STARTING', 'SELF_RUN', 'PAUSED']);
    expect(ended.totalCount + others.totalCount).toBe((await page(200, 0)).totalCount);
    expect(await page(1, 500, ['ENDED'])).toEqual({
      totalCount: ended.totalCount,
      hasMore: false,
      items: [],
    });
  });
});

describe('the public group finder', () => {
  it('shows what runs, without names, members, links or where a closed group meets', async () => {
    const recruiting = await createGroup(coordinator, {
      name: 'Hemmelig navn',
      weekday: 'FRIDAY',
      startTime: '10:30',
    });
    await move(coordinator, recruiting.id, 'RECRUITING');
    await coordinator.data(ADD, { g: recruiting.id, p: await waitingPerson(coordinator) });
    const paused = await createGroup(coordinator, { name: 'Pauset gruppe', weekday: 'SATURDAY' });
    await move(coordinator, paused.id, 'RECRUITING');
    await move(coordinator, paused.id, 'PAUSED');
    await createGroup(coordinator, { name: 'Planlagt', weekday: 'SUNDAY' });

    const result = await server.client.request<{ publicGroups: Record<string, unknown>[] }>(
      `{ publicGroups(centre: "bergen") { kind format composition theme weekday timeOfDay municipality startTime address recruiting } }`,
    );
    expect(errorCodes(result)).toEqual([]);
    const groups = result.data!.publicGroups;
    expect(groups).toContainEqual({
      kind: 'CLOSED',
      format: 'PHYSICAL',
      composition: 'MIXED',
      theme: null,
      weekday: 'FRIDAY',
      timeOfDay: 'FORENOON',
      municipality: 'Bergen',
      startTime: null,
      address: null,
      recruiting: true,
    });
    expect(groups.map((g) => g['weekday'])).not.toContain('SATURDAY');
    expect(groups.map((g) => g['weekday'])).not.toContain('SUNDAY');
    expect(JSON.stringify(result)).not.toMatch(/Hemmelig|Venter|Strandgaten/);
    // Nothing else can be asked of it: no name or member fields exist on PublicGroup.
    expect(
      errorCodes(await server.client.request(`{ publicGroups(centre: "bergen") { name } }`)),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('another centre', () => {
  it('gets NOT_FOUND for every operation on a Bergen group', async () => {
    const group = await createGroup(coordinator);
    const person = await waitingPerson(coordinator);
    const { addGroupMember } = await coordinator.data<{
      addGroupMember: { member: { id: string } };
    }>(ADD, { g: group.id, p: person });
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const trondheimPerson = await waitingPerson(trondheim, 1985, 'Trondheim');
    const trondheimGroup = await createGroup(trondheim, { municipality: 'Trondheim' });
    const { createRoom } = await trondheim.data<{ createRoom: { id: string } }>(
      `mutation { createRoom(input: { name: "Rom", address: "Gate 1", municipality: "Trondheim", capacity: 12, stepFree: false, freeOfCharge: true, availability: [{ weekday: TUESDAY, startsAt: "08:00", endsAt: "23:00" }] }) { id } }`,
    );
    const ids = {
      g: group.id,
      p: person,
      m: addGroupMember.member.id,
      tp: trondheimPerson,
      tg: trondheimGroup.id,
      tr: createRoom.id,
    };
    const attempts = [
      `query($g: ID!) { group(id: $g) { id } }`,
      `mutation($g: ID!) { changeGroupStatus(input: { id: $g, status: RECRUITING }) { id } }`,
      `mutation($g: ID!, $tp: ID!) { addGroupMember(input: { groupId: $g, participantId: $tp }) { warnings } }`,
      `mutation($tg: ID!, $p: ID!) { addGroupMember(input: { groupId: $tg, participantId: $p }) { warnings } }`,
      `mutation($m: ID!) { leaveGroup(input: { id: $m }) { id } }`,
      `mutation($g: ID!) { inviteStarterBack(input: { groupId: $g }) { id } }`,
      `mutation($g: ID!) { logFollowUp(input: { groupId: $g, kind: CALL }) { id } }`,
      `mutation($g: ID!) { recordOpenGroupMeeting(input: { groupId: $g, heldOn: "2026-01-01", headCount: 3 }) { id } }`,
      `mutation($g: ID!, $tr: ID!) { bookRoom(input: { groupId: $g, roomId: $tr }) { id } }`,
      `mutation($g: ID!, $tr: ID!) { assignStarter(input: { groupId: $g, staffMemberId: $tr }) { displayName } }`,
      `mutation($g: ID!, $tr: ID!) { releaseStarter(input: { groupId: $g, staffMemberId: $tr }) { displayName } }`,
    ];
    for (const query of attempts) {
      const result = await trondheim.request(query, ids);
      expect({ query, codes: errorCodes(result) }).toEqual({ query, codes: ['NOT_FOUND'] });
    }
    const { groups } = await trondheim.data<{ groups: { items: { id: string }[] } }>(
      `{ groups(limit: 200) { items { id } } }`,
    );
    expect(groups.items.map((g) => g.id)).not.toContain(group.id);
    const { group: untouched } = await coordinator.data<{
      group: { status: string; memberCount: number };
    }>(`query($g: ID!) { group(id: $g) { status memberCount } }`, { g: group.id });
    expect(untouched).toEqual({ status: 'PLANNED', memberCount: 1 });
  });
});

describe('matching', () => {
  const SUGGEST_GROUPS = `query($p: ID!) { groupSuggestions(participantId: $p) { group { id } score reasons { criterion points explanation } } }`;
  const SUGGEST_PEOPLE = `query($g: ID!) { participantSuggestions(groupId: $g) { participant { id } score } }`;

  async function waitingWith(
    preferences: Record<string, unknown>,
    municipality = 'Askøy',
  ): Promise<string> {
    const { registerInquiry } = await coordinator.data<{
      registerInquiry: { id: string; participant: { id: string } };
    }>(
      `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`,
      {
        input: {
          channel: 'PHONE',
          person: { displayName: 'Match', birthYear: 1980, municipality, preferences },
        },
      },
    );
    await coordinator.data(
      `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
      {
        id: registerInquiry.id,
      },
    );
    return registerInquiry.participant.id;
  }

  it('suggests a recruiting group that fits, with reasons, and not one that does not', async () => {
    const askoy = await createGroup(coordinator, {
      weekday: 'SATURDAY',
      startTime: '11:00',
      municipality: 'Askøy',
    });
    await move(coordinator, askoy.id, 'RECRUITING');
    const digital = await createGroup(coordinator, {
      weekday: 'SATURDAY',
      startTime: '11:00',
      format: 'DIGITAL',
      municipality: null,
    });
    await move(coordinator, digital.id, 'RECRUITING');
    const person = await waitingWith({
      weekdays: ['SATURDAY'],
      timesOfDay: ['FORENOON'],
      format: 'PHYSICAL',
    });

    const { groupSuggestions } = await coordinator.data<{
      groupSuggestions: {
        group: { id: string };
        score: number;
        reasons: { explanation: string }[];
      }[];
    }>(SUGGEST_GROUPS, { p: person });
    const ids = groupSuggestions.map((s) => s.group.id);
    expect(ids).toContain(askoy.id);
    expect(ids).not.toContain(digital.id);
    const best = groupSuggestions.find((s) => s.group.id === askoy.id)!;
    expect(best.score).toBeGreaterThan(0);
    expect(best.reasons.map((r) => r.explanation).join(' ')).toMatch(/Askøy/);

    const { participantSuggestions } = await coordinator.data<{
      participantSuggestions: { participant: { id: string } }[];
    }>(SUGGEST_PEOPLE, {
      g: askoy.id,
    });
    expect(participantSuggestions.map((s) => s.participant.id)).toContain(person);
  });

  it('suggests a group only while it has a place, counting its current members', async () => {
    const group = await createGroup(coordinator, {
      weekday: 'SUNDAY',
      startTime: '15:00',
      municipality: 'Askøy',
      capacity: 5,
    });
    await move(coordinator, group.id, 'RECRUITING');
    const memberIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { addGroupMember } = await coordinator.data<{
        addGroupMember: { member: { id: string } };
      }>(ADD, { g: group.id, p: await waitingPerson(coordinator, 1980, 'Askøy') });
      memberIds.push(addGroupMember.member.id);
    }
    const person = await waitingWith({ weekdays: ['SUNDAY'], timesOfDay: ['AFTERNOON'] });
    const suggested = async () =>
      (
        await coordinator.data<{
          groupSuggestions: { group: { id: string; memberCount: number } }[];
        }>(`query($p: ID!) { groupSuggestions(participantId: $p) { group { id memberCount } } }`, {
          p: person,
        })
      ).groupSuggestions.find((s) => s.group.id === group.id);
    expect(await suggested()).toBeUndefined();

    await coordinator.data(
      `mutation($id: ID!) { leaveGroup(input: { id: $id, reason: "flyttet", backToWaitlist: false }) { leftOn } }`,
      { id: memberIds[0] },
    );
    expect((await suggested())?.group.memberCount).toBe(4);
  });

  it('proposes a new group for waiting people no group serves, and not once a group serves them', async () => {
    // The demo data has at least five people in Bergen who can meet on Tuesday evenings.
    const proposals = async () =>
      (
        await coordinator.data<{
          groupProposals: {
            weekday: string;
            timeOfDay: string;
            municipality: string;
            participants: { id: string }[];
          }[];
        }>(`{ groupProposals { weekday timeOfDay municipality participants { id } } }`)
      ).groupProposals;
    const tuesday = (await proposals()).find(
      (p) => p.weekday === 'TUESDAY' && p.timeOfDay === 'EVENING' && p.municipality === 'Bergen',
    );
    expect(tuesday?.participants.length).toBeGreaterThanOrEqual(5);

    const group = await createGroup(coordinator, {
      weekday: 'TUESDAY',
      startTime: '18:00',
      municipality: 'Bergen',
    });
    await move(coordinator, group.id, 'RECRUITING');
    const after = (await proposals()).find(
      (p) => p.weekday === 'TUESDAY' && p.timeOfDay === 'EVENING' && p.municipality === 'Bergen',
    );
    expect(after).toBeUndefined();
  });

  it('is not available across centres', async () => {
    const group = await createGroup(coordinator);
    await move(coordinator, group.id, 'RECRUITING');
    const person = await waitingWith({});
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    expect(errorCodes(await trondheim.request(SUGGEST_GROUPS, { p: person }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await trondheim.request(SUGGEST_PEOPLE, { g: group.id }))).toEqual([
      'NOT_FOUND',
    ]);
    const { groupProposals } = await trondheim.data<{
      groupProposals: { participants: { id: string }[] }[];
    }>(`{ groupProposals { participants { id } } }`);
    expect(groupProposals.flatMap((p) => p.participants.map((x) => x.id))).not.toContain(person);
  });
});

describe('group settings', () => {
  it("are the centre admin's: sizes, follow-up interval and matching weights, per centre", async () => {
    const update = `mutation($input: GroupSettingsInput!) { updateGroupSettings(input: $input) { followUpWeeks groupMinSize groupMaxSize matchingWeights } }`;
    expect(errorCodes(await coordinator.request(update, { input: { followUpWeeks: 4 } }))).toEqual([
      'FORBIDDEN',
    ]);
    const { updateGroupSettings } = await admin.data<{
      updateGroupSettings: Record<string, unknown>;
    }>(update, {
      input: { followUpWeeks: 4, groupMaxSize: 7, matchingWeights: { sameMunicipality: 50 } },
    });
    expect(updateGroupSettings).toEqual({
      followUpWeeks: 4,
      groupMinSize: 5,
      groupMaxSize: 7,
      matchingWeights: { sameMunicipality: 50 },
    });
    expect(errorCodes(await admin.request(update, { input: { groupMinSize: 8 } }))).toEqual([
      'BAD_USER_INPUT',
    ]);

    const tooBig = await coordinator.request(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: 'Stor',
          kind: 'CLOSED',
          format: 'DIGITAL',
          composition: 'MIXED',
          weekday: 'MONDAY',
          startTime: '18:00',
          startDate: '2026-01-05',
          capacity: 8,
        },
      },
    );
    expect(tooBig.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'capacity', messages: [expect.stringMatching(/5–7/)] },
    ]);

    const trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
    const { groupSettings } = await trondheimAdmin.data<{
      groupSettings: { groupMaxSize: number };
    }>(`{ groupSettings { groupMaxSize } }`);
    expect(groupSettings.groupMaxSize).toBe(8);
    await admin.data(update, { input: { followUpWeeks: 6, groupMaxSize: 8 } });
  });
});

describe('the database itself', () => {
  // What the services rely on, checked without them: straight SQL in Bergen, rolled back.
  let app: Client;
  let owner: Client;
  let bergen: string;

  async function inBergen<T>(client: Client, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [bergen]);
      return await work();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  /** A demo group with members and a room booking, and a room it does not use. */
  async function demoGroup(client: Client) {
    const { rows } = await client.query<{ group_id: string; participant_id: string }>(
      `SELECT m.group_id, m.participant_id FROM group_members m
         JOIN groups g ON g.id = m.group_id AND g.room_id IS NOT NULL
        WHERE m.left_on IS NULL LIMIT 1`,
    );
    const { rows: rooms } = await client.query<{ id: string }>(
      `INSERT INTO rooms (tenant_id, id, name, address, municipality, capacity)
       VALUES ($1, gen_random_uuid(), 'Lånt rom', 'Gate 1', 'Bergen', 12) RETURNING id`,
      [bergen],
    );
    return {
      groupId: rows[0].group_id,
      participantId: rows[0].participant_id,
      otherRoom: rooms[0].id,
    };
  }

  const otherGroup = (client: Client, groupId: string) =>
    client
      .query<{
        id: string;
      }>(`SELECT id FROM groups WHERE id <> $1 AND kind = 'CLOSED' LIMIT 1`, [groupId])
      .then((r) => r.rows[0].id);

  const book = (client: Client, roomId: string, groupId: string, during: string) =>
    client.query(
      `INSERT INTO room_bookings (tenant_id, id, room_id, group_id, weekly_slot, valid_during)
       VALUES ($1, gen_random_uuid(), $2, $3, '[3000,3120)', $4)`,
      [bergen, roomId, groupId, during],
    );

  beforeAll(async () => {
    app = await server.database.connectAsApp();
    owner = await server.database.connectAsOwner();
    const { rows } = await app.query<{ id: string }>(
      `SELECT id FROM centres WHERE slug = 'bergen'`,
    );
    bergen = rows[0].id;
  });
  afterAll(async () => {
    await app?.end();
    await owner?.end();
  });

  it('refuses a second active membership for one person', async () => {
    await inBergen(app, async () => {
      const { groupId, participantId } = await demoGroup(app);
      await expect(
        app.query(
          `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on)
           VALUES ($1, gen_random_uuid(), $2, $3, current_date)`,
          [bergen, await otherGroup(app, groupId), participantId],
        ),
      ).rejects.toMatchObject({ code: '23505', constraint: 'group_members_one_active_group' });
    });
  });

  it('refuses an empty booking period, and a second booking for a group on the same days', async () => {
    await inBergen(app, async () => {
      const { groupId, otherRoom } = await demoGroup(app);
      const other = await otherGroup(app, groupId);
      await app.query('SAVEPOINT before_empty');
      await expect(book(app, otherRoom, other, '[2026-03-01,2026-03-01)')).rejects.toMatchObject({
        code: '23514',
        constraint: 'room_bookings_not_empty',
      });
      await app.query('ROLLBACK TO SAVEPOINT before_empty');
      await expect(book(app, otherRoom, groupId, '[2026-03-01,)')).rejects.toMatchObject({
        code: '23P01',
        constraint: 'room_bookings_one_per_group',
      });
    });
  });

  it('stops the migration with what to fix when existing rows break a rule, and undoes it cleanly', async () => {
    const migration = new (migrations.find((m) => m.name === 'RaceConstraints1765008000000')!)();
    const runner = {
      query: async (sql: string, parameters?: unknown[]) =>
        (await owner.query(sql, parameters)).rows,
    } as unknown as QueryRunner;
    // down, then up again: both work on the seeded data.
    await inBergen(owner, async () => {
      await migration.down(runner);
      await migration.up(runner);
    });
    // A person in two groups, from before the rule: the migration refuses, it does not choose.
    await inBergen(owner, async () => {
      await migration.down(runner);
      const { groupId, participantId } = await demoGroup(owner);
      await owner.query(
        `INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on)
         VALUES ($1, gen_random_uuid(), $2, $3, current_date)`,
        [bergen, await otherGroup(owner, groupId), participantId],
      );
      await expect(migration.up(runner)).rejects.toThrow(
        /active member .* of more than one group.*group_members_one_active_group/,
      );
    });
    await inBergen(owner, async () => {
      await migration.down(runner);
      const { groupId, otherRoom } = await demoGroup(owner);
      await book(owner, otherRoom, groupId, '[2026-03-01,2026-03-01)');
      await expect(migration.up(runner)).rejects.toThrow(/empty period.*room_bookings_not_empty/);
    });
  });
});
