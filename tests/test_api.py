"""The read API: shapes and values, 400 and 404 with a detail, conditional GET, no 500s."""

import gzip
import json

import pytest
import shapely
from django.core.management import call_command
from rest_framework.test import APIClient
from shapely.geometry import shape

from battlemap import selectors
from battlemap.services import operation_load
from geodata.loader import read_operation

API = "/api/operations"


@pytest.fixture
def client():
    return APIClient()


def features(collection, layer):
    return [f for f in collection["features"] if f["properties"]["layer"] == layer]


def test_operation_list(client, sample_operation):
    response = client.get(f"{API}/")
    assert response.status_code == 200
    assert response.json() == [{
        "slug": "sample", "name": "Sample operation", "start_date": "1942-05-11",
        "end_date": "1942-05-14", "bbox": [35.0, 49.0, 37.0, 50.0],
    }]


def test_operation_detail(client, sample_operation):
    body = client.get(f"{API}/sample/").json()
    assert body["sides"] == [
        {"slug": "east", "name": "Eastern forces", "colour": "#c0392b"},
        {"slug": "west", "name": "Western forces", "colour": "#2c3e50"},
    ]
    assert body["dates"] == ["1942-05-11", "1942-05-12", "1942-05-13", "1942-05-14"]
    division = next(f for f in body["formations"] if f["id"] == "e-10rd")
    assert division["parent"] == "e-1a" and division["sidc"] == "SFGPUCI----I---"
    army = next(node for node in body["formation_tree"] if node["id"] == "e-1a")
    assert {child["id"] for child in army["children"]} == {"e-10rd", "e-20tb"}
    assert set(body["sources"]) == {"sample-notes", "sample-orders"}


def test_timeline_carries_the_vocabulary_the_browser_orders_by(client, sample_operation):
    # The browser restates no vocabulary: every value the files allow comes with its order and name.
    from geodata.vocabulary import AREA_ROLES, CERTAINTIES, ECHELONS

    vocabulary = json.loads(client.get(f"{API}/sample/timeline/").content)["vocabulary"]
    echelons = [echelon for echelon, _ in vocabulary["echelons"]]
    assert sorted(echelons) == sorted(ECHELONS), "every echelon, each once"
    assert echelons.index("corps") < echelons.index("group") < echelons.index("division"), "largest first"
    assert dict(vocabulary["echelons"])["army_group"] == "Army group"
    assert sorted(vocabulary["area_roles"]) == sorted(AREA_ROLES) and vocabulary["area_roles"][-1] == "pocket"
    assert vocabulary["certainties"] == list(CERTAINTIES)


