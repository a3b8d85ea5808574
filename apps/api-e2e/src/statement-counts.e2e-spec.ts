import { Client } from 'pg';

import {
  type CountingProxy,
  type GraphqlClient,
  inviteAndAccept,
  requireTestEnv,
  startCountingProxy,
  startTestServer,
  TEST_ADMIN_URL,
  type TestServer,
} from '@link/shared/testing';

/**
 * Every list operation takes a fixed number of SQL statements, whatever the list size: no
 * statement per item (N+1), nested relations included (DataLoader). Counted by a proxy that
 * sees every statement the API sends, so the test does not depend on timing.
 *
 * A fixed number, not a fixed number for any data: a relation nobody in the list has is not
 * queried (no room booked: no room query), and TypeORM skips the count of a page that is not
 * full. So each comparison is between lists of different sizes with the same shape: the small
 * list is chosen (or the data made) so that it has every relation and every optional value the
 * big one has, and both pages are full.
 */
let proxy: CountingProxy;
let server: TestServer;
const clients: Record<string, GraphqlClient> = {};

const BERGEN_COORDINATOR = 'coordinator@bergen.demo.link';
const BERGEN_ADMIN = 'admin@bergen.demo.link';
const BERGEN_STARTER = 'starter@bergen.demo.link';
const PLATFORM_ADMIN = 'platform-admin@national.demo.link';
const ANONYMOUS = 'anonymous';

beforeAll(async () => {
  // The server the test databases are on: DATABASE_URL's, or the embedded one.
  proxy = await startCountingProxy(requireTestEnv(TEST_ADMIN_URL));
  server = await startTestServer({}, { databaseUrl: (url) => proxy.url(url) });
  for (const who of [BERGEN_COORDINATOR, BERGEN_ADMIN, BERGEN_STARTER, PLATFORM_ADMIN]) {
    clients[who] = (await server.client.signIn(who)).client;
  }
  clients[ANONYMOUS] = server.client;
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await proxy?.close();
});

/** Statements one request took, and what it returned. */
async function counted(client: GraphqlClient, query: string, variables?: Record<string, unknown>) {
  const before = proxy.statements;
  const data = await client.data<Record<string, unknown>>(query, variables);
  return { statements: proxy.statements - before, data };
}

/**
 * The same request twice, which must take the same statements: if anything were written or
 * cached on first use, comparing two requests would mean nothing. (The page of 1 taking one more
 * than the page of 25 on staff was not that: TypeORM's findAndCount skips the COUNT when a first
 * page comes back less than full, see `SelectQueryBuilder.lazyCount`; hence the full pages.)
 */
async function stable(client: GraphqlClient, query: string, variables?: Record<string, unknown>) {
  const first = await counted(client, query, variables);
  const second = await counted(client, query, variables);
  expect([query, second.statements]).toEqual([query, first.statements]);
  return second;
}

/**
 * The paths of a value that hold something (not null, not an empty list), list positions left
 * out: `members.participant.id` is there when some member has a participant.
 */
function shape(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (value === null || value === undefined) return into;
  if (Array.isArray(value)) {
    for (const item of value) shape(item, path, into);
    return into;
  }
  if (path) into.add(path);
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      shape(inner, path ? `${path}.${key}` : key, into);
    }
  }
  return into;
}

const union = (shapes: Set<string>[]) => new Set(shapes.flatMap((one) => [...one]));
const sorted = (paths: Set<string>) => [...paths].sort();

/** Five more of Bergen's own published materials about groups: the demo has few. */
let materialsAdded = false;
async function addMaterials() {
  if (materialsAdded) return;
  materialsAdded = true;
  const client = clients[BERGEN_COORDINATOR];
  for (let i = 1; i <= 5; i++) {
    const { createMaterial } = await client.data<{ createMaterial: { id: string } }>(
      `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { id } }`,
      {
        input: {
          title: `Gruppe i praksis ${i}`,
          summary: '',
          bodyMarkdown: 'Om å starte en gruppe.',
          tags: ['telling'],
          language: 'nb',
        },
      },
    );
    await client.data(`mutation($id: ID!) { publishMaterial(id: $id) { published } }`, {
      id: createMaterial.id,
    });
  }
}

