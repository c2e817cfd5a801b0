"""The ground of the Belgorod-Kharkov 1943 dataset: rivers through their towns, places identified or marked approximate."""
import re

import pytest
from shapely.geometry import Point, shape

from tests.operation_files import OperationFiles, distance_km
from tools.belgorod_kharkov_1943.anchors import TOWNS_ON_RIVERS

OP = OperationFiles("belgorod-kharkov-1943")
PLACES = OP.features("places")
RIVER_TOLERANCE_KM = 1.0
SETTLEMENTS = [f for f in PLACES if f["properties"]["kind"] in ("city", "town", "village")]
GAZETTEER_ID = re.compile(r"^(geonames:\d+|wikidata:Q\d+|katottg:UA\d{17})$")


@pytest.mark.parametrize("river,town", TOWNS_ON_RIVERS, ids=[f"{r}-{t}" for r, t in TOWNS_ON_RIVERS])
def test_town_stands_on_its_river(river, town):
    gap = distance_km(OP.place(river), OP.place(town))
    assert gap <= RIVER_TOLERANCE_KM, f"{river} passes {gap:.1f} km from {town}"


def test_akhtyrka_stands_near_but_off_the_vorskla():
    gap = distance_km(OP.place("Vorskla"), OP.place("Akhtyrka"))
    assert gap <= 8, f"the Vorskla passes {gap:.1f} km from Akhtyrka"


@pytest.mark.parametrize("feature", SETTLEMENTS, ids=[f["properties"]["name"] for f in SETTLEMENTS])
def test_settlement_is_identified_or_says_why_not(feature):
    p = feature["properties"]
    assert p["modern_name"], f"{p['name']}: no modern name"
    if p.get("gazetteer_id"):
        assert GAZETTEER_ID.match(p["gazetteer_id"]), p["gazetteer_id"]
    else:
        assert p["certainty"] == "approximate" and "not identified in a gazetteer" in p["note"].lower(), p["name"]


@pytest.mark.parametrize("feature", [f for f in PLACES if f["properties"]["kind"] == "river"],
                         ids=[f["properties"]["name"] for f in PLACES if f["properties"]["kind"] == "river"])
def test_rivers_are_lines_with_a_course(feature):
    geom = shape(feature["geometry"])
    assert geom.geom_type == "LineString" and len(geom.coords) >= 5, feature["properties"]["name"]


@pytest.mark.parametrize("town", ["Kharkov", "Belgorod", "Zolochev", "Lyubotin", "Merefa", "Chuguev"])
def test_towns_shared_with_1942_stand_where_1942_puts_them(town):
    other = OperationFiles("kharkov-1942")
    here, there = OP.place(town), other.place(town)
    from tests.operation_files import GEOD
    gap = GEOD.inv(here.x, here.y, there.x, there.y)[2] / 1000
    assert gap <= 3, f"{town} is {gap:.1f} km from its 1942 position"


# (day, river, the river's vertices the sources put the front on)
FRONT_ON_RIVER = [
    ("1943-08-03", "Seversky Donets", [(36.83, 50.35), (36.785, 50.072), (36.687, 49.835), (36.362, 49.697)]),
    ("1943-08-11", "Seversky Donets", [(36.45, 49.74), (36.362, 49.697), (36.626, 49.535)]),
    ("1943-08-15", "Merla", [(35.241, 50.096), (35.4, 50.11)]),
    ("1943-08-17", "Merla", [(35.241, 50.096), (35.4, 50.11)]),
]


@pytest.mark.parametrize("day,river,stretch", FRONT_ON_RIVER, ids=[f"{d}-{r}" for d, r, s in FRONT_ON_RIVER])
def test_front_follows_the_river_where_the_sources_put_it(day, river, stretch):
    from shapely.geometry import Point
    edge = OP.side_area(day, "soviet").boundary
    course = OP.place(river)
    for lon, lat in stretch:
        point = Point(lon, lat)
        assert distance_km(course, point) <= 0.1, f"{river} does not pass {lon}, {lat}"
        gap = distance_km(edge, point)
        assert gap <= RIVER_TOLERANCE_KM, f"{day}: the front is {gap:.1f} km off the {river} at {lon}, {lat}"


