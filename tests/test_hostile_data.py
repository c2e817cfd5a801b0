"""A corpus of malformed and hostile operation folders: each is refused with a message that names
the file, the feature or row and the field, never a traceback, and the database is left as it was.

Every case starts from a copy of the sample operation and breaks one thing. Files that are not
layers and symbolic links are skipped with a warning instead.
"""

import csv
import http.server
import io
import json
import os
import re
import sqlite3
import threading
import time
from pathlib import Path

import geopandas
import pytest
from django.core.management import CommandError, call_command

import hostile_folders
from battlemap.models import Formation, Operation
from geodata.loader import OperationDataError, read_operation
from geodata.writer import write_operation

BIG = 100_000
SAMPLE = Path(__file__).parent / "data" / "sample"


# --------------------------------------------------------------------------- how to break a folder


def edit_json(name, change):
    def apply(folder):
        path = folder / name
        document = json.loads(path.read_text())
        change(document)
        path.write_text(json.dumps(document))
    return apply


def write_text(name, text):
    def apply(folder):
        (folder / name).write_text(text)
    return apply


def edit_rows(name, change):
    def apply(folder):
        with open(folder / name, newline="") as handle:
            rows = list(csv.DictReader(handle))
        fields = list(rows[0])
        change(rows)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        (folder / name).write_text(buffer.getvalue())
    return apply


def write_bytes(name, data):
    def apply(folder):
        (folder / name).write_bytes(data)
    return apply


def replace_layer(name, new_name, data):
    """The layer `name` replaced by a file `new_name` holding `data`."""
    def apply(folder):
        (folder / name).unlink()
        (folder / new_name).write_bytes(data)
    return apply


def vrt(source):
    """An OGR VRT that reads `source` (a path or a /vsicurl/ URL) as a layer."""
    return (f'<OGRVRTDataSource><OGRVRTLayer name="places"><SrcDataSource>{source}</SrcDataSource>'
            f'</OGRVRTLayer></OGRVRTDataSource>').encode()


def feature(layer, index, change):
    return edit_json(f"{layer}.geojson", lambda doc: change(doc["features"][index]))


def properties(layer, index, **values):
    return feature(layer, index, lambda f: f["properties"].update(values))


def geometry(layer, index, value):
    return feature(layer, index, lambda f: f.__setitem__("geometry", value))


def raw_json(name, transform):
    """Edit a file's text, for what json.dumps would never write (NaN, deep nesting)."""
    def apply(folder):
        path = folder / name
        path.write_text(transform(path.read_text()))
    return apply


def chain_of_parents(depth):
    def change(rows):
        template = dict(rows[0])
        for n in range(depth):
            rows.append({**template, "id": f"chain-{n}", "name": f"Chain {n}",
                         "parent": f"chain-{n - 1}" if n else "e-1a", "echelon": "group"})
    return change


def many_formations(count):
    def change(rows):
        template = dict(rows[0])
        rows.extend({**template, "id": f"extra-{n}", "name": f"Extra {n}"} for n in range(count))
    return change


def ring(points):
    return {"type": "Polygon", "coordinates": [points]}


SAMPLE_OPERATION = (SAMPLE / "operation.json").read_text()
UNREAD = "a format the loader does not read; it reads GeoJSON (.geojson, .json), CSV (.csv, .tsv) and GeoPackage (.gpkg)"
# A GeoJSON outside the operation's folder, which a VRT layer once read.
OUTSIDE = SAMPLE / "places.geojson"
SQUARE = [[36.0, 49.5], [36.1, 49.5], [36.1, 49.6], [36.0, 49.6], [36.0, 49.5]]
MILLION = ring([[36.0 + 0.5 * (n / 30_000), 49.5 + 0.0001 * (n % 2)] for n in range(30_000)]
               + [[36.5, 49.7], [36.0, 49.5]])

