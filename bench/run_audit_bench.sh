#!/usr/bin/env bash
# Builds gongkai and the auditor benchmark in Release mode and runs it: text and HTML throughput
# on one core and all cores (10,000 generated reports each), PDF time next to pdftotext (200
# copies of the real published PDFs), and the peak memory of `gongkai audit DIR --csv`.
#   bench/run_audit_bench.sh [--reports N] [--pdf-copies N]
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/bench-release
log="$build/run_audit_bench.log"
mkdir -p "$build"
if ! { cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
         -DGONGKAI_BENCH=ON &&
       cmake --build "$build" -j "$(nproc)" --target gongkai gongkai_audit_bench; } >"$log" 2>&1; then
  tail -n 40 "$log"
  echo "run_audit_bench: build failed (full log: $log)" >&2
  exit 1
fi

echo "## Machine"
echo
echo "- nproc: $(nproc)"
echo "- CPU: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo "- RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "- pdftotext: $(pdftotext -v 2>&1 | head -n 1)"
echo "- command: bench/run_audit_bench.sh $*"
echo
"$build"/bench/gongkai_audit_bench --gongkai "$build"/src/app/gongkai "$@"
