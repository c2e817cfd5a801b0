"""The admin lists, searches and edits every model, with geometries on a small map."""

import json

import pytest
from django.urls import reverse

from battlemap.models import (
    Area, Event, Formation, Front, Movement, Operation, Place, Position, Side, Source,
)

MODELS = [Operation, Side, Source, Formation, Position, Area, Front, Movement, Event, Place]


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


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
        "kind": "town", "certainty": "certain", "note": "", "geometry": geometry,
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
        "point": '{"type": "Point", "coordinates": [36.05, 49.5]}', "certainty": "certain",
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
