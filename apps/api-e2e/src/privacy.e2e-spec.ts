import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import {
  errorCodes,
  type GraphqlClient,
  runApiCommand,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const REGISTER = `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`;

let server: TestServer;
let coordinator: GraphqlClient;
let admin: GraphqlClient;

/** A person no demo data can be confused with. */
function uniquePerson() {
  const tag = randomBytes(4).toString('hex');
  return {
    displayName: `Zelmira${tag}`,
    phone: `+47 92${String(parseInt(tag, 16) % 1_000_000).padStart(6, '0')}`,
    email: `zelmira.${tag}@example.no`,
  };
}

async function registerPerson(person = uniquePerson()) {
  const { registerInquiry } = await coordinator.data<{
    registerInquiry: { id: string; participant: { id: string } };
  }>(REGISTER, {
    input: {
      channel: 'PHONE',
      heardVia: 'NAV',
      person: { ...person, birthYear: 1975, municipality: 'Bergen' },
    },
  });
  return { person, inquiryId: registerInquiry.id, participantId: registerInquiry.participant.id };
}

/** Every row of every table, as text, read as a superuser (no row-level security). */
async function fullDataDump(): Promise<string> {
  const client = new Client({ connectionString: server.database.adminUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ dump: string | null }>(
        `SELECT string_agg(t::text, E'\\n') AS dump FROM ${name} t`,
      );
      parts.push(rows[0].dump ?? '');
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await server.client.signIn('admin@bergen.demo.link')).client;
});
afterAll(() => server?.stop());

describe('contact details', () => {
  it('are encrypted at rest: no column holds the phone number or e-mail in plain text', async () => {
    const { person, participantId } = await registerPerson();
    const owner = await server.database.connectAsOwner();
    await owner.query(`BEGIN`);
    await owner.query(
      `SELECT set_config('app.tenant_id', (SELECT id::text FROM centres WHERE slug = 'bergen'), true)`,
    );
    const { rows } = await owner.query(
      `SELECT p::text AS row, phone_ciphertext, email_ciphertext FROM participants p WHERE id = $1`,
      [participantId],
    );
    await owner.query(`COMMIT`);
    await owner.end();
    const digits = person.phone.replace(/\D/g, '').slice(2);
    expect(rows[0].row).toContain(person.displayName);
    expect(rows[0].row).not.toContain(digits);
    expect(rows[0].row.toLowerCase()).not.toContain(person.email);
    expect(rows[0].phone_ciphertext).toMatch(/^v1:dev1:/);
    expect(rows[0].email_ciphertext).toMatch(/^v1:dev1:/);
  });

  it('are decrypted for staff, and every read is audited', async () => {
    const { person, participantId } = await registerPerson();
    const { participant } = await coordinator.data<{
      participant: { contact: { phone: string; email: string } };
    }>(`query($id: ID!) { participant(id: $id) { contact { phone email } } }`, {
      id: participantId,
    });
    expect(participant.contact).toEqual({
      phone: `+${person.phone.replace(/\D/g, '')}`,
      email: person.email,
    });

    const { auditEntries } = await admin.data<{
      auditEntries: { items: { action: string; actorUserId: string; details: object }[] };
    }>(
      `query($id: ID!) { auditEntries(participantId: $id) { items { action actorUserId details } } }`,
      { id: participantId },
    );
    const actions = auditEntries.items.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['PARTICIPANT_CREATED', 'INQUIRY_REGISTERED', 'CONTACT_DETAILS_READ']),
    );
    expect(auditEntries.items.every((entry) => entry.actorUserId)).toBe(true);
    expect(JSON.stringify(auditEntries)).not.toContain(person.email);
  });

  it('find a returning person by exact match, without decrypting', async () => {
    const first = await registerPerson();
    const again = await registerPerson({ ...uniquePerson(), phone: first.person.phone });
    const { participant } = await coordinator.data<{
      participant: { possibleDuplicates: { id: string }[] };
    }>(`query($id: ID!) { participant(id: $id) { possibleDuplicates { id } } }`, {
      id: again.participantId,
    });
    expect(participant.possibleDuplicates.map((p) => p.id)).toEqual([first.participantId]);
  });
});

