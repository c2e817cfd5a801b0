"""Front lines held in the database: authored, derived at load, checked against the areas, read
without deriving anything per request, edited in the admin."""

import datetime
import json
from pathlib import Path

import pytest
import shapely
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from rest_framework.test import APIClient
from shapely.geometry import shape

import geodata.fronts
from battlemap import selectors
from battlemap.models import Area, Front
from battlemap.services import operation_load
from geodata.fronts import DERIVED_NOTE
from geodata.geometry import length_km
from geodata.loader import OperationDataError, read_operation

FRONTS_ONLY = Path(__file__).resolve().parent / "data" / "fronts-only"
API = "/api/operations"
DAY_11 = datetime.date(1942, 5, 11)


@pytest.fixture
def client():
    return APIClient()


@pytest.fixture
def fronts_only(db):
    """An operation whose source draws front lines and no areas (tests/data/fronts-only)."""
    return operation_load(data=read_operation(FRONTS_ONLY))


def front_features(collection):
    return [f for f in collection["features"] if f["properties"]["layer"] == "front"]


def authored_front(coordinates, day="1942-05-11", certainty="probable"):
    return {"type": "Feature", "geometry": {"type": "LineString", "coordinates": coordinates},
            "properties": {"date": day, "side_a": "east", "side_b": "west",
                           "certainty": certainty, "sources": "sample-orders", "citations": "sample-orders: map 2",
                           "note": "From a map."}}


