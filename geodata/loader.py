"""Reads an operation's files (GeoJSON, GeoPackage, any format geopandas reads) and validates
everything, reporting every problem by file, feature and field. It never touches the database."""

import datetime
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import pandas
import pyogrio
import shapely
from pyproj import CRS

from . import rules
from .fronts import front_disagreements, with_derived_fronts
from .geometry import geometry_problems, oriented
from .layers import LAYER_NAMES, OPERATION, RECORD_LAYERS, SIDES, SPATIAL_LAYERS
from .limits import limits_with
from .spreadsheet import restore

__all__ = [
    "DEFAULT_FRONT_TOLERANCE_KM", "OperationData", "OperationDataError", "read_operation",
]

# Files that travel beside a layer's main file (a shapefile's parts, QGIS styles) and are not layers.
SIDECAR_SUFFIXES = {".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".qml", ".xml"}
TABLE_SUFFIXES = {".csv", ".tsv"}
TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
WGS84 = CRS.from_epsg(4326)
# How far (km) an authored front may stray from the edge of the same day's areas before a warning.
DEFAULT_FRONT_TOLERANCE_KM = 2.0


class OperationDataError(ValueError):
    """The files of an operation are not loadable; `problems` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


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
    # What was read but not loaded (symbolic links, files that are no layer) and doubts that do
    # not stop a load (an authored front far from its day's areas), as sentences.
    warnings: list = field(default_factory=list)

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


# --------------------------------------------------------------------------- reading files


class _Source:
    """Where an operation's files are: a folder of per-layer files, or one GeoPackage.

    Only regular files in the folder itself are read: a symbolic link (which could lead anywhere)
    and a file that is no layer are skipped with a warning; a file over the size limit is refused.
    """

    def __init__(self, path, limits, problems, warnings):
        self.path = Path(path)
        self.limits, self.problems, self.warnings = limits, problems, warnings
        self.geopackage = None
        if self.path.is_symlink():
            raise OperationDataError([f"{self.path}: a symbolic link; give the folder or file itself"])
        if self.path.is_file():
            if self.path.suffix.lower() != ".gpkg":
                raise OperationDataError(
                    [f"{self.path}: expected a folder with operation.json or a .gpkg file"]
                )
            self.geopackage = self.path
        elif self.path.is_dir():
            if not (self.path / "operation.json").is_file() or (self.path / "operation.json").is_symlink():
                packages = sorted(p for p in self.path.glob("*.gpkg") if not p.is_symlink())
                if len(packages) == 1:
                    self.geopackage = packages[0]
                else:
                    raise OperationDataError(
                        [f"{self.path}: no operation.json (and not exactly one .gpkg) in the folder"]
                    )
        else:
            raise OperationDataError([f"{self.path}: no such file or folder"])
        self._files = self._list_files()
        self.gpkg_layers = (
            {name for name, _ in pyogrio.list_layers(self.geopackage)} if self.geopackage else set()
        )

    def _list_files(self):
        if self.geopackage:
            candidates = [self.geopackage]
        else:
            candidates = []
            known = set(LAYER_NAMES) | {"operation"}
            for path in sorted(self.path.iterdir()):
                if path.name.startswith("."):
                    continue
                if path.is_symlink():
                    self.warnings.append(f"{path.name}: a symbolic link, ignored")
                elif not path.is_file():
                    continue
                elif path.stem not in known and path.suffix.lower() not in SIDECAR_SUFFIXES and path.name != "README.md":
                    self.warnings.append(
                        f"{path.name}: not a layer of an operation (expected one of operation, "
                        f"{', '.join(LAYER_NAMES)}), ignored")
                else:
                    candidates.append(path)
        files = []
        for path in candidates:
            size = path.stat().st_size
            if size > self.limits["max_file_bytes"]:
                self.problems.append(
                    f"{path.name}: {size:,} bytes, over the limit max_file_bytes ({self.limits['max_file_bytes']:,})")
            else:
                files.append(path)
        return files

    def files(self):
        return self._files

    def fingerprint(self):
        digest = hashlib.sha256()
        for path in self.files():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def layer_file(self, layer):
        """The file that holds `layer` (None when the operation has none), or a problem."""
        if self.geopackage:
            return self.geopackage if layer in self.gpkg_layers and self.files() else None
        candidates = [
            path for path in self.files()
            if path.stem == layer and path.suffix.lower() not in SIDECAR_SUFFIXES
        ]
        if len(candidates) > 1:
            names = ", ".join(path.name for path in candidates)
            raise OperationDataError([f"{self.path}: more than one file for layer {layer}: {names}"])
        return candidates[0] if candidates else None

    def label(self, layer):
        if self.geopackage:
            return f"{self.geopackage.name}:{layer}"
        found = self.layer_file(layer)
        return found.name if found else layer


def _refuse_constant(name):
    raise ValueError(f"{name} is not a number JSON allows")


def _load_json(text, label, problems):
    """A JSON document, or None with a problem that says what is wrong and where."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        problems.append(f"{label}: malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}")
    except RecursionError:
        problems.append(f"{label}: nested too deeply to read (lists or objects inside one another "
                        f"hundreds of levels deep)")
    except ValueError as error:
        problems.append(f"{label}: {error}")
    return None


