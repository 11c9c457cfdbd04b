#!/usr/bin/env bash
# Start-up of the built system: seconds from `dotnet run --no-build` of the AppHost until it
# prints the gateway's address (everything healthy), on a fresh data folder and on one that
# exists (PostgreSQL's cluster made already). Run from the repository root after a build.
set -euo pipefail
data=$(mktemp -d)
chmod 755 "$data"  # PostgreSQL runs as the postgres user, which must reach its folder.
trap 'rm -rf "$data"' EXIT

measure() {
  local out started pid
  out=$(mktemp)
  started=$(date +%s.%N)
  FINSAM_DATA_DIR="$data" setsid env --default-signal=INT dotnet run --project Finsam.AppHost --no-build >"$out" 2>&1 &
  pid=$!
  until grep -q "gateway http:" "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out"; return 1; }
    sleep 0.2
  done
  printf '%s: %.1f s\n' "$1" "$(echo "$(date +%s.%N) - $started" | bc)"
  kill -INT -- "-$pid"
  wait "$pid" || true
  rm -f "$out"
}

measure "fresh data folder"
measure "existing data folder"
