"""Read one operation folder under geodata/ for the historian's tests: layers, day areas, places, distances."""
import csv
import json
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from pyproj import Geod
from shapely.geometry import shape
from shapely.ops import nearest_points, unary_union

ROOT = Path(__file__).resolve().parent.parent
GEOD = Geod(ellps="WGS84")


def km2(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def distance_km(line, point):
    nearest = nearest_points(line, point)[0]
    return GEOD.inv(point.x, point.y, nearest.x, nearest.y)[2] / 1000


def source_keys(value):
    """The source keys of a record: a ';'-separated string or a JSON list."""
    if isinstance(value, list):
        return [v.strip() for v in value if v.strip()]
    return [v.strip() for v in (value or "").split(";") if v.strip()]


class OperationFiles:
    """The files of geodata/<slug>/ as plain records and shapely geometries."""

    def __init__(self, slug):
        self.folder = ROOT / "geodata" / slug
        self.operation = json.loads((self.folder / "operation.json").read_text())

    def features(self, layer):
        path = self.folder / f"{layer}.geojson"
        return json.loads(path.read_text())["features"] if path.exists() else []

    def rows(self, layer):
        with open(self.folder / f"{layer}.csv", newline="") as handle:
            return list(csv.DictReader(handle))

    @cached_property
    def days(self):
        start, end = (date.fromisoformat(self.operation[k]) for k in ("start_date", "end_date"))
        return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]

    @cached_property
    def sources(self):
        return {row["id"]: row for row in self.rows("sources")}

    @cached_property
    def formations(self):
        return {row["id"]: row for row in self.rows("formations")}

    @cached_property
    def _areas(self):
        return [(f["properties"], shape(f["geometry"])) for f in self.features("areas")]

    def areas_on(self, day):
        return [(p, g) for p, g in self._areas if p["date"] == day]

    def side_area(self, day, side):
        return unary_union([g for p, g in self.areas_on(day) if p["side"] == side])

    def place_feature(self, name):
        for feature in self.features("places"):
            if feature["properties"]["name"] == name:
                return feature
        raise AssertionError(f"no place named {name!r} in {self.folder.name}/places.geojson")

    def place(self, name):
        return shape(self.place_feature(name)["geometry"])

    def cited_records(self):
        """(layer, key, sources) for every record that must cite a source."""
        for row in self.formations.values():
            yield "formations", row["id"], row["sources"]
        for layer in ("positions", "areas", "movements", "events", "key_moments"):
            for index, feature in enumerate(self.features(layer)):
                p = feature["properties"]
                key = p.get("id") or f"{p.get('formation', '')}@{p.get('date', '')}#{index}"
                yield layer, key, p.get("sources", "")
