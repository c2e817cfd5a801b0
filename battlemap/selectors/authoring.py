"""What the admin's map shows around a record being authored: the operation's geography, the day's
ground, front and positions, and the record itself on the authored days before and after."""

import datetime

from django.db.models import Max, Min

from geodata.geometry import to_geojson_dict

from ..models import Area, Front, Position
from .queries import areas_at, fronts_at, places_for, positions_at

__all__ = ["authoring_context", "authoring_day", "day_records", "neighbouring_days", "previous_authored_day"]

# Coordinates as the editor writes them: a tenth of a metre is more than any source gives.
PRECISION = 6

# The layers of the context, in the order they are drawn (lowest first). `snap`: Geoman snaps
# edges to it, so two sides' ground meets along one line; `faded`: drawn as a ghost outline.
CONTEXT_LAYERS = {
    "ground": {"label": "Ground that day", "snap": False},
    "other_ground": {"label": "The other side's ground", "snap": True},
    "previous": {"label": "Previous authored day", "faded": True, "snap": False},
    "next": {"label": "Next authored day", "faded": True, "snap": False},
    "front": {"label": "Front that day", "snap": False},
    "rivers": {"label": "Rivers", "snap": True},
    "railways": {"label": "Railways", "snap": False},
    "places": {"label": "Places", "snap": False},
    "positions": {"label": "Positions that day", "snap": False},
}


def _feature(geometry, **properties):
    # RFC 7946 §3.2: a Feature has "type", "geometry" and "properties".
    return {"type": "Feature", "geometry": to_geojson_dict(geometry, PRECISION), "properties": properties}


def authoring_day(record, operation):
    """The day a record's map shows: its date, a movement's first day, else the operation's first."""
    for name in ("date", "start_date"):
        day = getattr(record, name, None) if record is not None else None
        if isinstance(day, datetime.date):
            return day
    return operation.start_date


def previous_authored_day(model, operation, day, **same):
    """The latest day before `day` on which `model` has records (matching `same`), or None."""
    owner = {"formation__operation": operation} if model is Position else {"operation": operation}
    return model.objects.filter(**owner, **same, date__lt=day).aggregate(Max("date"))["date__max"]


def neighbouring_days(record):
    """The same record on the authored days around it: (previous records, next records).

    An area is the same side's ground in the same role; a front the same two sides; a position
    the same formation's."""
    if isinstance(record, Area):
        model, owner, same = Area, {"operation_id": record.operation_id}, {"side_id": record.side_id, "role": record.role}
    elif isinstance(record, Front):
        model, owner, same = Front, {"operation_id": record.operation_id}, {"side_a_id": record.side_a_id, "side_b_id": record.side_b_id}
    elif isinstance(record, Position):
        model, owner, same = Position, {}, {"formation_id": record.formation_id}
    else:
        return [], []
    records = model.objects.filter(**owner, **same)
    before = records.filter(date__lt=record.date).aggregate(Max("date"))["date__max"]
    after = records.filter(date__gt=record.date).aggregate(Min("date"))["date__min"]
    return ([*records.filter(date=before)] if before else [], [*records.filter(date=after)] if after else [])


def _area_features(areas):
    return [_feature(area.geometry, side=area.side.slug, role=area.role, date=area.date.isoformat())
            for area in areas]


def authoring_context(*, operation, day, record=None, whole_day=False) -> dict:
    """The reference layers around `record` (or around a new record) on `day`, as GeoJSON.

    Returns {"bbox", "sides": {slug: {"name", "colour"}}, "layers": [{"name", "label", "snap",
    "faded", "features"}]}; the record itself is left out of every layer. With `whole_day` (the
    day view, which edits every area, front and position authored for `day`) those are left out
    too, and the previous and next days are the operation's authored days around `day`."""
    features = {name: [] for name in CONTEXT_LAYERS}
    for place in places_for(operation):
        if record is not None and place.pk == record.pk and type(record).__name__ == "Place":
            continue
        layer = {"river": "rivers", "railway": "railways"}.get(place.kind, "places")
        features[layer].append(_feature(place.geometry, name=place.name, kind=place.kind))
    own_side = record.side_id if isinstance(record, Area) else None
    for area in areas_at(operation, day):
        if (isinstance(record, Area) and area.pk == record.pk) or (whole_day and area.date == day):
            continue
        other = own_side is not None and area.side_id != own_side
        features["other_ground" if other else "ground"] += _area_features([area])
    features["front"] = [
        _feature(front.geometry, sides=[front.side_a.slug, front.side_b.slug], origin=front.origin)
        for front in fronts_at(operation, day)
        if not (isinstance(record, Front) and front.pk == record.pk) and not (whole_day and front.date == day)
    ]
    features["positions"] = [
        _feature(position.point, name=position.formation.name, side=position.formation.side.slug,
                 date=position.date.isoformat())
        for position in positions_at(operation, day)
        if not (isinstance(record, Position) and position.formation_id == record.formation_id)
        and not (whole_day and position.date == day)
    ]
    if record is not None and record.pk is not None:
        before, after = neighbouring_days(record)
        geometry_of = (lambda item: item.point) if isinstance(record, Position) else (lambda item: item.geometry)
        features["previous"] = [_feature(geometry_of(item), date=item.date.isoformat()) for item in before]
        features["next"] = [_feature(geometry_of(item), date=item.date.isoformat()) for item in after]
    if whole_day:
        areas = Area.objects.filter(operation=operation).select_related("side")
        before = areas.filter(date__lt=day).aggregate(Max("date"))["date__max"]
        after = areas.filter(date__gt=day).aggregate(Min("date"))["date__min"]
        features["previous"] = _area_features(areas.filter(date=before)) if before else []
        features["next"] = _area_features(areas.filter(date=after)) if after else []
    return {
        "bbox": operation.bbox,
        "day": day.isoformat(),
        "sides": {side.slug: {"name": side.name, "colour": side.colour} for side in operation.sides.all()},
        "layers": [
            {"name": name, "label": spec["label"], "snap": spec["snap"], "faded": spec.get("faded", False),
             "features": features[name]}
            for name, spec in CONTEXT_LAYERS.items()
        ],
    }


def day_records(*, operation, day) -> dict:
    """The records the day view edits on `day`: the areas, fronts and positions authored for it, as
    {"id": "area:<pk>", "kind", "label", "side", "geometry"} dicts."""
    areas = Area.objects.filter(operation=operation, date=day).select_related("side")
    fronts = Front.objects.filter(operation=operation, date=day).select_related("side_a", "side_b")
    positions = (Position.objects.filter(formation__operation=operation, date=day)
                 .select_related("formation", "formation__side"))
    records = [
        {"id": f"area:{area.pk}", "kind": "area", "label": f"{area.side.short_name}, {area.role}",
         "side": area.side.slug, "geometry": to_geojson_dict(area.geometry, PRECISION)}
        for area in areas
    ]
    records += [
        {"id": f"front:{front.pk}", "kind": "front", "label": f"Front ({front.origin})",
         "side": None, "geometry": to_geojson_dict(front.geometry, PRECISION)}
        for front in fronts
    ]
    records += [
        {"id": f"position:{position.pk}", "kind": "position", "label": position.formation.name,
         "side": position.formation.side.slug, "geometry": to_geojson_dict(position.point, PRECISION)}
        for position in positions
    ]
    return records
