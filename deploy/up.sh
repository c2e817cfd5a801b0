#!/usr/bin/env bash
# Bring the production stack up on loopback, run by an unprivileged service user: static files,
# migrations, every operation loaded, gunicorn on 127.0.0.1:8100, nginx keeping the API's documents
# and the static files on 127.0.0.1:8200 (deploy/nginx.conf), and Caddy with TLS in front on
# https://localhost:8443. Run it as root: it creates the user if missing and starts nothing as
# root; run by anyone else, everything runs as them.
#   BATTLEMAP_USER        the service user (default battlemap; useradd --system if missing)
#   BATTLEMAP_RUN_DIR     its folder (default /var/lib/battlemap): the secret, the cache, the static
#                         files, the SQLite database, pid files and logs. Created 0700 for the
#                         service user; refused if it exists with another owner or other modes,
#                         or if its parent is writable by anyone but root (so never /tmp itself).
#   DATABASE_URL          the database (default SQLite in the run folder; a throwaway PostgreSQL
#                         from tools/pgtmp.sh for benchmarks)
#   BATTLEMAP_OPERATIONS  the operation folders to load, space-separated (default every geodata/*/)
#   BATTLEMAP_VENV        the virtualenv (default .venv); its interpreter must be readable by
#                         the service user (not under root's home)
#   deploy/down.sh stops it.
set -euo pipefail
# Whatever this script or its children write is for the service user alone.
umask 077
cd "$(dirname "$0")/.."
RUN=${BATTLEMAP_RUN_DIR:-/var/lib/battlemap}
VENV=${BATTLEMAP_VENV:-.venv}
SITE=${BATTLEMAP_SITE_ADDRESS:-localhost:8443}
refuse() { echo "deploy/up.sh: $*" >&2; exit 1; }

case $RUN in /*) ;; *) refuse "BATTLEMAP_RUN_DIR=$RUN: give an absolute path" ;; esac
if [ "$(id -u)" = 0 ]; then
	SERVICE_USER=${BATTLEMAP_USER:-battlemap}
	id -u "$SERVICE_USER" >/dev/null 2>&1 ||
		useradd --system --user-group --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
	[ "$(id -u "$SERVICE_USER")" != 0 ] || refuse "BATTLEMAP_USER=$SERVICE_USER is root"
	# Its own user and groups (root's are dropped), no capabilities; HOME is the run folder (Caddy
	# keeps its certificates under it).
	as_service() {
		HOME="$RUN" setpriv --reuid="$SERVICE_USER" --regid="$SERVICE_USER" --init-groups -- "$@"
	}
	# The same, allowed to bind ports under 1024 (CAP_NET_BIND_SERVICE) and nothing more: Caddy
	# on a real host binds 443 and 80.
	as_service_binding() {
		HOME="$RUN" setpriv --reuid="$SERVICE_USER" --regid="$SERVICE_USER" --init-groups \
			--inh-caps=+net_bind_service --ambient-caps=+net_bind_service -- "$@"
	}
	OWNER_OF_PARENT=root
else
	SERVICE_USER=$(id -un)
	as_service() { HOME="$RUN" "$@"; }
	as_service_binding() { as_service "$@"; }
	OWNER_OF_PARENT=$SERVICE_USER
fi

# The run folder holds the secret and the cache's pickles: whoever can write it can run code as
# the service. Its parent must be closed to others, so that nobody can put another folder there.
PARENT=$(dirname "$RUN")
[ -d "$PARENT" ] || refuse "$PARENT does not exist"
parent_owner=$(stat -c %U "$PARENT")
parent_mode=$(stat -c %a "$PARENT")
if { [ "$parent_owner" != root ] && [ "$parent_owner" != "$OWNER_OF_PARENT" ]; } || [ $((8#$parent_mode & 8#022)) != 0 ]; then
	refuse "$PARENT (owner $parent_owner, mode $parent_mode) may be written by others: put the run folder under a folder only root can write"
fi
if [ -L "$RUN" ] || { [ -e "$RUN" ] && [ ! -d "$RUN" ]; }; then
	refuse "$RUN is not a folder"
elif [ -d "$RUN" ]; then
	owner=$(stat -c %U "$RUN")
	mode=$(stat -c %a "$RUN")
	[ "$owner" = "$SERVICE_USER" ] && [ "$mode" = 700 ] ||
		refuse "$RUN exists with owner $owner and mode $mode; it must be $SERVICE_USER's alone (mode 700): remove it or give it to $SERVICE_USER"
else
	mkdir -m 700 "$RUN"
	[ "$(id -u)" != 0 ] || chown "$SERVICE_USER:" "$RUN"
fi
as_service "$VENV/bin/python" -c "" 2>/dev/null ||
	refuse "$SERVICE_USER cannot run $VENV/bin/python (it is $(readlink -f "$VENV/bin/python")): create the virtualenv with a Python every user can read, e.g. Debian's python3, or set BATTLEMAP_VENV"

export DJANGO_SETTINGS_MODULE=battlemap.settings.production
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-localhost,127.0.0.1}
export CSRF_TRUSTED_ORIGINS=${CSRF_TRUSTED_ORIGINS:-https://$SITE}
export DATABASE_URL=${DATABASE_URL:-sqlite:///$RUN/db.sqlite3}
# The cache keeps pickles: in the run folder, which only the service user can write.
export DJANGO_CACHE_DIR=${DJANGO_CACHE_DIR:-$RUN/cache}
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
	# A key for this run folder, kept so that a restart keeps sessions. Written whole to a
	# temporary file and renamed, so that a failed start never leaves an empty key behind, and
	# an empty one from an earlier failure is replaced.
	if [ ! -s "$RUN/secret" ]; then
		as_service "$VENV/bin/python" - "$RUN/secret" <<-'EOF'
			import os, secrets, sys, tempfile
			folder, name = os.path.split(sys.argv[1])
			descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".secret-")
			with os.fdopen(descriptor, "w") as file:
			    file.write(secrets.token_urlsafe(50) + "\n")
			    file.flush()
			    os.fsync(file.fileno())
			os.replace(temporary, sys.argv[1])
		EOF
	fi
	DJANGO_SECRET_KEY=$(cat "$RUN/secret")
	export DJANGO_SECRET_KEY
fi
# Static files of this run apart from the working tree's, which development and the tests use.
export DJANGO_STATIC_ROOT=${DJANGO_STATIC_ROOT:-$RUN/static}
export DJANGO_STATIC_MANIFEST=1
# The map pages' script: the ES modules bundled into one file in the working tree
# (BATTLEMAP_SCRIPT_BUNDLE), by whoever owns the tree, readable by the service. It reads no cache:
# production settings would refuse, as root, to read one the service user may write.
(umask 022 && env -u DJANGO_CACHE_DIR "$VENV/bin/python" manage.py build_bundle -v0)
operations=()
if [ -n "${BATTLEMAP_OPERATIONS:-}" ]; then
	read -r -a operations <<<"$BATTLEMAP_OPERATIONS"
else
	for file in geodata/*/operation.json; do operations+=("$(dirname "$file")"); done
