import type { Client } from 'pg';

import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

/**
 * National starter training across centres (issue 13, item 2; docs/decisions/0007): Selvhjelp
 * Norge hosts, Trondheim enrols its volunteer, the host records attendance, and the qualification
 * counts in every centre she works in. Bergen, a third centre, sees and touches nothing.
 */

const DAY = 86400_000;
const CREATE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id openToOtherCentres sessions { id mandatory } } }`;
const CATALOGUE = `{ sharedCourses { hostCentreId hostCentreName courseId title enrolled capacity sessions { id startsAt place digital mandatory attended } } }`;
const ENROL = `mutation($input: SharedEnrolInput!) { enrolInSharedCourse(input: $input) { id staffMemberId displayName courseTitle hostCentreName status sessions { attended } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawFromSharedCourse(id: $id) { id status } }`;
const CENTRE_ENROLMENTS = `{ sharedCourseEnrolments { id staffMemberId displayName courseId courseTitle hostCentreName status completedAt sessions { mandatory attended } } }`;
const HOST_ENROLMENTS = `query($id: ID!) { course(id: $id) { enrolments { id userId name organisation centreName status attendedSessionIds } } }`;
const ATTEND = `mutation($s: ID!, $e: ID!) { recordAttendance(input: { sessionId: $s, enrolmentId: $e }) { status } }`;
const DIRECTORY = `{ starterDirectory { staffMemberId displayName warnings } }`;

interface SharedCourse {
  hostCentreId: string;
  hostCentreName: string;
  courseId: string;
  title: string;
  enrolled: number;
  capacity: number;
  sessions: { id: string; mandatory: boolean; attended: boolean | null }[];
}
interface Enrolment {
  id: string;
  staffMemberId: string;
  displayName: string;
  courseId: string;
  courseTitle: string;
  hostCentreName: string | null;
  status: string;
  completedAt: string | null;
  sessions: { mandatory?: boolean; attended: boolean | null }[];
}

let server: TestServer;
let host: GraphqlClient;
let trondheim: GraphqlClient;
let bergen: GraphqlClient;
let vestfold: GraphqlClient;
let traineeInTrondheim: GraphqlClient;
let traineeInVestfold: GraphqlClient;
let hostCourse: { id: string; sessions: { id: string; mandatory: boolean }[] };
let traineeId: string;
let link: Enrolment;
let hostEnrolmentId: string;

async function staffMemberId(client: GraphqlClient, name: string): Promise<string> {
  const { starterDirectory } = await client.data<{
    starterDirectory: { staffMemberId: string; displayName: string }[];
  }>(DIRECTORY);
  return starterDirectory.find((s) => s.displayName === name)!.staffMemberId;
}

beforeAll(async () => {
  server = await startTestServer();
  host = (await server.client.signIn('editor@selvhjelp-norge.demo.link')).client;
  trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
  bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  vestfold = (await server.client.signIn('coordinator@vestfold-telemark.demo.link')).client;
  traineeInTrondheim = (
    await server.client.signIn('trainee@trondheim.demo.link', { centre: 'trondheim' })
  ).client;
  traineeInVestfold = (
    await server.client.signIn('trainee@trondheim.demo.link', { centre: 'vestfold-telemark' })
  ).client;
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  hostCourse = (
    await host.data<{ createCourse: typeof hostCourse }>(CREATE, {
      input: {
        title: 'Nasjonalt igangsetterkurs, vinter',
        kind: 'STARTER_COURSE',
        capacity: 2,
        qualificationValidMonths: 24,
        openToOtherCentres: true,
        sessions: [
          { startsAt: at(-2), place: 'Selvhjelp Norge, Oslo' },
          { startsAt: at(-1), digital: true },
          { startsAt: at(5), place: 'Selvhjelp Norge, Oslo', mandatory: false },
        ],
      },
    })
  ).createCourse;
  traineeId = await staffMemberId(trondheim, 'Ny frivillig i Trondheim');
});
afterAll(() => server?.stop());

describe('a course one centre hosts and other centres attend', () => {
  it("is offered to every other centre, with the host's name and sessions but nobody's enrolment", async () => {
    const { sharedCourses } = await trondheim.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE);
    const offered = sharedCourses.find((c) => c.courseId === hostCourse.id)!;
    expect(offered).toMatchObject({
      hostCentreName: 'Selvhjelp Norge (nasjonalt kontor)',
      title: 'Nasjonalt igangsetterkurs, vinter',
      enrolled: 0,
      capacity: 2,
    });
    expect(offered.sessions).toHaveLength(3);
    // LINK Oslo opens its autumn course too; the host does not see its own course offered back.
    expect(sharedCourses.map((c) => c.hostCentreName)).toContain('LINK Oslo');
    const own = (await host.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE)).sharedCourses;
    expect(own.map((c) => c.courseId)).not.toContain(hostCourse.id);
  });

  it('trains a Trondheim volunteer on the national course and qualifies her in every centre she works in', async () => {
    const before = (
      await trondheim.data<{ starterDirectory: { displayName: string; warnings: string[] }[] }>(
        DIRECTORY,
      )
    ).starterDirectory.find((s) => s.displayName === 'Ny frivillig i Trondheim')!;
    expect(before.warnings).toContain('QUALIFICATION_MISSING');

    const hostCentreId = (
      await trondheim.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE)
    ).sharedCourses.find((c) => c.courseId === hostCourse.id)!.hostCentreId;
    link = (
      await trondheim.data<{ enrolInSharedCourse: Enrolment }>(ENROL, {
        input: { hostCentreId, courseId: hostCourse.id, staffMemberId: traineeId },
      })
    ).enrolInSharedCourse;
    expect(link).toMatchObject({
      staffMemberId: traineeId,
      displayName: 'Ny frivillig i Trondheim',
      hostCentreName: 'Selvhjelp Norge (nasjonalt kontor)',
      status: 'ENROLLED',
    });
    const again = await trondheim.request(ENROL, {
      input: { hostCentreId, courseId: hostCourse.id, staffMemberId: traineeId },
    });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].message).toBe('Personen er allerede påmeldt kurset.');

    // The host sees her name, her centre and her attendance: nothing else about her.
    const { course } = await host.data<{
      course: {
        enrolments: {
          id: string;
          name: string;
          organisation: string | null;
          centreName: string | null;
          status: string;
          attendedSessionIds: string[];
        }[];
      };
    }>(HOST_ENROLMENTS, { id: hostCourse.id });
    expect(course.enrolments).toHaveLength(1);
    expect(course.enrolments[0]).toMatchObject({
      name: 'Ny frivillig i Trondheim',
      organisation: null,
      centreName: 'LINK Trondheim',
      status: 'ENROLLED',
      attendedSessionIds: [],
    });
    hostEnrolmentId = course.enrolments[0].id;

    // The host records attendance; every mandatory session completes the course.
    const [first, second] = hostCourse.sessions;
    await host.data(ATTEND, { s: first.id, e: hostEnrolmentId });
    const { recordAttendance } = await host.data<{ recordAttendance: { status: string } }>(ATTEND, {
      s: second.id,
      e: hostEnrolmentId,
    });
    expect(recordAttendance.status).toBe('COMPLETED');

    // Her centre reads the host's record, not a copy that could drift.
    const { sharedCourseEnrolments } = await trondheim.data<{
      sharedCourseEnrolments: Enrolment[];
    }>(CENTRE_ENROLMENTS);
    const mine = sharedCourseEnrolments.find((e) => e.id === link.id)!;
    expect(mine.status).toBe('COMPLETED');
    expect(mine.completedAt).not.toBeNull();
    expect(mine.sessions.map((s) => s.attended)).toEqual([true, true, null]);

    // Qualified wherever she works: Trondheim and Vestfold og Telemark recognise it.
    for (const centre of [trondheim, vestfold]) {
      const { starterQualifications } = await centre.data<{
        starterQualifications: { displayName: string; expiresOn: string }[];
      }>(`{ starterQualifications { displayName expiresOn } }`);
      expect(starterQualifications.map((q) => q.displayName)).toContain('Ny frivillig i Trondheim');
    }
    for (const herself of [traineeInTrondheim, traineeInVestfold]) {
      const { myQualifications } = await herself.data<{
        myQualifications: { grantedByCentreName: string; valid: boolean }[];
      }>(`{ myQualifications { grantedByCentreName valid } }`);
      expect(myQualifications).toContainEqual({
        grantedByCentreName: 'Selvhjelp Norge (nasjonalt kontor)',
        valid: true,
      });
    }
    const { myCourses } = await traineeInTrondheim.data<{ myCourses: Enrolment[] }>(
      `{ myCourses { id courseTitle hostCentreName status } }`,
    );
    expect(myCourses).toContainEqual({
      id: link.id,
      courseTitle: 'Nasjonalt igangsetterkurs, vinter',
      hostCentreName: 'Selvhjelp Norge (nasjonalt kontor)',
      status: 'COMPLETED',
    });
    const after = (
      await trondheim.data<{ starterDirectory: { displayName: string; warnings: string[] }[] }>(
        DIRECTORY,
      )
    ).starterDirectory.find((s) => s.displayName === 'Ny frivillig i Trondheim')!;
    expect(after.warnings).not.toContain('QUALIFICATION_MISSING');

    // A completed enrolment is not withdrawn (the qualification stands).
    expect(errorCodes(await trondheim.request(WITHDRAW, { id: link.id }))).toEqual(['CONFLICT']);
  });

  it('lets a person enrol herself and withdraw; a starter cannot enrol someone else', async () => {
    const oslo = (
      await traineeInVestfold.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE)
    ).sharedCourses.find((c) => c.hostCentreName === 'LINK Oslo')!;
    const { enrolInSharedCourse: own } = await traineeInVestfold.data<{
      enrolInSharedCourse: Enrolment;
    }>(ENROL, { input: { hostCentreId: oslo.hostCentreId, courseId: oslo.courseId } });
    // Oslo's course is full (three from partner organisations): she waits for a place.
    expect(own).toMatchObject({ displayName: 'Ny frivillig i Trondheim', status: 'WAITLISTED' });
    // Vestfold og Telemark's list has her; Trondheim's does not (that enrolment is Vestfold's).
    const inVestfold = (
      await vestfold.data<{ sharedCourseEnrolments: Enrolment[] }>(CENTRE_ENROLMENTS)
    ).sharedCourseEnrolments;
    expect(inVestfold.map((e) => e.id)).toEqual([own.id]);
    const inTrondheim = (
      await trondheim.data<{ sharedCourseEnrolments: Enrolment[] }>(CENTRE_ENROLMENTS)
    ).sharedCourseEnrolments;
    expect(inTrondheim.map((e) => e.id)).not.toContain(own.id);

    const { enrolInSharedCourse: withdrawnLater } = { enrolInSharedCourse: own };
    const { withdrawFromSharedCourse } = await traineeInVestfold.data<{
      withdrawFromSharedCourse: { status: string };
    }>(WITHDRAW, { id: withdrawnLater.id });
    expect(withdrawFromSharedCourse.status).toBe('WITHDRAWN');
    expect(
      errorCodes(await traineeInVestfold.request(WITHDRAW, { id: withdrawnLater.id })),
    ).toEqual(['CONFLICT']);

    const starter = (await server.client.signIn('starter@trondheim.demo.link')).client;
    const byStarter = await starter.request(ENROL, {
      input: { hostCentreId: oslo.hostCentreId, courseId: oslo.courseId, staffMemberId: traineeId },
    });
    expect(errorCodes(byStarter)).toEqual(['FORBIDDEN']);
    expect(byStarter.errors?.[0].message).toMatch(/Bare koordinatorer og administratorer/);
    // And a starter does not get the centre's list of everyone's shared enrolments.
    expect(errorCodes(await starter.request(CENTRE_ENROLMENTS))).toEqual(['FORBIDDEN']);
  });
});

describe('the wall between centres, around shared courses', () => {
  it('a third centre sees nothing and can change nothing', async () => {
    const { sharedCourseEnrolments } = await bergen.data<{ sharedCourseEnrolments: Enrolment[] }>(
      CENTRE_ENROLMENTS,
    );
    expect(sharedCourseEnrolments).toEqual([]);
    const hostCentreId = (
      await bergen.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE)
    ).sharedCourses.find((c) => c.courseId === hostCourse.id)!.hostCentreId;
    // Trondheim's membership id enrols nobody from Bergen; Trondheim's link withdraws nothing.
    const enrolTheirs = await bergen.request(ENROL, {
      input: { hostCentreId, courseId: hostCourse.id, staffMemberId: traineeId },
    });
    expect(errorCodes(enrolTheirs)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await bergen.request(WITHDRAW, { id: link.id }))).toEqual(['NOT_FOUND']);
    for (const query of [
      [HOST_ENROLMENTS, { id: hostCourse.id }],
      [ATTEND, { s: hostCourse.sessions[0].id, e: hostEnrolmentId }],
      [`mutation($id: ID!) { withdrawFromCourse(id: $id) { id } }`, { id: hostEnrolmentId }],
    ] as const) {
      expect(errorCodes(await bergen.request(query[0], query[1]))).toEqual(['NOT_FOUND']);
    }
  });

  it("the person's centre cannot reach the host's rows, nor the host the centre's", async () => {
    for (const query of [
      [HOST_ENROLMENTS, { id: hostCourse.id }],
      [ATTEND, { s: hostCourse.sessions[0].id, e: hostEnrolmentId }],
      [`mutation($id: ID!) { withdrawFromCourse(id: $id) { id } }`, { id: hostEnrolmentId }],
    ] as const) {
      expect(errorCodes(await trondheim.request(query[0], query[1]))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await host.request(WITHDRAW, { id: link.id }))).toEqual(['NOT_FOUND']);
    const { sharedCourseEnrolments } = await host.data<{ sharedCourseEnrolments: Enrolment[] }>(
      CENTRE_ENROLMENTS,
    );
    expect(sharedCourseEnrolments).toEqual([]);
  });

  it('a course that is not open, or one of your own, cannot be enrolled on this way', async () => {
    const { createCourse: closed } = await host.data<{ createCourse: { id: string } }>(CREATE, {
      input: {
        title: 'Kurs for nasjonalt kontor',
        kind: 'GUIDANCE',
        capacity: 5,
        sessions: [{ startsAt: new Date(Date.now() + 9 * DAY).toISOString(), digital: true }],
      },
    });
    const hostCentreId = (
      await trondheim.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE)
    ).sharedCourses.find((c) => c.courseId === hostCourse.id)!.hostCentreId;
    const notOpen = await trondheim.request(ENROL, {
      input: { hostCentreId, courseId: closed.id, staffMemberId: traineeId },
    });
    expect(errorCodes(notOpen)).toEqual(['NOT_FOUND']);
    expect(notOpen.errors?.[0].message).toBe(
      'Fant ikke kurset blant kursene andre sentre har åpnet.',
    );
    const { me } = await trondheim.data<{ me: { activeCentre: { id: string } } }>(
      `{ me { activeCentre { id } } }`,
    );
    const { courses } = await trondheim.data<{ courses: { id: string }[] }>(`{ courses { id } }`);
    expect(
      errorCodes(
        await trondheim.request(ENROL, {
          input: {
            hostCentreId: me.activeCentre.id,
            courseId: courses[0].id,
            staffMemberId: traineeId,
          },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('the functions that cross the wall, as the runtime role', () => {
  let app: Client;
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await server.database.connectAsApp();
    const owner = await server.database.connectAsOwner();
    try {
      const { rows } = await owner.query<{ slug: string; id: string }>(
        `SELECT slug, id FROM centres`,
      );
      ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
      const { rows: users } = await owner.query<{ email: string; id: string }>(
        `SELECT email, id FROM users WHERE email IN ('coordinator@bergen.demo.link', 'starter@bergen.demo.link')`,
      );
      for (const u of users) ids[u.email] = u.id;
    } finally {
      await owner.end();
    }
  });
  afterAll(() => app?.end());

  async function as(
    centre: string | null,
    user: string | null,
    sql: string,
    params: unknown[] = [],
  ) {
    await app.query('BEGIN');
    try {
      await app.query(
        `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [centre ?? '', user ?? ''],
      );
      const result = await app.query(sql, params);
      const { rows } = await app.query<{ tenant: string }>(
        `SELECT current_setting('app.tenant_id', true) AS tenant`,
      );
      return { rows: result.rows, tenantAfter: rows[0].tenant };
    } finally {
      await app.query('ROLLBACK');
    }
  }

  it('answer nothing without a centre and a user', async () => {
    await expect(as(null, null, `SELECT * FROM shared_course_catalogue()`)).rejects.toThrow();
    await expect(
      as(null, null, `SELECT * FROM shared_course_enrolments_of_centre(false)`),
    ).rejects.toThrow();
    await expect(
      as(null, null, `SELECT * FROM starter_busy_elsewhere(ARRAY[]::uuid[])`),
    ).rejects.toThrow();
  });

  it("give back the caller's centre, and show another centre's rows to no one", async () => {
    const coordinator = ids['coordinator@bergen.demo.link'];
    const catalogue = await as(
      ids['bergen'],
      coordinator,
      `SELECT * FROM shared_course_catalogue()`,
    );
    expect(catalogue.rows.length).toBeGreaterThan(0);
    expect(catalogue.tenantAfter).toBe(ids['bergen']);
    const listed = await as(
      ids['bergen'],
      coordinator,
      `SELECT * FROM shared_course_enrolments_of_centre(false)`,
    );
    expect(listed).toEqual({ rows: [], tenantAfter: ids['bergen'] });
    // Trondheim's link row is not there for Bergen, even read directly.
    const direct = await as(ids['bergen'], coordinator, `SELECT * FROM shared_course_enrolments`);
    expect(direct.rows).toEqual([]);
    await expect(
      as(ids['bergen'], coordinator, `SELECT * FROM shared_course_enrol($1, $2, $3)`, [
        ids['selvhjelp-norge'],
        hostCourse.id,
        traineeId,
      ]),
    ).rejects.toMatchObject({ code: 'L0404' });
    // The runtime role cannot write link rows itself: only the function does.
    await expect(
      as(
        ids['trondheim'],
        coordinator,
        `INSERT INTO shared_course_enrolments (tenant_id, id, membership_id, host_centre_id, host_course_id, host_enrolment_id)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, gen_random_uuid())`,
        [ids['trondheim'], traineeId, ids['selvhjelp-norge'], hostCourse.id],
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('tell a coordinator only the times a starter is busy elsewhere, and a starter nothing', async () => {
    await expect(
      as(
        ids['bergen'],
        ids['starter@bergen.demo.link'],
        `SELECT * FROM starter_busy_elsewhere($1::uuid[])`,
        [[traineeId]],
      ),
    ).rejects.toMatchObject({ code: 'L0403' });
    // Trondheim's membership id, asked from Bergen, answers nothing.
    const theirs = await as(
      ids['bergen'],
      ids['coordinator@bergen.demo.link'],
      `SELECT * FROM starter_busy_elsewhere($1::uuid[])`,
      [[traineeId]],
    );
    expect(theirs).toEqual({ rows: [], tenantAfter: ids['bergen'] });
  });
});

// Last: it gives Bergen a shared enrolment of its own, which the isolation tests above must not see.
describe('places on a shared course', () => {
  it('hold when three centres enrol at once, and a withdrawal gives the place to the longest waiting', async () => {
    const { createCourse: small } = await host.data<{ createCourse: { id: string } }>(CREATE, {
      input: {
        title: 'Veiledning for igangsettere',
        kind: 'GUIDANCE',
        capacity: 1,
        openToOtherCentres: true,
        sessions: [{ startsAt: new Date(Date.now() + 20 * DAY).toISOString(), digital: true }],
      },
    });
    const hostCentreId = (
      await bergen.data<{ sharedCourses: SharedCourse[] }>(CATALOGUE)
    ).sharedCourses.find((c) => c.courseId === small.id)!.hostCentreId;
    const people = [
      [bergen, await staffMemberId(bergen, 'Igangsetter Bergen og omegn')],
      [trondheim, await staffMemberId(trondheim, 'Igangsetter Trondheim')],
      [vestfold, await staffMemberId(vestfold, 'Igangsetter Vestfold og Telemark')],
    ] as const;
    const results = await Promise.all(
      people.map(([client, id]) =>
        client.data<{ enrolInSharedCourse: Enrolment }>(ENROL, {
          input: { hostCentreId, courseId: small.id, staffMemberId: id },
        }),
      ),
    );
    const statuses = results.map((r) => r.enrolInSharedCourse.status);
    expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(2);

    const winner = statuses.indexOf('ENROLLED');
    await people[winner][0].data(WITHDRAW, { id: results[winner].enrolInSharedCourse.id });
    const after = await Promise.all(
      people.map(async ([client], index) => {
        const { sharedCourseEnrolments } = await client.data<{
          sharedCourseEnrolments: Enrolment[];
        }>(CENTRE_ENROLMENTS);
        return sharedCourseEnrolments.find((e) => e.id === results[index].enrolInSharedCourse.id)!
          .status;
      }),
    );
    expect(after[winner]).toBe('WITHDRAWN');
    expect(after.filter((s) => s === 'ENROLLED')).toHaveLength(1);
    expect(after.filter((s) => s === 'WAITLISTED')).toHaveLength(1);
  });
});
