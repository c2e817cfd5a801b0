"""Issue #29, part 1: nothing is discarded without being asked. A change made outside the loader
(the admin, the day view, a shell) is noted with who and when; load_operation refuses to replace an
edited operation, naming the edits and the ways forward; --discard-edits discards and says so;
--if-changed (make run) skips it and says why."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from battlemap.edits import SHELL, edits_summary
from battlemap.models import Operation, OperationEdit, Place, Position


pytestmark = pytest.mark.django_db




def load(*args):
    out = io.StringIO()
    call_command("load_operation", *map(str, args), stdout=out)
    return out.getvalue()


def change_the_files(folder):
    """Change the folder as a `git pull` might: a place renamed in the files."""
    places = json.loads((folder / "places.geojson").read_text())
    places["features"][0]["properties"]["modern_name"] = "Renamed in the files"
    (folder / "places.geojson").write_text(json.dumps(places))


def test_a_load_is_not_an_edit(loaded_copy):
    operation = Operation.objects.get(slug="sample")
    assert operation.edits.count() == 0
    assert edits_summary(operation) is None


def test_an_admin_edit_is_noted_with_the_user_and_the_record(staff_client, loaded_copy, admin_user):
    place = Place.objects.get(name="Eastville")
    response = staff_client.post(reverse("admin:battlemap_place_change", args=[place.pk]), {
        "operation": place.operation_id, "name": "Eastville", "modern_name": "Skhidne (edited)",
        "kind": "town", "certainty": "certain", "basis": "stated",
        "citations": '[{"source": "sample-notes", "locator": "p. 2"}]', "note": "",
        "geometry": json.dumps(place.geometry.__geo_interface__ if hasattr(place.geometry, "__geo_interface__") else place.geometry),
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    edit = OperationEdit.objects.get()
    assert edit.editor == admin_user.get_username()
    assert edit.action == "changed"
    assert "Eastville" in edit.record


def test_a_day_view_save_is_noted(staff_client, loaded_copy):
    operation = Operation.objects.get(slug="sample")
    position = Position.objects.get(formation__key="e-20tb", date="1942-05-12")
    response = staff_client.post(reverse("admin:battlemap_operation_day", args=[operation.pk, "1942-05-12"]), {
        "geometries": json.dumps({f"position:{position.pk}": '{"type": "Point", "coordinates": [36.7, 49.4]}'})})
    assert response.status_code == 302
    summary = edits_summary(operation)
    assert summary["count"] >= 1 and summary["last_editor"] == "admin"


def test_a_shell_edit_is_noted_as_such(loaded_copy):
    place = Place.objects.get(name="Eastville")
    place.modern_name = "Changed in a shell"
    place.save()
    place.delete()
    edits = list(OperationEdit.objects.order_by("id").values_list("action", "editor"))
    assert edits == [("changed", SHELL), ("deleted", SHELL)]


def test_an_edited_operation_is_not_replaced_and_the_refusal_names_the_edits(loaded_copy):
    Place.objects.filter(name="Eastville").update(modern_name="x")  # an update() sends no signal...
    place = Place.objects.get(name="Eastville")
    place.modern_name = "Edited by hand"
    place.save()  # ...a save does
    change_the_files(loaded_copy)
    with pytest.raises(CommandError) as refused:
        load(loaded_copy)
    message = str(refused.value)
    assert "sample: not replaced: 1 edit made since its last load" in message
    assert SHELL in message and "UTC" in message
    assert "export_operation sample --format folder" in message and "--discard-edits" in message
    # Nothing was lost.
    assert Place.objects.get(name="Eastville").modern_name == "Edited by hand"
    assert OperationEdit.objects.count() == 1


def test_if_changed_skips_an_edited_operation_and_says_why(loaded_copy):
    place = Place.objects.get(name="Eastville")
    place.modern_name = "Edited by hand"
    place.save()
    change_the_files(loaded_copy)
    out = load("--if-changed", loaded_copy)
    assert "sample: skipped: 1 edit made since its last load" in out
    assert Place.objects.get(name="Eastville").modern_name == "Edited by hand"


def test_discard_edits_replaces_the_operation_and_says_what_it_discarded(loaded_copy):
    place = Place.objects.get(name="Eastville")
    place.modern_name = "Edited by hand"
    place.save()
    out = load("--discard-edits", loaded_copy)
    assert "sample: discarded 1 edit made since its last load" in out
    assert Place.objects.get(name="Eastville").modern_name != "Edited by hand"
    assert OperationEdit.objects.count() == 0, "a load starts the operation with no edits"


def test_an_unedited_operation_reloads_as_before(loaded_copy):
    change_the_files(loaded_copy)
    out = load(loaded_copy)
    assert "Loaded operation 'sample'" in out
    assert Place.objects.filter(modern_name="Renamed in the files").exists()


def test_the_admin_shows_the_edits_and_lets_no_one_change_them(staff_client, loaded_copy):
    operation = Operation.objects.get(slug="sample")
    page = staff_client.get(reverse("admin:battlemap_operation_change", args=[operation.pk])).content.decode()
    assert "Edited since its last load" in page
    place = Place.objects.get(name="Eastville")
    place.modern_name = "Edited by hand"
    place.save()
    page = staff_client.get(reverse("admin:battlemap_operation_changelist")).content.decode()
    assert "1 change</a>, the last by a shell or script (no signed-in user)" in page
    edits = staff_client.get(reverse("admin:battlemap_operationedit_changelist")).content.decode()
    assert "Eastville" in edits
    edit = OperationEdit.objects.get()
    assert staff_client.post(reverse("admin:battlemap_operationedit_delete", args=[edit.pk]), {"post": "yes"}).status_code == 403
    assert OperationEdit.objects.count() == 1


def test_deleting_a_whole_operation_notes_nothing_and_fails_nothing(loaded_copy):
    Operation.objects.get(slug="sample").delete()
    assert OperationEdit.objects.count() == 0
    assert not Operation.objects.exists()


# --- two authors at once --------------------------------------------------------------------------

@pytest.fixture
def two_authors(client, admin_user, django_user_model):
    from django.test import Client

    other = django_user_model.objects.create_superuser("olena", "olena@example.org", "pw-olena-2026")
    first, second = client, Client()
    first.force_login(admin_user)
    second.force_login(other)
    return first, second


def place_form(client, place):
    """Eastville's change form as the browser posts it back, with the version it was read at."""
    import shapely

    form = client.get(reverse("admin:battlemap_place_change", args=[place.pk])).context["adminform"].form
    return {"operation": place.operation_id, "name": place.name, "modern_name": place.modern_name,
            "kind": place.kind, "certainty": place.certainty, "basis": "stated",
            "citations": '[{"source": "sample-notes", "locator": "p. 2"}]', "note": "",
            "geometry": shapely.to_geojson(place.geometry), "read_at": form.fields["read_at"].initial}


