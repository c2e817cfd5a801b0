"""Queries and day resolution: which stored records hold on a day, fetched in few queries."""

import datetime
import time
from collections import defaultdict

from django.db.models import F, Max

from ..conf import battlemap_setting
from ..models import Area, Event, Formation, Front, KeyMoment, Movement, Operation, Place, Position

__all__ = [
    "operation_version_get",
    "operation_list", "listed_operations", "source_credits", "operation_get", "operation_dates", "cited", "areas_at", "areas_by_authored_date",
    "positions_for", "positions_at", "latest_per_formation", "resolved_per_day", "movements_for",
    "events_for", "events_on", "key_moments_for", "formations_for", "places_for", "side_order", "fronts_at", "fronts_by_authored_date",
    "daily_state",
]


def operation_list():
    return Operation.objects.all()


# The records that cite sources: an attribution credits only works a record of the operation cites.
CITING_MODELS = (Area, Event, Formation, Front, KeyMoment, Movement, Place, Position)


def source_credits(operation, limit=4):
    """'Author year' of the works the operation's records cite, each once, the most cited first,
    for an attribution line. A work listed in its sources but cited by no record (one no one here
    has read, kept for the bibliography) is not credited (issue #26)."""
    times_cited = defaultdict(int)
    for model in CITING_MODELS:
        through = model.sources.through
        for source_id in through.objects.filter(source__operation=operation).values_list("source_id", flat=True):
            times_cited[source_id] += 1
    works = operation.sources.filter(id__in=times_cited).values_list("id", "author", "year")
    credits = []
    for _, author, year in sorted(works, key=lambda work: (-times_cited[work[0]], work[1], work[2])):
        credit = f"{author} {year}".strip()
        if credit not in credits:
            credits.append(credit)
    return credits[:limit]


def listed_operations():
    """The operations the home page lists (not test fixtures), oldest first."""
    return Operation.objects.filter(listed=True)


def operation_get(*, slug):
    """The operation with `slug`; raises Operation.DoesNotExist when there is none."""
    return Operation.objects.get(slug=slug)


_versions = {}


def operation_version_get(*, slug):
    """The operation with `slug` as this process read it at most BATTLEMAP['VERSION_MEMO_SECONDS']
    ago, with only the fields that say its version and dates; raises Operation.DoesNotExist when
    there is none. The busiest endpoints so spare a query per request, and a reload shows within
    that time (browsers may keep documents far longer, see TIMELINE_MAX_AGE)."""
    now = time.monotonic()
    memo = _versions.get(slug)
    if memo is not None and now - memo[0] < battlemap_setting("VERSION_MEMO_SECONDS"):
        return memo[1]
    operation = Operation.objects.only("slug", "source_fingerprint", "updated_at", "start_date", "end_date").get(slug=slug)
    _versions[slug] = (now, operation)
    return operation


def operation_dates(operation):
    """Every calendar day of the operation, first to last."""
    length = (operation.end_date - operation.start_date).days
    return [operation.start_date + datetime.timedelta(days=n) for n in range(length + 1)]


def cited(queryset):
    """The records of `queryset` as a list, each given `source_keys`: the keys of the sources it
    cites, fetched in one query rather than one Source object per citation."""
    records = list(queryset)
    through = queryset.model.sources.through
    owner = f"{queryset.model._meta.model_name}_id"
    keys = defaultdict(list)
    citations = (
        through.objects.filter(**{f"{owner}__in": queryset.values("pk")})
        .values_list(owner, "source__key").order_by(owner, "source__key")
    )
    for owner_id, key in citations:
        keys[owner_id].append(key)
    for record in records:
        record.source_keys = keys[record.pk]
    return records


def areas_at(operation, day):
    """The areas on `day`: those of the latest authored day on or before it."""
    latest = Area.objects.filter(operation=operation, date__lte=day).aggregate(Max("date"))
    if latest["date__max"] is None:
        return []
    return cited(
        Area.objects.filter(operation=operation, date=latest["date__max"]).select_related("side")
    )


