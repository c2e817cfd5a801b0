"""The ground around the operations: towns, rivers and railways of the wider region, drawn faintly
beyond an operation's bbox on every map so that no frame shows blank margins (issue #27 item 7).

The files beside this module (towns.geojson, rivers.geojson, railways.geojson) are derived by
tools/region/derive.py and shared by every operation; README.md says where each comes from. Like
the rest of geodata, they are read from disk and never stored in the database. The towns' names in
Ukrainian, German and Russian are kept in translations/<language>.json beside them (issue #30)."""

import hashlib
import json
from functools import lru_cache
from pathlib import Path

__all__ = ["REGION_FOLDER", "RegionError", "read_region", "read_town_names", "context_ground", "region_fingerprint"]

REGION_FOLDER = Path(__file__).resolve().parent
# What each file holds: its kinds and its geometry type.
FILES = {"towns": ({"city", "town"}, "Point"), "rivers": ({"river"}, "LineString"), "railways": ({"railway"}, "LineString")}
# How far past an operation's bbox the context reaches, in widths and heights of the bbox: enough
# for a wide frame (an 800x450 embed shows about 1.3 bbox widths either side) and a tall phone.
REACH = (1.5, 1.0)
# The shape of what context_ground serves: part of the fingerprint, so that a change of it, like
# a change of the files, builds every timeline again.
SERVED_FORMAT = "3"
# The languages the towns are named in besides English (the files' own), as geodata/translations.py
# has them for the operations; each a translations/<language>.json of {about, language, towns}.
LANGUAGES = ("uk", "de", "ru")
TRANSLATIONS = "translations"
NAME_FIELDS = ("period_name", "today_name")


class RegionError(ValueError):
    """A region file that cannot be read: the message names the file and what is wrong."""


def _read(path, kinds, geometry_type):
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RegionError(f"{path.name}: cannot be read as JSON ({error})") from error
    if document.get("type") != "FeatureCollection" or not isinstance(document.get("features"), list):
        raise RegionError(f"{path.name}: is not a GeoJSON FeatureCollection")
    out = []
    for number, feature in enumerate(document["features"], 1):
        properties = feature.get("properties") or {}
        geometry = feature.get("geometry") or {}
        where = f"{path.name}: feature {number}" + (f" ({properties['name']})" if properties.get("name") else "")
        if properties.get("kind") not in kinds:
            raise RegionError(f"{where}: kind {properties.get('kind')!r} is not one of {', '.join(sorted(kinds))}")
        if geometry.get("type") != geometry_type:
            raise RegionError(f"{where}: geometry is {geometry.get('type')!r}, not {geometry_type}")
        coordinates = geometry.get("coordinates")
        points = [coordinates] if geometry_type == "Point" else coordinates
        if not points or not all(isinstance(p, list) and len(p) >= 2 and -180 <= p[0] <= 180 and -90 <= p[1] <= 90
                                 for p in points):
            raise RegionError(f"{where}: coordinates are not [lon, lat] pairs in range")
        if geometry_type == "Point" and not properties.get("name"):
            raise RegionError(f"{where}: a town has no name")
        out.append({"name": properties.get("name"), "modern_name": properties.get("modern_name"), "kind": properties["kind"],
                    "gazetteer_id": properties.get("gazetteer_id"),
                    "geometry": {"type": geometry_type, "coordinates": coordinates}})
    return out


@lru_cache(maxsize=4)
def read_region(folder=REGION_FOLDER):
    """{"towns": [...], "rivers": [...], "railways": [...]}, each feature {name, kind, geometry};
    RegionError naming the file and feature for one that is malformed. A missing file is empty."""
    folder = Path(folder)
    return {name: _read(folder / f"{name}.geojson", kinds, geometry_type) if (folder / f"{name}.geojson").exists() else []
            for name, (kinds, geometry_type) in FILES.items()}


def _translation_path(folder, language):
    return Path(folder) / TRANSLATIONS / f"{language}.json"


