import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

import { trustProxyProblems } from './trust-proxy';
import { corsOriginProblems } from './cors-origins';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * Development-only secrets. They make `npm start` work with no set-up; production refuses them
 * (see `productionProblems`), so they can never protect real people's data.
 */
export const DEVELOPMENT_JWT_SECRET = 'link-development-jwt-secret-not-for-production-use';
export const DEVELOPMENT_ENCRYPTION_KEYS = 'dev1:bGluay1kZXZlbG9wbWVudC1rZXktMzItYnl0ZXMtb2s=';
export const DEVELOPMENT_LOOKUP_HASH_KEY = 'bGluay1kZXZlbG9wbWVudC1sb29rdXAta2V5LTMyYnk=';
export const DEVELOPMENT_DATABASE_PASSWORD = 'link-development-password';
/**
 * Database passwords anyone can read in this repository. Production refuses them in its
 * configuration, and refuses to start while a database role still accepts one of them.
 */
export const PUBLIC_DATABASE_PASSWORDS: readonly string[] = [DEVELOPMENT_DATABASE_PASSWORD];

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/** Every setting the API reads, validated once at start. Names are the environment variables. */
export class Environment {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** A server the API may create roles and run migrations on; unset means embedded PostgreSQL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Password of the owner role `link_owner` when the API creates it. */
  @IsString()
  @MinLength(12)
  DATABASE_OWNER_PASSWORD = DEVELOPMENT_DATABASE_PASSWORD;

  /** Password of the runtime role `link_app` that the API connects as. */
  @IsString()
  @MinLength(12)
  DATABASE_APP_PASSWORD = DEVELOPMENT_DATABASE_PASSWORD;

  /**
   * Password of `link_reporting`, the role the national figures log in as: it may execute the
   * report functions and nothing else.
   */
  @IsString()
  @MinLength(12)
  DATABASE_REPORTING_PASSWORD = DEVELOPMENT_DATABASE_PASSWORD;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE = 10;

  /**
   * A connection pooler in transaction mode (PgBouncer) in front of DATABASE_URL's server, e.g.
   * `postgres://127.0.0.1:6432`: the runtime and reporting roles connect through its host and
   * port; migrations and role set-up still connect directly (they hold session locks). The
   * centre is set per transaction (`set_config(…, true)`), so pooled connections are safe.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^/]+/, {
    message: 'DATABASE_POOLER_URL must be a postgres:// URL with a host',
  })
  DATABASE_POOLER_URL?: string;

  /**
   * The longest a request may take, in milliseconds. When it passes, the API gives up: the
   * request's transaction is rolled back (its connection is closed, so nothing can commit it
   * later) and the client gets SERVICE_UNAVAILABLE (HTTP 503) and may try again.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  REQUEST_TIMEOUT_MS = 30_000;

  /** The longest one statement of a request may run (PostgreSQL's statement_timeout). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  DATABASE_STATEMENT_TIMEOUT_MS = 10_000;

  /** The longest a request waits for a row or table another transaction holds (lock_timeout). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  DATABASE_LOCK_TIMEOUT_MS = 5_000;

  /**
   * How long PostgreSQL keeps a transaction the API opened and then stopped talking to (a frozen
   * or crashed process) before it ends the session and rolls the transaction back.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

  /** Statement timeout of a national report, which counts every centre in its own transaction. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  DATABASE_REPORT_TIMEOUT_MS = 25_000;

  /** Statement timeout of scheduled jobs (retention, report facts), which have no client waiting. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  DATABASE_JOB_STATEMENT_TIMEOUT_MS = 300_000;

  /** The longest a request waits for a free connection from the pool. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  /**
   * Where the embedded PostgreSQL keeps its data (only used without DATABASE_URL). Unset:
   * `.data/postgres`, or for root in a private folder a directory of the `postgres` user under
   * /var/lib/link-platform (see `embeddedDataDirectory`).
   */
  @IsOptional()
  @IsString()
  EMBEDDED_DATA_DIR?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PORT = 54329;

  /** Load the demo centres and users into an empty database at start. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA?: boolean;

  @IsString()
  JWT_SECRET = DEVELOPMENT_JWT_SECRET;

  /** Lifetime of an access token, in seconds. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

  /** Lifetime of a refresh token, in seconds. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

  /** `id:base64key[,id:base64key…]`; the first key encrypts, all of them decrypt. */
  @Matches(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, {
    message: 'ENCRYPTION_KEYS must look like id:base64key[,id:base64key]',
  })
  ENCRYPTION_KEYS = DEVELOPMENT_ENCRYPTION_KEYS;

