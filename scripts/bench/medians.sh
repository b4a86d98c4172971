#!/usr/bin/env bash
# Runs scripts/bench/compare.sh RUNS times (fresh servers and database each time) and prints the
# median actions/s, p50 and p99 of each server and the ratio of the median throughputs.
#   scripts/bench/medians.sh [GAMES] [SECONDS] [RUNS]       (defaults: 100 games, 20 s, 3 runs)
# Same environment as compare.sh (DUGOUT_BIN, ports, DATABASE_URL).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
games="${1:-100}"
seconds="${2:-20}"
runs="${3:-3}"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for run in $(seq 1 "$runs"); do
  echo "== run $run/$runs: $games games, $seconds s" >&2
  "$here/compare.sh" "$games" "$seconds" | tee /dev/stderr | grep '^{' >>"$results"
done
python3 - "$results" "$games" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
base, dugout = rows[0::2], rows[1::2]
def med(rows, key):
    return statistics.median(r[key] for r in rows)
for name, rs in (("baseline", base), ("dugout", dugout)):
    print(f"{name:8} games={sys.argv[2]} runs={len(rs)} actions/s median {med(rs, 'actions_per_second'):.1f} "
          f"(all: {', '.join(str(r['actions_per_second']) for r in rs)}) p50 {med(rs, 'p50_ms')} ms "
          f"p99 {med(rs, 'p99_ms')} ms refusals {sum(r['refusals'] for r in rs)} errors {sum(r['errors'] for r in rs)}")
b = med(base, 'actions_per_second')
print(f"ratio of medians dugout/baseline: {med(dugout, 'actions_per_second') / b:.2f}x" if b else "ratio: n/a")
PY