const PAGES: {
  field: string;
  who: string;
  query: (limit: number, offset: number) => string;
  /** Runs once before the page is measured, for data the demo centre lacks. */
  prepare?: () => Promise<void>;
}[] = [
  {
    field: 'groups',
    who: BERGEN_COORDINATOR,
    query: (limit, offset) => `{ groups(limit: ${limit}, offset: ${offset}) { totalCount items {
      id room { id availability { weekday } } members { id participant { id } }
      starters { staffMemberId busyElsewhereAtThatTime } events { id } followUps { id }
      openMeetings { id } startupMeetings { id } roomWarning } } }`,
  },
  {
    field: 'participants',
    who: BERGEN_COORDINATOR,
    query: (limit, offset) => `{ participants(limit: ${limit}, offset: ${offset}) { totalCount
      items { id consents { id } preferences { theme } referrals { id service { id } }
      possibleDuplicates { id } contact { phone email } } } }`,
  },
  {
    field: 'inquiries',
    who: BERGEN_COORDINATOR,
    query: (limit, offset) => `{ inquiries(limit: ${limit}, offset: ${offset}) { totalCount
      items { id participant { id consents { id } referrals { id } } } } }`,
  },
  {
    field: 'waitlist',
    who: BERGEN_COORDINATOR,
    query: (limit, offset) => `{ waitlist(limit: ${limit}, offset: ${offset}) { totalCount
      items { id preferences { theme } consents { id } referrals { id } possibleDuplicates { id } } } }`,
  },
  {
    field: 'materials',
    who: BERGEN_COORDINATOR,
    prepare: addMaterials,
    query: (limit, offset) => `{ materials(limit: ${limit}, offset: ${offset}) { totalCount
      items { id current { id } attachments { id } } } }`,
  },
  {
    field: 'searchMaterials',
    who: BERGEN_COORDINATOR,
    prepare: addMaterials,
    query: (
      limit,
      offset,
    ) => `{ searchMaterials(query: "gruppe", limit: ${limit}, offset: ${offset})
      { totalCount items { rank material { id current { id } attachments { id } } } } }`,
  },
  {
    field: 'staffMembers',
    who: BERGEN_ADMIN,
    query: (limit, offset) =>
      `{ staffMembers(limit: ${limit}, offset: ${offset}) { totalCount items { id role } } }`,
  },
  {
    field: 'auditEntries',
    who: BERGEN_ADMIN,
    // The admin's own reads of contact details are what the trail holds for them to page.
    prepare: async () => {
      await clients[BERGEN_ADMIN].data(
        `{ participants(limit: 6) { items { contact { phone } } } }`,
      );
    },
    query: (limit, offset) =>
      `{ auditEntries(limit: ${limit}, offset: ${offset}) { totalCount items { id action } } }`,
  },
  {
    field: 'roomBookings',
    who: BERGEN_COORDINATOR,
    prepare: bookOneRoomFiveTimes,
    query: (limit, offset) =>
      `{ roomBookings(roomId: "${bookedRoomId}", limit: ${limit}, offset: ${offset}) { totalCount
      items { id groupId groupName weekday startsAt validFrom validTo } } }`,
  },
  {
    field: 'staffInvitations',
    who: BERGEN_ADMIN,
    prepare: async () => {
      for (let i = 1; i <= 4; i++) {
        await clients[BERGEN_ADMIN].data(
          `mutation($input: InviteStaffMemberInput!) { inviteStaffMember(input: $input) { id } }`,
          {
            input: {
              displayName: `Invitert ${i}`,
              email: `invitert.${i}@bergen.demo.link`,
              initialPassword: 'et langt nok passord for telling',
              role: 'COORDINATOR',
            },
          },
        );
      }
    },
    query: (limit, offset) =>
      `{ staffInvitations(limit: ${limit}, offset: ${offset}) { totalCount items { id status } } }`,
  },
];