  /**
   * Base64 of 32 bytes: the key of the keyed hash that finds a phone number or e-mail by exact
   * match without decrypting. Unlike ENCRYPTION_KEYS it cannot rotate without rehashing.
   */
  @Matches(/^[A-Za-z0-9+/=]{43,44}$/, {
    message: 'LOOKUP_HASH_KEY must be 32 bytes, base64-encoded.',
  })
  LOOKUP_HASH_KEY = DEVELOPMENT_LOOKUP_HASH_KEY;

  /** Shared rate-limit state for several replicas; in memory when unset. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  /**
   * Prefix of every key the API writes to Redis, so several deployments (or test runs) can share
   * one Redis without counting each other's attempts.
   */
  @Matches(/^[A-Za-z0-9:_.-]{0,64}$/, {
    message: 'REDIS_KEY_PREFIX may hold letters, digits and : _ . - (at most 64).',
  })
  REDIS_KEY_PREFIX = 'link:';

  /**
   * The reverse proxies or load balancers in front of the API, whose X-Forwarded-For is believed:
   * a comma-separated list of addresses and CIDR ranges (or loopback, linklocal, uniquelocal), or
   * a number of proxy hops. Unset: no proxy is trusted, the client is the connection's address.
   * The per-IP limits (sign-in, interest form) count by that address.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Web origins other than the API's own that may call it from a browser (CORS), comma-separated,
   * e.g. `http://localhost:4200` for the web app's development server. Empty by default: the web
   * app that `npm start` serves is on the API's own origin and needs none.
   */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /**
   * The built web app (`index.html` and its assets) the API serves at `/`. Defaults to
   * `dist/apps/web` in the working directory; nothing is served when that folder is missing.
   */
  @IsOptional()
  @IsString()
  WEB_DIR?: string;

  /**
   * Bearer token Prometheus must send to `GET /metrics`. Unset: the endpoint is open in
   * development and answers 404 in production.
   */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters.' })
  METRICS_TOKEN?: string;

  /**
   * Password checks allowed per account within LOGIN_WINDOW_SECONDS. Each attempt spends one
   * before the password is checked; a successful sign-in gives them all back. Named for what it
   * limits in practice: failures, since the first success starts the count again.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Sign-in attempts allowed per IP address within LOGIN_WINDOW_SECONDS. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 100;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 15 * 60;

  /** Public interest forms accepted per IP address per hour. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  INTEREST_FORM_MAX_PER_IP = 10;

  /**
   * Reads of the public pages (a centre's profile, its group finder) accepted per IP address per
   * minute. A page view costs two; an office behind one address gets many people's worth.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  PUBLIC_READS_PER_IP_PER_MINUTE = 300;

  /**
   * Hours between runs of the retention rule (inactive participants and course externals) inside
   * the API; the first runs RETENTION_FIRST_RUN_AFTER_SECONDS after start, so an API restarted
   * more often than the interval still erases. 0 turns the timer off, e.g. when a cron job runs
   * `node main.js retention` instead.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  RETENTION_INTERVAL_HOURS = 24;

  /** Seconds after start before the first retention run: long enough for a start to settle. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  RETENTION_FIRST_RUN_AFTER_SECONDS = 60;

  /**
   * Minutes between refreshes of the report facts (national figures for finished months) inside
   * the API; the first runs a minute after start. 0 turns the timer off, e.g. when a cron job
   * runs `node main.js report-facts` instead. Without fresh facts national reports are counted
   * from the base tables: the same figures, only slower.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  REPORT_FACTS_INTERVAL_MINUTES = 60;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * `json` (one object a line, for machines) or `pretty` (readable lines, via pino-pretty, a
   * development dependency). Unset: pretty in development when the output is a terminal, else JSON.
   */
  @IsOptional()
  @IsIn(LOG_FORMATS)
  LOG_FORMAT?: LogFormat;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 8;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 1000;
}