def test_situation_is_geojson_with_every_layer(client, sample_operation):
    response = client.get(f"{API}/sample/situation/", {"date": "1942-05-13"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert {f["properties"]["layer"] for f in body["features"]} == {
        "area", "front", "unit", "movement", "event"}
    areas = features(body, "area")
    assert sorted((a["properties"]["side"], a["properties"]["role"]) for a in areas) == [
        ("east", "held"), ("west", "held"), ("west", "pocket")]
    assert {"side", "role", "certainty"} <= set(areas[0]["properties"])
    unit = next(u for u in features(body, "unit") if u["properties"]["formation"] == "w-7pd")
    assert unit["properties"]["status"] == "encircled"
    assert {"name", "side", "echelon", "sidc", "status"} <= set(unit["properties"])
    assert unit["geometry"] == {"type": "Point", "coordinates": [36.35, 49.5]}
    assert {m["properties"]["kind"] for m in features(body, "movement")} == {
        "attack", "counterattack"}
    [event] = features(body, "event")
    assert event["properties"]["time"] == "08:30" and event["properties"]["title"] == "Pocket closes"


def test_the_front_runs_where_the_sides_meet(client, sample_operation):
    body = client.get(f"{API}/sample/situation/", {"date": "1942-05-13"}).json()
    fronts = features(body, "front")
    assert [f["properties"]["sides"] for f in fronts] == [["east", "west"]]
    front = shape(fronts[0]["geometry"])
    # The main front (about 1.1 degrees of latitude long) plus the ring around the pocket.
    main_front = shapely.geometry.LineString(
        [(35.9, 49.0), (35.7, 49.25), (35.6, 49.5), (35.8, 49.75), (36.0, 50.0)])
    assert front.buffer(1e-3).contains(main_front)
    assert front.length > main_front.length + 0.5  # the pocket's perimeter is there too
    assert not front.intersects(shapely.geometry.box(36.95, 49, 37, 50))  # no bbox edges


def test_a_day_between_authored_days_takes_the_latest_earlier_state(client, db, sample_copy,
                                                                    edit_features):
    def drop_day_12(collection):
        collection["features"] = [
            f for f in collection["features"] if f["properties"]["date"] != "1942-05-12"]
    edit_features(sample_copy, "areas", drop_day_12)
    edit_features(sample_copy, "positions", drop_day_12)
    operation_load(data=read_operation(sample_copy))
    body = client.get(f"{API}/sample/situation/", {"date": "1942-05-12"}).json()
    assert {a["properties"]["authored_date"] for a in features(body, "area")} == {"1942-05-11"}
    assert {u["properties"]["authored_date"] for u in features(body, "unit")} == {"1942-05-11"}
    assert len(features(body, "unit")) == 6


@pytest.mark.parametrize("query, message", [
    ({}, "date: is required, as YYYY-MM-DD. Valid dates: 1942-05-11 to 1942-05-14."),
    ({"date": "banana"}, "date: must be a date as YYYY-MM-DD. Valid dates: 1942-05-11 to 1942-05-14."),
    ({"date": "1942-02-30"}, "Valid dates: 1942-05-11 to 1942-05-14."),
    ({"date": "1942-05-10"}, "1942-05-10 is outside the operation; choose a day from 1942-05-11 to 1942-05-14."),
])
def test_a_bad_or_missing_date_is_a_400_naming_the_range(client, sample_operation, query, message):
    response = client.get(f"{API}/sample/situation/", query)
    assert response.status_code == 400
    assert message in response.json()["detail"]


@pytest.mark.parametrize("url", [
    f"{API}/nope/", f"{API}/nope/situation/?date=1942-05-12", f"{API}/nope/timeline/",
    f"{API}/nope/stats/", "/api/places/?operation=nope",
])
def test_an_unknown_slug_is_a_404_with_a_detail(client, sample_operation, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "detail" in response.json()


@pytest.mark.parametrize("query", [
    "date=", "date=%00", "date=1942-05-12&date=x", "date[]=1942-05-12", "date=9999999999-01-01",
    "date=1942-5-12", "date=%F0%9F%92%A5", "format=xml", "date=1942-05-12T10:00", "=&&=",
    "date=" + "9" * 5000,
])
def test_no_query_string_causes_a_500(client, sample_operation, query):
    for url in (f"{API}/sample/situation/?{query}", f"{API}/sample/timeline/?{query}",
                f"{API}/sample/stats/?{query}", f"/api/places/?{query}", f"{API}/?{query}"):
        assert client.get(url).status_code < 500, url


@pytest.mark.parametrize("query", ["operation=%00", "operation=sample%00", "operation=x&operation=%00"])
def test_a_nul_in_a_query_is_a_json_400_before_any_database_sees_it(client, sample_operation, query):
    # SQLite would store and find a NUL; PostgreSQL refuses the query itself (a 500 there).
    response = client.get(f"/api/places/?{query}")
    assert response.status_code == 400
    assert response.json()["detail"] == "operation: Null characters are not allowed."


def test_timeline_has_every_day_and_layer(client, sample_operation):
    response = client.get(f"{API}/sample/timeline/")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["dates"] == ["1942-05-11", "1942-05-12", "1942-05-13", "1942-05-14"]
    assert set(body["areas"]) == set(body["dates"]) == set(body["fronts"])
    assert [a["role"] for a in body["areas"]["1942-05-14"]].count("pocket") == 1
    assert len(body["positions"]) == 24 and len(body["formations"]) == 6
    assert {"lon", "lat", "status", "formation", "date"} <= set(body["positions"][0])
    assert len(body["movements"]) == 2 and len(body["events"]) == 3 and len(body["places"]) == 5
    assert [day["date"] for day in body["stats"]] == body["dates"]
    assert body["operation"]["sides"][0]["colour"] == "#c0392b"
    assert set(body["sources"]) == {"sample-notes", "sample-orders"}


def test_timeline_is_cacheable_and_conditional(client, sample_operation):
    response = client.get(f"{API}/sample/timeline/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content))["operation"]["slug"] == "sample"
    assert "max-age=" in response["Cache-Control"]
    etag = response["ETag"]
    assert etag
    again = client.get(f"{API}/sample/timeline/", HTTP_IF_NONE_MATCH=etag,
                       HTTP_ACCEPT_ENCODING="gzip")
    assert again.status_code == 304 and again.content == b""
    stale = client.get(f"{API}/sample/timeline/", HTTP_IF_NONE_MATCH='"something-else"')
    assert stale.status_code == 200


def test_timeline_without_gzip_is_plain_json_with_its_own_tag(client, sample_operation):
    plain = client.get(f"{API}/sample/timeline/")
    assert "Content-Encoding" not in plain
    assert json.loads(plain.content)["operation"]["slug"] == "sample"
    zipped = client.get(f"{API}/sample/timeline/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["ETag"] != plain["ETag"]
    for etag in (plain["ETag"], zipped["ETag"], "W/" + zipped["ETag"]):
        assert client.get(f"{API}/sample/timeline/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_loading_serialises_the_timeline_ahead_of_the_first_reader(db, client, monkeypatch):
    call_command("load_operation", "tests/data/sample")
    calls = []
    original = selectors.timeline_for
    monkeypatch.setattr(selectors, "timeline_for",
                        lambda operation: calls.append(operation) or original(operation))
    assert client.get(f"{API}/sample/timeline/").status_code == 200
    assert calls == []


def test_timeline_etag_changes_when_the_operation_is_reloaded(client, sample_operation, sample_copy,
                                                             edit_features):
    first = client.get(f"{API}/sample/timeline/")["ETag"]
    edit_features(sample_copy, "events", lambda c: c["features"][0]["properties"].update(title="New"))
    operation_load(data=read_operation(sample_copy))
    response = client.get(f"{API}/sample/timeline/", HTTP_IF_NONE_MATCH=first)
    assert response.status_code == 200
    assert json.loads(response.content)["events"][0]["title"] == "New"


def test_stats_measure_on_an_equal_area_projection(client, sample_operation):
    stats = client.get(f"{API}/sample/stats/").json()
    assert len(stats) == 4
    day = stats[2]
    # The bbox is 2 by 1 degrees at 49.5°N: about 144.6 km by 111.2 km, so about 16,080 km².
    total = sum(sum(roles.values()) for roles in day["area_km2"].values())
    assert total == pytest.approx(16080, rel=0.01)
    pocket = day["area_km2"]["west"]["pocket"]
    # A 0.12-degree "circle" is about 0.12*111.2 km north-south and 0.12*72.2 km east-west.
    assert pocket == pytest.approx(3.1 * (0.12 * 111.2) * (0.12 * 72.2), rel=0.05)
    assert stats[3]["area_km2"]["west"]["pocket"] < pocket
    assert day["front_km"] > 120
    assert day["formations_by_status"]["west"]["encircled"] == 1
    assert day["formations_by_status"]["east"]["engaged"] == 3


def test_places_are_geojson(client, sample_operation):
    body = client.get("/api/places/", {"operation": "sample"}).json()
    assert body["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in body["features"]}
    assert by_name["Eastville"]["properties"]["modern_name"] == "Skhidne"
    assert by_name["Sample river"]["geometry"]["type"] == "LineString"


def test_the_schema_is_openapi_3(client, sample_operation):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    assert "/api/operations/{slug}/situation/" in schema["paths"]


def test_the_api_is_browsable(client, sample_operation):
    response = client.get(f"{API}/sample/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and b"Sample operation" in response.content


def test_the_api_is_read_only(client, sample_operation):
    assert client.post(f"{API}/", {"slug": "x"}).status_code == 405
    assert client.delete(f"{API}/sample/").status_code == 405


def test_the_operation_page_passes_its_options_as_json(client, sample_operation):
    response = client.get("/operations/sample/")
    assert response.status_code == 200
    options = response.context["options"]
    assert options["timeline_url"] == "/api/operations/sample/timeline/"
    assert options["tile_layers"] == []
    assert client.get("/operations/nope/").status_code == 404


def test_stats_follow_a_reload(client, sample_operation, sample_copy, edit_features):
    before = client.get(f"{API}/sample/stats/").json()
    assert before[3]["area_km2"]["west"]["pocket"] > 0

    def drop_the_last_pocket(collection):
        collection["features"] = [
            f for f in collection["features"]
            if (f["properties"]["date"], f["properties"]["role"]) != ("1942-05-14", "pocket")]
    edit_features(sample_copy, "areas", drop_the_last_pocket)
    operation_load(data=read_operation(sample_copy))
    after = client.get(f"{API}/sample/stats/").json()
    assert after[3]["area_km2"]["west"]["pocket"] == 0
    assert after[2] == before[2]


def test_stats_claim_no_false_precision(client, kharkov_operation):
    """Areas to two significant figures, front lengths to whole kilometres."""
    from battlemap.selectors.statistics import significant

    assert [significant(v) for v in (1291.4, 133.2, 9.87, 0.0, 22643.0)] == [1300, 130, 9.9, 0, 23000]
    stats = client.get(f"{API}/kharkov-1942/stats/").json()
    for day in stats:
        assert isinstance(day["front_km"], int), day["date"]
        for roles in day["area_km2"].values():
            for value in roles.values():
                assert value == significant(value) and len(str(value).strip("0").replace(".", "")) <= 2, (day["date"], value)


def test_schema_documents_what_the_api_answers(client, sample_operation):
    """Errors, the stats' list and GeoJSON's media type are in the OpenAPI schema as they are sent."""
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    paths = schema["paths"]
    for path in ("/api/operations/{slug}/", "/api/operations/{slug}/situation/",
                 "/api/operations/{slug}/timeline/", "/api/operations/{slug}/stats/"):
        assert "404" in paths[path]["get"]["responses"], path
    situation = paths["/api/operations/{slug}/situation/"]["get"]["responses"]
    assert "400" in situation and "application/geo+json" in situation["200"]["content"]
    assert paths["/api/operations/{slug}/stats/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["type"] == "array"
    assert "application/geo+json" in paths["/api/places/"]["get"]["responses"]["200"]["content"]
    # And the answers are what the schema says.
    assert client.get(f"{API}/sample/situation/?date=1942-05-12")["Content-Type"] == "application/geo+json"
    assert isinstance(client.get(f"{API}/sample/stats/").json(), list)
    assert client.get(f"{API}/sample/situation/?date=nope").status_code == 400
