"""Reads: the state of an operation on a day, the whole timeline, statistics and the gazetteer."""

import datetime
from collections import defaultdict
from itertools import combinations

import shapely
from django.db.models import F, Max

from geodata.loader import OperationData
from geodata.vocabulary import AREA_ROLES, POSITION_STATUSES

from .conf import battlemap_setting
from .geometry import equal_area_km2, length_km, to_geojson_dict
from .models import Area, Event, Formation, Movement, Operation, Place, Position

__all__ = [
    "operation_list", "operation_dates", "areas_at", "positions_at", "front_lines",
    "situation_at", "timeline_for", "stats_for", "places_for", "places_geojson",
    "operation_as_data",
    "formations_for", "formation_properties", "formation_tree", "sources_for",
    "operation_metadata",
]

# How close (in degrees, about 10 m) two sides' boundaries must run to count as one front line.
FRONT_TOLERANCE = 1e-4


def operation_list():
    return Operation.objects.all()


def operation_dates(operation):
    """Every calendar day of the operation, first to last."""
    length = (operation.end_date - operation.start_date).days
    return [operation.start_date + datetime.timedelta(days=n) for n in range(length + 1)]


def _cited(queryset):
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
    return _cited(
        Area.objects.filter(operation=operation, date=latest["date__max"]).select_related("side")
    )


def _latest_per_formation(positions, day):
    """From positions ordered by formation and date, each formation's latest on or before `day`."""
    latest = {}
    for position in positions:
        if position.date <= day:
            latest[position.formation_id] = position
    return list(latest.values())


def _positions(operation):
    return _cited(
        Position.objects.filter(formation__operation=operation)
        .select_related("formation", "formation__side")
        .order_by("formation_id", "date")
    )


def positions_at(operation, day):
    """Each formation's position on `day`: its latest authored position on or before it."""
    return _latest_per_formation(_positions(operation), day)


def front_lines(areas, side_order=None):
    """Where the sides' areas meet, as [{"sides": [a, b], "geometry": lines}], derived not authored.

    Contested areas belong to no side and so make no front.
    """
    by_side = defaultdict(list)
    for area in areas:
        if area.role != "contested":
            by_side[area.side.slug].append(area.geometry)
    sides = [side for side in (side_order or sorted(by_side)) if side in by_side]
    unions = {side: shapely.union_all(by_side[side]) for side in sides}
    fronts = []
    for first, second in combinations(sides, 2):
        shared = unions[first].boundary.intersection(unions[second].buffer(FRONT_TOLERANCE))
        parts = [
            part for part in getattr(shared, "geoms", [shared])
            if part.geom_type in ("LineString", "MultiLineString") and part.length > 3 * FRONT_TOLERANCE
        ]
        if parts:
            merged = shapely.line_merge(shapely.union_all(parts))
            fronts.append({"sides": [first, second], "geometry": merged})
    return fronts


def _side_order(operation):
    return [side.slug for side in operation.sides.all()]


def _source_keys(record):
    return record.source_keys


def _feature(feature_id, geometry, properties, precision):
    # RFC 7946 §3.2: a Feature has "type", "geometry" (null allowed) and "properties"; "id" optional.
    return {
        "type": "Feature",
        "id": feature_id,
        "geometry": to_geojson_dict(geometry, precision),
        "properties": properties,
    }


def _area_properties(area):
    return {
        "side": area.side.slug, "role": area.role, "certainty": area.certainty,
        "note": area.note, "sources": _source_keys(area), "authored_date": area.date.isoformat(),
    }


def _unit_properties(position):
    formation = position.formation
    return {
        "formation": formation.key, "name": formation.name, "side": formation.side.slug,
        "echelon": formation.echelon, "branch": formation.branch, "sidc": formation.sidc,
        "status": position.status, "strength": position.strength,
        "certainty": position.certainty, "note": position.note,
        "sources": _source_keys(position), "authored_date": position.date.isoformat(),
    }


def _movement_properties(movement):
    return {
        "side": movement.side.slug, "kind": movement.kind,
        "start_date": movement.start_date.isoformat(), "end_date": movement.end_date.isoformat(),
        "formation": movement.formation.key if movement.formation else None,
        "label": movement.label, "certainty": movement.certainty, "note": movement.note,
        "sources": _source_keys(movement),
    }


def _event_properties(event):
    return {
        "date": event.date.isoformat(),
        "time": event.time.strftime("%H:%M") if event.time else None,
        "title": event.title, "text": event.text, "importance": event.importance,
        "certainty": event.certainty, "note": event.note, "sources": _source_keys(event),
    }


def _movements(operation):
    return _cited(Movement.objects.filter(operation=operation).select_related("side", "formation"))


def _events(operation):
    # Within a day, timed events in order of time, then those whose hour no source gives.
    return _cited(
        Event.objects.filter(operation=operation)
        .order_by("date", F("time").asc(nulls_last=True), "id")
    )


