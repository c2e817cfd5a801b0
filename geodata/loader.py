"""Reads an operation's files (GeoJSON, CSV, GeoPackage: geodata/files.py says which and how) and
validates everything, reporting every problem by file, feature and field. It never touches the
database."""

import datetime
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy
import pyogrio
import shapely

from . import rules
from .files import (
    FORMATS, NUL_PROBLEM, OperationDataError, OperationSource, gdal_path, geopackage_nul_problems,
    load_json, plain, read_table, read_text, rows, to_wgs84,
)
from .fronts import front_disagreements, with_derived_fronts
from .geometry import geometry_problems, oriented
from .layers import LAYER_NAMES, OPERATION, RECORD_LAYERS, SIDES, SPATIAL_LAYERS
from .limits import limits_with
from .translations import read_translations, translations_fingerprint

__all__ = [
    "DEFAULT_FRONT_TOLERANCE_KM", "FORMATS", "OperationData", "OperationDataError", "read_operation",
]

TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
# How far (km) an authored front may stray from the edge of the same day's areas before a warning.
DEFAULT_FRONT_TOLERANCE_KM = 2.0


@dataclass
class OperationData:
    """An operation as plain Python values, validated and ready to store or write out.

    `operation` holds the metadata, `sides` the parties; every layer is a list of dicts whose
    geometry (if any) is a shapely object under "geometry".
    """

    operation: dict
    sides: list
    sources: list = field(default_factory=list)
    formations: list = field(default_factory=list)
    positions: list = field(default_factory=list)
    areas: list = field(default_factory=list)
    fronts: list = field(default_factory=list)
    movements: list = field(default_factory=list)
    events: list = field(default_factory=list)
    places: list = field(default_factory=list)
    key_moments: list = field(default_factory=list)
    origin: str = ""
    fingerprint: str = ""
    # The layers the files have, whatever they hold (an empty layer file counts); None when the
    # data was not read from files.
    layers: list | None = None
    # What was read but not loaded (symbolic links, files that are no layer) and doubts that do
    # not stop a load (an authored front far from its day's areas), as sentences.
    warnings: list = field(default_factory=list)
    # The texts in other languages (geodata/translations.py): {language: {part: {id: {field: text}}}}.
    translations: dict = field(default_factory=dict)

    def counts(self):
        """The number of records in each layer."""
        return {layer: len(getattr(self, layer)) for layer in LAYER_NAMES}

    def counts_per_day(self):
        """For each day of the operation, how many positions, areas and events it has."""
        start, end = self.operation["start_date"], self.operation["end_date"]
        days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
        per_day = {day: {"positions": 0, "areas": 0, "fronts": 0, "events": 0} for day in days}
        for layer in ("positions", "areas", "fronts", "events"):
            for record in getattr(self, layer):
                per_day[record["date"]][layer] += 1
        return per_day


# --------------------------------------------------------------------------- checking values


# How a table (a GeoPackage or CSV cell) may write true and false.
FLAG_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


