import type { GraphqlClient } from './graphql-client';

const INVITE = `mutation($input: InviteStaffMemberInput!) {
  inviteStaffMember(input: $input) { id }
}`;
const OPEN = `{ myCentreInvitations { id centre { id } } }`;
const ACCEPT = `mutation($id: ID!) {
  acceptCentreInvitation(id: $id) { accessToken me { memberships { id centre { id } } } }
}`;

export interface JoinedCentre {
  /** The membership id in the inviting centre (what staff operations call "id"). */
  membershipId: string;
  /** Signed in as the person, working in the inviting centre. */
  client: GraphqlClient;
}

/**
 * The whole way into a centre, as tests need it: the admin invites the address, the person signs
 * in (with `password`, their own or the first one) and accepts.
 */
export async function inviteAndAccept(
  anonymous: GraphqlClient,
  admin: GraphqlClient,
  person: { email: string; displayName?: string; role: string; password: string },
): Promise<JoinedCentre> {
  const { inviteStaffMember } = await admin.data<{ inviteStaffMember: { id: string } }>(INVITE, {
    input: {
      email: person.email,
      displayName: person.displayName ?? 'Ny person',
      role: person.role,
      initialPassword: person.password,
    },
  });
  const { client } = await anonymous.signIn(person.email, { password: person.password });
  const { myCentreInvitations } = await client.data<{
    myCentreInvitations: { id: string; centre: { id: string } }[];
  }>(OPEN);
  const invitation = myCentreInvitations.find((i) => i.id === inviteStaffMember.id);
  if (!invitation)
    throw new Error(`No open invitation ${inviteStaffMember.id} for ${person.email}`);
  const { acceptCentreInvitation } = await client.data<{
    acceptCentreInvitation: {
      accessToken: string;
      me: { memberships: { id: string; centre: { id: string } }[] };
    };
  }>(ACCEPT, { id: invitation.id });
  const membership = acceptCentreInvitation.me.memberships.find(
    (m) => m.centre.id === invitation.centre.id,
  );
  if (!membership) throw new Error('Accepting gave no membership');
  return {
    membershipId: membership.id,
    client: anonymous.withToken(acceptCentreInvitation.accessToken),
  };
}
