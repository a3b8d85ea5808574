import { type GraphqlClient, startTestServer, type TestServer } from '@link/shared/testing';

let server: TestServer;
let coordinator: GraphqlClient;

beforeAll(async () => {
  // The retention timer is off here (the default in tests): the data is put in place first.
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

async function expiredCourseExternal(): Promise<string> {
  const { createCourse } = await coordinator.data<{ createCourse: { id: string } }>(
    `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
    {
      input: {
        title: 'Kurs for lenge siden',
        kind: 'STARTER_COURSE',
        capacity: 5,
        qualificationValidMonths: 24,
        externalRetentionMonths: 6,
        sessions: [
          {
            startsAt: new Date(Date.now() - 400 * 86400_000).toISOString(),
            place: 'Kurslokalet',
            mandatory: true,
          },
        ],
      },
    },
  );
  await coordinator.data(`mutation($input: EnrolInput!) { enrolInCourse(input: $input) { id } }`, {
    input: {
      courseId: createCourse.id,
      external: { name: 'Gammel Deltaker', organisation: 'LHL', email: 'gammel@example.no' },
    },
  });
  return createCourse.id;
}

async function inactiveParticipant(): Promise<string> {
  const { registerInquiry } = await coordinator.data<{
    registerInquiry: { participant: { id: string } };
  }>(
    `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { participant { id } } }`,
    { input: { channel: 'PHONE', heardVia: 'GP', person: { displayName: 'Inaktiv' } } },
  );
  const owner = await server.database.connectAsOwner();
  try {
    await owner.query('BEGIN');
    await owner.query(
      `SELECT set_config('app.tenant_id', (SELECT id::text FROM centres WHERE slug = 'bergen'), true)`,
    );
    await owner.query(
      `UPDATE participants SET last_activity_at = now() - interval '25 months' WHERE id = $1`,
      [registerInquiry.participant.id],
    );
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
  return registerInquiry.participant.id;
}

async function until(condition: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((done) => setTimeout(done, 250));
  }
  return condition();
}

describe("the API's retention timer", () => {
  it('erases an expired course external and an inactive participant soon after the API starts', async () => {
    const courseId = await expiredCourseExternal();
    const participantId = await inactiveParticipant();
    const externalName = async () =>
      (
        await coordinator.data<{ course: { enrolments: { name: string | null }[] } }>(
          `query($id: ID!) { course(id: $id) { enrolments { name } } }`,
          { id: courseId },
        )
      ).course.enrolments[0].name;
    const participantGone = async () =>
      (
        await coordinator.request(`query($id: ID!) { participant(id: $id) { id } }`, {
          id: participantId,
        })
      ).errors?.[0]?.extensions?.code === 'NOT_FOUND';
    expect(await externalName()).toBe('Gammel Deltaker');
    expect(await participantGone()).toBe(false);

    // An API (re)started on this database, with the default daily interval: its first run comes
    // soon after start, not a day later, and covers every part of the retention rule.
    const restarted = await startTestServer(
      { RETENTION_INTERVAL_HOURS: '24', RETENTION_FIRST_RUN_AFTER_SECONDS: '1' },
      { database: server.database },
    );
    try {
      expect(await until(async () => (await externalName()) === null, 15)).toBe(true);
      expect(await until(participantGone, 5)).toBe(true);
    } finally {
      await restarted.stop();
    }
  });
});