class _Feature:
    """One row under validation: reads its fields, collecting problems that name where it is."""

    def __init__(self, label, index, properties, problems, noun="feature", layer=None):
        self.label, self.index, self.properties, self.problems = label, index, properties, problems
        self.layer = layer
        ident = properties.get("id")
        self.where = f"{label}: {noun} {index}" + (f" (id {ident})" if ident not in (None, "") else "")

    def problem(self, field_name, message):
        self.problems.append(f"{self.where}: field '{field_name}': {message}")

    def text(self, name, required=False):
        value = self.properties.get(name)
        if value is None:
            value = ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        value = str(value).strip()
        if "\x00" in value:
            # PostgreSQL stores no NUL, and GDAL would cut the text there: refused, never cut.
            self.problem(name, NUL_PROBLEM)
        if required and not value:
            self.problem(name, "is required")
        return value

    def key(self, name, seen, what):
        """A required id, not among those already `seen`."""
        value = self.text(name, required=True)
        if value and rules.key_problem(value):
            self.problem(name, rules.key_problem(value))
        if value in seen:
            self.problem(name, f"{what} '{value}' appears twice")
        return value

    def choice(self, name, allowed, default=None):
        value = self.text(name, required=default is None)
        if not value:
            return default
        if value not in allowed:
            self.problem(name, f"unknown value '{value}'; expected one of {', '.join(sorted(allowed))}")
            return None
        return value

    def date(self, name, operation, required=True):
        value = self.properties.get(name)
        if isinstance(value, datetime.date):
            day = value
        else:
            text = self.text(name, required=required)
            if not text:
                return None
            try:
                day = datetime.date.fromisoformat(text[:10])
            except ValueError:
                self.problem(name, f"'{text}' is not a date (YYYY-MM-DD)")
                return None
        outside = operation and rules.date_outside_problem(
            day, operation["start_date"], operation["end_date"])
        if outside:
            self.problem(name, outside)
            return None
        return day

    def time(self, name):
        value = self.properties.get(name)
        if isinstance(value, datetime.time):
            return value
        text = self.text(name)
        if not text:
            return None
        match = TIME.match(text)
        if not match:
            self.problem(name, f"'{text}' is not a time of day (HH:MM)")
            return None
        return datetime.time(int(match[1]), int(match[2]), int(match[3] or 0))

    def integer(self, name, allowed, default):
        text = self.text(name)
        if not text:
            return default
        try:
            value = int(float(text))
        except (ValueError, OverflowError):  # OverflowError: infinity, 1e999
            value = None
        if value not in allowed:
            self.problem(name, f"'{text}' is not one of {', '.join(map(str, allowed))}")
            return default
        return value

    def flag(self, name, default):
        value = self.properties.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in FLAG_WORDS:
            return FLAG_WORDS[text]
        self.problem(name, f"'{value}' is not true or false")
        return default

    def reference(self, name, known, what, required=True):
        value = self.text(name, required=required)
        if value and value not in known:
            self.problem(name, f"unknown {what} '{value}'")
            return None
        return value or None

    def source_keys(self, known, required=True):
        value = self.properties.get("sources")
        if isinstance(value, str) and value.strip().startswith("["):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                pass
        if isinstance(value, (list, tuple)):
            keys = [str(key).strip() for key in value if str(key).strip()]
        else:
            keys = [key.strip() for key in self.text("sources").split(";") if key.strip()]
        if required and not keys:
            self.problem("sources", "is required: every record cites at least one source")
        unknown = [key for key in keys if key not in known]
        if unknown:
            self.problem("sources", f"unknown source(s) {', '.join(unknown)}")
        return [key for key in keys if key in known]

    def citations(self, known):
        """The passages cited: "key: locator; key: locator" (a key alone has no locator), or a JSON
        list of {"source", "locator"} objects; each key among the operation's sources."""
        value = self.properties.get("citations")
        if isinstance(value, str) and value.strip().startswith("["):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                self.problem("citations", "is not a JSON list of citations")
                return []
        if isinstance(value, (list, tuple)):
            citations = [item if isinstance(item, dict) else {"source": str(item)} for item in value]
            citations = [{"source": str(item.get("source") or "").strip(),
                          "locator": str(item.get("locator") or "").strip()} for item in citations]
        else:
            citations = []
            for part in self.text("citations").split(";"):
                key, _, locator = part.partition(":")
                if part.strip():
                    citations.append({"source": key.strip(), "locator": locator.strip()})
        problem = rules.citations_problem(citations, known)
        if problem:
            self.problem("citations", problem)
            return [item for item in citations if item["source"] in known]
        return citations

    def geometry(self, geometry, allowed, required=True, limits=None, bbox=None):
        if geometry is None or (isinstance(geometry, float) and math.isnan(geometry)):
            if required:
                self.problem("geometry", "is required")
            return None
        too_many = limits and rules.vertices_problem(geometry, limits["max_vertices_per_geometry"])
        if too_many:
            self.problem("geometry", too_many)
            return None
        problems = geometry_problems(geometry, allowed)
        if not problems and bbox and rules.outside_bbox_problem(geometry, bbox):
            problems.append(rules.outside_bbox_problem(geometry, bbox))
        for message in problems:
            self.problem("geometry", message)
        return None if problems else oriented(geometry)


# --------------------------------------------------------------------------- the operation


