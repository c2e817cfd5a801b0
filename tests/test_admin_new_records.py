"""Issue #29, part 5: the day view draws new records (an area, a front, a position, an arrow) with
their formation, basis, citations and sources, checked as a change form checks them."""

import json

import pytest
from django.urls import reverse

from battlemap.models import Area, Formation, Movement, Operation, OperationEdit, Position, Side

DAY = "1942-05-11"
# A small square well inside the eastern forces' ground on the sample's first day.
EAST_SQUARE = {"type": "Polygon", "coordinates": [[[36.5, 49.3], [36.7, 49.3], [36.7, 49.5], [36.5, 49.5], [36.5, 49.3]]]}

pytestmark = pytest.mark.django_db



@pytest.fixture
def operation(loaded_copy):
    return Operation.objects.get(slug="sample")


def day_url(operation, day=DAY):
    return reverse("admin:battlemap_operation_day", args=[operation.pk, day])


def add(client, operation, record_kind, **fields):
    data = {"action": "add-record", "kind": record_kind, **{f"new-{name}": value for name, value in fields.items()}}
    return client.post(day_url(operation), data)


def cited(**fields):
    return {"certainty": "certain", "basis": "stated", "derived_from": "", "note": "",
            "citations": "sample-notes: p. 7", **fields}


def test_the_day_view_offers_each_kind_and_its_form(staff_client, operation):
    page = staff_client.get(day_url(operation)).content.decode()
    for kind in ("area", "front", "position", "movement"):
        assert f"?new={kind}" in page
    response = staff_client.get(day_url(operation) + "?new=position")
    form = response.context["new_form"]
    assert {"formation", "status", "point", "basis", "citations", "sources"} <= set(form.fields)
    # Its pickers offer the operation's own records only.
    assert set(form.fields["formation"].queryset) == set(Formation.objects.filter(operation=operation))
    # The map's drawing goes into the form's geometry field, named for the page's script.
    arrow_form = staff_client.get(day_url(operation) + "?new=movement").context["new_form"]
    assert arrow_form["start_date"].value().isoformat() == arrow_form["end_date"].value().isoformat() == DAY
    assert response.context["day_options"]["adding"] == {
        "kind": "position", "draw": "Marker", "label": "position", "field": "id_new-point"}


def test_a_new_area_is_stored_with_its_citation_and_source_and_noted_as_an_edit(staff_client, operation, admin_user):
    east = Side.objects.get(operation=operation, slug="east")
    before = Area.objects.filter(operation=operation, date=DAY).count()
    response = add(staff_client, operation, "area", side=east.pk, role="held", geometry=json.dumps(EAST_SQUARE), **cited())
    assert response.status_code == 302, response.context and response.context["problems"]
    area = Area.objects.filter(operation=operation, date=DAY).order_by("-pk").first()
    assert Area.objects.filter(operation=operation, date=DAY).count() == before + 1
    assert area.side == east and area.citations == [{"source": "sample-notes", "locator": "p. 7"}]
    assert list(area.sources.values_list("key", flat=True)) == ["sample-notes"]
    edit = OperationEdit.objects.filter(operation=operation, action="added").get()
    assert edit.editor == admin_user.get_username()
    version = Area.history.get(id=area.pk)
    assert version.editor == admin_user.get_username() and [l.source_id for l in version.sources.all()] == [area.sources.get().pk]


def test_a_stated_record_without_a_locator_is_refused_in_the_rules_words(staff_client, operation):
    formation = Formation.objects.get(operation=operation, key="e-20tb")
    before = Position.objects.count()
    response = add(staff_client, operation, "position", formation=formation.pk, status="engaged", strength="",
                   point=json.dumps({"type": "Point", "coordinates": [36.6, 49.4]}), **cited(citations="sample-notes"))
    assert response.status_code == 400
    assert Position.objects.count() == before
    errors = response.context["new_form"].errors
    assert "locator" in " ".join(errors.get("basis", []) + errors.get("citations", []) + errors.get("__all__", []))


