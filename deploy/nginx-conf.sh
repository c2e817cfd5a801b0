#!/usr/bin/env bash
# Print deploy/nginx.conf with its @...@ names filled in for a run folder (deploy/up.sh uses it;
# tests/test_deploy.py checks what it prints).
#   deploy/nginx-conf.sh RUN_DIR   upstream BATTLEMAP_UPSTREAM (gunicorn), listens on BATTLEMAP_CACHE
set -euo pipefail
RUN=${1:?usage: deploy/nginx-conf.sh RUN_DIR}
# Started by anyone but root (deploy/up.sh runs it as the service user), nginx runs as them and
# the user line must go; started as root (the tests' stand-in), its workers run as www-data.
user_line=""
[ "$(id -u)" = 0 ] && user_line="user www-data;"
sed -e "s#@RUN@#$RUN#g" -e "s#@UPSTREAM@#${BATTLEMAP_UPSTREAM:-127.0.0.1:8100}#g" \
	-e "s#@CACHE@#${BATTLEMAP_CACHE:-127.0.0.1:8200}#g" -e "s#@USER@#$user_line#" \
	"$(dirname "$0")/nginx.conf"
