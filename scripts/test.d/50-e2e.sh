#!/usr/bin/env bash
# Browser end-to-end test: the real `dugout serve` driven through Debian's chromium (scripts/e2e.sh).
set -euo pipefail
exec bash "$(dirname "$0")/../e2e.sh"
