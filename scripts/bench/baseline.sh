#!/usr/bin/env bash
# Starts the baseline server (the Python stack Dugout replaces, ../shared/baseline) on 127.0.0.1.
#   scripts/bench/baseline.sh [PORT]     (default 8090; runs in the foreground, Ctrl-C stops it)
# Its virtualenv is created on first use in scripts/bench/.venv (gitignored) from the pinned
# requirements. BASELINE_DIR overrides where the baseline lives.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
baseline="${BASELINE_DIR:-$root/../shared/baseline}"
port="${1:-8090}"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ] || [ ! -f "$venv/.installed" ] \
   || [ "$baseline/requirements.txt" -nt "$venv/.installed" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet -r "$baseline/requirements.txt"
  touch "$venv/.installed"
fi
cd "$baseline"
exec "$venv/bin/python" server.py --port "$port"
