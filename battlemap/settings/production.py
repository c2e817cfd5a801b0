"""Production settings: secure by default, every value settable from the environment.

`battlemap.wsgi` uses this module unless DJANGO_SETTINGS_MODULE says otherwise. It refuses to start
without DJANGO_SECRET_KEY and ALLOWED_HOSTS, and assumes a TLS-terminating reverse proxy
in front (see deploy/ and the README's Production section).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import CACHES, env_flag


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} is not set: production settings need it (see the README's Production section)")
    return value


def _private_folder(name, path):
    """Refuse a folder that anyone but this process's user (or root) owns or may write: the cache
    keeps pickles there, and reading a planted pickle runs its code as this process."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return  # Django's file cache makes it with mode 0700.
    if info.st_uid not in (os.geteuid(), 0) or info.st_mode & 0o022:
        raise ImproperlyConfigured(
            f"{name}={path} belongs to uid {info.st_uid} with mode {info.st_mode & 0o777:o}: the cache keeps "
            f"pickles, which run code when read, so it must be this user's ({os.geteuid()}) and writable by "
            f"nobody else (deploy/up.sh keeps it in the service user's run folder)")


def _seconds(name, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a whole number of seconds") from None
    if value < 0:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a whole number of seconds")
    return value


if env_flag("DJANGO_DEBUG", default=False):
    raise ImproperlyConfigured("DJANGO_DEBUG is on: production settings never run with debug")
DEBUG = False

SECRET_KEY = _required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in _required("ALLOWED_HOSTS").split(",") if host.strip()]
if not ALLOWED_HOSTS:
    # "," or " , ": set, yet naming no host, Django would answer every request with a 400.
    raise ImproperlyConfigured(f"ALLOWED_HOSTS={os.environ['ALLOWED_HOSTS']!r} names no host: give the site's "
                               f"host names, separated by commas")

# TLS ends at the reverse proxy, which says so in X-Forwarded-Proto.
if env_flag("DJANGO_SECURE_PROXY_SSL_HEADER", default=True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = _seconds("DJANGO_SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_flag("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = env_flag("DJANGO_SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True

# The map pages load one bundled script (deploy/up.sh runs `manage.py build_bundle` before
# collectstatic); BATTLEMAP_SCRIPT_BUNDLE="" serves the ES modules instead.
BATTLEMAP = {**BATTLEMAP, "SCRIPT_BUNDLE": os.environ.get("BATTLEMAP_SCRIPT_BUNDLE", "battlemap/build/battlemap.bundle.js")}

_private_folder("DJANGO_CACHE_DIR", CACHES["default"]["LOCATION"])
