#!/usr/bin/env bash
# CPU per accepted action: runs `dugout serve` on a fresh SQLite file and `dugout loadgen` against
# it, then prints the loadgen's JSON and the CPU time (user + system, from /proc/PID/stat) the
# server and the load generator used per accepted action.
#   scripts/bench/cpu.sh BIN [GAMES] [SECONDS] [perf]   (defaults: 100 games, 10 s)
# With `perf`, the server is also recorded (`perf record --call-graph dwarf`) into ./perf.data.
# Environment: PORT (8181).
set -euo pipefail
bin="$1"; games="${2:-100}"; seconds="${3:-10}"; perf="${4:-}"
port="${PORT:-8181}"
work="$(mktemp -d)"
DATABASE_URL="sqlite://$work/d.db" "$bin" serve --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.1
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
server_before="$(ticks "$server")"
if [ -n "$perf" ]; then
  perf record -F 250 --call-graph dwarf,16384 -p "$server" -o perf.data >/dev/null 2>&1 &
  recorder=$!
fi
"$bin" loadgen --server dugout --url "http://127.0.0.1:$port" --games "$games" \
  --seconds "$seconds" --json >"$work/out.json" &
loadgen=$!
# The loadgen's ticks are read until it exits (its /proc entry goes with it).
loadgen_ticks=0
while kill -0 "$loadgen" 2>/dev/null; do
  loadgen_ticks="$(ticks "$loadgen" 2>/dev/null || echo "$loadgen_ticks")"
  sleep 0.2
done
wait "$loadgen"
server_after="$(ticks "$server")"
if [ -n "$perf" ]; then kill -INT "$recorder"; wait "$recorder" || true; fi
cat "$work/out.json"
python3 - "$work/out.json" "$server_before" "$server_after" "$loadgen_ticks" "$(getconf CLK_TCK)" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
hz = int(sys.argv[5])
server_ms = (int(sys.argv[3]) - int(sys.argv[2])) * 1000 / hz
loadgen_ms = int(sys.argv[4]) * 1000 / hz
actions = max(out["actions"], 1)
print(f"server cpu {server_ms:.0f} ms ({server_ms / actions * 1000:.0f} us/action), "
      f"loadgen cpu {loadgen_ms:.0f} ms ({loadgen_ms / actions * 1000:.0f} us/action incl. setup), "
      f"actions {out['actions']}")
PY
