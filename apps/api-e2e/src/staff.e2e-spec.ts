import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const STAFF = `{ staffMembers(limit: 50) { totalCount hasMore items { id email displayName role active } } }`;
const INVITE = `mutation($input: InviteStaffMemberInput!) { inviteStaffMember(input: $input) { id } }`;
const SET_ROLE = `mutation($input: SetStaffRoleInput!) { setStaffRole(input: $input) { id role } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaffMember(id: $id) { id active } }`;

interface StaffMember {
  id: string;
  email: string;
  role: string;
  active: boolean;
}

let server: TestServer;
let bergenAdmin: GraphqlClient;
let trondheimAdmin: GraphqlClient;

async function staffOf(client: GraphqlClient): Promise<StaffMember[]> {
  return (await client.data<{ staffMembers: { items: StaffMember[] } }>(STAFF)).staffMembers.items;
}

beforeAll(async () => {
  server = await startTestServer();
  bergenAdmin = (await server.client.signIn('admin@bergen.demo.link')).client;
  trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
});
afterAll(() => server?.stop());

describe('staff administration', () => {
  it("lists only the active centre's staff", async () => {
    const emails = (await staffOf(bergenAdmin)).map((s) => s.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        'admin@bergen.demo.link',
        'coordinator@bergen.demo.link',
        'volunteer@bergen.demo.link',
      ]),
    );
    expect(emails.filter((e) => !e.includes('bergen'))).toEqual([]);
  });

  it('refuses to invite someone who already works here, and without a first password', async () => {
    const twice = await bergenAdmin.request(INVITE, {
      input: {
        email: 'coordinator@bergen.demo.link',
        displayName: 'x',
        role: 'STARTER',
        initialPassword: 'et-langt-passord-1',
      },
    });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    // Required for every address, not just new ones: otherwise the error would tell.
    for (const email of ['new.person@example.no', 'coordinator@oslo.demo.link']) {
      const noPassword = await bergenAdmin.request(INVITE, {
        input: { email, displayName: 'Ny Person', role: 'STARTER' },
      });
      expect(errorCodes(noPassword)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('explains invalid input field by field', async () => {
    const result = await bergenAdmin.request(INVITE, {
      input: { email: 'not-an-email', displayName: '', role: 'STARTER', initialPassword: 'short' },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0].extensions?.['fields'] as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual(['displayName', 'email', 'initialPassword']);
  });

  it('changes roles, but never leaves the centre without an admin', async () => {
    const staff = await staffOf(bergenAdmin);
    const starter = staff.find((s) => s.email === 'starter@bergen.demo.link')!;
    const { setStaffRole } = await bergenAdmin.data<{ setStaffRole: StaffMember }>(SET_ROLE, {
      input: { id: starter.id, role: 'COORDINATOR' },
    });
    expect(setStaffRole.role).toBe('COORDINATOR');

    const admin = staff.find((s) => s.email === 'admin@bergen.demo.link')!;
    expect(
      errorCodes(await bergenAdmin.request(SET_ROLE, { input: { id: admin.id, role: 'STARTER' } })),
    ).toEqual(['CONFLICT']);
    expect(errorCodes(await bergenAdmin.request(DEACTIVATE, { id: admin.id }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('deactivates and reactivates a staff member', async () => {
    const staff = await staffOf(bergenAdmin);
    const volunteer = staff.find((s) => s.email === 'volunteer@bergen.demo.link')!;
    const { deactivateStaffMember } = await bergenAdmin.data<{
      deactivateStaffMember: StaffMember;
    }>(DEACTIVATE, { id: volunteer.id });
    expect(deactivateStaffMember.active).toBe(false);
    expect((await staffOf(bergenAdmin)).map((s) => s.email)).not.toContain(
      'volunteer@bergen.demo.link',
    );
    // Their other centre is not affected.
    const trondheim = await server.client.signIn('volunteer@bergen.demo.link');
    expect(trondheim.me.activeCentre?.slug).toBe('trondheim');

    await bergenAdmin.data(`mutation($id: ID!) { reactivateStaffMember(id: $id) { active } }`, {
      id: volunteer.id,
    });
    expect((await staffOf(bergenAdmin)).map((s) => s.email)).toContain(
      'volunteer@bergen.demo.link',
    );
  });

  it('is for centre admins only', async () => {
    const coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    expect(errorCodes(await coordinator.request(STAFF))).toEqual(['FORBIDDEN']);
    const analyst = (await server.client.signIn('analyst@national.demo.link')).client;
    expect(errorCodes(await analyst.request(STAFF))).toEqual(['FORBIDDEN']);
  });
});

describe("another centre's staff", () => {
  it('cannot be seen, changed or deactivated: it is NOT_FOUND', async () => {
    const bergenStaff = await staffOf(bergenAdmin);
    const bergenCoordinator = bergenStaff.find((s) => s.email === 'coordinator@bergen.demo.link')!;
    expect((await staffOf(trondheimAdmin)).map((s) => s.id)).not.toContain(bergenCoordinator.id);

    const setRole = await trondheimAdmin.request(SET_ROLE, {
      input: { id: bergenCoordinator.id, role: 'CENTRE_ADMIN' },
    });
    expect(errorCodes(setRole)).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await trondheimAdmin.request(DEACTIVATE, { id: bergenCoordinator.id })),
    ).toEqual(['NOT_FOUND']);
    const reactivate = await trondheimAdmin.request(
      `mutation($id: ID!) { reactivateStaffMember(id: $id) { active } }`,
      {
        id: bergenCoordinator.id,
      },
    );
    expect(errorCodes(reactivate)).toEqual(['NOT_FOUND']);

    const after = (await staffOf(bergenAdmin)).find((s) => s.id === bergenCoordinator.id);
    expect(after).toMatchObject({ role: 'COORDINATOR', active: true });
  });
});
