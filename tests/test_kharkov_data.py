"""Historian's checks on the Kharkov 1942 dataset (geodata/kharkov-1942).

Pure data tests: they read the files with json/csv/shapely and need no database. Each check is
parametrised per day (or per record) where that makes a failure say exactly what is wrong.
"""
import csv
import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pyproj import Geod
from shapely.geometry import Point, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "geodata" / "kharkov-1942"
MILSYMBOL = ROOT / "static" / "vendor" / "milsymbol" / "milsymbol.js"
DAYS = [(date(1942, 5, 11) + timedelta(days=i)).isoformat() for i in range(20)]
GEOD = Geod(ellps="WGS84")
# Overlap tolerance: 0.01 km² (a hundred metres square) is far below anything a map shows.
OVERLAP_KM2 = 0.01


def _features(name):
    return json.loads((DATA / name).read_text())["features"]


def _csv(name):
    with open(DATA / name, newline="") as fh:
        return list(csv.DictReader(fh))


def km2(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


OPERATION = json.loads((DATA / "operation.json").read_text())
SOURCES = {row["id"] for row in _csv("sources.csv")}
FORMATIONS = {row["id"]: row for row in _csv("formations.csv")}
AREAS = _features("areas.geojson")
POSITIONS = _features("positions.geojson")
MOVEMENTS = _features("movements.geojson")
EVENTS = _features("events.geojson")
PLACES = _features("places.geojson")


def _areas_on(day):
    return [(f["properties"], shape(f["geometry"])) for f in AREAS if f["properties"]["date"] == day]


def side_area(day, side):
    return unary_union([g for p, g in _areas_on(day) if p["side"] == side])


def place(name):
    for f in PLACES:
        if f["properties"]["name"] == name:
            return shape(f["geometry"])
    raise LookupError(name)


def _sources(value):
    if isinstance(value, list):
        return [v.strip() for v in value if v.strip()]
    return [v.strip() for v in (value or "").split(";") if v.strip()]


# ------------------------------------------------------------------ operation frame

def test_operation_dates_and_sides():
    assert OPERATION["slug"] == "kharkov-1942"
    assert OPERATION["start_date"] == "1942-05-11" and OPERATION["end_date"] == "1942-05-30"
    assert {s["slug"] for s in OPERATION["sides"]} == {"soviet", "axis"}


# ------------------------------------------------------------------ areas

@pytest.mark.parametrize("day", DAYS)
def test_every_day_has_a_complete_state(day):
    roles = {(p["side"], p["role"]) for p, g in _areas_on(day)}
    assert ("soviet", "held") in roles, f"{day}: no Soviet held area"
    assert ("axis", "held") in roles, f"{day}: no axis area"
    assert ("soviet", "salient") in roles or ("soviet", "pocket") in roles, \
        f"{day}: Soviet side has neither the salient nor the pocket"
    assert any(f["properties"]["date"] == day for f in POSITIONS), f"{day}: no positions"


@pytest.mark.parametrize("day", DAYS)
def test_sides_never_overlap(day):
    overlap = side_area(day, "soviet").intersection(side_area(day, "axis"))
    assert km2(overlap) < OVERLAP_KM2, f"{day}: soviet and axis areas overlap by {km2(overlap):.3f} km²"


@pytest.mark.parametrize("day", DAYS)
def test_areas_fill_the_map_frame(day):
    """The axis area is the complement of the Soviet one, so the front line is clean."""
    from shapely.geometry import box
    frame = box(*OPERATION["bbox"])
    gap = frame.difference(unary_union([side_area(day, "soviet"), side_area(day, "axis")]))
    assert km2(gap) < OVERLAP_KM2, f"{day}: {km2(gap):.3f} km² of the map belong to no side"


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("town", ["Kharkov", "Krasnograd", "Merefa"])
def test_german_held_towns(day, town):
    assert side_area(day, "axis").contains(place(town)), f"{day}: {town} is not inside the axis area"


def pocket_by_day():
    out = {}
    for day in DAYS:
        pockets = [g for p, g in _areas_on(day) if p["role"] == "pocket"]
        if pockets:
            out[day] = unary_union(pockets)
    return out


def test_pocket_forms_on_22_or_23_may_and_lasts_to_the_end():
    days = sorted(pocket_by_day())
    assert days, "no pocket at all"
    assert days[0] in ("1942-05-22", "1942-05-23"), f"pocket first appears on {days[0]}"
    assert days == DAYS[DAYS.index(days[0]):], "pocket missing on some day after it formed"


def test_salient_stands_until_the_pocket_forms():
    pocket_days = sorted(pocket_by_day())
    for day in DAYS[:DAYS.index(pocket_days[0])]:
        assert any(p["role"] == "salient" and p["side"] == "soviet" for p, g in _areas_on(day)), day


@pytest.mark.parametrize("day", DAYS[1:])
def test_pocket_never_grows(day):
    pockets = pocket_by_day()
    previous = DAYS[DAYS.index(day) - 1]
    if previous in pockets:
        assert day in pockets, f"the pocket vanishes on {day} before the operation ends"
    if day not in pockets or previous not in pockets:
        pytest.skip("the pocket has not formed yet")
    assert km2(pockets[day]) <= km2(pockets[previous]) + 1e-6, \
        f"pocket grows from {km2(pockets[previous]):.0f} to {km2(pockets[day]):.0f} km² on {day}"
    outside = pockets[day].difference(pockets[previous])
    assert km2(outside) < OVERLAP_KM2, f"{day}: pocket spreads {km2(outside):.2f} km² outside yesterday's"


def test_pocket_is_separate_from_the_soviet_front():
    for day, pocket in pocket_by_day().items():
        held = unary_union([g for p, g in _areas_on(day) if p["side"] == "soviet" and p["role"] == "held"])
        assert pocket.distance(held) > 0.01, f"{day}: the pocket touches the Soviet held area"


def test_salient_lies_west_of_the_donets_between_balakleya_and_izyum():
    salient = unary_union([g for p, g in _areas_on("1942-05-11") if p["role"] == "salient"])
    for town in ("Barvenkovo", "Lozovaya"):
        assert salient.contains(place(town)), f"11 May: {town} should be inside the bulge"
    for town in ("Krasnograd", "Balakleya", "Slavyansk"):
        assert not salient.contains(place(town)), f"11 May: {town} should be outside the bulge"
    assert 7000 < km2(salient) < 20000, f"bulge of {km2(salient):.0f} km² is implausible"


def test_the_southern_group_reaches_the_orel_on_12_may_not_before():
    """The salient's west face stands east of the Orel's traced course on 11 May and on it on 12 May."""
    orel = place("Orel")
    upper_orel = orel.intersection(shape({"type": "Polygon", "coordinates": [[
        [35.9, 49.05], [36.2, 49.05], [36.2, 49.44], [35.9, 49.44], [35.9, 49.05]]]}))
    salient_11 = unary_union([g for p, g in _areas_on("1942-05-11") if p["role"] == "salient"])
    salient_12 = unary_union([g for p, g in _areas_on("1942-05-12") if p["role"] == "salient"])
    assert salient_11.intersection(upper_orel).length < 0.01, "the 11 May bulge already reaches over the Orel"
    assert salient_12.buffer(0.01).contains(upper_orel), "on 12 May the bulge reaches the Orel"


def _west_of_the_upper_orel():
    """The ground west of the Orel's traced course from its source (Efremovka) down to Orelka, where
    it turns west: the river's line closed a degree of longitude to the west."""
    orel = place("Orel")
    source, orelka = orel.coords[0], place("Orelka")
    course = [xy for xy in orel.coords if xy[1] >= orelka.y - 1e-6]
    return shape({"type": "Polygon", "coordinates": [[
        *course, (course[-1][0] - 1, course[-1][1]), (source[0] - 1, source[1]), course[0]]]})


# Half a square kilometre: a strip 10 m wide along the 50 km of river, the width of a drawn line.
ON_THE_RIVER_KM2 = 0.5


@pytest.mark.parametrize("day", ["1942-05-22", "1942-05-23", "1942-05-24"])
def test_the_pocket_keeps_east_of_the_orel(day):
    """Issue #26: the ring of 22-24 May held no ground over the Orel (Kostenko's line of 24 May ended on
    it); its west face is the river's traced course, not 4-10 km beyond it."""
    pocket = pocket_by_day()[day]
    over = pocket.intersection(_west_of_the_upper_orel())
    assert km2(over) < ON_THE_RIVER_KM2, f"{day}: the pocket holds {km2(over):.0f} km² west of the Orel"
    assert pocket.distance(place("Efremovka")) < 0.01, f"{day}: the west face leaves the river at its source"


def test_barvenkovo_lost_on_18_may():
    assert side_area("1942-05-17", "soviet").contains(place("Barvenkovo"))
    assert side_area("1942-05-18", "axis").contains(place("Barvenkovo"))


def test_late_pocket_lies_on_the_bereka_near_lozovenka():
    pocket = pocket_by_day()["1942-05-26"]
    assert pocket.distance(place("Lozovenka")) < 0.05
    assert km2(pocket) < 1000


# English Wikipedia, "Second Battle of Kharkov", section "Soviet encirclement" (read 2026-12-08): by
# 26 May the survivors were forced into "roughly fifteen square kilometers".
POCKET_26_MAY_KM2 = 15


def test_pocket_of_26_may_is_the_published_fifteen_square_kilometres():
    area = km2(pocket_by_day()["1942-05-26"])
    assert POCKET_26_MAY_KM2 * 0.6 <= area <= POCKET_26_MAY_KM2 * 1.5, f"26 May pocket of {area:.0f} km²"
    cited = [p for p, g in _areas_on("1942-05-26") if p["role"] == "pocket"][0]
    assert "wikipedia-2kharkov" in cited["citations"] and "fifteen" in cited["citations"]
    assert cited["basis"] == "inferred" and "judgement" in cited["note"], "where it lay is the authors' judgement"


def test_the_fall_of_25_may_is_explained_not_interpolated_blindly():
    pocket = [p for p, g in _areas_on("1942-05-25") if p["role"] == "pocket"][0]
    assert pocket["basis"] == "inferred" and "No source read here gives the ground held on 25 May" in pocket["note"]
    pockets = pocket_by_day()
    for name in ("Mikhailovka", "Krutoyarka"):
        assert pockets["1942-05-25"].contains(place(name)), f"{name} is taken on 26 May, so the pocket holds it on the 25th"
        assert not pockets["1942-05-26"].contains(place(name)), f"{name} is lost on 26 May"


# ------------------------------------------------------------------ positions

def _position_ids():
    return [f"{f['properties']['formation']}@{f['properties']['date']}" for f in POSITIONS]


@pytest.mark.parametrize("feature", POSITIONS, ids=_position_ids())
def test_positions_in_own_ground(feature):
    p = feature["properties"]
    if p["status"] in ("encircled", "destroyed"):
        pytest.skip(f"{p['status']}: an encircled or destroyed unit stands in the pocket, not its side's "
                    "ground (test_encircled_soviet_units_are_in_the_pocket checks it)")
    side = FORMATIONS[p["formation"]]["side"]
    assert side_area(p["date"], side).contains(shape(feature["geometry"])), \
        f"{p['formation']} ({p['status']}) stands outside {side} ground on {p['date']}"


def test_encircled_soviet_units_are_in_the_pocket():
    pockets = pocket_by_day()
    for f in POSITIONS:
        p = f["properties"]
        if p["status"] == "encircled" and FORMATIONS[p["formation"]]["side"] == "soviet":
            assert p["date"] in pockets and pockets[p["date"]].contains(shape(f["geometry"])), \
                f"{p['formation']} encircled outside the pocket on {p['date']}"


def test_one_position_per_formation_per_day():
    seen = set()
    for f in POSITIONS:
        key = (f["properties"]["formation"], f["properties"]["date"])
        assert key not in seen, f"duplicate position {key}"
        seen.add(key)


def test_pocket_armies_are_encircled_then_destroyed():
    for fid in ("sov-6a", "sov-57a", "sov-agb"):
        track = sorted((f["properties"]["date"], f["properties"]["status"]) for f in POSITIONS
                       if f["properties"]["formation"] == fid)
        statuses = [s for d, s in track]
        assert "encircled" in statuses and statuses[-1] == "destroyed", f"{fid}: {track}"
        first_encircled = track[statuses.index("encircled")][0]
        assert first_encircled in ("1942-05-22", "1942-05-23"), f"{fid} encircled from {first_encircled}"


def test_no_soviet_formation_is_withdrawn_while_west_of_the_donets():
    """Issue #26: the 23rd Tank Corps was 'withdrawn' while still west of the Donets. A formation
    withdrawn from the battle stands in the Soviet ground east of the river (`held`), not in the
    bulge or the pocket; one falling back inside the bulge is moving or engaged."""
    for f in POSITIONS:
        p = f["properties"]
        if p["status"] == "withdrawn" and FORMATIONS[p["formation"]]["side"] == "soviet":
            held = unary_union([g for q, g in _areas_on(p["date"]) if q["side"] == "soviet" and q["role"] == "held"])
            assert held.contains(shape(f["geometry"])), f"{p['formation']} withdrawn on {p['date']} west of the Donets"


def _track_km(fid):
    track = sorted((f["properties"]["date"], shape(f["geometry"])) for f in POSITIONS if f["properties"]["formation"] == fid)
    return [(day, GEOD.inv(a.x, a.y, b.x, b.y)[2] / 1000) for (_, a), (day, b) in zip(track, track[1:])]


def test_the_125th_infantry_marches_at_a_foot_soldiers_pace():
    """Issue #26: it moved 79 km and then 55 km in a day on foot; rules.DAILY_KM_BY_BRANCH allows 35."""
    from geodata.rules import DAILY_KM_BY_BRANCH

    assert FORMATIONS["axis-125id"]["branch"] == "infantry"
    fastest = max(_track_km("axis-125id"), key=lambda item: item[1])
    assert fastest[1] <= DAILY_KM_BY_BRANCH["infantry"], f"the 125th moves {fastest[1]:.0f} km on {fastest[0]}"


def test_group_barbo_is_drawn_brigade_sized():
    """Issue #26: Raggruppamento Barbò was of brigade size; its symbol carried a division's echelon."""
    barbo = FORMATIONS["axis-barbo"]
    assert barbo["sidc"][11] == "H", f"echelon mark {barbo['sidc'][11]!r}, not a brigade's"
    assert "Italian" in barbo["name"] and "brigade size" in barbo["note"]


def _movement(key):
    return next(f for f in MOVEMENTS if f["properties"].get("id") == key)


def _crossings(line, river):
    crossing = line.intersection(place(river))
    return 0 if crossing.is_empty else len(getattr(crossing, "geoms", [crossing]))


def test_the_21st_tank_corps_strikes_back_at_protopopovka_on_the_west_bank():
    """Issue #26: the arrow crossed the Donets twice and ended 16 km past the village."""
    arrow = shape(_movement("m-21tc-counter")["geometry"])
    end, village = arrow.coords[-1], place("Protopopovka")
    assert GEOD.inv(*end, village.x, village.y)[2] / 1000 <= 5, "the counter-attack ends off Protopopovka"
    assert _crossings(arrow, "Seversky Donets") == 0, "the counter-attack crosses the Donets"


@pytest.mark.parametrize("key", ["m-3mk-pincer", "m-14pd-linkup", "m-44k-izyum"])
def test_kleists_pincer_keeps_to_the_west_bank(key):
    """Issue #26: Kleist's arrows each crossed the Donets twice, though he advanced along its west bank."""
    assert _crossings(shape(_movement(key)["geometry"]), "Seversky Donets") == 0, f"{key} crosses the Donets"


# ------------------------------------------------------------------ movements

@pytest.mark.parametrize("feature", MOVEMENTS, ids=[f["properties"].get("id") or str(i) for i, f in enumerate(MOVEMENTS)])
def test_movements_start_in_own_ground(feature):
    p = feature["properties"]
    start = Point(feature["geometry"]["coordinates"][0])
    assert side_area(p["start_date"], p["side"]).contains(start), \
        f"{p.get('id')}: starts outside {p['side']} ground on {p['start_date']}"
    assert p["start_date"] <= p["end_date"]


def test_key_movements_present():
    kinds = {(f["properties"]["side"], f["properties"]["kind"]) for f in MOVEMENTS}
    for needed in [("soviet", "attack"), ("axis", "counterattack"), ("axis", "encirclement"),
                   ("soviet", "breakout"), ("soviet", "relief")]:
        assert needed in kinds, needed


# ------------------------------------------------------------------ sources and certainty

RECORDS = ([("formations.csv", r["id"], r["sources"]) for r in FORMATIONS.values()]
           + [("positions", f"{f['properties']['formation']}@{f['properties']['date']}", f["properties"]["sources"]) for f in POSITIONS]
           + [("areas", f"{f['properties']['date']}/{f['properties']['side']}/{f['properties']['role']}", f["properties"]["sources"]) for f in AREAS]
           + [("movements", f["properties"].get("id"), f["properties"]["sources"]) for f in MOVEMENTS]
           + [("events", f["properties"].get("id"), f["properties"]["sources"]) for f in EVENTS])


# How each record is known (issue #26): a stated record cites a work; derived and inferred ones
# may cite none (the loader checks their derived_from and note).
BASES = {("formations.csv", r["id"]): r.get("basis") or "stated" for r in FORMATIONS.values()}
BASES.update({(layer, key): basis for layer, key, basis in (
    [("positions", f"{f['properties']['formation']}@{f['properties']['date']}", f["properties"].get("basis")) for f in POSITIONS]
    + [("areas", f"{f['properties']['date']}/{f['properties']['side']}/{f['properties']['role']}", f["properties"].get("basis")) for f in AREAS]
    + [("movements", f["properties"].get("id"), f["properties"].get("basis")) for f in MOVEMENTS]
    + [("events", f["properties"].get("id"), f["properties"].get("basis")) for f in EVENTS])})


@pytest.mark.parametrize("layer,key,sources", RECORDS, ids=[f"{l}:{k}" for l, k, s in RECORDS])
def test_every_record_cites_a_known_source(layer, key, sources):
    keys = _sources(sources)
    assert keys or (BASES[(layer, key)] or "stated") != "stated", f"{layer} {key}: stated, and cites no source"
    unknown = [k for k in keys if k not in SOURCES]
    assert not unknown, f"{layer} {key}: unknown source(s) {unknown}"


def test_certainty_values():
    for f in AREAS + POSITIONS + MOVEMENTS + EVENTS + PLACES:
        assert f["properties"].get("certainty", "certain") in ("certain", "probable", "approximate")


def test_disputed_link_up_recorded_both_ways():
    dated = {f["properties"]["date"] for f in EVENTS if "ring" in (f["properties"].get("id") or "")}
    assert {"1942-05-22", "1942-05-23"} <= dated
    first_pocket = [f for f in AREAS if f["properties"]["role"] == "pocket"
                    and f["properties"]["date"] == min(pocket_by_day())][0]["properties"]
    assert first_pocket["certainty"] != "certain" and "23 May" in first_pocket["note"]


@pytest.mark.parametrize("key", ["e-stalin-refuses-1", "e-stalin-refuses-2"])
def test_the_refusals_to_halt_own_their_dispute(key):
    """Issue #26: "Stalin refuses a withdrawal" read as fact while its note called it contested."""
    event = next(f["properties"] for f in EVENTS if f["properties"]["id"] == key)
    assert "contested" in event["note"].lower()
    assert "contested" in event["title"].lower() and "Stalin" not in event["title"], event["title"]
    assert event["certainty"] != "certain"


@pytest.mark.parametrize("feature", EVENTS, ids=[f["properties"]["id"] for f in EVENTS])
def test_events_within_operation(feature):
    p = feature["properties"]
    assert OPERATION["start_date"] <= p["date"] <= OPERATION["end_date"]
    assert p.get("importance", 1) in (1, 2, 3)
    assert p["title"] and p["text"]


def test_headline_figures_present():
    text = " ".join(f["properties"]["text"] for f in EVENTS) + OPERATION["summary"]
    for figure in ("250,000", "7,700", "15,648", "20,000"):
        assert figure in text, figure


# ------------------------------------------------------------------ formations and symbols

def test_enough_formations_and_hierarchy():
    assert len(FORMATIONS) >= 40
    for row in FORMATIONS.values():
        assert row["side"] in ("soviet", "axis")
        assert not row["parent"] or row["parent"] in FORMATIONS, row["id"]
        assert not row["parent"] or FORMATIONS[row["parent"]]["side"] == row["side"], row["id"]


def test_the_454th_security_division_is_in_the_order_of_battle_on_its_source():
    """Bagramyan has the 6th Army break its units on 12 May; the data shows it only as far as that source goes."""
    division = FORMATIONS["axis-454sd"]
    assert division["side"] == "axis" and "bagramyan1977" in division["sources"].split(";")
    days = sorted(f["properties"]["date"] for f in POSITIONS if f["properties"]["formation"] == "axis-454sd")
    assert days == ["1942-05-11", "1942-05-12"]
    assert all("bagramyan1977" in f["properties"]["sources"] for f in POSITIONS
               if f["properties"]["formation"] == "axis-454sd")


ECHELON_LETTER = {"front": "L", "army_group": "L", "army": "K", "corps": "J", "division": "I",
                  "brigade": "H", "regiment": "G"}
BRANCH_FUNCTION = {"infantry": "UCI---", "armour": "UCA---", "motorised": "UCIM--", "cavalry": "UCRH--",
                   "mountain": "UCIO--", "light": "UCIL--", "air": "UCVF--", "headquarters": "U-----"}


@pytest.mark.parametrize("fid", sorted(FORMATIONS))
def test_sidc_matches_side_branch_and_echelon(fid):
    row = FORMATIONS[fid]
    code = row["sidc"]
    assert len(code) == 15, code
    assert code[1] == ("F" if row["side"] == "soviet" else "H"), f"{fid}: affiliation letter in {code}"
    assert code[2:4] == "GP"
    assert code[4:10] == BRANCH_FUNCTION[row["branch"]], f"{fid}: function id {code[4:10]} for {row['branch']}"
    if row["echelon"] in ECHELON_LETTER:
        assert code[11] == ECHELON_LETTER[row["echelon"]], f"{fid}: echelon letter {code[11]}"


def test_sidcs_valid_in_milsymbol():
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed: cannot run milsymbol to validate the SIDCs")
    codes = sorted({row["sidc"] for row in FORMATIONS.values()})
    script = (
        "const ms=require(process.argv[1]);"
        "const out={};"
        "for (const c of JSON.parse(process.argv[2])) {"
        " const s=new ms.Symbol(c); const m=s.getMetadata();"
        " out[c]={valid:s.isValid(), echelon:m.echelon, functionid:m.functionid, affiliation:m.affiliation}; }"
        "console.log(JSON.stringify(out));"
    )
    result = subprocess.run([node, "-e", script, str(MILSYMBOL), json.dumps(codes)],
                            capture_output=True, text=True, check=True, timeout=60)
    report = json.loads(result.stdout)
    for code, info in report.items():
        assert info["valid"], f"{code} is not a valid milsymbol SIDC"
        assert info["echelon"], f"{code}: milsymbol sees no echelon"
        assert info["functionid"] == code[4:10], f"{code}: milsymbol renders function {info['functionid']}"
        assert info["affiliation"] == ("Friend" if code[1] == "F" else "Hostile"), code


# ------------------------------------------------------------------ gazetteer

def test_enough_places_with_modern_names():
    assert len(PLACES) >= 50
    towns = [f for f in PLACES if f["geometry"]["type"] == "Point"]
    assert all(f["properties"].get("modern_name") for f in towns)


@pytest.mark.parametrize("river", ["Seversky Donets", "Bereka", "Oskol", "Orel", "Udy", "Mzha", "Samara"])
def test_rivers_are_lines(river):
    geom = place(river)
    assert geom.geom_type in ("LineString", "MultiLineString"), river
    assert len(geom.coords) >= 5, f"{river} has too few vertices to read as a river"




def test_railways_present():
    assert sum(1 for f in PLACES if f["properties"]["kind"] == "railway") >= 5


def test_geography_sanity():
    # Krasnograd lies west of the bulge, Merefa south-west of Kharkov.
    salient = unary_union([g for p, g in _areas_on("1942-05-11") if p["role"] == "salient"])
    assert place("Krasnograd").x < salient.bounds[0]
    assert place("Merefa").x < place("Kharkov").x and place("Merefa").y < place("Kharkov").y