# (case id, how to break the folder, what the refusal must say, limits to read with)
CASES = [
    # operation.json
    ("operation-malformed-json", write_text("operation.json", "{\"slug\": "), ["operation.json: malformed JSON"], None),
    ("operation-not-an-object", write_text("operation.json", "[1, 2]"), ["operation.json: expected a JSON object"], None),
    ("operation-impossible-date", edit_json("operation.json", lambda d: d.update(start_date="1942-02-30")), ["operation.json: field 'start_date': '1942-02-30' is not a date"], None),
    ("operation-ends-before-it-starts", edit_json("operation.json", lambda d: d.update(end_date="1942-05-01")), ["operation.json: field 'end_date'"], None),
    ("operation-80000-days", edit_json("operation.json", lambda d: d.update(start_date="1800-01-01", end_date="2019-01-01")), ["field 'end_date'", "max_days"], None),
    ("operation-bbox-three-numbers", edit_json("operation.json", lambda d: d.update(bbox=[35, 49, 37])), ["operation.json: field 'bbox'"], None),
    ("operation-bbox-inverted", edit_json("operation.json", lambda d: d.update(bbox=[37, 49, 35, 50])), ["operation.json: field 'bbox'"], None),
    ("operation-no-slug", edit_json("operation.json", lambda d: d.pop("slug")), ["operation.json: field 'slug': is required"], None),
    ("operation-path-in-slug", edit_json("operation.json", lambda d: d.update(slug="../../etc")), ["operation.json: field 'slug'"], None),
    ("operation-sides-not-a-list", edit_json("operation.json", lambda d: d.update(sides="east")), ["operation.json: field 'sides'"], None),
    ("operation-side-twice", edit_json("operation.json", lambda d: d["sides"].append(dict(d["sides"][0]))), ["side 'east' appears twice"], None),
    ("operation-bad-colour", edit_json("operation.json", lambda d: d["sides"][0].update(colour="red")), ["field 'colour'"], None),
    ("operation-600-character-name", edit_json("operation.json", lambda d: d.update(name="N" * 600)), ["field 'name': 600 characters; at most 200"], None),
    ("operation-deep-nesting", raw_json("operation.json", lambda t: t[:-2] + ', "x": ' + "[" * BIG + "]" * BIG + "}"), ["operation.json: nested too deeply"], None),
    ("operation-nan", raw_json("operation.json", lambda t: t.replace('"bbox": [35.0', '"bbox": [NaN')), ["operation.json: NaN is not a number JSON allows"], None),
    # sources.csv
    ("sources-empty-file", write_text("sources.csv", ""), ["sources.csv: empty"], None),
    ("sources-key-twice", edit_rows("sources.csv", lambda rows: rows.append(dict(rows[0]))), ["sources.csv: row 2", "appears twice"], None),
    ("sources-javascript-url", edit_rows("sources.csv", lambda rows: rows[0].update(url="javascript:alert(1)")), ["sources.csv: row 0 (id sample-notes): field 'url': 'javascript:alert(1)' is not an http(s) URL"], None),
    ("sources-data-url", edit_rows("sources.csv", lambda rows: rows[0].update(url="data:text/html,<script>")), ["field 'url'"], None),
    ("sources-no-author", edit_rows("sources.csv", lambda rows: rows[0].update(author="")), ["sources.csv: row 0 (id sample-notes): field 'author': is required"], None),
    ("sources-600-character-title", edit_rows("sources.csv", lambda rows: rows[0].update(title="T" * 600)), ["field 'title': 600 characters; at most 500"], None),
    # formations.csv
    ("formations-parent-cycle", edit_rows("formations.csv", lambda rows: rows[0].update(parent=rows[1]["id"])), ["the parents go round in a circle"], None),
    ("formations-own-parent", edit_rows("formations.csv", lambda rows: rows[0].update(parent=rows[0]["id"])), ["formations.csv: row 0 (id e-1a): field 'parent'"], None),
    ("formations-unknown-parent", edit_rows("formations.csv", lambda rows: rows[0].update(parent="nobody")), ["unknown formation 'nobody'"], None),
    ("formations-1500-deep-chain", edit_rows("formations.csv", chain_of_parents(1500)), ["max_tree_depth"], None),
    ("formations-bad-sidc", edit_rows("formations.csv", lambda rows: rows[0].update(sidc="<svg onload=x>")), ["field 'sidc'"], None),
    ("formations-unknown-side", edit_rows("formations.csv", lambda rows: rows[0].update(side="north")), ["field 'side': unknown side 'north'"], None),
    ("formations-bad-echelon", edit_rows("formations.csv", lambda rows: rows[0].update(echelon="legion")), ["field 'echelon': unknown value 'legion'"], None),
    ("formations-too-many", edit_rows("formations.csv", many_formations(30)), ["max_formations"], {"max_formations": 20}),
    ("formations-key-with-spaces", edit_rows("formations.csv", lambda rows: rows[0].update(id="a b/c")), ["formations.csv: row 0 (id a b/c): field 'id'"], None),
    # positions.geojson
    ("positions-null-feature", edit_json("positions.geojson", lambda d: d["features"].append(None)), ["positions.geojson: feature", "not a GeoJSON Feature (null)"], None),
    ("positions-second-on-a-day", edit_json("positions.geojson", lambda d: d["features"].append(dict(d["features"][0]))), ["a second position for e-1a on 1942-05-11"], None),
    ("positions-date-outside", properties("positions", 0, date="1942-06-30"), ["positions.geojson: feature 0: field 'date'"], None),
    ("positions-impossible-date", properties("positions", 0, date="1942-02-30"), ["positions.geojson: feature 0: field 'date'"], None),
    ("positions-outside-bbox", geometry("positions", 0, {"type": "Point", "coordinates": [10.0, 10.0]}), ["positions.geojson: feature 0: field 'geometry': lies outside the operation's bbox"], None),
    ("positions-degrees-declared-as-3857", edit_json("positions.geojson", lambda d: d.update(crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}})), ["lies outside the operation's bbox", "check that it is the CRS of its coordinates"], None),
    ("positions-longitude-500", geometry("positions", 0, {"type": "Point", "coordinates": [500.0, 49.5]}), ["positions.geojson"], None),
    ("positions-polygon-not-point", geometry("positions", 0, ring(SQUARE)), ["positions.geojson: feature 0: field 'geometry': geometry is a Polygon; expected Point"], None),
    ("positions-unknown-formation", properties("positions", 0, formation="ghost"), ["field 'formation': unknown formation 'ghost'"], None),
    ("positions-bad-status", properties("positions", 0, status="<b>"), ["field 'status': unknown value '<b>'"], None),
    ("positions-features-not-a-list", edit_json("positions.geojson", lambda d: d.update(features={"a": 1})), ["positions.geojson: 'features' must be a list"], None),
    ("positions-too-many-records", edit_json("positions.geojson", lambda d: d["features"].extend(d["features"][:1] * 40)), ["max_records_per_layer"], {"max_records_per_layer": 30}),
    # areas.geojson
    ("areas-two-point-ring", geometry("areas", 0, ring([[36.0, 49.5], [36.1, 49.5]])), ["areas.geojson: feature 0: field 'geometry': a polygon ring needs at least 4 positions"], None),
    ("areas-bowtie", geometry("areas", 0, ring([[36.0, 49.5], [36.2, 49.7], [36.2, 49.5], [36.0, 49.7], [36.0, 49.5]])), ["areas.geojson: feature 0: field 'geometry': invalid geometry"], None),
    ("areas-30000-vertices", geometry("areas", 0, MILLION), ["areas.geojson: feature 0: field 'geometry'", "max_vertices_per_geometry"], None),
    ("areas-unknown-role", properties("areas", 0, role="occupied"), ["field 'role': unknown value 'occupied'"], None),
    ("areas-no-sources", properties("areas", 0, sources="", citations=""), ["areas.geojson: feature 0: field 'citations': a stated record needs"], None),
    ("areas-unknown-source", properties("areas", 0, sources="wikipedia"), ["field 'sources': unknown source(s) wikipedia"], None),
    ("areas-not-a-feature-collection", write_text("areas.geojson", json.dumps({"type": "Feature"})), ["areas.geojson: expected a GeoJSON FeatureCollection"], None),
    # movements.geojson
    ("movements-end-before-start", properties("movements", 0, start_date="1942-05-13", end_date="1942-05-11"), ["movements.geojson: feature 0 (id east-attack): field 'end_date'"], None),
    ("movements-formation-of-the-other-side", properties("movements", 0, side="west"), ["movements.geojson: feature 0 (id east-attack): field 'formation'"], None),
    ("movements-nan-coordinate", raw_json("movements.geojson", lambda t: re.sub(r'("coordinates":\s*\[\s*\[)', r"\1NaN, ", t, count=1)), ["movements.geojson: NaN is not a number JSON allows"], None),
    # events.geojson
    ("events-nan-importance", raw_json("events.geojson", lambda t: t.replace('"importance": 3', '"importance": NaN', 1)), ["events.geojson: NaN is not a number JSON allows"], None),
    ("events-importance-7", properties("events", 0, importance=7), ["events.geojson: feature 0 (id opening): field 'importance'"], None),
    ("events-time-25-00", properties("events", 0, time="25:00"), ["field 'time': '25:00' is not a time of day"], None),
    ("events-no-title", properties("events", 0, title=""), ["events.geojson: feature 0 (id opening): field 'title': is required"], None),
    ("events-title-600-characters", properties("events", 0, title="<script>" * 75), ["field 'title': 600 characters; at most 200"], None),
    # places.geojson
    ("places-bad-gazetteer-id", properties("places", 0, gazetteer_id="javascript:1"), ["places.geojson: feature 0: field 'gazetteer_id'"], None),
    ("places-unknown-kind", properties("places", 0, kind="castle"), ["field 'kind': unknown value 'castle'"], None),
    # files
    ("file-over-the-size-limit", lambda folder: None, ["over the limit max_file_bytes"], {"max_file_bytes": 1_000}),
    ("file-areas-as-vrt", replace_layer("areas.geojson", "areas.vrt", vrt(OUTSIDE)), [f"areas.vrt: {UNREAD}"], None),
    ("file-places-as-zip", replace_layer("places.geojson", "places.zip", b"PK\x03\x04" + bytes(60)), [f"places.zip: {UNREAD}"], None),
    ("file-places-as-gml", replace_layer("places.geojson", "places.gml", b"<gml:FeatureCollection/>"), [f"places.gml: {UNREAD}"], None),
    ("file-areas-as-shp", replace_layer("areas.geojson", "areas.shp", b"\x00\x00\x27\x0a" + bytes(96)), [f"areas.shp: {UNREAD}"], None),
    ("file-vrt-named-gpkg", replace_layer("places.geojson", "places.gpkg", vrt(OUTSIDE)), ["places.gpkg: not a GeoPackage"], None),
    ("file-corrupt-gpkg", replace_layer("places.geojson", "places.gpkg", b"SQLite format 3\x00" + bytes(200)), ["places.gpkg: cannot be read"], None),
    # what once ended in a traceback
    ("operation-latin-1", write_bytes("operation.json", SAMPLE_OPERATION.replace("Sample", "Opération").encode("latin-1")), ["operation.json: not UTF-8 text (byte 0xe9"], None),
    ("operation-utf-16", write_bytes("operation.json", SAMPLE_OPERATION.encode("utf-16")), ["operation.json: UTF-16 text", "save it as UTF-8"], None),
    ("operation-nul-in-name", edit_json("operation.json", lambda d: d.update(name="Sample\x00 operation")), ["operation.json: field 'name': holds a NUL character"], None),
    ("events-infinite-importance", raw_json("events.geojson", lambda t: t.replace('"importance": 3', '"importance": 1e999', 1)), ["events.geojson: feature 0 (id opening): field 'importance': a number too large to store"], None),
    ("events-importance-inf-as-text", properties("events", 0, importance="inf"), ["events.geojson: feature 0 (id opening): field 'importance': 'inf' is not one of 1, 2, 3"], None),
    ("key-moments-infinite-zoom", raw_json("key_moments.geojson", lambda t: t.replace('"zoom": 9', '"zoom": 1e999', 1)), ["key_moments.geojson: feature 0 (id km-opening): field 'zoom': a number too large to store"], None),
    ("positions-infinite-coordinate", raw_json("positions.geojson", lambda t: re.sub(r'("coordinates":\s*\[\s*)-?[\d.]+', r"\g<1>1e999", t, count=1)), ["positions.geojson: feature 0: field 'geometry': a coordinate too large"], None),
    ("formations-nul-in-name", edit_rows("formations.csv", lambda rows: rows[0].update(name="1st\x00Army")), ["formations.csv: row 0 (id e-1a): field 'name': holds a NUL character"], None),
    ("places-nul-in-name", properties("places", 0, name="Bar\x00venkovo"), ["places.geojson: feature 0: field 'name': holds a NUL character"], None),
    ("positions-unknown-crs", edit_json("positions.geojson", lambda d: d.update(crs={"type": "name", "properties": {"name": "EPSG:999999"}})), ["positions.geojson: field 'crs': unknown CRS 'EPSG:999999'"], None),
    ("positions-crs-by-link", edit_json("positions.geojson", lambda d: d.update(crs={"type": "link", "properties": {"href": "http://127.0.0.1:9/crs"}})), ["positions.geojson: field 'crs'", "is not a named CRS"], None),
    # every limit a limit
    ("formations-4990-deep-chain", hostile_folders.deep_chain, ["formations.csv: row 4995 (id chain-4989): field 'parent': 4991 levels of parents, over the limit max_tree_depth (12)"], None),
    ("formations-into-a-circle", edit_rows("formations.csv", lambda rows: (rows[1].update(parent="e-20tb"), rows[2].update(parent="e-10rd"), rows[3].update(parent="e-10rd"))), ["row 1 (id e-10rd): field 'parent': the parents go round in a circle: e-10rd -> e-20tb -> e-10rd", "row 2 (id e-20tb): field 'parent': the parents go round in a circle: e-20tb -> e-10rd -> e-20tb", "row 3 (id w-1c): field 'parent': the parents lead into a circle: e-10rd -> e-20tb -> e-10rd"], None),
    ("areas-12000-a-side-on-a-day", hostile_folders.crowded_day, ["areas.geojson: 1942-05-11: 120,000 vertices, over the limit max_vertices_per_day (100,000)"], None),
    ("areas-12000-a-side-overlapping", hostile_folders.crowded_day, ["areas: feature 0: field 'geometry': overlaps the ground of west", "more overlaps of two sides' ground than the first 100 told"], {"max_vertices_per_day": 10**7}),
    ("areas-60-polygons-of-19990-vertices", hostile_folders.huge_polygons, ["areas.geojson: 1942-05-11: 1,199,400 vertices, over the limit max_vertices_per_day (100,000)", "areas.geojson: 1,199,400 vertices, over the limit max_vertices_per_operation (1,000,000)"], None),
    ("areas-50-polygons-of-19990-vertices", lambda folder: hostile_folders.huge_polygons(folder, count=50), ["areas.geojson: 1942-05-11: 999,500 vertices, over the limit max_vertices_per_day (100,000)"], None),
]


