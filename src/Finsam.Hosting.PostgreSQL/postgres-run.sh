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

# PostgreSQL writes every message to stderr, and the dashboard shows a resource's stderr as
# errors. So its messages are sorted by severity: ERROR, FATAL and PANIC (with the DETAIL,
# HINT, QUERY, CONTEXT and STATEMENT lines that follow one) to stderr, the rest to stdout.
# A line the server did not prefix (it could not start its logging) counts as an error.
# Both servers below write this prefix, which the patterns read: "<time> [<pid>] LEVEL:  ".
log_line_prefix='%m [%p] '
route_server_log() {
  error=1
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "	"*) ;;
      *" ["[0-9]*"] ERROR:  "*|*" ["[0-9]*"] FATAL:  "*|*" ["[0-9]*"] PANIC:  "*) error=1 ;;
      *" ["[0-9]*"] DETAIL:  "*|*" ["[0-9]*"] HINT:  "*|*" ["[0-9]*"] QUERY:  "*|*" ["[0-9]*"] CONTEXT:  "*|*" ["[0-9]*"] STATEMENT:  "*|*" ["[0-9]*"] LOCATION:  "*) ;;
      *" ["[0-9]*"] "[A-Z]*":  "*) error=0 ;;
      *) error=1 ;;
    esac
    if [ "$error" = 1 ]; then printf '%s\n' "$line" >&2; else printf '%s\n' "$line"; fi
  done
}

# The password lives in the AppHost's data folder: set it on every start, in single-user
# mode, so the server and the AppHost never disagree.
single_user_log=$(mktemp)
if ! echo "ALTER ROLE postgres PASSWORD '$PG_SUPERUSER_PASSWORD';" \
  | as_postgres "$PGBIN/postgres" --single -D "$PGDATA" -c "log_line_prefix=$log_line_prefix" postgres > /dev/null 2> "$single_user_log"; then
  cat "$single_user_log" >&2
  rm -f "$single_user_log"
  exit 1
fi
route_server_log < "$single_user_log"
rm -f "$single_user_log"

log_pipe_dir=$(mktemp -d)
log_pipe="$log_pipe_dir/server-log"
mkfifo "$log_pipe"
# The reader outlives a stop signal: it ends when the server closes its end.
( trap '' TERM INT; route_server_log ) < "$log_pipe" &
router=$!

# DCP stops a process with SIGTERM, which PostgreSQL takes as "smart" shutdown: wait for
# every client to leave. The services keep pooled connections, so ask for "fast" instead.
# (The server is started directly, not through as_postgres, so that $! is its own pid.)
set -- "$PGBIN/postgres" -D "$PGDATA" -p "$PGPORT" -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
  -c log_destination=stderr -c logging_collector=off -c "log_line_prefix=$log_line_prefix"
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid=postgres --regid=postgres --init-groups -- "$@" 2> "$log_pipe" &
else
  "$@" 2> "$log_pipe" &
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
wait "$router" 2>/dev/null || true
rm -rf "$log_pipe_dir"
exit "$status"