fi
as_service "$VENV/bin/python" manage.py collectstatic --noinput -v0
as_service "$VENV/bin/python" manage.py migrate --noinput -v0
as_service "$VENV/bin/python" manage.py load_operation --if-changed "${operations[@]}"
# gunicorn opens its log after daemonising with umask 022: made here first, it stays 0600.
as_service touch "$RUN/gunicorn.log"
as_service "$VENV/bin/gunicorn" -c deploy/gunicorn.conf.py --pid "$RUN/gunicorn.pid" \
	--error-logfile "$RUN/gunicorn.log" --daemon battlemap.wsgi
# The cache between Caddy and gunicorn (deploy/nginx.conf), all of it the service user's: an
# unprivileged nginx binds 127.0.0.1:8200 and needs no root master.
as_service sh -c 'mkdir -p "$1/nginx" && deploy/nginx-conf.sh "$1" >"$1/nginx.conf"' sh "$RUN"
as_service nginx -e "$RUN/nginx-error.log" -c "$RUN/nginx.conf"
# Caddy as the service user too, keeping its certificates and state in the run folder.
as_service_binding env XDG_DATA_HOME="$RUN/caddy" XDG_CONFIG_HOME="$RUN/caddy" sh -c \
	'caddy start --config deploy/Caddyfile --adapter caddyfile --pidfile "$1/caddy.pid" >"$1/caddy.log" 2>&1' sh "$RUN"
for _ in $(seq 50); do
	curl -skf -o /dev/null "https://$SITE/" && break
	sleep 0.2
done
echo "Battlemap is at https://$SITE/ (nginx on ${BATTLEMAP_CACHE:-127.0.0.1:8200}, gunicorn on ${BATTLEMAP_UPSTREAM:-127.0.0.1:8100}), run by $SERVICE_USER from $RUN"
