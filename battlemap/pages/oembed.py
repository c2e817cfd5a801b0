"""oEmbed (https://oembed.com, section 2): the endpoint, and the response for one of our map URLs
(pure): a `rich` iframe, or the day's picture (`photo`) or a `link` where no usable map fits."""

from dataclasses import dataclass
from html import escape
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import selectors
from ..i18n import QUERY_PARAMETER, offered_languages, supported_language
from ..models import Operation
from .preview import LARGE_PREVIEW_WIDTH, fitted_preview_width, preview_height

__all__ = ["OEmbedError", "EmbedTarget", "embed_target_from_url", "oembed_response",
           "iframe_snippet", "oembed", "fitted_size", "map_fits", "DEFAULT_WIDTH", "DEFAULT_HEIGHT",
           "MIN_WIDTH", "MIN_HEIGHT"]

DEFAULT_WIDTH = 800
DEFAULT_HEIGHT = 450
# Smallest frame the embed page is designed for (issue #9: 300x250).
MIN_WIDTH, MIN_HEIGHT = 300, 250
# Query options carried from a page URL into the embed's URL.
CARRIED_OPTIONS = ("date", "from", "to", "autoplay", "loop", "speed", "controls", "layers",
                   "lat", "lng", "zoom", "story", "theme", QUERY_PARAMETER)


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
    if "\x00" in unquote(url):
        # No database stores a NUL (PostgreSQL refuses the query): refused here, as the request's fault.
        raise OEmbedError(400, "the 'url' parameter holds a NUL character")
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


def with_language(target, raw):
    """`target` with the embed's language set to `raw` (oEmbed's `lang`), when given: an offered
    code, or OEmbedError(400) naming it and the languages offered."""
    if raw in (None, ""):
        return target
    language = supported_language(raw)
    if language is None:
        raise OEmbedError(400, f"lang {raw[:24]!r} is not offered; offered: {', '.join(offered_languages())}")
    options = tuple(option for option in target.options if option[0] != QUERY_PARAMETER)
    return EmbedTarget(slug=target.slug, options=options + ((QUERY_PARAMETER, language),))


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


def map_fits(maxwidth, maxheight):
    """Whether a frame of at least MIN_WIDTH x MIN_HEIGHT fits the maxima."""
    return (maxwidth is None or maxwidth >= MIN_WIDTH) and (maxheight is None or maxheight >= MIN_HEIGHT)


def fitted_size(maxwidth, maxheight):
    """The default 16:9 size shrunk to fit maxwidth and maxheight, never below 300x250: call it
    only where map_fits (a smaller frame is answered with a picture instead)."""
    if not map_fits(maxwidth, maxheight):
        raise ValueError(f"no frame of at least {MIN_WIDTH}x{MIN_HEIGHT} fits {maxwidth}x{maxheight}")
    width, height = DEFAULT_WIDTH, DEFAULT_HEIGHT
    if maxwidth is not None and maxwidth < width:
        width, height = maxwidth, round(maxwidth * DEFAULT_HEIGHT / DEFAULT_WIDTH)
    if maxheight is not None and maxheight < height:
        width, height = round(maxheight * DEFAULT_WIDTH / DEFAULT_HEIGHT), maxheight
    # The shape gives way to the minimum, which fits (map_fits).
    return max(width, MIN_WIDTH), max(height, MIN_HEIGHT)


def _sized(preview_url, width):
    """The preview image's URL at `width` pixels."""
    return preview_url + ("&" if "?" in preview_url else "?") + urlencode({"width": width})


def _picture(preview_url, maxwidth, maxheight):
    """(url, width, height) of the preview fitted to the maxima (the large picture itself when
    none are given), or None when no offered width fits."""
    if maxwidth is None and maxheight is None:
        return preview_url, LARGE_PREVIEW_WIDTH, preview_height(LARGE_PREVIEW_WIDTH)
    width = fitted_preview_width(maxwidth, maxheight)
    return (_sized(preview_url, width), width, preview_height(width)) if width else None


def iframe_snippet(embed_url, *, title, width, height):
    """The iframe an article pastes: fixed size, lazy, titled; every value escaped."""
    return (f'<iframe src="{escape(embed_url)}" width="{int(width)}" height="{int(height)}" '
            f'title="{escape(title)}" loading="lazy" style="border:0" '
            f'allow="fullscreen"></iframe>')


def oembed_response(*, target, title, site_root, provider_name, preview_url,
                    response_format="json", maxwidth=None, maxheight=None):
    """The oEmbed response as a dict, or OEmbedError: `rich` (spec 2.3.4.4), the embed's iframe
    fitted to the maxima; where they cannot hold a frame of MIN_WIDTH x MIN_HEIGHT, `photo`
    (2.3.4.1), the day's preview image (`preview_url`) fitted to them, or `link` (2.3.4.3)
    when not even the smallest picture fits. The thumbnail, too, fits the maxima (2.3.4)."""
    if response_format not in ("json", None, ""):
        raise OEmbedError(501, f"format {response_format!r} is not supported; use json")
    maxwidth, maxheight = _dimension(maxwidth, "maxwidth"), _dimension(maxheight, "maxheight")
    response = {
        "version": "1.0",
        "title": title,
        "provider_name": provider_name,
        "provider_url": site_root.rstrip("/") + "/",
    }
    picture = _picture(preview_url, maxwidth, maxheight) if preview_url else None
    if not map_fits(maxwidth, maxheight):
        if picture is None:
            return {"type": "link", **response}
        url, width, height = picture
        return {"type": "photo", **response, "url": url, "width": width, "height": height}
    width, height = fitted_size(maxwidth, maxheight)
    query = urlencode(target.options)
    embed_url = f"{site_root.rstrip('/')}/embed/{target.slug}/" + (f"?{query}" if query else "")
    response.update(type="rich", html=iframe_snippet(embed_url, title=title, width=width, height=height),
                    width=width, height=height)
    if picture:
        url, width, height = picture
        response.update(thumbnail_url=url, thumbnail_width=width, thumbnail_height=height)
    return response


@require_safe
def oembed(request):
    """oEmbed endpoint: a `rich` iframe (or, in too small a space, the day's picture) for our
    operation and embed URLs (404/501/400 per spec)."""
    try:
        target = embed_target_from_url(request.GET.get("url"), site_root=request.build_absolute_uri("/"))
        # oEmbed's own `lang`, else the one the page's address names; either checked.
        target = with_language(target, request.GET.get(QUERY_PARAMETER) or dict(target.options).get(QUERY_PARAMETER))
        try:
            operation = selectors.operation_get(slug=target.slug)
        except Operation.DoesNotExist:
            raise OEmbedError(404, f"no operation {target.slug!r}") from None
        # The title in the embed's language (English where the data has none in it).
        language = dict(target.options).get(QUERY_PARAMETER)
        if language:
            selectors.texts_for(operation, selectors.data_language(language)).put_on(operation, "operation", None, ("name",))
        body = oembed_response(
            target=target, title=operation.name, site_root=request.build_absolute_uri("/"),
            provider_name="Battlemap",
            preview_url=request.build_absolute_uri(
                reverse("operation-preview", args=[operation.slug])) + (
                "?" + urlencode({key: value[:10] for key, value in target.options if key in ("date", QUERY_PARAMETER)})
                if {"date", QUERY_PARAMETER} & set(dict(target.options)) else ""),
            response_format=request.GET.get("format"),
            maxwidth=request.GET.get("maxwidth"), maxheight=request.GET.get("maxheight"),
        )
    except OEmbedError as error:
        return JsonResponse({"detail": error.message}, status=error.status)
    return JsonResponse(body)
