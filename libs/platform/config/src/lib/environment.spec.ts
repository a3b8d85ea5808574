import {
  ConfigurationError,
  DEVELOPMENT_ENCRYPTION_KEYS,
  DEVELOPMENT_JWT_SECRET,
  loadEnvironment,
} from './environment';

const strongSecrets = {
  JWT_SECRET: 'q8Zr2LxV0pW7nT4yK1mS9bD3fH6jC5aE',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  DATABASE_APP_PASSWORD: 'a-real-database-password',
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
});
