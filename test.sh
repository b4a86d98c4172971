#!/usr/bin/env bash
# Runs every test of Dugout: each script in scripts/test.d/ in name order (Rust workspace against
# SQLite and the local PostgreSQL, web unit tests, browser end-to-end tests). Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")"
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
for step in scripts/test.d/*.sh; do
  echo "==> $step"
  bash "$step"
done
echo "==> all test steps passed"
