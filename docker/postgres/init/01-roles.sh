#!/usr/bin/env bash
# Creates the LINK roles (link_owner, link_app, link_reporting) and the database `link` in the official postgres
# image. The image runs the files in /docker-entrypoint-initdb.d once, on the first start with an
# empty data directory; later starts skip them, so changing the passwords in docker/.env
# afterwards does not change them in the database (see docker/README.md).
#
# The SQL lives in docker/postgres/roles.sql, the same file a DBA runs by hand on an existing
# server. It is mounted outside this folder (at /link/roles.sql) on purpose: the entrypoint runs
# every *.sql file it finds here, and roles.sql cannot run without the password variables.
#
# The entrypoint executes this file if it is executable and sources it otherwise, so it only
# uses `set -e` (which the entrypoint sets itself) and leaves no other shell options behind.
set -e

: "${LINK_OWNER_PASSWORD:?LINK_OWNER_PASSWORD is not set: it is the password of link_owner}"
: "${LINK_APP_PASSWORD:?LINK_APP_PASSWORD is not set: it is the password of link_app}"
: "${LINK_REPORTING_PASSWORD:?LINK_REPORTING_PASSWORD is not set: it is the password of link_reporting}"

# During initialisation the server listens on the Unix socket only, where the image trusts
# local connections. Connect to the `postgres` database: it always exists, whatever POSTGRES_DB says.
psql --no-psqlrc --set ON_ERROR_STOP=1 \
  --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  --set owner_password="$LINK_OWNER_PASSWORD" \
  --set app_password="$LINK_APP_PASSWORD" \
  --set reporting_password="$LINK_REPORTING_PASSWORD" \
  --set database="${LINK_DATABASE:-link}" \
  --file "${LINK_ROLES_SQL:-/link/roles.sql}"
