"""The loader: GeoJSON and GeoPackage input, and every kind of bad input named precisely."""

import datetime
import json

import geopandas
import pytest
from django.core.management import CommandError, call_command
from shapely.geometry import Point

from battlemap.models import Area, Formation, Operation, Position
from geodata.loader import OperationDataError, read_operation
from geodata.writer import write_operation


from edits import edit_features


def problems_of(path):
    with pytest.raises(OperationDataError) as raised:
        read_operation(path)
    return raised.value.problems


def test_the_sample_reads_with_every_layer(sample_data):
    assert sample_data.operation["slug"] == "sample"
    assert sample_data.operation["start_date"] == datetime.date(1942, 5, 11)
    assert [side["slug"] for side in sample_data.sides] == ["east", "west"]
    assert sample_data.counts() == {
        "sources": 2, "formations": 6, "positions": 24, "areas": 10, "fronts": 4, "movements": 2,
        "events": 3, "places": 5, "key_moments": 3,
    }
    event = next(event for event in sample_data.events if event["key"] == "opening")
    assert event["time"] == datetime.time(6, 30) and event["importance"] == 3
    assert event["geometry"].equals(Point(36.05, 49.5))
    assert next(e for e in sample_data.events if e["key"] == "advance")["geometry"] is None
    pocket_event = next(e for e in sample_data.events if e["key"] == "pocket")
    assert pocket_event["sources"] == ["sample-notes", "sample-orders"]


@pytest.mark.parametrize("layout", ["one geopackage", "geopackage per layer"])
def test_geopackage_input_reads_the_same(sample_data, tmp_path, layout):
    if layout == "one geopackage":
        path = write_operation(sample_data, tmp_path / "sample.gpkg", format="gpkg")
    else:
        path = write_operation(sample_data, tmp_path / "folder", format="geojson")
        for layer in ("areas", "positions"):
            frame = geopandas.read_file(path / f"{layer}.geojson")
            frame.to_file(path / f"{layer}.gpkg", layer=layer, driver="GPKG")
            (path / f"{layer}.geojson").unlink()
    again = read_operation(path)
    assert again.counts() == sample_data.counts()
    assert [a["geometry"].wkt for a in again.areas] == [a["geometry"].wkt for a in sample_data.areas]


def test_load_prints_progress_and_a_summary_and_is_idempotent(db, capsys):
    for _ in range(2):
        call_command("load_operation", "tests/data/sample")
    output = capsys.readouterr().out
    assert "Loaded operation 'sample'" in output
    assert "positions: 24, areas: 10" in output
    assert "1942-05-13          6      3       1" in output
    assert Operation.objects.count() == 1
    assert Position.objects.count() == 24 and Area.objects.count() == 10


def test_check_writes_nothing(db, capsys):
    call_command("check_operation", "tests/data/sample")
    assert "is valid" in capsys.readouterr().out
    assert Operation.objects.count() == 0


def snapshot():
    return (
        list(Operation.objects.values_list("slug", "name", "updated_at")),
        list(Formation.objects.values_list("key", "name").order_by("key")),
        list(Position.objects.values_list("formation__key", "date", "status", "point")
             .order_by("formation__key", "date")),
        sorted(area.geometry.wkt for area in Area.objects.all()),
    )


def break_malformed_json(folder):
    (folder / "areas.geojson").write_text('{"type": "FeatureCollection", "features": [}')


def break_geometry_validity(folder):
    def change(collection):
        collection["features"][0]["geometry"] = {"type": "Polygon", "coordinates": [
            [[36.0, 49.0], [36.5, 49.5], [36.5, 49.0], [36.0, 49.5], [36.0, 49.0]]]}
    edit_features(folder, "areas", change)


def break_geometry_type(folder):
    def change(collection):
        collection["features"][1]["geometry"] = {"type": "Point", "coordinates": [36.0, 49.0]}
    edit_features(folder, "areas", change)


