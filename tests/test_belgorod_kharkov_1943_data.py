"""Historian's checks on the Belgorod-Kharkov 1943 dataset (geodata/belgorod-kharkov-1943): sides, holders, positions."""
import pytest
from shapely.geometry import Point, box
from shapely.ops import unary_union

from tests.operation_files import OperationFiles, km2

OP = OperationFiles("belgorod-kharkov-1943")
DAYS = OP.days
POSITIONS = OP.features("positions")
MOVEMENTS = OP.features("movements")
# Overlap tolerance: 0.01 km² (a hundred metres square) is far below anything a map shows.
OVERLAP_KM2 = 0.01


def test_operation_frame():
    assert OP.operation["slug"] == "belgorod-kharkov-1943"
    assert (OP.operation["start_date"], OP.operation["end_date"]) == ("1943-08-03", "1943-08-23")
    assert {s["slug"] for s in OP.operation["sides"]} == {"soviet", "axis"}


def test_summary_contrasts_the_broad_front_with_1942():
    summary = OP.operation["summary"].lower()
    for phrase in ("broad-front", "river line", "1942", "double envelopment"):
        assert phrase in summary, f"the summary does not mention {phrase!r}"


@pytest.mark.parametrize("day", DAYS)
def test_every_day_has_both_sides_and_positions(day):
    sides = {p["side"] for p, g in OP.areas_on(day)}
    assert sides == {"soviet", "axis"}, f"{day}: areas for {sorted(sides)}"
    assert any(f["properties"]["date"] == day for f in POSITIONS), f"{day}: no positions"


@pytest.mark.parametrize("day", DAYS)
def test_sides_never_overlap(day):
    overlap = OP.side_area(day, "soviet").intersection(OP.side_area(day, "axis"))
    assert km2(overlap) < OVERLAP_KM2, f"{day}: soviet and axis areas overlap by {km2(overlap):.3f} km²"


@pytest.mark.parametrize("day", DAYS)
def test_areas_fill_the_map_frame(day):
    frame = box(*OP.operation["bbox"])
    gap = frame.difference(unary_union([OP.side_area(day, "soviet"), OP.side_area(day, "axis")]))
    assert km2(gap) < OVERLAP_KM2, f"{day}: {km2(gap):.3f} km² of the map belong to no side"


@pytest.mark.parametrize("day", DAYS[1:])
def test_soviet_ground_never_shrinks_much(day):
    """A broad-front advance: counter-attacks dent the Soviet ground, they do not roll it back."""
    before = km2(OP.side_area(DAYS[DAYS.index(day) - 1], "soviet"))
    after = km2(OP.side_area(day, "soviet"))
    assert after >= before * 0.97, f"{day}: Soviet ground falls from {before:.0f} to {after:.0f} km²"


def test_soviet_ground_grows_over_the_operation():
    gain = km2(OP.side_area(DAYS[-1], "soviet")) - km2(OP.side_area(DAYS[0], "soviet"))
    assert gain > 10000, f"only {gain:.0f} km² won in three weeks"


def test_no_pocket_on_either_side():
    for day in DAYS:
        for side in ("soviet", "axis"):
            ground = OP.side_area(day, side)
            parts = getattr(ground, "geoms", [ground])
            assert len(parts) == 1, f"{day}: {side} ground falls in {len(parts)} pieces"


# (town, first day in Soviet hands): the dates the sources give; German on every day before.
HOLDERS = [
    ("Belgorod", "1943-08-05"),
    ("Tomarovka", "1943-08-05"),
    ("Graivoron", "1943-08-07"),
    ("Zolochev", "1943-08-07"),
    ("Bogodukhov", "1943-08-07"),
    ("Kharkov", "1943-08-23"),
]


@pytest.mark.parametrize("town,liberated", HOLDERS, ids=[t for t, d in HOLDERS])
@pytest.mark.parametrize("day", DAYS)
def test_who_held_the_town(town, liberated, day):
    side = "soviet" if day >= liberated else "axis"
    assert OP.side_area(day, side).contains(OP.place(town)), f"{day}: {town} should be {side} (liberated {liberated})"


@pytest.mark.parametrize("day", DAYS)
def test_akhtyrka_stays_german(day):
    """Akhtyrka was retaken only on 25 August, after the operation's end."""
    assert OP.side_area(day, "axis").contains(OP.place("Akhtyrka")), f"{day}: Akhtyrka is not German"


@pytest.mark.parametrize("town", ["Lyubotin", "Merefa", "Valki"])
def test_towns_beyond_kharkov_still_german_on_23_august(town):
    assert OP.side_area("1943-08-23", "axis").contains(OP.place(town)), town


def test_kharkov_enveloped_on_22_august():
    """Soviet ground north, east and west of the city; the way out to Merefa still German."""
    soviet, kharkov = OP.side_area("1943-08-22", "soviet"), OP.place("Kharkov")
    for dx, dy, where in ((0, 0.1, "north"), (0.15, 0, "east"), (-0.2, 0.02, "west")):
        assert soviet.contains(Point(kharkov.x + dx, kharkov.y + dy)), f"22 August: no Soviet ground {where} of Kharkov"
    assert OP.side_area("1943-08-22", "axis").contains(OP.place("Merefa"))


def _position_ids():
    return [f"{f['properties']['formation']}@{f['properties']['date']}" for f in POSITIONS]


