"""Key moments: read and checked like every layer, stored, served with the timeline, exported,
edited in the admin."""

import pytest
from django.contrib.auth.models import User

import edits
from battlemap.models import KeyMoment, Source
from geodata.loader import OperationDataError, read_operation


def _problems(folder):
    with pytest.raises(OperationDataError) as raised:
        read_operation(folder)
    return "\n".join(raised.value.problems)


def _first(change):
    return lambda collection: change(collection["features"][0])


@pytest.mark.parametrize("change, message", [
    (lambda f: f["properties"].update(zoom=None), "field 'zoom': a Point view is a centre and needs a zoom"),
    (lambda f: f["properties"].update(zoom=20), "field 'zoom': '20' is not one of 5, 6"),
    (lambda f: f["properties"].update(layers="areas;tanks"), "field 'layers': unknown layer(s) 'tanks'"),
    (lambda f: f["properties"].update(sources="nobody1999"), "field 'sources': unknown source(s) nobody1999"),
    (lambda f: f["properties"].update(date="1942-06-01"), "field 'date'"),
    (lambda f: f["properties"].update(title="x" * 81), "field 'title': 81 characters; at most 80"),
    (lambda f: f["properties"].update(caption=""), "field 'caption': is required"),
    (lambda f: f.update(geometry={"type": "LineString", "coordinates": [[36, 49.5], [36.5, 49.6]]}), "field 'geometry'"),
])
def test_a_bad_key_moment_is_refused_by_feature_and_field(sample_copy, change, message):
    edits.edit_features(sample_copy, "key_moments", _first(change))
    problems = _problems(sample_copy)
    assert "key_moments.geojson: feature 0 (id km-opening)" in problems
    assert message in problems


def test_two_key_moments_with_one_id_are_refused(sample_copy):
    edits.edit_features(sample_copy, "key_moments",
                        lambda c: c["features"][1]["properties"].update(id="km-opening"))
    assert "'km-opening' appears twice" in _problems(sample_copy)


def test_an_operation_without_key_moments_loads(sample_copy):
    (sample_copy / "key_moments.geojson").unlink()
    assert read_operation(sample_copy).key_moments == []


@pytest.mark.django_db
def test_the_timeline_serves_the_key_moments_in_order_with_their_views(client, sample_operation):
    moments = client.get("/api/operations/sample/timeline/").json()["key_moments"]
    assert [moment["id"] for moment in moments] == ["km-opening", "km-pocket", "km-end"]
    opening, pocket, end = moments
    assert opening["view"] == {"center": [49.5, 36.05], "zoom": 9}
    assert opening["time"] == "06:30" and opening["layers"] == ["areas", "fronts", "positions", "events"]
    assert pocket["view"] == {"bounds": [[49.3, 35.3], [49.7, 36.2]]} and pocket["layers"] == []
    assert pocket["sources"] == ["sample-notes", "sample-orders"] and pocket["time"] is None
    assert end["caption"] == "The front settles west of Midway."


@pytest.mark.django_db
def test_the_model_checks_the_view_and_the_date(sample_operation):
    from django.core.exceptions import ValidationError
    from shapely.geometry import Point

    moment = KeyMoment(operation=sample_operation, key="km-x", date=sample_operation.end_date,
                       title="x", caption="y", geometry=Point(36, 49.5), zoom=None)
    with pytest.raises(ValidationError, match="needs a zoom"):
        moment.full_clean()
    moment.zoom, moment.date = 9, sample_operation.end_date.replace(year=1950)
    with pytest.raises(ValidationError) as error:
        moment.full_clean()
    assert "date" in error.value.message_dict


@pytest.mark.django_db
def test_the_admin_edits_a_key_moment_citing_only_its_own_operation(client, sample_operation, kharkov_operation):
    admin = User.objects.create_superuser("admin", "admin@example.org", "pw-admin-123")
    client.force_login(admin)
    moment = KeyMoment.objects.get(operation=sample_operation, key="km-pocket")
    page = client.get(f"/admin/battlemap/keymoment/{moment.pk}/change/").content.decode()
    sample_keys = set(Source.objects.filter(operation=sample_operation).values_list("pk", flat=True))
    kharkov_source = Source.objects.filter(operation=kharkov_operation).first()
    assert all(f'value="{pk}"' in page for pk in sample_keys)
    assert f'value="{kharkov_source.pk}"' not in page
    assert 'name="caption"' in page and 'name="zoom"' in page