export class ConfigurationError extends Error {
  constructor(problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses and validates the environment; throws one error listing every problem. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const defined = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const problems = validateSync(environment, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
  problems.push(...encryptionKeyProblems(environment.ENCRYPTION_KEYS));
  problems.push(...trustProxyProblems(environment.TRUST_PROXY));
  problems.push(...corsOriginProblems(environment.CORS_ORIGINS));
  problems.push(...timeoutProblems(environment));
  if (environment.NODE_ENV === 'production') problems.push(...productionProblems(environment));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return environment;
}

/** The database passwords production needs, by variable and the role each one is for. */
const DATABASE_PASSWORDS = [
  ['DATABASE_OWNER_PASSWORD', 'link_owner'],
  ['DATABASE_APP_PASSWORD', 'link_app'],
  ['DATABASE_REPORTING_PASSWORD', 'link_reporting'],
] as const;

/**
 * Every secret the API has a development default for must be set, to something that is not
 * published in this repository: a missing variable falls back to its development value.
 */
function productionProblems(environment: Environment): string[] {
  const problems: string[] = [];
  if (environment.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    problems.push(
      'JWT_SECRET must be set in production (a random string of at least 32 characters).',
    );
  } else if (environment.JWT_SECRET.length < 32 || new Set(environment.JWT_SECRET).size < 10) {
    problems.push('JWT_SECRET is too weak: use a random string of at least 32 characters.');
  }
  if (environment.ENCRYPTION_KEYS === DEVELOPMENT_ENCRYPTION_KEYS) {
    problems.push(
      'ENCRYPTION_KEYS must be set in production, e.g. "k1:$(openssl rand -base64 32)".',
    );
  } else if (usesDevelopmentEncryptionKey(environment.ENCRYPTION_KEYS)) {
    problems.push(
      'ENCRYPTION_KEYS must not contain the development key in production: it is public.',
    );
  }
  if (environment.LOOKUP_HASH_KEY === DEVELOPMENT_LOOKUP_HASH_KEY) {
    problems.push('LOOKUP_HASH_KEY must be set in production, e.g. "$(openssl rand -base64 32)".');
  }
  for (const [variable, role] of DATABASE_PASSWORDS) {
    if (PUBLIC_DATABASE_PASSWORDS.includes(environment[variable])) {
      problems.push(
        `${variable} must be set in production (the password of ${role}; e.g. "$(openssl rand -hex 32)").`,
      );
    }
  }
  const urlPassword = environment.DATABASE_URL ? passwordIn(environment.DATABASE_URL) : '';
  if (PUBLIC_DATABASE_PASSWORDS.includes(urlPassword)) {
    problems.push('DATABASE_URL must not use a development password in production.');
  }
  // One password for two roles would let whoever holds the weaker role's act as the other.
  const given = DATABASE_PASSWORDS.filter(
    ([variable]) => !PUBLIC_DATABASE_PASSWORDS.includes(environment[variable]),
  );
  for (const [index, [variable]] of given.entries()) {
    const same = given
      .slice(index + 1)
      .find(([other]) => environment[other] === environment[variable]);
    if (same) problems.push(`${variable} and ${same[0]} must differ in production.`);
  }
  return problems;
}

function passwordIn(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

function usesDevelopmentEncryptionKey(value: string): boolean {
  if (!/^[^,:]+:[^,:]+(,[^,:]+:[^,:]+)*$/.test(value)) return false;
  const developmentKey = parseEncryptionKeys(DEVELOPMENT_ENCRYPTION_KEYS)[0].key;
  return parseEncryptionKeys(value).some(({ key }) => key.equals(developmentKey));
}

/** A statement allowed to run past its request's deadline would be cut off by it, not by its own timeout. */
function timeoutProblems(environment: Environment): string[] {
  const request = environment.REQUEST_TIMEOUT_MS;
  return (['DATABASE_STATEMENT_TIMEOUT_MS', 'DATABASE_REPORT_TIMEOUT_MS'] as const)
    .filter((name) => Number.isInteger(environment[name]) && environment[name] >= request)
    .map((name) => `${name} must be below REQUEST_TIMEOUT_MS (${request}).`);
}

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** The keys in ENCRYPTION_KEYS, the active (encrypting) one first. */
export function parseEncryptionKeys(value: string): EncryptionKey[] {
  return value.split(',').map((entry) => {
    const [id, base64] = entry.split(':');
    return { id, key: Buffer.from(base64, 'base64') };
  });
}

function encryptionKeyProblems(value: string): string[] {
  if (!/^[^,:]+:[^,:]+(,[^,:]+:[^,:]+)*$/.test(value)) return [];
  const keys = parseEncryptionKeys(value);
  const problems = keys
    .filter(({ key }) => key.length !== 32)
    .map(({ id }) => `ENCRYPTION_KEYS: key "${id}" must be 32 bytes (AES-256), base64-encoded.`);
  if (new Set(keys.map(({ id }) => id)).size !== keys.length) {
    problems.push('ENCRYPTION_KEYS: key ids must be unique.');
  }
  return problems;
}
