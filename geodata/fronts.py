"""Front lines: derived where two sides' ground meets, completed day by day, and compared with
authored ones (pure shapely, no Django)."""

from collections import defaultdict
from itertools import combinations

import numpy
import shapely

from .geometry import projected
from .vocabulary import CERTAINTIES

__all__ = [
    "DERIVED_NOTE", "FRONT_TOLERANCE", "derived_front_records", "front_disagreements",
    "front_lines", "with_derived_fronts",
]

# How close (in degrees, about 10 m) two sides' boundaries must run to count as one front line.
FRONT_TOLERANCE = 1e-4
# What every derived front is derived from (its basis is "derived").
DERIVED_FROM = "the edge between the two sides' areas of the day (derived at load)"
# The note every derived front carries, so a reader of an export knows where it came from.
DERIVED_NOTE = "Derived at load where the two sides' areas meet."
# Spacing (in degrees, about 500 m) of the points compared when an authored front is checked.
COMPARISON_SPACING = 0.005


def front_lines(held_by_side, side_order=None):
    """Where the sides' ground meets, as [{"sides": [a, b], "geometry": lines}], derived not authored.

    `held_by_side` maps a side's slug to the polygons it holds (contested ground belongs to no
    side and so is left out by the caller); pairs are taken in `side_order` (default: by slug).
    """
    sides = [side for side in (side_order or sorted(held_by_side)) if held_by_side.get(side)]
    unions = {side: shapely.union_all(held_by_side[side]) for side in sides}
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


def _held_by_side(areas):
    held = defaultdict(list)
    for area in areas:
        if area["role"] != "contested":
            held[area["side"]].append(area["geometry"])
    return held


def derived_front_records(date, areas, side_order):
    """The front records derived from one day's area records, each citing the sources of the
    areas of its two sides and as certain as the least certain of them."""
    records = []
    for front in front_lines(_held_by_side(areas), side_order):
        side_a, side_b = front["sides"]
        used = [area for area in areas if area["role"] != "contested"
                and area["side"] in (side_a, side_b)]
        certainty = max((area["certainty"] for area in used), key=CERTAINTIES.index,
                        default="certain")
        sources = sorted({key for area in used for key in area["sources"]})
        records.append({
            "date": date, "time": None, "side_a": side_a, "side_b": side_b, "origin": "derived",
            "geometry": front["geometry"], "certainty": certainty, "sources": sources,
            "basis": "derived", "derived_from": DERIVED_FROM, "citations": [],
            "note": DERIVED_NOTE,
        })
    return records


def with_derived_fronts(fronts, areas, side_order):
    """The authored `fronts`, plus a derived front for every day with areas and no authored front.

    Rows marked derived in `fronts` (as an export writes them) are dropped and derived afresh, so
    the areas stay the one truth they come from. Sorted by date, then authored before derived."""
    authored = [front for front in fronts if front["origin"] != "derived"]
    authored_days = {front["date"] for front in authored}
    areas_by_day = defaultdict(list)
    for area in areas:
        areas_by_day[area["date"]].append(area)
    derived = [
        record for day in sorted(areas_by_day) if day not in authored_days
        for record in derived_front_records(day, areas_by_day[day], side_order)
    ]
    return sorted(authored + derived, key=lambda front: (front["date"], front["origin"]))


def _farthest_apart(first, second, centre):
    """(km, (lon, lat)): the greatest distance from a point of either line to the other line."""
    best = (0.0, None)
    for this, other in ((first, second), (second, first)):
        points = shapely.get_coordinates(shapely.segmentize(this, COMPARISON_SPACING))
        distances = shapely.distance(
            projected(shapely.points(points), centre), projected(other, centre))
        index = int(numpy.argmax(distances))
        if distances[index] / 1000 > best[0]:
            best = (float(distances[index]) / 1000, tuple(points[index]))
    return best


def front_disagreements(fronts, areas, side_order, tolerance_km, centre):
    """Where an authored front and the edge of the same day's areas lie more than `tolerance_km`
    apart, as sentences naming the day, the sides, the distance and the place."""
    areas_by_day = defaultdict(list)
    for area in areas:
        areas_by_day[area["date"]].append(area)
    warnings = []
    for front in fronts:
        day = front["date"]
        if front["origin"] == "derived" or day not in areas_by_day:
            continue
        pair = {front["side_a"], front["side_b"]}
        edges = [edge for edge in front_lines(_held_by_side(areas_by_day[day]), side_order)
                 if set(edge["sides"]) == pair]
        where = f"fronts: {day} {front['side_a']}/{front['side_b']}"
        if not edges:
            warnings.append(f"{where}: the day's areas of these sides do not meet, but a front is authored")
            continue
        distance, (lon, lat) = _farthest_apart(front["geometry"], edges[0]["geometry"], centre)
        if distance > tolerance_km:
            warnings.append(
                f"{where}: the authored front and the edge of the areas are up to {distance:.1f} km "
                f"apart (near {lon:.3f}, {lat:.3f}; tolerance {tolerance_km:g} km)")
    return warnings
