#!/usr/bin/env bash
# Installs the Debian 12 packages gongkai needs, skipping those already present.
#   scripts/install-deps.sh          build + run dependencies
#   scripts/install-deps.sh --test   also what the full test run needs (PostgreSQL server,
#                                    Chromium, LibreOffice, clang for the fuzzer, Node.js)
#   scripts/install-deps.sh --bench  also the inspection benchmark's comparison tools
#                                    (bench/run_inspect_bench.sh: nginx, linkchecker)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libsqlite3-dev libpq-dev libicu-dev libgumbo-dev libpoppler-cpp-dev libzip-dev
  libpugixml-dev nlohmann-json3-dev libfmt-dev libspdlog-dev libcli11-dev libcpp-httplib-dev
  libxlsxwriter-dev libsodium-dev libssl-dev libcurl4-openssl-dev libexpected-dev libmimalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
test_pkgs=(
  postgresql clang libclang-rt-14-dev clang-format
  chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils nodejs npm faketime
)

bench_pkgs=(nginx-light linkchecker)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${test_pkgs[@]}")
elif [[ "${1:-}" == "--bench" ]]; then
  want+=("${bench_pkgs[@]}")
fi

missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# Node.js may come from elsewhere than Debian (e.g. preinstalled); do not fight it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for pkg in "${missing[@]}"; do
    [[ "$pkg" == nodejs || "$pkg" == npm ]] || filtered+=("$pkg")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]} == 0)); then
  echo "install-deps: all packages present"
  exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
