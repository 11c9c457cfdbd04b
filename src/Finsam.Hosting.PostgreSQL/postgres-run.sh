#!/bin/sh
# Runs Debian's PostgreSQL server in the foreground for the AppHost.
# Environment: PGBIN, PGDATA, PGPORT (the port DCP chose), PG_SUPERUSER_PASSWORD.
set -eu

# As root the server runs as the postgres user (initdb and postgres refuse root).
as_postgres() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi
}

mkdir -p "$PGDATA"
if [ "$(id -u)" = 0 ] && ! setpriv --reuid=postgres --regid=postgres --init-groups -- test -x "$(dirname "$PGDATA")"; then
  echo "The postgres user cannot reach $(dirname "$PGDATA"): make that folder and its parents traversable (chmod o+x), or set FINSAM_DATA_DIR to a folder it can reach." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; fi
chmod 700 "$PGDATA"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s' "$PG_SUPERUSER_PASSWORD" > "$pwfile"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pwfile"; fi
  as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 > /dev/null
  rm -f "$pwfile"
  echo "Created a new database cluster in $PGDATA."
fi

# The password lives in the AppHost's data folder: set it on every start, in single-user
# mode, so the server and the AppHost never disagree.
echo "ALTER ROLE postgres PASSWORD '$PG_SUPERUSER_PASSWORD';" \
  | as_postgres "$PGBIN/postgres" --single -D "$PGDATA" postgres > /dev/null

# DCP stops a process with SIGTERM, which PostgreSQL takes as "smart" shutdown: wait for
# every client to leave. The services keep pooled connections, so ask for "fast" instead.
# (The server is started directly, not through as_postgres, so that $! is its own pid.)
set -- "$PGBIN/postgres" -D "$PGDATA" -p "$PGPORT" -c listen_addresses=127.0.0.1 -c unix_socket_directories=
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid=postgres --regid=postgres --init-groups -- "$@" &
else
  "$@" &
fi
server=$!
trap 'kill -INT "$server" 2>/dev/null' TERM INT
status=0
wait "$server" || status=$?
# A trapped signal ends the first wait early; the second waits for the shutdown itself.
while kill -0 "$server" 2>/dev/null; do
  status=0
  wait "$server" || status=$?
done
exit "$status"
