"""Which files of an operation the loader reads, and how: the formats and their GDAL drivers, GDAL
kept off the network, only regular files in the folder, text as UTF-8 and JSON as JSON allows; each
layer comes back as a (Geo)DataFrame, or as problems naming the file, the feature and the field."""

import datetime
import hashlib
import io
import json
import math
import os
import sqlite3
import stat
import warnings
from collections import Counter
from contextlib import closing
from pathlib import Path

import numpy
import pandas
import pyogrio
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError

from .layers import LAYER_NAMES
from .spreadsheet import restore

__all__ = [
    "FORMATS", "NUL_PROBLEM", "OperationDataError", "OperationSource", "gdal_path", "geopackage_nul_problems",
    "load_json", "plain", "read_table", "read_text", "rows", "to_wgs84",
]

# The formats the loader reads, by suffix: the GDAL driver that opens the file, named in front of
# its path so that GDAL never guesses one from the content (an XML file named areas.gpkg is not a
# VRT), or None for a table pandas reads without GDAL. Nothing else is opened.
FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".csv": None, ".tsv": None}
FORMAT_NAMES = "GeoJSON (.geojson, .json), CSV (.csv, .tsv) and GeoPackage (.gpkg)"
# Files that travel beside a layer (QGIS styles and metadata): skipped with a warning, never read.
SIDECAR_SUFFIXES = {".qml", ".qmd", ".sld", ".xml"}
TABLE_SUFFIXES = {".csv", ".tsv"}
# What every SQLite database, and so every GeoPackage, starts with.
SQLITE_HEADER = b"SQLite format 3\x00"
# GDAL reads the files it is given and nothing more: no request from /vsicurl/ or any HTTP fetch
# (no file extension or name is allowed there), no listing of the folder around a file, and no
# retry or wait should a request be tried all the same.
GDAL_CONFIG = {
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".battlemap-reads-no-url",
    "CPL_VSIL_CURL_ALLOWED_FILENAME": "/battlemap-reads-no-url",
    "GDAL_HTTP_MAX_RETRY": "0",
    "GDAL_HTTP_TIMEOUT": "1",
    "GDAL_HTTP_CONNECTTIMEOUT": "1",
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
}
pyogrio.set_gdal_config_options(GDAL_CONFIG)
WGS84 = CRS.from_epsg(4326)


