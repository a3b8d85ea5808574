#!/usr/bin/env bash
# Starts PgBouncer in transaction mode in front of the PostgreSQL at $1 (host:port, default
# 127.0.0.1:5432), listening on 127.0.0.1:$2 (default 6432), for the test pass that proves the
# API's per-transaction centre setting is safe behind a pooler (docs/scaling.md). Debian's
# pgbouncer package; it refuses to run as root, so as root it runs as the postgres user.
# Clients are trusted (local CI only) and the server must trust 127.0.0.1 too, as the CI
# machine's PostgreSQL does. Prints the URL to put in DATABASE_POOLER_URL.
set -euo pipefail
server="${1:-127.0.0.1:5432}"
port="${2:-6432}"
dir=$(mktemp -d /tmp/link-pgbouncer-XXXXXX)
cat > "$dir/pgbouncer.ini" <<INI
[databases]
* = host=${server%:*} port=${server#*:}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${dir}/users.txt
admin_users = postgres
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 40
; node-pg sends these as start-up parameters; the API sets its timeouts per transaction anyway.
ignore_startup_parameters = extra_float_digits,options,statement_timeout,lock_timeout,idle_in_transaction_session_timeout
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
INI
# Trust still needs the users listed; these are the ones the tests and the API connect as.
printf '"%s" ""\n' postgres link_owner link_app link_reporting > "$dir/users.txt"
if [ "$(id -u)" = 0 ]; then
  chown -R postgres "$dir"
  pgbouncer -d -u postgres "$dir/pgbouncer.ini"
else
  pgbouncer -d "$dir/pgbouncer.ini"
fi
for _ in $(seq 50); do
  if psql -h 127.0.0.1 -p "$port" -U postgres -At -c 'SHOW VERSION' pgbouncer >/dev/null 2>&1; then
    echo "postgres://127.0.0.1:${port}"
    exit 0
  fi
  sleep 0.1
done
echo "PgBouncer did not start; its log ($dir/pgbouncer.log):" >&2
tail -20 "$dir/pgbouncer.log" >&2
exit 1
