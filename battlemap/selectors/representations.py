"""Representations: the situation on a day and the places as GeoJSON, and the timeline document."""

from collections import defaultdict
from functools import cache

from geodata.geometry import to_geojson_dict
from geodata.layers import AREAS, EVENTS, FORMATIONS, REFERENCE_KEYS, SIDES, SOURCES
from geodata.region import context_ground
from geodata.vocabulary import vocabulary_for_browser

from ..conf import battlemap_setting
from .languages import Texts, texts_for
from .queries import (
    areas_at, daily_state, events_for, formations_for, fronts_at, key_moments_for, movements_for, places_for,
    positions_at,
)
from .statistics import stats_of_days

__all__ = [
    "situation_at", "timeline_for", "places_geojson", "formation_properties", "formation_tree",
    "sources_for", "operation_metadata", "place_properties",
]


# What every cited record ends with, in the order the API writes it.
CITED_LAST = ("certainty", "basis", "derived_from", "citations", "note", "sources")


def _source_keys(record):
    return record.source_keys


def _how_we_know(record):
    """How a cited record is known: its basis, what it was derived from and the passages it cites."""
    return {"basis": record.basis, "derived_from": record.derived_from, "citations": record.citations or []}


@cache
def _property_fields(layer, exclude):
    """The layer's fields the API writes, in the layer's order with the cited ones last."""
    fields = [field for field in layer.fields if field.kind != "geometry" and field.name not in exclude]
    return sorted(fields, key=lambda field: CITED_LAST.index(field.name) + 1 if field.name in CITED_LAST else 0)


def _property(record, field):
    """One field of a stored record as the API writes it: a side by its slug, a formation by its
    key, a day as YYYY-MM-DD, a time as HH:MM, the sources by their keys."""
    if field.kind == "sources":
        return _source_keys(record)
    value = getattr(record, field.model_field)
    if value is None:
        return None
    if field.kind in ("reference", "parent"):
        return getattr(value, REFERENCE_KEYS[field.refers_to or "formations"])
    if field.kind == "date":
        return value.isoformat()
    if field.kind == "time":
        return value.strftime("%H:%M")
    return value


def layer_properties(record, layer, *, exclude=()):
    """A record's properties from its layer's description: each field under its name in the files
    (a key is "id"), the geometry left to the caller."""
    return {field.column: _property(record, field) for field in _property_fields(layer, tuple(exclude))}


def _feature(feature_id, geometry, properties, precision):
    # RFC 7946 §3.2: a Feature has "type", "geometry" (null allowed) and "properties"; "id" optional.
    return {
        "type": "Feature",
        "id": feature_id,
        "geometry": to_geojson_dict(geometry, precision),
        "properties": properties,
    }


def _area_properties(area):
    # An area holds until it is redrawn: the day it was drawn for is told last, as authored_date.
    return {**layer_properties(area, AREAS, exclude=("date",)), "authored_date": area.date.isoformat()}


def _front_properties(front):
    return {
        "sides": [front.side_a.slug, front.side_b.slug], "origin": front.origin,
        "time": front.time.strftime("%H:%M") if front.time else None,
        "certainty": front.certainty, **_how_we_know(front), "note": front.note, "sources": _source_keys(front),
        "authored_date": front.date.isoformat(),
    }


# The texts of each part of a translation file that the API writes.
ENGLISH = Texts("en", {})


def _unit_properties(position, texts=ENGLISH):
    formation = position.formation
    return {
        "formation": formation.key,
        **texts.over("formations", formation.key, {"name": formation.name}, ("name",)),
        "side": formation.side.slug,
        "echelon": formation.echelon, "branch": formation.branch, "sidc": formation.sidc,
        "status": position.status, "strength": position.strength,
        "certainty": position.certainty, **_how_we_know(position), "note": position.note,
        "sources": _source_keys(position), "authored_date": position.date.isoformat(),
    }


