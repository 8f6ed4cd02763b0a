#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster for the test suite.
#
#   scripts/pg_test_server.sh start DIR   init a cluster in DIR (an empty or missing directory),
#                                         start it on a free loopback port (55432 upward, or
#                                         $PG_TEST_PORT) and print its URL on stdout
#   scripts/pg_test_server.sh stop DIR    stop it (safe to call twice or when start failed)
#
# Data is disposable: fsync, synchronous_commit and full_page_writes are off, auth is trust on
# 127.0.0.1 only. PostgreSQL refuses to run as root, so as root the cluster belongs to the
# `postgres` system user (created when missing). The server binaries are looked up in
# /usr/lib/postgresql/*/bin (Debian) or on PATH; install them first (.ci/run does).
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
db_name=${PG_TEST_DB:-workflows_test}

pg_bindir() {
    local initdb
    initdb=$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n $initdb ]]; then
        dirname "$initdb"
    elif command -v initdb >/dev/null; then
        dirname "$(command -v initdb)"
    else
        echo "PostgreSQL server binaries (initdb) not found" >&2
        return 1
    fi
}

# Run a command as the cluster's owner: postgres when we are root, ourselves otherwise.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port=${PG_TEST_PORT:-55432}
    local last=$((port + 100))
    while ((port <= last)); do
        if python3 - "$port" <<'EOF' 2>/dev/null; then
import socket, sys
with socket.socket() as s:
    s.bind(("127.0.0.1", int(sys.argv[1])))
EOF
            echo "$port"
            return 0
        fi
        port=$((port + 1))
    done
    echo "no free port in ${PG_TEST_PORT:-55432}..$last" >&2
    return 1
}

start() {
    local bin port
    bin=$(pg_bindir)
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "\
        -c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
        -c max_connections=200" >/dev/null || { cat "$dir/server.log" >&2; return 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db_name"
    echo "$port" >"$dir/port"
    echo "postgresql://postgres@127.0.0.1:$port/$db_name"
}

stop() {
    [[ -f $dir/data/postmaster.pid ]] || return 0
    local bin
    bin=$(pg_bindir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || true
}

case $action in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