def situation_at(operation, day):
    """The state on `day` as one GeoJSON FeatureCollection; each feature's properties.layer says
    what it is: area, front, unit, movement or event."""
    precision = battlemap_setting("COORDINATE_PRECISION")
    areas = areas_at(operation, day)
    features = [
        _feature(f"area:{area.pk}", area.geometry, {"layer": "area", **_area_properties(area)},
                 precision)
        for area in areas
    ]
    features += [
        _feature(f"front:{'-'.join(front['sides'])}", front["geometry"],
                 {"layer": "front", "sides": front["sides"]}, precision)
        for front in front_lines(areas, _side_order(operation))
    ]
    features += [
        _feature(f"unit:{position.formation.key}", position.point,
                 {"layer": "unit", **_unit_properties(position)}, precision)
        for position in positions_at(operation, day)
    ]
    features += [
        _feature(f"movement:{movement.pk}", movement.path,
                 {"layer": "movement", **_movement_properties(movement)}, precision)
        for movement in _movements(operation)
        if movement.start_date <= day <= movement.end_date
    ]
    features += [
        _feature(f"event:{event.pk}", event.point, {"layer": "event", **_event_properties(event)},
                 precision)
        for event in _events(operation) if event.date == day
    ]
    return {"type": "FeatureCollection", "date": day.isoformat(), "features": features}


def _areas_by_authored_date(operation):
    by_date = defaultdict(list)
    for area in _cited(Area.objects.filter(operation=operation).select_related("side")):
        by_date[area.date].append(area)
    return by_date


def _resolved_per_day(operation, by_date):
    """For every day, the value of the latest authored date on or before it (or an empty list)."""
    resolved, current = {}, []
    for day in operation_dates(operation):
        current = by_date.get(day, current)
        resolved[day] = current
    return resolved


def formation_properties(formation):
    """A formation as the API describes it: identity, place in the hierarchy, symbol, sources."""
    return {
        "id": formation.key, "name": formation.name, "side": formation.side.slug,
        "echelon": formation.echelon, "branch": formation.branch,
        "parent": formation.parent.key if formation.parent else None,
        "commander": formation.commander, "sidc": formation.sidc,
        "certainty": formation.certainty, "note": formation.note,
        "sources": _source_keys(formation),
    }


def formations_for(operation):
    return _cited(Formation.objects.filter(operation=operation).select_related("side", "parent"))


def formation_tree(formations):
    """The formations as nested {"id", "name", "children"} dicts, top echelons first."""
    children = defaultdict(list)
    for formation in formations:
        children[formation.parent.key if formation.parent else None].append(formation)

    def branch(parent_key):
        return [
            {"id": formation.key, "name": formation.name, "children": branch(formation.key)}
            for formation in children[parent_key]
        ]

    return branch(None)


def _source_properties(source):
    return {
        "author": source.author, "title": source.title, "year": source.year,
        "pages": source.pages, "url": source.url, "note": source.note,
    }


def sources_for(operation):
    return {source.key: _source_properties(source) for source in operation.sources.all()}


def operation_metadata(operation):
    return {
        "slug": operation.slug, "name": operation.name, "other_names": operation.other_names,
        "start_date": operation.start_date.isoformat(), "end_date": operation.end_date.isoformat(),
        "bbox": operation.bbox, "summary": operation.summary,
        "sides": [
            {"slug": side.slug, "name": side.name, "colour": side.colour}
            for side in operation.sides.all()
        ],
    }


def _day_stats(day, areas, fronts, positions, *, sides, centre):
    area_km2 = {side: {role: 0.0 for role in AREA_ROLES} for side in sides}
    for area in areas:
        area_km2[area.side.slug][area.role] += equal_area_km2(area.geometry, centre)
    by_status = {side: dict.fromkeys(POSITION_STATUSES, 0) for side in sides}
    for position in positions:
        by_status[position.formation.side.slug][position.status] += 1
    return {
        "date": day.isoformat(),
        "area_km2": {
            side: {role: round(value, 1) for role, value in roles.items()}
            for side, roles in area_km2.items()
        },
        "front_km": round(sum(length_km(front["geometry"], centre) for front in fronts), 1),
        "formations_by_status": by_status,
    }


def _centre(operation):
    west, south, east, north = operation.bbox
    return ((west + east) / 2, (south + north) / 2)


def _daily_state(operation):
    """Per day: the resolved areas, their front lines and the formations' positions.

    Fronts are derived once per authored day, not once per calendar day."""
    by_date = _areas_by_authored_date(operation)
    side_order = _side_order(operation)
    fronts_by_date = {day: front_lines(areas, side_order) for day, areas in by_date.items()}
    areas_per_day = _resolved_per_day(operation, by_date)
    fronts_per_day = _resolved_per_day(operation, fronts_by_date)
    all_positions = _positions(operation)
    return [
        (day, areas_per_day[day], fronts_per_day[day], _latest_per_formation(all_positions, day))
        for day in operation_dates(operation)
    ], all_positions


