#!/usr/bin/env bash
# The full run of the metamorphic layout suite (tests/layouts): N generated reports (a third clean,
# a third with a planted requests.row_total error, a third with a planted review.total error)
# printed in every layout and read back by the auditor. Prints the per-layout table of
# docs/ACCURACY.md: cells right, cells left null, wrong numbers, false accusations (an error on a
# clean report), planted errors found.
#   bench/run_layout_bench.sh [N]   (default 2000; ctest runs 12)
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${1:-2000}
build=${GONGKAI_BUILD:-build/dev}
cmake --build "$build" -j 2 --target gongkai_layout_tests >/dev/null
echo "| layout | reports | cells right | cells null | wrong numbers | false accusations | planted errors found |"
echo "|---|---|---|---|---|---|---|"
GONGKAI_LAYOUT_REPORTS=$reports "$build"/tests/layouts/gongkai_layout_tests 2>&1 >/dev/null |
  grep '^| '
