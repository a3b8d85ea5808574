import {
  ConfigurationError,
  DEVELOPMENT_DATABASE_PASSWORD,
  DEVELOPMENT_ENCRYPTION_KEYS,
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_LOOKUP_HASH_KEY,
  loadEnvironment,
} from './environment';
import { corsOrigins } from './cors-origins';
import { trustProxySetting } from './trust-proxy';

const strongSecrets = {
  JWT_SECRET: 'q8Zr2LxV0pW7nT4yK1mS9bD3fH6jC5aE',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  DATABASE_OWNER_PASSWORD: 'a-real-owner-password',
  DATABASE_APP_PASSWORD: 'a-real-database-password',
  DATABASE_REPORTING_PASSWORD: 'a-real-reporting-password',
  LOOKUP_HASH_KEY: Buffer.alloc(32, 8).toString('base64'),
};

function problemsOf(env: Record<string, string>): string {
  try {
    loadEnvironment(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
}

describe('configuration', () => {
  it('bounds every database wait by default, each statement within the request deadline', () => {
    expect(loadEnvironment({})).toMatchObject({
      REQUEST_TIMEOUT_MS: 30_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 10_000,
      DATABASE_LOCK_TIMEOUT_MS: 5_000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 30_000,
      DATABASE_REPORT_TIMEOUT_MS: 25_000,
      DATABASE_JOB_STATEMENT_TIMEOUT_MS: 300_000,
      DATABASE_CONNECT_TIMEOUT_MS: 5_000,
    });
    expect(problemsOf({ REQUEST_TIMEOUT_MS: '8000' })).toMatch(
      /DATABASE_STATEMENT_TIMEOUT_MS must be below REQUEST_TIMEOUT_MS \(8000\)[\s\S]*DATABASE_REPORT_TIMEOUT_MS must be below/,
    );
  });

  it('starts in development with no settings at all', () => {
    const environment = loadEnvironment({});
    expect(environment).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    });
  });

  it('refuses to start in production without its secrets, naming each one', () => {
    const message = problemsOf({ NODE_ENV: 'production' });
    expect(message).toMatch(/JWT_SECRET must be set in production/);
    expect(message).toMatch(/ENCRYPTION_KEYS must be set in production/);
    expect(message).toMatch(/DATABASE_APP_PASSWORD must be set in production/);
    expect(message).toMatch(/LOOKUP_HASH_KEY must be set in production/);
    expect(message).toMatch(/DATABASE_OWNER_PASSWORD must be set in production/);
    expect(message).toMatch(/DATABASE_REPORTING_PASSWORD must be set in production/);
  });

  it('accepts production with every secret set to a value of its own', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...strongSecrets })).toBe('');
  });

  // Each secret on its own: the others are real, this one is missing, or a published value.
  const developmentValues: [keyof typeof strongSecrets, string[]][] = [
    ['JWT_SECRET', [DEVELOPMENT_JWT_SECRET]],
    ['ENCRYPTION_KEYS', [DEVELOPMENT_ENCRYPTION_KEYS]],
    ['LOOKUP_HASH_KEY', [DEVELOPMENT_LOOKUP_HASH_KEY]],
    ['DATABASE_OWNER_PASSWORD', [DEVELOPMENT_DATABASE_PASSWORD]],
    ['DATABASE_APP_PASSWORD', [DEVELOPMENT_DATABASE_PASSWORD]],
    ['DATABASE_REPORTING_PASSWORD', [DEVELOPMENT_DATABASE_PASSWORD]],
  ];
  describe.each(developmentValues)('in production, %s', (variable, published) => {
    const without = (value?: string) => {
      const env: Record<string, string> = { NODE_ENV: 'production', ...strongSecrets };
      delete env[variable];
      if (value !== undefined) env[variable] = value;
      return env;
    };

    it('stops the start when missing, naming it', () => {
      expect(problemsOf(without())).toMatch(new RegExp(`${variable} must be set in production`));
      expect(problemsOf(without(''))).toMatch(new RegExp(`${variable} must be set in production`));
    });

    it.each(published)('stops the start when set to the published value %s', (value) => {
      expect(problemsOf(without(value))).toMatch(
        new RegExp(`${variable} must be set in production`),
      );
    });

    it('is accepted in development with its default', () => {
      const env = without();
      delete env['NODE_ENV'];
      expect(problemsOf(env)).toBe('');
    });
  });

  it('refuses the development encryption key among others in production', () => {
    expect(
      problemsOf({
        NODE_ENV: 'production',
        ...strongSecrets,
        ENCRYPTION_KEYS: `k2:${Buffer.alloc(32, 9).toString('base64')},${DEVELOPMENT_ENCRYPTION_KEYS.replace('dev1', 'old')}`,
      }),
    ).toMatch(/must not contain the development key/);
  });

  it('refuses a DATABASE_URL with a published password in production', () => {
    for (const password of [DEVELOPMENT_DATABASE_PASSWORD]) {
      expect(
        problemsOf({
          NODE_ENV: 'production',
          ...strongSecrets,
          DATABASE_URL: `postgres://link_owner:${password}@db.example:5432/link`,
        }),
      ).toMatch(/DATABASE_URL must not use a development password/);
    }
    expect(
      problemsOf({
        NODE_ENV: 'production',
        ...strongSecrets,
        DATABASE_URL: 'postgres://link_owner:0f3a9c@db.example:5432/link',
      }),
    ).toBe('');
  });

  it('refuses one password for two database roles in production', () => {
    expect(
      problemsOf({
        NODE_ENV: 'production',
        ...strongSecrets,
        DATABASE_REPORTING_PASSWORD: strongSecrets.DATABASE_APP_PASSWORD,
      }),
    ).toMatch(/DATABASE_APP_PASSWORD and DATABASE_REPORTING_PASSWORD must differ/);
  });

  it('refuses a weak JWT secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...strongSecrets, JWT_SECRET: 'short' })).toMatch(
      /too weak/,
    );
    expect(
      problemsOf({ NODE_ENV: 'production', ...strongSecrets, JWT_SECRET: 'a'.repeat(40) }),
    ).toMatch(/too weak/);
  });

  it('refuses the development keys in production and accepts real ones', () => {
    expect(
      problemsOf({
        NODE_ENV: 'production',
        ...strongSecrets,
        ENCRYPTION_KEYS: DEVELOPMENT_ENCRYPTION_KEYS,
      }),
    ).toMatch(/ENCRYPTION_KEYS/);
    expect(problemsOf({ NODE_ENV: 'production', ...strongSecrets })).toBe('');
  });

  it('refuses encryption keys that are not 32 bytes, and duplicate key ids', () => {
    expect(problemsOf({ ENCRYPTION_KEYS: 'k1:c2hvcnQ=' })).toMatch(/key "k1" must be 32 bytes/);
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(problemsOf({ ENCRYPTION_KEYS: `k1:${key},k1:${key}` })).toMatch(/unique/);
  });

  it('reports values of the wrong kind', () => {
    expect(problemsOf({ PORT: 'eighty' })).toMatch(/PORT/);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toMatch(/postgres:\/\//);
    expect(problemsOf({ NODE_ENV: 'staging' })).toMatch(/NODE_ENV/);
  });

  it('trusts no proxy by default, and the proxies TRUST_PROXY names', () => {
    expect(trustProxySetting(loadEnvironment({}).TRUST_PROXY)).toBe(false);
    expect(trustProxySetting('0')).toBe(false);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting(' 10.0.0.5, 192.168.1.0/24,fd00::/8 ,loopback')).toEqual([
      '10.0.0.5',
      '192.168.1.0/24',
      'fd00::/8',
      'loopback',
    ]);
    expect(problemsOf({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12, ::1' })).toBe('');
  });

  it('refuses a TRUST_PROXY that is not addresses, ranges or a hop count', () => {
    for (const value of ['true', '*', '10.0.0.300', '10.0.0.0/33', '0.0.0.0/0', 'proxy.local']) {
      expect(problemsOf({ TRUST_PROXY: value })).toMatch(/TRUST_PROXY/);
    }
  });

  it('allows no other web origin by default, and the origins CORS_ORIGINS names', () => {
    expect(corsOrigins(loadEnvironment({}).CORS_ORIGINS)).toEqual([]);
    expect(corsOrigins(' http://localhost:4200, https://link.example.no ')).toEqual([
      'http://localhost:4200',
      'https://link.example.no',
    ]);
    expect(problemsOf({ CORS_ORIGINS: 'http://localhost:4200,https://link.example.no' })).toBe('');
  });

  it('refuses a CORS_ORIGINS entry that is not an exact origin', () => {
    for (const value of [
      '*',
      'localhost:4200',
      'http://localhost:4200/',
      'ftp://x.no',
      'https://x.no/app',
    ]) {
      expect(problemsOf({ CORS_ORIGINS: value })).toMatch(/CORS_ORIGINS/);
    }
  });
});
