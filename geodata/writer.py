"""Writes an operation back to files: a folder in the one canonical form, or a GeoPackage for QGIS.

What it writes, `geodata.loader.read_operation` reads back to the same data, and a folder already
in canonical form, read and written again, comes back byte for byte (docs/data-format.md,
"Canonical form", says what the form is and why). The canonical form is made here only:

* `write_operation_folder(data, folder)` writes a whole operation (`OperationData`, from the
  loader or from the database's export selector);
* `layer_text(layer, records)` is one layer's file as text, and `write_layer(folder, layer,
  records)` writes it: the authoring tools (tools/<operation>/) write their files through these,
  giving records in the loader's form or as the files hold them (GeoJSON features, CSV rows);
* `operation_text(operation, sides)` is operation.json as text;
* `translation_text(language, texts, data)` is one language's translations/<language>.json.
"""

import csv
import datetime
import io
import json
import math
import os
import shutil
import stat
import tempfile
from pathlib import Path

import geopandas
import pandas
import pyogrio
import shapely
from shapely.geometry import mapping, shape

from .files import FORMATS as READ_FORMATS
from .geometry import oriented, round_coordinates
from .layers import LAYER_NAMES, OPERATION, RECORD_LAYERS, SIDES, SPATIAL_LAYERS
from .loader import OperationData
from .spreadsheet import neutralise
from .translations import FOLDER as TRANSLATIONS_FOLDER
from .translations import LANGUAGES, TRANSLATABLE, record_ids
from .translations import SOURCE_KEY as TRANSLATION_SOURCE

__all__ = [
    "COORDINATE_DECIMALS", "FORMATS", "canonical_records", "copy_other_files", "is_operation_file",
    "layer_file_name", "layer_text",
    "operation_text", "replace_folder", "translation_text", "write_layer", "write_operation",
    "write_operation_folder", "write_translations",
]

# Decimals kept in a coordinate (and the bbox): 6 is about 0.1 m, finer than any source is read.
COORDINATE_DECIMALS = 6
# One space a level: the files stay small (positions run to thousands of features) and readable.
INDENT = " "
# The tables without geometry are CSV; every other layer is GeoJSON.
TABLE_LAYERS = tuple(name for name in LAYER_NAMES if name not in SPATIAL_LAYERS)


# --------------------------------------------------------------------------- values


def _number(value):
    """A coordinate as fixed-point decimals, at most COORDINATE_DECIMALS, no trailing zeros, never
    in exponent form: 38.0, 49.95, 36.123457."""
    value = round(float(value), COORDINATE_DECIMALS)
    if not math.isfinite(value):
        raise ValueError(f"a coordinate that is not a finite number: {value}")
    text = f"{value + 0.0:.{COORDINATE_DECIMALS}f}".rstrip("0")
    text = "0." if text in ("-0.", "0.") else text
    return text + "0" if text.endswith(".") else text


def _text(value):
    return "" if value is None else str(value).strip()


