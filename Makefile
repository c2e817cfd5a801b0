# Battlemap: `make run` serves every operation under geodata/ (the tests' invented sample is in
# tests/data/ and is not served); `make test` runs everything.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
OPERATIONS := $(sort $(dir $(wildcard geodata/*/operation.json)))

.PHONY: deploy-venv run test install test-deps chromium node postgres nginx caddy pytest pytest-postgres nodetest load clean gettext compilemessages messages

# Create the virtualenv and install the pinned requirements; redone only when they change.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The build tools (esbuild, pinned in tools/build/package.json and its lock file) for the bundle.
tools/build/node_modules/.installed: tools/build/package.json tools/build/package-lock.json
	@if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq npm >/dev/null || true; fi
	@if command -v npm >/dev/null 2>&1; then cd tools/build && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm is missing: the static site export (and its tests) will be skipped."; fi

# GNU gettext (msgfmt, xgettext), Debian's package, for the interface's translations.
gettext:
	@if command -v msgfmt >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gettext >/dev/null; \
	else echo "Install GNU gettext (msgfmt) to compile the translations."; exit 1; fi

# The translations (locale/*/LC_MESSAGES/*.po, kept in git) compiled to .mo files (not kept):
# redone by every `make run` and `make test`. docs/translations.md says how to correct them.
compilemessages: gettext $(VENV)/.installed
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules --ignore=static --ignore=tools >/dev/null

# The catalogues brought up to date with the templates and code (new texts arrive untranslated;
# tests/test_i18n_catalogues.py fails until they are translated).
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=tests --ignore=tools --ignore=static \
	--ignore=staticfiles --ignore=geodata --ignore=deploy --ignore=docs --ignore=exports --ignore=tmp \
	--ignore=.cache --ignore=templates/battlemap/admin
# The browser's strings (static/battlemap/js and pages): the djangojs domain, the vendored libraries left out.
MESSAGES_JS_IGNORE := --ignore=.venv --ignore=node_modules --ignore=tests --ignore=tools --ignore=static/vendor \
	--ignore=static/battlemap/build --ignore=staticfiles --ignore=geodata --ignore=deploy --ignore=docs --ignore=exports \
	--ignore=tmp --ignore=.cache --ignore=locale
messages: gettext $(VENV)/.installed
	$(PY) manage.py makemessages -d django -l uk -l de -l ru --add-location=file --no-obsolete $(MESSAGES_IGNORE)
	$(PY) manage.py makemessages -d djangojs -l uk -l de -l ru --add-location=file --no-obsolete $(MESSAGES_JS_IGNORE)

install: $(VENV)/.installed tools/build/node_modules/.installed compilemessages

load: install
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py load_operation --if-changed $(OPERATIONS)

run: load
	@echo "Battlemap is at http://$(HOST):$(PORT)/"
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

# Debian's chromium for the browser tests, when it is missing and apt is at hand.
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	else echo "Install Chromium at /usr/bin/chromium (or set CHROMIUM_PATH) for the browser tests."; fi

# Node.js runs the front end's unit tests and checks symbol codes with milsymbol.
node:
	@if command -v node >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nodejs >/dev/null; \
	else echo "Install Node.js 18 or newer for the front-end unit tests."; exit 1; fi

# Debian's PostgreSQL for the second pass of the tests, when it is missing and apt is at hand.
postgres:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq postgresql >/dev/null || true; \
	fi

# Debian's nginx (the deployment's cache, deploy/nginx.conf) for tests/test_deploy.py, which runs
# it; the test is skipped, saying so, where it cannot be installed.
nginx:
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nginx-light >/dev/null || true; \
	fi

# Debian's Caddy (the deployment's front, deploy/Caddyfile) for tests/test_deploy.py, which runs
# deploy/up.sh; skipped, saying so, where it cannot be installed.
caddy:
	@if command -v caddy >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq caddy >/dev/null || true; \
	fi

# A virtualenv the deployment's service user can run (tests/test_deploy.py starts deploy/up.sh,
# which runs everything as that user): .venv's interpreter may live under a folder closed to others
# (a pyenv under /root). Built from Debian's python3 when the tests run as root; elsewhere the
# test is skipped, saying why.
DEPLOY_VENV ?= /opt/battlemap-venv
# The deployment test uses it when it is there.
TEST_ENV = env $$( [ -x $(DEPLOY_VENV)/bin/python ] && echo BATTLEMAP_VENV=$(DEPLOY_VENV) )
$(DEPLOY_VENV)/.installed: requirements.txt
	@if [ "$$(id -u)" = 0 ] && /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
		( /usr/bin/python3 -m venv --help >/dev/null 2>&1 && /usr/bin/python3 -m venv $(DEPLOY_VENV) 2>/dev/null ) || \
		( apt-get install -y -qq python3-venv >/dev/null && /usr/bin/python3 -m venv $(DEPLOY_VENV) ); \
		$(DEPLOY_VENV)/bin/python -m pip install --quiet --upgrade pip && \
		$(DEPLOY_VENV)/bin/python -m pip install --quiet -r requirements.txt && touch $@; \
	else echo "No virtualenv for the deployment test (needs root and Debian's python3 3.11+): it will be skipped."; fi

deploy-venv: $(DEPLOY_VENV)/.installed

test-deps: node install chromium postgres nginx caddy deploy-venv

pytest: test-deps
	$(TEST_ENV) $(PY) -m pytest

nodetest: node
	@if ls tests/js/*.test.mjs >/dev/null 2>&1; then node --test tests/js/; fi

# The non-browser suite again on a real PostgreSQL: a throwaway server in a temporary folder on a
# free port (tools/pgtmp.sh), stopped afterwards. Skipped, saying so, where PostgreSQL is missing.
pytest-postgres: postgres
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "PostgreSQL pass skipped: PostgreSQL is not installed and could not be installed here."; \
	else \
		dir=$$(mktemp -d); trap 'tools/pgtmp.sh stop '"$$dir" EXIT; \
		url=$$(tools/pgtmp.sh start "$$dir") && \
		echo "PostgreSQL pass against $$url" && \
		DATABASE_URL=$$url $(TEST_ENV) $(PY) -m pytest -q --ignore=tests/browser; \
	fi

test: test-deps
	$(TEST_ENV) $(PY) -m pytest
	@if ls tests/js/*.test.mjs >/dev/null 2>&1; then node --test tests/js/; fi
	$(MAKE) --no-print-directory pytest-postgres

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
