#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running gongkai: installs what is missing,
# builds, and serves the web application on an embedded SQLite database with a demo data set.
#   scripts/serve.sh [--port 8080] [--host 127.0.0.1]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  -DGONGKAI_BENCH=OFF >/dev/null
cmake --build build/release --target gongkai
exec build/release/src/app/gongkai serve --db gongkai-demo.db --demo "$@"