describe('the audit trail', () => {
  it('is for centre admins, and append-only for the runtime role', async () => {
    expect(errorCodes(await coordinator.request(`{ auditEntries { totalCount } }`))).toEqual([
      'FORBIDDEN',
    ]);
    const app = await server.database.connectAsApp();
    try {
      await expect(app.query(`UPDATE audit_entries SET action = 'x'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query(`DELETE FROM audit_entries`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});

describe('export (right of access)', () => {
  it('gives everything the centre holds about the person, decrypted, and audits it', async () => {
    const { person, participantId } = await registerPerson();
    const { participantExport } = await coordinator.data<{
      participantExport: Record<string, unknown>;
    }>(`query($id: ID!) { participantExport(id: $id) }`, { id: participantId });
    expect(participantExport['person']).toMatchObject({
      displayName: person.displayName,
      email: person.email,
      municipality: 'Bergen',
    });
    expect(participantExport['inquiries']).toHaveLength(1);
    expect(JSON.stringify(participantExport)).not.toMatch(/ciphertext|hash|tenantId/i);
    const { auditEntries } = await admin.data<{ auditEntries: { items: { action: string }[] } }>(
      `query($id: ID!) { auditEntries(participantId: $id) { items { action } } }`,
      { id: participantId },
    );
    expect(auditEntries.items.map((e) => e.action)).toContain('PARTICIPANT_EXPORTED');
  });
});

describe('erasure', () => {
  it('removes the name, phone and e-mail from the whole database, and keeps an anonymous record', async () => {
    const { person, participantId, inquiryId } = await registerPerson();
    await coordinator.data(
      `mutation($id: ID!) { recordConsent(participantId: $id, kind: KEEP_TARGET_GROUP_DATA) { active } }`,
      { id: participantId },
    );
    await coordinator.data(
      `mutation($id: ID!) { updateParticipant(input: { id: $id, targetGroups: [IN_WORK_ASSESSMENT] }) { id } }`,
      { id: participantId },
    );
    await coordinator.data(
      `mutation($id: ID!) { participant(id: $id) { contact { phone } } }`.replace(
        'mutation',
        'query',
      ),
      { id: participantId },
    );
    const digits = person.phone.replace(/\D/g, '').slice(2);
    expect(await fullDataDump()).toContain(person.displayName);

    expect(
      await coordinator.data(`mutation($id: ID!) { eraseParticipant(id: $id) }`, {
        id: participantId,
      }),
    ).toEqual({ eraseParticipant: true });

    const dump = await fullDataDump();
    expect(dump).not.toContain(person.displayName);
    expect(dump).not.toContain(digits);
    expect(dump.toLowerCase()).not.toContain(person.email);
    expect(
      errorCodes(
        await coordinator.request(`query($id: ID!) { inquiry(id: $id) { id } }`, { id: inquiryId }),
      ),
    ).toEqual(['NOT_FOUND']);

    const owner = await server.database.connectAsOwner();
    await owner.query('BEGIN');
    await owner.query(
      `SELECT set_config('app.tenant_id', (SELECT id::text FROM centres WHERE slug = 'bergen'), true)`,
    );
    const { rows } = await owner.query(
      `SELECT inquiry_month::text, age_band, municipality, channel, heard_via, target_groups, outcome
         FROM anonymous_inquiry_records ORDER BY inquiry_month DESC LIMIT 1`,
    );
    await owner.query('COMMIT');
    await owner.end();
    const month = new Date().toISOString().slice(0, 7);
    expect(rows[0]).toEqual({
      inquiry_month: `${month}-01`,
      age_band: '50–59',
      municipality: 'Bergen',
      channel: 'PHONE',
      heard_via: 'NAV',
      target_groups: ['IN_WORK_ASSESSMENT'],
      outcome: null,
    });
  });

  it('runs by the retention rule for people without activity, with an audit entry', async () => {
    const { participantId } = await registerPerson();
    const owner = await server.database.connectAsOwner();
    await owner.query('BEGIN');
    await owner.query(
      `SELECT set_config('app.tenant_id', (SELECT id::text FROM centres WHERE slug = 'bergen'), true)`,
    );
    await owner.query(
      `UPDATE participants SET last_activity_at = now() - interval '25 months' WHERE id = $1`,
      [participantId],
    );
    await owner.query('COMMIT');
    await owner.end();

    const { code, output } = await runApiCommand(server.database, 'retention');
    expect({ code, output }).toMatchObject({
      code: 0,
      output: expect.stringMatching(/"bergen":1/),
    });
    expect(
      errorCodes(
        await coordinator.request(`query($id: ID!) { participant(id: $id) { id } }`, {
          id: participantId,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    const { auditEntries } = await admin.data<{
      auditEntries: { items: { action: string; actorUserId: string | null }[] };
    }>(`query($id: ID!) { auditEntries(participantId: $id) { items { action actorUserId } } }`, {
      id: participantId,
    });
    expect(auditEntries.items[0]).toEqual({
      action: 'PARTICIPANT_ERASED_BY_RETENTION',
      actorUserId: null,
    });
  });

  it("follows the centre's own retention period", async () => {
    expect(
      await admin.data(`mutation { updateRetention(retentionMonths: 36) { retentionMonths } }`),
    ).toEqual({
      updateRetention: { retentionMonths: 36 },
    });
    expect(
      errorCodes(
        await admin.request(`mutation { updateRetention(retentionMonths: 0) { retentionMonths } }`),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await coordinator.request(
          `mutation { updateRetention(retentionMonths: 12) { retentionMonths } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('another centre', () => {
  it("gets NOT_FOUND for every participant, inquiry and audit operation on Bergen's people", async () => {
    const { participantId, inquiryId } = await registerPerson();
    const { createService } = await coordinator.data<{ createService: { id: string } }>(
      `mutation { createService(input: { name: "Bergen-tilbud", kind: OTHER }) { id } }`,
    );
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const trondheimAdmin = (await server.client.signIn('admin@trondheim.demo.link')).client;
    const { services } = await trondheim.data<{ services: { id: string }[] }>(
      `{ services { id } }`,
    );
    const ids = { p: participantId, i: inquiryId, s: createService.id, ts: services[0].id };

    const attempts: [GraphqlClient, string][] = [
      [trondheim, `query($p: ID!) { participant(id: $p) { id } }`],
      [trondheim, `query($p: ID!) { participantExport(id: $p) }`],
      [
        trondheim,
        `mutation($p: ID!) { updateParticipant(input: { id: $p, displayName: "X" }) { id } }`,
      ],
      [trondheim, `mutation($p: ID!) { recordConsent(participantId: $p, kind: KEEP_DATA) { id } }`],
      [trondheim, `mutation($p: ID!) { withdrawConsent(participantId: $p, kind: KEEP_DATA) }`],
      [trondheim, `mutation($p: ID!) { eraseParticipant(id: $p) }`],
      [
        trondheim,
        `mutation($p: ID!, $ts: ID!) { referParticipant(participantId: $p, serviceId: $ts) { id } }`,
      ],
      [
        trondheim,
        `mutation($p: ID!) { registerInquiry(input: { channel: PHONE, participantId: $p }) { id } }`,
      ],
      [trondheim, `query($i: ID!) { inquiry(id: $i) { id } }`],
      [trondheim, `query($i: ID!) { inquiryMessage(id: $i) }`],
      [
        trondheim,
        `mutation($i: ID!) { updateInquiry(input: { id: $i, outcome: NOT_NOW }) { id } }`,
      ],
      [trondheimAdmin, `query($p: ID!) { auditEntries(participantId: $p) { totalCount } }`],
    ];
    for (const [client, query] of attempts) {
      const result = await client.request(query, ids);
      expect({ query, codes: errorCodes(result) }).toEqual({ query, codes: ['NOT_FOUND'] });
    }
    // Bergen's service cannot be used from Trondheim either.
    const { registerInquiry } = await trondheim.data<{
      registerInquiry: { participant: { id: string } };
    }>(REGISTER, {
      input: { channel: 'PHONE', person: { displayName: 'Trond' } },
    });
    const refer = await trondheim.request(
      `mutation($p: ID!, $s: ID!) { referParticipant(participantId: $p, serviceId: $s) { id } }`,
      {
        p: registerInquiry.participant.id,
        s: ids.s,
      },
    );
    expect(errorCodes(refer)).toEqual(['NOT_FOUND']);

    // Lists show nothing of Bergen, and Bergen's person is untouched.
    const { participants } = await trondheim.data<{ participants: { items: { id: string }[] } }>(
      `{ participants(limit: 200) { items { id } } }`,
    );
    expect(participants.items.map((p) => p.id)).not.toContain(participantId);
    const { participant } = await coordinator.data<{ participant: { displayName: string } }>(
      `query($p: ID!) { participant(id: $p) { displayName } }`,
      {
        p: participantId,
      },
    );
    expect(participant.displayName).toMatch(/^Zelmira/);
  });
});
