#!/usr/bin/env bash
# Sets up what is missing, builds the release app and serves it on http://127.0.0.1:PORT
# (PORT=8080 unless set). Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

PORT="${PORT:-8080}"
say "building and serving Sổ tay Cải cách at http://127.0.0.1:$PORT/"
exec trunk serve --release --address 127.0.0.1 --port "$PORT" --no-autoreload --disable-address-lookup
