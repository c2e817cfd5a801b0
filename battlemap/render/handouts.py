"""Printed handouts of an operation: one day's map with its legend and events, or a sheet of small
maps of several days (the classic worksheet of how a battle unfolded). The query is read and
checked here, with errors that name the parameter and the value at fault."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..query_values import operation_day
from .labels import formation_labels
from .map_style import side_styles, side_tags

__all__ = ["Handout", "HandoutError", "PAPERS", "handout_from_query", "legend_sides", "MIN_PANELS", "MAX_PANELS",
           "cited_keys", "uncited_note"]

MIN_PANELS, MAX_PANELS = 4, 9
# Paper sizes the print CSS lays out (CSS named pages).
PAPERS = ("a4", "letter")


class HandoutError(ValueError):
    """A handout query that cannot be printed; the message names what is wrong."""


@dataclass(frozen=True)
class Handout:
    # "day": one map with the day's events; "sheet": small multiples of several days.
    kind: str
    dates: tuple
    paper: str

    @property
    def columns(self):
        """Small maps per row: two for four, three for five to nine."""
        return 2 if len(self.dates) <= 4 else 3


def _day(raw, name, operation):
    try:
        return operation_day(raw, name, operation)
    except ValueError as error:
        raise HandoutError(str(error)) from None


def handout_from_query(query, operation):
    """The Handout `query` asks for: `date` (one day; the first day when neither is given) or
    `dates` (4 to 9 days, comma-separated or given once each, printed in date order), and `paper`
    (a4 or letter)."""
    paper = (query.get("paper") or "a4").lower()
    if paper not in PAPERS:
        raise HandoutError(_("'paper' must be one of %(papers)s, got %(value)r") % {
            "papers": ", ".join(PAPERS), "value": query.get("paper")})
    if query.get("date") and query.get("dates"):
        raise HandoutError(_("give either 'date' (one day) or 'dates' (several), not both"))
    if query.get("dates") is not None:
        # Comma-separated, or one `dates` per day (the worksheet picker's form sends one per box).
        values = query.getlist("dates") if hasattr(query, "getlist") else [query["dates"]]
        parts = [part for value in values for part in value.split(",") if part.strip()]
        if not MIN_PANELS <= len(parts) <= MAX_PANELS:
            raise HandoutError(_("'dates' must list %(low)s to %(high)s days, got %(count)s") % {
                "low": MIN_PANELS, "high": MAX_PANELS, "count": len(parts)})
        days = [_day(part, "dates", operation) for part in parts]
        if len(set(days)) != len(days):
            raise HandoutError(_("'dates' lists a day twice"))
        return Handout(kind="sheet", dates=tuple(sorted(days)), paper=paper)
    day = _day(query["date"], "date", operation) if query.get("date") else operation.start_date
    return Handout(kind="day", dates=(day,), paper=paper)


def legend_sides(operation):
    """Each side as the legend shows it: its name, its style on the maps (map_style), whether it
    has a pocket to show, and the tag its formations carry where the other side has one of the
    same name (and whether any does)."""
    sides = list(operation.sides.all())
    styles, tags = side_styles(sides), side_tags(sides)
    formations = [{"id": one.pk, "name": one.name, "side": one.side.slug}
                  for side in sides for one in side.formations.all().select_related("side")]
    labels = formation_labels(formations, tags)
    tagged = {formation["side"] for formation in formations if labels[formation["id"]] != formation["name"]}
    return [{"slug": side.slug, "name": side.name, "short_name": side.short_name, "style": styles[side.slug], "tag": tags[side.slug],
             "tag_used": side.slug in tagged, "pocket": side.areas.filter(role="pocket").exists()}
            for side in sides]


# The kinds of record a handout's days hold, in the order the note names them: each a count's
# words in the page's language (written out, so that makemessages finds the plural forms).
RECORD_KINDS = {
    "events": lambda count: ngettext("%(count)d event", "%(count)d events", count),
    "areas": lambda count: ngettext("%(count)d area", "%(count)d areas", count),
    "positions": lambda count: ngettext("%(count)d unit position", "%(count)d unit positions", count),
    "movements": lambda count: ngettext("%(count)d movement", "%(count)d movements", count),
}


def cited_keys(records):
    """The keys of the sources any of `records` ({kind: [record]}, each with source_keys) cites."""
    return {key for group in records.values() for record in group for key in record.source_keys}


def uncited_note(records, days, *, read_any):
    """What the handout says where none of its days' `records` ({kind: [record]}, each with a
    basis) cites a source: that the map is the project's reconstruction, how many records are
    inferred and derived (issue #26's bases), and that it rests on the sources read for the
    operation, listed under it (`read_any`: whether any was read)."""
    parts = []
    meaning = {"inferred": _("inferred (the authors' judgement; each record's note says from what)"),
               "derived": _("derived (computed by the project from other records)"),
               "stated": _("stated")}
    for basis in ("inferred", "derived", "stated"):
        counted = [RECORD_KINDS[kind](count) % {"count": count} for kind, group in records.items()
                   if (count := sum(1 for record in group if record.basis == basis))]
        if counted:
            parts.append(_("%(records)s %(basis)s") % {"records": ", ".join(counted), "basis": meaning[basis]})
    opening = (_("No record of this day cites a source: its map is a reconstruction.") if len(days) == 1
               else _("No record of these days cites a source: their maps are a reconstruction."))
    text = opening + (" " + _("Of its records: %(parts)s.") % {"parts": "; ".join(parts)} if parts else "")
    return text + " " + (_("It rests on the sources read for this operation, listed here.") if read_any
                         else _("No source of this operation has been read here."))
