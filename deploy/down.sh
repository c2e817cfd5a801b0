#!/usr/bin/env bash
# Stop what deploy/up.sh started (as root, or as whoever ran it; with the same BATTLEMAP_RUN_DIR),
# and wait until it has stopped, so that the ports are free for the next start.
RUN=${BATTLEMAP_RUN_DIR:-/var/lib/battlemap}
pids=()
for name in caddy nginx gunicorn; do
	[ -f "$RUN/$name.pid" ] && pids+=("$(cat "$RUN/$name.pid")")
done
caddy stop --address "127.0.0.1:${BATTLEMAP_CADDY_ADMIN_PORT:-2019}" 2>/dev/null ||
	{ [ -f "$RUN/caddy.pid" ] && kill "$(cat "$RUN/caddy.pid")" 2>/dev/null; }
[ -f "$RUN/nginx.pid" ] && kill -QUIT "$(cat "$RUN/nginx.pid")" 2>/dev/null
[ -f "$RUN/gunicorn.pid" ] && kill "$(cat "$RUN/gunicorn.pid")" 2>/dev/null
for _ in $(seq 150); do
	alive=0
	for pid in "${pids[@]}"; do
		# A zombie (state Z) has stopped; only its parent has yet to notice.
		state=$(ps -o stat= -p "$pid" 2>/dev/null) && [ "${state#Z}" = "$state" ] && alive=1
	done
	[ $alive = 0 ] && break
	sleep 0.2
done
rm -f "$RUN/gunicorn.pid" "$RUN/caddy.pid"
exit 0
