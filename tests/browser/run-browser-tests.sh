#!/usr/bin/env bash
# ctest entry of the browser tests: runs `node --test` over web.test.mjs with the gongkai binary
# and a screenshot folder. Exits 77 (ctest: skipped) with a message when the dependencies are
# missing; `scripts/test.sh` installs them (npm ci here, Chromium and fonts-noto-cjk via apt).
#   run-browser-tests.sh <gongkai binary> <screenshot dir>
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/playwright-core ]]; then
  echo "browser tests skipped: node_modules is missing (run 'npm ci' in tests/browser)"
  exit 77
fi
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  echo "browser tests skipped: no Chromium at $chromium (apt-get install chromium)"
  exit 77
fi
export GONGKAI_BIN=$1 GONGKAI_SCREENSHOT_DIR=$2 CHROMIUM_PATH=$chromium
exec node --test --test-concurrency=1 web.test.mjs
