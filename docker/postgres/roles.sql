-- LINK Platform: the three database roles and the database (docs/architecture.md, decisions 1
-- and 2).
--
--   link_owner  owns the database and the schema, and runs the migrations.
--   link_app    is what the API connects as at run time. It owns nothing, and it is not a
--               superuser and has no BYPASSRLS, so row-level security applies to it.
--   link_reporting  logs in on its own, for the national office's figures (decision 2), and may
--               only execute the national report functions: no table, no temporary object.
--               link_app is not a member of it, so nothing the API's own session does can
--               become it.
--
-- A DBA runs this once per server, as a superuser or as a user with CREATEROLE and CREATEDB
-- (for example the admin user of a managed PostgreSQL). It is safe to run again: it creates
-- only what is missing, and it sets all three passwords to the ones you give.
--
--   psql "postgres://ADMIN@HOST:5432/postgres" \
--     -v owner_password='CHANGE-ME-owner-password' \
--     -v app_password='CHANGE-ME-app-password' \
--     -v reporting_password='CHANGE-ME-reporting-password' \
--     -f docker/postgres/roles.sql
--
-- Replace the three CHANGE-ME values: use long random passwords, e.g. `openssl rand -hex 32`. Hex is
-- safe inside a postgres:// URL; base64 is not, because it can contain '/' and '+'.
-- Add `-v database=NAME` to create a database other than `link`.
--
-- Then start the API with DATABASE_URL=postgres://link_owner:<owner_password>@HOST:5432/link,
-- DATABASE_OWNER_PASSWORD=<owner_password>, DATABASE_APP_PASSWORD=<app_password> and
-- DATABASE_REPORTING_PASSWORD=<reporting_password>. When
-- the user in DATABASE_URL may not create roles, the API checks that these roles exist,
-- applies the migrations as link_owner, and serves as link_app (national figures as
-- link_reporting). The migrations grant the privileges on tables and functions themselves. In
-- production the API refuses to start while any of the three still accepts a password
-- published in the repository.
--
-- In the compose stack, docker/postgres/init/01-roles.sh runs this file on the first start.
-- The API keeps its own copy of the role definitions in
-- libs/platform/database/src/lib/database-roles.ts (used when DATABASE_URL's user may create
-- roles). Keep the two in step.

\set ON_ERROR_STOP on

-- All three passwords are required. psql does not expand variables inside DO blocks, so passwords
-- only go into plain statements below, where :'name' quotes them as SQL literals.
SELECT :{?owner_password} AND :{?app_password} AND :{?reporting_password} AS have_passwords \gset
\if :have_passwords
\else
  \echo 'roles.sql: give all three passwords: psql -v owner_password=... -v app_password=... -v reporting_password=... -f roles.sql'
  DO $$ BEGIN RAISE EXCEPTION 'psql variables owner_password, app_password and reporting_password are required'; END $$;
\endif

-- The API refuses passwords shorter than 12 characters (DATABASE_OWNER_PASSWORD,
-- DATABASE_APP_PASSWORD, DATABASE_REPORTING_PASSWORD), so refuse them here too rather than fail
-- at its first start.
SELECT length(:'owner_password') >= 12 AND length(:'app_password') >= 12
  AND length(:'reporting_password') >= 12 AS long_enough \gset
\if :long_enough
\else
  DO $$ BEGIN RAISE EXCEPTION 'owner_password, app_password and reporting_password must have at least 12 characters'; END $$;
\endif

\if :{?database}
\else
  \set database link
\endif

-- The roles. CREATE ROLE spells out every attribute. For an existing role only LOGIN and the
-- password are changed: a user that is not a superuser may not mention SUPERUSER or BYPASSRLS
-- in ALTER ROLE at all, so the attributes are checked below instead of re-applied.
SELECT format('CREATE ROLE link_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD %L',
              :'owner_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'link_owner') \gexec
SELECT format('CREATE ROLE link_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD %L',
              :'app_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'link_app') \gexec
-- link_reporting (decision 2) is granted no table: the migrations let it execute the national
-- report functions only.
SELECT format('CREATE ROLE link_reporting LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD %L',
              :'reporting_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'link_reporting') \gexec
ALTER ROLE link_owner LOGIN PASSWORD :'owner_password';
ALTER ROLE link_app LOGIN PASSWORD :'app_password';
ALTER ROLE link_reporting LOGIN PASSWORD :'reporting_password';

-- Earlier versions made link_app a member of link_reporting, to switch to it with SET ROLE,
-- which the same session could undo with RESET ROLE. National figures now log in as
-- link_reporting; take the membership back.
SELECT 'REVOKE link_reporting FROM link_app'
WHERE pg_has_role('link_app', 'link_reporting', 'MEMBER') \gexec

-- A role that was created earlier by someone else may carry powers that would defeat the
-- design: a superuser or BYPASSRLS link_app ignores row-level security. Stop and say so.
DO $$
DECLARE
  powerful text;
BEGIN
  SELECT string_agg(rolname, ' and ') INTO powerful
  FROM pg_roles
  WHERE rolname IN ('link_owner', 'link_app', 'link_reporting')
    AND (rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls OR rolreplication);
  IF powerful IS NOT NULL THEN
    RAISE EXCEPTION 'role % must not have SUPERUSER, CREATEDB, CREATEROLE, BYPASSRLS or REPLICATION', powerful
      USING HINT = 'As a superuser: ALTER ROLE <role> NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION';
  END IF;
END $$;

-- A DBA without SUPERUSER (a managed service's admin user) may only create a database owned by
-- another role if it may act as that role. Superusers may anyway, so they are left alone.
-- Granting it again only prints a notice.
SELECT 'GRANT link_owner TO ' || quote_ident(current_user)
WHERE NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) \gexec

-- CREATE DATABASE cannot run inside a DO block (it refuses to run in a transaction), hence \gexec.
SELECT format('CREATE DATABASE %I OWNER link_owner', :'database')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec

-- The owner must be link_owner even when the database already existed (for example one created
-- by POSTGRES_DB in the official image): on PostgreSQL 15 and later only the database owner may
-- create tables in its `public` schema, and the migrations run as link_owner.
SELECT format('ALTER DATABASE %I OWNER TO link_owner', :'database')
FROM pg_database
WHERE datname = :'database' AND datdba <> 'link_owner'::regrole \gexec

-- link_app and link_reporting need to connect; the migrations grant the rest. Nobody but the
-- owner may create temporary tables or views: one named like a table a report function reads
-- could stand in for it, and nothing needs one. (The API does the same on every start.)
GRANT CONNECT ON DATABASE :"database" TO link_app, link_reporting;
REVOKE TEMPORARY ON DATABASE :"database" FROM PUBLIC, link_app, link_reporting;

\echo 'roles.sql: link_owner, link_app, link_reporting and database' :database 'are ready.'