describe.each(PAGES)('$field', ({ field, who, query, prepare }) => {
  it('takes as many statements for a full page of many as for a page of the few that have every relation', async () => {
    const client = clients[who];
    await prepare?.();
    const page = (data: Record<string, unknown>) =>
      data[field] as { totalCount: number; items: unknown[] };
    // Warm: the actor's first request checks more.
    const { totalCount } = page((await counted(client, query(25, 0))).data);
    // One fewer than there are, at most 25: the page is full, so its count is run, as the
    // small page's is.
    const size = Math.min(25, totalCount - 1);
    const many = await stable(client, query(size, 0));
    const items = page(many.data).items;
    expect([field, items.length]).toEqual([field, size]);
    // The fewest neighbours that together have everything the whole page has.
    const shapes = items.map((item) => shape(item));
    const whole = union(shapes);
    let window: { offset: number; length: number } | undefined;
    for (let length = 1; !window && length <= items.length; length++) {
      for (let offset = 0; offset + length <= items.length; offset++) {
        if (union(shapes.slice(offset, offset + length)).size === whole.size) {
          window = { offset, length };
          break;
        }
      }
    }
    // At least two more in the big page: one statement per item would show.
    const spare = items.length - (window?.length ?? items.length);
    expect([field, spare >= 2]).toEqual([field, true]);
    const few = await stable(client, query(window!.length, window!.offset));
    expect(sorted(union(page(few.data).items.map((item) => shape(item))))).toEqual(sorted(whole));
    expect([field, many.statements]).toEqual([field, few.statements]);
  });
});

/** A new room of Bergen's with five groups' bookings, open-ended and not. */
let bookedRoomId = '';
async function bookOneRoomFiveTimes() {
  const client = clients[BERGEN_COORDINATOR];
  const { createRoom } = await client.data<{ createRoom: { id: string } }>(
    `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
    {
      input: {
        name: 'Telling av bookinger',
        address: 'Gate 1',
        municipality: 'Bergen',
        capacity: 12,
        stepFree: false,
        freeOfCharge: true,
        availability: [{ weekday: 'TUESDAY', startsAt: '08:00', endsAt: '22:00' }],
      },
    },
  );
  bookedRoomId = createRoom.id;
  for (const [i, startTime] of ['08:00', '10:30', '13:00', '15:30', '18:00'].entries()) {
    const { createGroup } = await client.data<{ createGroup: { id: string } }>(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: `Tirsdagsgruppe ${i + 1}`,
          kind: 'CLOSED',
          format: 'PHYSICAL',
          composition: 'MIXED',
          weekday: 'TUESDAY',
          startTime,
          municipality: 'Bergen',
          startDate: '2027-01-05',
        },
      },
    );
    await client.data(`mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }`, {
      input: {
        groupId: createGroup.id,
        roomId: bookedRoomId,
        validTo: i % 2 === 0 ? undefined : '2027-06-29',
      },
    });
  }
}

/**
 * Copies of some of Bergen's rows (new ids, `changes` as SQL over the original row `r`), written
 * as the superuser, past the API: more items of the same kind, without relations of their own.
 */
async function copyRows(table: string, where: string, changes: Record<string, string> = {}) {
  const set = Object.entries(changes)
    .map(([column, sql]) => `, '${column}', ${sql}`)
    .join('');
  const rowCount = await superuser(
    `INSERT INTO ${table}
     SELECT (jsonb_populate_record(NULL::${table},
               to_jsonb(r) || jsonb_build_object('id', gen_random_uuid()${set}))).*
       FROM (SELECT * FROM ${table} r
              WHERE r.tenant_id = (SELECT id FROM centres WHERE slug = 'bergen') AND ${where}
              LIMIT 1) r
      CROSS JOIN generate_series(1, 3)`,
  );
  expect([table, rowCount]).toEqual([table, 3]);
}

/** A statement as the superuser, past the API and row-level security; returns the rows it changed. */
async function superuser(sql: string, values: unknown[] = []): Promise<number | null> {
  const admin = new Client({ connectionString: server.database.adminUrl });
  await admin.connect();
  try {
    return (await admin.query(sql, values)).rowCount;
  } finally {
    await admin.end();
  }
}
const renamed = (column: string) => `r.${column} || ' ' || left(gen_random_uuid()::text, 8)`;

/** Three new starters in Bergen who are also volunteers there. */
let added = 0;
async function addVolunteers() {
  const admin = clients[BERGEN_ADMIN];
  for (let i = 0; i < 3; i++) {
    added++;
    const { membershipId } = await inviteAndAccept(server.client, admin, {
      displayName: `Teller ${added}`,
      email: `teller.${added}@bergen.demo.link`,
      password: 'et langt nok passord for telling',
      role: 'STARTER',
    });
    await admin.data(
      `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
      { input: { staffMemberId: membershipId } },
    );
  }
}

