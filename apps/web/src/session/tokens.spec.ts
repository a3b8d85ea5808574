import { afterEach, describe, expect, it, vi } from 'vitest';

import { freshAccessToken, readTokens, signedOutNotice, storeTokens } from './tokens';

const soon = () => new Date(Date.now() + 10_000).toISOString();
const later = () => new Date(Date.now() + 15 * 60_000).toISOString();

function answer(body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status: 200 }));
}

afterEach(() => vi.unstubAllGlobals());

describe('the session', () => {
  it('uses the access token while it is good for more than a minute', async () => {
    const fetch = answer({});
    vi.stubGlobal('fetch', fetch);
    storeTokens({ accessToken: 'a1', accessTokenExpiresAt: later(), refreshToken: 'r1' });
    expect(await freshAccessToken()).toBe('a1');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renews itself before the access token runs out, once for many requests', async () => {
    const fetch = answer({
      data: {
        refreshToken: { accessToken: 'a2', accessTokenExpiresAt: later(), refreshToken: 'r2' },
      },
    });
    vi.stubGlobal('fetch', fetch);
    storeTokens({ accessToken: 'a1', accessTokenExpiresAt: soon(), refreshToken: 'r1' });
    const tokens = await Promise.all([freshAccessToken(), freshAccessToken(), freshAccessToken()]);
    expect(tokens).toEqual(['a2', 'a2', 'a2']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(
      JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)
        .variables,
    ).toEqual({
      input: { refreshToken: 'r1' },
    });
    expect(readTokens()?.refreshToken).toBe('r2');
  });

  it("signs out with the API's message when the refresh token was used twice", async () => {
    const message =
      'Innloggingen ble brukt to ganger og er avsluttet for sikkerhets skyld. Logg inn på nytt.';
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [
          { message, extensions: { code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' } },
        ],
      }),
    );
    storeTokens({ accessToken: 'a1', accessTokenExpiresAt: soon(), refreshToken: 'r1' });
    expect(await freshAccessToken()).toBeNull();
    expect(readTokens()).toBeNull();
    expect(signedOutNotice()).toBe(message);
  });

  it('keeps the session when the network is down for a moment', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    storeTokens({ accessToken: 'a1', accessTokenExpiresAt: soon(), refreshToken: 'r1' });
    expect(await freshAccessToken()).toBe('a1');
    expect(readTokens()?.refreshToken).toBe('r1');
  });
});
