"""An operation's documents (timeline, statistics, each day's situation), serialised and gzipped
once per version of the operation and kept in Django's cache, shared by every worker process.

A version changes whenever the operation is reloaded or edited, so a cached document is never
stale; the cache's TIMEOUT only reclaims the space of versions no longer asked for. Each document
is built inside one transaction (`consistent_read`), so it never mixes two versions.
"""

import gzip
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.core.cache import cache

from geodata.region import region_fingerprint

from . import selectors
from .conf import battlemap_setting
from .snapshots import consistent_read

__all__ = [
    "DocumentPayload", "inline_json", "situation_payload", "stats_payload", "timeline_etag", "timeline_payload",
]


@dataclass(frozen=True)
class DocumentPayload:
    """One version of a document, ready to send as it is or gzipped."""

    etag: str
    body: bytes
    gzipped: bytes


def timeline_etag(operation):
    """A tag that changes whenever the operation (or the way it is serialised) changes."""
    version = ":".join([
        operation.slug, operation.source_fingerprint, operation.updated_at.isoformat(),
        str(battlemap_setting("COORDINATE_PRECISION")), region_fingerprint(),
    ])
    return hashlib.sha256(version.encode()).hexdigest()[:32]


class _RecentPayloads:
    """The most recently served payloads of this process. A payload never changes under its key
    (the key holds the version), so keeping it in memory spares the shared cache's file read and
    unpickling on every request without ever serving a stale document."""

    def __init__(self, size=64):
        self.size = size
        self._items = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            payload = self._items.get(key)
            if payload is not None:
                self._items.move_to_end(key)
            return payload

    def put(self, key, payload):
        with self._lock:
            self._items[key] = payload
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


_recent = _RecentPayloads()
_building = threading.Lock()


def _etag(version, name):
    return version if name == "timeline" else hashlib.sha256(f"{version}:{name}".encode()).hexdigest()[:32]


def _payload(operation, name, build):
    """The document `name` of the operation's current version: cached, or built once and cached.

    `build(operation)` runs in one consistent snapshot together with a fresh read of the
    operation, so the document and the version it is cached under always belong together, even
    when a reload commits between the request's first query and the build.
    """
    key = f"battlemap:{name}:{_etag(timeline_etag(operation), name)}"
    payload = _cached(key)
    if payload is not None:
        return payload
    # One build at a time in a process: threads that miss together wait for the first build and
    # take its result instead of building the same document again (and, on a connection the
    # threads share, as the tests' in-memory SQLite is, never open two transactions at once).
    with _building:
        payload = _cached(key)
        if payload is not None:
            return payload
        with consistent_read():
            operation = type(operation).objects.get(slug=operation.slug)
            etag = _etag(timeline_etag(operation), name)
            document = build(operation)
        body = json.dumps(document, separators=(",", ":")).encode()
        payload = DocumentPayload(etag=etag, body=body, gzipped=gzip.compress(body, mtime=0))
        key = f"battlemap:{name}:{etag}"
        cache.set(key, payload)
        _recent.put(key, payload)
    return payload


def _cached(key):
    payload = _recent.get(key) or cache.get(key)
    if payload is not None:
        _recent.put(key, payload)
    return payload


# What could end a <script> data block or open markup inside it, as json_script escapes it; in JSON
# these characters can only stand inside strings, where the escapes mean the same characters.
_HTML_UNSAFE = ((b"<", b"\\u003C"), (b">", b"\\u003E"), (b"&", b"\\u0026"))


def inline_json(payload):
    """The payload's JSON as text safe inside <script type="application/json">, as Django's
    json_script writes it (no '<', '>' or '&' left), without serialising the document again."""
    body = payload.body
    for character, escape in _HTML_UNSAFE:
        body = body.replace(character, escape)
    return body.decode()


def _in(name, language):
    """A document's name in the cache: English (the layers' own language) as it always was."""
    return name if language == "en" else f"{name}:{language}"


def timeline_payload(operation, language="en"):
    """Everything the browser needs to animate the operation, in one document, in `language`."""
    return _payload(operation, _in("timeline", language), lambda current: selectors.timeline_for(current, language))


def stats_payload(operation):
    """The operation's daily statistics."""
    return _payload(operation, "stats", selectors.stats_for)


def situation_payload(operation, day, language="en"):
    """The state on `day` as a GeoJSON FeatureCollection, in `language`."""
    return _payload(operation, _in(f"situation:{day.isoformat()}", language),
                    lambda current: selectors.situation_at(current, day, language))