def _movement_properties(movement, texts=ENGLISH):
    return texts.over("movements", movement.key, {
        "side": movement.side.slug, "kind": movement.kind,
        "start_date": movement.start_date.isoformat(), "end_date": movement.end_date.isoformat(),
        "formation": movement.formation.key if movement.formation else None,
        "label": movement.label, "certainty": movement.certainty, **_how_we_know(movement), "note": movement.note,
        "sources": _source_keys(movement),
    }, ("label",))


def _event_properties(event, texts=ENGLISH):
    return texts.over("events", event.key, layer_properties(event, EVENTS, exclude=("key",)), ("title", "text", "note"))


def situation_at(operation, day, language="en"):
    """The state on `day` as one GeoJSON FeatureCollection; each feature's properties.layer says
    what it is: area, front, unit, movement or event. Texts in `language`, English marked."""
    precision = battlemap_setting("COORDINATE_PRECISION")
    texts = texts_for(operation, language)
    features = [
        _feature(f"area:{area.pk}", area.geometry, {"layer": "area", **_area_properties(area)},
                 precision)
        for area in areas_at(operation, day)
    ]
    features += [
        _feature(f"front:{front.pk}", front.geometry,
                 {"layer": "front", **_front_properties(front)}, precision)
        for front in fronts_at(operation, day)
    ]
    features += [
        _feature(f"unit:{position.formation.key}", position.point,
                 {"layer": "unit", **_unit_properties(position, texts)}, precision)
        for position in positions_at(operation, day)
    ]
    features += [
        _feature(f"movement:{movement.pk}", movement.path,
                 {"layer": "movement", **_movement_properties(movement, texts)}, precision)
        for movement in movements_for(operation)
        if movement.start_date <= day <= movement.end_date
    ]
    features += [
        _feature(f"event:{event.pk}", event.point, {"layer": "event", **_event_properties(event, texts)},
                 precision)
        for event in events_for(operation) if event.date == day
    ]
    return {"type": "FeatureCollection", "date": day.isoformat(), "lang": language, "features": features}


def formation_properties(formation, texts=ENGLISH):
    """A formation as the API describes it: identity, place in the hierarchy, symbol, sources."""
    return texts.over("formations", formation.key, layer_properties(formation, FORMATIONS), ("name", "commander"))


def formation_tree(formations, texts=ENGLISH):
    """The formations as nested {"id", "name", "children"} dicts, top echelons first."""
    children = defaultdict(list)
    for formation in formations:
        children[formation.parent.key if formation.parent else None].append(formation)

    def branch(parent_key):
        return [
            {**texts.over("formations", formation.key, {"id": formation.key, "name": formation.name}, ("name",)),
             "children": branch(formation.key)}
            for formation in children[parent_key]
        ]

    return branch(None)


def sources_for(operation):
    return {source.key: layer_properties(source, SOURCES, exclude=("key",)) for source in operation.sources.all()}


def operation_metadata(operation, texts=ENGLISH):
    """The operation's name, dates, frame, summary and sides, in the language of `texts` (each
    text left in English marked "<field>_lang": "en")."""
    return {
        **texts.over("operation", None, {"slug": operation.slug, "name": operation.name}, ("name",)),
        "other_names": operation.other_names,
        "start_date": operation.start_date.isoformat(), "end_date": operation.end_date.isoformat(),
        "bbox": operation.bbox,
        **texts.over("operation", None, {"summary": operation.summary}, ("summary",)),
        "lang": texts.language,
        "sides": [texts.over("sides", side.slug, layer_properties(side, SIDES), ("name",))
                  for side in operation.sides.all()],
    }


def place_properties(place, texts=ENGLISH):
    """A place's names: as the period sources spell it (`name`, its identity), the modern English
    name, and in the language of `texts` its period name and today's official name."""
    return {"name": place.name, "modern_name": place.modern_name, **texts.place_names(place)}


