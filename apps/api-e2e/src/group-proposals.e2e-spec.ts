import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const PROPOSALS = `{ groupProposals { weekday timeOfDay format municipality composition score
  participants { id status } } }`;
const FROM_PROPOSAL = `mutation($input: CreateGroupFromProposalInput!) {
  createGroupFromProposal(input: $input) { group { id name status memberCount } members { id } warnings } }`;
const GROUP_NAMES = `{ groups(limit: 200) { items { name } } }`;

interface Proposal {
  weekday: string;
  timeOfDay: string;
  format: string;
  municipality: string | null;
  composition: string;
  score: number;
  participants: { id: string; status: string }[];
}

let server: TestServer;
let coordinator: GraphqlClient;

async function proposals(client = coordinator): Promise<Proposal[]> {
  return (await client.data<{ groupProposals: Proposal[] }>(PROPOSALS)).groupProposals;
}

async function groupNames(client: GraphqlClient): Promise<string[]> {
  const { groups } = await client.data<{ groups: { items: { name: string }[] } }>(GROUP_NAMES);
  return groups.items.map((g) => g.name);
}

function groupFor(proposal: Proposal, name: string) {
  return {
    name,
    kind: 'CLOSED',
    format: proposal.format,
    composition: proposal.composition,
    weekday: proposal.weekday,
    startTime: '18:00',
    municipality: proposal.municipality,
    startDate: '2027-01-05',
  };
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('group proposals', () => {
  it('offers none with a negative score', async () => {
    const offered = await proposals();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter((p) => p.score < 0)).toEqual([]);
  });

  it("another centre cannot make a group of Bergen's people: NOT_FOUND, and nothing is kept", async () => {
    const [proposal] = await proposals();
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const result = await trondheim.request(FROM_PROPOSAL, {
      input: {
        group: { ...groupFor(proposal, 'Lånt forslag'), municipality: 'Trondheim' },
        participantIds: proposal.participants.map((p) => p.id),
      },
    });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(await groupNames(trondheim)).not.toContain('Lånt forslag');
  });

  it('keeps nothing when one of the people can no longer join', async () => {
    const [proposal] = await proposals();
    const { groups } = await coordinator.data<{
      groups: { items: { id: string; memberCount: number }[] };
    }>(`{ groups(limit: 200) { items { id memberCount } } }`);
    const taken = groups.items.find((g) => g.memberCount > 0)!.id;
    const inGroup = (
      await coordinator.data<{ group: { members: { participantId: string }[] } }>(
        `query($id: ID!) { group(id: $id) { members { participantId } } }`,
        { id: taken },
      )
    ).group.members[0]?.participantId;
    const result = await coordinator.request(FROM_PROPOSAL, {
      input: {
        group: groupFor(proposal, 'Gruppe som ikke ble'),
        participantIds: [...proposal.participants.map((p) => p.id), inGroup],
      },
    });
    expect(errorCodes(result)).not.toEqual([]);
    expect(await groupNames(coordinator)).not.toContain('Gruppe som ikke ble');
    const still = (await proposals()).flatMap((p) => p.participants.map((x) => x.id));
    expect(still).toEqual(expect.arrayContaining(proposal.participants.map((p) => p.id)));
  });

  it('makes a closed group of a proposal in one step, with its people as members', async () => {
    const [proposal] = await proposals();
    const { createGroupFromProposal } = await coordinator.data<{
      createGroupFromProposal: {
        group: { id: string; name: string; status: string; memberCount: number };
        members: { id: string }[];
      };
    }>(FROM_PROPOSAL, {
      input: {
        group: groupFor(proposal, 'Tirsdagsgruppen fra forslag'),
        participantIds: proposal.participants.map((p) => p.id),
      },
    });
    expect(createGroupFromProposal.group).toMatchObject({
      name: 'Tirsdagsgruppen fra forslag',
      status: 'PLANNED',
      memberCount: proposal.participants.length,
    });
    expect(createGroupFromProposal.members).toHaveLength(proposal.participants.length);
    // They are in a group now, so no proposal offers them again.
    const placed = new Set(proposal.participants.map((p) => p.id));
    const again = (await proposals()).flatMap((p) => p.participants.map((x) => x.id));
    expect(again.filter((id) => placed.has(id))).toEqual([]);
  });

  it('refuses an open group and a proposal of one', async () => {
    const [proposal] = await proposals();
    if (!proposal) return;
    const open = await coordinator.request(FROM_PROPOSAL, {
      input: {
        group: { ...groupFor(proposal, 'Åpen'), kind: 'OPEN' },
        participantIds: proposal.participants.map((p) => p.id),
      },
    });
    expect(errorCodes(open)).toEqual(['BAD_USER_INPUT']);
    const one = await coordinator.request(FROM_PROPOSAL, {
      input: { group: groupFor(proposal, 'Alene'), participantIds: [proposal.participants[0].id] },
    });
    expect(errorCodes(one)).toEqual(['BAD_USER_INPUT']);
  });
});
