"""The print page: a handout of one day's map, legend and events, or a sheet of small maps."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import selectors
from ..api.lookup import operation_or_404
from ..render.handouts import HandoutError, handout_from_query, legend_sides

__all__ = ["print_page"]


@require_safe
def print_page(request, slug):
    """A handout to print: one day's map, legend and events, or a sheet of small maps of 4-9 days."""
    operation = operation_or_404(slug)
    try:
        handout = handout_from_query(request.GET, operation)
    except HandoutError as error:
        return render(request, "battlemap/print.html", {"operation": operation, "problem": str(error)}, status=400)
    events = selectors.events_on(operation, handout.dates)
    days = [{"date": day, "events": events[day]} for day in handout.dates]
    cited = {key for day in days for event in day["events"] for key in event.source_keys}
    return render(request, "battlemap/print.html", {
        "operation": operation, "handout": handout, "days": days,
        "sides": operation.sides.all(), "legend_sides": legend_sides(operation),
        "sources": operation.sources.filter(key__in=cited).order_by("author", "year"),
        "page_url": request.build_absolute_uri(reverse("operation-page", args=[operation.slug])),
        "handout_url": request.build_absolute_uri(),
    })
