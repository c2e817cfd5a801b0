"""The preview image of an operation on a day, as a PNG for link previews, oEmbed and the home cards."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

from ..api.lookup import operation_or_404
from ..conf import battlemap_setting
from ..render.preview import preview_cached

__all__ = ["preview_image", "fitted_preview_width", "preview_height",
           "PREVIEW_WIDTHS", "LARGE_PREVIEW_WIDTH"]

# ?width= draws the picture at one of these widths (a bounded set, so the cache holds a bounded
# number of images per day): oEmbed's photos and thumbnails fitted to a consumer's maxima.
WIDTH_STEP = 40
PREVIEW_WIDTHS = range(120, 1200 + 1, WIDTH_STEP)
# The large picture's own width; its height is always 0.525 of the width (Open Graph's 1.91:1).
LARGE_PREVIEW_WIDTH = 1200
# Below this width names and the title cannot be read: the card's unannotated picture is drawn.
ANNOTATED_FROM_WIDTH = 480


def preview_height(width):
    """The height in pixels of the preview drawn `width` pixels wide."""
    return round(width * 21 / 40)


def fitted_preview_width(maxwidth=None, maxheight=None):
    """The widest of PREVIEW_WIDTHS whose picture fits maxwidth x maxheight, None if none does."""
    fitting = [width for width in PREVIEW_WIDTHS
               if (maxwidth is None or width <= maxwidth)
               and (maxheight is None or preview_height(width) <= maxheight)]
    return fitting[-1] if fitting else None


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
