import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export const GRAPHQL_URL = `${import.meta.env['VITE_API_URL'] ?? ''}/graphql`;

/**
 * A client for the pages anyone may open (a centre's public pages, answering a survey): no token
 * on any request and a cache of its own, so nothing sent from them carries anybody's identity,
 * and none of the staff session's code is loaded with them.
 */
export function createPublicClient(): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri: GRAPHQL_URL }), cache: new InMemoryCache() });
}
