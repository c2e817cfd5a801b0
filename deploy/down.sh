#!/usr/bin/env bash
# Stop what deploy/up.sh started.
RUN=${BATTLEMAP_RUN_DIR:-/tmp/battlemap-deploy}
caddy stop --address 127.0.0.1:${BATTLEMAP_CADDY_ADMIN_PORT:-2019} 2>/dev/null || true
[ -f "$RUN/nginx.pid" ] && kill -QUIT "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
[ -f "$RUN/gunicorn.pid" ] && kill "$(cat "$RUN/gunicorn.pid")" 2>/dev/null || true
rm -f "$RUN/gunicorn.pid"