def _too_many(count, noun, label, limits, problems):
    """Whether a layer holds more records than max_records_per_layer (and say so)."""
    if count <= limits["max_records_per_layer"]:
        return False
    problems.append(f"{label}: {count:,} {noun}, over the limit max_records_per_layer "
                    f"({limits['max_records_per_layer']:,})")
    return True


def _feature_problems(document, label, limits, problems):
    """Structural problems of a FeatureCollection's features that would stop the reader itself."""
    features = document.get("features")
    if not isinstance(features, list):
        problems.append(f"{label}: 'features' must be a list")
        return
    if _too_many(len(features), "features", label, limits, problems):
        return
    for index, feature in enumerate(features):
        where = f"{label}: feature {index}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(f"{where}: not a GeoJSON Feature ({json.dumps(feature)[:40]})")
            continue
        geometry = feature.get("geometry")
        if geometry is None:
            continue
        if not isinstance(geometry, dict) or not isinstance(geometry.get("coordinates"), list):
            problems.append(f"{where}: field 'geometry': not a GeoJSON geometry with coordinates")
            continue
        kind = geometry.get("type")
        rings = (geometry["coordinates"] if kind == "Polygon"
                 else [ring for polygon in geometry["coordinates"] if isinstance(polygon, list) for ring in polygon]
                 if kind == "MultiPolygon" else [])
        for ring in rings:
            if not isinstance(ring, list) or len(ring) < 4:
                problems.append(f"{where}: field 'geometry': a polygon ring needs at least 4 positions "
                                f"(the last repeating the first), this one has {len(ring) if isinstance(ring, list) else 0}")
                break


def _read_table(path, layer, label, problems, geopackage, limits):
    """A layer as a (Geo)DataFrame plus whether its CRS was declared; None on a problem."""
    declared_crs = True
    try:
        if path.suffix.lower() in TABLE_SUFFIXES:
            separator = "\t" if path.suffix.lower() == ".tsv" else ","
            try:
                table = pandas.read_csv(path, dtype=str, keep_default_na=False, sep=separator).map(restore)
            except pandas.errors.EmptyDataError:
                problems.append(f"{label}: empty: expected a header row and one row per record")
                return None, False
            if _too_many(len(table), "rows", label, limits, problems):
                return None, False
            return table, True
        if path.suffix.lower() in (".geojson", ".json"):
            document = _load_json(path.read_text(encoding="utf-8"), label, problems)
            if document is None:
                return None, False
            if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
                problems.append(f"{label}: expected a GeoJSON FeatureCollection")
                return None, False
            declared_crs = "crs" in document
            if not document.get("features"):
                return pandas.DataFrame(), True
            count = len(problems)
            _feature_problems(document, label, limits, problems)
            if len(problems) > count:
                return None, False
        # Dates stay text, so that an impossible one (30 February) is named by feature and field.
        options = {"DATE_AS_STRING": "YES"} if path.suffix.lower() in (".geojson", ".json") else {}
        frame = pyogrio.read_dataframe(path, layer=layer if geopackage else None,
                                       datetime_as_string=True, **options)
    except (OSError, UnicodeDecodeError, ValueError, shapely.errors.GEOSException,
            pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError,
            pandas.errors.ParserError) as error:
        problems.append(f"{label}: cannot be read: {error}")
        return None, False
    if _too_many(len(frame), "records", label, limits, problems):
        return None, False
    if path.suffix.lower() not in (".geojson", ".json"):
        declared_crs = getattr(frame, "crs", None) is not None
    return frame, declared_crs


def _to_wgs84(frame, label, problems):
    """The frame in longitude/latitude: reprojected when it declares another CRS."""
    crs = getattr(frame, "crs", None)
    if crs is None or "geometry" not in frame:
        return frame
    if CRS.from_user_input(crs).equals(WGS84, ignore_axis_order=True) or crs.to_epsg() == 4326:
        return frame
    try:
        return frame.to_crs(WGS84)
    except Exception as error:  # pyproj raises several kinds for unusable CRSs
        problems.append(f"{label}: cannot reproject from {crs} to WGS84: {error}")
        return None


