"""The comparison page, two operations on the same ground: which ones, the shared view and each
one's date, read from its query string and checked, with errors that name the parameter at fault."""

import datetime
from dataclasses import dataclass, replace

from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .. import selectors
from ..query_values import operation_day
from ..render.contrast import contrast_charts

__all__ = ["Comparison", "ComparisonError", "comparison_from_query", "compare_page", "overlapping", "same_day",
           "DEFAULT_ZOOM", "LOCKS"]

DEFAULT_ZOOM = 8
ZOOM_RANGE = (3, 16)
# ?lock= values: "day" keeps both timelines on the same day of each operation (day n of one is
# day n of the other); absent, each keeps its own date.
LOCKS = ("day",)


class ComparisonError(ValueError):
    """A comparison query that cannot be shown; the message names the parameter."""


@dataclass(frozen=True)
class Comparison:
    left: object
    right: object
    # [lat, lng] and zoom shared by both maps.
    center: tuple
    zoom: float
    left_date: datetime.date
    right_date: datetime.date
    # "day" when the two timelines keep the same day of each operation, else None.
    lock: str = None
    # The page's language, carried into the maps' and the swapped comparison's addresses.
    lang: str = None

    def _url(self, view_name, side, **extra):
        operation, day = (self.left, self.left_date) if side == "left" else (self.right, self.right_date)
        query = {"date": day.isoformat(), "center": f"{self.center[0]:.4f},{self.center[1]:.4f}",
                 "zoom": f"{self.zoom:g}", **extra, **({"lang": self.lang} if self.lang else {})}
        return reverse(view_name, args=[operation.slug]) + "?" + urlencode(query)

    def embed_url(self, side):
        """The embed URL of one side ("left" or "right") at the shared view and its date."""
        return self._url("embed-page", side, controls="minimal")

    def page_url(self, side):
        """The full map of one side at the shared view and its date."""
        return self._url("operation-page", side)

    @property
    def embed_url_left(self):
        return self.embed_url("left")

    @property
    def embed_url_right(self):
        return self.embed_url("right")

    @property
    def page_url_left(self):
        return self.page_url("left")

    @property
    def page_url_right(self):
        return self.page_url("right")

    @property
    def months_apart(self):
        """Whole months between the two dates shown."""
        early, late = sorted((self.left_date, self.right_date))
        return (late.year - early.year) * 12 + late.month - early.month - (late.day < early.day)

    @property
    def left_day(self):
        """The left date's day of its operation, counted from 1."""
        return (self.left_date - self.left.start_date).days + 1

    @property
    def right_day(self):
        """The right date's day of its operation, counted from 1."""
        return (self.right_date - self.right.start_date).days + 1

    @property
    def left_days(self):
        """How many days the left operation lasts."""
        return (self.left.end_date - self.left.start_date).days + 1

    @property
    def right_days(self):
        """How many days the right operation lasts."""
        return (self.right.end_date - self.right.start_date).days + 1

    def swapped_url(self):
        """This comparison with its two sides exchanged."""
        query = {"left": self.right.slug, "right": self.left.slug,
                 "center": f"{self.center[0]:.4f},{self.center[1]:.4f}", "zoom": f"{self.zoom:g}",
                 "left_date": self.right_date.isoformat(), "right_date": self.left_date.isoformat(),
                 **({"lock": self.lock} if self.lock else {}), **({"lang": self.lang} if self.lang else {})}
        return reverse("compare-page") + "?" + urlencode(query)


def _bbox_overlap(a, b):
    west, south = max(a[0], b[0]), max(a[1], b[1])
    east, north = min(a[2], b[2]), min(a[3], b[3])
    return (west, south, east, north) if west < east and south < north else None


def overlapping(operation, candidates):
    """The candidates (other than `operation`) whose ground overlaps its own."""
    return [other for other in candidates
            if other.slug != operation.slug and _bbox_overlap(operation.bbox, other.bbox)]


def _operation(query, name, by_slug, fallback):
    slug = query.get(name)
    if slug is None or slug == "":
        if fallback is None:
            raise ComparisonError(_("'%(name)s': name an operation (%(known)s)") % {
                "name": name, "known": ", ".join(sorted(by_slug)) or _("none loaded")})
        return fallback
    if slug not in by_slug:
        raise ComparisonError(_("'%(name)s': no operation '%(slug)s'; known: %(known)s") % {
            "name": name, "slug": slug, "known": ", ".join(sorted(by_slug))})
    return by_slug[slug]


