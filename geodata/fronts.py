"""Front lines derived from the areas the sides hold: where two sides' ground meets (pure shapely)."""

from itertools import combinations

import shapely

__all__ = ["FRONT_TOLERANCE", "front_lines"]

# How close (in degrees, about 10 m) two sides' boundaries must run to count as one front line.
FRONT_TOLERANCE = 1e-4


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
