"""The rules of geodata.rules: each accepts what it should, and the loader and the models agree."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from battlemap.models import Movement, Place, Side
from geodata import rules

GOOD_AND_BAD = {
    rules.colour_problem: (["#c0392b", "#ABCDEF"], ["red", "#c0392", "#c0392bb", "c0392b"]),
    rules.sidc_problem: (
        ["SFGPUCI----D---", "10031000001211000000", "1" * 30],
        ["SFGPUCI", "1003100000121100000", "SFGPUCI----D--!"],
    ),
    rules.gazetteer_id_problem: (
        ["geonames:706483", "wikidata:Q42"],
        ["geonames:", "wikidata:42", "osm:123", "geonames:70648x", " wikidata:Q42"],
    ),
    rules.slug_problem: (["kharkov-1942", "sample"], ["Kharkov", "a b", "-x"]),
    rules.key_problem: (["sov-6a", "glantz1998", "a.b_c"], ["-x", "a b", ""]),
}


@pytest.mark.parametrize("rule", GOOD_AND_BAD, ids=lambda rule: rule.__name__)
def test_a_rule_accepts_the_good_and_names_the_bad(rule):
    good, bad = GOOD_AND_BAD[rule]
    for value in good:
        assert rule(value) is None, value
    for value in bad:
        assert f"'{value}'" in rule(value)


@pytest.mark.parametrize("bbox, expected", [
    ([35, 49, 37, 50], None),
    ([35, 49, 37], "four numbers"),
    ([35, 49, "37", 50], "four numbers"),
    ([37, 49, 35, 50], "is not [west, south, east, north]"),
    ([35, 49, 37, 95], "is not [west, south, east, north]"),
])
def test_the_bbox_rule(bbox, expected):
    problem = rules.bbox_problem(bbox)
    assert problem is None if expected is None else expected in problem


def test_the_date_rules():
    first, last = datetime.date(1942, 5, 11), datetime.date(1942, 5, 30)
    assert rules.date_order_problem(first, last) is None
    assert rules.date_order_problem(last, first) == "1942-05-11 is before the start date 1942-05-30"
    assert rules.date_outside_problem(first, first, last) is None
    assert "outside the operation" in rules.date_outside_problem(datetime.date(1942, 6, 1), first, last)
    assert rules.own_parent_problem("a", "b") is None
    assert rules.own_parent_problem("a", "a") == "a formation cannot be its own parent"


def test_a_model_field_reports_the_rules_message(sample_operation):
    side = Side.objects.first()
    side.colour = "red"
    with pytest.raises(ValidationError) as raised:
        side.full_clean()
    assert raised.value.message_dict["colour"] == [rules.colour_problem("red")]
    place = Place.objects.first()
    place.gazetteer_id = "osm:1"
    with pytest.raises(ValidationError) as raised:
        place.full_clean()
    assert raised.value.message_dict["gazetteer_id"] == [rules.gazetteer_id_problem("osm:1")]


def test_a_movement_names_a_formation_of_its_own_side(sample_operation):
    movement = Movement.objects.filter(formation__isnull=False).select_related("formation").first()
    other_side = Side.objects.exclude(pk=movement.formation.side_id).get(operation=movement.operation)
    movement.side = other_side
    with pytest.raises(ValidationError) as raised:
        movement.full_clean()
    assert raised.value.message_dict["formation"] == [rules.formation_side_problem(
        movement.formation.key, movement.formation.side.slug, other_side.slug)]


def test_a_front_separates_two_different_sides_in_a_form_as_in_a_file(sample_operation):
    from battlemap.models import Front

    front = Front.objects.filter(operation=sample_operation).first()
    front.side_b = front.side_a
    with pytest.raises(ValidationError) as raised:
        front.full_clean()
    assert raised.value.message_dict["side_b"] == [rules.front_sides_problem(front.side_a.slug, front.side_a.slug)]
    assert rules.front_sides_problem("east", "west") is None


def test_a_geometry_outside_the_bbox_is_named_by_its_first_vertex_outside():
    import shapely

    inside = shapely.Point(36.0, 49.5)
    outside = shapely.LineString([(36.0, 49.5), (38.5, 49.5)])
    assert rules.outside_bbox_problem(inside, [35.0, 49.0, 37.0, 50.0]) is None
    assert "at (38.5, 49.5)" in rules.outside_bbox_problem(outside, [35.0, 49.0, 37.0, 50.0])


def test_an_overlap_with_another_side_says_where_and_how_much():
    import shapely

    east = shapely.box(36.0, 49.0, 37.0, 50.0)
    touching = shapely.box(35.0, 49.0, 36.0, 50.0)
    overlapping = shapely.box(35.0, 49.0, 36.2, 50.0)
    centre = (36.0, 49.5)
    assert rules.side_overlap_problem(touching, east, "east", centre) is None
    problem = rules.side_overlap_problem(overlapping, east, "east", centre)
    assert "overlaps the ground of east" in problem and "within [36, 49, 36.2, 50]" in problem
