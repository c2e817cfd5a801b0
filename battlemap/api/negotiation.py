"""Content negotiation Django does not provide: gzip as Accept-Encoding allows it, and a cached
document answered whole, gzipped or 304 Not Modified."""

from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.gzip import GZipMiddleware as _DjangoGZipMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags, quote_etag

from ..conf import battlemap_setting

__all__ = ["GZipMiddleware", "accepts_gzip", "document_response"]


def _quality(parameters):
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value.strip())
            except ValueError:
                return 0.0  # A malformed weight is no consent.
    return 1.0


def accepts_gzip(header):
    """Whether an Accept-Encoding header (RFC 9110 §12.5.3) accepts gzip.

    `gzip` (or its alias `x-gzip`) with a non-zero q accepts it; `gzip;q=0` refuses it even
    where `*` would allow it; `*` with a non-zero q accepts it when gzip is not named.
    """
    named, wildcard = None, None
    for item in (header or "").split(","):
        coding, *parameters = item.split(";")
        coding = coding.strip().lower()
        if coding in ("gzip", "x-gzip"):
            named = max(named or 0.0, _quality(parameters))
        elif coding == "*":
            wildcard = _quality(parameters)
    if named is not None:
        return named > 0
    return bool(wildcard)


class GZipMiddleware(_DjangoGZipMiddleware):
    """Django's GZipMiddleware, except that it honours `gzip;q=0` (Django looks for the word only)."""

    def process_response(self, request, response):
        if not accepts_gzip(request.headers.get("Accept-Encoding", "")):
            patch_vary_headers(response, ("Accept-Encoding",))
            return response
        return super().process_response(request, response)


def document_response(request, payload, content_type="application/json"):
    """A cached document as the answer: gzipped when the client accepts it, with an ETag and
    Cache-Control, and 304 for a matching If-None-Match."""
    # The gzipped body is another representation, so it has its own strong tag (RFC 9110
    # §8.8.3); either matches a conditional request, and weak forms compare equal.
    etag, gzip_etag = payload.etag, f"{payload.etag}-gzip"
    wanted = {tag.removeprefix("W/") for tag in parse_etags(request.headers.get("If-None-Match", ""))}
    wants_gzip = accepts_gzip(request.headers.get("Accept-Encoding", ""))
    if "*" in wanted or wanted & {quote_etag(etag), quote_etag(gzip_etag)}:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(payload.gzipped if wants_gzip else payload.body, content_type=content_type)
        if wants_gzip:
            # Already compressed: GZipMiddleware leaves a response with an encoding alone.
            response["Content-Encoding"] = "gzip"
    response["ETag"] = quote_etag(gzip_etag if wants_gzip else etag)
    response["Cache-Control"] = f"public, max-age={battlemap_setting('TIMELINE_MAX_AGE')}"
    response["Vary"] = "Accept-Encoding"
    return response
