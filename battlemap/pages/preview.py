"""The preview image of an operation on a day, as a PNG for link previews, oEmbed and the home cards."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

from ..api.lookup import operation_or_404
from ..conf import battlemap_setting
from ..render.preview import preview_cached

__all__ = ["preview_image"]


@require_safe
def preview_image(request, slug):
    """The operation on ?date= (default: its first day) as a PNG, for link previews and oEmbed;
    ?size=card gives the home page's thumbnail."""
    operation = operation_or_404(slug)
    date = request.GET.get("date") or operation.start_date.isoformat()
    try:
        png = preview_cached(operation, date[:10], request.GET.get("size") or "large")
    except ValueError as error:
        return JsonResponse({"detail": str(error)}, status=400)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={battlemap_setting('TIMELINE_MAX_AGE')}"
    return response