class OperationDataError(ValueError):
    """The files of an operation are not loadable; `problems` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def _kind_of(mode):
    """What a folder entry that is not a regular file is, in words."""
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return name
    return "not a regular file"


def _unread_format(name):
    return f"{name}: a format the loader does not read; it reads {FORMAT_NAMES}"


class OperationSource:
    """Where an operation's files are: a folder of per-layer files, or one GeoPackage.

    Only regular files in the folder itself are read, each in a format of FORMATS with its driver.
    A symbolic link (which could lead anywhere) and a file that is no layer are skipped with a
    warning; an entry named like a layer that is not a regular file, a layer in another format and
    a file over the size limit are refused.
    """

    def __init__(self, path, limits, problems, warnings):
        self.path = Path(path)
        self.limits, self.problems, self.warnings = limits, problems, warnings
        self.geopackage = None
        if str(self.path).startswith("/vsi"):
            raise OperationDataError([f"{self.path}: a GDAL virtual path; give a folder or a .gpkg file"])
        if self.path.is_symlink():
            raise OperationDataError([f"{self.path}: a symbolic link; give the folder or file itself"])
        if self.path.is_file():
            if self.path.suffix.lower() != ".gpkg":
                raise OperationDataError(
                    [f"{self.path}: expected a folder with operation.json or a .gpkg file"]
                )
            self.geopackage = self.path
        elif self.path.is_dir():
            if not _is_regular(self.path / "operation.json"):
                packages = sorted(p for p in self.path.glob("*.gpkg") if _is_regular(p))
                if len(packages) == 1:
                    self.geopackage = packages[0]
                else:
                    raise OperationDataError(
                        [f"{self.path}: no operation.json (and not exactly one .gpkg) in the folder"]
                    )
        else:
            raise OperationDataError([f"{self.path}: no such file or folder"])
        self._files = self._list_files()
        self.gpkg_layers = set()
        if self.geopackage and self._files:
            try:
                self.gpkg_layers = {name for name, _ in pyogrio.list_layers(gdal_path(self.geopackage))}
            except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as error:
                raise OperationDataError([f"{self.geopackage.name}: cannot be read as a GeoPackage: {error}"])

    def _list_files(self):
        if self.geopackage:
            candidates = [self.geopackage]
        else:
            candidates = []
            known = set(LAYER_NAMES) | {"operation"}
            for path in sorted(self.path.iterdir()):
                if path.name.startswith(".") or path.name == "README.md":
                    continue
                if path.name == "translations" and stat.S_ISDIR(os.lstat(path).st_mode):
                    continue  # the texts in other languages: geodata/translations.py reads them
                mode = os.lstat(path).st_mode
                is_layer = path.stem in known
                if stat.S_ISLNK(mode):
                    self.warnings.append(f"{path.name}: a symbolic link, ignored")
                elif not stat.S_ISREG(mode):
                    if is_layer:
                        self.problems.append(f"{path.name}: {_kind_of(mode)}, not a file; a layer must be a "
                                             f"regular file in the folder")
                    else:
                        self.warnings.append(f"{path.name}: {_kind_of(mode)}, not a layer, ignored")
                elif not is_layer:
                    self.warnings.append(
                        f"{path.name}: not a layer of an operation (expected one of operation, "
                        f"{', '.join(LAYER_NAMES)}), ignored")
                elif path.suffix.lower() in SIDECAR_SUFFIXES:
                    self.warnings.append(f"{path.name}: a style or metadata file, not read, ignored")
                elif path.suffix.lower() not in FORMATS or (path.stem == "operation" and path.suffix != ".json"):
                    self.problems.append(_unread_format(path.name))
                else:
                    candidates.append(path)
        files = []
        for path in candidates:
            size = path.stat().st_size
            if size > self.limits["max_file_bytes"]:
                self.problems.append(
                    f"{path.name}: {size:,} bytes, over the limit max_file_bytes ({self.limits['max_file_bytes']:,})")
            elif path.suffix.lower() == ".gpkg" and not _has_sqlite_header(path):
                self.problems.append(f"{path.name}: not a GeoPackage (a GeoPackage is an SQLite database)")
            else:
                files.append(path)
        return files

    def files(self):
        return self._files

    def layers(self):
        """The layers the source has a file (or a GeoPackage table) for, whatever that file holds."""
        return [layer for layer in LAYER_NAMES if self.layer_file(layer) is not None]

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
        candidates = [path for path in self.files() if path.stem == layer]
        if len(candidates) > 1:
            names = ", ".join(path.name for path in candidates)
            raise OperationDataError([f"{self.path}: more than one file for layer {layer}: {names}"])
        return candidates[0] if candidates else None

    def label(self, layer):
        if self.geopackage:
            return f"{self.geopackage.name}:{layer}"
        found = self.layer_file(layer)
        return found.name if found else layer


def _is_regular(path):
    """Whether `path` is a regular file itself (not a link to one, a folder or a FIFO)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _has_sqlite_header(path):
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def gdal_path(path):
    """The path GDAL opens `path` by: its driver named in front, so that GDAL tries no other."""
    driver = FORMATS[path.suffix.lower()]
    absolute = str(Path(path).resolve())
    if ":" in absolute:
        # GDAL would read what follows the colon as the name of a table.
        raise OperationDataError([f"{absolute}: a path with ':' in it cannot be opened by GDAL; "
                                  f"move or rename the folder"])
    return f"{driver}:{absolute}"


def read_text(path, label, problems):
    """A file's text, which must be UTF-8; None with a problem naming the first byte that is not."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        kind = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "not UTF-8"
        problems.append(f"{label}: {kind} text (byte 0x{data[error.start]:02x} at position {error.start} "
                        f"is not UTF-8); save it as UTF-8")
        return None


def _refuse_constant(name):
    raise ValueError(f"{name} is not a number JSON allows")


class _FloatReader:
    """JSON's float literals as floats, noting whether one was too large to be finite (1e999)."""

    def __init__(self):
        self.infinite = False

    def __call__(self, text):
        value = float(text)
        if not math.isfinite(value):
            self.infinite = True
        return value


def load_json(text, label, problems, floats=None):
    """A JSON document, or None with a problem that says what is wrong and where."""
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=floats or _FloatReader())
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


NUL_PROBLEM = "holds a NUL character (\\x00), which no text can store"


def _unstorable(value):
    """Why a value read from JSON cannot be stored as it is (a NUL, a number too large), or None."""
    if isinstance(value, str):
        return NUL_PROBLEM if "\x00" in value else None
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large to store (it reads as infinity)"
    if isinstance(value, list):
        return next(filter(None, map(_unstorable, value)), None)
    if isinstance(value, dict):
        return next(filter(None, map(_unstorable, list(value) + list(value.values()))), None)
    return None