def test_a_stale_change_form_is_refused_naming_who_changed_what_and_keeps_the_work(two_authors, loaded_copy):
    first, second = two_authors
    place = Place.objects.get(name="Eastville")
    mine, theirs = place_form(first, place), place_form(second, place)
    theirs["modern_name"] = "Olena's name"
    assert second.post(reverse("admin:battlemap_place_change", args=[place.pk]), theirs).status_code == 302
    mine["modern_name"] = "My name"
    response = first.post(reverse("admin:battlemap_place_change", args=[place.pk]), mine)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Not saved: olena changed this place" in page
    assert 'value="My name"' in page, "the author's unsaved work is on the page"
    assert Place.objects.get(pk=place.pk).modern_name == "Olena's name"
    # Saving again from the page shown (read at the newer version) is a choice made knowing.
    again = response.context["adminform"].form.data.copy()
    assert first.post(reverse("admin:battlemap_place_change", args=[place.pk]), again).status_code == 302
    assert Place.objects.get(pk=place.pk).modern_name == "My name"


def test_a_stale_day_view_save_is_refused_and_the_edits_are_kept(two_authors, loaded_copy):
    first, second = two_authors
    operation = Operation.objects.get(slug="sample")
    url = reverse("admin:battlemap_operation_day", args=[operation.pk, "1942-05-12"])
    read_at = first.get(url).context["read_at"]
    position = Position.objects.get(formation__key="e-20tb", date="1942-05-12")
    theirs = json.dumps({f"position:{position.pk}": '{"type": "Point", "coordinates": [36.6, 49.3]}'})
    assert second.post(url, {"geometries": theirs, "read_at": second.get(url).context["read_at"]}).status_code == 302
    mine = json.dumps({f"position:{position.pk}": '{"type": "Point", "coordinates": [36.7, 49.4]}'})
    response = first.post(url, {"geometries": mine, "read_at": read_at})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Not saved: olena changed this day (1942-05-12)" in page
    assert "36.7" in json.dumps(response.context["day_options"]["edited"]), "the author's edits are kept"
    position.refresh_from_db()
    assert (position.point.x, position.point.y) == (36.6, 49.3)
    # Another day was not touched: a save there goes through.
    other_day = reverse("admin:battlemap_operation_day", args=[operation.pk, "1942-05-13"])
    assert first.post(other_day, {"geometries": "{}", "read_at": read_at}).status_code == 302


@pytest.mark.parametrize("model", ["place", "area", "position", "event", "formation", "movement", "front", "keymoment", "source", "side"])
def test_every_change_form_carries_the_version_it_was_read_at(staff_client, loaded_copy, model):
    from django.apps import apps

    record = apps.get_model("battlemap", model).objects.first()
    page = staff_client.get(reverse(f"admin:battlemap_{model}_change", args=[record.pk])).content.decode()
    assert 'name="read_at"' in page and 'type="hidden"' in page