def _read_metadata(source, problems):
    if source.geopackage:
        return _metadata_from_geopackage(source, problems)
    path = source.path / "operation.json"
    if path not in source.files():
        return None  # over the size limit: already said
    text = read_text(path, "operation.json", problems)
    document = None if text is None else load_json(text, "operation.json", problems)
    if document is None:
        return None
    if not isinstance(document, dict):
        problems.append("operation.json: expected a JSON object")
        return None
    return document


def _metadata_from_geopackage(source, problems):
    label = source.geopackage.name
    missing = {"operation", "sides"} - source.gpkg_layers
    if missing:
        problems.append(f"{label}: missing table(s) {', '.join(sorted(missing))}")
        return None
    try:
        operation, sides = (pyogrio.read_dataframe(gdal_path(source.geopackage), layer=table, read_geometry=False)
                            for table in ("operation", "sides"))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as error:
        problems.append(f"{label}: cannot be read: {error}")
        return None
    count = len(problems)
    for table in ("operation", "sides"):
        geopackage_nul_problems(source.geopackage, table, f"{label}:{table}", problems)
    if len(problems) > count:
        return None
    if len(operation) != 1:
        problems.append(f"{label}:operation: expected exactly one row, found {len(operation)}")
        return None
    document = {key: plain(value) for key, value in operation.iloc[0].items()}
    for key in ("other_names", "bbox"):
        if isinstance(document.get(key), str):
            try:
                document[key] = json.loads(document[key])
            except json.JSONDecodeError:
                problems.append(f"{label}:operation: field '{key}': not a JSON list")
    document["sides"] = [
        {key: plain(value) for key, value in row.items()} for _, row in sides.iterrows()
    ]
    return document


def _check_metadata(document, problems, context_limits):
    label = "operation.json"
    meta = _Feature(label, 0, document, problems)
    meta.where = label
    context = {"operation": None, "limits": context_limits}
    operation = {field.name: _value(meta, field, None, context) for field in OPERATION.fields}
    start, end = operation["start_date"], operation["end_date"]
    # Too many days is told only of dates in order.
    if not _check_across_fields(OPERATION, meta, operation, context) and start and end \
            and (end - start).days + 1 > context_limits["max_days"]:
        meta.problem("end_date", f"{(end - start).days + 1:,} days, over the limit max_days "
                                 f"({context_limits['max_days']:,})")
    sides = []
    raw_sides = document.get("sides")
    if not isinstance(raw_sides, list) or not raw_sides:
        meta.problem("sides", "expected a list of sides, each with slug, name and colour")
        raw_sides = []
    for index, raw in enumerate(raw_sides):
        side = _Feature(f"{label}: sides", index, raw if isinstance(raw, dict) else {}, problems, "side")
        record = {field.name: _value(side, field, None, context) for field in SIDES.fields}
        if record["slug"] in {existing["slug"] for existing in sides}:
            side.problem("slug", f"side '{record['slug']}' appears twice")
        sides.append(record)
    valid = start and end and not any(problem.startswith(label) for problem in problems)
    return (operation, sides) if valid else (None, sides)


# --------------------------------------------------------------------------- the layers


def _value(f, field, geometry, context):
    """The value of one field of a row, checked as its description says."""
    kind = field.kind
    if kind in ("key", "id"):
        value = (f.key(field.column, context.setdefault(f.layer, {}), f.layer[:-1]) if kind == "key"
                 else f.text(field.column))
        if field.max_length and len(value) > field.max_length:
            f.problem(field.column, f"{len(value):,} characters; at most {field.max_length:,}")
        return value
    if kind == "choice":
        return f.choice(field.name, field.allowed, default=None if field.required else field.default)
    if kind == "integer":
        return f.integer(field.name, field.allowed, default=field.default)
    if kind == "reference":
        return f.reference(field.name, context[field.refers_to], field.refers_to[:-1],
                           required=field.required)
    if kind == "parent":
        return f.text(field.name) or None
    if kind == "date":
        return f.date(field.name, context["operation"], required=field.required)
    if kind == "time":
        return f.time(field.name)
    if kind == "sources":
        return f.source_keys(context["sources"], required=field.required)
    if kind == "citations":
        return f.citations(context["sources"])
    if kind == "geometry":
        return f.geometry(geometry, field.allowed, required=field.required, limits=context["limits"],
                          bbox=(context["operation"] or {}).get("bbox"))
    if kind == "flag":
        return f.flag(field.name, default=field.default)
    if kind == "names":
        names = f.properties.get(field.name) or []
        if not isinstance(names, list):
            f.problem(field.name, "expected a list of names")
            return []
        if any(isinstance(name, str) and "\x00" in name for name in names):
            f.problem(field.name, NUL_PROBLEM)
        return names
    if kind == "bbox":
        value = f.properties.get(field.name)
        if field.rule(value):
            f.problem(field.name, field.rule(value))
        return value
    value = f.text(field.name, required=field.required)
    longest = field.max_length or context["limits"]["max_text_length"]
    if len(value) > longest:
        f.problem(field.name, f"{len(value):,} characters; at most {longest:,}"
                              + ("" if field.max_length else " (the limit max_text_length)"))
        return value[:longest]
    if value and field.rule is not None:
        problem = field.rule(value)
        if problem:
            f.problem(field.name, problem)
    return value


