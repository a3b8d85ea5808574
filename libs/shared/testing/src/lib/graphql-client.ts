import { DEMO_PASSWORD } from '@link/platform/demo-data';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/** A small GraphQL-over-HTTP client for tests: what a browser or curl would send. */
export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  withToken(token: string): GraphqlClient {
    return new GraphqlClient(this.baseUrl, token);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, ...body };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** Signs in and returns a client carrying the access token, plus the tokens themselves. */
  async signIn(email: string, options: { centre?: string; password?: string } = {}) {
    const { login } = await this.data<{ login: SignedIn }>(LOGIN, {
      input: { email, password: options.password ?? DEMO_PASSWORD, centre: options.centre },
    });
    return { client: this.withToken(login.accessToken), ...login };
  }
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  me: { id: string; activeRole: string | null; activeCentre: { id: string; slug: string } | null };
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken refreshToken
    me { id activeRole activeCentre { id slug } }
  }
}`;

/** The error codes of a response, in order, for compact assertions. */
export function errorCodes(response: GraphqlResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
