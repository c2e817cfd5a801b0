"""Battlemap's settings: one BATTLEMAP dict in Django settings, checked at start-up."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = ["DEFAULTS", "battlemap_setting", "check_settings"]

DEFAULTS = {
    # Online tile base maps the reader may switch on: dicts with name, url and attribution.
    # Empty by default, so the map works offline and embeds make no third-party requests.
    "TILE_LAYERS": [],
    # How long browsers and proxies may keep the timeline before revalidating, in seconds.
    "TIMELINE_MAX_AGE": 300,
    # Decimal places kept in coordinates sent to the browser (4 is about 10 m).
    "COORDINATE_PRECISION": 4,
    # CSP frame-ancestors sources allowed to frame embed pages ("*": any host).
    "EMBED_FRAME_ANCESTORS": ["*"],
    # Origins whose postMessage commands an embed obeys; empty: any origin.
    "EMBED_ALLOWED_ORIGINS": [],
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
    for key in ("TIMELINE_MAX_AGE", "COORDINATE_PRECISION"):
        value = battlemap_setting(key)
        if not isinstance(value, int) or value < 0:
            raise ImproperlyConfigured(f"BATTLEMAP[{key!r}] must be a non-negative integer")