def _check_record(layer, f, geometry, context):
    """One row as a record: every field of the layer's description, checked."""
    record = {field.name: _value(f, field, geometry, context) for field in layer.fields}
    if "citations" in record:
        # Every work cited with a locator is among the record's sources, as the API lists them.
        record["sources"] += [key for key in dict.fromkeys(c["source"] for c in record["citations"])
                              if key not in record["sources"]]
    _check_across_fields(layer, f, record, context)
    if any(field.kind == "key" for field in layer.fields):
        context[layer.name][record["key"]] = record
    # Kept for the checks across the whole layer (parents, one position a day); removed there.
    if layer.name in ("formations", "positions"):
        record["_feature"] = f
    return record


def _check_across_fields(layer, f, record, context):
    """The checks the layer declares across the fields of one record; whether any found a problem."""
    def value_of(name):
        field_name, _, of_referred = name.partition(".")
        value = record.get(field_name)
        if of_referred:
            # "formation.side": the side of the formation named, as read earlier in its own layer.
            referred = context[layer.field(field_name).refers_to].get(value) or {}
            value = referred.get(of_referred)
        return value

    found = False
    for check in layer.checks:
        problem = check.problem(value_of)
        if problem:
            f.problem(check.field, problem)
            found = True
    return found


def _check_layer(layer_name, rows, label, context, problems):
    """Validate one layer's rows into records; `context` holds what earlier layers defined."""
    layer = RECORD_LAYERS[layer_name]
    noun = "feature" if layer.geometry is not None else "row"
    records = []
    for index, properties, geometry in rows:
        feature = _Feature(label, index, properties, problems, noun, layer=layer_name)
        records.append(_check_record(layer, feature, geometry, context))
    return records


def _check_across_records(data, problems, limits):
    """Checks that need a whole layer: parents, one position a day, unique movement and event ids,
    the vertices of a day and of the operation, and the ground each side holds."""
    if len(data.formations) > limits["max_formations"]:
        problems.append(f"formations: {len(data.formations):,} formations, over the limit max_formations "
                        f"({limits['max_formations']:,})")
    _check_formation_tree(data.formations, limits)
    seen = {}
    for position in data.positions:
        feature = position.pop("_feature")
        day_key = (position["formation"], position["date"])
        if None not in day_key:
            if day_key in seen:
                feature.problem(
                    "date", f"a second position for {position['formation']} on {position['date']} "
                            f"(the first is feature {seen[day_key]})"
                )
            seen.setdefault(day_key, feature.index)
    if _check_vertices(data, problems, limits):
        _check_area_overlaps(data, problems)
        if not problems:
            # The operation agrees with itself: places taken, speeds, arrows, titles (issue #26).
            problems.extend(rules.consistency_problems(data))
    for layer in ("movements", "events"):
        counts = Counter(record["key"] for record in getattr(data, layer) if record["key"])
        for duplicate in sorted(key for key, count in counts.items() if count > 1):
            problems.append(f"{layer}: id '{duplicate}' appears more than once")