def _centre(query, default):
    raw = query.get("center")
    if not raw:
        return default
    parts = raw.split(",")
    try:
        lat, lng = (float(part) for part in parts)
    except ValueError:
        raise ComparisonError(_("'center' must be 'lat,lng' in degrees, got %(value)r") % {"value": raw}) from None
    if not (-85 <= lat <= 85 and -180 <= lng <= 180):
        raise ComparisonError(_("'center' %(value)r is outside the map (lat -85..85, lng -180..180)") % {"value": raw})
    return (lat, lng)


def _zoom(query):
    raw = query.get("zoom")
    if not raw:
        return DEFAULT_ZOOM
    try:
        zoom = float(raw)
    except ValueError:
        raise ComparisonError(_("'zoom' must be a number, got %(value)r") % {"value": raw}) from None
    if not ZOOM_RANGE[0] <= zoom <= ZOOM_RANGE[1]:
        raise ComparisonError(_("'zoom' must be between %(low)s and %(high)s, got %(value)r") % {
            "low": ZOOM_RANGE[0], "high": ZOOM_RANGE[1], "value": raw})
    return zoom


def _day(query, name, operation):
    raw = query.get(name)
    if not raw:
        return operation.end_date
    try:
        return operation_day(raw, name, operation)
    except ValueError as error:
        raise ComparisonError(str(error)) from None


def same_day(day, operation, other):
    """The date of `other` that is the same day of it as `day` is of `operation` (day n of one,
    day n of the other), its last day when it is shorter."""
    return min(other.start_date + (day - operation.start_date), other.end_date)


def _lock(query):
    raw = query.get("lock")
    if not raw:
        return None
    if raw not in LOCKS:
        raise ComparisonError(_("'lock' must be %(locks)s, got %(value)r") % {
            "locks": _(" or ").join(repr(lock) for lock in LOCKS), "value": raw})
    return raw


def comparison_from_query(query, operations):
    """The Comparison a query asks for among `operations` (the listed ones, oldest first).

    `left` defaults to the first operation, `right` to the next whose ground overlaps it; the view
    defaults to the middle of the ground they share; each date to its operation's last day, and
    with `lock=day` the right date to the same day of its operation as the left's.
    """
    by_slug = {operation.slug: operation for operation in operations}
    left = _operation(query, "left", by_slug, operations[0] if operations else None)
    others = overlapping(left, operations)
    right = _operation(query, "right", by_slug, others[0] if others else None)
    if right.slug == left.slug:
        raise ComparisonError(_("'left' and 'right' name the same operation; choose two"))
    shared = _bbox_overlap(left.bbox, right.bbox) or left.bbox
    centre = _centre(query, ((shared[1] + shared[3]) / 2, (shared[0] + shared[2]) / 2))
    lock = _lock(query)
    left_date = _day(query, "left_date", left)
    right_date = same_day(left_date, left, right) if lock == "day" else _day(query, "right_date", right)
    return Comparison(left=left, right=right, center=centre, zoom=_zoom(query),
                      left_date=left_date, right_date=right_date, lock=lock)


@require_safe
def compare_page(request):
    """Two operations on the same ground, side by side (one above the other on a phone)."""
    operations = list(selectors.listed_operations())
    # The data's texts in the page's language (English where a text has none, marked "<field>_lang").
    language = selectors.data_language(getattr(request, "LANGUAGE_CODE", "en"))
    texts = {operation.slug: selectors.texts_for(operation, language) for operation in operations}
    for operation in operations:
        texts[operation.slug].put_on(operation, "operation", None, ("name",))
    try:
        comparison = comparison_from_query(request.GET, operations)
    except ComparisonError as error:
        return render(request, "battlemap/compare.html", {"problem": str(error), "operations": operations},
                      status=400)
    comparison = replace(comparison, lang=getattr(request, "LANGUAGE_CODE", None))
    charts = contrast_charts(comparison.left, comparison.right)
    side_name = next((texts[comparison.left.slug].over("sides", side.slug, {"name": side.name}, ("name",))["name"].split(" (")[0]
                      for side in comparison.left.sides.all() if side.short_name == charts.side), charts.side)
    return render(request, "battlemap/compare.html", {
        "comparison": comparison, "operations": operations,
        "contrast_side": side_name, "ground_chart": charts.ground, "front_chart": charts.front,
    })