def write_fronts(folder, *features):
    (folder / "fronts.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}))


# The sample's derived front on 11 May runs down 36.1-36.0 E; this one runs 0.2 degrees (~14 km) west.
FAR_WEST = [[35.9, 50.0], [35.88, 49.75], [35.82, 49.5], [35.8, 49.25], [35.85, 49.0]]
# And this one follows it to within a few hundred metres.
ALONG = [[36.1, 50.0], [36.08, 49.75], [36.02, 49.5], [36.0, 49.25], [36.05, 49.0]]


# --------------------------------------------------------------------------- fronts only

def test_an_operation_with_fronts_only_serves_its_lines(client, fronts_only):
    assert Front.objects.filter(operation=fronts_only, origin="authored").count() == 3
    assert not Area.objects.filter(operation=fronts_only).exists()
    situation = client.get(f"{API}/fronts-only/situation/", {"date": "1942-05-13"}).json()
    [front] = front_features(situation)
    # 13 May has no front of its own: the latest earlier one (12 May) holds.
    assert front["properties"]["authored_date"] == "1942-05-12"
    assert front["properties"]["origin"] == "authored"
    assert front["properties"]["certainty"] == "probable"
    assert front["properties"]["sources"] == ["sample-notes"]
    assert front["geometry"]["type"] == "LineString"
    timeline = client.get(f"{API}/fronts-only/timeline/").json()
    assert [len(timeline["fronts"][day]) for day in timeline["dates"]] == [1, 1, 1, 1]
    assert timeline["fronts"]["1942-05-14"][0]["certainty"] == "approximate"


def test_the_stats_give_the_length_of_an_authored_front(client, fronts_only):
    stats = client.get(f"{API}/fronts-only/stats/").json()
    expected = [
        round(length_km(Front.objects.get(operation=fronts_only, date=day).geometry, (36.0, 49.5)))
        for day in (DAY_11, DAY_11.replace(day=12), DAY_11.replace(day=12), DAY_11.replace(day=14))
    ]
    assert [day["front_km"] for day in stats] == expected
    assert all(km > 100 for km in expected)


# --------------------------------------------------------------------------- areas only

def test_areas_only_give_a_derived_front_each_day_citing_the_areas(sample_operation):
    fronts = list(Front.objects.filter(operation=sample_operation).prefetch_related("sources"))
    assert [front.date.day for front in fronts] == [11, 12, 13, 14]
    assert {front.origin for front in fronts} == {"derived"}
    for front in fronts:
        area_sources = {
            source.key for area in Area.objects.filter(operation=sample_operation, date=front.date)
            for source in area.sources.all()
        }
        assert {source.key for source in front.sources.all()} == area_sources
        assert front.note == DERIVED_NOTE
    # The least certain of a day's areas sets its derived front's certainty.
    assert [front.certainty for front in fronts] == ["certain", "certain", "probable", "approximate"]


@pytest.mark.parametrize("url, fronts_in", [
    ("situation/?date=1942-05-13", front_features),
    ("timeline/", lambda body: body["fronts"]["1942-05-13"]),
    ("stats/", lambda body: [day["front_km"] for day in body if day["front_km"]]),
])
def test_no_request_derives_a_front(client, sample_operation, monkeypatch, url, fronts_in):
    def refuse(*args, **kwargs):
        raise AssertionError("a front was derived during a request")

    cache.clear()
    monkeypatch.setattr(geodata.fronts, "front_lines", refuse)
    response = client.get(f"{API}/sample/{url}")
    assert response.status_code == 200
    assert fronts_in(response.json())


# --------------------------------------------------------------------------- both

def test_an_authored_front_wins_over_the_areas_of_its_day(db, sample_copy):
    write_fronts(sample_copy, authored_front(ALONG))
    data = read_operation(sample_copy)
    assert data.warnings == []
    operation = operation_load(data=data)
    by_day = {front.date.day: front.origin for front in Front.objects.filter(operation=operation)}
    assert by_day == {11: "authored", 12: "derived", 13: "derived", 14: "derived"}


def test_a_front_far_from_its_areas_is_reported_with_the_distance(db, sample_copy):
    write_fronts(sample_copy, authored_front(FAR_WEST))
    [warning] = read_operation(sample_copy).warnings
    assert warning.startswith("fronts: 1942-05-11 east/west: the authored front and the edge of the areas")
    distance = float(warning.split("up to ")[1].split(" km")[0])
    assert 13 < distance < 16  # 0.2 degrees of longitude at 49.5 N is about 14.4 km
    assert "tolerance 2 km" in warning


def test_the_tolerance_decides_what_is_reported(db, sample_copy):
    write_fronts(sample_copy, authored_front(FAR_WEST))
    assert read_operation(sample_copy, front_tolerance_km=20).warnings == []


def test_the_check_and_the_load_print_the_warning(db, sample_copy, capsys):
    write_fronts(sample_copy, authored_front(FAR_WEST))
    call_command("check_operation", str(sample_copy))
    call_command("load_operation", str(sample_copy))
    output = capsys.readouterr().out
    assert output.count("warning: fronts: 1942-05-11 east/west") == 2
    assert "fronts: 1 authored, 3 derived from the areas" in output


@pytest.mark.parametrize("change, message", [
    (lambda f: f["properties"].update(side_b="east"), "field 'side_b': a front separates two sides; both are 'east'"),
    (lambda f: f["properties"].update(origin="guessed"), "field 'origin': unknown value 'guessed'"),
    (lambda f: f["properties"].update(side_a="north"), "field 'side_a': unknown side 'north'"),
    (lambda f: f.update(geometry={"type": "Point", "coordinates": [36, 49.5]}),
     "geometry is a Point; expected LineString or MultiLineString"),
    (lambda f: f["properties"].update(sources="", citations=""), "field 'citations': a stated record needs"),
])
def test_a_bad_front_is_refused_naming_the_field(sample_copy, change, message):
    feature = authored_front(ALONG)
    change(feature)
    write_fronts(sample_copy, feature)
    with pytest.raises(OperationDataError) as error:
        read_operation(sample_copy)
    assert any(problem.startswith("fronts.geojson: feature 0") and message in problem
               for problem in error.value.problems), error.value.problems


# --------------------------------------------------------------------------- export

def comparable_fronts(data):
    return sorted((front["date"], front["origin"], front["side_a"], front["side_b"],
                   front["certainty"], tuple(front["sources"]), front["note"],
                   shapely.normalize(front["geometry"]).wkt) for front in data.fronts)


@pytest.mark.parametrize("format, name", [("gpkg", "both.gpkg"), ("geojson", "both")])
def test_export_keeps_authored_and_derived_fronts_apart(db, sample_copy, tmp_path, format, name):
    write_fronts(sample_copy, authored_front(FAR_WEST, certainty="approximate"))
    data = read_operation(sample_copy)
    operation_load(data=data)
    output = tmp_path / name
    call_command("export_operation", "sample", "--format", format, "--output", str(output))
    exported = read_operation(output)
    assert comparable_fronts(exported) == comparable_fronts(data)
    assert [front["origin"] for front in exported.fronts] == ["authored", "derived", "derived", "derived"]
    call_command("load_operation", str(output))
    assert comparable_fronts(selectors.operation_as_data(
        selectors.operation_get(slug="sample"))) == comparable_fronts(data)


# --------------------------------------------------------------------------- admin


def test_an_admin_edit_of_an_area_derives_its_days_front_again(staff_client, sample_operation):
    before = Front.objects.get(operation=sample_operation, date=DAY_11).geometry

    def post_area(side, polygon):
        area = Area.objects.get(operation=sample_operation, date=DAY_11, side__slug=side)
        return staff_client.post(reverse("admin:battlemap_area_change", args=[area.pk]), {
            "operation": sample_operation.pk, "date": "1942-05-11", "side": area.side.pk,
            "role": "held", "geometry": shapely.to_geojson(polygon), "certainty": "certain", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]',
            "sources": [source.pk for source in area.sources.all()], "note": "",
        })

    # East gives ground first: West may not be drawn over ground East still holds.
    assert post_area("east", shapely.Polygon([(36.3, 49.0), (37.0, 49.0), (37.0, 50.0), (36.3, 50.0)])).status_code == 302
    assert post_area("west", shapely.Polygon([(35.0, 49.0), (36.3, 49.0), (36.3, 50.0), (35.0, 50.0)])).status_code == 302
    after = Front.objects.get(operation=sample_operation, date=DAY_11)
    assert after.origin == "derived"
    assert not after.geometry.equals(before)
    # West now reaches 36.3 E, where East's ground begins: the front is the edge between them there.
    assert after.geometry.bounds[2] == pytest.approx(36.3, abs=1e-3)


