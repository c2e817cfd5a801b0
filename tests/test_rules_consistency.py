"""The consistency rules of a whole operation (issue #26): each passes what agrees with itself and
names a made-up contradiction, and the loader refuses a folder that breaks one."""

import datetime
import json

import pytest
from shapely.geometry import LineString, Point, box

from geodata import rules
from geodata.loader import OperationDataError, read_operation

DAY = datetime.date(1942, 5, 11)
DAYS = [DAY + datetime.timedelta(days=n) for n in range(4)]
WEST, EAST = box(35.0, 49.0, 36.0, 50.0), box(36.0, 49.0, 37.0, 50.0)
TOWN = {"name": "Midtown", "kind": "town", "geometry": Point(35.9, 49.5)}


def areas_with_town_east_from(day_index, basis="stated"):
    """West holds Midtown until `day_index`, East from then (East's ground pushed past the town)."""
    records = []
    for index, day in enumerate(DAYS):
        east = box(35.8, 49.0, 37.0, 50.0) if index >= day_index else EAST
        west = WEST.difference(east)
        records += [{"date": day, "side": "east", "role": "held", "geometry": east,
                     "basis": basis if index == day_index else "stated"},
                    {"date": day, "side": "west", "role": "held", "geometry": west, "basis": "stated"}]
    return records


def taking(day_index, note=""):
    return {"key": "e-midtown", "title": "Midtown taken", "date": DAYS[day_index], "takes": "Midtown", "note": note}


def test_a_place_taken_on_its_events_day_agrees():
    assert rules.place_taken_problems([taking(2)], areas_with_town_east_from(2), [TOWN], DAYS) == []
    # The next day's areas may show it: the event can come late in the day.
    assert rules.place_taken_problems([taking(1)], areas_with_town_east_from(2), [TOWN], DAYS) == []


def test_a_place_taken_before_its_event_is_named_with_the_day_it_flips():
    [problem] = rules.place_taken_problems([taking(3)], areas_with_town_east_from(1), [TOWN], DAYS)
    assert problem == "events: e-midtown (1942-05-14): Midtown is already east's from 1942-05-12, before the event that takes it"


def test_an_interpolated_day_that_flips_a_town_before_its_event_is_named_as_such():
    [problem] = rules.place_taken_problems([taking(3)], areas_with_town_east_from(2, basis="derived"), [TOWN], DAYS)
    assert "already east's from 1942-05-13 (an interpolated day: its area is derived)" in problem


def test_a_place_that_never_changes_hands_and_an_unknown_place_are_named():
    problems = rules.place_taken_problems([taking(2)], areas_with_town_east_from(0), [TOWN], DAYS)
    assert problems == ["events: e-midtown (1942-05-13): Midtown is east's from the first day: it never changes hands"]
    unknown = {**taking(2), "takes": "Nowhere"}
    assert rules.place_taken_problems([unknown], areas_with_town_east_from(2), [TOWN], DAYS) == [
        "events: e-midtown (1942-05-13): takes 'Nowhere', which is not a place of the operation"]


def test_an_exception_written_in_the_note_is_respected():
    noted = taking(3, note="Exception (place taken): the town's point lies on the river as traced.")
    assert rules.place_taken_problems([noted], areas_with_town_east_from(1), [TOWN], DAYS) == []


def formation(branch, echelon="division"):
    return {"key": "x-1", "branch": branch, "echelon": echelon}


def positions(km_east, note=""):
    """Two consecutive days, the second `km_east` km east (at 49.5 N a degree of longitude is 72.4 km)."""
    step = km_east / (111.32 * 0.6494)
    return [{"formation": "x-1", "date": DAYS[0], "geometry": Point(36.0, 49.5), "note": ""},
            {"formation": "x-1", "date": DAYS[1], "geometry": Point(36.0 + step, 49.5), "note": note}]


@pytest.mark.parametrize("branch, plausible, too_far", [("infantry", 30, 50), ("cavalry", 55, 70), ("armour", 80, 110)])
def test_a_formation_moves_no_faster_than_its_branch(branch, plausible, too_far):
    assert rules.formation_speed_problems([formation(branch)], positions(plausible)) == []
    [problem] = rules.formation_speed_problems([formation(branch)], positions(too_far))
    assert problem.startswith(f"positions: x-1 on 1942-05-12: moves {too_far} km in a day, more than a {branch}")


