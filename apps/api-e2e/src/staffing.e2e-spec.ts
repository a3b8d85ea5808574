import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

/**
 * A coordinator staffs a group without asking an admin (issue 13, item 3): the starter
 * directory, other centres' clashes as a warning that names no group, and the centre's rule
 * that a volunteer shows a police certificate and signs the agreement before starting a group.
 */

const DIRECTORY = `query($g: ID) { starterDirectory(forGroupId: $g) {
  staffMemberId displayName role volunteer volunteerId volunteerStatus qualification { grantedOn expiresOn valid }
  policeCertificateValidUntil confidentialitySignedOn availableWeekdays availableTimesOfDay
  currentGroups { id name status time { weekday startTime durationMinutes } }
  busyElsewhere { weekday startTime durationMinutes } cleared warnings } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;
const ASSIGN = `mutation($g: ID!, $s: ID!) { assignStarter(input: { groupId: $g, staffMemberId: $s }) { staffMemberId displayName busyElsewhereAtThatTime } }`;

interface Entry {
  staffMemberId: string;
  displayName: string;
  role: string;
  volunteer: boolean;
  volunteerId: string | null;
  qualification: { valid: boolean; expiresOn: string | null } | null;
  policeCertificateValidUntil: string | null;
  confidentialitySignedOn: string | null;
  availableWeekdays: string[];
  currentGroups: { id: string; name: string; time: { weekday: string; startTime: string } }[];
  busyElsewhere: { weekday: string; startTime: string; durationMinutes: number }[];
  cleared: boolean;
  warnings: string[];
}

let server: TestServer;
let bergen: GraphqlClient;
let trondheim: GraphqlClient;
let trondheimAdmin: GraphqlClient;

async function directory(client: GraphqlClient, groupId?: string): Promise<Entry[]> {
  return (await client.data<{ starterDirectory: Entry[] }>(DIRECTORY, { g: groupId ?? null }))
    .starterDirectory;
}

function group(client: GraphqlClient, name: string, weekday: string, startTime: string) {
  return client
    .data<{ createGroup: { id: string } }>(CREATE_GROUP, {
      input: {
        name,
        kind: 'CLOSED',
        format: 'DIGITAL',
        composition: 'MIXED',
        weekday,
        startTime,
        durationMinutes: 120,
        meetingLink: 'https://meet.example.no/test',
        startDate: '2027-01-05',
      },
    })
    .then((r) => r.createGroup.id);
}

beforeAll(async () => {
  server = await startTestServer();
  bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
  trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
});
afterAll(() => server?.stop());

describe('the starter directory', () => {
  it("lists the centre's starters and volunteers for a coordinator, with what staffing needs", async () => {
    const entries = await directory(bergen);
    const starter = entries.find((e) => e.displayName === 'Igangsetter Bergen og omegn')!;
    expect(starter).toMatchObject({ role: 'STARTER', volunteer: false, cleared: true });
    expect(starter.qualification?.valid).toBe(true);
    // The demo starter's qualification runs out within a month.
    expect(starter.warnings).toEqual(['QUALIFICATION_EXPIRES']);
    expect(starter.currentGroups.map((g) => g.name).sort()).toEqual([
      'Onsdag formiddag',
      'Samlivsbrudd',
    ]);
    const volunteer = entries.find((e) => e.displayName === 'Frivillig i Bergen og Trondheim')!;
    expect(volunteer).toMatchObject({
      volunteer: true,
      availableWeekdays: ['TUESDAY', 'THURSDAY'],
      cleared: true,
    });
    expect(volunteer.warnings).toEqual(['POLICE_CERTIFICATE_EXPIRES']);
    // She starts Trondheim's Tuesday 18:00 group: Bergen sees the time, nothing more.
    expect(volunteer.busyElsewhere).toEqual([
      { weekday: 'TUESDAY', startTime: '18:00', durationMinutes: 120 },
    ]);
    // Each volunteer leads to her profile here; another centre finds no such profile.
    expect(starter.volunteerId).toBeNull();
    const { volunteers } = await bergen.data<{ volunteers: { id: string; displayName: string }[] }>(
      `{ volunteers { id displayName } }`,
    );
    expect(volunteer.volunteerId).toBe(
      volunteers.find((v) => v.displayName === volunteer.displayName)?.id,
    );
    const elsewhere = await trondheim.request(`query($id: ID!) { volunteer(id: $id) { id } }`, {
      id: volunteer.volunteerId,
    });
    expect(errorCodes(elsewhere)).toEqual(['NOT_FOUND']);
    // Only this centre's people: no admin, no coordinator, nobody from Trondheim alone.
    expect(entries.map((e) => e.displayName)).not.toContain('Ny frivillig i Trondheim');
    expect(entries.map((e) => e.role)).toEqual(entries.map(() => 'STARTER'));
  });

  it('warns when another centre has her at that time, without naming its group', async () => {
    const tuesday = await group(bergen, 'Tirsdag halv sju', 'TUESDAY', '18:30');
    const response = await bergen.request(DIRECTORY, { g: tuesday });
    const entries = (response.data as { starterDirectory: Entry[] }).starterDirectory;
    const volunteer = entries.find((e) => e.displayName === 'Frivillig i Bergen og Trondheim')!;
    expect(volunteer.warnings).toContain('BUSY_ELSEWHERE_AT_THAT_TIME');
    const text = JSON.stringify(response);
    expect(text).not.toContain('Ny tirsdagsgruppe');
    expect(text).not.toContain('LINK Trondheim');
    const { groups } = await trondheim.data<{ groups: { items: { id: string }[] } }>(
      `{ groups(limit: 100) { items { id } } }`,
    );
    for (const { id } of groups.items) expect(text).not.toContain(id);
    // A warning, not a refusal: the coordinator assigns her and sees it again on the group.
    const { assignStarter } = await bergen.data<{
      assignStarter: { displayName: string; busyElsewhereAtThatTime: boolean }[];
    }>(ASSIGN, { g: tuesday, s: volunteer.staffMemberId });
    expect(assignStarter).toEqual([
      expect.objectContaining({
        displayName: 'Frivillig i Bergen og Trondheim',
        busyElsewhereAtThatTime: true,
      }),
    ]);
    // A Wednesday group does not clash with anything.
    const wednesday = await group(bergen, 'Onsdag kveld', 'WEDNESDAY', '18:30');
    const there = (await directory(bergen, wednesday)).find(
      (e) => e.displayName === 'Frivillig i Bergen og Trondheim',
    )!;
    expect(there.warnings).not.toContain('BUSY_ELSEWHERE_AT_THAT_TIME');
    // The same starter on two of Bergen's own groups at once is still a clash here.
    const starter = (await directory(bergen, tuesday)).find(
      (e) => e.displayName === 'Frivillig i Bergen og Trondheim',
    )!;
    expect(starter.currentGroups.map((g) => g.name)).toContain('Tirsdag halv sju');
  });

  it("is for coordinators and admins; another centre's group gives NOT_FOUND", async () => {
    const starter = (await server.client.signIn('starter@bergen.demo.link')).client;
    expect(errorCodes(await starter.request(DIRECTORY, { g: null }))).toEqual(['FORBIDDEN']);
    const bergenGroup = await group(bergen, 'Bergens gruppe', 'FRIDAY', '10:00');
    expect(errorCodes(await trondheim.request(DIRECTORY, { g: bergenGroup }))).toEqual([
      'NOT_FOUND',
    ]);
    const admin = (await server.client.signIn('admin@bergen.demo.link')).client;
    expect((await directory(admin)).length).toBeGreaterThan(0);
  });
});

describe("the centre's clearance rule for volunteers", () => {
  it('is on by default: a volunteer without police certificate and agreement cannot start a group', async () => {
    const { groupSettings } = await trondheim.data<{
      groupSettings: { requireVolunteerClearance: boolean };
    }>(`{ groupSettings { requireVolunteerClearance } }`);
    expect(groupSettings.requireVolunteerClearance).toBe(true);

    // The new volunteer: missing certificate is a warning like an expiring one.
    const trainee = (await directory(trondheim)).find(
      (e) => e.displayName === 'Ny frivillig i Trondheim',
    )!;
    expect(trainee.warnings).toEqual([
      'QUALIFICATION_MISSING',
      'POLICE_CERTIFICATE_MISSING',
      'CONFIDENTIALITY_MISSING',
    ]);
    expect(trainee.cleared).toBe(false);
    const { volunteerWarnings } = await trondheim.data<{
      volunteerWarnings: { displayName: string; kind: string }[];
    }>(`{ volunteerWarnings { displayName kind } }`);
    expect(volunteerWarnings).toContainEqual({
      displayName: 'Ny frivillig i Trondheim',
      kind: 'POLICE_CERTIFICATE_MISSING',
    });

    // Trondheim's qualified starter becomes a volunteer there: now the rule applies to him.
    const starter = (await directory(trondheim)).find(
      (e) => e.displayName === 'Igangsetter Trondheim',
    )!;
    const { registerVolunteer } = await trondheim.data<{ registerVolunteer: { id: string } }>(
      `mutation($s: ID!) { registerVolunteer(input: { staffMemberId: $s }) { id } }`,
      { s: starter.staffMemberId },
    );
    const friday = await group(trondheim, 'Fredagsgruppa', 'FRIDAY', '18:00');
    const refused = await trondheim.request(ASSIGN, { g: friday, s: starter.staffMemberId });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0].message).toBe(
      'Senteret krever gyldig politiattest og signert taushetserklæring før en frivillig starter en gruppe.',
    );
    expect(refused.errors?.[0].extensions?.['fields']).toEqual([
      {
        field: 'staffMemberId',
        messages: ['Har ikke vist politiattest her.', 'Har ikke signert taushetserklæring.'],
      },
    ]);
    expect(
      (await directory(trondheim)).find((e) => e.staffMemberId === starter.staffMemberId),
    ).toMatchObject({ cleared: false });

    // Shown and signed: cleared, and the coordinator assigns him herself.
    await trondheim.data(
      `mutation($id: ID!) { recordPoliceCertificate(input: { volunteerId: $id, kind: "ORDINARY", task: "Igangsetter", shownOn: "2026-11-01" }) { id } }`,
      { id: registerVolunteer.id },
    );
    await trondheim.data(
      `mutation($id: ID!) { updateVolunteer(input: { id: $id, confidentialitySignedOn: "2026-11-01" }) { id } }`,
      { id: registerVolunteer.id },
    );
    expect(
      (await directory(trondheim)).find((e) => e.staffMemberId === starter.staffMemberId),
    ).toMatchObject({ cleared: true });
    const { assignStarter } = await trondheim.data<{ assignStarter: { displayName: string }[] }>(
      ASSIGN,
      { g: friday, s: starter.staffMemberId },
    );
    expect(assignStarter.map((s) => s.displayName)).toEqual(['Igangsetter Trondheim']);
  });

  it('can be turned off by the centre admin', async () => {
    const { updateGroupSettings } = await trondheimAdmin.data<{
      updateGroupSettings: { requireVolunteerClearance: boolean };
    }>(
      `mutation { updateGroupSettings(input: { requireVolunteerClearance: false }) { requireVolunteerClearance } }`,
    );
    expect(updateGroupSettings.requireVolunteerClearance).toBe(false);
    // The volunteer of Bergen and Trondheim is qualified; her Trondheim certificate is fine, so
    // take a fresh group and check the rule no longer asks about a missing agreement.
    const owner = await server.database.connectAsOwner();
    try {
      const { rows } = await owner.query<{ id: string }>(
        `SELECT id FROM centres WHERE slug = 'trondheim'`,
      );
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [rows[0].id]);
      await owner.query(
        `UPDATE volunteer_profiles SET confidentiality_signed_on = NULL
          WHERE tenant_id = $1 AND user_id = (SELECT id FROM users WHERE email = 'volunteer@bergen.demo.link')`,
        [rows[0].id],
      );
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }
    const volunteer = (await directory(trondheim)).find(
      (e) => e.displayName === 'Frivillig i Bergen og Trondheim',
    )!;
    expect(volunteer.warnings).toContain('CONFIDENTIALITY_MISSING');
    expect(volunteer.cleared).toBe(true);
    const sunday = await group(trondheim, 'Søndagsgruppa', 'SUNDAY', '12:00');
    const { assignStarter } = await trondheim.data<{ assignStarter: { displayName: string }[] }>(
      ASSIGN,
      { g: sunday, s: volunteer.staffMemberId },
    );
    expect(assignStarter.map((s) => s.displayName)).toEqual(['Frivillig i Bergen og Trondheim']);
    // A coordinator cannot change the rule.
    expect(
      errorCodes(
        await trondheim.request(
          `mutation { updateGroupSettings(input: { requireVolunteerClearance: true }) { requireVolunteerClearance } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
