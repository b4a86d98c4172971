#!/usr/bin/env bash
# The web UI's npm dependencies, exactly as locked.
set -euo pipefail
cd "$(dirname "$0")/../../web"
npm ci --no-audit --no-fund
