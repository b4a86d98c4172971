#!/usr/bin/env bash
# Web UI: type check, lint, unit tests (Vitest) and the production build into web/dist.
set -euo pipefail
cd "$(dirname "$0")/../../web"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run typecheck
npm run lint
npm test
npm run build
