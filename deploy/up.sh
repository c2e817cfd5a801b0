#!/usr/bin/env bash
# Bring the production stack up on loopback: static files, migrations, every operation loaded,
# gunicorn on 127.0.0.1:8100, nginx keeping the API's documents and the static files on
# 127.0.0.1:8200 (deploy/nginx.conf), and Caddy with TLS in front on https://localhost:8443.
#   DATABASE_URL  the database (a throwaway PostgreSQL from tools/pgtmp.sh for benchmarks)
#   deploy/down.sh stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=${BATTLEMAP_RUN_DIR:-/tmp/battlemap-deploy}
mkdir -p "$RUN"
export DJANGO_SETTINGS_MODULE=battlemap.settings.production
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-localhost,127.0.0.1}
export CSRF_TRUSTED_ORIGINS=${CSRF_TRUSTED_ORIGINS:-https://localhost:8443}
export DJANGO_CACHE_DIR=${DJANGO_CACHE_DIR:-$RUN/cache}
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
	# A key for this local run only, kept beside it so that a restart keeps sessions.
	[ -f "$RUN/secret" ] || .venv/bin/python -c "import secrets; print(secrets.token_urlsafe(50))" > "$RUN/secret"
	DJANGO_SECRET_KEY=$(cat "$RUN/secret")
	export DJANGO_SECRET_KEY
fi
# Static files of this run apart from the working tree's, which development and the tests use.
export DJANGO_STATIC_ROOT=${DJANGO_STATIC_ROOT:-$RUN/static}
export DJANGO_STATIC_MANIFEST=1
# The map pages' script: the ES modules bundled into one file (BATTLEMAP_SCRIPT_BUNDLE).
.venv/bin/python manage.py build_bundle -v0
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_operation --if-changed $(dirname geodata/*/operation.json)
.venv/bin/gunicorn -c deploy/gunicorn.conf.py --pid "$RUN/gunicorn.pid" --daemon battlemap.wsgi
# The cache between Caddy and gunicorn (deploy/nginx.conf). Started as root, nginx runs its
# workers as www-data, who must own the cache.
mkdir -p "$RUN/nginx"
[ "$(id -u)" = 0 ] && chown -R www-data "$RUN/nginx"
deploy/nginx-conf.sh "$RUN" >"$RUN/nginx.conf"
nginx -e "$RUN/nginx-error.log" -c "$RUN/nginx.conf"
caddy start --config deploy/Caddyfile --adapter caddyfile --pidfile "$RUN/caddy.pid" >"$RUN/caddy.log" 2>&1
for _ in $(seq 50); do
	curl -skf -o /dev/null https://localhost:8443/ && break
	sleep 0.2
done
echo "Battlemap is at https://localhost:8443/ (nginx on ${BATTLEMAP_CACHE:-127.0.0.1:8200}, gunicorn on ${BATTLEMAP_UPSTREAM:-127.0.0.1:8100})"
