import {
  errorCodes,
  type GraphqlClient,
  type GraphqlResponse,
  inviteAndAccept,
  osloDay,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const HEAD_COUNT = `mutation($input: OpenMeetingInput!) {
  recordOpenGroupMeeting(input: $input) { id heldOn headCount } }`;
const MEETINGS = `query($id: ID!) { group(id: $id) { openMeetings { heldOn headCount } } }`;
const HOURS = `mutation($input: VolunteerHoursInput!) { logVolunteerHours(input: $input) { totalHours } }`;
const CERTIFICATE = `mutation($input: PoliceCertificateInput!) { recordPoliceCertificate(input: $input) { id } }`;
const ATTEND = `mutation($s: ID!, $e: ID!) {
  recordAttendance(input: { sessionId: $s, enrolmentId: $e }) { status } }`;

let server: TestServer;
let coordinator: GraphqlClient;
let admin: GraphqlClient;

const day = (offset: number) => osloDay(offset);

/** The Norwegian messages of a refusal, field by field. */
function messages(response: GraphqlResponse<unknown>): string[] {
  const fields = response.errors?.[0]?.extensions?.['fields'] as
    | { messages: string[] }[]
    | undefined;
  return [response.errors?.[0]?.message ?? '', ...(fields ?? []).flatMap((f) => f.messages)];
}

async function openGroupId(): Promise<string> {
  const { groups } = await coordinator.data<{ groups: { items: { id: string; kind: string }[] } }>(
    `{ groups(limit: 100) { items { id kind } } }`,
  );
  const open = groups.items.find((g) => g.kind === 'OPEN');
  if (!open) throw new Error('no open group in the demo data');
  return open.id;
}

async function volunteerId(): Promise<string> {
  const { volunteers } = await admin.data<{ volunteers: { id: string }[] }>(
    `{ volunteers { id } }`,
  );
  return volunteers[0].id;
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await server.client.signIn('admin@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('head counts of open groups', () => {
  it('refuses a meeting in the future', async () => {
    const result = await coordinator.request(HEAD_COUNT, {
      input: { groupId: await openGroupId(), heldOn: day(2), headCount: 7 },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(messages(result)).toContain('Oppmøte kan bare føres for møter som har vært.');
  });

  it('refuses a second head count for the same day, and corrects it only when asked', async () => {
    const groupId = await openGroupId();
    const heldOn = day(-40);
    await coordinator.data(HEAD_COUNT, { input: { groupId, heldOn, headCount: 7 } });
    const twice = await coordinator.request(HEAD_COUNT, {
      input: { groupId, heldOn, headCount: 9 },
    });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors?.[0].message).toMatch(/allerede ført \(7\)/);
    await coordinator.data(HEAD_COUNT, { input: { groupId, heldOn, headCount: 9, replace: true } });
    const { group } = await coordinator.data<{
      group: { openMeetings: { heldOn: string; headCount: number }[] };
    }>(MEETINGS, { id: groupId });
    expect(group.openMeetings.filter((m) => m.heldOn === heldOn)).toEqual([
      { heldOn, headCount: 9 },
    ]);
  });

  it('two head counts for one day sent at once: one is kept, the other refused', async () => {
    const groupId = await openGroupId();
    const heldOn = day(-41);
    const results = await Promise.all(
      [5, 6].map((headCount) =>
        coordinator.request(HEAD_COUNT, { input: { groupId, heldOn, headCount } }),
      ),
    );
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it("another centre cannot record one for Bergen's group: NOT_FOUND", async () => {
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const result = await trondheim.request(HEAD_COUNT, {
      input: { groupId: await openGroupId(), heldOn: day(-42), headCount: 3 },
    });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});

describe("volunteers' hours and police certificates", () => {
  it('refuses hours worked on a day still to come', async () => {
    const result = await admin.request(HOURS, {
      input: { volunteerId: await volunteerId(), workedOn: day(1), hours: 2, activity: 'OTHER' },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(messages(result)).toContain('Timer kan bare føres for i dag eller dager som har vært.');
    // Today is fine.
    await admin.data(HOURS, {
      input: {
        volunteerId: await volunteerId(),
        workedOn: day(-1),
        hours: 1,
        activity: 'OTHER',
      },
    });
  });

  it('refuses a police certificate shown in the future', async () => {
    const result = await admin.request(CERTIFICATE, {
      input: {
        volunteerId: await volunteerId(),
        kind: 'ORDINARY',
        task: 'Igangsetter',
        shownOn: day(3),
      },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(messages(result)).toContain('Attesten kan ikke være vist etter i dag.');
  });
});

describe('attendance at a course session', () => {
  it('is refused before the session, so it can neither complete the course nor qualify', async () => {
    const { createCourse } = await coordinator.data<{
      createCourse: { id: string; sessions: { id: string }[] };
    }>(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id sessions { id } } }`,
      {
        input: {
          title: 'Igangsetterkurs om en måned',
          kind: 'STARTER_COURSE',
          capacity: 5,
          qualificationValidMonths: 24,
          sessions: [
            { startsAt: new Date(Date.now() + 30 * 86400_000).toISOString(), place: 'Kurslokalet' },
          ],
        },
      },
    );
    const { membershipId } = await inviteAndAccept(server.client, admin, {
      email: 'fremtidig.igangsetter@example.no',
      role: 'STARTER',
      password: 'et-langt-passord-7',
    });
    const { enrolInCourse } = await coordinator.data<{ enrolInCourse: { id: string } }>(
      `mutation($input: EnrolInput!) { enrolInCourse(input: $input) { id status } }`,
      { input: { courseId: createCourse.id, staffMemberId: membershipId } },
    );
    const result = await coordinator.request(ATTEND, {
      s: createCourse.sessions[0].id,
      e: enrolInCourse.id,
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(messages(result).join(' ')).toMatch(/har ikke vært ennå/);
    expect(messages(result).join(' ')).not.toMatch(/[A-Z]{4,}/);

    const { course } = await coordinator.data<{
      course: { enrolments: { id: string; status: string }[] };
    }>(`query($id: ID!) { course(id: $id) { enrolments { id status } } }`, {
      id: createCourse.id,
    });
    expect(course.enrolments.find((e) => e.id === enrolInCourse.id)?.status).toBe('ENROLLED');
    const { starterQualifications } = await coordinator.data<{
      starterQualifications: { displayName: string }[];
    }>(`{ starterQualifications { displayName } }`);
    expect(starterQualifications.map((q) => q.displayName)).not.toContain('Ny person');
  });
});