def areas_by_authored_date(operation):
    """The operation's areas grouped by the day they were authored for, in date order."""
    by_date = defaultdict(list)
    for area in cited(Area.objects.filter(operation=operation).select_related("side")):
        by_date[area.date].append(area)
    return by_date


def latest_per_formation(positions, day):
    """From positions ordered by formation and date, each formation's latest on or before `day`."""
    latest = {}
    for position in positions:
        if position.date <= day:
            latest[position.formation_id] = position
    return list(latest.values())


def positions_for(operation):
    """Every position of the operation, ordered by formation and date."""
    return cited(
        Position.objects.filter(formation__operation=operation)
        .select_related("formation", "formation__side")
        .order_by("formation_id", "date")
    )


def positions_at(operation, day):
    """Each formation's position on `day`: its latest authored position on or before it."""
    return latest_per_formation(positions_for(operation), day)


def resolved_per_day(operation, by_date):
    """For every day, the value of the latest authored date on or before it (or an empty list)."""
    resolved, current = {}, []
    for day in operation_dates(operation):
        current = by_date.get(day, current)
        resolved[day] = current
    return resolved


def movements_for(operation):
    return cited(Movement.objects.filter(operation=operation).select_related("side", "formation"))


def events_for(operation):
    # Within a day, timed events in order of time, then those whose hour no source gives.
    return cited(
        Event.objects.filter(operation=operation)
        .order_by("date", F("time").asc(nulls_last=True), "id")
    )


def events_on(operation, days):
    """The events of each of `days`, in the order of their times (untimed last), read in one query."""
    by_day = {day: [] for day in days}
    for event in events_for(operation):
        if event.date in by_day:
            by_day[event.date].append(event)
    return by_day


def key_moments_for(operation):
    # In the order a presenter steps through them: by date, then time (untimed first), then key.
    return cited(
        KeyMoment.objects.filter(operation=operation)
        .order_by("date", F("time").asc(nulls_first=True), "key")
    )


def formations_for(operation):
    return cited(Formation.objects.filter(operation=operation).select_related("side", "parent"))


def places_for(operation=None):
    places = Place.objects.select_related("operation")
    if operation is not None:
        places = places.filter(operation=operation)
    return cited(places)


def side_order(operation):
    return [side.slug for side in operation.sides.all()]


def fronts_by_authored_date(operation, areas_by_date=None):
    """The stored front lines (authored or derived at load) by the day they hold for.

    A day with areas but no front (the sides' ground does not meet) has an empty list, so that
    it does not inherit an earlier day's front."""
    by_date = defaultdict(list, {day: [] for day in (areas_by_date or {})})
    fronts = Front.objects.filter(operation=operation).select_related("side_a", "side_b")
    for front in cited(fronts):
        by_date[front.date].append(front)
    return dict(sorted(by_date.items()))


def fronts_at(operation, day):
    """The front lines on `day`: those of the latest day on or before it with a front or areas."""
    latest = max(
        (found for found in (
            Front.objects.filter(operation=operation, date__lte=day).aggregate(Max("date"))["date__max"],
            Area.objects.filter(operation=operation, date__lte=day).aggregate(Max("date"))["date__max"],
        ) if found is not None),
        default=None,
    )
    if latest is None:
        return []
    return cited(Front.objects.filter(operation=operation, date=latest).select_related("side_a", "side_b"))


def daily_state(operation):
    """Per day: the resolved areas, front lines (as stored, none derived here) and positions."""
    by_date = areas_by_authored_date(operation)
    fronts_by_date = fronts_by_authored_date(operation, by_date)
    areas_per_day = resolved_per_day(operation, by_date)
    fronts_per_day = resolved_per_day(operation, fronts_by_date)
    all_positions = positions_for(operation)
    return [
        (day, areas_per_day[day], fronts_per_day[day], latest_per_formation(all_positions, day))
        for day in operation_dates(operation)
    ], all_positions