def _stats(operation, days):
    sides, centre = _side_order(operation), _centre(operation)
    return [_day_stats(*state, sides=sides, centre=centre) for state in days]


def stats_for(operation):
    """For each day: km² by side and role (equal-area), front length in km, formations by status."""
    days, _ = _daily_state(operation)
    return _stats(operation, days)


def timeline_for(operation):
    """Everything the browser needs to animate the whole operation, in one document."""
    precision = battlemap_setting("COORDINATE_PRECISION")
    days, all_positions = _daily_state(operation)
    formations = formations_for(operation)
    keys = {formation.pk: formation.key for formation in formations}
    return {
        "operation": operation_metadata(operation),
        "dates": [day.isoformat() for day, *_ in days],
        "areas": {
            day.isoformat(): [
                {**_area_properties(area), "geometry": to_geojson_dict(area.geometry, precision)}
                for area in areas
            ]
            for day, areas, _, _ in days
        },
        "fronts": {
            day.isoformat(): [
                {"sides": front["sides"], "geometry": to_geojson_dict(front["geometry"], precision)}
                for front in fronts
            ]
            for day, _, fronts, _ in days
        },
        "formations": [formation_properties(formation) for formation in formations],
        "positions": [
            {
                "formation": keys[position.formation_id], "date": position.date.isoformat(),
                "lon": round(position.point.x, precision), "lat": round(position.point.y, precision),
                "status": position.status, "strength": position.strength,
                "certainty": position.certainty, "note": position.note,
                "sources": _source_keys(position),
            }
            for position in all_positions
        ],
        "movements": [
            {"id": movement.key or str(movement.pk), **_movement_properties(movement),
             "geometry": to_geojson_dict(movement.path, precision)}
            for movement in _movements(operation)
        ],
        "events": [
            {"id": event.key or str(event.pk), **_event_properties(event),
             "geometry": to_geojson_dict(event.point, precision)}
            for event in _events(operation)
        ],
        "places": [
            {"name": place.name, "modern_name": place.modern_name, "kind": place.kind,
             "certainty": place.certainty, "geometry": to_geojson_dict(place.geometry, precision)}
            for place in places_for(operation)
        ],
        "stats": _stats(operation, days),
        "sources": sources_for(operation),
    }


def places_for(operation=None):
    places = Place.objects.select_related("operation")
    if operation is not None:
        places = places.filter(operation=operation)
    return _cited(places)


def places_geojson(operation=None):
    """The gazetteer (of one operation, or of all) as a GeoJSON FeatureCollection."""
    precision = battlemap_setting("COORDINATE_PRECISION")
    features = [
        _feature(f"place:{place.pk}", place.geometry, {
            "name": place.name, "modern_name": place.modern_name, "kind": place.kind,
            "operation": place.operation.slug, "certainty": place.certainty,
            "note": place.note, "sources": _source_keys(place),
        }, precision)
        for place in places_for(operation)
    ]
    return {"type": "FeatureCollection", "features": features}


def operation_as_data(operation):
    """The stored operation as `OperationData`, the form the loader produces and writers take."""
    formations = formations_for(operation)

    def cited(record):
        return {"certainty": record.certainty, "note": record.note, "sources": _source_keys(record)}

    return OperationData(
        operation={
            "slug": operation.slug, "name": operation.name, "other_names": operation.other_names,
            "start_date": operation.start_date, "end_date": operation.end_date,
            "bbox": operation.bbox, "summary": operation.summary,
        },
        sides=operation_metadata(operation)["sides"],
        sources=[{"key": key, **values} for key, values in sources_for(operation).items()],
        formations=[
            {"key": f.key, "name": f.name, "side": f.side.slug, "echelon": f.echelon,
             "branch": f.branch, "parent": f.parent.key if f.parent else None,
             "commander": f.commander, "sidc": f.sidc, **cited(f)}
            for f in formations
        ],
        positions=[
            {"formation": p.formation.key, "date": p.date, "status": p.status,
             "strength": p.strength, "geometry": p.point, **cited(p)}
            for p in _positions(operation)
        ],
        areas=[
            {"date": a.date, "side": a.side.slug, "role": a.role, "geometry": a.geometry,
             **cited(a)}
            for areas in _areas_by_authored_date(operation).values() for a in areas
        ],
        movements=[
            {"key": m.key, "side": m.side.slug, "formation": m.formation.key if m.formation else None,
             "kind": m.kind, "start_date": m.start_date, "end_date": m.end_date, "label": m.label,
             "geometry": m.path, **cited(m)}
            for m in _movements(operation)
        ],
        events=[
            {"key": e.key, "date": e.date, "time": e.time, "title": e.title, "text": e.text,
             "importance": e.importance, "geometry": e.point, **cited(e)}
            for e in _events(operation)
        ],
        places=[
            {"name": p.name, "modern_name": p.modern_name, "kind": p.kind,
             "geometry": p.geometry, **cited(p)}
            for p in places_for(operation)
        ],
        origin=f"database:{operation.slug}",
        fingerprint=operation.source_fingerprint,
    )
