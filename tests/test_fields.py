"""The geometry field: GeoJSON in the database, shapely out, validated with explain_validity."""

import pytest
from django.core.exceptions import ValidationError
from shapely.geometry import LineString, Point, Polygon

from battlemap.fields import GeometryField
from battlemap.models import Place

BOWTIE = Polygon([(36.0, 49.0), (36.5, 49.5), (36.5, 49.0), (36.0, 49.5), (36.0, 49.0)])


def polygon_field():
    return GeometryField(geom_types=("Polygon", "MultiPolygon"))


def test_a_geometry_survives_a_trip_through_the_database(sample_operation):
    line = LineString([(36.1, 49.2), (36.3, 49.4), (36.5, 49.3)])
    place = Place.objects.create(operation=sample_operation, name="Test river", kind="river",
                                 geometry=line)
    stored = Place.objects.get(pk=place.pk).geometry
    assert stored.geom_type == "LineString"
    assert stored.equals_exact(line, 1e-12)


def test_the_column_holds_geojson_text():
    assert polygon_field().get_prep_value(Point(36.2, 49.9)) == (
        '{"type":"Point","coordinates":[36.2,49.9]}'
    )


@pytest.mark.parametrize("value", [
    '{"type": "Point", "coordinates": [36.2, 49.9]}',
    {"type": "Point", "coordinates": [36.2, 49.9]},
    {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [36.2, 49.9]}},
    Point(36.2, 49.9),
])
def test_it_accepts_geojson_text_dicts_features_and_shapely(value):
    assert GeometryField().to_python(value).equals(Point(36.2, 49.9))


@pytest.mark.parametrize("value", ['{"type": "Point", "coord', '{"no": "type"}', '[1, 2]'])
def test_malformed_geojson_is_a_validation_error(value):
    with pytest.raises(ValidationError):
        GeometryField().to_python(value)


def test_an_invalid_geometry_is_explained():
    with pytest.raises(ValidationError) as raised:
        polygon_field().validate(BOWTIE, None)
    assert "Self-intersection" in str(raised.value)


def test_a_geometry_of_the_wrong_type_is_refused():
    with pytest.raises(ValidationError) as raised:
        polygon_field().validate(Point(36.0, 49.0), None)
    assert "is a Point; expected Polygon or MultiPolygon" in str(raised.value)


@pytest.mark.parametrize("point, message", [
    (Point(3_900_000, 6_300_000), "longitude out of range"),
    (Point(36.0, 95.0), "latitude out of range"),
])
def test_coordinates_must_be_longitude_and_latitude(point, message):
    with pytest.raises(ValidationError) as raised:
        GeometryField(geom_types=("Point",)).validate(point, None)
    assert message in str(raised.value)


def test_a_valid_geometry_passes():
    GeometryField(geom_types=("Point",)).validate(Point(36.2, 49.9), None)


def test_the_admin_form_field_cleans_geojson_text():
    form_field = polygon_field().formfield()
    square = '{"type":"Polygon","coordinates":[[[36,49],[37,49],[37,50],[36,50],[36,49]]]}'
    assert form_field.clean(square).area == 1.0
    with pytest.raises(ValidationError):
        form_field.clean('{"type":"Point","coordinates":[36,49]}')


def test_the_field_deconstructs_with_its_types():
    _, path, _, kwargs = polygon_field().deconstruct()
    assert path == "battlemap.fields.GeometryField"
    assert kwargs["geom_types"] == ("Polygon", "MultiPolygon")