def _formation_ancestry(parents):
    """For each formation, its depth (the levels from it up to its root, itself included) or the
    circle its parents run into; each formation is walked once, so a long chain costs no more than
    its length. A formation that is its own parent counts as a root (that is told as it is read)."""
    depth, circle_of = {}, {}
    for start in parents:
        path, on_path, current = [], {}, start
        while current in parents and current not in depth and current not in circle_of and current not in on_path:
            on_path[current] = len(path)
            path.append(current)
            parent = parents[current]
            current = parent if parent != current else None
        if current in on_path:
            circle = path[on_path[current]:]
            circle_of.update(dict.fromkeys(circle, circle))
            circle_of.update(dict.fromkeys(path[:on_path[current]], circle))
        elif current in circle_of:
            circle_of.update(dict.fromkeys(path, circle_of[current]))
        else:
            levels = depth.get(current, 0)
            for key in reversed(path):
                levels += 1
                depth[key] = levels
    return depth, circle_of


def _check_formation_tree(formations, limits):
    """Every parent known, no circle, no chain deeper than max_tree_depth."""
    parents = {formation["key"]: formation["parent"] for formation in formations}
    depth, circle_of = _formation_ancestry(parents)
    for formation in formations:
        feature = formation.pop("_feature")
        key, parent = formation["key"], formation["parent"]
        if parent and parent not in parents:
            feature.problem("parent", f"unknown formation '{parent}'")
        elif not parent or parent == key:  # its own: told as read
            continue
        elif key in circle_of:
            circle = circle_of[key]
            if key in circle:
                turn = circle.index(key)
                circle = circle[turn:] + circle[:turn]
                feature.problem("parent", f"the parents go round in a circle: {' -> '.join(circle + [key])}")
            else:
                feature.problem("parent", f"the parents lead into a circle: {' -> '.join(circle + circle[:1])}")
        elif depth[key] > limits["max_tree_depth"]:
            feature.problem("parent", f"{depth[key]} levels of parents, over the limit max_tree_depth "
                                      f"({limits['max_tree_depth']})")


def _check_vertices(data, problems, limits):
    """No day's areas and fronts, nor the whole operation, over their limits of vertices; whether
    the operation is within them."""
    per_day, total = Counter(), 0
    for layer in SPATIAL_LAYERS:
        for record in getattr(data, layer):
            if record.get("geometry") is None:
                continue
            vertices = int(shapely.get_num_coordinates(record["geometry"]))
            total += vertices
            if layer in ("areas", "fronts"):
                per_day[record["date"]] += vertices
    within = True
    for day, vertices in sorted(per_day.items()):
        if vertices > limits["max_vertices_per_day"]:
            problems.append(f"areas and fronts: {day}: {vertices:,} vertices, over the limit max_vertices_per_day "
                            f"({limits['max_vertices_per_day']:,})")
            within = False
    if total > limits["max_vertices_per_operation"]:
        problems.append(f"every layer: {total:,} vertices, over the limit max_vertices_per_operation "
                        f"({limits['max_vertices_per_operation']:,})")
        within = False
    return within


# How many overlaps of two sides' ground one load tells; past these the folder is refused all the
# same, and the rest would only lengthen the list (and the time: every pair may overlap).
OVERLAPS_TOLD = 100


def _check_area_overlaps(data, problems):
    """No two sides hold the same ground on a day (contested ground excepted). Each area is
    compared only with the areas of the same day whose extents meet it (a spatial index)."""
    west, south, east, north = data.operation["bbox"]
    centre = ((west + east) / 2, (south + north) / 2)
    by_day = {}
    for index, area in enumerate(data.areas):
        if area["geometry"] is not None and area["role"] not in rules.OVERLAPPING_ROLES:
            by_day.setdefault(area["date"], []).append(index)
    found = []
    for day, indexes in by_day.items():
        tree = shapely.STRtree([data.areas[index]["geometry"] for index in indexes])
        for position, index in enumerate(indexes):
            area = data.areas[index]
            for other_position in sorted(tree.query(area["geometry"], predicate="intersects")):
                other_index = indexes[other_position]
                other = data.areas[other_index]
                if other_position <= position or other["side"] == area["side"]:
                    continue
                problem = rules.side_overlap_problem(area["geometry"], other["geometry"], other["side"], centre)
                if problem:
                    found.append((index, other_index, f"areas: feature {index}: field 'geometry': {problem} "
                                                      f"(feature {other_index}) on {area['date']}"))
                    if len(found) > OVERLAPS_TOLD:
                        break
            if len(found) > OVERLAPS_TOLD:
                break
        if len(found) > OVERLAPS_TOLD:
            break
    problems.extend(message for *_, message in sorted(found)[:OVERLAPS_TOLD])
    if len(found) > OVERLAPS_TOLD:
        problems.append(f"areas: more overlaps of two sides' ground than the first {OVERLAPS_TOLD} told")


