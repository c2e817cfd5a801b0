"""Who may frame a page: embed pages allow the hosts of a setting, every other page stays DENY."""

from functools import wraps

from django.views.decorators.clickjacking import xframe_options_exempt

from .conf import battlemap_setting

__all__ = ["frame_ancestors_header", "framable"]


def frame_ancestors_header():
    """The CSP value naming who may frame an embed page (CSP Level 2, section 7.7.3)."""
    hosts = battlemap_setting("EMBED_FRAME_ANCESTORS")
    return "frame-ancestors " + " ".join(hosts)


def framable(view):
    """Let `view`'s pages be framed by the hosts of BATTLEMAP['EMBED_FRAME_ANCESTORS'].

    X-Frame-Options cannot name hosts, so it is dropped here (xframe_options_exempt) and
    `frame-ancestors` does the job; a site-wide CSP middleware should keep this value
    (the response carries `battlemap_frame_ancestors` for it to read).
    """
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        value = frame_ancestors_header()
        response["Content-Security-Policy"] = value
        response.battlemap_frame_ancestors = value
        return response
    return xframe_options_exempt(wrapped)
