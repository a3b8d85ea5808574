import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const REGISTER = `mutation($input: RegisterInquiryInput!) {
  registerInquiry(input: $input) {
    id answerDueAt conversationDueAt answerState conversationState
    participant { id displayName status municipality ageBand }
  }
}`;
const UPDATE = `mutation($input: UpdateInquiryInput!) {
  updateInquiry(input: $input) { id answerState conversationState outcome firstAnswerAt }
}`;

interface Registered {
  registerInquiry: {
    id: string;
    answerDueAt: string;
    conversationDueAt: string;
    answerState: string;
    conversationState: string;
    participant: {
      id: string;
      displayName: string;
      status: string;
      municipality: string | null;
      ageBand: string | null;
    };
  };
}

let server: TestServer;
let coordinator: GraphqlClient;

async function register(input: Record<string, unknown>) {
  return (await coordinator.data<Registered>(REGISTER, { input })).registerInquiry;
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('from first contact to the waitlist', () => {
  it('takes a person through answer, conversation and onto the waitlist', async () => {
    const inquiry = await register({
      channel: 'PHONE',
      heardVia: 'GP',
      person: {
        displayName: 'Solveig',
        phone: '412 34 567',
        birthYear: 1980,
        municipality: 'askøy',
        preferences: {
          timesOfDay: ['EVENING'],
          weekdays: ['TUESDAY'],
          format: 'PHYSICAL',
          composition: 'MIXED',
        },
      },
    });
    expect(inquiry).toMatchObject({
      answerState: 'PENDING',
      conversationState: 'PENDING',
      participant: {
        displayName: 'Solveig',
        status: 'INQUIRY',
        municipality: 'Askøy',
        ageBand: '40–49',
      },
    });

    const now = new Date().toISOString();
    await coordinator.data(UPDATE, { input: { id: inquiry.id, firstAnswerAt: now } });
    const { updateInquiry } = await coordinator.data<{ updateInquiry: Record<string, string> }>(
      UPDATE,
      {
        input: { id: inquiry.id, conversationHeldAt: now, outcome: 'JOINED_WAITLIST' },
      },
    );
    expect(updateInquiry).toMatchObject({
      answerState: 'MET',
      conversationState: 'MET',
      outcome: 'JOINED_WAITLIST',
    });

    const { participant } = await coordinator.data<{
      participant: { status: string; waitingSince: string };
    }>(`query($id: ID!) { participant(id: $id) { status waitingSince } }`, {
      id: inquiry.participant.id,
    });
    expect(participant.status).toBe('WAITING');
    expect(participant.waitingSince).toBeTruthy();

    const { waitlist } = await coordinator.data<{ waitlist: { items: { id: string }[] } }>(
      `{ waitlist(municipality: "Askøy", timeOfDay: EVENING, weekday: TUESDAY, format: PHYSICAL) { items { id } } }`,
    );
    expect(waitlist.items.map((p) => p.id)).toContain(inquiry.participant.id);
    const { waitlist: morning } = await coordinator.data<{ waitlist: { items: { id: string }[] } }>(
      `{ waitlist(timeOfDay: MORNING) { items { id } } }`,
    );
    expect(morning.items.map((p) => p.id)).not.toContain(inquiry.participant.id);
  });

  it('refuses to close an inquiry twice', async () => {
    const inquiry = await register({ channel: 'EMAIL', person: { displayName: 'Per' } });
    await coordinator.data(UPDATE, { input: { id: inquiry.id, outcome: 'NOT_NOW' } });
    const again = await coordinator.request(UPDATE, {
      input: { id: inquiry.id, outcome: 'NO_ANSWER' },
    });
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('gives wait-time figures: count, median and longest', async () => {
    const { waitlistFigures } = await coordinator.data<{
      waitlistFigures: { waiting: number; medianDays: number; longestDays: number };
    }>(`{ waitlistFigures { waiting medianDays longestDays } }`);
    // The demo data has ten people waiting 3 to 115 days, plus Solveig since today.
    expect(waitlistFigures.waiting).toBe(11);
    expect(waitlistFigures.longestDays).toBeGreaterThanOrEqual(110);
    expect(waitlistFigures.medianDays).toBeGreaterThan(0);
    expect(waitlistFigures.medianDays).toBeLessThan(waitlistFigures.longestDays);
  });
});

describe('the 1-day / 1-week promise', () => {
  async function answeredAfter(receivedAt: string, answeredAt: string) {
    const inquiry = await register({
      channel: 'PHONE',
      receivedAt,
      person: { displayName: 'Test' },
    });
    const { updateInquiry } = await coordinator.data<{ updateInquiry: { answerState: string } }>(
      UPDATE,
      {
        input: { id: inquiry.id, firstAnswerAt: answeredAt },
      },
    );
    return { inquiry, answerState: updateInquiry.answerState };
  }

  it('is met at 23h59 and missed at 24h01 on an ordinary day', async () => {
    expect((await answeredAfter('2026-02-03T09:00:00Z', '2026-02-04T08:59:00Z')).answerState).toBe(
      'MET',
    );
    expect((await answeredAfter('2026-02-03T09:00:00Z', '2026-02-04T09:01:00Z')).answerState).toBe(
      'MISSED',
    );
  });

  it('keeps local time across the March change: 14:00 Saturday is due 14:00 Sunday (23 hours)', async () => {
    // Saturday 28 March 2026 14:00 CET = 13:00Z; Sunday 14:00 CEST = 12:00Z.
    const early = await answeredAfter('2026-03-28T13:00:00Z', '2026-03-29T11:59:00Z');
    expect(early.inquiry.answerDueAt).toBe('2026-03-29T12:00:00.000Z');
    expect(early.answerState).toBe('MET');
    expect((await answeredAfter('2026-03-28T13:00:00Z', '2026-03-29T12:01:00Z')).answerState).toBe(
      'MISSED',
    );
  });

  it('keeps local time across the October change: 14:00 Saturday is due 14:00 Sunday (25 hours)', async () => {
    // Saturday 24 October 2026 14:00 CEST = 12:00Z; Sunday 14:00 CET = 13:00Z.
    const late = await answeredAfter('2026-10-24T12:00:00Z', '2026-10-25T12:59:00Z');
    expect(late.inquiry.answerDueAt).toBe('2026-10-25T13:00:00.000Z');
    expect(late.answerState).toBe('MET');
    expect((await answeredAfter('2026-10-24T12:00:00Z', '2026-10-25T13:01:00Z')).answerState).toBe(
      'MISSED',
    );
  });

  it('gives the conversation a week in local time across a change', async () => {
    const inquiry = await register({
      channel: 'PHONE',
      receivedAt: '2026-03-26T09:00:00Z',
      person: { displayName: 'Uke' },
    });
    // Thursday 10:00 CET → Thursday 2 April 10:00 CEST = 08:00Z.
    expect(inquiry.conversationDueAt).toBe('2026-04-02T08:00:00.000Z');
    const { updateInquiry } = await coordinator.data<{
      updateInquiry: { conversationState: string };
    }>(UPDATE, {
      input: { id: inquiry.id, conversationHeldAt: '2026-04-02T08:01:00Z' },
    });
    expect(updateInquiry.conversationState).toBe('MISSED');
  });

  it('lists what is overdue and what falls due within a day, most urgent first', async () => {
    const { inquiryDeadlines } = await coordinator.data<{
      inquiryDeadlines: {
        promise: string;
        dueAt: string;
        overdue: boolean;
        inquiry: { answerState: string };
      }[];
    }>(`{ inquiryDeadlines { promise dueAt overdue inquiry { answerState conversationState } } }`);
    const dues = inquiryDeadlines.map((d) => Date.parse(d.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(inquiryDeadlines.some((d) => d.overdue)).toBe(true);
    expect(inquiryDeadlines.some((d) => !d.overdue)).toBe(true);
    const horizon = Date.now() + 24 * 3600_000 + 60_000;
    expect(dues.every((due) => due <= horizon)).toBe(true);
    expect(
      inquiryDeadlines
        .filter((d) => d.overdue && d.promise === 'ANSWER')
        .every((d) => d.inquiry.answerState === 'OVERDUE'),
    ).toBe(true);
  });
});

describe('bad input', () => {
  function fieldsOf(result: { errors?: { extensions?: Record<string, unknown> }[] }) {
    return ((result.errors?.[0].extensions?.['fields'] as { field: string }[]) ?? [])
      .map((f) => f.field)
      .sort();
  }

  it('names each field that is wrong', async () => {
    const year = new Date().getFullYear();
    const result = await coordinator.request(REGISTER, {
      input: {
        channel: 'PHONE',
        person: {
          displayName: 'X',
          email: 'not-an-email',
          phone: '12',
          birthYear: year + 1,
          preferences: { timesOfDay: ['EVENING', 'EVENING'], weekdays: ['MONDAY', 'MONDAY'] },
        },
      },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result)).toEqual([
      'person.birthYear',
      'person.email',
      'person.phone',
      'person.preferences.timesOfDay',
      'person.preferences.weekdays',
    ]);
    const messages = JSON.stringify(result.errors?.[0].extensions?.['fields']);
    expect(messages).toMatch(/fremtiden/);
    expect(messages).toMatch(/kan bare velges én gang/);
  });

  it('refuses someone under 18: the groups are for adults', async () => {
    const year = new Date().getFullYear();
    const result = await coordinator.request(REGISTER, {
      input: { channel: 'PHONE', person: { displayName: 'Ung', birthYear: year - 16 } },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result.errors)).toMatch(/minst 18 år/);
  });

  it('refuses a municipality the centre does not serve, and says which it does', async () => {
    const result = await coordinator.request(REGISTER, {
      input: { channel: 'PHONE', person: { displayName: 'Y', municipality: 'Tromsø' } },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'person.municipality', messages: [expect.stringMatching(/Bergen.*Askøy/)] },
    ]);
  });

  it('refuses a time in the future and an answer before the inquiry', async () => {
    const future = new Date(Date.now() + 86400_000).toISOString();
    expect(
      errorCodes(
        await coordinator.request(REGISTER, {
          input: { channel: 'PHONE', receivedAt: future, person: { displayName: 'Z' } },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const inquiry = await register({
      channel: 'PHONE',
      receivedAt: '2026-05-05T10:00:00Z',
      person: { displayName: 'Z' },
    });
    const before = await coordinator.request(UPDATE, {
      input: { id: inquiry.id, firstAnswerAt: '2026-05-05T09:00:00Z' },
    });
    expect(errorCodes(before)).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves nothing behind when a multi-step change fails', async () => {
    const count = async () =>
      (
        await coordinator.data<{ participants: { totalCount: number } }>(
          `{ participants { totalCount } }`,
        )
      ).participants.totalCount;
    const before = await count();
    // The person is written first; then writing the inquiry fails. The whole mutation must go.
    const owner = await server.database.connectAsOwner();
    await owner.query(`REVOKE INSERT ON inquiries FROM link_app`);
    try {
      const result = await coordinator.request(REGISTER, {
        input: { channel: 'PHONE', person: { displayName: 'Halv' } },
      });
      expect(result.errors).toHaveLength(1);
    } finally {
      await owner.query(`GRANT INSERT ON inquiries TO link_app`);
      await owner.end();
    }
    expect(await count()).toBe(before);
  });
});

describe("a person's wishes for a group", () => {
  it('clears the weekdays and times of day with an empty list; null or left out keeps them', async () => {
    const { participant } = await register({
      channel: 'PHONE',
      person: {
        displayName: 'Tomine',
        preferences: { weekdays: ['MONDAY', 'FRIDAY'], timesOfDay: ['EVENING'], format: 'EITHER' },
      },
    });
    const update = (preferences: Record<string, unknown>) =>
      coordinator.data<{
        updateParticipant: { preferences: { weekdays: string[]; timesOfDay: string[] } };
      }>(
        `mutation($input: UpdateParticipantInput!) {
          updateParticipant(input: $input) { preferences { weekdays timesOfDay } }
        }`,
        { input: { id: participant.id, preferences } },
      );

    const kept = await update({ weekdays: null, format: 'PHYSICAL' });
    expect(kept.updateParticipant.preferences).toEqual({
      weekdays: ['MONDAY', 'FRIDAY'],
      timesOfDay: ['EVENING'],
    });
    const cleared = await update({ weekdays: [], timesOfDay: [] });
    expect(cleared.updateParticipant.preferences).toEqual({ weekdays: [], timesOfDay: [] });
  });
});

describe('consent and target groups', () => {
  it('stores target groups only with consent, and withdrawing the consent erases them', async () => {
    const { participant } = await register({
      channel: 'PHONE',
      person: { displayName: 'Målfrid' },
    });
    const set = `mutation($id: ID!, $groups: [TargetGroup!]) { updateParticipant(input: { id: $id, targetGroups: $groups }) { targetGroups } }`;
    expect(
      errorCodes(
        await coordinator.request(set, { id: participant.id, groups: ['IN_WORK_ASSESSMENT'] }),
      ),
    ).toEqual(['BAD_USER_INPUT']);

    await coordinator.data(
      `mutation($id: ID!) { recordConsent(participantId: $id, kind: KEEP_TARGET_GROUP_DATA) { active } }`,
      { id: participant.id },
    );
    const { updateParticipant } = await coordinator.data<{
      updateParticipant: { targetGroups: string[] };
    }>(set, {
      id: participant.id,
      groups: ['IN_WORK_ASSESSMENT'],
    });
    expect(updateParticipant.targetGroups).toEqual(['IN_WORK_ASSESSMENT']);

    const withdrawn = await coordinator.data<{ withdrawConsent: boolean }>(
      `mutation($id: ID!) { withdrawConsent(participantId: $id, kind: KEEP_TARGET_GROUP_DATA) }`,
      { id: participant.id },
    );
    expect(withdrawn.withdrawConsent).toBe(false);
    const after = await coordinator.data<{
      participant: { targetGroups: string[]; consents: { kind: string; active: boolean }[] };
    }>(`query($id: ID!) { participant(id: $id) { targetGroups consents { kind active } } }`, {
      id: participant.id,
    });
    expect(after.participant).toEqual({
      targetGroups: [],
      consents: [{ kind: 'KEEP_TARGET_GROUP_DATA', active: false }],
    });
  });

  it('erases the whole person when the consent to keep data is withdrawn', async () => {
    const { participant } = await register({ channel: 'PHONE', person: { displayName: 'Borte' } });
    await coordinator.data(
      `mutation($id: ID!) { recordConsent(participantId: $id, kind: KEEP_DATA) { active } }`,
      { id: participant.id },
    );
    const result = await coordinator.data<{ withdrawConsent: boolean }>(
      `mutation($id: ID!) { withdrawConsent(participantId: $id, kind: KEEP_DATA) }`,
      { id: participant.id },
    );
    expect(result.withdrawConsent).toBe(true);
    expect(
      errorCodes(
        await coordinator.request(`query($id: ID!) { participant(id: $id) { id } }`, {
          id: participant.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('partners, services and referrals', () => {
  it('keeps the directories and records a referral without free text', async () => {
    const { createPartner } = await coordinator.data<{
      createPartner: { id: string; lendsRooms: boolean };
    }>(
      `mutation { createPartner(input: { name: "Bydel Årstad", kind: MUNICIPALITY, contactPerson: "Ruth", lendsRooms: true }) { id lendsRooms } }`,
    );
    expect(createPartner.lendsRooms).toBe(true);
    // Changing the contact person leaves what was not sent as it was.
    const { updatePartner } = await coordinator.data<{ updatePartner: { lendsRooms: boolean } }>(
      `mutation($id: ID!) { updatePartner(input: { id: $id, contactPerson: "Per" }) { lendsRooms } }`,
      { id: createPartner.id },
    );
    expect(updatePartner.lendsRooms).toBe(true);
    const duplicate = await coordinator.request(
      `mutation { createPartner(input: { name: "bydel årstad", kind: OTHER, lendsRooms: false }) { id } }`,
    );
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);

    const { createService } = await coordinator.data<{ createService: { id: string } }>(
      `mutation { createService(input: { name: "Senter for sorg", kind: OTHER, contact: "55 00 00 00" }) { id } }`,
    );
    const { participant } = await register({
      channel: 'PARTNER_REFERRAL',
      referringPartnerId: createPartner.id,
      person: { displayName: 'Henvist' },
    });
    await coordinator.data(
      `mutation($p: ID!, $s: ID!) { referParticipant(participantId: $p, serviceId: $s) { referredAt } }`,
      {
        p: participant.id,
        s: createService.id,
      },
    );
    const { participant: after } = await coordinator.data<{
      participant: { referrals: { service: { name: string } }[] };
    }>(`query($id: ID!) { participant(id: $id) { referrals { service { name } } } }`, {
      id: participant.id,
    });
    expect(after.referrals).toEqual([{ service: { name: 'Senter for sorg' } }]);
  });
});

describe('lists', () => {
  it("resolve each inquiry's person (batched per request) and page through", async () => {
    const first = await coordinator.data<{
      inquiries: {
        totalCount: number;
        hasMore: boolean;
        items: { participantId: string; participant: { id: string } }[];
      };
    }>(`{ inquiries(limit: 5) { totalCount hasMore items { participantId participant { id } } } }`);
    expect(first.inquiries.items).toHaveLength(5);
    expect(first.inquiries.hasMore).toBe(true);
    expect(first.inquiries.items.every((i) => i.participant.id === i.participantId)).toBe(true);
    const last = await coordinator.data<{ inquiries: { items: unknown[]; hasMore: boolean } }>(
      `query($offset: Int!) { inquiries(limit: 5, offset: $offset) { items { id } hasMore } }`,
      { offset: first.inquiries.totalCount - 2 },
    );
    expect(last.inquiries).toEqual({
      items: [expect.anything(), expect.anything()],
      hasMore: false,
    });
    expect(
      errorCodes(await coordinator.request(`{ inquiries(limit: 500) { totalCount } }`)),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('show each waiting person as the person itself does, longest-waiting first, page by page', async () => {
    const PERSON = `id displayName status birthYear ageBand gender municipality languages
      preferences { timesOfDay weekdays format composition theme genderMix ageRangeMin ageRangeMax notes }
      targetGroups waitingSince hasPhone hasEmail lastActivityAt createdAt`;
    type Person = { id: string; waitingSince: string; preferences: { timesOfDay: string[] } };
    type Waitlist = { waitlist: { totalCount: number; hasMore: boolean; items: Person[] } };
    const page = (variables: Record<string, unknown>, filter = '') =>
      coordinator.data<Waitlist>(
        `query($limit: Int!, $offset: Int!) { waitlist(limit: $limit, offset: $offset ${filter}) {
          totalCount hasMore items { ${PERSON} } } }`,
        variables,
      );
    const { waitlistFigures } = await coordinator.data<{ waitlistFigures: { waiting: number } }>(
      `{ waitlistFigures { waiting } }`,
    );
    const all = (await page({ limit: 100, offset: 0 })).waitlist;
    expect(all.totalCount).toBe(waitlistFigures.waiting);
    expect(all.items).toHaveLength(all.totalCount);
    const since = all.items.map((p) => p.waitingSince);
    expect(since).toEqual([...since].sort());
    for (const item of all.items) {
      const { participant } = await coordinator.data<{ participant: Person }>(
        `query($id: ID!) { participant(id: $id) { ${PERSON} } }`,
        { id: item.id },
      );
      expect(item).toEqual(participant);
    }

    const second = (await page({ limit: 3, offset: 3 })).waitlist;
    expect(second.items.map((p) => p.id)).toEqual(all.items.slice(3, 6).map((p) => p.id));
    expect(second).toMatchObject({ totalCount: all.totalCount, hasMore: true });
    const beyond = (await page({ limit: 3, offset: all.totalCount + 3 })).waitlist;
    expect(beyond).toEqual({ totalCount: all.totalCount, hasMore: false, items: [] });

    // Someone who named no time of day fits every time of day.
    const morning = (await page({ limit: 100, offset: 0 }, ', timeOfDay: MORNING')).waitlist;
    const fits = all.items.filter(
      (p) => p.preferences.timesOfDay.length === 0 || p.preferences.timesOfDay.includes('MORNING'),
    );
    expect(morning.items.map((p) => p.id)).toEqual(fits.map((p) => p.id));
    expect(morning.totalCount).toBe(fits.length);
    expect(fits.length).toBeLessThan(all.items.length);

    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const theirs = await trondheim.data<{ waitlist: { items: { id: string }[] } }>(
      `{ waitlist(limit: 100) { items { id } } }`,
    );
    const ours = new Set(all.items.map((p) => p.id));
    expect(theirs.waitlist.items.filter((p) => ours.has(p.id))).toEqual([]);
  });
});

describe('roles', () => {
  it('keeps starters out of intake', async () => {
    const { client: starter } = await server.client.signIn('starter@bergen.demo.link');
    for (const query of [
      `{ participants { totalCount } }`,
      `{ inquiryDeadlines { dueAt } }`,
      `{ waitlist { totalCount } }`,
    ]) {
      expect(errorCodes(await starter.request(query))).toEqual(['FORBIDDEN']);
    }
  });
});
