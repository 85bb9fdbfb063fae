#!/usr/bin/env bash
# Enforces the module dependency direction (docs/ARCHITECTURE.md) on #include lines:
#   core <- domain <- {audit, store, report, search} <- {web, cli} <- app; audit <- inspect <- {cli, app}
# and keeps third-party headers out of other modules' headers.
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A allowed=(
  [core]="core"
  [domain]="core domain"
  [audit]="core domain audit"
  [inspect]="core domain audit inspect"
  [store]="core domain store"
  [report]="core domain report"
  [search]="core domain search"
  [web]="core domain report search web"
  [cli]="core domain audit inspect report search cli"
  [app]="core domain audit inspect store report search web cli app"
)
status=0
for module in "${!allowed[@]}"; do
  [[ -d src/$module ]] || continue
  while IFS= read -r line; do
    file=${line%%:*}
    inc=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$line")
    # Tests (and their fixtures) may also use the shared fakes in tests/testing/.
    if [[ $inc == testing && $(basename "$file") == *test* ]]; then
      continue
    fi
    if [[ " ${allowed[$module]} " != *" $inc "* ]]; then
      echo "check-deps: $file includes $inc/ (module $module may include: ${allowed[$module]})"
      status=1
    fi
  done < <(grep -rHE '^#include "[a-z_]+/' "src/$module" || true)
done
# Third-party headers only in .cc files (the owning module's implementation).
if grep -rnE '^#include <(sqlite3|libpq-fe|httplib|xlsxwriter|gumbo|zip|pugixml|curl|poppler|CLI|nlohmann|spdlog|unicode)' \
    --include='*.h' src/; then
  echo "check-deps: third-party headers above must move into .cc files"
  status=1
fi
exit $status
