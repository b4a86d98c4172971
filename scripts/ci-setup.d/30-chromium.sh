#!/usr/bin/env bash
# Debian's chromium for the web end-to-end tests (playwright-core drives it; no downloaded browser).
set -euo pipefail
command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends chromium)