/**
 * Lists without pages: the same operation in the same centre, after the list grew by items of
 * a shape it already had, takes the same number of statements.
 */
const LISTS: {
  field: string;
  query: string;
  who?: string;
  /** Makes the list longer. */
  grow: () => Promise<void>;
  /** What grows, when it is not the list itself. */
  size?: (list: unknown[]) => number;
  variables?: () => Promise<Record<string, unknown>>;
  prepare?: () => Promise<void>;
}[] = [
  {
    field: 'courses',
    query: `{ courses { id enrolments { id name centreName attendedSessionIds } sessions { id } } }`,
    grow: () => copyRows('courses', 'true', { title: renamed('title') }),
  },
  {
    // Bergen's own survey (demo data) and the national one it takes part in.
    field: 'surveys',
    query: `{ surveys { id ownerName status questions { id } batches { id }
      participatingCentres { id } } }`,
    grow: () => copyRows('surveys', 'true', { title: renamed('title') }),
  },
  {
    field: 'rooms',
    query: `{ rooms { id availability { weekday } } }`,
    grow: () => copyRows('rooms', 'true', { name: renamed('name') }),
  },
  {
    field: 'partners',
    query: `{ partners { id kind } }`,
    grow: () => copyRows('partners', 'true', { name: renamed('name') }),
  },
  {
    field: 'services',
    query: `{ services { id kind } }`,
    grow: () => copyRows('services', 'true', { name: renamed('name') }),
  },
  {
    field: 'volunteers',
    query: `{ volunteers { id assignments { kind } policeCertificates { id } } }`,
    grow: addVolunteers,
  },
  {
    field: 'volunteerWarnings',
    query: `{ volunteerWarnings { volunteerId kind } }`,
    grow: addVolunteers,
  },
  {
    field: 'starterDirectory',
    query: `{ starterDirectory { staffMemberId warnings busyElsewhere { weekday }
      currentGroups { id } qualification { valid } } }`,
    grow: addVolunteers,
  },
  {
    field: 'groupProposals',
    query: `{ groupProposals { score participants { id } reasons { criterion } } }`,
    grow: () =>
      copyRows('participants', "r.status = 'WAITING'", {
        display_name: renamed('display_name'),
        phone_hash: 'NULL',
        phone_ciphertext: 'NULL',
        email_hash: 'NULL',
        email_ciphertext: 'NULL',
      }),
    size: (proposals) =>
      (proposals as { participants: unknown[] }[]).reduce((n, p) => n + p.participants.length, 0),
  },
  {
    field: 'groupsNeedingFollowUp',
    query: `{ groupsNeedingFollowUp(weeks: 1) { group { id members { id } starters { staffMemberId } } } }`,
    grow: () =>
      copyRows('groups', "r.status IN ('STARTING', 'SELF_RUN')", {
        name: renamed('name'),
        room_id: 'NULL',
      }),
  },
  {
    field: 'groupSuggestions',
    query: `query($id: ID!) { groupSuggestions(participantId: $id, limit: 50) { score
      reasons { criterion } group { id members { id } starters { staffMemberId } } } }`,
    variables: async () => ({ id: await firstWaiting() }),
    grow: () =>
      copyRows('groups', "r.status = 'RECRUITING' AND r.kind = 'CLOSED'", {
        name: renamed('name'),
        room_id: 'NULL',
      }),
  },
  {
    field: 'participantSuggestions',
    query: `query($id: ID!) { participantSuggestions(groupId: $id, limit: 50) { score
      reasons { criterion } participant { id consents { id } referrals { id } } } }`,
    prepare: addFlexibleWaiting,
    variables: async () => ({ id: await recruitingGroup() }),
    grow: addFlexibleWaiting,
  },
  {
    field: 'requiredReading',
    query: `{ requiredReading { material { id attachments { id } } readers { displayName } } }`,
    prepare: async () => {
      await addMaterials();
      await requireMaterials(1);
    },
    grow: () => requireMaterials(3),
  },
  {
    field: 'inquiryDeadlines',
    query: `{ inquiryDeadlines(withinHours: 336) { promise inquiry { id participant { id } } } }`,
    grow: () =>
      copyRows('inquiries', 'r.closed_at IS NULL AND r.first_answer_at IS NULL', {
        answer_due_at: "now() + interval '1 day'",
      }),
  },
  {
    field: 'publicGroups',
    who: ANONYMOUS,
    query: `{ publicGroups(centre: "bergen") { kind weekday address recruiting } }`,
    grow: () =>
      copyRows('groups', "r.status = 'RECRUITING' AND r.kind = 'CLOSED'", {
        name: renamed('name'),
        room_id: 'NULL',
      }),
  },
  {
    field: 'myGroups',
    who: BERGEN_STARTER,
    query: `{ myGroups { id myPart memberNames room { name } } }`,
    grow: async () => {
      await copyRows('groups', "r.status = 'STARTING'", { name: renamed('name'), room_id: 'NULL' });
      await superuser(
        `INSERT INTO group_starters (tenant_id, id, group_id, membership_id, assigned_at)
         SELECT g.tenant_id, gen_random_uuid(), g.id, m.id, now()
           FROM groups g
           JOIN memberships m ON m.tenant_id = g.tenant_id
           JOIN users u ON u.id = m.user_id AND u.email = $1
          WHERE NOT EXISTS (SELECT 1 FROM group_starters s
                             WHERE s.tenant_id = g.tenant_id AND s.group_id = g.id)
            AND g.status = 'STARTING'`,
        [BERGEN_STARTER],
      );
    },
  },
  {
    field: 'starterQualifications',
    query: `{ starterQualifications { userId displayName expiresOn } }`,
    grow: async () => {
      await addVolunteers();
      // The new starters get a copy of a valid qualification Bergen granted.
      const granted = await superuser(
        `INSERT INTO starter_qualifications
                (user_id, granted_by_centre_id, course_id, granted_on, expires_on)
         SELECT u.id, q.granted_by_centre_id, q.course_id, q.granted_on, q.expires_on
           FROM (SELECT * FROM starter_qualifications
                  WHERE granted_by_centre_id = (SELECT id FROM centres WHERE slug = 'bergen')
                    AND (expires_on IS NULL OR expires_on > current_date) LIMIT 1) q
          CROSS JOIN users u
          WHERE u.email LIKE 'teller.%'
            AND NOT EXISTS (SELECT 1 FROM starter_qualifications o WHERE o.user_id = u.id)`,
      );
      expect(granted).toBeGreaterThanOrEqual(3);
    },
  },
  {
    field: 'myRequiredReading',
    who: BERGEN_STARTER,
    query: `{ myRequiredReading { material { id attachments { id } } readers { readCurrentVersion } } }`,
    prepare: async () => {
      await addMaterials();
      await requireMaterials(1);
    },
    grow: () => requireMaterials(3),
  },
  {
    field: 'sharedCourses',
    query: `{ sharedCourses { courseId hostCentreName enrolled sessions { id attended } } }`,
    grow: copySharedCourse,
  },
  {
    field: 'centres',
    who: PLATFORM_ADMIN,
    query: `{ centres { id slug name municipalities } }`,
    grow: async () => {
      const added = await superuser(
        `INSERT INTO centres (slug, name, municipalities, kind)
         SELECT c.slug || '-telling-' || n || '-' || left(md5(random()::text), 6), c.name || ' ' || n,
                c.municipalities, 'CENTRE'
           FROM centres c CROSS JOIN generate_series(1, 3) n WHERE c.slug = 'bergen'`,
      );
      expect(added).toBe(3);
    },
  },
  {
    field: 'myCentreInvitations',
    who: BERGEN_STARTER,
    query: `{ myCentreInvitations { id role expiresAt centre { id name } } }`,
    prepare: () => inviteFromOtherCentres(BERGEN_STARTER, 1),
    grow: () => inviteFromOtherCentres(BERGEN_STARTER, 3),
  },
  {
    field: 'myQualifications',
    who: BERGEN_STARTER,
    query: `{ myQualifications { grantedByCentreName grantedOn expiresOn valid } }`,
    prepare: () => qualify(BERGEN_STARTER, 1),
    grow: () => qualify(BERGEN_STARTER, 3),
  },
  {
    field: 'myCourses',
    who: BERGEN_STARTER,
    query: `{ myCourses { id courseId courseTitle status staffMemberId sessions { id attended } } }`,
    prepare: () => enrolOnBergenCourses(BERGEN_STARTER, 1),
    grow: async () => {
      await copyRows('courses', 'true', { title: renamed('title') });
      await enrolOnBergenCourses(BERGEN_STARTER, 3);
    },
  },
  {
    field: 'materialHistory',
    query: `query($id: ID!) { materialHistory(id: $id) { id version title summary createdAt } }`,
    prepare: addMaterials,
    variables: async () => ({ id: await ownMaterial() }),
    grow: async () => {
      const id = await ownMaterial();
      for (let i = 1; i <= 3; i++) {
        await clients[BERGEN_COORDINATOR].data(
          `mutation($input: EditMaterialInput!) { editMaterial(input: $input) { id } }`,
          { input: { id, bodyMarkdown: `Om å starte en gruppe, utgave ${i + 1}.` } },
        );
      }
    },
  },
  {
    field: 'freeRooms',
    query: `query($id: ID!) { freeRooms(groupId: $id) { sameMunicipality neighbouring warning
      room { id name availability { weekday } } } }`,
    variables: async () => ({ id: (await groupWithFreeRoom()).groupId }),
    grow: async () => copyRoomWithAvailability((await groupWithFreeRoom()).roomId),
  },
  {
    field: 'sharedCourseEnrolments',
    query: `{ sharedCourseEnrolments { id courseTitle hostCentreName status displayName
      sessions { id attended } } }`,
    prepare: () => enrolOnSharedCourses(1),
    grow: async () => {
      await copySharedCourse();
      await enrolOnSharedCourses(3);
    },
  },
];