def _break(sample_copy, breaker):
    breaker(sample_copy)
    return sample_copy


def test_the_corpus_is_large_and_distinct():
    names = [name for name, *_ in CASES]
    assert len(names) >= 50 and len(set(names)) == len(names)


@pytest.mark.parametrize("name,breaker,expected,limits", CASES, ids=[case[0] for case in CASES])
def test_hostile_folder_is_refused_by_name(sample_copy, name, breaker, expected, limits):
    folder = _break(sample_copy, breaker)
    with pytest.raises(OperationDataError) as refused:
        read_operation(folder, limits=limits)
    message = "\n".join(refused.value.problems)
    for part in expected:
        assert part in message, f"{name}: {part!r} not in:\n{message}"
    assert "Traceback" not in message


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["formations-parent-cycle", "positions-null-feature", "areas-two-point-ring",
                                  "operation-600-character-name", "sources-javascript-url"])
def test_a_refused_folder_leaves_the_database_as_it_was(sample_operation, sample_copy, name):
    breaker = next(case[1] for case in CASES if case[0] == name)
    before = (Operation.objects.count(), Formation.objects.count(), Operation.objects.get().updated_at)
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("load_operation", str(_break(sample_copy, breaker)), stdout=io.StringIO())
    assert (Operation.objects.count(), Formation.objects.count(), Operation.objects.get().updated_at) == before