def test_a_position_on_a_day_the_formation_already_has_is_refused(staff_client, operation):
    formation = Formation.objects.get(operation=operation, key="e-1a")
    assert Position.objects.filter(formation=formation, date=DAY).exists()
    response = add(staff_client, operation, "position", formation=formation.pk, status="engaged", strength="",
                   point=json.dumps({"type": "Point", "coordinates": [36.6, 49.4]}), **cited())
    assert response.status_code == 400
    assert Position.objects.filter(formation=formation, date=DAY).count() == 1


def test_nothing_drawn_is_refused_asking_to_draw(staff_client, operation):
    east = Side.objects.get(operation=operation, slug="east")
    response = add(staff_client, operation, "area", side=east.pk, role="held", geometry="", **cited())
    assert response.status_code == 400
    assert "Draw it on the map first." in response.content.decode()


def test_an_area_over_the_other_sides_ground_is_refused(staff_client, operation):
    west = Side.objects.get(operation=operation, slug="west")
    response = add(staff_client, operation, "area", side=west.pk, role="held", geometry=json.dumps(EAST_SQUARE), **cited())
    assert response.status_code == 400
    assert "east" in " ".join(response.context["new_form"].errors.get("geometry", []))


def test_a_new_arrow_with_its_formation_and_a_new_position(staff_client, operation):
    east = Side.objects.get(operation=operation, slug="east")
    formation = Formation.objects.get(operation=operation, key="e-10rd")
    response = add(staff_client, operation, "movement", key="east-probe", side=east.pk, formation=formation.pk,
                   kind="attack", start_date=DAY, end_date="1942-05-12", label="Eastern probe",
                   path=json.dumps({"type": "LineString", "coordinates": [[36.5, 49.6], [36.3, 49.6]]}), **cited())
    assert response.status_code == 302, response.context and response.context["new_form"].errors
    arrow = Movement.objects.get(operation=operation, key="east-probe")
    assert arrow.formation == formation and arrow.label == "Eastern probe"
    # The day view does not draw arrows: its message links to the new one's change page.
    page = staff_client.get(response["Location"]).content.decode()
    assert reverse("admin:battlemap_movement_change", args=[arrow.pk]) in page
    formation = Formation.objects.get(operation=operation, key="w-1c")
    Position.objects.filter(formation=formation, date=DAY).delete()
    response = add(staff_client, operation, "position", formation=formation.pk, status="engaged", strength="",
                   point=json.dumps({"type": "Point", "coordinates": [35.5, 49.5]}), **cited())
    assert response.status_code == 302
    assert Position.objects.get(formation=formation, date=DAY).point.x == pytest.approx(35.5)


def test_a_side_of_another_operation_is_not_offered(staff_client, operation, tmp_path):
    other = Operation.objects.create(slug="other", name="Other", start_date="1942-05-11", end_date="1942-05-12",
                                     bbox=[35.0, 49.0, 37.0, 50.0])
    foreign = Side.objects.create(operation=other, slug="east", name="Other east", colour="#123456")
    response = add(staff_client, operation, "area", side=foreign.pk, role="held", geometry=json.dumps(EAST_SQUARE), **cited())
    assert response.status_code == 400
    assert "side" in response.context["new_form"].errors


def test_a_new_front_is_authored_and_wins_over_the_derived_one(staff_client, operation):
    from battlemap.models import Front

    east, west = (Side.objects.get(operation=operation, slug=slug) for slug in ("east", "west"))
    line = {"type": "LineString", "coordinates": [[36.0, 49.05], [36.05, 49.5], [36.1, 49.95]]}
    response = add(staff_client, operation, "front", time="", side_a=east.pk, side_b=west.pk,
                   geometry=json.dumps(line), **cited())
    assert response.status_code == 302, response.context and response.context["new_form"].errors
    assert Front.objects.filter(operation=operation, date=DAY, origin="derived").exists() is False
    [front] = Front.objects.filter(operation=operation, date=DAY)
    assert front.origin == "authored" and front.geometry.coords[0] == (36.0, 49.05)
