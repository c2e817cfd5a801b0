"""oEmbed (https://oembed.com, section 2): the endpoint, and the `rich` response for one of our map URLs (pure)."""

from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode, urlsplit, parse_qsl

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import selectors
from ..models import Operation

__all__ = ["OEmbedError", "EmbedTarget", "embed_target_from_url", "oembed_response",
           "iframe_snippet", "oembed", "DEFAULT_WIDTH", "DEFAULT_HEIGHT"]

DEFAULT_WIDTH = 800
DEFAULT_HEIGHT = 450
# Smallest frame the embed page is designed for (issue #9: 300x250).
MIN_WIDTH, MIN_HEIGHT = 300, 250
# Query options carried from a page URL into the embed's URL.
CARRIED_OPTIONS = ("date", "from", "to", "autoplay", "loop", "speed", "controls", "layers",
                   "lat", "lng", "zoom", "story", "theme")


class OEmbedError(Exception):
    """A request oEmbed refuses; `status` is the HTTP status the spec asks for (400, 404, 501)."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class EmbedTarget:
    """Which operation a URL shows, and the options it carries."""

    slug: str
    options: tuple


def embed_target_from_url(url, *, site_root):
    """The operation and options of `url`, or OEmbedError(404) if it is not one of our pages.

    Our pages: {site_root}/operations/{slug}/ and {site_root}/embed/{slug}/, with any query.
    """
    if not url:
        raise OEmbedError(400, "the 'url' parameter is required")
    parts = urlsplit(url)
    root = urlsplit(site_root)
    if parts.scheme not in ("http", "https") or parts.netloc != root.netloc:
        raise OEmbedError(404, f"{url!r} is not a page of this site")
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) != 2 or segments[0] not in ("operations", "embed"):
        raise OEmbedError(404, f"{url!r} is not an operation or embed page")
    options = tuple((key, value) for key, value in parse_qsl(parts.query)
                    if key in CARRIED_OPTIONS)
    return EmbedTarget(slug=segments[1], options=options)


def _dimension(raw, name):
    """A positive integer from a maxwidth/maxheight parameter, None if absent."""
    if raw in (None, ""):
        return None
    try:
        value = int(raw)
    except ValueError:
        raise OEmbedError(400, f"{name} must be a positive integer, not {raw!r}") from None
    if value <= 0:
        raise OEmbedError(400, f"{name} must be a positive integer, not {raw!r}")
    return value


def fitted_size(maxwidth, maxheight):
    """The default 16:9 size shrunk to fit maxwidth and maxheight, never below 300x250."""
    width, height = DEFAULT_WIDTH, DEFAULT_HEIGHT
    if maxwidth is not None and maxwidth < width:
        width, height = maxwidth, round(maxwidth * DEFAULT_HEIGHT / DEFAULT_WIDTH)
    if maxheight is not None and maxheight < height:
        width, height = round(maxheight * DEFAULT_WIDTH / DEFAULT_HEIGHT), maxheight
    # Below the smallest designed frame the spec still wins: never exceed the maxima.
    width = max(width, min(MIN_WIDTH, maxwidth or MIN_WIDTH))
    height = max(height, min(MIN_HEIGHT, maxheight or MIN_HEIGHT))
    return width, height


def iframe_snippet(embed_url, *, title, width, height):
    """The iframe an article pastes: fixed size, lazy, titled; every value escaped."""
    return (f'<iframe src="{escape(embed_url)}" width="{int(width)}" height="{int(height)}" '
            f'title="{escape(title)}" loading="lazy" style="border:0" '
            f'allow="fullscreen"></iframe>')


def oembed_response(*, target, title, site_root, provider_name, thumbnail_url,
                    response_format="json", maxwidth=None, maxheight=None):
    """The oEmbed `rich` response (spec 2.3.4 and 2.3.4.4) as a dict, or OEmbedError."""
    if response_format not in ("json", None, ""):
        raise OEmbedError(501, f"format {response_format!r} is not supported; use json")
    width, height = fitted_size(_dimension(maxwidth, "maxwidth"),
                                _dimension(maxheight, "maxheight"))
    query = urlencode(target.options)
    embed_url = f"{site_root.rstrip('/')}/embed/{target.slug}/" + (f"?{query}" if query else "")
    response = {
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": provider_name,
        "provider_url": site_root.rstrip("/") + "/",
        "html": iframe_snippet(embed_url, title=title, width=width, height=height),
        "width": width,
        "height": height,
    }
    if thumbnail_url:
        response.update(thumbnail_url=thumbnail_url, thumbnail_width=DEFAULT_WIDTH,
                        thumbnail_height=DEFAULT_HEIGHT)
    return response


@require_safe
def oembed(request):
    """oEmbed endpoint: a `rich` iframe for our operation and embed URLs (404/501/400 per spec)."""
    try:
        target = embed_target_from_url(request.GET.get("url"),
                                       site_root=request.build_absolute_uri("/"))
        try:
            operation = selectors.operation_get(slug=target.slug)
        except Operation.DoesNotExist:
            raise OEmbedError(404, f"no operation {target.slug!r}") from None
        body = oembed_response(
            target=target, title=operation.name, site_root=request.build_absolute_uri("/"),
            provider_name="Battlemap",
            thumbnail_url=request.build_absolute_uri(
                reverse("operation-preview", args=[operation.slug])) + (
                "?" + urlencode({"date": dict(target.options)["date"][:10]})
                if "date" in dict(target.options) else ""),
            response_format=request.GET.get("format"),
            maxwidth=request.GET.get("maxwidth"), maxheight=request.GET.get("maxheight"),
        )
    except OEmbedError as error:
        return JsonResponse({"detail": error.message}, status=error.status)
    return JsonResponse(body)