def test_symbolic_links_and_stray_files_are_skipped_with_a_warning(sample_copy, tmp_path):
    secret = tmp_path / "secret.geojson"
    secret.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    (sample_copy / "places.geojson").unlink()
    (sample_copy / "places.geojson").symlink_to(secret)
    (sample_copy / "notes.txt").write_text("not a layer")
    data = read_operation(sample_copy)
    assert data.places == []
    assert "places.geojson: a symbolic link, ignored" in data.warnings
    assert any(warning.startswith("notes.txt: not a layer of an operation") for warning in data.warnings)


def test_limits_are_checked_by_name():
    from geodata.limits import limits_with

    with pytest.raises(ValueError, match="unknown loader limit"):
        limits_with({"max_everything": 1})
    with pytest.raises(ValueError, match="max_days must be a positive whole number"):
        limits_with({"max_days": 0})


# --------------------------------------------------------------------------- what the folder holds


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["file-areas-as-vrt", "file-corrupt-gpkg", "operation-latin-1", "operation-utf-16",
                                  "events-infinite-importance", "formations-nul-in-name", "positions-unknown-crs",
                                  "formations-4990-deep-chain", "areas-12000-a-side-on-a-day",
                                  "areas-60-polygons-of-19990-vertices", "areas-50-polygons-of-19990-vertices"])
