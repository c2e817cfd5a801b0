"""The admin lists, searches and edits every model, with geometries on a small map."""

import json
import math

import pytest
import shapely
from django.urls import reverse

from battlemap.models import (
    Area, Event, Formation, Front, Movement, Operation, Place, Position, Side, Source,
)

MODELS = [Operation, Side, Source, Formation, Position, Area, Front, Movement, Event, Place]



@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_model_is_listed_searchable_and_editable(staff_client, sample_operation, model):
    meta = model._meta
    changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    assert staff_client.get(changelist).status_code == 200
    assert staff_client.get(changelist, {"q": "sample"}).status_code == 200
    record = model.objects.first()
    change = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])
    assert staff_client.get(change).status_code == 200


def test_geometry_fields_are_drawn_on_a_leaflet_map(staff_client, sample_operation):
    area = Area.objects.first()
    page = staff_client.get(reverse("admin:battlemap_area_change", args=[area.pk])).content.decode()
    assert 'class="geometry-widget"' in page
    assert "vendor/leaflet/leaflet.js" in page and "battlemap_admin/geometry-widget.js" in page
    assert "&quot;type&quot;:&quot;Polygon&quot;" in page


def post_eastville_geometry(client, operation, geometry):
    """Submit Eastville's admin form with `geometry` (GeoJSON text); return the place and response."""
    place = Place.objects.get(name="Eastville")
    response = client.post(reverse("admin:battlemap_place_change", args=[place.pk]), {
        "operation": operation.pk, "name": "Eastville", "modern_name": "Skhidne",
        "kind": "town", "certainty": "certain", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]', "note": "", "geometry": geometry,
    })
    place.refresh_from_db()
    return place, response


def test_an_invalid_geometry_in_the_admin_is_refused_with_the_reason(staff_client, sample_operation):
    bowtie = json.dumps({"type": "Polygon", "coordinates": [
        [[36.0, 49.0], [36.5, 49.5], [36.5, 49.0], [36.0, 49.5], [36.0, 49.0]]]})
    place, response = post_eastville_geometry(staff_client, sample_operation, bowtie)
    assert response.status_code == 200
    assert "Self-intersection" in response.content.decode()
    assert place.geometry.geom_type == "Point"


def test_a_geometry_edited_in_the_admin_is_saved(staff_client, sample_operation):
    place, response = post_eastville_geometry(
        staff_client, sample_operation, '{"type": "Point", "coordinates": [36.61, 49.62]}')
    assert response.status_code == 302
    assert (place.geometry.x, place.geometry.y) == (36.61, 49.62)


def test_an_admin_edit_renews_the_timeline(staff_client, sample_operation):
    timeline = "/api/operations/sample/timeline/"
    etag = staff_client.get(timeline)["ETag"]
    event = Event.objects.get(key="opening")
    response = staff_client.post(reverse("admin:battlemap_event_change", args=[event.pk]), {
        "operation": sample_operation.pk, "key": "opening", "date": "1942-05-11", "time": "06:30",
        "title": "The attack opens at dawn", "text": event.text, "importance": 3,
        "point": '{"type": "Point", "coordinates": [36.05, 49.5]}', "certainty": "certain", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]',
        "sources": [source.pk for source in event.sources.all()], "note": "",
    })
    assert response.status_code == 302
    renewed = staff_client.get(timeline, HTTP_IF_NONE_MATCH=etag)
    assert renewed.status_code == 200
    assert json.loads(renewed.content)["events"][0]["title"] == "The attack opens at dawn"


@pytest.mark.django_db
@pytest.mark.parametrize("model, picker", [("area", "side"), ("area", "sources"), ("position", "formation"),
                                           ("formation", "side"), ("movement", "formation")])
def test_pickers_offer_only_the_records_of_the_edited_records_operation(client, sample_operation, kharkov_operation, model, picker):
    from django.apps import apps
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("scope", "scope@example.org", "pw-scope-123"))
    Model = apps.get_model("battlemap", model)
    record = (Model.objects.filter(formation__operation=sample_operation) if model == "position"
              else Model.objects.filter(operation=sample_operation)).first()
    form = client.get(f"/admin/battlemap/{model}/{record.pk}/change/").context["adminform"].form
    offered = form.fields[picker].queryset
    operations = {(item.formation.operation_id if hasattr(item, "formation") and not hasattr(item, "operation_id")
                   else item.operation_id) for item in offered}
    assert offered.exists() and operations == {sample_operation.pk}


def test_the_map_context_of_an_area_holds_the_day_around_it(staff_client, sample_operation):
    area = Area.objects.get(date="1942-05-12", side__slug="east", role="held")
    context = staff_client.get(reverse("admin:battlemap_area_map_context_of", args=[area.pk])).json()
    layers = {layer["name"]: layer for layer in context["layers"]}
    assert context["day"] == "1942-05-12"
    assert [feature["properties"]["side"] for feature in layers["other_ground"]["features"]] == ["west"]
    assert layers["other_ground"]["snap"] and layers["rivers"]["snap"] and not layers["places"]["snap"]
    assert [feature["properties"]["date"] for feature in layers["previous"]["features"]] == ["1942-05-11"]
    assert [feature["properties"]["date"] for feature in layers["next"]["features"]] == ["1942-05-13"]
    assert {feature["properties"]["name"] for feature in layers["rivers"]["features"]} == {"Sample river"}
    assert len(layers["positions"]["features"]) == 6 and layers["front"]["features"]