def _plain(value):
    """A cell as a plain Python value: NaN and NaT become None, timestamps dates."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (pandas.Timestamp, datetime.datetime)):
        return None if pandas.isna(value) else value.date()
    if value is pandas.NaT:
        return None
    if isinstance(value, numpy.ndarray):
        return value.tolist()
    if isinstance(value, numpy.generic):
        return value.item()
    return value


def _rows(frame):
    """(index, properties, geometry) for each row of a (Geo)DataFrame."""
    columns = [column for column in frame.columns if column != "geometry"]
    geometries = frame["geometry"] if "geometry" in frame else [None] * len(frame)
    for index, (values, geometry) in enumerate(zip(frame[columns].itertuples(index=False), geometries)):
        properties = {column: _plain(value) for column, value in zip(columns, values)}
        yield index, properties, geometry


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
        except ValueError:
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

    def geometry(self, geometry, allowed, required=True, limits=None, bbox=None):
        if geometry is None or (isinstance(geometry, float) and math.isnan(geometry)):
            if required:
                self.problem("geometry", "is required")
            return None
        if limits:
            vertices = shapely.get_num_coordinates(geometry)
            if vertices > limits["max_vertices_per_geometry"]:
                self.problem("geometry", f"{vertices:,} vertices, over the limit max_vertices_per_geometry "
                                         f"({limits['max_vertices_per_geometry']:,})")
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
    document = _load_json(path.read_text(encoding="utf-8"), "operation.json", problems)
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
    operation = pyogrio.read_dataframe(source.geopackage, layer="operation", read_geometry=False)
    sides = pyogrio.read_dataframe(source.geopackage, layer="sides", read_geometry=False)
    if len(operation) != 1:
        problems.append(f"{label}:operation: expected exactly one row, found {len(operation)}")
        return None
    document = {key: _plain(value) for key, value in operation.iloc[0].items()}
    for key in ("other_names", "bbox"):
        if isinstance(document.get(key), str):
            try:
                document[key] = json.loads(document[key])
            except json.JSONDecodeError:
                problems.append(f"{label}:operation: field '{key}': not a JSON list")
    document["sides"] = [
        {key: _plain(value) for key, value in row.items()} for _, row in sides.iterrows()
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
    """Checks that need a whole layer: parents, one position a day, unique movement and event ids."""
    if len(data.formations) > limits["max_formations"]:
        problems.append(f"formations: {len(data.formations):,} formations, over the limit max_formations "
                        f"({limits['max_formations']:,})")
    parents = {formation["key"]: formation["parent"] for formation in data.formations}
    for formation in data.formations:
        feature = formation.pop("_feature")
        if formation["parent"] and formation["parent"] not in parents:
            feature.problem("parent", f"unknown formation '{formation['parent']}'")
        elif formation["parent"] and formation["parent"] != formation["key"]:  # its own: told as read
            chain, current = [formation["key"]], formation["parent"]
            while current and current in parents and current not in chain:
                chain.append(current)
                current = parents[current]
            if current in chain:
                feature.problem("parent", f"the parents go round in a circle: {' -> '.join(chain + [current])}")
            elif len(chain) > limits["max_tree_depth"]:
                feature.problem("parent", f"{len(chain)} levels of parents, over the limit max_tree_depth "
                                          f"({limits['max_tree_depth']})")
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
    _check_area_overlaps(data, problems)
    for layer in ("movements", "events"):
        ids = [record["key"] for record in getattr(data, layer) if record["key"]]
        for duplicate in sorted({key for key in ids if ids.count(key) > 1}):
            problems.append(f"{layer}: id '{duplicate}' appears more than once")


def _check_area_overlaps(data, problems):
    """No two sides hold the same ground on a day (contested ground excepted)."""
    west, south, east, north = data.operation["bbox"]
    centre = ((west + east) / 2, (south + north) / 2)
    areas = [(index, area) for index, area in enumerate(data.areas)
             if area["geometry"] is not None and area["role"] not in rules.OVERLAPPING_ROLES]
    for position, (index, area) in enumerate(areas):
        for other_index, other in areas[position + 1:]:
            if other["date"] != area["date"] or other["side"] == area["side"]:
                continue
            problem = rules.side_overlap_problem(area["geometry"], other["geometry"], other["side"], centre)
            if problem:
                problems.append(f"areas: feature {index}: field 'geometry': {problem} "
                                f"(feature {other_index}) on {area['date']}")


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
    source = _Source(path, limits, problems, warnings)
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
        frame, declared_crs = _read_table(layer_path, layer, label, problems, source.geopackage, limits)
        if frame is None:
            continue
        if layer in SPATIAL_LAYERS:
            frame = _to_wgs84(frame, label, problems)
            if frame is None or not _check_coordinates_declared(frame, declared_crs, label, problems):
                continue
        setattr(data, layer, _check_layer(layer, _rows(frame), label, context, problems))
    _check_across_records(data, problems, limits)
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
