import { startTestServer } from '@link/shared/testing';

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
