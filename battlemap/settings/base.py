"""Settings shared by development (battlemap.settings) and production (battlemap.settings.production)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off", ""):
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected 1/0, true/false, yes/no or on/off")


DEBUG = env_flag("DJANGO_DEBUG", default=False)

# Development and production each decide what happens when this is unset.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "simple_history",
    "battlemap",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "battlemap.api.negotiation.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The reader's language: ?lang=, then the saved choice, then Accept-Language, then English.
    "battlemap.i18n.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Names the signed-in user as the editor of what the request changes (battlemap/edits.py).
    "battlemap.edits.EditorMiddleware",
    # A form's save and its sources' are one version of the record (battlemap/history.py).
    "battlemap.history.OneVersionPerRequest",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "battlemap.security.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "battlemap.urls"
WSGI_APPLICATION = "battlemap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # The page's language, the switch between languages and a refused ?lang= (battlemap/i18n.py).
                "battlemap.i18n.language_context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Widgets find their templates in templates/ like every other template.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Admin logins are throttled by django-axes (battlemap/login_throttle.py): its backend refuses a
# locked-out client or user name before Django hashes the password.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# Each attempt counted in the database before its password is checked, so that simultaneous
# guesses cannot all pass the check; the database (PostgreSQL in production) keeps the counts for
# every worker and locks the row it adds to.
AXES_HANDLER = "battlemap.login_throttle.CountFirstDatabaseHandler"
# Two separate limits: a client address, whatever user names it tries (a spray of names from one
# client), and a user name, from whatever addresses (one account guessed from many). A name and
# an address together are covered by either.
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_FAILURE_LIMIT = "battlemap.login_throttle.failure_limit"  # BATTLEMAP["LOGIN_ATTEMPTS"]
AXES_COOLOFF_TIME = "battlemap.login_throttle.cool_off"  # BATTLEMAP["LOGIN_LOCKOUT_SECONDS"]
AXES_CLIENT_IP_CALLABLE = "battlemap.login_throttle.client_address"
AXES_LOCKOUT_CALLABLE = "battlemap.login_throttle.lockout_response"
# A success does not wipe the failures: a client who knows one password could otherwise reset its
# address's count between guesses at another account.
AXES_RESET_ON_SUCCESS = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# The source texts are British English, the fallback; each language offered is named in itself
# (the switch shows them so). How translations are made and corrected: docs/translations.md.
LANGUAGE_CODE = "en-gb"
LANGUAGES = [
    ("en", "English"),
    ("uk", "Українська"),
    ("de", "Deutsch"),
    ("ru", "Русский"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The reader's choice, saved when they pick a language (a year; read by battlemap/i18n.py).
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
# Production: `DJANGO_STATIC_MANIFEST=1 manage.py collectstatic` writes compressed files with
# hashed names, which whitenoise then serves with far-future caching. Until a manifest exists
# (development, tests, `make run`), files are served straight from static/.
STATIC_MANIFEST = env_flag(
    "DJANGO_STATIC_MANIFEST", default=(STATIC_ROOT / "staticfiles.json").exists()
) and not DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "battlemap.storage.ModuleAwareStaticFilesStorage" if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
WHITENOISE_AUTOREFRESH = DEBUG

# On disk, so that every worker process shares the serialised timelines, and they outlive a
# restart. Entries are keyed by content version, so a stale one is never served.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("DJANGO_CACHE_DIR", str(BASE_DIR / ".cache")),
        # Entries are versioned, so expiry only reclaims space from versions no longer served.
        "TIMEOUT": int(os.environ.get("DJANGO_CACHE_TIMEOUT", 7 * 24 * 3600)),
        "OPTIONS": {"MAX_ENTRIES": 1000},
    }
}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "battlemap.api.exceptions.exception_handler",
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_AUTHENTICATION_CLASSES": [],
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Battlemap API",
    "DESCRIPTION": "Read-only access to military operations stored day by day as geometries.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Battlemap's own settings; see battlemap/conf.py for the keys and their defaults.
BATTLEMAP = {}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
