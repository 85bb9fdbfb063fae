#!/usr/bin/env bash
# A throw-away PostgreSQL server on 127.0.0.1 for the storage contract tests.
#   scripts/pg-test-server.sh start   initdb + start; prints GONGKAI_TEST_PG_DSN=… (for eval)
#   scripts/pg-test-server.sh dsn     prints the DSN of the running server
#   scripts/pg-test-server.sh stop    stops the server and deletes its files
# Uses Debian's postgresql package (/usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run
# as root, so as root the server runs as the `postgres` user (or a `gongkai-test` user created
# here). Trust authentication, loopback only, fsync on (the durability tests mean it).
# State lives in $GONGKAI_PG_TEST_DIR (default /tmp/gongkai-pg-test-<uid>).
set -euo pipefail

state_dir="${GONGKAI_PG_TEST_DIR:-/tmp/gongkai-pg-test-$(id -u)}"
data_dir="$state_dir/data"
socket_dir="$state_dir/socket"
database=gongkai_test
db_user=gongkai

die() { echo "pg-test-server: $*" >&2; exit 1; }

find_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  done
  die "PostgreSQL server binaries not found (install the Debian package: scripts/install-deps.sh --test)"
}

# The OS user the server runs as.
server_user() {
  if [[ $(id -u) -ne 0 ]]; then
    id -un
  elif id postgres >/dev/null 2>&1; then
    echo postgres
  else
    id gongkai-test >/dev/null 2>&1 || useradd --system --no-create-home gongkai-test
    echo gongkai-test
  fi
}

as_server_user() {
  local user
  user=$(server_user)
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local port
  for port in $(seq 54329 54429); do
    if port_is_free "$port"; then
      echo "$port"
      return
    fi
  done
  die "no free TCP port in 54329..54429"
}

dsn() {
  [[ -f "$state_dir/port" ]] || die "no server started (run: $0 start)"
  echo "postgresql://$db_user@127.0.0.1:$(cat "$state_dir/port")/$database"
}

is_running() {
  [[ -f "$data_dir/postmaster.pid" ]] && as_server_user "$bin_dir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1
}

start() {
  if is_running; then
    echo "GONGKAI_TEST_PG_DSN=$(dsn)"
    return
  fi
  rm -rf "$state_dir"
  mkdir -p "$data_dir" "$socket_dir"
  chmod 700 "$data_dir"
  chown -R "$(server_user)" "$state_dir"
  as_server_user "$bin_dir/initdb" -D "$data_dir" -A trust -U "$db_user" -E UTF8 --locale=C \
    >"$state_dir/initdb.log" 2>&1 || die "initdb failed: $(tail -5 "$state_dir/initdb.log")"
  local port
  port=$(pick_port)
  echo "$port" >"$state_dir/port"
  as_server_user "$bin_dir/pg_ctl" -D "$data_dir" -l "$state_dir/server.log" -w -t 60 start \
    -o "-p $port -k $socket_dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" \
    >/dev/null || die "server did not start: $(tail -5 "$state_dir/server.log")"
  "$bin_dir/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" "$database" \
    || die "createdb failed"
  echo "GONGKAI_TEST_PG_DSN=$(dsn)"
}

stop() {
  if is_running; then
    as_server_user "$bin_dir/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null
  fi
  rm -rf "$state_dir"
}

bin_dir=$(find_bin_dir)
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  dsn) dsn ;;
  *) die "usage: $0 start|stop|dsn" ;;
esac
