import {
  errorCodes,
  type GraphqlClient,
  type GraphqlResponse,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

let server: TestServer;
let coordinator: GraphqlClient;
let admin: GraphqlClient;

/** Every word a person reads in the first error: its message and the field messages. */
function text(response: GraphqlResponse<unknown>): string {
  const error = response.errors?.[0];
  const fields = (error?.extensions?.['fields'] as { messages: string[] }[] | undefined) ?? [];
  return [error?.message ?? '', ...fields.flatMap((f) => f.messages)].join(' ');
}

/** Our enum codes (PLANNED, SELF_RUN, WAITING, …) and English weekdays have no place there. */
const ENGLISH =
  /\b[A-Z]{3,}(?:_[A-Z]+)*\b|\b(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday)\b/;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await server.client.signIn('admin@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('messages a person reads are Norwegian', () => {
  it('names group statuses in Norwegian when a move is not allowed', async () => {
    const { createGroup } = await coordinator.data<{ createGroup: { id: string } }>(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: 'Statusgruppe',
          kind: 'CLOSED',
          format: 'PHYSICAL',
          composition: 'MIXED',
          weekday: 'WEDNESDAY',
          startTime: '18:00',
          municipality: 'Bergen',
          startDate: '2026-01-07',
        },
      },
    );
    const result = await coordinator.request(
      `mutation($id: ID!) { changeGroupStatus(input: { id: $id, status: SELF_RUN }) { id } }`,
      { id: createGroup.id },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(text(result)).toMatch(/En gruppe som er planlagt kan ikke bli selvgående\./);
    expect(text(result)).not.toMatch(ENGLISH);
  });

  it("names a participant's status and an inquiry's outcome in Norwegian", async () => {
    const { registerInquiry } = await coordinator.data<{
      registerInquiry: { id: string; participant: { id: string } };
    }>(
      `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`,
      { input: { channel: 'PHONE', person: { displayName: 'Gunn' } } },
    );
    const suggestions = await coordinator.request(
      `query($id: ID!) { groupSuggestions(participantId: $id) { score } }`,
      { id: registerInquiry.participant.id },
    );
    expect(errorCodes(suggestions)).toEqual(['BAD_USER_INPUT']);
    expect(text(suggestions)).toMatch(/Personen har status «henvendelse»/);
    expect(text(suggestions)).not.toMatch(ENGLISH);

    await coordinator.data(
      `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: NOT_NOW }) { id } }`,
      { id: registerInquiry.id },
    );
    const again = await coordinator.request(
      `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
      { id: registerInquiry.id },
    );
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(text(again)).toMatch(/«ikke nå»/);
    expect(text(again)).not.toMatch(ENGLISH);
  });

  it("answers GraphQL's own enum and type errors in Norwegian", async () => {
    const role = await admin.request(
      `mutation { inviteStaffMember(input: { email: "a@example.no", displayName: "A", role: BOSS, initialPassword: "et-langt-passord-1" }) { id } }`,
    );
    expect(errorCodes(role)).toEqual(['BAD_USER_INPUT']);
    expect(role.errors?.[0].message).toMatch(/^«BOSS» er ikke et gyldig valg her\./);
    const count = await coordinator.request(
      `mutation { recordOpenGroupMeeting(input: { groupId: "00000000-0000-4000-8000-000000000000", heldOn: "2026-01-01", headCount: 2.5 }) { id } }`,
    );
    expect(errorCodes(count)).toEqual(['BAD_USER_INPUT']);
    expect(count.errors?.[0].message).toBe('Verdien må være et heltall.');
  });

  it("translates class-validator's own messages", async () => {
    const { volunteers } = await admin.data<{ volunteers: { id: string }[] }>(
      `{ volunteers { id } }`,
    );
    const result = await admin.request(
      `mutation($input: PoliceCertificateInput!) { recordPoliceCertificate(input: $input) { id } }`,
      {
        input: {
          volunteerId: volunteers[0].id,
          kind: 'ORDINARY',
          task: 'x'.repeat(200),
          shownOn: '2026-01-01',
          validMonths: 500,
        },
      },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = result.errors?.[0].extensions?.['fields'] as { messages: string[] }[];
    expect(fields.flatMap((f) => f.messages).join(' ')).not.toMatch(/must|should|than/);
  });
});
