import { print } from 'graphql';

import { RefreshDocument } from '../graphql/operations';
import { GRAPHQL_URL } from '../graphql/public-client';
import { texts } from '../texts';

/**
 * The signed-in session: a short-lived access token and a single-use refresh token, kept in
 * localStorage so every tab shares one session. Each refresh token works once (the API ends the
 * whole session when one is used twice), so tabs take turns refreshing under a Web Lock and
 * pick up the pair another tab already got.
 */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const KEY = 'link.session';
const NOTICE_KEY = 'link.signedOutNotice';
/** Refresh this long before the access token runs out. */
const MARGIN_MS = 60_000;

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: { raw: string | null; tokens: Tokens | null } = { raw: null, tokens: null };

export function readTokens(): Tokens | null {
  const raw = localStorage.getItem(KEY);
  if (raw !== cached.raw) {
    let tokens: Tokens | null = null;
    try {
      tokens = raw ? (JSON.parse(raw) as Tokens) : null;
    } catch {
      tokens = null;
    }
    cached = { raw, tokens };
  }
  return cached.tokens;
}

export function storeTokens(tokens: Tokens): void {
  localStorage.setItem(
    KEY,
    JSON.stringify({
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshToken: tokens.refreshToken,
    }),
  );
  sessionStorage.removeItem(NOTICE_KEY);
  notify();
}

/** Ends the session in this browser; `notice` is shown on the sign-in page. */
export function clearTokens(notice?: string): void {
  localStorage.removeItem(KEY);
  if (notice) sessionStorage.setItem(NOTICE_KEY, notice);
  notify();
}

export function signedOutNotice(): string | null {
  return sessionStorage.getItem(NOTICE_KEY);
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab signed in, refreshed or signed out.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) notify();
  });
}

function expiresSoon(tokens: Tokens): boolean {
  return new Date(tokens.accessTokenExpiresAt).getTime() - Date.now() < MARGIN_MS;
}

/** An access token that is good for at least a minute, refreshing first when needed. */
export async function freshAccessToken(): Promise<string | null> {
  const tokens = readTokens();
  if (!tokens) return null;
  if (!expiresSoon(tokens)) return tokens.accessToken;
  return refreshTokens(tokens.refreshToken);
}

let inFlight: Promise<string | null> | null = null;

/**
 * Exchanges the refresh token for a new pair, once per browser at a time. `seen` is the refresh
 * token the caller had: if another tab has replaced it meanwhile, its new pair is used instead.
 */
export function refreshTokens(seen: string): Promise<string | null> {
  inFlight ??= withLock(async () => {
    const current = readTokens();
    if (!current) return null;
    if (current.refreshToken !== seen && !expiresSoon(current)) return current.accessToken;
    return exchange(current.refreshToken);
  }).finally(() => (inFlight = null));
  return inFlight;
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('link.session.refresh', work) : work();
}

async function exchange(refreshToken: string): Promise<string | null> {
  let body: {
    data?: { refreshToken?: Tokens } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  try {
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json,application/json;q=0.9',
      },
      body: JSON.stringify({
        operationName: 'Refresh',
        query: print(RefreshDocument),
        variables: { input: { refreshToken } },
      }),
    });
    body = await response.json();
  } catch {
    // Offline for a moment: keep the session, the next request tries again.
    return readTokens()?.accessToken ?? null;
  }
  const tokens = body.data?.refreshToken;
  if (tokens) {
    storeTokens(tokens);
    return tokens.accessToken;
  }
  const error = body.errors?.[0];
  if (error?.extensions?.code === 'UNAUTHENTICATED') {
    // A reused token ends the whole session; the API says so in words staff understand.
    clearTokens(error.message || texts.session.expired);
    return null;
  }
  return readTokens()?.accessToken ?? null;
}
