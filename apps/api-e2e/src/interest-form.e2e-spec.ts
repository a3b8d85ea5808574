import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const SUBMIT = `mutation($input: InterestFormInput!) { submitInterestForm(input: $input) }`;

let server: TestServer;
let coordinator: GraphqlClient;

async function bergenParticipants(): Promise<
  { id: string; displayName: string; hasPhone: boolean }[]
> {
  const { participants } = await coordinator.data<{
    participants: { items: { id: string; displayName: string; hasPhone: boolean }[] };
  }>(`{ participants(limit: 200) { items { id displayName hasPhone } } }`);
  return participants.items;
}

beforeAll(async () => {
  server = await startTestServer({ INTEREST_FORM_MAX_PER_IP: '6' });
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('the public interest form', () => {
  it('creates an inquiry the centre sees at once, and answers only with a receipt', async () => {
    const result = await server.client.request<{ submitInterestForm: string }>(SUBMIT, {
      input: {
        centre: 'bergen',
        firstName: 'Vilde',
        phone: '922 11 333',
        preferredTimes: 'Etter kl. 16',
        message: 'Jeg vil gjerne prate med noen.',
      },
    });
    expect(errorCodes(result)).toEqual([]);
    expect(result.data?.submitInterestForm).toMatch(/^Takk!/);

    const { inquiries } = await coordinator.data<{
      inquiries: {
        items: {
          id: string;
          source: string;
          channel: string;
          hasMessage: boolean;
          answerState: string;
          participant: { displayName: string };
        }[];
      };
    }>(
      `{ inquiries(open: true, limit: 5) { items { id source channel hasMessage answerState participant { displayName } } } }`,
    );
    const inquiry = inquiries.items.find((i) => i.participant.displayName === 'Vilde');
    expect(inquiry).toMatchObject({
      source: 'PUBLIC_FORM',
      channel: 'WEB_FORM',
      hasMessage: true,
      answerState: 'PENDING',
    });
    const { inquiryMessage } = await coordinator.data<{ inquiryMessage: string }>(
      `query($id: ID!) { inquiryMessage(id: $id) }`,
      { id: inquiry?.id },
    );
    expect(inquiryMessage).toBe('Jeg vil gjerne prate med noen.');
  });

  it('answers a known and an unknown person the same way: it cannot tell who is registered', async () => {
    // Kari (index 0 of the demo data) is known to Bergen; her e-mail is kari.0@example.no.
    const known = await server.client.request(SUBMIT, {
      input: { centre: 'bergen', firstName: 'Kari', email: 'kari.0@example.no' },
    });
    const unknown = await server.client.request(SUBMIT, {
      input: { centre: 'bergen', firstName: 'Kari', email: 'ny.person@example.no' },
    });
    expect(known).toEqual(unknown);
    expect(JSON.stringify(known.data)).not.toMatch(/id|status|finnes|allerede/i);
    // Staff see the returning person as a possible duplicate.
    const karis = (await bergenParticipants()).filter((p) => p.displayName === 'Kari');
    const duplicates = await Promise.all(
      karis.map(
        async (k) =>
          (
            await coordinator.data<{ participant: { possibleDuplicates: { id: string }[] } }>(
              `query($id: ID!) { participant(id: $id) { possibleDuplicates { id } } }`,
              { id: k.id },
            )
          ).participant.possibleDuplicates.length,
      ),
    );
    expect(duplicates.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('needs a way to reach the person, and validates what it gets', async () => {
    const noContact = await server.client.request(SUBMIT, {
      input: { centre: 'bergen', firstName: 'Anon' },
    });
    expect(errorCodes(noContact)).toEqual(['BAD_USER_INPUT']);
    const tooLong = await server.client.request(SUBMIT, {
      input: {
        centre: 'bergen',
        firstName: 'Lang',
        email: 'lang@example.no',
        message: 'x'.repeat(1001),
      },
    });
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'message' }],
    });
  });

  it('quietly ignores a form whose hidden honeypot field was filled in', async () => {
    const before = (await bergenParticipants()).length;
    const bot = await server.client.request(SUBMIT, {
      input: {
        centre: 'bergen',
        firstName: 'Bot',
        email: 'bot@example.no',
        website: 'http://spam.example',
      },
    });
    expect(bot.data?.['submitInterestForm']).toMatch(/^Takk!/);
    expect((await bergenParticipants()).length).toBe(before);
  });

  it('refuses an unknown centre and, past a few forms, further forms from the same address', async () => {
    const unknownCentre = await server.client.request(SUBMIT, {
      input: { centre: 'narvik', firstName: 'N', email: 'n@example.no' },
    });
    expect(errorCodes(unknownCentre)).toEqual(['BAD_USER_INPUT']);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      codes.push(
        ...errorCodes(
          await server.client.request(SUBMIT, {
            input: { centre: 'oslo', firstName: 'M', email: `m${i}@example.no` },
          }),
        ),
      );
    }
    expect(codes).toContain('TOO_MANY_REQUESTS');
  });
});

describe("a centre's public page", () => {
  const CENTRE = `query($slug: String!) { publicCentre(slug: $slug) { slug name municipalities contactPhone contactEmail website } }`;

  it('gives anyone the name and public contact details, and nothing of the national office', async () => {
    const admin = (await server.client.signIn('admin@bergen.demo.link')).client;
    await admin.data(
      `mutation { updateCentreProfile(input: { contactPhone: "55 30 10 10", postalAddress: "Postboks 1, 5001 Bergen" }) { id } }`,
    );
    const bergen = await server.client.request<{ publicCentre: Record<string, unknown> }>(CENTRE, {
      slug: 'bergen',
    });
    expect(errorCodes(bergen)).toEqual([]);
    expect(bergen.data?.publicCentre).toMatchObject({
      slug: 'bergen',
      name: 'LINK Bergen og omegn',
      contactPhone: '55 30 10 10',
    });
    // Only the fields above exist: no id, no address, no staff.
    expect(
      errorCodes(await server.client.request(`{ publicCentre(slug: "bergen") { id } }`)),
    ).toEqual(['BAD_USER_INPUT']);

    for (const slug of ['narvik', 'selvhjelp-norge']) {
      expect(errorCodes(await server.client.request(CENTRE, { slug }))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await server.client.request(CENTRE, { slug: 'Not a slug!' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