def test_a_refused_hostile_folder_leaves_the_database_as_it_was_within_a_minute(sample_operation, sample_copy, name):
    # The benchmark (tests/benchmarks/hostile_loads.py) measures these; the bound only catches a
    # return to minutes.
    breaker = next(case[1] for case in CASES if case[0] == name)
    before = (Operation.objects.count(), Formation.objects.count(), Operation.objects.get().updated_at)
    started = time.monotonic()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("load_operation", str(_break(sample_copy, breaker)), stdout=io.StringIO())
    assert time.monotonic() - started < 60
    assert (Operation.objects.count(), Formation.objects.count(), Operation.objects.get().updated_at) == before


@pytest.mark.parametrize("make, kind", [(os.mkfifo, "a FIFO"), (os.mkdir, "a folder")])
def test_an_entry_named_like_a_layer_that_is_no_file_is_refused(sample_copy, make, kind):
    (sample_copy / "areas.geojson").unlink()
    make(sample_copy / "areas.geojson")
    make(sample_copy / "extras")
    with pytest.raises(OperationDataError) as refused:
        read_operation(sample_copy)
    assert refused.value.problems == [f"areas.geojson: {kind}, not a file; a layer must be a regular file in the folder"]
    (sample_copy / "areas.geojson").rmdir() if kind == "a folder" else (sample_copy / "areas.geojson").unlink()
    assert f"extras: {kind}, not a layer, ignored" in read_operation(sample_copy).warnings


