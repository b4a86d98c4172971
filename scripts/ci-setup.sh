#!/usr/bin/env bash
# Installs and starts what the tests need on a fresh machine of this kind. Idempotent.
set -euo pipefail
rustup component add rustfmt clippy >/dev/null 2>&1 || true
# PostgreSQL is started before the session on this machine kind; start it if it is down.
if command -v pg_lsclusters >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
for f in scripts/ci-setup.d/*.sh; do
  [ -e "$f" ] || continue
  echo "==> $f"
  bash "$f"
done