@lru_cache(maxsize=16)
def read_town_names(language, folder=REGION_FOLDER):
    """{town name: {period_name, today_name}} in `language` from translations/<language>.json
    (empty for English or a language with no file); RegionError naming the file, the town and the
    field for a file that is malformed, of another language, or names a town the region has not."""
    if language not in LANGUAGES:
        return {}
    path = _translation_path(folder, language)
    if not path.exists():
        return {}
    label = f"{TRANSLATIONS}/{path.name}"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RegionError(f"{label}: cannot be read as UTF-8 JSON ({error})") from error
    if not isinstance(document, dict):
        raise RegionError(f"{label}: is not a JSON object")
    unknown_parts = set(document) - {"about", "language", "towns"}
    if unknown_parts:
        raise RegionError(f"{label}: unknown part {', '.join(sorted(unknown_parts))} (parts: about, language, towns)")
    if document.get("language") != language:
        raise RegionError(f"{label}: language {document.get('language')!r} is not the file's ({language!r})")
    towns = document.get("towns", {})
    if not isinstance(towns, dict):
        raise RegionError(f"{label}: towns is not an object keyed by town name")
    known = {town["name"] for town in read_region(Path(folder))["towns"]}
    names = {}
    for name, entry in towns.items():
        if name not in known:
            raise RegionError(f"{label}: towns id {name!r}: no such town in towns.geojson")
        if not isinstance(entry, dict):
            raise RegionError(f"{label}: towns id {name!r}: is not an object of {', '.join(NAME_FIELDS)}")
        for field, text in entry.items():
            if field not in NAME_FIELDS:
                raise RegionError(f"{label}: towns id {name!r}: unknown field {field!r} (fields: {', '.join(NAME_FIELDS)})")
            if not isinstance(text, str) or not text.strip():
                raise RegionError(f"{label}: towns id {name!r}: {field} is not a non-empty string")
        names[name] = {field: entry[field] for field in NAME_FIELDS if field in entry}
    return names


def town_names(town, names):
    """A town's period name and today's name in a language (`names` from read_town_names), each
    marked `<field>_lang: "en"` when it falls back to the files' English, as an operation's places
    are."""
    english = {"period_name": town["name"], "today_name": town["modern_name"] or town["name"]}
    given = names.get(town["name"])
    if given is None and not names:
        return english
    out = {}
    for field in NAME_FIELDS:
        if (given or {}).get(field):
            out[field] = given[field]
        else:
            out[field], out[f"{field}_lang"] = english[field], "en"
    return out


def _reach(bbox):
    west, south, east, north = bbox
    grow_x, grow_y = (east - west) * REACH[0], (north - south) * REACH[1]
    return west - grow_x, south - grow_y, east + grow_x, north + grow_y


def _touches(coordinates, extent):
    west, south, east, north = extent
    points = [coordinates] if isinstance(coordinates[0], (int, float)) else coordinates
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs) <= east and max(xs) >= west and min(ys) <= north and max(ys) >= south


def context_ground(bbox, places=(), folder=REGION_FOLDER, language="en"):
    """The region's features within reach of `bbox` ([west, south, east, north]) for an operation's
    maps, {"towns": [{name, modern_name, period_name, today_name, kind, geometry}], "rivers",
    "railways": [{kind, geometry}]}, the towns named in `language` (period_name, today_name; English
    where the language's file has no name, marked so): towns
    outside the bbox that none of the operation's `places` ({name, gazetteer_id}) is (the
    operation names its own), and lines that reach past it. Each map draws them outside the bbox
    only."""
    region = read_region(Path(folder))
    extent = _reach(bbox)
    west, south, east, north = bbox
    own = {place.get(key) for place in places for key in ("name", "gazetteer_id")} - {None, ""}
    names = read_town_names(language, Path(folder))

    def outside(point):
        return not (west <= point[0] <= east and south <= point[1] <= north)

    towns = [{"name": town["name"], "modern_name": town["modern_name"], **town_names(town, names), "kind": town["kind"],
              "geometry": town["geometry"]} for town in region["towns"]
             if not {town["name"], town["gazetteer_id"]} & own and outside(town["geometry"]["coordinates"])
             and _touches(town["geometry"]["coordinates"], extent)]
    lines = {kind: [{"kind": line["kind"], "geometry": line["geometry"]} for line in region[kind] if _touches(line["geometry"]["coordinates"], extent)
                    and any(outside(point) for point in line["geometry"]["coordinates"])]
             for kind in ("rivers", "railways")}
    return {"towns": towns, **lines}


@lru_cache(maxsize=4)
def region_fingerprint(folder=REGION_FOLDER):
    """A short hash of the region's files: part of every timeline's version, so that a cached
    timeline is built again when the region changes."""
    digest = hashlib.sha256(SERVED_FORMAT.encode())
    for name in FILES:
        path = Path(folder) / f"{name}.geojson"
        digest.update(name.encode() + (path.read_bytes() if path.exists() else b""))
    for language in LANGUAGES:
        path = _translation_path(folder, language)
        digest.update(language.encode() + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()[:16]
