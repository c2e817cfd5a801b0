"""The print page: a handout of one day's map, legend and events, or a sheet of small maps."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import selectors
from ..selectors.queries import movements_for
from ..api.lookup import operation_or_404
from ..render.handouts import HandoutError, cited_keys, handout_from_query, legend_sides, uncited_note

__all__ = ["print_page"]


def _in_language(sides, texts):
    """The legend's sides with their names in the texts' language (short: before any parenthesis)."""
    for side in sides:
        named = texts.over("sides", side["slug"], {"name": side["name"]}, ("name",))
        side.update(short_name=named["name"].split(" (")[0], name_lang=named.get("name_lang", ""))
    return sides


@require_safe
def print_page(request, slug):
    """A handout to print: one day's map, legend and events, or a sheet of small maps of 4-9 days."""
    operation = operation_or_404(slug)
    # The data's texts in the page's language (English where a text has none, marked "<field>_lang").
    texts = selectors.texts_for(operation, selectors.data_language(getattr(request, "LANGUAGE_CODE", "en")))
    texts.put_on(operation, "operation", None, ("name",))
    try:
        handout = handout_from_query(request.GET, operation)
    except HandoutError as error:
        return render(request, "battlemap/print.html", {"operation": operation, "problem": str(error)}, status=400)
    events = selectors.events_on(operation, handout.dates)
    days = [{"date": day, "events": [texts.put_on(event, "events", event.key, ("title", "text")) for event in events[day]]}
            for day in handout.dates]
    # What the days' records cite; where they cite nothing, the sources read for the operation.
    records = {"events": [event for day in days for event in day["events"]],
               "areas": [area for day in handout.dates for area in selectors.areas_at(operation, day)],
               "positions": [position for day in handout.dates for position in selectors.positions_at(operation, day)
                             if position.date == day],
               "movements": [movement for movement in movements_for(operation)
                             if any(movement.start_date <= day <= movement.end_date for day in handout.dates)]}
    cited = cited_keys(records)
    read = operation.sources.exclude(consulted="")
    sources_note = "" if cited else uncited_note(records, handout.dates, read_any=read.exists())
    sources = operation.sources.filter(key__in=cited) if cited else read
    return render(request, "battlemap/print.html", {
        "operation": operation, "handout": handout, "days": days,
        "sides": operation.sides.all(), "legend_sides": _in_language(legend_sides(operation), texts),
        "sources": sources.order_by("author", "year"), "sources_note": sources_note,
        "page_url": request.build_absolute_uri(reverse("operation-page", args=[operation.slug])),
        "handout_url": request.build_absolute_uri(),
    })