def timeline_for(operation, language="en"):
    """Everything the browser needs to animate the whole operation, in one document, its texts in
    `language` (English where a text has no translation, marked so)."""
    precision = battlemap_setting("COORDINATE_PRECISION")
    texts = texts_for(operation, language)
    days, all_positions = daily_state(operation)
    formations = formations_for(operation)
    keys = {formation.pk: formation.key for formation in formations}
    return {
        "operation": operation_metadata(operation, texts),
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
                {**_front_properties(front), "geometry": to_geojson_dict(front.geometry, precision)}
                for front in fronts
            ]
            for day, _, fronts, _ in days
        },
        "formations": [formation_properties(formation, texts) for formation in formations],
        "positions": [
            {
                "formation": keys[position.formation_id], "date": position.date.isoformat(),
                "lon": round(position.point.x, precision), "lat": round(position.point.y, precision),
                "status": position.status, "strength": position.strength,
                "certainty": position.certainty, **_how_we_know(position), "note": position.note,
                "sources": _source_keys(position),
            }
            for position in all_positions
        ],
        "movements": [
            {"id": movement.key or str(movement.pk), **_movement_properties(movement, texts),
             "geometry": to_geojson_dict(movement.path, precision)}
            for movement in movements_for(operation)
        ],
        "events": [
            {"id": event.key or str(event.pk), **_event_properties(event, texts),
             "geometry": to_geojson_dict(event.point, precision)}
            for event in events_for(operation)
        ],
        "places": [
            {**place_properties(place, texts), "kind": place.kind,
             "gazetteer_id": place.gazetteer_id, "certainty": place.certainty, "geometry": to_geojson_dict(place.geometry, precision)}
            for place in places_for(operation)
        ],
        "key_moments": [texts.over("key_moments", moment.key, key_moment_properties(moment, precision), ("title", "caption"))
                        for moment in key_moments_for(operation)],
        "stats": stats_of_days(operation, days),
        "sources": sources_for(operation),
        "vocabulary": vocabulary_for_browser(),
        # The region beyond the bbox, drawn faintly around the operation (geodata/region).
        "context": context_ground(operation.bbox, [
            {"name": place.name, "gazetteer_id": place.gazetteer_id} for place in places_for(operation)], language=language),
    }


def key_moment_view(geometry, zoom, precision):
    """A key moment's view as Leaflet takes it: a centre and zoom, or bounds to fit."""
    if geometry.geom_type == "Point":
        return {"center": [round(geometry.y, precision), round(geometry.x, precision)], "zoom": zoom}
    west, south, east, north = geometry.bounds
    return {"bounds": [[round(south, precision), round(west, precision)],
                       [round(north, precision), round(east, precision)]]}


def key_moment_properties(moment, precision):
    return {
        "id": moment.key, "date": moment.date.isoformat(),
        "time": moment.time.strftime("%H:%M") if moment.time else None,
        "title": moment.title, "caption": moment.caption, "layers": moment.layer_names,
        "sources": _source_keys(moment), "view": key_moment_view(moment.geometry, moment.zoom, precision),
    }


def places_geojson(operation=None, language="en"):
    """The gazetteer (of one operation, or of all) as a GeoJSON FeatureCollection, each place's
    names also in `language`."""
    precision = battlemap_setting("COORDINATE_PRECISION")
    texts_of = {}

    def texts(place):
        if place.operation_id not in texts_of:
            texts_of[place.operation_id] = texts_for(place.operation, language)
        return texts_of[place.operation_id]

    features = [
        _feature(f"place:{place.pk}", place.geometry, {
            **place_properties(place, texts(place)), "kind": place.kind,
            "gazetteer_id": place.gazetteer_id, "operation": place.operation.slug, "certainty": place.certainty,
            **_how_we_know(place), "note": place.note, "sources": _source_keys(place),
        }, precision)
        for place in places_for(operation)
    ]
    return {"type": "FeatureCollection", "lang": language, "features": features}