def test_style_files_beside_a_layer_are_skipped_with_a_warning(sample_copy):
    (sample_copy / "areas.qml").write_text("<qgis/>")
    assert "areas.qml: a style or metadata file, not read, ignored" in read_operation(sample_copy).warnings


@pytest.mark.django_db
def test_a_layer_loaded_last_time_and_missing_now_is_refused(sample_copy):
    call_command("load_operation", str(sample_copy), stdout=io.StringIO())
    before = (Operation.objects.get().updated_at, Operation.objects.get().key_moments.count())
    (sample_copy / "key_moments.geojson").unlink()
    with pytest.raises(CommandError, match="nothing was written") as refused:
        call_command("load_operation", str(sample_copy), stdout=io.StringIO())
    assert "key_moments: loaded last time and missing from the files now; to remove the layer, leave an empty " \
           "key_moments file" in str(refused.value)
    assert (Operation.objects.get().updated_at, Operation.objects.get().key_moments.count()) == before
    # Removed on purpose: an empty layer.
    (sample_copy / "key_moments.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    call_command("load_operation", str(sample_copy), stdout=io.StringIO())
    assert Operation.objects.get().key_moments.count() == 0


@pytest.mark.django_db
def test_a_timeline_over_its_limit_is_refused_and_nothing_is_written(sample_operation, sample_copy, settings):
    settings.BATTLEMAP = {**settings.BATTLEMAP, "LOADER_LIMITS": {"max_timeline_bytes": 10_000}}
    before = Operation.objects.get().updated_at
    edit_json("operation.json", lambda d: d.update(name="Renamed"))(sample_copy)
    with pytest.raises(CommandError, match="nothing was written") as refused:
        call_command("load_operation", str(sample_copy), stdout=io.StringIO())
    assert "timeline: " in str(refused.value) and "bytes of JSON, over the limit max_timeline_bytes (10,000)" in str(refused.value)
    assert (Operation.objects.get().name, Operation.objects.get().updated_at) == ("Sample operation", before)


# --------------------------------------------------------------------------- GDAL reads no more than it is given


class _Requests(http.server.BaseHTTPRequestHandler):
    """Counts every request: GDAL must send none."""

    seen = []

    def do_GET(self):
        self.seen.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write((SAMPLE / "places.geojson").read_bytes())

    do_HEAD = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def listening():
    """A loopback HTTP server's address, and the paths requested from it."""
    _Requests.seen = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Requests)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", _Requests.seen
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("layer_name", ["places.gpkg", "places.geojson", "places.vrt"])
def test_no_layer_makes_gdal_send_a_request(sample_copy, listening, layer_name):
    url, seen = listening
    (sample_copy / "places.geojson").unlink()
    (sample_copy / layer_name).write_bytes(vrt(f"/vsicurl/{url}/places.geojson"))
    with pytest.raises(OperationDataError):
        read_operation(sample_copy)
    assert seen == []


