"""The home page: a card per listed operation with its headline figures, and the chronicle of the
battles for the same ground."""

import json
from dataclasses import dataclass

from django.shortcuts import render
from django.utils.formats import number_format
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .. import selectors
from ..documents import stats_payload
from ..models import Operation
from ..selectors.statistics import ground_km2, significant

__all__ = ["Card", "operation_cards", "operation_index"]


@dataclass(frozen=True)
class Card:
    operation: Operation
    tagline: str
    # (label, value) pairs, e.g. ("Soviet Union ground", "27,000 → 21,000 km²").
    figures: tuple


def _grouped(number):
    """A whole number with the language's thousands separator (27,000; 27.000; 27 000)."""
    return number_format(number, force_grouping=True)


def _figures(operation, stats, texts):
    """Days, formations, and for each side its ground on the first and the last day."""
    days = (operation.end_date - operation.start_date).days + 1
    figures = [(_("Days"), f"{days}"), (_("Formations"), _grouped(operation.formations.count()))]
    if stats:
        first, last = stats[0], stats[-1]
        if first["front_km"] or last["front_km"]:
            figures.append((_("Front line"), _("%(first)s → %(last)s km") % {
                "first": _grouped(first["front_km"]), "last": _grouped(last["front_km"])}))
        for side in operation.sides.all():
            before, after = significant(ground_km2(first, side.slug)), significant(ground_km2(last, side.slug))
            if before or after:
                name = texts.over("sides", side.slug, {"name": side.name}, ("name",))["name"].split(" (")[0]
                figures.append((_("%(side)s ground") % {"side": name},
                                _("%(first)s → %(last)s km²") % {"first": _grouped(before), "last": _grouped(after)}))
    return tuple(figures)


def operation_cards():
    """A card for every listed operation, oldest first, its figures from the cached stats."""
    cards = []
    language = selectors.data_language(translation.get_language())
    for operation in selectors.listed_operations().prefetch_related("sides"):
        # The data's texts in the page's language (English where a text has none, marked "<field>_lang").
        texts = selectors.texts_for(operation, language)
        texts.put_on(operation, "operation", None, ("name", "summary", "tagline"))
        stats = json.loads(stats_payload(operation).body)
        cards.append(Card(operation=operation, tagline=selectors.tagline_of(operation),
                          figures=_figures(operation, stats, texts)))
    return cards


@require_safe
def operation_index(request):
    """The operations to choose from, as cards, and the chronicle of battles they belong to."""
    return render(request, "battlemap/index.html", {
        "cards": operation_cards(), "chronicle": selectors.chronicle_get(),
    })
