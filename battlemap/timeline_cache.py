"""The timeline document (and the daily statistics), computed once per version of an operation
and kept in Django's cache, shared by every worker process."""

import gzip
import hashlib
import json
from dataclasses import dataclass

from django.core.cache import cache

from . import selectors
from .conf import battlemap_setting

__all__ = ["TimelinePayload", "stats_cached", "timeline_etag", "timeline_payload"]


@dataclass(frozen=True)
class TimelinePayload:
    """One version of an operation's timeline, ready to send as it is or gzipped."""

    etag: str
    body: bytes
    gzipped: bytes


def timeline_etag(operation):
    """A tag that changes whenever the operation (or the way it is serialised) changes."""
    version = ":".join([
        operation.slug, operation.source_fingerprint, operation.updated_at.isoformat(),
        str(battlemap_setting("COORDINATE_PRECISION")),
    ])
    return hashlib.sha256(version.encode()).hexdigest()[:32]


def timeline_payload(operation):
    """The operation's timeline for its current version, from the cache or computed and cached."""
    etag = timeline_etag(operation)
    key = f"battlemap:timeline:{etag}"
    payload = cache.get(key)
    if payload is None:
        body = json.dumps(selectors.timeline_for(operation), separators=(",", ":")).encode()
        payload = TimelinePayload(etag=etag, body=body, gzipped=gzip.compress(body, mtime=0))
        cache.set(key, payload, timeout=None)
    return payload


def stats_cached(operation):
    """The operation's daily statistics for its current version, from the cache or computed."""
    key = f"battlemap:stats:{timeline_etag(operation)}"
    stats = cache.get(key)
    if stats is None:
        stats = selectors.stats_for(operation)
        cache.set(key, stats, timeout=None)
    return stats
