"""Battlemap's settings: one BATTLEMAP dict in Django settings, checked at start-up."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from geodata.limits import limits_with

__all__ = ["DEFAULTS", "battlemap_setting", "check_settings"]

DEFAULTS = {
    # Online tile base maps the reader may switch on: dicts with name, url and attribution.
    # Empty by default, so the map works offline and embeds make no third-party requests.
    "TILE_LAYERS": [],
    # How long browsers and proxies may keep the timeline before revalidating, in seconds.
    "TIMELINE_MAX_AGE": 300,
    # Decimal places kept in coordinates sent to the browser (4 is about 10 m).
    "COORDINATE_PRECISION": 4,
    # Failed admin logins allowed per client address and user name before a lockout.
    "LOGIN_ATTEMPTS": 5,
    # How long a lockout lasts, and the window failures are counted in, in seconds.
    "LOGIN_LOCKOUT_SECONDS": 900,
    # Overrides of the loader's limits (geodata/limits.py), e.g. {"max_days": 2000}.
    "LOADER_LIMITS": {},
    # How long a worker may answer from the operation version it last read, in seconds.
    "VERSION_MEMO_SECONDS": 1.0,
    # How far (km) an authored front may lie from the edge of its day's areas before the load
    # and the check warn.
    "FRONT_TOLERANCE_KM": 2.0,
    # CSP frame-ancestors sources allowed to frame embed pages ("*": any host).
    "EMBED_FRAME_ANCESTORS": ["*"],
    # Origins whose postMessage commands an embed obeys; empty: any origin.
    "EMBED_ALLOWED_ORIGINS": [],
    # The script the map pages load: "" for the ES modules as they are (development, tests), or the
    # path under static/ of the bundle `manage.py build_bundle` writes (production: one request).
    "SCRIPT_BUNDLE": "",
    # The largest timeline document (bytes of JSON) the map pages carry inline, so that the first
    # frame waits for no second request; a larger one is fetched from the API. 0: never inline.
    "INLINE_TIMELINE_MAX_BYTES": 600_000,
    # The chronicle the home page shows (a JSON file, relative to the project), or "" for none.
    "CHRONICLE": "geodata/chronicles/kharkov.json",
}


def battlemap_setting(key):
    """The value of BATTLEMAP[key], or its default."""
    if key not in DEFAULTS:
        raise ImproperlyConfigured(f"BATTLEMAP has no setting {key!r}")
    return getattr(settings, "BATTLEMAP", {}).get(key, DEFAULTS[key])


def check_settings():
    """Fail loudly, naming the key, when a BATTLEMAP setting is unknown or of the wrong shape."""
    configured = getattr(settings, "BATTLEMAP", {})
    if not isinstance(configured, dict):
        raise ImproperlyConfigured("BATTLEMAP must be a dict")
    unknown = sorted(set(configured) - set(DEFAULTS))
    if unknown:
        raise ImproperlyConfigured(
            f"BATTLEMAP has unknown key(s) {', '.join(unknown)}; known: {', '.join(DEFAULTS)}"
        )
    tile_layers = battlemap_setting("TILE_LAYERS")
    if not isinstance(tile_layers, list):
        raise ImproperlyConfigured("BATTLEMAP['TILE_LAYERS'] must be a list")
    for index, layer in enumerate(tile_layers):
        missing = {"name", "url", "attribution"} - set(layer if isinstance(layer, dict) else {})
        if missing:
            raise ImproperlyConfigured(
                f"BATTLEMAP['TILE_LAYERS'][{index}] lacks {', '.join(sorted(missing))}"
            )
    for key in ("EMBED_FRAME_ANCESTORS", "EMBED_ALLOWED_ORIGINS"):
        value = battlemap_setting(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ImproperlyConfigured(f"BATTLEMAP[{key!r}] must be a list of strings")
    for key in ("TIMELINE_MAX_AGE", "COORDINATE_PRECISION", "LOGIN_ATTEMPTS", "LOGIN_LOCKOUT_SECONDS",
                "INLINE_TIMELINE_MAX_BYTES"):
        value = battlemap_setting(key)
        if not isinstance(value, int) or value < 0:
            raise ImproperlyConfigured(f"BATTLEMAP[{key!r}] must be a non-negative integer")
    try:
        limits_with(battlemap_setting("LOADER_LIMITS"))
    except ValueError as error:
        raise ImproperlyConfigured(f"BATTLEMAP['LOADER_LIMITS']: {error}") from None
    memo = battlemap_setting("VERSION_MEMO_SECONDS")
    if not isinstance(memo, (int, float)) or memo < 0:
        raise ImproperlyConfigured("BATTLEMAP['VERSION_MEMO_SECONDS'] must be a non-negative number")
    tolerance = battlemap_setting("FRONT_TOLERANCE_KM")
    if not isinstance(tolerance, (int, float)) or isinstance(tolerance, bool) or tolerance < 0:
        raise ImproperlyConfigured("BATTLEMAP['FRONT_TOLERANCE_KM'] must be a non-negative number")