def test_an_armys_marker_and_a_written_exception_are_not_speed_checked():
    assert rules.formation_speed_problems([formation("infantry", "army")], positions(80)) == []
    noted = positions(80, note="Exception (speed): carried by rail on the night of 11 May.")
    assert rules.formation_speed_problems([formation("infantry")], noted) == []


def arrow(coordinates, label="1st Corps attacks to Midtown", note=""):
    return {"key": "m-1", "label": label, "geometry": LineString(coordinates), "note": note}


RIVER = {"name": "Middle river", "kind": "river", "geometry": LineString([(35.95, 49.0), (35.95, 50.0)])}


def test_an_arrow_naming_a_place_ends_near_it():
    assert rules.arrow_problems([arrow([(35.5, 49.5), (35.88, 49.5)])], [TOWN]) == []
    [problem] = rules.arrow_problems([arrow([(35.0, 49.5), (35.6, 49.5)])], [TOWN])
    assert problem == "movements: m-1: names Midtown and ends 22 km from it (at most 5); " \
                      "or write 'Exception (arrow end): <reason>' in its note"
    # "toward" names a direction, not an end.
    assert rules.arrow_problems([arrow([(35.0, 49.5), (35.6, 49.5)], label="1st Corps toward Midtown")], [TOWN]) == []


def test_an_arrow_crosses_a_river_at_most_once_unless_its_note_says_why():
    across = [(35.5, 49.5), (36.2, 49.5)]
    there_and_back = [(35.5, 49.5), (36.2, 49.5), (36.2, 49.6), (35.88, 49.6)]
    assert rules.arrow_problems([arrow(across, label="x")], [RIVER]) == []
    [problem] = rules.arrow_problems([arrow(there_and_back, label="x")], [RIVER])
    assert problem.startswith("movements: m-1: crosses the Middle river 2 times")
    noted = arrow(there_and_back, label="x", note="Exception (river crossing): it did cross back, by the ford.")
    assert rules.arrow_problems([noted], [RIVER]) == []


def event(title, certainty, note):
    return {"key": "e-1", "title": title, "date": DAY, "certainty": certainty, "note": note}


def test_a_title_never_asserts_what_its_note_contests():
    assert rules.title_problems([event("The ring closes (German account)", "probable", "Contested: a day earlier by Soviet accounts.")]) == []
    problems = rules.title_problems([event("Stalin refuses", "certain", "Contested: who refused is disputed.")])
    assert problems == [
        "events: e-1 (1942-05-11): certain, though its note disputes it; make it probable or approximate",
        "events: e-1 (1942-05-11): the title 'Stalin refuses' asserts what its note disputes; say whose account "
        "it is, or that it is contested"]
    # A date in doubt keeps the record from being certain; the title need not say so.
    assert rules.title_problems([event("Counter-stroke", "probable", "One account dates it to 15 August.")]) == []
    assert len(rules.title_problems([event("Counter-stroke", "certain", "One account dates it to 15 August.")])) == 1


def test_the_loader_refuses_a_folder_that_contradicts_itself(sample_copy):
    path = sample_copy / "events.geojson"
    collection = json.loads(path.read_text())
    advance = collection["features"][1]["properties"]
    assert advance["id"] == "advance"
    advance.update(takes="Westburg")  # West's from the first day to the last
    path.write_text(json.dumps(collection))
    with pytest.raises(OperationDataError) as refused:
        read_operation(sample_copy)
    assert any(problem == "events: advance (1942-05-12): Westburg is west's from the first day: it never changes hands" for problem in refused.value.problems), \
        refused.value.problems


@pytest.mark.parametrize("folder", ["geodata/kharkov-1942", "geodata/belgorod-kharkov-1943"])
def test_both_operations_keep_the_rules_and_write_down_each_exception(folder):
    data = read_operation(folder)  # refused if a rule is broken
    notes = [record.get("note") or "" for layer in ("positions", "movements", "events")
             for record in getattr(data, layer)]
    exceptions = [note for note in notes if "Exception (" in note]
    for note in exceptions:
        assert any(rules.exception_reason(note, rule) for rule in
                   ("speed", "place taken", "arrow end", "river crossing", "title")), note
    taken = [event for event in data.events if event.get("takes")]
    assert len(taken) >= 5, "the events that take a place name it, so the rule has something to check"
