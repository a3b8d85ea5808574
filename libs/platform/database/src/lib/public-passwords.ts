import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

import { Client } from 'pg';

import { PUBLIC_DATABASE_PASSWORDS } from '@link/platform/config';

import { DATABASE_ROLES } from './database-roles';
import { DatabaseSetupError } from './database-setup-error';

/** Which variable holds the password of each role, for the message that says what to do. */
type DatabaseRole = (typeof DATABASE_ROLES)[number];
const PASSWORD_VARIABLES: Record<DatabaseRole, string> = {
  link_owner: 'DATABASE_OWNER_PASSWORD',
  link_app: 'DATABASE_APP_PASSWORD',
  link_reporting: 'DATABASE_REPORTING_PASSWORD',
};

/**
 * Production refuses to start while one of our roles still accepts a password published in
 * this repository: roles created earlier with the development password keep it when the URL's
 * user may not set passwords, and anyone who reaches the server could sign in as link_owner.
 *
 * A superuser reads the roles' password verifiers and checks the published passwords against
 * them, whatever pg_hba.conf says. Any other user tries to log in with them over the URL's host,
 * as an attacker would; when a made-up password logs in too, the server does not ask for
 * passwords from here and the check cannot tell, which it says.
 */
export async function refusePublicPasswords(
  admin: Client,
  adminUrl: string,
  log: (message: string) => void = () => undefined,
): Promise<void> {
  const { rows } = await admin.query<{ super: boolean }>(
    `SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user`,
  );
  const accepting: DatabaseRole[] = [];
  for (const role of DATABASE_ROLES) {
    const accepts = rows[0].super
      ? await verifierAcceptsPublicPassword(admin, role)
      : await loginAcceptsPublicPassword(adminUrl, role, log);
    if (accepts) accepting.push(role);
  }
  if (accepting.length === 0) return;
  const statements = accepting.map(
    (role) => `ALTER ROLE ${role} PASSWORD '<${PASSWORD_VARIABLES[role]}>';`,
  );
  throw new DatabaseSetupError(
    `The database role${accepting.length > 1 ? 's' : ''} ${accepting.join(', ')} still ` +
      `accept${accepting.length > 1 ? '' : 's'} a development password published in this ` +
      `repository, so anyone who reaches the database server can log in as ${accepting[0]}. ` +
      `As a superuser or a user with CREATEROLE, run: ${statements.join(' ')} ` +
      `(or start once with a DATABASE_URL whose user may create roles: it sets the passwords ` +
      `from the environment).`,
  );
}

async function verifierAcceptsPublicPassword(admin: Client, role: string): Promise<boolean> {
  const { rows } = await admin.query<{ verifier: string | null }>(
    `SELECT rolpassword AS verifier FROM pg_authid WHERE rolname = $1`,
    [role],
  );
  const verifier = rows[0]?.verifier;
  if (!verifier) return false;
  return PUBLIC_DATABASE_PASSWORDS.some((password) => verifierMatches(verifier, role, password));
}

/**
 * Whether `password` is the one behind a stored verifier: SCRAM-SHA-256 (RFC 5802, PostgreSQL's
 * default) or the older md5. The published passwords are ASCII, so SASLprep leaves them as is.
 */
export function verifierMatches(verifier: string, role: string, password: string): boolean {
  const scram = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(verifier);
  if (scram) {
    const [, iterations, salt, storedKey] = scram;
    const salted = pbkdf2Sync(
      password,
      Buffer.from(salt, 'base64'),
      Number(iterations),
      32,
      'sha256',
    );
    const clientKey = createHmac('sha256', salted).update('Client Key').digest();
    const computed = createHash('sha256').update(clientKey).digest();
    const stored = Buffer.from(storedKey, 'base64');
    return stored.length === computed.length && timingSafeEqual(stored, computed);
  }
  if (verifier.startsWith('md5')) {
    return (
      verifier ===
      `md5${createHash('md5')
        .update(password + role)
        .digest('hex')}`
    );
  }
  return verifier === password;
}

async function loginAcceptsPublicPassword(
  adminUrl: string,
  role: string,
  log: (message: string) => void,
): Promise<boolean> {
  for (const password of PUBLIC_DATABASE_PASSWORDS) {
    if (!(await logsIn(adminUrl, role, password))) continue;
    if (await logsIn(adminUrl, role, randomBytes(24).toString('hex'))) {
      log(
        `Could not check whether ${role} still accepts a development password: the database ` +
          `server lets ${role} log in from here without checking passwords.`,
      );
      return false;
    }
    return true;
  }
  return false;
}

/** Authentication failed: a wrong password, or no pg_hba.conf line lets the role in. */
const REFUSED = new Set(['28P01', '28000']);
/** Authenticated, then stopped: no CONNECT on the database, or no such database. */
const AUTHENTICATED = new Set(['42501', '3D000']);

async function logsIn(adminUrl: string, role: string, password: string): Promise<boolean> {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = encodeURIComponent(password);
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (REFUSED.has(code)) return false;
    if (AUTHENTICATED.has(code)) return true;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
