"""The preview image of an operation on a day, as a PNG for link previews, oEmbed and the home cards."""

import datetime
from urllib.parse import urlencode

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..api.lookup import operation_or_404
from ..conf import battlemap_setting
from ..render.frame_sheet import FORMATS, frame_cached, view_bbox
from ..render.preview import preview_cached

__all__ = ["preview_image", "frame_image", "fitted_preview_width", "preview_height", "still_image",
           "PREVIEW_WIDTHS", "LARGE_PREVIEW_WIDTH", "STILL_WIDTHS"]

# ?width= draws the picture at one of these widths (a bounded set, so the cache holds a bounded
# number of images per day): oEmbed's photos and thumbnails fitted to a consumer's maxima.
WIDTH_STEP = 40
PREVIEW_WIDTHS = range(120, 1200 + 1, WIDTH_STEP)
# The large picture's own width; its height is always 0.525 of the width (Open Graph's 1.91:1).
LARGE_PREVIEW_WIDTH = 1200
# Below this width names and the title cannot be read: the card's unannotated picture is drawn.
ANNOTATED_FROM_WIDTH = 480


# The widths an embed's still offers the browser to choose from (srcset): a frame too small for
# the map, at one and two device pixels a px, up to a frame with scripts off at any size.
STILL_WIDTHS = (200, 400, 800, 1200)


def preview_height(width):
    """The height in pixels of the preview drawn `width` pixels wide."""
    return round(width * 21 / 40)


def fitted_preview_width(maxwidth=None, maxheight=None):
    """The widest of PREVIEW_WIDTHS whose picture fits maxwidth x maxheight, None if none does."""
    fitting = [width for width in PREVIEW_WIDTHS
               if (maxwidth is None or width <= maxwidth)
               and (maxheight is None or preview_height(width) <= maxheight)]
    return fitting[-1] if fitting else None


def _still_date(operation, query):
    """The day an embed asked for (?date=, else ?from=), when it is one of the operation's; else None."""
    for name in ("date", "from"):
        try:
            day = datetime.date.fromisoformat((query.get(name) or "")[:10])
        except ValueError:
            continue
        if operation.start_date <= day <= operation.end_date:
            return day
    return None


def still_image(operation, query, language=None):
    """The embed's still, the preview of the day `query` asks for (its first day when it names
    none it has), in `language` ({"lang": code} or {}): {"src", "srcset", "date"} for an <img> or <source>."""
    day = _still_date(operation, query) or operation.start_date
    base = reverse("operation-preview", args=[operation.slug]) + "?" + urlencode({"date": day.isoformat(), **(language or {})})
    srcset = ", ".join(f"{base}&width={width} {width}w" for width in STILL_WIDTHS)
    return {"src": f"{base}&width={STILL_WIDTHS[1]}", "srcset": srcset, "date": day}


def _width(raw):
    """The ?width= asked for, None when absent; ValueError naming it when it is not offered."""
    if raw in (None, ""):
        return None
    if not raw.isdigit() or int(raw) not in PREVIEW_WIDTHS:
        raise ValueError(f"width {raw!r} must be one of {PREVIEW_WIDTHS.start}, "
                         f"{PREVIEW_WIDTHS.start + WIDTH_STEP}, ... {PREVIEW_WIDTHS[-1]} (steps of {WIDTH_STEP})")
    return int(raw)


@require_safe
def preview_image(request, slug):
    """The operation on ?date= (default: its first day) as a PNG, for link previews and oEmbed;
    ?size=card gives the home page's thumbnail, ?width= the large picture at that width."""
    operation = operation_or_404(slug)
    date = request.GET.get("date") or operation.start_date.isoformat()
    try:
        width = _width(request.GET.get("width"))
        size = request.GET.get("size") or "large"
        if width is not None:
            size = "large" if width >= ANNOTATED_FROM_WIDTH else "card"
        png = preview_cached(operation, date[:10], size, width)
    except ValueError as error:
        return JsonResponse({"detail": str(error)}, status=400)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={battlemap_setting('TIMELINE_MAX_AGE')}"
    return response


@require_safe
def frame_image(request, slug):
    """The map's current frame as a sheet that stands alone (title, date, caption, legend, scale,
    sources, address): ?format=svg or pdf (vector) or png (300 dpi), ?date=, ?bbox=W,S,E,N (the
    view; default the operation's ground), ?paper=a4 or letter."""
    operation = operation_or_404(slug)
    try:
        fmt = (request.GET.get("format") or "pdf").lower()
        date = (request.GET.get("date") or operation.start_date.isoformat())[:10]
        page = request.build_absolute_uri(reverse("operation-page", args=[operation.slug]))
        body = frame_cached(operation, fmt, date, view_bbox(request.GET.get("bbox")),
                            (request.GET.get("paper") or "a4").lower(), f"{page}?{urlencode({'date': date})}")
    except ValueError as error:
        return JsonResponse({"detail": str(error)}, status=400)
    response = HttpResponse(body, content_type=FORMATS[fmt][0])
    response["Content-Disposition"] = f'inline; filename="{operation.slug}_{date}.{fmt}"'
    response["Cache-Control"] = f"public, max-age={battlemap_setting('TIMELINE_MAX_AGE')}"
    return response
