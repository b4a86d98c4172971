#!/usr/bin/env bash
# Browser end-to-end test of the web UI against the real server (web/tests/e2e/run.mjs): builds the
# UI and `dugout`, then drives Debian's chromium through a whole first inning (scripts/test.d/50-e2e.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
(cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
cargo build -p dugout --locked
target_dir="${CARGO_TARGET_DIR:-target}"
case "$target_dir" in /*) ;; *) target_dir="$PWD/$target_dir" ;; esac
export DUGOUT_BIN="${DUGOUT_BIN:-$target_dir/debug/dugout}"
cd web && node tests/e2e/run.mjs
