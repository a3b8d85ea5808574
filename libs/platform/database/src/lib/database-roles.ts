/**
 * The two roles of ARCHITECTURE.md decision 1. The owner owns the schema and runs migrations;
 * the API connects as the runtime role, which owns nothing and is bound by row-level security.
 */
export const OWNER_ROLE = 'link_owner';
export const APP_ROLE = 'link_app';
/**
 * The role of decision 2: it may execute the national report functions and nothing else. It
 * cannot log in; the runtime role switches to it (`SET LOCAL ROLE`) for national figures.
 */
export const REPORTING_ROLE = 'link_reporting';

/**
 * Creates the roles when missing; otherwise only sets their password (a CREATEROLE user who is
 * not a superuser may not touch SUPERUSER/BYPASSRLS). `assertRuntimeRoleIsBound` then checks
 * the attributes. A DBA can run docker/postgres/roles.sql by hand instead.
 */
export function createRolesSql(ownerPassword: string, appPassword: string): string[] {
  return [
    roleSql(OWNER_ROLE, ownerPassword, 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS'),
    roleSql(APP_ROLE, appPassword, 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS'),
    `DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${REPORTING_ROLE}') THEN
        CREATE ROLE ${REPORTING_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    END $$`,
    `GRANT ${REPORTING_ROLE} TO ${APP_ROLE}`,
  ];
}

function roleSql(role: string, password: string, attributes: string): string {
  const quoted = password.replace(/'/g, "''");
  return `DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
      CREATE ROLE ${role} ${attributes} PASSWORD '${quoted}';
    ELSE
      ALTER ROLE ${role} LOGIN PASSWORD '${quoted}';
    END IF;
  END $$`;
}
