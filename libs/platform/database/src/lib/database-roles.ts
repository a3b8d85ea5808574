/**
 * The roles of docs/architecture.md, decisions 1 and 2. The owner owns the schema and runs
 * migrations; the API connects as the runtime role, which owns nothing and is bound by row-level
 * security.
 */
export const OWNER_ROLE = 'link_owner';
export const APP_ROLE = 'link_app';
/**
 * The role of decision 2: it may connect and execute the national report functions, and
 * nothing else (no table, no temporary object). National figures use a connection of their own
 * that logs in as it; the runtime role is not a member, so no query of the API can become it.
 */
export const REPORTING_ROLE = 'link_reporting';

export const DATABASE_ROLES = [OWNER_ROLE, APP_ROLE, REPORTING_ROLE] as const;

export interface RolePasswords {
  owner: string;
  app: string;
  reporting: string;
}

const ATTRIBUTES = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS';

/**
 * Creates the roles when missing; otherwise only sets their password (a CREATEROLE user who is
 * not a superuser may not touch SUPERUSER/BYPASSRLS). `assertRolesAreBound` then checks the
 * attributes. A DBA can run docker/postgres/roles.sql by hand instead.
 */
export function createRolesSql(passwords: RolePasswords): string[] {
  return [
    roleSql(OWNER_ROLE, passwords.owner),
    roleSql(APP_ROLE, passwords.app),
    roleSql(REPORTING_ROLE, passwords.reporting),
    // Earlier versions made the runtime role a member, to `SET ROLE` into it. That made the
    // wall between the roles a statement the API's session could undo with `RESET ROLE`.
    `DO $$ BEGIN
      IF EXISTS (SELECT FROM pg_auth_members
                 WHERE roleid = '${REPORTING_ROLE}'::regrole AND member = '${APP_ROLE}'::regrole) THEN
        REVOKE ${REPORTING_ROLE} FROM ${APP_ROLE};
      END IF;
    END $$`,
  ];
}

function roleSql(role: string, password: string): string {
  const quoted = password.replace(/'/g, "''");
  return `DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
      CREATE ROLE ${role} ${ATTRIBUTES} PASSWORD '${quoted}';
    ELSE
      ALTER ROLE ${role} LOGIN PASSWORD '${quoted}';
    END IF;
  END $$`;
}
