import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';

import { PublicRoutes } from './PublicRoutes';

/**
 * The centres' public pages as an app of their own: no session, no token on any request, and
 * none of the staff screens in what the browser loads.
 */
/** As session/tokens.ts has it; not imported from there, which would bring the staff operations. */
const GRAPHQL_URL = `${import.meta.env['VITE_API_URL'] ?? ''}/graphql`;

export function PublicApp() {
  const [client] = useState(
    () =>
      new ApolloClient({ link: new HttpLink({ uri: GRAPHQL_URL }), cache: new InMemoryCache() }),
  );
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <PublicRoutes />
      </BrowserRouter>
    </ApolloProvider>
  );
}