def test_an_admin_edit_of_a_front_makes_it_authored_and_an_area_edit_keeps_it(staff_client, sample_operation):
    front = Front.objects.get(operation=sample_operation, date=DAY_11)
    line = shapely.LineString(FAR_WEST)
    response = staff_client.post(reverse("admin:battlemap_front_change", args=[front.pk]), {
        "operation": sample_operation.pk, "date": "1942-05-11", "time": "",
        "side_a": front.side_a.pk, "side_b": front.side_b.pk, "origin": "derived",
        "geometry": shapely.to_geojson(line), "certainty": "approximate", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]',
        "sources": [source.pk for source in front.sources.all()], "note": "Redrawn from a map.",
    })
    assert response.status_code == 302
    front.refresh_from_db()
    assert front.origin == "authored" and front.geometry.equals(line)
    area = Area.objects.filter(operation=sample_operation, date=DAY_11).first()
    staff_client.post(reverse("admin:battlemap_area_delete", args=[area.pk]), {"post": "yes"})
    kept = Front.objects.get(operation=sample_operation, date=DAY_11)
    assert kept.pk == front.pk and kept.geometry.equals(line)


def test_a_front_is_edited_on_the_map_widget(staff_client, sample_operation):
    front = Front.objects.filter(operation=sample_operation).first()
    page = staff_client.get(reverse("admin:battlemap_front_change", args=[front.pk])).content.decode()
    assert 'class="geometry-widget"' in page
    assert "LineString, MultiLineString" in page


def test_deleting_an_authored_front_falls_back_to_the_areas(staff_client, db, sample_copy):
    write_fronts(sample_copy, authored_front(FAR_WEST))
    operation = operation_load(data=read_operation(sample_copy))
    authored = Front.objects.get(operation=operation, date=DAY_11)
    assert authored.origin == "authored"
    staff_client.post(reverse("admin:battlemap_front_delete", args=[authored.pk]), {"post": "yes"})
    derived = Front.objects.get(operation=operation, date=DAY_11)
    assert derived.origin == "derived"
    assert derived.geometry.distance(shapely.Point(36.05, 49.5)) < 0.1


def test_kharkovs_stored_fronts_are_where_its_areas_meet(kharkov_operation):
    """What the read side derived per request before fronts were stored, the load now stores."""
    sides = [side.slug for side in kharkov_operation.sides.all()]
    for day, areas in selectors.queries.areas_by_authored_date(kharkov_operation).items():
        held = {}
        for area in areas:
            if area.role != "contested":
                held.setdefault(area.side.slug, []).append(area.geometry)
        [expected] = geodata.fronts.front_lines(held, sides)
        [stored] = Front.objects.filter(operation=kharkov_operation, date=day)
        assert (stored.origin, [stored.side_a.slug, stored.side_b.slug]) == ("derived", expected["sides"])
        assert stored.geometry.equals(expected["geometry"]), day


def test_a_front_added_in_the_admin_is_authored_and_served(staff_client, fronts_only):
    east, west = fronts_only.sides.order_by("id")
    response = staff_client.post(reverse("admin:battlemap_front_add"), {
        "operation": fronts_only.pk, "date": "1942-05-13", "time": "18:00",
        "side_a": east.pk, "side_b": west.pk, "geometry": shapely.to_geojson(shapely.LineString(ALONG)),
        "certainty": "probable", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]', "sources": [fronts_only.sources.first().pk], "note": "",
    })
    assert response.status_code == 302
    situation = APIClient().get(f"{API}/fronts-only/situation/", {"date": "1942-05-13"}).json()
    [front] = front_features(situation)
    assert front["properties"]["origin"] == "authored"
    assert (front["properties"]["authored_date"], front["properties"]["time"]) == ("1942-05-13", "18:00")