def break_crs(folder):
    # Web Mercator metres with no crs member: not longitude/latitude, and no way to know it.
    def change(collection):
        collection["features"][2]["geometry"] = {"type": "Point", "coordinates": [4007501.0, 6300000.0]}
    edit_features(folder, "positions", change)


def break_formation_reference(folder):
    edit_features(folder, "positions",
                  lambda c: c["features"][3]["properties"].update(formation="e-99x"))


def break_source_reference(folder):
    edit_features(folder, "movements",
                  lambda c: c["features"][0]["properties"].update(sources="sample-notes;nobody1999"))


def break_dates(folder):
    edit_features(folder, "events", lambda c: c["features"][1]["properties"].update(date="1942-06-01"))


def break_twice_a_day(folder):
    edit_features(folder, "positions",
                  lambda c: c["features"][1]["properties"].update(date="1942-05-11"))


def break_side(folder):
    edit_features(folder, "areas", lambda c: c["features"][0]["properties"].update(side="sovet"))


def break_role(folder):
    edit_features(folder, "areas", lambda c: c["features"][2]["properties"].update(role="occupied"))


def break_status(folder):
    edit_features(folder, "positions",
                  lambda c: c["features"][5]["properties"].update(status="sleeping"))


BAD_INPUTS = {
    "malformed JSON": (break_malformed_json, ["areas.geojson: malformed JSON at line 1, column"]),
    "invalid geometry": (break_geometry_validity, [
        "areas.geojson: feature 0: field 'geometry': invalid geometry: Self-intersection"]),
    "wrong geometry type": (break_geometry_type, [
        "areas.geojson: feature 1: field 'geometry': geometry is a Point; expected Polygon or "
        "MultiPolygon"]),
    "no CRS, out of range": (break_crs, [
        "positions.geojson: feature 2: field 'geometry': the layer declares no CRS and its "
        "coordinates (4.0075e+06, 6.3e+06) are out of longitude/latitude range"]),
    "unknown formation": (break_formation_reference, [
        "positions.geojson: feature 3: field 'formation': unknown formation 'e-99x'"]),
    "unknown source": (break_source_reference, [
        "movements.geojson: feature 0 (id east-attack): field 'sources': unknown source(s) nobody1999"]),
    "date outside": (break_dates, [
        "events.geojson: feature 1 (id advance): field 'date': 1942-06-01 is outside the operation "
        "(1942-05-11 to 1942-05-14)"]),
    "two positions a day": (break_twice_a_day, [
        "positions.geojson: feature 1: field 'date': a second position for e-1a on 1942-05-11 "
        "(the first is feature 0)"]),
    "unknown side": (break_side, [
        "areas.geojson: feature 0: field 'side': unknown side 'sovet'"]),
    "unknown role": (break_role, [
        "areas.geojson: feature 2: field 'role': unknown value 'occupied'; expected one of "
        "contested, held, pocket, salient"]),
    "unknown status": (break_status, [
        "positions.geojson: feature 5: field 'status': unknown value 'sleeping'"]),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_named_and_the_database_is_left_as_it_was(sample_operation, sample_copy, name):
    breaker, expected = BAD_INPUTS[name]
    breaker(sample_copy)
    before = snapshot()
    problems = problems_of(sample_copy)
    for sentence in expected:
        assert any(problem.startswith(sentence) for problem in problems), problems
    with pytest.raises(CommandError) as raised:
        call_command("load_operation", str(sample_copy))
    assert "nothing was written" in str(raised.value)
    assert expected[0] in str(raised.value)
    assert snapshot() == before


def test_every_problem_is_reported_at_once(sample_copy):
    break_side(sample_copy)
    break_status(sample_copy)
    break_source_reference(sample_copy)
    assert len(problems_of(sample_copy)) == 3


def test_a_layer_in_another_crs_is_reprojected(sample_data, sample_copy):
    frame = geopandas.read_file(sample_copy / "positions.geojson").to_crs("EPSG:3857")
    (sample_copy / "positions.geojson").unlink()
    frame.to_file(sample_copy / "positions.gpkg", layer="positions", driver="GPKG")
    data = read_operation(sample_copy)
    for original, reprojected in zip(sample_data.positions, data.positions):
        assert reprojected["geometry"].equals_exact(original["geometry"], 1e-7)


def test_a_geojson_with_a_declared_crs_is_reprojected(sample_data, sample_copy):
    frame = geopandas.read_file(sample_copy / "places.geojson").to_crs("EPSG:32637")
    (sample_copy / "places.geojson").write_text(frame.to_json())
    collection = json.loads((sample_copy / "places.geojson").read_text())
    collection["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32637"}}
    (sample_copy / "places.geojson").write_text(json.dumps(collection))
    data = read_operation(sample_copy)
    assert data.places[0]["geometry"].equals_exact(sample_data.places[0]["geometry"], 1e-6)