def day_url(operation, day):
    return reverse("admin:battlemap_operation_day", args=[operation.pk, day])


def test_the_day_view_saves_the_days_geometries_logs_them_and_renews_the_timeline(staff_client, sample_operation):
    from django.contrib.admin.models import LogEntry

    timeline = "/api/operations/sample/timeline/"
    etag = staff_client.get(timeline)["ETag"]
    page = staff_client.get(day_url(sample_operation, "1942-05-12"))
    assert page.status_code == 200 and 'id="day-view-options"' in page.content.decode()
    position = Position.objects.get(formation__key="e-20tb", date="1942-05-12")
    response = staff_client.post(day_url(sample_operation, "1942-05-12"), {"geometries": json.dumps(
        {f"position:{position.pk}": '{"type": "Point", "coordinates": [36.7, 49.4]}'})})
    assert response.status_code == 302
    position.refresh_from_db()
    assert (position.point.x, position.point.y) == (36.7, 49.4)
    entry = LogEntry.objects.get(object_id=str(position.pk), content_type__model="position")
    assert "day view" in entry.get_change_message()
    assert staff_client.get(timeline, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_the_day_view_refuses_an_overlap_with_where_it_is_and_saves_nothing(staff_client, sample_operation):
    west = Area.objects.get(date="1942-05-12", side__slug="west", role="held")
    position = Position.objects.get(formation__key="e-20tb", date="1942-05-12")
    before = position.point.wkt
    overlapping = {"type": "Polygon", "coordinates": [[[35.0, 49.0], [36.6, 49.0], [36.6, 50.0], [35.0, 50.0], [35.0, 49.0]]]}
    response = staff_client.post(day_url(sample_operation, "1942-05-12"), {"geometries": json.dumps({
        f"area:{west.pk}": json.dumps(overlapping),
        f"position:{position.pk}": '{"type": "Point", "coordinates": [36.7, 49.4]}'})})
    assert response.status_code == 400
    page = response.content.decode()
    assert "overlaps the ground of east" in page and "around (" in page
    position.refresh_from_db()
    assert position.point.wkt == before


def test_copy_from_the_previous_day_fills_an_empty_day(staff_client, sample_operation):
    Area.objects.filter(operation=sample_operation, date="1942-05-13").delete()
    Position.objects.filter(formation__operation=sample_operation, date="1942-05-13").delete()
    response = staff_client.post(day_url(sample_operation, "1942-05-13"), {"action": "copy-previous"})
    assert response.status_code == 302
    copied = Area.objects.filter(operation=sample_operation, date="1942-05-13")
    previous = Area.objects.filter(operation=sample_operation, date="1942-05-12")
    assert sorted((area.side.slug, area.role, area.geometry.wkt) for area in copied) == \
        sorted((area.side.slug, area.role, area.geometry.wkt) for area in previous)
    assert all(area.sources.exists() for area in copied)
    assert Position.objects.filter(formation__operation=sample_operation, date="1942-05-13").count() == 6
    assert Front.objects.filter(operation=sample_operation, date="1942-05-13").exists()


def test_an_area_over_the_other_sides_ground_is_refused_in_the_admin_form(staff_client, sample_operation):
    west = Area.objects.get(date="1942-05-12", side__slug="west", role="held")
    response = staff_client.post(reverse("admin:battlemap_area_change", args=[west.pk]), {
        "operation": sample_operation.pk, "date": "1942-05-12", "side": west.side_id, "role": "held",
        "geometry": '{"type": "Polygon", "coordinates": [[[35.0, 49.0], [36.6, 49.0], [36.6, 50.0], [35.0, 50.0], [35.0, 49.0]]]}',
        "certainty": "certain", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]', "note": "", "sources": [source.pk for source in west.sources.all()],
    })
    assert response.status_code == 200
    assert "overlaps the ground of east" in response.content.decode()


def test_a_point_outside_the_bbox_is_refused_with_where_it_is(staff_client, sample_operation):
    place, response = post_eastville_geometry(staff_client, sample_operation, '{"type": "Point", "coordinates": [38.5, 49.5]}')
    assert response.status_code == 200
    assert "lies outside the operation&#x27;s bbox" in response.content.decode() and "at (38.5, 49.5)" in response.content.decode()
    assert place.geometry.x != 38.5


def test_an_area_over_the_loaders_limit_of_vertices_is_refused_in_the_admin_form(staff_client, sample_operation):
    west = Area.objects.get(date="1942-05-12", side__slug="west", role="held")
    # Four decimals: the form stays under Django's 2.5 MB limit of a request body.
    ring = [[round(35.4 + 0.3 * math.cos(2 * math.pi * k / 99_999), 4), round(49.5 + 0.3 * math.sin(2 * math.pi * k / 99_999), 4)]
            for k in range(99_999)]
    response = staff_client.post(reverse("admin:battlemap_area_change", args=[west.pk]), {
        "operation": sample_operation.pk, "date": "1942-05-12", "side": west.side_id, "role": "held",
        "geometry": json.dumps({"type": "Polygon", "coordinates": [ring + ring[:1]]}),
        "certainty": "certain", "basis": "stated", "citations": '[{"source": "sample-notes", "locator": "p. 2"}]', "note": "", "sources": [source.pk for source in west.sources.all()],
    })
    assert response.status_code == 200
    assert "100,000 vertices, over the limit max_vertices_per_geometry (20,000)" in response.content.decode()
    assert shapely.get_num_coordinates(Area.objects.get(pk=west.pk).geometry) < 100
