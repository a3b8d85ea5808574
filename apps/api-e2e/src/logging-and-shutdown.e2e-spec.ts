import { randomBytes } from 'node:crypto';

import { DEVELOPMENT_ENCRYPTION_KEYS, DEVELOPMENT_LOOKUP_HASH_KEY } from '@link/platform/config';
import { PersonalDataCipher } from '@link/platform/crypto';
import { errorCodes, startTestServer, type TestServer } from '@link/shared/testing';

describe('logs and shutdown', () => {
  it('log each request as JSON with a request id, and never a password, token or e-mail', async () => {
    const server = await startTestServer({ LOG_LEVEL: 'info' });
    let stopped = false;
    try {
      const secret = 'a-password-that-must-not-be-logged';
      await server.client.request(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: 'coordinator@bergen.demo.link', password: secret } },
        { 'x-request-id': 'test-request-0001' },
      );
      const { accessToken, refreshToken } = await server.client.signIn(
        'coordinator@bergen.demo.link',
      );
      await server.client.withToken(accessToken).request(`{ me { email } }`);

      const exitCode = await server.stop();
      stopped = true;
      expect(exitCode).toBe(0);

      const output = server.output();
      const requests = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { req?: { id: string; path: string } })
        .filter((line) => line.req?.path === '/graphql');
      expect(requests.length).toBeGreaterThanOrEqual(3);
      expect(requests.map((line) => line.req?.id)).toContain('test-request-0001');
      for (const needle of [
        secret,
        'LinkDemo2026!',
        accessToken,
        refreshToken,
        'coordinator@bergen.demo.link',
      ]) {
        expect(output).not.toContain(needle);
      }
      expect(output).toMatch(/SIGTERM: shutting down/);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});

/** Settings a production start accepts: secrets of its own (the demo data's key is public). */
function productionSecrets(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `prod1:${randomBytes(32).toString('base64')}`,
    LOOKUP_HASH_KEY: randomBytes(32).toString('base64'),
  };
}

const SUBMIT = `mutation($input: InterestFormInput!) { submitInterestForm(input: $input) }`;

/**
 * A guard the code knows nothing about, as an unexpected database failure: it refuses every new
 * participant and, like PostgreSQL's own messages ("Key (email)=(kari@x.no) already exists"),
 * repeats the values it was given in its message and DETAIL.
 */
async function refuseNewParticipants(server: TestServer): Promise<void> {
  const owner = await server.database.connectAsOwner();
  try {
    await owner.query(`
      CREATE FUNCTION test_refuse_participant() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION USING
          ERRCODE = 'P0001',
          MESSAGE = format('refused participant %s', NEW.display_name),
          DETAIL = format('Key (display_name, phone_ciphertext, phone_hash, email_ciphertext, email_hash)=(%s, %s, %s, %s, %s)',
            NEW.display_name, NEW.phone_ciphertext, NEW.phone_hash, NEW.email_ciphertext, NEW.email_hash),
          HINT = format('hint %s', NEW.email_hash),
          TABLE = 'participants',
          CONSTRAINT = 'test_participant_guard';
      END $$;
      CREATE TRIGGER test_refuse_participant BEFORE INSERT ON participants
        FOR EACH ROW EXECUTE FUNCTION test_refuse_participant();`);
  } finally {
    await owner.end();
  }
}

const LOG_MODES: [string, Record<string, string>][] = [
  ['development', { NODE_ENV: 'development' }],
  ['production', productionSecrets()],
];

describe.each(LOG_MODES)('an unexpected database error in %s', (_mode, settings) => {
  it("logs its SQLSTATE and the statement's shape, never the values sent", async () => {
    const server = await startTestServer({ LOG_LEVEL: 'info', ...settings });
    try {
      await refuseNewParticipants(server);
      const sent = {
        centre: 'bergen',
        firstName: 'Sigrunnlogg',
        phone: '913 57 246',
        email: 'sigrunn.logg@eksempel.no',
        message: 'Jeg trenger noen å snakke med om kvelden',
      };
      const result = await server.client.request(SUBMIT, { input: sent });
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      // A NUL byte either is refused as input or fails in PostgreSQL: the log stays clean either way.
      const nul = await server.client.request(SUBMIT, {
        input: { ...sent, firstName: 'Sigrunn\u0000logg' },
      });
      expect(nul.errors).toHaveLength(1);

      const cipher = new PersonalDataCipher(
        settings['ENCRYPTION_KEYS'] ?? DEVELOPMENT_ENCRYPTION_KEYS,
        settings['LOOKUP_HASH_KEY'] ?? DEVELOPMENT_LOOKUP_HASH_KEY,
      );
      const output = server.output();
      for (const needle of [
        sent.firstName,
        'Sigrunn',
        sent.phone,
        '+4791357246',
        '91357246',
        sent.email,
        sent.message,
        cipher.lookupHash('phone', '+4791357246'),
        cipher.lookupHash('email', sent.email),
      ]) {
        expect(output).not.toContain(needle);
      }
      // Nothing shaped like a ciphertext (v1:<key id>:<iv>:…), whichever key made it.
      expect(output).not.toMatch(/v1:[A-Za-z0-9_-]+:[A-Za-z0-9+/]{16}:/);

      const errors = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { err?: Record<string, unknown> })
        .flatMap((line) => (line.err ? [line.err] : []));
      const logged = errors.find((err) => err['code'] === 'P0001');
      expect(logged).toMatchObject({
        code: 'P0001',
        table: 'participants',
        constraint: 'test_participant_guard',
        query: expect.stringMatching(/^INSERT INTO "participants"/),
      });
      expect(logged).not.toHaveProperty('parameters');
      expect(logged).not.toHaveProperty('detail');
    } finally {
      await server.stop();
    }
  });
});