def test_a_crs_given_by_url_is_refused_unfetched(sample_copy, listening):
    url, seen = listening
    edit_json("positions.geojson", lambda d: d.update(crs={"type": "name", "properties": {"name": f"{url}/crs"}}))(sample_copy)
    with pytest.raises(OperationDataError, match="positions.geojson: field 'crs'"):
        read_operation(sample_copy)
    assert seen == []


def test_gdal_is_configured_to_read_no_url():
    import pyogrio

    assert pyogrio.get_gdal_config_option("CPL_VSIL_CURL_ALLOWED_EXTENSIONS") == ".battlemap-reads-no-url"
    assert pyogrio.get_gdal_config_option("GDAL_HTTP_MAX_RETRY") == 0


def test_a_geopackage_layer_in_a_crs_gdal_cannot_read_is_refused(sample_copy):
    frame = geopandas.read_file(sample_copy / "positions.geojson")
    frame.to_file(sample_copy / "positions.gpkg", layer="positions", driver="GPKG")
    (sample_copy / "positions.geojson").unlink()
    with sqlite3.connect(sample_copy / "positions.gpkg") as database:
        database.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('made up', 99999, 'NONE', 99999, 'no CRS at all', '')")
        database.execute("UPDATE gpkg_geometry_columns SET srs_id = 99999")
        database.execute("UPDATE gpkg_contents SET srs_id = 99999")
    with pytest.raises(OperationDataError) as refused:
        read_operation(sample_copy)
    assert refused.value.problems == ["positions.gpkg: field 'crs': a CRS GDAL cannot read (Unable to parse srs_id "
                                      "'99999' well-known text 'no CRS at all')"]


@pytest.mark.parametrize("table, where, label", [
    ("places", "name = 'Westburg'", "sample.gpkg:places: feature 1: field 'name'"),
    ("operation", "1", "sample.gpkg:operation: feature 0: field 'name'"),
])
def test_a_nul_in_a_geopackage_text_is_refused_not_cut_short(sample_data, tmp_path, table, where, label):
    # GDAL hands the text back cut short at the NUL: the database itself is asked.
    path = write_operation(sample_data, tmp_path / "sample.gpkg", format="gpkg")
    with sqlite3.connect(path) as database:
        # GDAL's spatial index triggers call functions only GDAL's SQLite has.
        for (trigger,) in list(database.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")):
            database.execute(f'DROP TRIGGER "{trigger}"')
        database.execute(f"UPDATE {table} SET name = substr(name, 1, 3) || char(0) || substr(name, 4) WHERE {where}")
    with pytest.raises(OperationDataError) as refused:
        read_operation(path)
    assert f"{label}: holds a NUL character (\\x00), which no text can store" in refused.value.problems


def test_a_corrupt_geopackage_given_as_the_operation_is_refused(tmp_path):
    path = tmp_path / "broken.gpkg"
    path.write_bytes(b"SQLite format 3\x00" + bytes(500))
    with pytest.raises(OperationDataError, match="broken.gpkg: cannot be read as a GeoPackage"):
        read_operation(path)


@pytest.mark.parametrize("limits, expected", [
    ({"max_vertices_per_day": 60}, "areas and fronts: 1942-05-13: 66 vertices, over the limit max_vertices_per_day (60)"),
    ({"max_vertices_per_operation": 200}, "every layer: 212 vertices, over the limit max_vertices_per_operation (200)"),
])
def test_the_vertices_of_a_day_and_of_the_operation_are_counted_across_layers(sample_copy, limits, expected):
    # From a GeoPackage, which is not counted before GDAL reads it as a GeoJSON file is.
    geopandas.read_file(sample_copy / "areas.geojson").to_file(sample_copy / "areas.gpkg", layer="areas", driver="GPKG")
    (sample_copy / "areas.geojson").unlink()
    with pytest.raises(OperationDataError) as refused:
        read_operation(sample_copy, limits=limits)
    assert expected in refused.value.problems
