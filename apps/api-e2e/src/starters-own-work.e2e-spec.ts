import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

/**
 * Starters and volunteers see their own work (issue 13, item 1): their groups, courses,
 * qualifications, clearance and hours, in each centre they belong to, and nothing of other
 * groups, other people or another centre.
 */

const MY_GROUPS = `{ myGroups { id name kind format weekday startTime durationMinutes startDate status
  room { name address municipality } meetingLink myPart invitedBackOn memberNames } }`;
const MY_WORK = `{ myVolunteerWork { status confidentialitySignedOn policeCertificateStatus
  policeCertificateValidUntil totalHours hours { workedOn hours activity } } }`;
const LOG = `mutation($input: MyVolunteerHoursInput!) { logMyVolunteerHours(input: $input) { totalHours hours { workedOn hours } } }`;

interface MyGroup {
  id: string;
  name: string;
  status: string;
  room: { name: string; address: string; municipality: string } | null;
  meetingLink: string | null;
  myPart: string;
  invitedBackOn: string | null;
  memberNames: string[];
}

let server: TestServer;
let coordinator: GraphqlClient;
let starter: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  starter = (await server.client.signIn('starter@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe("a starter's own groups", () => {
  it('are exactly the groups she starts and the one that invited her back, with what she needs to be there', async () => {
    const { myGroups } = await starter.data<{ myGroups: MyGroup[] }>(MY_GROUPS);
    // What the coordinator sees: the groups this starter is on now.
    const { groups } = await coordinator.data<{
      groups: {
        items: {
          id: string;
          name: string;
          memberCount: number;
          starters: { displayName: string }[];
        }[];
      };
    }>(`{ groups(limit: 100) { items { id name memberCount starters { displayName } } } }`);
    const hers = groups.items.filter((g) =>
      g.starters.some((s) => s.displayName === 'Igangsetter Bergen og omegn'),
    );
    expect(
      myGroups
        .filter((g) => g.myPart === 'STARTER')
        .map((g) => g.id)
        .sort(),
    ).toEqual(hers.map((g) => g.id).sort());
    expect(myGroups.map((g) => g.name).sort()).toEqual([
      'Onsdag formiddag',
      'Samlivsbrudd',
      'Torsdagsgruppa',
    ]);
    const invited = myGroups.find((g) => g.name === 'Torsdagsgruppa')!;
    expect(invited).toMatchObject({ myPart: 'INVITED_BACK', status: 'SELF_RUN' });
    expect(invited.invitedBackOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const themed = myGroups.find((g) => g.name === 'Samlivsbrudd')!;
    expect(themed).toMatchObject({
      status: 'STARTING',
      room: { name: 'Frivilligsentralens møterom', address: 'Kirkegata 5', municipality: 'Bergen' },
      meetingLink: null,
      invitedBackOn: null,
    });
    // First names or aliases of the current members, as many as the group has: nothing else.
    expect(themed.memberNames).toHaveLength(
      groups.items.find((g) => g.id === themed.id)!.memberCount,
    );
    expect(themed.memberNames.every((n) => /^[A-ZÆØÅ][a-zæøå]+$/.test(n))).toBe(true);
  });

  it('stop there: the rest of the centre is closed to her', async () => {
    const { myGroups } = await starter.data<{ myGroups: MyGroup[] }>(MY_GROUPS);
    for (const query of [
      [`{ groups { items { id } } }`, {}],
      [`query($id: ID!) { group(id: $id) { id } }`, { id: myGroups[0].id }],
      [`{ participants { items { id } } }`, {}],
      [`{ starterDirectory { staffMemberId } }`, {}],
      [`{ volunteers { id } }`, {}],
      [`{ staffMembers { items { id } } }`, {}],
    ] as const) {
      expect(errorCodes(await starter.request(query[0], query[1]))).toEqual(['FORBIDDEN']);
    }
    // The same person in another centre sees that centre's groups only.
    const volunteerInBergen = (
      await server.client.signIn('volunteer@bergen.demo.link', { centre: 'bergen' })
    ).client;
    const volunteerInTrondheim = (
      await server.client.signIn('volunteer@bergen.demo.link', { centre: 'trondheim' })
    ).client;
    expect((await volunteerInBergen.data<{ myGroups: MyGroup[] }>(MY_GROUPS)).myGroups).toEqual([]);
    const there = (await volunteerInTrondheim.data<{ myGroups: MyGroup[] }>(MY_GROUPS)).myGroups;
    expect(there.map((g) => [g.name, g.myPart])).toEqual([['Ny tirsdagsgruppe', 'STARTER']]);
    const bergenIds = new Set(
      (
        await coordinator.data<{ groups: { items: { id: string }[] } }>(
          `{ groups(limit: 100) { items { id } } }`,
        )
      ).groups.items.map((g) => g.id),
    );
    expect(there.filter((g) => bergenIds.has(g.id))).toEqual([]);
  });

  it('after her return is recorded, the invitation is no longer listed', async () => {
    const invited = (await starter.data<{ myGroups: MyGroup[] }>(MY_GROUPS)).myGroups.find(
      (g) => g.myPart === 'INVITED_BACK',
    )!;
    await coordinator.data(
      `mutation($g: ID!) { recordStarterReturn(input: { groupId: $g }) { id } }`,
      { g: invited.id },
    );
    const { myGroups } = await starter.data<{ myGroups: MyGroup[] }>(MY_GROUPS);
    expect(myGroups.map((g) => g.id)).not.toContain(invited.id);
  });
});

describe("a volunteer's own courses, qualifications, clearance and hours", () => {
  it('shows a starter her courses and qualification; she is no volunteer, so she has no hours to log', async () => {
    const { myCourses } = await starter.data<{
      myCourses: {
        courseTitle: string;
        hostCentreName: string | null;
        status: string;
        sessions: { attended: boolean | null }[];
      }[];
    }>(`{ myCourses { courseTitle hostCentreName status sessions { attended } } }`);
    expect(myCourses).toContainEqual(
      expect.objectContaining({
        courseTitle: 'Igangsetterkurs våren',
        hostCentreName: null,
        status: 'COMPLETED',
      }),
    );
    const { myQualifications } = await starter.data<{
      myQualifications: { grantedByCentreName: string; expiresOn: string; valid: boolean }[];
    }>(`{ myQualifications { grantedByCentreName expiresOn valid } }`);
    expect(myQualifications).toEqual([
      expect.objectContaining({ grantedByCentreName: 'LINK Bergen og omegn', valid: true }),
    ]);
    expect((await starter.data<{ myVolunteerWork: unknown }>(MY_WORK)).myVolunteerWork).toBeNull();
    const refused = await starter.request(LOG, {
      input: { workedOn: '2026-11-20', hours: 2, activity: 'GROUP_START' },
    });
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect(refused.errors?.[0].message).toBe('Fant ikke din frivilligprofil i dette senteret.');
    // What she must read is her own list too.
    expect(errorCodes(await starter.request(`{ myRequiredReading { material { id } } }`))).toEqual(
      [],
    );
  });

  it('a volunteer sees her clearance and logs her own hours, in each centre apart', async () => {
    const inBergen = (
      await server.client.signIn('volunteer@bergen.demo.link', { centre: 'bergen' })
    ).client;
    const inTrondheim = (
      await server.client.signIn('volunteer@bergen.demo.link', { centre: 'trondheim' })
    ).client;
    const { myVolunteerWork } = await inBergen.data<{
      myVolunteerWork: {
        status: string;
        confidentialitySignedOn: string | null;
        policeCertificateStatus: string;
        totalHours: number;
        hours: unknown[];
      };
    }>(MY_WORK);
    expect(myVolunteerWork).toMatchObject({
      status: 'ACTIVE',
      policeCertificateStatus: 'EXPIRES_SOON',
      totalHours: 9.5,
    });
    expect(myVolunteerWork.confidentialitySignedOn).not.toBeNull();
    expect(myVolunteerWork.hours).toHaveLength(3);

    const { logMyVolunteerHours } = await inBergen.data<{
      logMyVolunteerHours: { totalHours: number };
    }>(LOG, { input: { workedOn: '2026-11-20', hours: 1.5, activity: 'STAND_OR_TALK' } });
    expect(logMyVolunteerHours.totalHours).toBe(11);
    const bad = await inBergen.request(LOG, {
      input: { workedOn: '2026-11-20', hours: 0.3, activity: 'STAND_OR_TALK' },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);

    // Trondheim's part is Trondheim's: unchanged, and its certificate is valid for long.
    const there = (
      await inTrondheim.data<{
        myVolunteerWork: { totalHours: number; policeCertificateStatus: string };
      }>(MY_WORK)
    ).myVolunteerWork;
    expect(there).toEqual({ ...there, totalHours: 2, policeCertificateStatus: 'VALID' });
    // The coordinator sees the hours she logged herself.
    const { volunteers } = await coordinator.data<{
      volunteers: { displayName: string; totalHours: number }[];
    }>(`{ volunteers { displayName totalHours } }`);
    expect(
      volunteers.find((v) => v.displayName === 'Frivillig i Bergen og Trondheim')?.totalHours,
    ).toBe(11);
  });
});