def _keys(value):
    """Source keys from a list or a "key;key" cell."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(";")
    return [_text(key) for key in value if _text(key)]


def _citations(value):
    """Citations as {source, locator} pairs, from a list or a "key: locator; key" cell."""
    if value is None or value == "":
        return []
    if isinstance(value, str) and value.strip().startswith("["):
        value = json.loads(value)
    if isinstance(value, str):
        pairs = [part.partition(":") for part in value.split(";") if part.strip()]
        return [{"source": key.strip(), "locator": locator.strip()} for key, _, locator in pairs]
    return [{"source": _text(item.get("source")), "locator": _text(item.get("locator"))}
            if isinstance(item, dict) else {"source": _text(item), "locator": ""} for item in value]


def _citations_cell(citations):
    return "; ".join(f"{item['source']}: {item['locator']}" if item["locator"] else item["source"]
                     for item in citations)


def _time(value):
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.time.fromisoformat(value.strip())
    return value.strftime("%H:%M") if not value.second else value.strftime("%H:%M:%S")


def _date(value):
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, datetime.date) else _text(value)[:10]


def _integer(value, default):
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return default
    return int(float(value))


def _flag(value, default):
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _geometry(value):
    """The geometry as a GeoJSON dict: wound as RFC 7946 says, coordinates rounded (and wound
    again, should rounding have flattened a ring's turn), or None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    geometry = value if isinstance(value, shapely.Geometry) else shape(value)
    geometry = oriented(round_coordinates(oriented(geometry), COORDINATE_DECIMALS))
    return json.loads(json.dumps(mapping(geometry)))  # tuples to lists


def _value(field, value, record):
    """One field's value in canonical form (a string, an integer, a boolean or None)."""
    kind = field.kind
    if kind == "sources":
        # Every work the record cites, each once, in the order of their keys: the loader adds the
        # citations' works to the sources, and the database lists them by key.
        cited = [item["source"] for item in _citations(record.get("citations"))]
        return ";".join(sorted(set(_keys(value)) | set(cited)))
    if kind == "citations":
        return _citations_cell(_citations(value))
    if kind == "choice":
        return _text(value) or (field.default or "")
    if kind == "integer":
        return _integer(value, field.default)
    if kind == "date":
        return _date(value)
    if kind == "time":
        return _time(value)
    if kind == "flag":
        return _flag(value, field.default)
    if kind == "names":
        return [_text(name) for name in value or []]
    if kind == "bbox":
        return [float(number) for number in value]
    return _text(value)


def _properties(layer, record):
    """A record's columns in its layer's order, in canonical form. `record` may be in the loader's
    form (a key under its field's name) or in a file's (the key under "id")."""
    properties = {}
    for field in layer.columns:
        value = record.get(field.name) if field.name in record else record.get(field.column)
        properties[field.column] = _value(field, value, record)
    return properties


def _as_record(item):
    """A record from the loader, a GeoJSON feature or a CSV row, as a flat dict."""
    if isinstance(item, dict) and item.get("type") == "Feature":
        return {**(item.get("properties") or {}), "geometry": item.get("geometry")}
    return item


def canonical_records(layer_name, records):
    """The records a layer's file holds, in the order it holds them: as given, but that a front
    derived at load is left out (the loader derives it again) and the authored fronts stand in date
    order (the order the loader gives them in)."""
    records = [_as_record(record) for record in records]
    if layer_name == "fronts":
        records = [record for record in records if _text(record.get("origin")) != "derived"]
        records.sort(key=lambda record: _date(record.get("date")))
    return records


# --------------------------------------------------------------------------- texts


def _json(value, level=0):
    """JSON text: an object or list of objects one member a line, indented one space a level; a
    list of numbers (a position, a bbox) on one line; text as UTF-8, not escaped."""
    pad = INDENT * level
    if isinstance(value, (list, tuple)) and value and all(
            isinstance(item, (int, float)) and not isinstance(item, bool) for item in value):
        return "[" + ", ".join(map(_number, value)) + "]"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = [pad + INDENT + _json(item, level + 1) for item in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [f"{pad}{INDENT}{json.dumps(key, ensure_ascii=False)}: {_json(item, level + 1)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    return json.dumps(value, ensure_ascii=False)


def _feature_collection(layer, records):
    features = [
        {"type": "Feature", "properties": _properties(layer, record), "geometry": _geometry(record.get("geometry"))}
        for record in records
    ]
    return _json({"type": "FeatureCollection", "features": features}) + "\n"


def _cell(value):
    return "" if value is None else neutralise(str(value))


def _table(layer, records):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([field.column for field in layer.columns])
    for record in records:
        writer.writerow([_cell(value) for value in _properties(layer, record).values()])
    return out.getvalue()


def layer_file_name(layer_name):
    """The layer's file in a canonical folder: areas.geojson, formations.csv."""
    return f"{layer_name}.csv" if layer_name in TABLE_LAYERS else f"{layer_name}.geojson"


def layer_text(layer_name, records):
    """One layer's file as canonical text. `records` are the loader's records (geometries shapely),
    or GeoJSON features, or CSV rows (dicts by column); fields a layer does not have are left out."""
    if layer_name not in RECORD_LAYERS:
        raise ValueError(f"unknown layer '{layer_name}'; expected one of {', '.join(LAYER_NAMES)}")
    layer = RECORD_LAYERS[layer_name]
    records = canonical_records(layer_name, records)
    return _table(layer, records) if layer_name in TABLE_LAYERS else _feature_collection(layer, records)


def operation_text(operation, sides):
    """operation.json as canonical text: the operation's fields in order, then its sides."""
    document = {field.name: _value(field, operation.get(field.name), operation) for field in OPERATION.fields}
    document["sides"] = [{field.name: _text(side.get(field.name)) for field in SIDES.fields} for side in sides]
    return _json(document) + "\n"


def _entry(texts, fields):
    """A record's texts, its fields in their set order, each trimmed, the empty ones left out; then
    the digest of the English they were translated from, if given (none when no text is)."""
    texts = texts if isinstance(texts, dict) else {}
    entry = {name: _text(texts.get(name)) for name in fields if _text(texts.get(name))}
    if entry and _text(texts.get(TRANSLATION_SOURCE)):
        entry[TRANSLATION_SOURCE] = _text(texts[TRANSLATION_SOURCE])
    return entry


def translation_text(language, texts, data):
    """translations/<language>.json as canonical text: `about`, `language`, then the parts in the
    order geodata/translations.py gives them, each part's records in the order of their layer (a
    record no longer in `data` after them, by id), each record's fields in their set order. A part
    or record with no text is left out. `texts` is {part: {id: {field: text}}} as the loader reads it
    (and the database keeps it), whatever order its keys come in."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language '{language}'; expected one of {', '.join(LANGUAGES)}")
    document = {}
    if _text(texts.get("about")):
        document["about"] = _text(texts["about"])
    document["language"] = language
    order = record_ids(data)
    for part, fields in TRANSLATABLE.items():
        if part == "operation":
            entry = _entry(texts.get(part), fields)
            if entry:
                document[part] = entry
            continue
        given = texts.get(part) if isinstance(texts.get(part), dict) else {}
        ids = [ident for ident in order[part] if ident in given] + sorted(set(given) - set(order[part]))
        records = {ident: _entry(given[ident], fields) for ident in ids}
        records = {ident: entry for ident, entry in records.items() if entry}
        if records:
            document[part] = records
    return _json(document) + "\n"


def write_translations(folder, data):
    """Write translations/<language>.json into `folder` for each language `data` has texts in;
    their paths. A file of the same name (copied from the folder read) is replaced."""
    paths = []
    def order(code):
        return LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES)

    for language in sorted(data.translations or {}, key=order):
        path = Path(folder) / TRANSLATIONS_FOLDER / f"{language}.json"
        text = translation_text(language, data.translations[language], data)
        path.parent.mkdir(exist_ok=True)
        _write_text(path, text)
        paths.append(path)
    return paths


def _write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def write_layer(folder, layer_name, records):
    """Write one layer's canonical file into `folder` (the authoring tools' way); its path."""
    path = Path(folder) / layer_file_name(layer_name)
    _write_text(path, layer_text(layer_name, records))
    return path


# --------------------------------------------------------------------------- folders


def _written_layers(data):
    """The layers a folder gets a file for: those with records, and those the files read had (an
    empty layer file says the layer was emptied on purpose)."""
    had = set(data.layers or ())
    return [name for name in LAYER_NAMES if name in had or canonical_records(name, getattr(data, name))]


def is_operation_file(path):
    """Whether a folder entry is one the canonical writer writes (operation.json or a layer's
    file in a format the loader reads): the others are the authors' own, copied untouched."""
    path = Path(path)
    if path.name == "operation.json":
        return True
    suffix = path.suffix.lower()
    return path.stem in RECORD_LAYERS and suffix in READ_FORMATS and not path.is_dir()


def copy_other_files(source, folder):
    """Copy every entry of `source` that the writer does not write (README.md, notes, the
    translations/ folder, QGIS styles), byte for byte, into `folder`; their names."""
    copied = []
    for entry in sorted(Path(source).iterdir()):
        if is_operation_file(entry):
            continue
        target = Path(folder) / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True)
        else:
            shutil.copy2(entry, target, follow_symlinks=False)
        copied.append(entry.name)
    return copied


def write_operation_folder(data: OperationData, folder, *, other_files_from=None):
    """Write `data` into `folder` in canonical form: operation.json and one file for each layer
    that has records or that the files it was read from had. With `other_files_from` (the folder it
    was read from), the files there that are no layer (README.md, notes) are copied untouched; the
    texts in other languages are written from the data, one translations/<language>.json each. The folder is made if need be; files of the same names are replaced. Returns it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _write_text(folder / "operation.json", operation_text(data.operation, data.sides))
    for name in _written_layers(data):
        write_layer(folder, name, getattr(data, name))
    if other_files_from is not None:
        copy_other_files(other_files_from, folder)
    # After the copy: the texts the data carries (the database's, in an export) are the ones written.
    write_translations(folder, data)
    return folder


def replace_folder(folder, write, check=None):
    """Replace `folder` by what `write(new_folder)` writes, all or nothing: the new folder is
    written beside it (same disk), `check(new_folder)` may refuse it by raising, and only then are
    the two swapped by renaming; on any failure the folder is left as it was and the exception
    raised again. Returns what `check` returned."""
    folder = Path(folder)
    parent = folder.parent
    new = Path(tempfile.mkdtemp(prefix=f".{folder.name}.writing-", dir=parent))
    old = None
    try:
        os.chmod(new, stat.S_IMODE(folder.stat().st_mode))
        write(new)
        checked = check(new) if check is not None else None
        old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.replaced-", dir=parent))
        os.rmdir(old)  # only its unused name is wanted
        os.rename(folder, old)
        try:
            os.rename(new, folder)
        except BaseException:
            os.rename(old, folder)
            old = None
            raise
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return checked


# --------------------------------------------------------------------------- GeoPackage


def _frame(layer_name, records):
    layer = RECORD_LAYERS[layer_name]
    rows = [_properties(layer, record) for record in records]
    frame = pandas.DataFrame(rows, columns=[field.column for field in layer.columns])
    if layer_name in SPATIAL_LAYERS:
        return geopandas.GeoDataFrame(frame, geometry=[record["geometry"] for record in records], crs="EPSG:4326")
    return frame


def _write_geopackage(data, path):
    if path.exists():
        path.unlink()
    meta = json.loads(operation_text(data.operation, data.sides))
    operation = pandas.DataFrame([{
        **{key: value for key, value in meta.items() if key != "sides"},
        "other_names": json.dumps(meta["other_names"], ensure_ascii=False),
        "bbox": json.dumps(meta["bbox"]),
    }])
    pyogrio.write_dataframe(operation, path, layer="operation", driver="GPKG")
    pyogrio.write_dataframe(pandas.DataFrame(data.sides), path, layer="sides", driver="GPKG", append=True)
    for name in LAYER_NAMES:
        records = getattr(data, name)
        if records:
            # A layer mixing lines and multi-lines (fronts) is kept as written, not all made multi.
            pyogrio.write_dataframe(_frame(name, records), path, layer=name, driver="GPKG",
                                    append=True, promote_to_multi=False)
    return path


FORMATS = {"folder": write_operation_folder, "geojson": write_operation_folder, "gpkg": _write_geopackage}


def write_operation(data: OperationData, path, format="folder"):
    """Write `data` to `path`: a canonical folder (format "folder", or its older name "geojson")
    or a .gpkg file (format "gpkg")."""
    if format not in FORMATS:
        raise ValueError(f"unknown format '{format}'; expected one of {', '.join(FORMATS)}")
    return FORMATS[format](data, Path(path))

