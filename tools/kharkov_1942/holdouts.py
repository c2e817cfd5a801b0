"""Keep a town with its holder until the event that takes it (issue #26), in areas.geojson, in place.

The areas are outlines drawn by the authors (and, on some days, interpolated between them); where an
outline swallows a town before the day its event takes it, the town keeps a small disc of its
holder's ground until that day, and both areas' notes say so. Run after the build scripts and
before `provenance` (`.venv/bin/python -m tools.kharkov_1942.holdouts`); it is idempotent.
"""

import json
import math
from datetime import date, timedelta

import shapely

from shapely.geometry import Point, mapping, shape
from shapely.ops import unary_union

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA

# The radius (km) of the ground a holdout keeps round its town.
RADIUS_KM = 2.0
# town -> (holder, taker, first day, last day held, the event that takes it)
HOLDOUTS = {
    "Taranovka": ("axis", "soviet", "1942-05-13", "1942-05-16", "e-tank-corps (17 May)"),
    "Vlasovka": ("axis", "soviet", "1942-05-16", "1942-05-16", "e-tank-corps (17 May)"),
}


def disc(point, radius_km=RADIUS_KM):
    """A disc of `radius_km` round a (lon, lat) point, in degrees (an ellipse in longitude)."""
    lon, lat = point
    circle = Point(0, 0).buffer(1, 32)
    scale_lat = radius_km / 111.32
    scale_lon = scale_lat / math.cos(math.radians(lat))
    return shape({"type": "Polygon", "coordinates": [[(lon + x * scale_lon, lat + y * scale_lat)
                                                      for x, y in circle.exterior.coords]]})


# The build scripts' grid (1e-5 degree): every overlay runs on it, so neighbouring areas share edges.
GRID = 1e-5


def _grid(geometry):
    return shapely.set_precision(shapely.make_valid(geometry), GRID)


def _rounded(geometry):
    return json.loads(json.dumps(mapping(_grid(geometry))), parse_float=lambda value: round(float(value), 5))


def _with_corridor(ring, centre, keeper_ground):
    """The disc and a corridor of its width from the town to the nearest of its holder's ground, so
    the town is not an island where the sides' ground must stay in one piece."""
    from shapely.geometry import LineString
    from shapely.ops import nearest_points

    if keeper_ground.intersects(ring):
        return ring
    target = nearest_points(keeper_ground, Point(centre))[0]
    width = RADIUS_KM / 111.32
    corridor = LineString([centre, (target.x, target.y)]).buffer(width)
    return _grid(unary_union([ring, corridor]))


def hold_back(collection, places, holdouts, connected=False):
    """Apply `holdouts` to an areas FeatureCollection; the number of areas changed. With `connected`
    the kept ground reaches the holder's own (a corridor), so neither side's ground is split."""
    changed = 0
    for town, (holder, taker, first, last, event) in holdouts.items():
        centre = places[town]
        ring = _grid(disc(centre))
        day = date.fromisoformat(first)
        while day <= date.fromisoformat(last):
            iso = day.isoformat()
            features = [f for f in collection["features"] if f["properties"]["date"] == iso]
            takers = [f for f in features if f["properties"]["side"] == taker and f["properties"]["role"] != "contested"]
            keepers = [f for f in features if f["properties"]["side"] == holder and f["properties"]["role"] == "held"]
            if connected and keepers:
                ring = _with_corridor(_grid(disc(centre)), centre, _grid(shape(keepers[0]["geometry"])))
            kept = _grid(unary_union([_grid(shape(f["geometry"])) for f in takers])).intersection(ring)
            if keepers and not kept.is_empty and kept.area > 1e-6:
                note = (f"{town} is kept {holder}'s (within {RADIUS_KM:g} km, and on a corridor to its own ground where it would be an island) until its event {event} takes it "
                        f"(issue #26: the outline had swallowed it early).")
                for feature in takers:
                    feature["geometry"] = _rounded(_grid(shape(feature["geometry"])).difference(ring))
                    feature["properties"]["note"] = (feature["properties"]["note"] + " " + note).strip()
                keeper = keepers[0]
                keeper["geometry"] = _rounded(unary_union([_grid(shape(keeper["geometry"])), kept]))
                keeper["properties"]["note"] = (keeper["properties"]["note"] + " " + note).strip()
                changed += 1
            day += timedelta(days=1)
    return changed


def main(data=DATA, holdouts=HOLDOUTS, connected=False):
    places = {f["properties"]["name"]: tuple(f["geometry"]["coordinates"])
              for f in json.loads((data / "places.geojson").read_text())["features"]
              if f["geometry"]["type"] == "Point"}
    path = data / "areas.geojson"
    collection = json.loads(path.read_text())
    changed = hold_back(collection, places, holdouts, connected)
    write_layer(data, "areas", collection["features"])  # in the canonical form (docs/data-format.md)
    print(f"{changed} areas changed")


if __name__ == "__main__":
    main()
