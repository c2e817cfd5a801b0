#!/usr/bin/env bash
# A throwaway PostgreSQL server in a folder, on a free loopback port, for tests and benchmarks.
#   tools/pgtmp.sh start DIR   starts it and prints its DATABASE_URL
#   tools/pgtmp.sh stop DIR    stops it and removes DIR
set -euo pipefail
command=${1:?start or stop}
dir=${2:?a folder for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 3; }
# initdb and the server refuse to run as root: run them as the postgres user then.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $command in
start)
	rm -rf "$dir" && mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
	"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres battlemap
	echo "postgres://postgres@127.0.0.1:$port/battlemap"
	;;
stop)
	[ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$dir"
	;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
