import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const REGISTER = `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id } }`;
const INQUIRY_FIELDS = `id conversationInvitedAt conversationBookedFor conversationHeldAt
  answerState conversationState conversationHeldState`;
const UPDATE = `mutation($input: UpdateInquiryInput!) { updateInquiry(input: $input) { ${INQUIRY_FIELDS} } }`;
const REPORT = `query($from: String!, $to: String!) {
  centreReport(period: { from: $from, to: $to }) { figures { key label rows { value } } } }`;
const DEADLINES = `{ inquiryDeadlines(withinHours: 336) { promise inquiry { id } } }`;

interface Inquiry {
  id: string;
  conversationInvitedAt: string | null;
  conversationBookedFor: string | null;
  conversationHeldAt: string | null;
  answerState: string;
  conversationState: string;
  conversationHeldState: string;
}

let server: TestServer;
let coordinator: GraphqlClient;

/** A moment `hours` after the inquiries of the test month came in. */
const RECEIVED = Date.parse('2021-03-04T10:00:00Z');
const after = (hours: number) => new Date(RECEIVED + hours * 3600_000).toISOString();

async function register(name: string, receivedAt = after(0)): Promise<string> {
  const { registerInquiry } = await coordinator.data<{ registerInquiry: { id: string } }>(
    REGISTER,
    { input: { channel: 'PHONE', receivedAt, person: { displayName: name } } },
  );
  return registerInquiry.id;
}

async function update(input: Record<string, unknown>): Promise<Inquiry> {
  return (await coordinator.data<{ updateInquiry: Inquiry }>(UPDATE, { input })).updateInquiry;
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('the 1-week promise is the invitation', () => {
  let invitedInTime: Inquiry;
  let waitlistedSilently: Inquiry;
  let referred: Inquiry;

  beforeAll(async () => {
    // Invited on day 2 for a conversation on day 9: the promise is kept, the conversation late.
    const a = await register('Astrid');
    await update({ id: a, firstAnswerAt: after(2), conversationInvitedAt: after(48) });
    invitedInTime = await update({ id: a, conversationHeldAt: after(9 * 24) });
    // Put on the waitlist with nothing recorded: missed, not "not needed".
    const b = await register('Bjørn');
    waitlistedSilently = await update({ id: b, outcome: 'JOINED_WAITLIST' });
    // Answered, then referred elsewhere before the week was out: no conversation was due.
    const c = await register('Cecilie');
    await update({ id: c, firstAnswerAt: after(1) });
    referred = await update({ id: c, outcome: 'REFERRED_ELSEWHERE' });
  });

  it('states each inquiry by the invitation, and the conversation held on its own', () => {
    expect(invitedInTime).toMatchObject({
      answerState: 'MET',
      conversationState: 'MET',
      conversationHeldState: 'MISSED',
    });
    expect(waitlistedSilently).toMatchObject({
      answerState: 'MISSED',
      conversationState: 'MISSED',
      conversationHeldState: 'MISSED',
    });
    expect(referred).toMatchObject({
      answerState: 'MET',
      conversationState: 'NOT_NEEDED',
      conversationHeldState: 'NOT_NEEDED',
    });
  });

  it("counts the same in the centre's own report, with the held conversation as its own figure", async () => {
    const { centreReport } = await coordinator.data<{
      centreReport: { figures: { key: string; label: string; rows: { value: number | null }[] }[] };
    }>(REPORT, { from: '2021-03-01', to: '2021-03-31' });
    const value = (key: string) => centreReport.figures.find((f) => f.key === key)?.rows[0].value;
    expect(value('INQUIRIES_RECEIVED')).toBe(3);
    expect(value('ANSWERED_WITHIN_A_DAY')).toBe(67); // 2 of 3: the waitlisted one is missed
    expect(value('CONVERSATION_WITHIN_A_WEEK')).toBe(50); // 1 of 2 invited in time
    expect(value('CONVERSATION_HELD_WITHIN_A_WEEK')).toBe(0); // 0 of 2 held in time
    expect(centreReport.figures.find((f) => f.key === 'CONVERSATION_WITHIN_A_WEEK')?.label).toBe(
      'Invitert til individuell samtale innen en uke',
    );
  });
});

describe('booking and cancelling a conversation', () => {
  it('booking records the invitation; null cancels the booking and keeps the invitation', async () => {
    const id = await register('Dag', new Date(Date.now() - 3600_000).toISOString());
    const booked = await update({
      id,
      conversationBookedFor: new Date(Date.now() + 10 * 86400_000).toISOString(),
    });
    expect(booked.conversationBookedFor).not.toBeNull();
    expect(booked.conversationInvitedAt).not.toBeNull();
    expect(booked.conversationState).toBe('MET');

    const cancelled = await update({ id, conversationBookedFor: null });
    expect(cancelled.conversationBookedFor).toBeNull();
    expect(cancelled.conversationInvitedAt).toBe(booked.conversationInvitedAt);

    // Invited: the conversation promise no longer needs doing today.
    const { inquiryDeadlines } = await coordinator.data<{
      inquiryDeadlines: { promise: string; inquiry: { id: string } }[];
    }>(DEADLINES);
    expect(
      inquiryDeadlines.filter((d) => d.inquiry.id === id && d.promise === 'CONVERSATION'),
    ).toEqual([]);

    const cleared = await update({ id, conversationInvitedAt: null });
    expect(cleared.conversationInvitedAt).toBeNull();
  });

  it('refuses an invitation in the future or before the inquiry came in', async () => {
    const id = await register('Eva', after(0));
    const future = await coordinator.request(UPDATE, {
      input: { id, conversationInvitedAt: new Date(Date.now() + 86400_000).toISOString() },
    });
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    const before = await coordinator.request(UPDATE, {
      input: { id, conversationInvitedAt: after(-1) },
    });
    expect(errorCodes(before)).toEqual(['BAD_USER_INPUT']);
  });

  it("another centre's inquiry cannot be given an invitation: NOT_FOUND", async () => {
    const id = await register('Frida');
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const result = await trondheim.request(UPDATE, {
      input: { id, conversationInvitedAt: after(1) },
    });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});
