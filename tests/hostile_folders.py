"""The large hostile folders, each made from a copy of the sample: the tests refuse them and the
loader benchmark (tests/benchmarks/hostile_loads.py) times the refusals."""

import csv
import io
import json
import math

__all__ = ["crowded_day", "deep_chain", "huge_polygons"]

DAY = "1942-05-11"
# The sample's bbox is [35, 49, 37, 50]: everything is drawn well inside it.
WEST, SOUTH, EAST, NORTH = 35.05, 49.05, 36.95, 49.95


def deep_chain(folder, depth=4_990):
    """formations.csv with a chain of `depth` formations, each the parent of the next."""
    path = folder / "formations.csv"
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    template, fields = dict(rows[0]), list(rows[0])
    rows += [{**template, "id": f"chain-{n}", "name": f"Chain {n}", "echelon": "group",
              "parent": f"chain-{n - 1}" if n else template["id"]} for n in range(depth)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue())


def _area(side, ring):
    properties = {"date": DAY, "side": side, "role": "held", "certainty": "certain", "sources": "sample-notes"}
    return {"type": "Feature", "properties": properties, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def _write_areas(folder, features):
    (folder / "areas.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))


def crowded_day(folder, per_side=12_000, overlapping=True):
    """areas.geojson with `per_side` small squares for each side on one day, in a grid; the west's
    squares are shifted by half a square onto the east's (`overlapping`) or into gaps of their own."""
    columns = math.ceil(math.sqrt(per_side))
    step_x, step_y = (EAST - WEST) / columns, (NORTH - SOUTH) / columns
    size_x, size_y = step_x / 4, step_y / 4

    def square(x, y):
        return [[x, y], [x + size_x, y], [x + size_x, y + size_y], [x, y + size_y], [x, y]]

    shift = (size_x / 2, size_y / 2) if overlapping else (2 * size_x, 2 * size_y)
    features = []
    for n in range(per_side):
        x, y = WEST + (n % columns) * step_x, SOUTH + (n // columns) * step_y
        features.append(_area("east", square(round(x, 6), round(y, 6))))
        features.append(_area("west", square(round(x + shift[0], 6), round(y + shift[1], 6))))
    _write_areas(folder, features)


def huge_polygons(folder, count=60, vertices=19_990):
    """areas.geojson with `count` round polygons of `vertices` vertices each on one day, side by side."""
    columns = math.ceil(math.sqrt(count))
    step_x, step_y = (EAST - WEST) / columns, (NORTH - SOUTH) / columns
    radius = min(step_x, step_y) * 0.45
    features = []
    for n in range(count):
        centre_x = WEST + (n % columns + 0.5) * step_x
        centre_y = SOUTH + (n // columns + 0.5) * step_y
        ring = [[round(centre_x + radius * math.cos(2 * math.pi * k / (vertices - 1)), 6),
                 round(centre_y + radius * math.sin(2 * math.pi * k / (vertices - 1)), 6)]
                for k in range(vertices - 1)]
        features.append(_area("east", ring + ring[:1]))
    _write_areas(folder, features)
