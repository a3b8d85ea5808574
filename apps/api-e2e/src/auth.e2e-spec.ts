import { JwtService } from '@nestjs/jwt';

import { DEVELOPMENT_JWT_SECRET } from '@link/platform/config';
import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const ME = `{ me { email activeRole activeCentre { slug } memberships { role centre { slug } } } }`;
const REFRESH = `mutation($input: RefreshTokenInput!) {
  refreshToken(input: $input) { accessToken refreshToken me { email activeCentre { slug } } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

function sign(
  claims: object,
  secret: string,
  options: { issuer: string; audience: string },
): string {
  return new JwtService({ secret }).sign(claims, options);
}

/** The payload of a JWT, unverified: the tests read their own tokens. */
function decodeClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
    string,
    unknown
  >;
}

let server: TestServer;
let anonymous: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  anonymous = server.client;
});
afterAll(() => server?.stop());

describe('login', () => {
  it('signs a staff member in to their only centre, with their role', async () => {
    const { client, me } = await anonymous.signIn('coordinator@bergen.demo.link');
    expect(me).toMatchObject({ activeRole: 'COORDINATOR', activeCentre: { slug: 'bergen' } });
    const data = await client.data<{ me: unknown }>(ME);
    expect(data.me).toEqual({
      email: 'coordinator@bergen.demo.link',
      activeRole: 'COORDINATOR',
      activeCentre: { slug: 'bergen' },
      memberships: [{ role: 'COORDINATOR', centre: { slug: 'bergen' } }],
    });
  });

  it('refuses a wrong password and an unknown user with the same message', async () => {
    const wrong = await anonymous.request(LOGIN, {
      input: { email: 'starter@oslo.demo.link', password: 'not the password' },
    });
    const unknown = await anonymous.request(LOGIN, {
      input: { email: 'nobody@oslo.demo.link', password: 'not the password' },
    });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0].message).toBe('Feil e-post eller passord.');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    const { me } = await anonymous.signIn('  Starter@Oslo.Demo.Link ');
    expect(me.activeCentre?.slug).toBe('oslo');
  });

  it('lets a volunteer in two centres choose one, and switch to the other', async () => {
    const unchosen = await anonymous.signIn('volunteer@bergen.demo.link');
    expect(unchosen.me.activeCentre).toBeNull();

    const { client } = await anonymous.signIn('volunteer@bergen.demo.link', {
      centre: 'trondheim',
    });
    const { switchCentre } = await client.data<{
      switchCentre: { accessToken: string; me: { activeCentre: { slug: string } } };
    }>(
      `mutation { switchCentre(input: { centre: "bergen" }) { accessToken me { activeCentre { slug } } } }`,
    );
    expect(switchCentre.me.activeCentre.slug).toBe('bergen');
    const after = await client
      .withToken(switchCentre.accessToken)
      .data<{ me: { activeCentre: { slug: string } } }>(ME);
    expect(after.me.activeCentre.slug).toBe('bergen');
  });

  it('refuses a centre where the user has no membership', async () => {
    const result = await anonymous.request(LOGIN, {
      input: { email: 'coordinator@bergen.demo.link', password: 'LinkDemo2026!', centre: 'oslo' },
    });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    const { client } = await anonymous.signIn('coordinator@bergen.demo.link');
    const switched = await client.request(
      `mutation { switchCentre(input: { centre: "trondheim" }) { accessToken } }`,
    );
    expect(errorCodes(switched)).toEqual(['FORBIDDEN']);
  });

  it('refuses a deactivated user, even with the right password', async () => {
    const owner = await server.database.connectAsOwner();
    await owner.query(
      `UPDATE users SET deactivated_at = now() WHERE email = 'starter@trondheim.demo.link'`,
    );
    await owner.end();
    const result = await anonymous.request(LOGIN, {
      input: { email: 'starter@trondheim.demo.link', password: 'LinkDemo2026!' },
    });
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors?.[0].message).toMatch(/deaktivert/);
  });

  it('reports invalid input as BAD_USER_INPUT with the field', async () => {
    const result = await anonymous.request(
      `mutation { switchCentre(input: { centre: "Not A Slug!" }) { accessToken } }`,
    );
    // Signed out, the guard answers first; signed in, validation names the field.
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    const { client } = await anonymous.signIn('volunteer@bergen.demo.link');
    const invalid = await client.request(
      `mutation { switchCentre(input: { centre: "Not A Slug!" }) { accessToken } }`,
    );
    expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
    expect(invalid.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'centre', messages: [expect.stringMatching(/små bokstaver/)] },
    ]);
  });
});

describe('access tokens', () => {
  it('are required: no token, a forged token and an expired token are refused', async () => {
    expect(errorCodes(await anonymous.request(ME))).toEqual(['UNAUTHENTICATED']);

    const { me } = await anonymous.signIn('coordinator@oslo.demo.link');
    const forged = sign({ sub: me.id, sid: me.id, cid: null }, 'another-secret', {
      issuer: 'link-platform',
      audience: 'link-api',
    });
    const forgedResult = await anonymous.withToken(forged).request(ME);
    expect(forgedResult.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });

    const expired = sign(
      { sub: me.id, sid: me.id, cid: me.activeCentre?.id, exp: Math.floor(Date.now() / 1000) - 60 },
      DEVELOPMENT_JWT_SECRET,
      { issuer: 'link-platform', audience: 'link-api' },
    );
    const expiredResult = await anonymous.withToken(expired).request(ME);
    expect(expiredResult.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('are refused without an expiry, even when signed with the right secret', async () => {
    const { me, accessToken } = await anonymous.signIn('coordinator@bergen.demo.link');
    const { sid } = decodeClaims(accessToken);
    const forever = sign({ sub: me.id, sid, cid: me.activeCentre?.id }, DEVELOPMENT_JWT_SECRET, {
      issuer: 'link-platform',
      audience: 'link-api',
    });
    expect(decodeClaims(forever)).not.toHaveProperty('exp');
    const result = await anonymous.withToken(forever).request(ME);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('are refused, not a server error, when a claim is not a UUID', async () => {
    const signedIn = await anonymous.signIn('coordinator@bergen.demo.link');
    // The claims of a real token; sign() adds iat, iss and aud again.
    const { iat: _iat, iss: _iss, aud: _aud, ...genuine } = decodeClaims(signedIn.accessToken);
    const exp = Math.floor(Date.now() / 1000) + 300;
    const tampered = [
      { ...genuine, exp, sid: 'not-a-uuid' },
      { ...genuine, exp, cid: 'bergen' },
      { ...genuine, exp, sub: "1' OR '1'='1" },
      { ...genuine, exp, sid: 42 },
      { ...genuine, exp, cid: ['a'] },
    ];
    for (const claims of tampered) {
      const token = sign(claims, DEVELOPMENT_JWT_SECRET, {
        issuer: 'link-platform',
        audience: 'link-api',
      });
      const result = await anonymous.withToken(token).request(ME);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_INVALID',
      });
    }
    // The genuine token still works.
    expect(errorCodes(await signedIn.client.request(ME))).toEqual([]);
  });

  it('stop working for a centre once the membership there is removed', async () => {
    const coordinator = await anonymous.signIn('coordinator@vestfold-telemark.demo.link');
    expect(errorCodes(await coordinator.client.request(ME))).toEqual([]);

    const admin = await anonymous.signIn('admin@vestfold-telemark.demo.link');
    const { staffMembers } = await admin.client.data<{
      staffMembers: { items: { id: string; email: string }[] };
    }>(`{ staffMembers { items { id email } } }`);
    const membership = staffMembers.items.find(
      (s) => s.email === 'coordinator@vestfold-telemark.demo.link',
    )!;
    await admin.client.data(`mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }`, {
      id: membership.id,
    });

    const after = await coordinator.client.request(ME);
    expect(after.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MEMBERSHIP_REVOKED',
    });
    const refreshed = await anonymous.request(REFRESH, {
      input: { refreshToken: coordinator.refreshToken },
    });
    expect(errorCodes(refreshed)).toEqual(['UNAUTHENTICATED']);

    // A deleted membership (not just deactivated) is refused the same way.
    const starter = await anonymous.signIn('starter@vestfold-telemark.demo.link');
    const owner = await server.database.connectAsOwner();
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [
      starter.me.activeCentre!.id,
    ]);
    await owner.query(
      `DELETE FROM group_starters WHERE membership_id IN (SELECT id FROM memberships WHERE user_id = $1)`,
      [starter.me.id],
    );
    await owner.query(`DELETE FROM memberships WHERE user_id = $1`, [starter.me.id]);
    await owner.query('COMMIT');
    await owner.end();
    const deleted = await starter.client.request(ME);
    expect(deleted.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MEMBERSHIP_REVOKED',
    });
  });
});

describe('refresh tokens', () => {
  it('rotate: each works once and gives a new working pair', async () => {
    const first = await anonymous.signIn('admin@oslo.demo.link');
    const { refreshToken } = await anonymous.data<{
      refreshToken: {
        accessToken: string;
        refreshToken: string;
        me: { activeCentre: { slug: string } };
      };
    }>(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(refreshToken.refreshToken).not.toBe(first.refreshToken);
    expect(refreshToken.me.activeCentre.slug).toBe('oslo');
    expect(errorCodes(await anonymous.withToken(refreshToken.accessToken).request(ME))).toEqual([]);
  });

  it('used twice, end the whole session: the new tokens stop working too', async () => {
    const signedIn = await anonymous.signIn('admin@trondheim.demo.link');
    const rotated = await anonymous.data<{
      refreshToken: { accessToken: string; refreshToken: string };
    }>(REFRESH, {
      input: { refreshToken: signedIn.refreshToken },
    });
    const replay = await anonymous.request(REFRESH, {
      input: { refreshToken: signedIn.refreshToken },
    });
    expect(replay.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REUSED',
    });

    const next = await anonymous.request(REFRESH, {
      input: { refreshToken: rotated.refreshToken.refreshToken },
    });
    expect(errorCodes(next)).toEqual(['UNAUTHENTICATED']);
    const access = await anonymous.withToken(rotated.refreshToken.accessToken).request(ME);
    expect(access.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
    });
    // Another session of the same user is not affected.
    const other = await anonymous.signIn('admin@trondheim.demo.link');
    expect(errorCodes(await other.client.request(ME))).toEqual([]);
  });

  it('refuses garbage and a tampered secret', async () => {
    const signedIn = await anonymous.signIn('admin@bergen.demo.link');
    const [id] = signedIn.refreshToken.split('.');
    for (const refreshToken of ['garbage', `${id}.tampered-secret`]) {
      const result = await anonymous.request(REFRESH, { input: { refreshToken } });
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    }
    // The genuine token still works: a failed guess does not spend it.
    await anonymous.data(REFRESH, { input: { refreshToken: signedIn.refreshToken } });
  });
});

describe('logout', () => {
  it('ends the session: its access and refresh tokens stop working', async () => {
    const signedIn = await anonymous.signIn('starter@bergen.demo.link');
    expect(await signedIn.client.data(`mutation { logout }`)).toEqual({ logout: true });
    expect((await signedIn.client.request(ME)).errors?.[0].extensions).toMatchObject({
      reason: 'SESSION_ENDED',
    });
    expect(
      errorCodes(
        await anonymous.request(REFRESH, { input: { refreshToken: signedIn.refreshToken } }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });
});
