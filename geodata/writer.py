"""Writes OperationData back to files: a folder of GeoJSON and CSV, or one GeoPackage for QGIS.
What it writes, `geodata.loader.read_operation` reads back to the same data."""

import datetime
import json
from pathlib import Path

import geopandas
import pandas
import pyogrio

from .layers import LAYER_NAMES, OPERATION, RECORD_LAYERS, SPATIAL_LAYERS
from .loader import OperationData
from .spreadsheet import neutralise

__all__ = ["FORMATS", "write_operation"]


def _cell(value):
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], dict):
        # Citations: "key: locator; key" (the loader's form of a table cell).
        return "; ".join(f"{item['source']}: {item['locator']}" if item.get("locator") else item["source"]
                         for item in value)
    if isinstance(value, (list, tuple)):
        return ";".join(value)
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M") if not value.second else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else value


def _frame(layer, records):
    # The columns in the order the layer's description gives its fields.
    fields = RECORD_LAYERS[layer].columns
    # An absent integer stays empty (null), not "", so that the column keeps one type.
    rows = [{field.column: None if field.kind == "integer" and record.get(field.name) is None
             else _cell(record.get(field.name)) for field in fields} for record in records]
    columns = [field.column for field in fields]
    frame = pandas.DataFrame(rows, columns=columns)
    if layer in SPATIAL_LAYERS:
        geometries = [record["geometry"] for record in records]
        return geopandas.GeoDataFrame(frame, geometry=geometries, crs="EPSG:4326")
    return frame


def _metadata(data):
    meta = {
        field.name: _cell(data.operation[field.name]) if field.kind == "date" else data.operation[field.name]
        for field in OPERATION.fields
    }
    return {**meta, "sides": data.sides}


def _write_folder(data, folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "operation.json").write_text(
        json.dumps(_metadata(data), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    for layer in LAYER_NAMES:
        frame = _frame(layer, getattr(data, layer))
        if layer in SPATIAL_LAYERS:
            # Written by hand rather than through GDAL so that an empty layer is still valid GeoJSON.
            collection = json.loads(frame.to_json(na="null", drop_id=True)) if len(frame) else {
                "type": "FeatureCollection", "features": []}
            (folder / f"{layer}.geojson").write_text(
                json.dumps(collection, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        else:
            frame.map(neutralise).to_csv(folder / f"{layer}.csv", index=False)
    return folder


def _write_geopackage(data, path):
    if path.exists():
        path.unlink()
    meta = _metadata(data)
    operation = pandas.DataFrame([{
        **{key: value for key, value in meta.items() if key != "sides"},
        "other_names": json.dumps(meta["other_names"], ensure_ascii=False),
        "bbox": json.dumps(meta["bbox"]),
    }])
    pyogrio.write_dataframe(operation, path, layer="operation", driver="GPKG")
    pyogrio.write_dataframe(pandas.DataFrame(data.sides), path, layer="sides", driver="GPKG",
                            append=True)
    for layer in LAYER_NAMES:
        records = getattr(data, layer)
        if records:
            # A layer mixing lines and multi-lines (fronts) is kept as written, not all made multi.
            pyogrio.write_dataframe(_frame(layer, records), path, layer=layer, driver="GPKG",
                                    append=True, promote_to_multi=False)
    return path


FORMATS = {"geojson": _write_folder, "gpkg": _write_geopackage}


def write_operation(data: OperationData, path, format="geojson"):
    """Write `data` to `path`: a folder (format "geojson") or a .gpkg file (format "gpkg")."""
    if format not in FORMATS:
        raise ValueError(f"unknown format '{format}'; expected one of {', '.join(FORMATS)}")
    return FORMATS[format](data, Path(path))
