#!/usr/bin/env bash
# Runs Dugout on this machine: embedded SQLite database (./dugout.db) and the embedded sample league.
# Builds the web UI first when npm is available, then the server in release mode.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f web/package.json ] && command -v npm >/dev/null 2>&1; then
  (cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
fi
exec cargo run --release -p dugout -- serve "$@"
