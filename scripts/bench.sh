#!/usr/bin/env bash
# Sets up what is missing, builds the release app, and runs the benchmark: generated offices of
# 500, 5,000 and 20,000 tasks in headless Chromium and Firefox. Prints one table (figure, value,
# budget, pass/fail) and exits non-zero if a budget is missed. `--smoke`: 500 tasks only, and
# budgets reported but not enforced (what the test command runs). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

trunk build --release
cargo run --locked --quiet -p sotay-e2e --bin bench -- "$@"