def test_a_missing_required_field_is_named(sample_copy):
    edit_features(sample_copy, "events", lambda c: c["features"][0]["properties"].pop("title"))
    assert problems_of(sample_copy) == [
        "events.geojson: feature 0 (id opening): field 'title': is required"]


def test_a_record_without_sources_is_refused(sample_copy):
    edit_features(sample_copy, "areas", lambda c: c["features"][0]["properties"].update(sources="", citations=""))
    assert problems_of(sample_copy)[0].startswith(
        "areas.geojson: feature 0: field 'citations': a stated record needs at least one citation with a locator")


def test_an_unknown_parent_is_named(sample_copy):
    path = sample_copy / "formations.csv"
    path.write_text(path.read_text().replace(",e-1a,", ",e-0a,", 1))
    assert problems_of(sample_copy) == [
        "formations.csv: row 1 (id e-10rd): field 'parent': unknown formation 'e-0a'"]


def test_malformed_operation_json_is_named(sample_copy):
    (sample_copy / "operation.json").write_text('{"slug": "sample",')
    assert problems_of(sample_copy)[0].startswith("operation.json: malformed JSON at line 1")


def test_a_bad_operation_date_range_is_named(sample_copy):
    meta = json.loads((sample_copy / "operation.json").read_text())
    meta["end_date"] = "1942-05-01"
    (sample_copy / "operation.json").write_text(json.dumps(meta))
    assert problems_of(sample_copy) == [
        "operation.json: field 'end_date': 1942-05-01 is before the start date 1942-05-11"]


def test_a_missing_folder_is_named(tmp_path):
    assert problems_of(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: no such file or folder"]


def test_a_duplicate_formation_id_is_named(sample_copy):
    path = sample_copy / "formations.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines + [lines[1]]) + "\n")
    assert problems_of(sample_copy) == [
        "formations.csv: row 6 (id e-1a): field 'id': formation 'e-1a' appears twice"]


def test_a_gazetteer_id_is_read_stored_and_served(db, client, sample_copy):
    edit_features(sample_copy, "places",
                  lambda c: c["features"][0]["properties"].update(gazetteer_id="wikidata:Q42"))
    data = read_operation(sample_copy)
    assert [place["gazetteer_id"] for place in data.places][:2] == ["wikidata:Q42", ""]
    call_command("load_operation", str(sample_copy))
    features = client.get("/api/places/", {"operation": "sample"}).json()["features"]
    assert {f["properties"]["gazetteer_id"] for f in features} == {"wikidata:Q42", ""}
    timeline = client.get("/api/operations/sample/timeline/").json()
    assert "wikidata:Q42" in {place["gazetteer_id"] for place in timeline["places"]}


def test_a_bad_gazetteer_id_is_named(sample_copy):
    edit_features(sample_copy, "places",
                  lambda c: c["features"][1]["properties"].update(gazetteer_id="geonames:x1"))
    assert problems_of(sample_copy) == [
        "places.geojson: feature 1: field 'gazetteer_id': 'geonames:x1' is not a gazetteer id "
        "like geonames:706483, wikidata:Q42 or katottg:UA63040010320015857"]
