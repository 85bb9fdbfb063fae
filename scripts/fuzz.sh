#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DGONGKAI_FUZZ=ON -DBUILD_TESTING=OFF -DGONGKAI_BENCH=OFF >/dev/null
mapfile -t targets < <(sed -nE 's/.*gongkai_fuzz_target\(([a-z_]+).*/\1/p' fuzz/CMakeLists.txt)
cmake --build build/fuzz -j "$(nproc)" --target "${targets[@]}"
for target in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  echo "fuzz: $target for ${seconds}s"
  build/fuzz/fuzz/"$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 "$corpus" fuzz/seeds/"$target" 2>&1 | tail -n 12
done
