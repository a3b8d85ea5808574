import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const PROFILE = `{ centreProfile { id slug name municipalities contactEmail contactPhone postalAddress website } }`;
const UPDATE = `mutation($input: UpdateCentreProfileInput!) {
  updateCentreProfile(input: $input) { name municipalities contactEmail contactPhone postalAddress website } }`;

interface Profile {
  id: string;
  slug: string;
  name: string;
  municipalities: string[];
  contactEmail: string | null;
  contactPhone: string | null;
  postalAddress: string | null;
  website: string | null;
}

let server: TestServer;
let bergenAdmin: GraphqlClient;

async function profileOf(client: GraphqlClient): Promise<Profile> {
  return (await client.data<{ centreProfile: Profile }>(PROFILE)).centreProfile;
}

beforeAll(async () => {
  server = await startTestServer();
  bergenAdmin = (await server.client.signIn('admin@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe("a centre's own name, municipalities and contact details", () => {
  it('an admin changes them after onboarding; null clears a contact detail', async () => {
    const before = await profileOf(bergenAdmin);
    const { updateCentreProfile } = await bergenAdmin.data<{ updateCentreProfile: Profile }>(
      UPDATE,
      {
        input: {
          name: 'LINK Bergen og omegn ',
          municipalities: [...before.municipalities, 'Øygarden', 'Øygarden'],
          contactEmail: 'post@linkbergen.no',
          contactPhone: '55 00 00 00',
          postalAddress: 'Kong Oscars gate 1, 5017 Bergen',
          website: 'https://linkbergen.no',
        },
      },
    );
    expect(updateCentreProfile).toMatchObject({
      name: 'LINK Bergen og omegn',
      contactEmail: 'post@linkbergen.no',
      website: 'https://linkbergen.no',
    });
    expect(updateCentreProfile.municipalities.filter((m) => m === 'Øygarden')).toHaveLength(1);

    const cleared = await bergenAdmin.data<{ updateCentreProfile: Profile }>(UPDATE, {
      input: { contactPhone: null },
    });
    expect(cleared.updateCentreProfile).toMatchObject({
      contactPhone: null,
      contactEmail: 'post@linkbergen.no',
    });
    // Staff see it; it is the centre their token names.
    const coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    expect((await profileOf(coordinator)).postalAddress).toBe('Kong Oscars gate 1, 5017 Bergen');
  });

  it('explains invalid values in Norwegian', async () => {
    const result = await bergenAdmin.request(UPDATE, {
      input: { municipalities: [], website: 'linkbergen', contactEmail: 'post' },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0].extensions?.['fields'] as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual(['contactEmail', 'municipalities', 'website']);
  });

  it('is for centre admins only', async () => {
    const coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    expect(
      errorCodes(await coordinator.request(UPDATE, { input: { name: 'Annet navn' } })),
    ).toEqual(['FORBIDDEN']);
  });

  it("another centre's admin changes only their own centre", async () => {
    const bergenBefore = await profileOf(bergenAdmin);
    const trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
    const { updateCentreProfile } = await trondheimAdmin.data<{ updateCentreProfile: Profile }>(
      UPDATE,
      { input: { name: 'LINK Trondheim (Røde Kors)', contactEmail: 'link@trondheim.example' } },
    );
    expect(updateCentreProfile.name).toBe('LINK Trondheim (Røde Kors)');
    expect(await profileOf(bergenAdmin)).toEqual(bergenBefore);
    expect((await profileOf(trondheimAdmin)).slug).toBe('trondheim');
  });
});