@pytest.mark.parametrize("feature", POSITIONS, ids=_position_ids())
def test_positions_in_own_ground(feature):
    p = feature["properties"]
    side = OP.formations[p["formation"]]["side"]
    assert OP.side_area(p["date"], side).contains(Point(feature["geometry"]["coordinates"])), \
        f"{p['formation']} stands outside {side} ground on {p['date']}"


def test_one_position_per_formation_per_day():
    keys = [(f["properties"]["formation"], f["properties"]["date"]) for f in POSITIONS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("feature", MOVEMENTS, ids=[f["properties"]["id"] for f in MOVEMENTS])
def test_movements_start_in_own_ground(feature):
    p = feature["properties"]
    start = Point(feature["geometry"]["coordinates"][0])
    assert p["start_date"] <= p["end_date"]
    assert OP.side_area(p["start_date"], p["side"]).contains(start), \
        f"{p['id']}: starts outside {p['side']} ground on {p['start_date']}"


def test_the_required_movements_are_there():
    ids = {f["properties"]["id"] for f in MOVEMENTS}
    for needed in ("m-breakthrough", "m-1ta-bogodukhov", "m-right-wing", "m-cs-bogodukhov", "m-cs-akhtyrka", "m-5gta-west"):
        assert needed in ids, needed


def test_required_formations():
    names = {row["name"] for row in OP.formations.values()}
    for needed in ("Voronezh Front", "Steppe Front", "1st Tank Army", "5th Guards Tank Army", "4th Panzer Army",
                   "Armeeabteilung Kempf", "Grossdeutschland"):
        assert needed in names, needed
    for row in OP.formations.values():
        assert not row["parent"] or OP.formations[row["parent"]]["side"] == row["side"], row["id"]


# Issue #26: at least 40 formations, armies, corps and the main divisions on both sides, each on a
# passage read where one names it.
MIN_FORMATIONS = 40


def test_the_order_of_battle_has_the_depth_issue_26_asks_for():
    rows = list(OP.formations.values())
    assert len(rows) >= MIN_FORMATIONS, f"only {len(rows)} formations"
    by_echelon = {}
    for row in rows:
        by_echelon.setdefault((row["side"], row["echelon"]), []).append(row["id"])
    for side in ("soviet", "axis"):
        assert len(by_echelon.get((side, "corps"), [])) >= 3, f"{side}: too few corps"
    german_infantry = [r for r in rows if r["side"] == "axis" and r["echelon"] == "division" and r["branch"] == "infantry"]
    assert len(german_infantry) >= 6, "the German infantry divisions that held Belgorod and Kharkov are missing"
    stated = [r for r in rows if r["basis"] == "stated"]
    assert len(stated) >= len(rows) // 2, f"only {len(stated)} of {len(rows)} formations rest on a passage read"


def test_corps_drawn_with_their_army_are_derived_from_it():
    from tools.belgorod_kharkov_1943.orbat import CORPS_OF_ARMY

    for corps, (army, *_) in CORPS_OF_ARMY.items():
        positions = [f["properties"] for f in POSITIONS if f["properties"]["formation"] == corps]
        assert positions, corps
        assert all(p["basis"] == "derived" and OP.formations[army]["name"] in p["derived_from"] for p in positions), corps
        assert OP.formations[corps]["parent"] == army


def test_key_moments_in_the_shared_format():
    moments = OP.features("key_moments")
    assert 8 <= len(moments) <= 10
    ids = [m["properties"]["id"] for m in moments]
    assert len(ids) == len(set(ids))
    allowed_layers = {"areas", "fronts", "positions", "movements", "events", "places"}
    for m in moments:
        p = m["properties"]
        assert OP.operation["start_date"] <= p["date"] <= OP.operation["end_date"], p["id"]
        assert len(p["title"]) <= 80 and 0 < len(p["caption"]) <= 400, p["id"]
        assert m["geometry"]["type"] != "Point" or 5 <= p["zoom"] <= 14, p["id"]
        assert set(filter(None, p["layers"].split(";"))) <= allowed_layers, p["id"]
    contrast = [m for m in moments if "1942" in m["properties"]["caption"]]
    assert contrast, "no key moment contrasts 1943 with 1942"


def _event(key):
    return next(f["properties"] for f in OP.features("events") if f["properties"]["id"] == key)


@pytest.mark.parametrize("formation", ["axis-dasreich", "axis-totenkopf"])
def test_the_ss_divisions_fight_only_once_they_have_arrived(formation):
    """Issue #26: Das Reich and Totenkopf were engaged from 7 August, though the data's own event has
    them arrive on 8 August (Wiking after them)."""
    arrival = _event("e-ss-arrive")["date"]
    track = sorted((f["properties"]["date"], f["properties"]["status"]) for f in OP.features("positions")
                   if f["properties"]["formation"] == formation)
    assert track, f"{formation} has no position"
    early = [day for day, status in track if status == "engaged" and day <= arrival]
    assert not early, f"{formation} engaged on {early} before or on the day it arrives ({arrival})"


def test_the_akhtyrka_counter_stroke_is_not_certain_while_its_date_is_disputed():
    """Issue #26: the Akhtyrka event was certain while its note gave a competing date."""
    event = _event("e-akhtyrka")
    assert "15 August" in event["note"] and event["certainty"] != "certain"
