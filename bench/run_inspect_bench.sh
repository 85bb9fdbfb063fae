#!/usr/bin/env bash
# The inspection benchmark: `gongkai inspect` against Debian's linkchecker on the same generated
# site served by nginx on loopback, same concurrency, politeness off for both. Prints pages per
# second, peak memory and whether every broken link linkchecker finds is found too.
#   bench/run_inspect_bench.sh [PAGES] [THREADS]       (defaults 5000 and 10)
# Needs nginx-light and linkchecker (scripts/install-deps.sh --bench). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-5000}
threads=${2:-10}
work=build/inspect-bench
# The developer build (RelWithDebInfo, -O2) unless GONGKAI_BUILD names another.
build=${GONGKAI_BUILD:-build/dev}
port=18974
rm -rf "$work/site" "$work/out" && mkdir -p "$work/out"
[[ -f "$build/build.ninja" ]] ||
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j 2 --target gongkai >/dev/null
python3 bench/make_inspect_site.py "$work/site" "$pages"
site=$(realpath "$work/site")
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $(realpath "$work")/nginx.pid;
error_log $(realpath "$work")/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  # LinkChecker goes above 10 requests per second only to servers that send this header.
  server { listen 127.0.0.1:$port; root $site; add_header LinkChecker gongkai-bench; }
}
CONF
nginx -c "$(realpath "$work/nginx.conf")" &
nginx_pid=$!
trap 'kill "$nginx_pid" 2>/dev/null || true' EXIT
sleep 1
url="http://127.0.0.1:$port/"
echo "site: $pages pages (+ 20 columns, homepage), $(wc -l <"$work/site/broken.txt") broken links"

/usr/bin/time -f '%e s, %M KiB' -o "$work/gongkai.time" "$build"/src/app/gongkai inspect "$url" \
  --max-pages $((pages * 2)) --concurrency "$threads" --per-host "$threads" --interval-ms 0 \
  --json >"$work/out/gongkai.json" || true
echo "gongkai inspect: $(cat "$work/gongkai.time")"

cat >"$work/linkcheckerrc" <<CONF
[checking]
threads=$threads
maxrequestspersecond=1000000
[filtering]
checkextern=0
CONF
chmod 644 "$work/linkcheckerrc"
/usr/bin/time -f '%e s, %M KiB' -o "$work/linkchecker.time" linkchecker -f "$work/linkcheckerrc" \
  --no-robots --no-status -o csv "$url" >"$work/out/linkchecker.csv" 2>/dev/null || true
echo "linkchecker: $(cat "$work/linkchecker.time")"

python3 - "$work" <<'PY'
import csv, json, sys
work = sys.argv[1]
ours = {p["target"].split("/", 3)[3] for p in json.load(open(f"{work}/out/gongkai.json"))["problems"]
        if p["rule"].startswith("link-broken")}
theirs = set()
rows = [line for line in open(f"{work}/out/linkchecker.csv", encoding="utf-8") if not line.startswith("#")]
for row in csv.DictReader(rows, delimiter=";"):
    if row.get("valid") == "False":
        theirs.add(row["urlname"].split("/", 3)[3] if "://" in row["urlname"] else row["urlname"].lstrip("/"))
planted = {line.strip().lstrip("/") for line in open(f"{work}/site/broken.txt") if line.strip()}
print(f"broken links: planted {len(planted)}, gongkai {len(ours)}, linkchecker {len(theirs)}")
print(f"found by linkchecker but not gongkai: {sorted(theirs - ours)[:10]}")
print(f"planted but not found by gongkai: {sorted(planted - ours)[:10]}")
PY
