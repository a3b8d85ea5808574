import {
  errorCodes,
  type GraphqlClient,
  inviteAndAccept,
  runApiCommand,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const CREATE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id capacity sessions { id mandatory } } }`;
const ENROL = `mutation($input: EnrolInput!) { enrolInCourse(input: $input) { id status name } }`;
const ATTEND = `mutation($s: ID!, $e: ID!) { recordAttendance(input: { sessionId: $s, enrolmentId: $e }) { status } }`;

interface Course {
  id: string;
  capacity: number;
  sessions: { id: string; mandatory: boolean }[];
}

let server: TestServer;
let coordinator: GraphqlClient;
let admin: GraphqlClient;

function course(
  capacity: number,
  sessions: { daysFromNow: number; mandatory?: boolean }[],
  extra: Record<string, unknown> = {},
) {
  return coordinator.data<{ createCourse: Course }>(CREATE, {
    input: {
      title: 'Igangsetterkurs test',
      kind: 'STARTER_COURSE',
      capacity,
      qualificationValidMonths: 24,
      sessions: sessions.map((s) => ({
        startsAt: new Date(Date.now() + s.daysFromNow * 86400_000).toISOString(),
        place: 'Kurslokalet',
        mandatory: s.mandatory ?? true,
      })),
      ...extra,
    },
  });
}

async function newStarter(email: string): Promise<string> {
  const { membershipId } = await inviteAndAccept(server.client, admin, {
    email,
    displayName: 'Ny igangsetter',
    role: 'STARTER',
    password: 'et-langt-passord-9',
  });
  return membershipId;
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await server.client.signIn('admin@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('enrolment', () => {
  it('fills the places and puts the rest on a waitlist, also when many enrol at once', async () => {
    const { createCourse } = await course(3, [{ daysFromNow: 10 }]);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? admin : coordinator).request<{ enrolInCourse: { status: string } }>(ENROL, {
          input: {
            courseId: createCourse.id,
            external: {
              name: `Person ${i}`,
              organisation: 'Mental Helse',
              email: `p${i}@example.no`,
            },
          },
        }),
      ),
    );
    const statuses = results.map((r) => r.data?.enrolInCourse.status).sort();
    expect(statuses).toEqual([
      'ENROLLED',
      'ENROLLED',
      'ENROLLED',
      'WAITLISTED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
  });

  it('gives a freed place to the one who has waited longest', async () => {
    const { createCourse } = await course(1, [{ daysFromNow: 10 }]);
    const enrol = async (name: string) =>
      (
        await coordinator.data<{ enrolInCourse: { id: string; status: string } }>(ENROL, {
          input: {
            courseId: createCourse.id,
            external: {
              name,
              organisation: 'Røde Kors',
              email: `${name.toLowerCase()}@example.no`,
            },
          },
        })
      ).enrolInCourse;
    const first = await enrol('Først');
    const second = await enrol('Andre');
    const third = await enrol('Tredje');
    expect([first.status, second.status, third.status]).toEqual([
      'ENROLLED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
    await coordinator.data(`mutation($id: ID!) { withdrawFromCourse(id: $id) { status } }`, {
      id: first.id,
    });
    const { course: after } = await coordinator.data<{
      course: { enrolments: { name: string; status: string }[] };
    }>(`query($id: ID!) { course(id: $id) { enrolments { name status } } }`, {
      id: createCourse.id,
    });
    expect(after.enrolments).toEqual([
      { name: 'Først', status: 'WITHDRAWN' },
      { name: 'Andre', status: 'ENROLLED' },
      { name: 'Tredje', status: 'WAITLISTED' },
    ]);
  });

  it('gives a freed place once, also when the same withdrawal is sent four times at once', async () => {
    const { createCourse } = await course(1, [{ daysFromNow: 10 }]);
    const enrolled: { id: string; status: string }[] = [];
    for (const name of ['Ingrid', 'Kåre', 'Lise']) {
      const { enrolInCourse } = await coordinator.data<{
        enrolInCourse: { id: string; status: string };
      }>(ENROL, {
        input: {
          courseId: createCourse.id,
          external: { name, organisation: 'LHL', email: `${name.toLowerCase()}@example.no` },
        },
      });
      enrolled.push(enrolInCourse);
    }
    const WITHDRAW = `mutation($id: ID!) { withdrawFromCourse(id: $id) { status } }`;
    const results = await Promise.all(
      [coordinator, admin, coordinator, admin].map((c) =>
        c.request(WITHDRAW, { id: enrolled[0].id }),
      ),
    );
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
    expect(results.find((r) => r.errors)?.errors?.[0].message).toMatch(/allerede trukket/);
    // One after the other, too.
    expect(errorCodes(await coordinator.request(WITHDRAW, { id: enrolled[0].id }))).toEqual([
      'CONFLICT',
    ]);
    const { course: after } = await coordinator.data<{
      course: { enrolments: { name: string; status: string }[] };
    }>(`query($id: ID!) { course(id: $id) { enrolments { name status } } }`, {
      id: createCourse.id,
    });
    expect(after.enrolments).toEqual([
      { name: 'Ingrid', status: 'WITHDRAWN' },
      { name: 'Kåre', status: 'ENROLLED' },
      { name: 'Lise', status: 'WAITLISTED' },
    ]);
  });
});

describe('qualification', () => {
  it('is granted when every mandatory session is attended, and then lets the starter start groups', async () => {
    const staffMemberId = await newStarter('ny.igangsetter@example.no');
    const { createGroup } = await coordinator.data<{ createGroup: { id: string } }>(
      `mutation { createGroup(input: { name: "Kursgruppe", kind: CLOSED, format: DIGITAL, composition: MIXED, weekday: SUNDAY, startTime: "18:00", startDate: "2026-12-06" }) { id } }`,
    );
    const assign = `mutation($g: ID!, $s: ID!) { assignStarter(input: { groupId: $g, staffMemberId: $s }) { displayName } }`;
    const refused = await coordinator.request(assign, { g: createGroup.id, s: staffMemberId });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'staffMemberId' }],
    });

    const { createCourse } = await course(10, [
      { daysFromNow: -14 },
      { daysFromNow: -7 },
      { daysFromNow: -3, mandatory: false },
    ]);
    const { enrolInCourse } = await coordinator.data<{ enrolInCourse: { id: string } }>(ENROL, {
      input: { courseId: createCourse.id, staffMemberId },
    });
    const [first, second] = createCourse.sessions;
    expect(
      (
        await coordinator.data<{ recordAttendance: { status: string } }>(ATTEND, {
          s: first.id,
          e: enrolInCourse.id,
        })
      ).recordAttendance.status,
    ).toBe('ENROLLED');
    expect(
      (
        await coordinator.data<{ recordAttendance: { status: string } }>(ATTEND, {
          s: second.id,
          e: enrolInCourse.id,
        })
      ).recordAttendance.status,
    ).toBe('COMPLETED');
    expect(
      errorCodes(await coordinator.request(assign, { g: createGroup.id, s: staffMemberId })),
    ).toEqual([]);
  });

  it('warns about qualifications that expire within 30 days', async () => {
    const { starterQualifications } = await coordinator.data<{
      starterQualifications: { displayName: string; expiresOn: string }[];
    }>(`{ starterQualifications(expiringWithinDays: 30) { displayName expiresOn } }`);
    // The demo data has one Bergen starter whose qualification runs out in 25 days.
    expect(starterQualifications).toHaveLength(1);
    const days = (Date.parse(starterQualifications[0].expiresOn) - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(20);
    expect(days).toBeLessThanOrEqual(30);
  });
});

describe('external enrolees', () => {
  it("are erased after the course's retention period, by the retention job", async () => {
    const { createCourse } = await course(5, [{ daysFromNow: -400 }], {
      externalRetentionMonths: 6,
    });
    await coordinator.data(ENROL, {
      input: {
        courseId: createCourse.id,
        external: { name: 'Gammel Deltaker', organisation: 'LHL', email: 'gammel@example.no' },
      },
    });
    const { createCourse: recent } = await course(5, [{ daysFromNow: -10 }], {
      externalRetentionMonths: 6,
    });
    await coordinator.data(ENROL, {
      input: {
        courseId: recent.id,
        external: { name: 'Ny Deltaker', organisation: 'LHL', email: 'ny@example.no' },
      },
    });

    const { code } = await runApiCommand(server.database, 'retention');
    expect(code).toBe(0);
    const names = async (id: string) =>
      (
        await coordinator.data<{
          course: { enrolments: { name: string | null; organisation: string | null }[] };
        }>(`query($id: ID!) { course(id: $id) { enrolments { name organisation } } }`, { id })
      ).course.enrolments;
    expect(await names(createCourse.id)).toEqual([{ name: null, organisation: null }]);
    expect(await names(recent.id)).toEqual([{ name: 'Ny Deltaker', organisation: 'LHL' }]);
  });
});

describe('another centre', () => {
  it("gets NOT_FOUND for Bergen's courses and enrolments", async () => {
    const { createCourse } = await course(5, [{ daysFromNow: 5 }]);
    const { enrolInCourse } = await coordinator.data<{ enrolInCourse: { id: string } }>(ENROL, {
      input: {
        courseId: createCourse.id,
        external: { name: 'Bergenser', organisation: 'Xyz', email: 'b@example.no' },
      },
    });
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    for (const [query, variables] of [
      [`query($id: ID!) { course(id: $id) { id } }`, { id: createCourse.id }],
      [
        ENROL,
        {
          input: {
            courseId: createCourse.id,
            external: { name: 'Tt', organisation: 'Tt', email: 't@example.no' },
          },
        },
      ],
      [`mutation($id: ID!) { withdrawFromCourse(id: $id) { status } }`, { id: enrolInCourse.id }],
      [ATTEND, { s: createCourse.sessions[0].id, e: enrolInCourse.id }],
    ] as const) {
      expect({ query, codes: errorCodes(await trondheim.request(query, variables)) }).toEqual({
        query,
        codes: ['NOT_FOUND'],
      });
    }
    const { courses } = await trondheim.data<{ courses: { id: string }[] }>(`{ courses { id } }`);
    expect(courses.map((c) => c.id)).not.toContain(createCourse.id);
  });
});