def _positions(geometry):
    """How many positions (vertices) a GeoJSON geometry holds, counted without visiting each."""
    if not isinstance(geometry, dict):
        return 0
    if geometry.get("type") == "GeometryCollection":
        parts = geometry.get("geometries")
        return sum(map(_positions, parts)) if isinstance(parts, list) else 0
    depth = {"Point": 0, "LineString": 1, "MultiPoint": 1, "Polygon": 2, "MultiLineString": 2,
             "MultiPolygon": 3}.get(geometry.get("type"))
    level = [geometry.get("coordinates")]
    for _ in range(depth or 0):
        level = [part for parts in level if isinstance(parts, list) for part in parts]
    return len(level) if depth is not None else 0


def _finite_coordinates(coordinates):
    """Whether every number in a GeoJSON geometry's (nested) coordinates is finite."""
    if isinstance(coordinates, list):
        return all(map(_finite_coordinates, coordinates))
    return not isinstance(coordinates, float) or math.isfinite(coordinates)


def _too_many_vertices(features, label, limits, problems, per_day):
    """Whether the features hold more vertices than the operation (or, `per_day`, a day) may,
    counted from the parsed JSON: told before GDAL reads the file, which is refused whatever else
    is wrong with it."""
    by_day = Counter()
    for feature in features:
        if isinstance(feature, dict):
            properties = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
            by_day[str(properties.get("date"))[:10] if per_day else None] += _positions(feature.get("geometry"))
    found = [f"{label}: {day}: {count:,} vertices, over the limit max_vertices_per_day ({limits['max_vertices_per_day']:,})"
             for day, count in sorted(by_day.items()) if per_day and count > limits["max_vertices_per_day"]]
    total = sum(by_day.values())
    if total > limits["max_vertices_per_operation"]:
        found.append(f"{label}: {total:,} vertices, over the limit max_vertices_per_operation "
                     f"({limits['max_vertices_per_operation']:,})")
    problems.extend(found)
    return bool(found)


def _feature_problems(document, label, limits, problems, layer, infinite=False):
    """Problems of a FeatureCollection's features that would stop the reader itself, or that GDAL
    would hide (it cuts text at a NUL); `infinite` says that some number was too large."""
    features = document.get("features")
    if not isinstance(features, list):
        problems.append(f"{label}: 'features' must be a list")
        return
    if _too_many(len(features), "features", label, limits, problems):
        return
    if _too_many_vertices(features, label, limits, problems, per_day=layer in ("areas", "fronts")):
        return
    for index, feature in enumerate(features):
        where = f"{label}: feature {index}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(f"{where}: not a GeoJSON Feature ({json.dumps(feature)[:40]})")
            continue
        properties = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        if properties.get("id") not in (None, "") and not _unstorable(properties["id"]):
            where += f" (id {properties['id']})"
        for name, value in properties.items():
            problem = _unstorable(name) or _unstorable(value)
            if problem:
                problems.append(f"{where}: field {name!r}: {problem}")
        geometry = feature.get("geometry")
        if geometry is None:
            continue
        if not isinstance(geometry, dict) or not isinstance(geometry.get("coordinates"), list):
            problems.append(f"{where}: field 'geometry': not a GeoJSON geometry with coordinates")
            continue
        if infinite and not _finite_coordinates(geometry["coordinates"]):
            problems.append(f"{where}: field 'geometry': a coordinate too large to be a number (it reads "
                            f"as infinity)")
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


def _crs_problem(crs):
    """What is wrong with a GeoJSON file's 'crs' member (a named CRS PROJ knows), or None."""
    properties = crs.get("properties") if isinstance(crs, dict) and crs.get("type") == "name" else None
    name = properties.get("name") if isinstance(properties, dict) else None
    if not isinstance(name, str) or "://" in name:
        return (f"{json.dumps(crs)[:80]} is not a named CRS; expected "
                f"{{\"type\": \"name\", \"properties\": {{\"name\": \"EPSG:4326\"}}}}")
    try:
        CRS.from_user_input(name)
    except CRSError:
        return f"unknown CRS '{name}'; name one PROJ knows (e.g. EPSG:4326), or leave the crs out for WGS84"
    return None


def _read_csv(path, label, problems, limits):
    text = read_text(path, label, problems)
    if text is None:
        return None
    separator = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        table = pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=separator).map(restore)
    except pandas.errors.EmptyDataError:
        problems.append(f"{label}: empty: expected a header row and one row per record")
        return None
    if _too_many(len(table), "rows", label, limits, problems):
        return None
    return table