def _check_coordinates_declared(frame, declared_crs, label, problems):
    """A layer with no CRS must be in longitude/latitude already; say so once, clearly."""
    if declared_crs or "geometry" not in frame or frame.geometry.isna().all():
        return True
    coordinates = shapely.get_coordinates(frame.geometry.dropna().values)
    if len(coordinates) == 0:
        return True
    out_of_range = (numpy.abs(coordinates[:, 0]) > 180) | (numpy.abs(coordinates[:, 1]) > 90)
    if out_of_range.any():
        x, y = coordinates[out_of_range][0]
        feature_index = next(
            index for index, geometry in enumerate(frame.geometry)
            if geometry is not None and (numpy.abs(shapely.get_coordinates(geometry)) > [180, 90]).any()
        )
        problems.append(
            f"{label}: feature {feature_index}: field 'geometry': the layer declares no CRS and "
            f"its coordinates ({x:g}, {y:g}) are out of longitude/latitude range; declare its CRS "
            f"or reproject it to WGS84 (EPSG:4326)"
        )
        return False
    return True


def read_operation(path, limits=None, *, front_tolerance_km=DEFAULT_FRONT_TOLERANCE_KM):
    """Read and validate the operation at `path` (a folder or a .gpkg).

    `limits` overrides some of geodata.limits.DEFAULT_LIMITS. Returns an `OperationData` whose
    fronts include one derived from the areas for every day that has areas and no authored front,
    and whose `warnings` name what was skipped and each authored front more than
    `front_tolerance_km` from its day's areas; raises `OperationDataError` listing every problem.
    """
    limits = limits_with(limits)
    problems, warnings = [], []
    source = OperationSource(path, limits, problems, warnings)
    document = _read_metadata(source, problems)
    if document is None:
        raise OperationDataError(problems or ["operation.json: cannot be read"])
    operation, sides = _check_metadata(document, problems, limits)
    if operation is None:
        raise OperationDataError(problems)
    data = OperationData(operation=operation, sides=sides, origin=str(source.path),
                         fingerprint=source.fingerprint(), warnings=warnings)
    context = {"operation": operation, "sides": {side["slug"] for side in sides},
               "sources": {}, "formations": {}, "limits": limits}
    for layer in LAYER_NAMES:
        layer_path = source.layer_file(layer)
        if layer_path is None:
            continue
        label = source.label(layer)
        frame, declared_crs = read_table(layer_path, layer, label, problems, source.geopackage, limits)
        if frame is None:
            continue
        if layer in SPATIAL_LAYERS:
            frame = to_wgs84(frame, label, problems)
            if frame is None or not _check_coordinates_declared(frame, declared_crs, label, problems):
                continue
        setattr(data, layer, _check_layer(layer, rows(frame), label, context, problems))
    data.layers = source.layers()
    _check_across_records(data, problems, limits)
    if not source.geopackage:
        data.translations = read_translations(source.path, data, problems)
        if data.translations:
            data.fingerprint = hashlib.sha256(
                (data.fingerprint + translations_fingerprint(source.path)).encode()).hexdigest()
    if problems:
        raise OperationDataError(problems)
    _complete_fronts(data, front_tolerance_km)
    return data


def _complete_fronts(data, tolerance_km):
    """Derive the fronts the files do not author, and warn where authored ones stray."""
    side_order = [side["slug"] for side in data.sides]
    west, south, east, north = data.operation["bbox"]
    centre = ((west + east) / 2, (south + north) / 2)
    data.warnings += front_disagreements(data.fronts, data.areas, side_order, tolerance_km, centre)
    data.fronts = with_derived_fronts(data.fronts, data.areas, side_order)
