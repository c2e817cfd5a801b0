"""Issue #29, part 5: *Add operation* creates an operation from its name, slug, dates, sides and a
box, ready for its first day; written back, it is a folder the loader reads."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from battlemap.models import Operation, OperationEdit, Side
from geodata.loader import read_operation

pytestmark = pytest.mark.django_db



def new_operation(**changes):
    data = {
        "operation-name": "Operation Test Box", "operation-slug": "test-box", "operation-start_date": "1943-02-02",
        "operation-end_date": "1943-02-06", "operation-summary": "An operation made in the admin for a test.",
        "operation-west": "35.5", "operation-south": "49.25", "operation-east": "36.75", "operation-north": "50.1",
        "sides-TOTAL_FORMS": "4", "sides-INITIAL_FORMS": "0", "sides-MIN_NUM_FORMS": "2", "sides-MAX_NUM_FORMS": "4",
        "sides-0-slug": "red", "sides-0-name": "Red army", "sides-0-colour": "#c0392b",
        "sides-1-slug": "blue", "sides-1-name": "Blue army", "sides-1-colour": "#2c3e50",
        "sides-2-slug": "", "sides-2-name": "", "sides-2-colour": "#c0392b",
        "sides-3-slug": "", "sides-3-name": "", "sides-3-colour": "#c0392b",
    }
    data.update(changes)
    return data


def add_url():
    return reverse("admin:battlemap_operation_add")


def test_the_add_page_is_the_new_operation_form(staff_client):
    response = staff_client.get(add_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "new-operation-map" in page and "Its sides" in page
    assert {"name", "slug", "start_date", "end_date", "west", "south", "east", "north"} <= set(response.context["form"].fields)


def test_add_operation_creates_it_with_its_sides_and_opens_its_first_day(staff_client, admin_user):
    response = staff_client.post(add_url(), new_operation())
    operation = Operation.objects.get(slug="test-box")
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:battlemap_operation_day", args=[operation.pk, "1943-02-02"])
    assert operation.bbox == [35.5, 49.25, 36.75, 50.1]
    assert not operation.listed
    assert [(side.slug, side.name, side.colour) for side in operation.sides.all()] == [
        ("red", "Red army", "#c0392b"), ("blue", "Blue army", "#2c3e50")]
    assert OperationEdit.objects.filter(operation=operation, editor=admin_user.get_username()).exists()
    assert staff_client.get(response["Location"]).status_code == 200


def test_written_back_the_new_operation_is_a_folder_the_loader_reads(staff_client, tmp_path):
    staff_client.post(add_url(), new_operation())
    folder = tmp_path / "test-box"
    call_command("export_operation", "test-box", "--format", "folder", "--output", str(folder), stdout=io.StringIO())
    data = read_operation(folder)
    assert data.operation["slug"] == "test-box" and data.operation["bbox"] == [35.5, 49.25, 36.75, 50.1]
    assert json.loads((folder / "operation.json").read_text())["name"] == "Operation Test Box"
    Operation.objects.filter(slug="test-box").delete()
    call_command("load_operation", str(folder), stdout=io.StringIO())
    loaded = Operation.objects.get(slug="test-box")
    assert (str(loaded.start_date), str(loaded.end_date)) == ("1943-02-02", "1943-02-06")
    assert set(loaded.sides.values_list("slug", "colour")) == {("red", "#c0392b"), ("blue", "#2c3e50")}


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"operation-west": "37", "operation-east": "36"}, "west", "west"),
    ({"operation-slug": "Not a slug!"}, "slug", "slug"),
    ({"operation-end_date": "1943-01-01"}, "end_date", "before the start date"),
])
def test_a_bad_operation_is_refused_saying_what_is_wrong(staff_client, changes, field, words):
    response = staff_client.post(add_url(), new_operation(**changes))
    assert response.status_code == 400
    assert not Operation.objects.filter(name="Operation Test Box").exists()
    errors = response.context["form"].errors
    text = " ".join(errors.get(field, []) if field else [m for ms in errors.values() for m in ms]).lower()
    assert words in text, errors


def test_one_side_or_two_alike_are_refused(staff_client):
    response = staff_client.post(add_url(), new_operation(**{"sides-1-slug": "", "sides-1-name": "", "sides-1-colour": "#c0392b"}))
    assert response.status_code == 400 and not Operation.objects.exists()
    response = staff_client.post(add_url(), new_operation(**{"sides-1-slug": "red"}))
    assert response.status_code == 400 and not Side.objects.exists()
    assert "Two sides share the slug red." in response.content.decode()


def test_a_slug_taken_is_refused(staff_client):
    staff_client.post(add_url(), new_operation())
    response = staff_client.post(add_url(), new_operation(**{"operation-name": "Another"}))
    assert response.status_code == 400
    assert "exists already" in " ".join(response.context["form"].errors["slug"])
