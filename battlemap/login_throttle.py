"""Throttled logins: after a few failures for one address and user name, refuse without checking.

Every failed attempt costs a full password hash; without a limit anyone can try passwords as fast
as the server hashes them. The count lives in the shared cache, so all workers see it.
"""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

from .conf import battlemap_setting

__all__ = ["ThrottledModelBackend", "failures_key"]


def _client_address(request):
    if request is None:
        return "unknown"
    # Behind the reverse proxy (production settings), REMOTE_ADDR is the proxy's own address and
    # the proxy appends the client's to X-Forwarded-For. Without a proxy the header is the
    # client's to forge, so it is not read.
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "unknown")


def failures_key(request, username):
    return f"login-failures:{_client_address(request)}:{(username or '').lower()}"


class ThrottledModelBackend(ModelBackend):
    """Django's model backend, refusing (PermissionDenied) while an address and user name are
    locked out, so that no password is hashed for them."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        key = failures_key(request, username)
        failures = cache.get(key, 0)
        if failures >= battlemap_setting("LOGIN_ATTEMPTS"):
            raise PermissionDenied("Too many failed logins: try again later.")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            cache.set(key, failures + 1, battlemap_setting("LOGIN_LOCKOUT_SECONDS"))
        else:
            cache.delete(key)
        return user
