"""Security headers: a Content-Security-Policy on every response, and the one way to allow framing.

The policy allows nothing inline and nothing from another origin: every script, style, image and
request comes from this site. Pages are never framed (`frame-ancestors 'none'`, as
X-Frame-Options DENY says for older browsers) unless their view is wrapped in `framing_allowed`.
"""

from functools import wraps

from django.views.decorators.clickjacking import xframe_options_exempt

from .conf import battlemap_setting

__all__ = ["CONTENT_SECURITY_POLICY", "ContentSecurityPolicyMiddleware", "framing_allowed"]

# One directive per line so that a change reads as one line in a diff.
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def _policy(frame_ancestors):
    directives = {**CONTENT_SECURITY_POLICY, "frame-ancestors": frame_ancestors}
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class ContentSecurityPolicyMiddleware:
    """Adds the policy to every response that does not already carry one."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = _policy(CONTENT_SECURITY_POLICY["frame-ancestors"])

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


def framing_allowed(view):
    """Let the view's pages be framed by the hosts in BATTLEMAP['EMBED_FRAME_ANCESTORS'] (any
    host by default): for embeds only. X-Frame-Options cannot name hosts, so it is dropped and
    the policy's frame-ancestors does the job, the rest of the policy unchanged."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        ancestors = " ".join(battlemap_setting("EMBED_FRAME_ANCESTORS")).strip() or "'none'"
        response.headers["Content-Security-Policy"] = _policy(ancestors)
        return response

    return xframe_options_exempt(wrapper)
