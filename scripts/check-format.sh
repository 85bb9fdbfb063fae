#!/usr/bin/env bash
# Fails when a C++ file in src/, tests/, bench/ or fuzz/ is not clang-format clean.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files 'src/*.h' 'src/*.cc' 'tests/*.h' 'tests/*.cc' 'bench/*.cc' 'bench/*.h' 'fuzz/*.cc')
if ((${#files[@]} == 0)); then
  exit 0
fi
clang-format --dry-run -Werror "${files[@]}"
echo "check-format: ${#files[@]} files clean"
