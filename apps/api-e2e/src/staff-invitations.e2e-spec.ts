import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const INVITE = `mutation($input: InviteStaffMemberInput!) {
  inviteStaffMember(input: $input) { id email role status createdAt expiresAt acceptedAt }
}`;
const INVITATIONS = `query($openOnly: Boolean) {
  staffInvitations(limit: 100, openOnly: $openOnly) { totalCount items { id email role status } }
}`;
const CANCEL = `mutation($id: ID!) { cancelStaffInvitation(id: $id) { id status } }`;
const MINE = `{ myCentreInvitations { id role centre { slug name } } }`;
const ME = `{ me { activeCentre { slug } memberships { centre { slug } } invitations { id } } }`;
const ACCEPT = `mutation($id: ID!) {
  acceptCentreInvitation(id: $id) { accessToken me { activeRole activeCentre { slug } } }
}`;
const DECLINE = `mutation($id: ID!) { declineCentreInvitation(id: $id) }`;
const STAFF = `{ staffMembers(limit: 100) { items { id email displayName role } } }`;

interface Invitation {
  id: string;
  email: string;
  role: string;
  status: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

let server: TestServer;
let bergenAdmin: GraphqlClient;
let trondheimAdmin: GraphqlClient;

function invite(admin: GraphqlClient, email: string, role = 'STARTER', displayName = 'Ny Person') {
  return admin.request<{ inviteStaffMember: Invitation }>(INVITE, {
    input: { email, displayName, role, initialPassword: 'et-langt-passord-1' },
  });
}

async function invited(admin: GraphqlClient, email: string, role = 'STARTER'): Promise<Invitation> {
  const response = await invite(admin, email, role);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.inviteStaffMember;
}

async function staffEmails(admin: GraphqlClient): Promise<string[]> {
  const { staffMembers } = await admin.data<{ staffMembers: { items: { email: string }[] } }>(
    STAFF,
  );
  return staffMembers.items.map((s) => s.email);
}

async function myInvitations(client: GraphqlClient) {
  return (
    await client.data<{
      myCentreInvitations: { id: string; role: string; centre: { slug: string } }[];
    }>(MINE)
  ).myCentreInvitations;
}

beforeAll(async () => {
  server = await startTestServer();
  bergenAdmin = (await server.client.signIn('admin@bergen.demo.link')).client;
  trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
});
afterAll(() => server?.stop());

describe('inviting a person to a centre', () => {
  it('answers the same whether or not the address has an account, and tells nothing of it', async () => {
    // Oslo's coordinator has an account, named "Koordinator Oslo" by Oslo; the other has none.
    const existing = await invite(bergenAdmin, 'coordinator@oslo.demo.link');
    const unknown = await invite(bergenAdmin, 'nobody.yet@example.no');
    expect(existing.errors).toBeUndefined();
    expect(unknown.errors).toBeUndefined();
    const shape = (i: Invitation) => ({
      ...i,
      id: 'x',
      email: 'x',
      createdAt: 'x',
      expiresAt: 'x',
    });
    expect(shape(existing.data!.inviteStaffMember)).toEqual(shape(unknown.data!.inviteStaffMember));
    expect(existing.data!.inviteStaffMember).toMatchObject({
      email: 'coordinator@oslo.demo.link',
      role: 'STARTER',
      status: 'OPEN',
      acceptedAt: null,
    });
    expect(JSON.stringify(existing)).not.toMatch(/Koordinator|Oslo/);

    // Nobody is attached before accepting; both are listed the same way.
    const emails = await staffEmails(bergenAdmin);
    expect(emails).not.toContain('coordinator@oslo.demo.link');
    expect(emails).not.toContain('nobody.yet@example.no');
    const { staffInvitations } = await bergenAdmin.data<{
      staffInvitations: { items: Invitation[] };
    }>(INVITATIONS, { openOnly: true });
    const listed = staffInvitations.items.filter((i) =>
      ['coordinator@oslo.demo.link', 'nobody.yet@example.no'].includes(i.email),
    );
    expect(listed.map((i) => i.status)).toEqual(['OPEN', 'OPEN']);

    // A second invitation is refused the same way for both.
    expect(errorCodes(await invite(bergenAdmin, 'coordinator@oslo.demo.link'))).toEqual([
      'CONFLICT',
    ]);
    expect(errorCodes(await invite(bergenAdmin, 'nobody.yet@example.no'))).toEqual(['CONFLICT']);
  });

  it('the person accepts from their own account, and only then does the centre see them', async () => {
    const invitation = await invited(bergenAdmin, 'coordinator@vestfold-telemark.demo.link');
    const person = (await server.client.signIn('coordinator@vestfold-telemark.demo.link')).client;
    const mine = await myInvitations(person);
    expect(mine).toEqual([
      { id: invitation.id, role: 'STARTER', centre: expect.objectContaining({ slug: 'bergen' }) },
    ]);

    const { acceptCentreInvitation } = await person.data<{
      acceptCentreInvitation: { accessToken: string; me: { activeRole: string } };
    }>(ACCEPT, { id: invitation.id });
    expect(acceptCentreInvitation.me).toMatchObject({
      activeRole: 'STARTER',
      activeCentre: { slug: 'bergen' },
    });
    const inBergen = server.client.withToken(acceptCentreInvitation.accessToken);
    const { me } = await inBergen.data<{ me: { memberships: { centre: { slug: string } }[] } }>(ME);
    expect(me.memberships.map((m) => m.centre.slug).sort()).toEqual([
      'bergen',
      'vestfold-telemark',
    ]);

    expect(await staffEmails(bergenAdmin)).toContain('coordinator@vestfold-telemark.demo.link');
    const { staffInvitations } = await bergenAdmin.data<{
      staffInvitations: { items: Invitation[] };
    }>(INVITATIONS);
    expect(staffInvitations.items.find((i) => i.id === invitation.id)?.status).toBe('ACCEPTED');
    // Accepted once: a second accept finds nothing open.
    expect(errorCodes(await person.request(ACCEPT, { id: invitation.id }))).toEqual(['NOT_FOUND']);
  });

  it('a new address gets an account that signs in only to accept', async () => {
    const invitation = await invited(bergenAdmin, 'kari.nordmann@example.no', 'COORDINATOR');
    const signedIn = await server.client.signIn('kari.nordmann@example.no', {
      password: 'et-langt-passord-1',
    });
    expect(signedIn.me.activeCentre).toBeNull();
    const { me } = await signedIn.client.data<{ me: { invitations: { id: string }[] } }>(ME);
    expect(me.invitations).toEqual([{ id: invitation.id }]);
    const { acceptCentreInvitation } = await signedIn.client.data<{
      acceptCentreInvitation: { me: { activeRole: string } };
    }>(ACCEPT, { id: invitation.id });
    expect(acceptCentreInvitation.me.activeRole).toBe('COORDINATOR');
    const again = await server.client.signIn('kari.nordmann@example.no', {
      password: 'et-langt-passord-1',
    });
    expect(again.me).toMatchObject({ activeRole: 'COORDINATOR', activeCentre: { slug: 'bergen' } });
  });

  it("keeps the existing account's password: the first password does not open it", async () => {
    await invited(trondheimAdmin, 'coordinator@oslo.demo.link');
    const withFirst = await server.client.request(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      {
        input: { email: 'coordinator@oslo.demo.link', password: 'et-langt-passord-1' },
      },
    );
    expect(errorCodes(withFirst)).toEqual(['UNAUTHENTICATED']);
    const own = (await server.client.signIn('coordinator@oslo.demo.link')).client;
    expect((await myInvitations(own)).map((i) => i.centre.slug).sort()).toEqual([
      'bergen',
      'trondheim',
    ]);
  });

  it('a declined invitation stays open as far as the inviting centre can tell', async () => {
    const invitation = await invited(bergenAdmin, 'starter@oslo.demo.link');
    const person = (await server.client.signIn('starter@oslo.demo.link')).client;
    expect(await person.data(DECLINE, { id: invitation.id })).toEqual({
      declineCentreInvitation: true,
    });
    expect(await myInvitations(person)).toEqual([]);
    const { staffInvitations } = await bergenAdmin.data<{
      staffInvitations: { items: Invitation[] };
    }>(INVITATIONS);
    expect(staffInvitations.items.find((i) => i.id === invitation.id)?.status).toBe('OPEN');
    expect(errorCodes(await invite(bergenAdmin, 'starter@oslo.demo.link'))).toEqual(['CONFLICT']);
    expect(await staffEmails(bergenAdmin)).not.toContain('starter@oslo.demo.link');
  });

  it('a cancelled invitation can no longer be accepted', async () => {
    const invitation = await invited(bergenAdmin, 'admin@oslo.demo.link');
    const { cancelStaffInvitation } = await bergenAdmin.data<{
      cancelStaffInvitation: { status: string };
    }>(CANCEL, { id: invitation.id });
    expect(cancelStaffInvitation.status).toBe('CANCELLED');
    const person = (await server.client.signIn('admin@oslo.demo.link')).client;
    expect(await myInvitations(person)).toEqual([]);
    expect(errorCodes(await person.request(ACCEPT, { id: invitation.id }))).toEqual(['NOT_FOUND']);
  });

  it('two accepts at once make one membership', async () => {
    const invitation = await invited(bergenAdmin, 'starter@trondheim.demo.link');
    const person = (await server.client.signIn('starter@trondheim.demo.link')).client;
    const results = await Promise.all([
      person.request(ACCEPT, { id: invitation.id }),
      person.request(ACCEPT, { id: invitation.id }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(
      (await staffEmails(bergenAdmin)).filter((e) => e === 'starter@trondheim.demo.link'),
    ).toHaveLength(1);
  });

  it('is for centre admins only', async () => {
    const coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    expect(errorCodes(await invite(coordinator, 'someone@example.no'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await coordinator.request(INVITATIONS))).toEqual(['FORBIDDEN']);
  });
});

describe("another centre's invitations", () => {
  it('cannot be seen, cancelled, accepted or declined: NOT_FOUND', async () => {
    const invitation = await invited(bergenAdmin, 'admin@vestfold-telemark.demo.link');
    const { staffInvitations } = await trondheimAdmin.data<{
      staffInvitations: { items: Invitation[] };
    }>(INVITATIONS);
    expect(staffInvitations.items.map((i) => i.id)).not.toContain(invitation.id);
    expect(errorCodes(await trondheimAdmin.request(CANCEL, { id: invitation.id }))).toEqual([
      'NOT_FOUND',
    ]);
    // Signed in elsewhere, or in the inviting centre itself: only the addressee may answer.
    for (const email of ['admin@trondheim.demo.link', 'coordinator@bergen.demo.link']) {
      const other = (await server.client.signIn(email)).client;
      expect(await myInvitations(other)).not.toContainEqual(
        expect.objectContaining({ id: invitation.id }),
      );
      expect(errorCodes(await other.request(ACCEPT, { id: invitation.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await other.request(DECLINE, { id: invitation.id }))).toEqual([
        'NOT_FOUND',
      ]);
    }
    const { staffInvitations: still } = await bergenAdmin.data<{
      staffInvitations: { items: Invitation[] };
    }>(INVITATIONS);
    expect(still.items.find((i) => i.id === invitation.id)?.status).toBe('OPEN');
  });
});
