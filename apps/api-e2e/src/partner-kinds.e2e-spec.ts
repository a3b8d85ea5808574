import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const CREATE_PARTNER = `mutation($input: PartnerInput!) { createPartner(input: $input) { id name kind } }`;
const REGISTER = `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id heardVia } }`;

let server: TestServer;
let coordinator: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('the partners and channels the centres work with', () => {
  it('records libraries, crisis centres, Konfliktrådet and the county as partners', async () => {
    for (const [name, kind] of [
      ['Bergen offentlige bibliotek', 'LIBRARY'],
      ['Bergen krisesenter', 'CRISIS_CENTRE'],
      ['Konfliktrådet Vestland', 'CONFLICT_COUNCIL'],
      ['Vestland fylkeskommune', 'COUNTY'],
    ]) {
      const { createPartner } = await coordinator.data<{ createPartner: { kind: string } }>(
        CREATE_PARTNER,
        { input: { name, kind } },
      );
      expect(createPartner.kind).toBe(kind);
    }
  });

  it('records that a person heard of the centre from the police or a crisis centre, and counts it', async () => {
    for (const heardVia of ['POLICE', 'CRISIS_CENTRE']) {
      const { registerInquiry } = await coordinator.data<{ registerInquiry: { heardVia: string } }>(
        REGISTER,
        {
          input: {
            channel: 'PHONE',
            heardVia,
            receivedAt: '2021-05-03T10:00:00Z',
            person: { displayName: 'Hege' },
          },
        },
      );
      expect(registerInquiry.heardVia).toBe(heardVia);
    }
    const { centreReport } = await coordinator.data<{
      centreReport: {
        figures: {
          key: string;
          breakdowns: {
            dimension: string;
            categories: { key: string; label: string }[];
            rows: { cells: { value: number | null }[] }[];
          }[];
        }[];
      };
    }>(
      `{ centreReport(period: { from: "2021-05-01", to: "2021-05-31" }) {
          figures { key breakdowns { dimension categories { key label } rows { cells { value } } } } } }`,
    );
    const heard = centreReport.figures
      .find((f) => f.key === 'INQUIRIES_RECEIVED')!
      .breakdowns.find((b) => b.dimension === 'HEARD_VIA')!;
    const cell = (key: string) =>
      heard.rows[0].cells[heard.categories.findIndex((c) => c.key === key)].value;
    expect(heard.categories.find((c) => c.key === 'POLICE')?.label).toBe('Politiet');
    expect(cell('POLICE')).toBe(1);
    expect(cell('CRISIS_CENTRE')).toBe(1);
  });

  it('refuses a kind it does not know, in Norwegian', async () => {
    const result = await coordinator.request(CREATE_PARTNER, {
      input: { name: 'Et sted', kind: 'CHURCH' },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).not.toMatch(/does not exist/);
  });
});
