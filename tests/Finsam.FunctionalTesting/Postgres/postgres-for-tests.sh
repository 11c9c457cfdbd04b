#!/bin/sh
# Runs the AppHost's postgres-run.sh for one test assembly for as long as this script's
# standard input stays open. The test host closes it when its tests are done, and the
# kernel closes it when the test host dies however it dies, so no server outlives its tests.
# Environment: as postgres-run.sh (PGBIN, PGDATA, PGPORT, PG_SUPERUSER_PASSWORD).
set -u

here=$(dirname "$0")
exec 3<&0
sh "$here/postgres-run.sh" </dev/null &
server=$!

# A background job's own standard input is /dev/null, so the watch reads the copy on fd 3.
# TERM asks postgres-run.sh for PostgreSQL's fast shutdown.
{ cat <&3 >/dev/null; kill -TERM "$server" 2>/dev/null; } &
exec 3<&-

status=0
wait "$server" || status=$?
exit "$status"
