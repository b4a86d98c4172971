#!/usr/bin/env bash
# Runs the load generator against the baseline (Python) and Dugout in the same run, on the same
# machine, with the same load, and prints both results and the throughput ratio.
#   scripts/bench/compare.sh [GAMES] [SECONDS]        (defaults: 100 games, 20 s)
# Environment: BASELINE_PORT (8090), DUGOUT_PORT (8080), DATABASE_URL for Dugout (default: a fresh
# SQLite file in a temp dir), DUGOUT_BIN (default: builds target/release/dugout).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
games="${1:-100}"
seconds="${2:-20}"
baseline_port="${BASELINE_PORT:-8090}"
dugout_port="${DUGOUT_PORT:-8080}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${DUGOUT_BIN:-}" ]; then
  (cd "$root" && cargo build --release --locked -p dugout >/dev/null)
  DUGOUT_BIN="${CARGO_TARGET_DIR:-$root/target}/release/dugout"
fi

wait_healthy() { # URL NAME
  for _ in $(seq 1 600); do
    if curl -fsS "$1/api/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  echo "$2 did not become healthy at $1" >&2
  return 1
}

"$here/baseline.sh" "$baseline_port" >"$work/baseline.log" 2>&1 &
pids+=($!)
DATABASE_URL="${DATABASE_URL:-sqlite://$work/dugout.db}" \
  "$DUGOUT_BIN" serve --bind "127.0.0.1:$dugout_port" >"$work/dugout.log" 2>&1 &
pids+=($!)
wait_healthy "http://127.0.0.1:$baseline_port" baseline
wait_healthy "http://127.0.0.1:$dugout_port" dugout

echo "== baseline: $games games, $seconds s"
base_json="$("$DUGOUT_BIN" loadgen --server baseline --url "http://127.0.0.1:$baseline_port" \
  --games "$games" --seconds "$seconds" --json)"
echo "$base_json"
echo "== dugout: $games games, $seconds s"
dugout_json="$("$DUGOUT_BIN" loadgen --server dugout --url "http://127.0.0.1:$dugout_port" \
  --games "$games" --seconds "$seconds" --json)"
echo "$dugout_json"

python3 - "$base_json" "$dugout_json" <<'PY'
import json, sys
base, dugout = (json.loads(a) for a in sys.argv[1:3])
ratio = dugout["actions_per_second"] / base["actions_per_second"] if base["actions_per_second"] else float("inf")
print(f"== ratio dugout/baseline actions/s: {ratio:.2f}x "
      f"(p99 {dugout['p99_ms']} ms vs {base['p99_ms']} ms)")
PY
