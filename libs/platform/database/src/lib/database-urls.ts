import { APP_ROLE, OWNER_ROLE, REPORTING_ROLE, type RolePasswords } from './database-roles';

/** The four ways the platform talks to one database. */
export interface DatabaseUrls {
  /** The URL the operator gave: may create roles and databases (or is the owner itself). */
  admin: string;
  /** The owner role on the application database: migrations and seeding. */
  owner: string;
  /** The runtime role on the application database: everything the API does. */
  app: string;
  /** The reporting role on the application database: the national report functions only. */
  reporting: string;
}

export function databaseUrls(
  adminUrl: string,
  passwords: RolePasswords,
  database = databaseName(adminUrl),
): DatabaseUrls {
  return {
    admin: adminUrl,
    owner: withCredentials(adminUrl, OWNER_ROLE, passwords.owner, database),
    app: withCredentials(adminUrl, APP_ROLE, passwords.app, database),
    reporting: withCredentials(adminUrl, REPORTING_ROLE, passwords.reporting, database),
  };
}

/** The same role and database, reached at the pooler's host and port. */
export function throughPooler(url: string, poolerUrl: string): string {
  const parsed = new URL(url);
  const pooler = new URL(poolerUrl);
  parsed.hostname = pooler.hostname;
  parsed.port = pooler.port;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function withCredentials(url: string, user: string, password: string, database: string): string {
  const parsed = new URL(withDatabase(url, database));
  parsed.username = user;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