# Issue #26: the 1943 data drew no railway, though the cutting of the Kharkov-Poltava line at Kovyagi on
# 11 August is a key moment. Each line passes the stations named for it within RAILWAY_TOLERANCE_KM.
RAILWAY_TOLERANCE_KM = 0.5
RAILWAY_STATIONS = {
    "Kharkov-Lyubotin-Poltava railway": ("Kharkov", "Korotich", "Lyubotin", "Kovyagi", "Poltava"),
    "Kharkov-Belgorod railway": ("Kharkov", "Belgorod"),
    "Kharkov-Merefa-Lozovaya railway": ("Kharkov", "Merefa"),
    "Kharkov-Chuguev-Kupyansk railway": ("Kharkov", "Chuguev"),
}


@pytest.mark.parametrize("railway,town", [(r, t) for r, towns in RAILWAY_STATIONS.items() for t in towns],
                         ids=[f"{r}-{t}" for r, towns in RAILWAY_STATIONS.items() for t in towns])
def test_railway_passes_its_stations(railway, town):
    gap = distance_km(OP.place(railway), OP.place(town))
    assert gap <= RAILWAY_TOLERANCE_KM, f"the {railway} passes {gap:.1f} km from {town}"


# The Kharkov-Belgorod line's stations that are no place of the data, at their GeoNames points (cities500).
KHARKOV_BELGOROD_STATIONS = [
    ("Dergachi", 36.1209, 50.1079), ("Slatino", 36.1538, 50.2104), ("Prudyanka", 36.1684, 50.2361),
    ("Tsupovka", 36.1817, 50.2700), ("Kazachya Lopan", 36.1982, 50.3321),
]


@pytest.mark.parametrize("station,lon,lat", KHARKOV_BELGOROD_STATIONS, ids=[s[0] for s in KHARKOV_BELGOROD_STATIONS])
def test_kharkov_belgorod_railway_passes_its_stations(station, lon, lat):
    gap = distance_km(OP.place("Kharkov-Belgorod railway"), Point(lon, lat))
    assert gap <= RAILWAY_TOLERANCE_KM, f"the Kharkov-Belgorod railway passes {gap:.1f} km from {station}"


def test_kharkov_belgorod_railway_is_the_same_line_as_in_1942():
    line_1942 = OperationFiles("kharkov-1942").place("Kharkov-Belgorod railway")
    assert OP.place("Kharkov-Belgorod railway").hausdorff_distance(line_1942) < 0.001, "the two operations' lines differ"


def test_railways_say_how_they_are_known():
    railways = [f["properties"] for f in PLACES if f["properties"]["kind"] == "railway"]
    assert {p["name"] for p in railways} >= set(RAILWAY_STATIONS)
    for p in railways:
        assert p["basis"] == "derived" and "traced through" in p["derived_from"], p["name"]
        assert p["certainty"] == "approximate", p["name"]


def test_one_gazetteer_id_stands_at_one_point_in_both_operations():
    """Issue #26: Kharkov stood at two points 3 km apart under one GeoNames id."""
    from shapely.geometry import shape as to_shape

    from tests.operation_files import OperationFiles as Files

    points = {}
    for operation in ("kharkov-1942", "belgorod-kharkov-1943"):
        for feature in Files(operation).features("places"):
            gazetteer_id = feature["properties"].get("gazetteer_id")
            if gazetteer_id and feature["geometry"]["type"] == "Point":
                points.setdefault(gazetteer_id, []).append((operation, to_shape(feature["geometry"])))
    shared = {key: found for key, found in points.items() if len({op for op, _ in found}) > 1}
    assert "geonames:706483" in shared, "Kharkov is not in both operations under its GeoNames id"
    for key, found in shared.items():
        first = found[0][1]
        for operation, point in found[1:]:
            assert point.distance(first) < 1e-6, f"{key} stands at two points ({operation})"


def test_the_donets_agrees_with_world_data_bank_ii():
    """Issue #26's independent check, as for 1942 (tests/test_kharkov_geography.py): the Donets within
    8 km of World Data Bank II's course (geodata/region), whose own resolution is some km."""
    import json
    from pathlib import Path

    from shapely.ops import unary_union

    region = Path(__file__).resolve().parent.parent / "geodata" / "region" / "rivers.geojson"
    if not region.exists():
        pytest.skip("geodata/region/rivers.geojson is not there")
    wdb2 = unary_union([shape(f["geometry"]) for f in json.loads(region.read_text())["features"]
                        if "World Data Bank II" in (f["properties"].get("source") or "")])
    line = OP.place("Seversky Donets")
    gaps = [distance_km(wdb2, line.interpolate(i / 200, normalized=True)) for i in range(201)]
    assert max(gaps) <= 8.0, f"the Donets runs {max(gaps):.1f} km from World Data Bank II's"