/** Three more copies of a course another centre opened to all, with its sessions. */
async function copySharedCourse() {
  const copied = await superuser(
    `WITH source AS (SELECT * FROM courses
                      WHERE open_to_other_centres
                        AND tenant_id <> (SELECT id FROM centres WHERE slug = 'bergen')
                      LIMIT 1),
          copies AS (
            INSERT INTO courses
            SELECT (jsonb_populate_record(NULL::courses, to_jsonb(source) || jsonb_build_object(
                      'id', gen_random_uuid(), 'title', source.title || ' ' || n))).*
              FROM source CROSS JOIN generate_series(1, 3) n
            RETURNING tenant_id, id)
     INSERT INTO course_sessions
     SELECT (jsonb_populate_record(NULL::course_sessions, to_jsonb(s) || jsonb_build_object(
               'id', gen_random_uuid(), 'course_id', copies.id))).*
       FROM copies
       JOIN course_sessions s ON s.tenant_id = copies.tenant_id
        AND s.course_id = (SELECT id FROM source)`,
  );
  expect(copied).toBeGreaterThanOrEqual(3);
}

/** Enrols the Bergen starter (themselves) on `count` more shared courses, through the API. */
async function enrolOnSharedCourses(count: number) {
  const starter = clients[BERGEN_STARTER];
  const { sharedCourses, myCourses } = await starter.data<{
    sharedCourses: { courseId: string; hostCentreId: string }[];
    myCourses: { courseId: string }[];
  }>(`{ sharedCourses { courseId hostCentreId } myCourses { courseId } }`);
  const mine = new Set(myCourses.map((c) => c.courseId));
  const open = sharedCourses.filter((c) => !mine.has(c.courseId)).slice(0, count);
  expect(open.length).toBe(count);
  for (const { courseId, hostCentreId } of open) {
    await starter.data(
      `mutation($input: SharedEnrolInput!) { enrolInSharedCourse(input: $input) { id } }`,
      { input: { courseId, hostCentreId } },
    );
  }
}

