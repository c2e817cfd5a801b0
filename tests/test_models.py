"""Each model's own validation: dates within the operation, sides of the same operation, codes."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from shapely.geometry import LineString, Point, Polygon, box

from battlemap.models import (
    Area, Event, Formation, Front, Movement, Operation, Place, Position, Side, Source,
)

OUTSIDE = datetime.date(1942, 6, 1)


@pytest.fixture
def other_operation(db):
    operation = Operation.objects.create(
        slug="other", name="Other", start_date=datetime.date(1943, 8, 1),
        end_date=datetime.date(1943, 8, 23), bbox=[35, 49, 37, 51],
    )
    Side.objects.create(operation=operation, slug="red", name="Red", colour="#ff0000")
    return operation


def errors_of(record):
    with pytest.raises(ValidationError) as raised:
        record.full_clean()
    return raised.value.message_dict


def test_the_sample_records_are_valid(sample_operation):
    for model in (Operation, Side, Source, Formation, Position, Area, Movement, Event, Place):
        for record in model.objects.all():
            record.full_clean()


def test_an_operation_ends_after_it_starts(sample_operation):
    sample_operation.end_date = datetime.date(1942, 5, 1)
    assert "end_date" in errors_of(sample_operation)


@pytest.mark.parametrize("bbox", [[35, 49, 37], [37, 49, 35, 50], "35,49,37,50", [35, 49, 37, 95]])
def test_an_operation_bbox_is_west_south_east_north(sample_operation, bbox):
    sample_operation.bbox = bbox
    assert "bbox" in errors_of(sample_operation)


def test_a_side_colour_is_hex(sample_operation):
    side = sample_operation.sides.first()
    side.colour = "red"
    assert "colour" in errors_of(side)


def test_a_source_url_must_be_a_url(sample_operation):
    source = Source.objects.first()
    source.url = "not a url"
    assert "url" in errors_of(source)


def test_a_formation_needs_a_valid_sidc(sample_operation):
    formation = Formation.objects.first()
    formation.sidc = "XYZ"
    assert "sidc" in errors_of(formation)


@pytest.mark.parametrize("field, value", [("echelon", "platoon"), ("branch", "navy")])
def test_a_formation_uses_the_vocabulary(sample_operation, field, value):
    formation = Formation.objects.first()
    setattr(formation, field, value)
    assert field in errors_of(formation)


def test_a_formation_side_belongs_to_its_operation(sample_operation, other_operation):
    formation = Formation.objects.first()
    formation.side = other_operation.sides.first()
    assert "side" in errors_of(formation)


def test_a_side_of_another_operation_is_refused_in_one_sentence(sample_operation, other_operation):
    area, front = Area.objects.first(), Front.objects.first()
    area.side = front.side_b = other_operation.sides.last()
    assert errors_of(area)["side"] == ["The side belongs to another operation."]
    assert errors_of(front)["side_b"] == ["The side belongs to another operation."]


def test_a_formation_is_not_its_own_parent(sample_operation):
    formation = Formation.objects.first()
    formation.parent = formation
    assert "parent" in errors_of(formation)


def test_a_position_lies_within_the_operation(sample_operation):
    position = Position.objects.first()
    position.date = OUTSIDE
    assert "outside the operation" in errors_of(position)["date"][0]


def test_a_position_status_uses_the_vocabulary(sample_operation):
    position = Position.objects.first()
    position.status = "sleeping"
    assert "status" in errors_of(position)


def test_one_position_per_formation_and_day(sample_operation):
    position = Position.objects.first()
    twin = Position(formation=position.formation, date=position.date, point=Point(36, 49.5),
                    status="engaged")
    assert "__all__" in errors_of(twin)
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


def test_an_area_is_a_polygon_on_a_day_of_the_operation(sample_operation):
    area = Area.objects.first()
    area.geometry = LineString([(36, 49), (36.5, 49.5)])
    area.date = OUTSIDE
    errors = errors_of(area)
    assert "expected Polygon or MultiPolygon" in errors["geometry"][0]
    assert "date" in errors


def test_an_area_role_uses_the_vocabulary(sample_operation):
    area = Area.objects.first()
    area.role = "occupied"
    assert "role" in errors_of(area)


def test_an_area_side_belongs_to_its_operation(sample_operation, other_operation):
    area = Area.objects.first()
    area.side = other_operation.sides.first()
    assert "side" in errors_of(area)


def test_a_movement_ends_after_it_starts_within_the_operation(sample_operation):
    movement = Movement.objects.first()
    movement.start_date, movement.end_date = datetime.date(1942, 5, 13), datetime.date(1942, 5, 12)
    assert "end_date" in errors_of(movement)
    movement.end_date = OUTSIDE
    assert "end_date" in errors_of(movement)


def test_a_movement_path_is_a_line(sample_operation):
    movement = Movement.objects.first()
    movement.path = box(36, 49, 36.5, 49.5)
    assert "geometry is a Polygon" in errors_of(movement)["path"][0]


def test_an_event_lies_within_the_operation_and_has_a_sane_importance(sample_operation):
    event = Event.objects.first()
    event.date, event.importance = OUTSIDE, 7
    errors = errors_of(event)
    assert "date" in errors and "importance" in errors


def test_a_place_geometry_must_be_valid(sample_operation):
    place = Place.objects.first()
    place.geometry = Polygon([(36.0, 49.0), (36.5, 49.5), (36.5, 49.0), (36.0, 49.5), (36.0, 49.0)])
    assert "Self-intersection" in errors_of(place)["geometry"][0]
