#!/usr/bin/env bash
# The whole Rust workspace: unit, property, golden and integration tests (real SQLite and PostgreSQL).
set -euo pipefail
cargo test --workspace --all-targets
cargo test --workspace --doc
