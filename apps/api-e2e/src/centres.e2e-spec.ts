import { errorCodes, startTestServer, type TestServer } from '@link/shared/testing';

const ONBOARD = `mutation($input: OnboardCentreInput!) { onboardCentre(input: $input) { id slug name municipalities timeZone } }`;
const stavanger = {
  slug: 'stavanger',
  name: 'LINK Stavanger',
  municipalities: ['Stavanger', 'Sandnes', 'Sola'],
  firstAdmin: {
    email: 'leder@stavanger.example.no',
    displayName: 'Leder Stavanger',
    initialPassword: 'et-langt-passord-2',
  },
};

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.stop());

describe('onboarding a centre', () => {
  it('creates the centre and its first admin in one step; the admin runs only that centre', async () => {
    const { client: platformAdmin } = await server.client.signIn(
      'platform-admin@national.demo.link',
    );
    const { onboardCentre } = await platformAdmin.data<{
      onboardCentre: { slug: string; timeZone: string };
    }>(ONBOARD, {
      input: stavanger,
    });
    expect(onboardCentre).toMatchObject({ slug: 'stavanger', timeZone: 'Europe/Oslo' });

    const admin = await server.client.signIn('leder@stavanger.example.no', {
      password: 'et-langt-passord-2',
    });
    expect(admin.me).toMatchObject({
      activeRole: 'CENTRE_ADMIN',
      activeCentre: { slug: 'stavanger' },
    });
    const { staffMembers } = await admin.client.data<{
      staffMembers: { items: { email: string }[] };
    }>(`{ staffMembers { items { email } } }`);
    expect(staffMembers.items.map((s) => s.email)).toEqual(['leder@stavanger.example.no']);

    const { centres } = await platformAdmin.data<{ centres: { slug: string }[] }>(
      `{ centres { slug } }`,
    );
    expect(centres.map((c) => c.slug).sort()).toEqual([
      'bergen',
      'oslo',
      'selvhjelp-norge',
      'stavanger',
      'trondheim',
      'vestfold-telemark',
    ]);
  });

  it('refuses a slug that exists, and leaves nothing half-made', async () => {
    const { client: platformAdmin } = await server.client.signIn(
      'platform-admin@national.demo.link',
    );
    const again = await platformAdmin.request(ONBOARD, {
      input: {
        ...stavanger,
        firstAdmin: { ...stavanger.firstAdmin, email: 'someone.else@example.no' },
      },
    });
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    // A first admin without an account and without a password fails after the centre was
    // inserted: the whole mutation rolls back.
    const incomplete = await platformAdmin.request(ONBOARD, {
      input: {
        ...stavanger,
        slug: 'haugesund',
        name: 'LINK Haugesund',
        firstAdmin: { email: 'ny@haugesund.example.no', displayName: 'Ny' },
      },
    });
    expect(errorCodes(incomplete)).toEqual(['BAD_USER_INPUT']);
    expect(incomplete.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'firstAdmin.initialPassword', messages: ['Påkrevd for en ny konto.'] },
    ]);
    const { centres } = await platformAdmin.data<{ centres: { slug: string }[] }>(
      `{ centres { slug } }`,
    );
    expect(centres.map((c) => c.slug)).not.toContain('haugesund');
  });

  it('validates the input', async () => {
    const { client: platformAdmin } = await server.client.signIn(
      'platform-admin@national.demo.link',
    );
    const result = await platformAdmin.request(ONBOARD, {
      input: {
        slug: 'Bad Slug',
        name: 'X',
        municipalities: [],
        firstAdmin: { email: 'x', displayName: 'Y', initialPassword: 'short' },
      },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0].extensions?.['fields'] as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual([
      'firstAdmin.email',
      'firstAdmin.initialPassword',
      'municipalities',
      'name',
      'slug',
    ]);
  });

  it('is for platform admins only', async () => {
    for (const email of ['admin@bergen.demo.link', 'analyst@national.demo.link']) {
      const { client } = await server.client.signIn(email);
      expect(
        errorCodes(await client.request(ONBOARD, { input: { ...stavanger, slug: 'molde' } })),
      ).toEqual(['FORBIDDEN']);
    }
    const { client: coordinator } = await server.client.signIn('coordinator@bergen.demo.link');
    expect(errorCodes(await coordinator.request(`{ centres { slug } }`))).toEqual(['FORBIDDEN']);
  });
});