/** Open invitations to `email` from `count` more centres where they do not work. */
async function inviteFromOtherCentres(email: string, count: number) {
  const added = await superuser(
    `INSERT INTO staff_invitations (tenant_id, email, role, expires_at)
     SELECT c.id, $1, 'COORDINATOR', now() + interval '7 days'
       FROM centres c
      WHERE NOT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                         WHERE m.tenant_id = c.id AND u.email = $1)
        AND NOT EXISTS (SELECT 1 FROM staff_invitations i WHERE i.tenant_id = c.id
                           AND i.email = $1 AND i.accepted_at IS NULL AND i.cancelled_at IS NULL)
      ORDER BY c.slug LIMIT $2`,
    [email, count],
  );
  expect(added).toBe(count);
}

/** `count` more starter qualifications for `email`, from courses centres hold. */
async function qualify(email: string, count: number) {
  const added = await superuser(
    `INSERT INTO starter_qualifications (user_id, granted_by_centre_id, course_id, granted_on)
     SELECT u.id, c.tenant_id, c.id, current_date - 30
       FROM courses c JOIN users u ON u.email = $1
      WHERE NOT EXISTS (SELECT 1 FROM starter_qualifications q
                         WHERE q.user_id = u.id AND q.course_id = c.id)
      ORDER BY c.id LIMIT $2`,
    [email, count],
  );
  expect(added).toBe(count);
}