def read_table(path, layer, label, problems, geopackage, limits):
    """A layer as a (Geo)DataFrame plus whether its CRS was declared; None on a problem."""
    declared_crs = True
    geojson = FORMATS[path.suffix.lower()] == "GeoJSON"
    try:
        if path.suffix.lower() in TABLE_SUFFIXES:
            table = _read_csv(path, label, problems, limits)
            return table, table is not None
        if geojson:
            text = read_text(path, label, problems)
            floats = _FloatReader()
            document = None if text is None else load_json(text, label, problems, floats)
            if document is None:
                return None, False
            if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
                problems.append(f"{label}: expected a GeoJSON FeatureCollection")
                return None, False
            declared_crs = "crs" in document
            if declared_crs and _crs_problem(document["crs"]):
                problems.append(f"{label}: field 'crs': {_crs_problem(document['crs'])}")
                return None, False
            if not document.get("features"):
                return pandas.DataFrame(), True
            count = len(problems)
            _feature_problems(document, label, limits, problems, layer, infinite=floats.infinite)
            if len(problems) > count:
                return None, False
            crs = document.get("crs")
            # Freed before GDAL reads the file again: the parsed JSON is the larger copy.
            del document, text
            # No JSON object in the file is larger than the file may be.
            pyogrio.set_gdal_config_options(
                {"OGR_GEOJSON_MAX_OBJ_SIZE": str(max(1, math.ceil(limits["max_file_bytes"] / 2**20)))})
        # Dates stay text, so that an impossible one (30 February) is named by feature and field.
        options = {"DATE_AS_STRING": "YES"} if geojson else {}
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            frame = pyogrio.read_dataframe(gdal_path(path), layer=layer if geopackage else None,
                                           datetime_as_string=True, **options)
    except (OSError, UnicodeDecodeError, ValueError, shapely.errors.GEOSException,
            pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError,
            pandas.errors.ParserError, CRSError) as error:
        problems.append(f"{label}: cannot be read: {error}")
        return None, False
    if _too_many(len(frame), "records", label, limits, problems):
        return None, False
    if not geojson:
        count = len(problems)
        geopackage_nul_problems(path, layer if geopackage else None, label, problems)
        if len(problems) > count:
            return None, False
    if geojson and declared_crs and getattr(frame, "crs", None) is None and "geometry" in frame:
        problems.append(f"{label}: field 'crs': {json.dumps(crs)[:80]} is a CRS GDAL cannot read")
        return None, False
    if not geojson:
        declared_crs = getattr(frame, "crs", None) is not None
        # A GeoPackage's CRS GDAL cannot read comes back as none: refused, not taken for WGS84.
        unread = [str(warning.message) for warning in warned if "srs" in str(warning.message).lower()]
        if not declared_crs and unread and "geometry" in frame:
            problems.append(f"{label}: field 'crs': a CRS GDAL cannot read ({unread[0]})")
            return None, False
    return frame, declared_crs


def _quoted(name):
    return '"' + name.replace('"', '""') + '"'


def geopackage_nul_problems(path, table, label, problems):
    """A problem for each text of a GeoPackage table (its first when `table` is None) that holds a
    NUL: GDAL hands the text back cut short there, so it is looked for in the database itself."""
    try:
        with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as database:
            if table is None:
                table = database.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name LIMIT 1").fetchone()[0]
            columns = list(database.execute(f"PRAGMA table_info({_quoted(table)})"))
            key = next((column[1] for column in columns if column[5]), "rowid")
            for column in (column[1] for column in columns if (column[2] or "").upper().startswith("TEXT")):
                found = database.execute(
                    f"SELECT number FROM (SELECT row_number() OVER (ORDER BY {_quoted(key)}) - 1 AS number, "
                    f"{_quoted(column)} AS value FROM {_quoted(table)}) "
                    f"WHERE instr(CAST(value AS BLOB), x'00') > 0 LIMIT 100")
                problems.extend(f"{label}: feature {number}: field '{column}': {NUL_PROBLEM}" for (number,) in found)
    except (sqlite3.Error, TypeError):
        pass  # GDAL read the table: what it read is checked as any other


def to_wgs84(frame, label, problems):
    """The frame in longitude/latitude: reprojected when it declares another CRS."""
    crs = getattr(frame, "crs", None)
    if crs is None or "geometry" not in frame:
        return frame
    try:
        if CRS.from_user_input(crs).equals(WGS84, ignore_axis_order=True) or crs.to_epsg() == 4326:
            return frame
        return frame.to_crs(WGS84)
    except Exception as error:  # pyproj raises several kinds for unusable CRSs
        problems.append(f"{label}: cannot reproject from {crs} to WGS84: {error}")
        return None


def plain(value):
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


def rows(frame):
    """(index, properties, geometry) for each row of a (Geo)DataFrame."""
    columns = [column for column in frame.columns if column != "geometry"]
    geometries = frame["geometry"] if "geometry" in frame else [None] * len(frame)
    for index, (values, geometry) in enumerate(zip(frame[columns].itertuples(index=False), geometries)):
        properties = {column: plain(value) for column, value in zip(columns, values)}
        yield index, properties, geometry
