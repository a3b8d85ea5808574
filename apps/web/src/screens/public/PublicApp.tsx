import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';

import { createPublicClient } from '../../graphql/public-client';
import { PublicRoutes } from './PublicRoutes';

/**
 * The centres' public pages as an app of their own: no session, no token on any request, and
 * none of the staff screens in what the browser loads.
 */

export function PublicApp() {
  const [client] = useState(createPublicClient);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <PublicRoutes />
      </BrowserRouter>
    </ApolloProvider>
  );
}
