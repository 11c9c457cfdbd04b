#!/bin/sh
# Runs Debian's PostgreSQL server in the foreground for the AppHost.
# env: PGBIN, PGDATA, PGPORT (the target port DCP chose), PG_SUPERUSER_PASSWORD.
set -eu
as_postgres() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi
}
mkdir -p "$PGDATA"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; chmod 700 "$PGDATA"; fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp); printf '%s' "$PG_SUPERUSER_PASSWORD" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
  as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8
  rm -f "$pwfile"
fi
# The password is a parameter of the AppHost: set it on every start (single-user mode).
echo "ALTER ROLE postgres PASSWORD '$PG_SUPERUSER_PASSWORD';" | as_postgres "$PGBIN/postgres" --single -D "$PGDATA" postgres > /dev/null
exec_as=""
[ "$(id -u)" = 0 ] && exec_as="setpriv --reuid=postgres --regid=postgres --init-groups --"
exec $exec_as "$PGBIN/postgres" -D "$PGDATA" -p "$PGPORT" -c listen_addresses=127.0.0.1 -c unix_socket_directories=