/** Enrols `email` on `count` more of Bergen's courses. */
async function enrolOnBergenCourses(email: string, count: number) {
  const added = await superuser(
    `INSERT INTO course_enrolments (tenant_id, id, course_id, user_id, status, origin)
     SELECT c.tenant_id, gen_random_uuid(), c.id, u.id, 'ENROLLED', 'OWN_PEOPLE'
       FROM courses c JOIN users u ON u.email = $1
      WHERE c.tenant_id = (SELECT id FROM centres WHERE slug = 'bergen')
        AND NOT EXISTS (SELECT 1 FROM course_enrolments e WHERE e.tenant_id = c.tenant_id
                           AND e.course_id = c.id AND e.user_id = u.id)
      ORDER BY c.id LIMIT $2`,
    [email, count],
  );
  expect(added).toBe(count);
}

/** The first of Bergen's own materials (the coordinator may edit it). */
async function ownMaterial(): Promise<string> {
  const { materials } = await clients[BERGEN_COORDINATOR].data<{
    materials: { items: { id: string; editable: boolean; current: { title: string } }[] };
  }>(`{ materials(limit: 200) { items { id editable current { title } } } }`);
  return materials.items.find((m) => m.editable && m.current.title.startsWith('Gruppe i praksis'))!
    .id;
}

/** A group of Bergen's with a room free at its time, and that room. */
let freeRoom: { groupId: string; roomId: string } | undefined;
async function groupWithFreeRoom(): Promise<{ groupId: string; roomId: string }> {
  if (freeRoom) return freeRoom;
  const client = clients[BERGEN_COORDINATOR];
  const { groups } = await client.data<{ groups: { items: { id: string }[] } }>(
    `{ groups(limit: 100) { items { id } } }`,
  );
  for (const { id } of groups.items) {
    const { freeRooms } = await client.data<{ freeRooms: { room: { id: string } }[] }>(
      `query($id: ID!) { freeRooms(groupId: $id) { room { id } } }`,
      { id },
    );
    if (freeRooms.length > 0) return (freeRoom = { groupId: id, roomId: freeRooms[0].room.id });
  }
  throw new Error('No group of Bergen has a free room.');
}

/** Three copies of a room of Bergen's, each with the original's opening hours. */
async function copyRoomWithAvailability(roomId: string) {
  const added = await superuser(
    `WITH copies AS (
       INSERT INTO rooms
       SELECT (jsonb_populate_record(NULL::rooms, to_jsonb(r) || jsonb_build_object(
                 'id', gen_random_uuid(), 'name', r.name || ' ' || n))).*
         FROM rooms r CROSS JOIN generate_series(1, 3) n WHERE r.id = $1
       RETURNING tenant_id, id)
     INSERT INTO room_availability (tenant_id, id, room_id, weekday, starts_at, ends_at)
     SELECT a.tenant_id, gen_random_uuid(), copies.id, a.weekday, a.starts_at, a.ends_at
       FROM copies JOIN room_availability a ON a.tenant_id = copies.tenant_id AND a.room_id = $1`,
    [roomId],
  );
  expect(added).toBeGreaterThanOrEqual(3);
}

