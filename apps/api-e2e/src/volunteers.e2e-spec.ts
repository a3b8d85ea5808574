import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

let server: TestServer;
let bergen: GraphqlClient;
let trondheim: GraphqlClient;

const LIST = `{ volunteers { id displayName totalHours confidentialitySignedOn policeCertificates { task validUntil } } }`;

beforeAll(async () => {
  server = await startTestServer();
  bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
});
afterAll(() => server?.stop());

interface Volunteer {
  id: string;
  displayName: string;
  totalHours: number;
  confidentialitySignedOn: string | null;
  policeCertificates: { task: string; validUntil: string }[];
}

describe('volunteers across centres', () => {
  it('each centre sees only its own part of a volunteer who works in both', async () => {
    const mine = (await bergen.data<{ volunteers: Volunteer[] }>(LIST)).volunteers;
    const theirs = (await trondheim.data<{ volunteers: Volunteer[] }>(LIST)).volunteers;
    const inBergen = mine.find((v) => v.displayName === 'Frivillig i Bergen og Trondheim')!;
    const inTrondheim = theirs.find((v) => v.displayName === 'Frivillig i Bergen og Trondheim')!;
    expect(inBergen.totalHours).toBe(9.5);
    expect(inTrondheim.totalHours).toBe(2);
    expect(inBergen.id).not.toBe(inTrondheim.id);
    expect(
      errorCodes(
        await trondheim.request(`query($id: ID!) { volunteer(id: $id) { id } }`, {
          id: inBergen.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await trondheim.request(
          `mutation($id: ID!) { logVolunteerHours(input: { volunteerId: $id, workedOn: "2026-11-01", hours: 2, activity: "OTHER" }) { id } }`,
          {
            id: inBergen.id,
          },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('registers a volunteer, records the confidentiality agreement, a police certificate and hours', async () => {
    const admin = (await server.client.signIn('admin@bergen.demo.link')).client;
    const { staffMembers } = await admin.data<{
      staffMembers: { items: { id: string; email: string }[] };
    }>(`{ staffMembers { items { id email } } }`);
    const starter = staffMembers.items.find((s) => s.email === 'starter@bergen.demo.link')!;
    const { registerVolunteer } = await bergen.data<{ registerVolunteer: { id: string } }>(
      `mutation($s: ID!) { registerVolunteer(input: { staffMemberId: $s, skills: ["igangsetting"], availableWeekdays: ["MONDAY"] }) { id } }`,
      { s: starter.id },
    );
    const id = registerVolunteer.id;
    expect(
      errorCodes(
        await bergen.request(
          `mutation($s: ID!) { registerVolunteer(input: { staffMemberId: $s }) { id } }`,
          { s: starter.id },
        ),
      ),
    ).toEqual(['CONFLICT']);

    await bergen.data(
      `mutation($id: ID!) { updateVolunteer(input: { id: $id, confidentialitySignedOn: "2026-10-01" }) { id } }`,
      { id },
    );
    const { recordPoliceCertificate } = await bergen.data<{
      recordPoliceCertificate: { validUntil: string; checkedBy: string };
    }>(
      `mutation($id: ID!) { recordPoliceCertificate(input: { volunteerId: $id, kind: "ORDINARY", task: "Igangsetter", shownOn: "2026-10-01" }) { validUntil checkedBy } }`,
      { id },
    );
    expect(recordPoliceCertificate.validUntil).toBe('2029-10-01');
    const { logVolunteerHours } = await bergen.data<{ logVolunteerHours: { totalHours: number } }>(
      `mutation($id: ID!) { logVolunteerHours(input: { volunteerId: $id, workedOn: "2026-11-02", hours: 2.5, activity: "GROUP_START" }) { totalHours } }`,
      { id },
    );
    expect(logVolunteerHours.totalHours).toBe(2.5);

    // Groups they started in this centre (the demo starter starts two).
    // Groups they started (the demo starter starts two) and courses they taught, in this centre.
    await bergen.data(
      `mutation($s: ID!) { createCourse(input: { title: "Kurs med kursleder", kind: "GUIDANCE", capacity: 5, instructorStaffMemberIds: [$s], sessions: [{ startsAt: "2026-12-01T17:00:00Z", place: "Senteret" }] }) { id } }`,
      { s: starter.id },
    );
    const { volunteer } = await bergen.data<{
      volunteer: { assignments: { kind: string; name: string }[] };
    }>(`query($id: ID!) { volunteer(id: $id) { assignments { kind name } } }`, { id });
    expect(
      volunteer.assignments.filter((a) => a.kind === 'GROUP_STARTED').length,
    ).toBeGreaterThanOrEqual(2);
    expect(volunteer.assignments).toContainEqual({
      kind: 'COURSE_TAUGHT',
      name: 'Kurs med kursleder',
    });
  });

  it('never takes the certificate itself, only that it was shown for a task', async () => {
    const { volunteers } = await bergen.data<{ volunteers: Volunteer[] }>(LIST);
    const result = await bergen.request(
      `mutation($id: ID!) { recordPoliceCertificate(input: { volunteerId: $id, kind: "PDF", task: "", shownOn: "01.10.2026" }) { id } }`,
      { id: volunteers[0].id },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(
      (result.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['kind', 'shownOn', 'task']);
  });

  it('warns 30 days before a police certificate runs out, and about missing agreements', async () => {
    const { volunteerWarnings } = await bergen.data<{
      volunteerWarnings: { displayName: string; kind: string; dueOn: string | null }[];
    }>(`{ volunteerWarnings { displayName kind dueOn } }`);
    const expiring = volunteerWarnings.find((w) => w.kind === 'POLICE_CERTIFICATE_EXPIRES');
    expect(expiring?.displayName).toBe('Frivillig i Bergen og Trondheim');
    expect((Date.parse(expiring!.dueOn!) - Date.now()) / 86400_000).toBeLessThanOrEqual(30);
    // Trondheim's certificate for the same person runs much longer: no warning there.
    const { volunteerWarnings: there } = await trondheim.data<{
      volunteerWarnings: { kind: string }[];
    }>(`{ volunteerWarnings { kind } }`);
    expect(there.filter((w) => w.kind === 'POLICE_CERTIFICATE_EXPIRES')).toEqual([]);
  });
});
