#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the test suite and print its URL.
#
#   eval "$(.ci/postgres.sh)"        # installs if needed, starts, exports CNSR_TEST_POSTGRES_URL
#   .ci/postgres.sh stop "$CNSR_PG_DIR"
#
# stdout carries only `export` lines (so eval is safe); progress goes to stderr. The server runs
# as user postgres when started by root (PostgreSQL refuses root), as the caller otherwise, in a
# temporary directory, with trust auth on 127.0.0.1 only and fsync off (test data only).
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

if [[ "${1:-}" == "stop" ]]; then
  dir="${2:?usage: postgres.sh stop DIR}"
  bin="$(cat "$dir/bindir")"
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
  else
    "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
  fi
  rm -rf "$dir"
  exit 0
fi

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y postgresql >&2 || { apt-get update >&2 && apt-get install -y postgresql >&2; }
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
log "using $("$bin/postgres" --version)"

port="${CNSR_PG_PORT:-}"
if [[ -z "$port" ]]; then
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
fi
dir="$(mktemp -d /tmp/cnsr-pg.XXXXXX)"
echo "$bin" > "$dir/bindir"
chmod 755 "$dir"

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U cnsr --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U cnsr cnsr_test >&2

log "server in $dir on 127.0.0.1:$port (stop: .ci/postgres.sh stop $dir)"
echo "export CNSR_TEST_POSTGRES_URL=postgresql+psycopg://cnsr@127.0.0.1:$port/cnsr_test"
echo "export CNSR_PG_DIR=$dir"
