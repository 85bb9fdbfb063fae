#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang and runs each for a bounded time on a seed
# corpus made from the shared seeds and reports (never committed).
#   scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shared_dir=${GONGKAI_SHARED_DIR:-$(pwd)/../shared}
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DGONGKAI_FUZZ=ON -DBUILD_TESTING=OFF -DGONGKAI_BENCH=OFF >/dev/null
targets=(fuzz_document_reader fuzz_report_extractor fuzz_fused_text)
# The inspector's page and robots.txt readers and the search query parser are smaller: a
# quarter of the time each.
small_targets=(fuzz_inspect_page fuzz_robots fuzz_search_query)
small_seconds=$((seconds / 4 > 5 ? seconds / 4 : 5))
cmake --build build/fuzz -j "$(nproc)" --target "${targets[@]}" "${small_targets[@]}"
corpus=build/fuzz/corpus-seed
rm -rf "$corpus"
fuzz/make_corpus.sh "$shared_dir" "$corpus" build/ci/variants
for target in "${targets[@]}"; do
  work=build/fuzz/corpus-$target
  mkdir -p "$work"
  echo "fuzz: $target for ${seconds}s"
  (cd build/fuzz && ./fuzz/"$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 "../../$work" "../../$corpus" 2>&1 | tail -n 8)
  # libFuzzer exits non-zero on a crash; pipefail carries it out of the subshell.
done
for target in "${small_targets[@]}"; do
  work=build/fuzz/corpus-$target
  mkdir -p "$work"
  echo "fuzz: $target for ${small_seconds}s"
  (cd build/fuzz && ./fuzz/"$target" -max_total_time="$small_seconds" -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 "../../$work" "../../$corpus" 2>&1 | tail -n 8)
done
