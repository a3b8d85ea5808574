import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';

import type { MeQuery } from '../gql/graphql';
import {
  LoginDocument,
  LogoutDocument,
  MeDocument,
  SwitchCentreDocument,
} from '../graphql/operations';
import { texts } from '../texts';
import { clearTokens, readTokens, storeTokens, subscribe } from './tokens';

export type Me = MeQuery['me'];

interface Session {
  signedIn: boolean;
  me: Me | null;
  loading: boolean;
  error: unknown;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchCentre(slug: string): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const tokens = useSyncExternalStore(subscribe, readTokens);
  const signedIn = tokens !== null;
  const me = useQuery(MeDocument, { skip: !signedIn, fetchPolicy: 'cache-first' });
  const [login] = useMutation(LoginDocument);
  const [logout] = useMutation(LogoutDocument);
  const [switchTo] = useMutation(SwitchCentreDocument);

  // Signed out (here, in another tab, or by the API): forget everything the cache holds.
  useEffect(() => {
    if (!signedIn) void client.clearStore();
  }, [signedIn, client]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await login({ variables: { input: { email, password } } });
      if (data) {
        await client.clearStore();
        storeTokens(data.login);
      }
    },
    [login, client],
  );

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined);
    clearTokens(texts.session.signedOut);
  }, [logout]);

  const switchCentre = useCallback(
    async (slug: string) => {
      const { data } = await switchTo({ variables: { input: { centre: slug } } });
      if (data) {
        storeTokens(data.switchCentre);
        await client.resetStore();
      }
    },
    [switchTo, client],
  );

  const value = useMemo<Session>(
    () => ({
      signedIn,
      me: signedIn ? (me.data?.me ?? null) : null,
      loading: signedIn && me.loading && !me.data,
      error: signedIn ? me.error : undefined,
      signIn,
      signOut,
      switchCentre,
    }),
    [signedIn, me.data, me.loading, me.error, signIn, signOut, switchCentre],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The centres a person works in, each once, by name. */
export function centresOf(me: Me): { slug: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of me.memberships) seen.set(m.centre.slug, m.centre.name);
  return [...seen].map(([slug, name]) => ({ slug, name }));
}