/** Three more waiting in Bergen who would join any group (no wishes that exclude one). */
function addFlexibleWaiting() {
  return copyRows('participants', "r.status = 'WAITING'", {
    display_name: renamed('display_name'),
    phone_hash: 'NULL',
    phone_ciphertext: 'NULL',
    email_hash: 'NULL',
    email_ciphertext: 'NULL',
    preferred_weekdays: "'{}'::text[]",
    preferred_times_of_day: "'{}'::text[]",
    preferred_format: 'NULL',
    preferred_composition: 'NULL',
    municipality: 'NULL',
    age_range_min: 'NULL',
    age_range_max: 'NULL',
  });
}

/** A person on Bergen's waitlist for whom some group is suggested. */
async function firstWaiting(): Promise<string> {
  await addFlexibleWaiting();
  const client = clients[BERGEN_COORDINATOR];
  const { waitlist } = await client.data<{ waitlist: { items: { id: string }[] } }>(
    `{ waitlist(limit: 100) { items { id } } }`,
  );
  for (const { id } of waitlist.items) {
    const { groupSuggestions } = await client.data<{ groupSuggestions: unknown[] }>(
      `query($id: ID!) { groupSuggestions(participantId: $id) { score } }`,
      { id },
    );
    if (groupSuggestions.length > 0) return id;
  }
  throw new Error('Nobody on the waitlist has a suggested group.');
}

/** A closed group of Bergen's that recruits. */
async function recruitingGroup(): Promise<string> {
  const { groups } = await clients[BERGEN_COORDINATOR].data<{
    groups: { items: { id: string; kind: string }[] };
  }>(`{ groups(limit: 100, statuses: [RECRUITING]) { items { id kind } } }`);
  return groups.items.find((group) => group.kind === 'CLOSED')!.id;
}

/** Makes `count` more of Bergen's materials required reading. */
async function requireMaterials(count: number) {
  const client = clients[BERGEN_COORDINATOR];
  const { materials, requiredReading } = await client.data<{
    materials: { items: { id: string }[] };
    requiredReading: { material: { id: string } }[];
  }>(`{ materials(limit: 100) { items { id } } requiredReading { material { id } } }`);
  const required = new Set(requiredReading.map((r) => r.material.id));
  for (const { id } of materials.items.filter((m) => !required.has(m.id)).slice(0, count)) {
    await client.data(`mutation($id: ID!) { requireMaterial(id: $id) { material { id } } }`, {
      id,
    });
  }
}

describe.each(LISTS)('$field', ({ field, query, who, grow, size, variables, prepare }) => {
  it('takes as many statements after the list grew', async () => {
    const client = clients[who ?? BERGEN_COORDINATOR];
    await prepare?.();
    const values = await variables?.();
    const list = (data: Record<string, unknown>) => data[field] as unknown[];
    const length = (data: Record<string, unknown>) => (size ?? ((l) => l.length))(list(data));
    await counted(client, query, values); // warm
    const before = await stable(client, query, values);
    await grow();
    await counted(client, query, values);
    const after = await stable(client, query, values);
    expect(list(before.data).length).toBeGreaterThan(0);
    expect([field, length(after.data) - length(before.data) >= 2]).toEqual([field, true]);
    expect(sorted(shape(list(after.data)))).toEqual(sorted(shape(list(before.data))));
    expect([field, after.statements]).toEqual([field, before.statements]);
  });
});

/**
 * The fixed part of every signed-in request: one round trip that begins the transaction, sets
 * the centre, user and timeouts and checks the actor (user active, session not revoked,
 * membership there), and the COMMIT. `me { id }` adds its own three (the user, the memberships,
 * the open invitations). The fixed part was five before the begin was folded into one simple
 * query (BEGIN, the settings, the check, the settings again, COMMIT): `me` took eight.
 */
describe('the fixed overhead', () => {
  it('is two statements for a signed-in request', async () => {
    const { statements } = await stable(clients[BERGEN_COORDINATOR], `{ me { id } }`);
    expect(statements).toBe(2 + 3);
  });

  it('is still checked on every request: a revoked session is refused at once', async () => {
    const { client } = await server.client.signIn(BERGEN_ADMIN);
    await client.data(`{ me { id } }`);
    await client.data(`mutation { logout }`);
    await expect(client.data(`{ me { id } }`)).rejects.toThrow(/SESSION_ENDED|logget ut/);
  });
});
