"""Content negotiation helpers that Django does not provide."""

from django.middleware.gzip import GZipMiddleware as _DjangoGZipMiddleware
from django.utils.cache import patch_vary_headers

__all__ = ["GZipMiddleware", "accepts_gzip"]


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
