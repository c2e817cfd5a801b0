"""Issue #29, part 3: every record keeps its versions (django-simple-history), the admin shows them
with their differences and restores one; a reload keeps the history of the records it replaces."""

import io
import json

import pytest
import shapely
from django.core.management import call_command
from django.urls import reverse

from battlemap.history import LOADER, identity_of, versions_of
from battlemap.models import Area, Formation, Operation, OperationEdit, Position


pytestmark = pytest.mark.django_db




def first_area():
    return Area.objects.filter(operation__slug="sample").order_by("pk").first()


def area_form(area, **changes):
    """The area's change form as the admin posts it, with `changes`."""
    data = {
        "operation": area.operation_id, "date": area.date.isoformat(), "side": area.side_id, "role": area.role,
        "geometry": json.dumps(shapely.geometry.mapping(area.geometry)), "certainty": area.certainty,
        "basis": area.basis, "derived_from": area.derived_from, "citations": json.dumps(area.citations),
        "note": area.note, "sources": [source.pk for source in area.sources.all()], "read_at": "",
    }
    data.update(changes)
    return data


def moved(geometry, amount):
    """The geometry shrunk about its centre (so it stays in the box and off the other side's ground)."""
    return shapely.affinity.scale(geometry, 1 - amount, 1 - amount)


def edit_area_in_admin(client, area, **changes):
    response = client.post(reverse("admin:battlemap_area_change", args=[area.pk]), area_form(area, **changes))
    assert response.status_code == 302, [line for line in response.content.decode().splitlines() if "error" in line]


def test_a_load_writes_one_version_per_record_attributed_to_the_loader(loaded_copy):
    operation = Operation.objects.get(slug="sample")
    for model in (Operation, Formation, Position, Area):
        stored = model.objects.count()
        versions = model.history.filter(history_type="+")
        assert versions.count() == stored, model
        assert set(versions.values_list("editor", flat=True)) == {LOADER}
    area = first_area()
    version = Area.history.get(id=area.pk)
    assert version.identity == identity_of(area)
    assert version.identity.startswith(f"{operation.slug}/area/{area.date.isoformat()}/")
    # Its sources are kept with it (m2m history).
    assert {link.source_id for link in version.sources.all()} == set(area.sources.values_list("pk", flat=True))
    assert version.geometry.equals(area.geometry)


def test_an_admin_save_is_one_version_with_its_editor_and_sources(staff_client, loaded_copy, admin_user):
    area = first_area()
    before = Area.history.filter(id=area.pk).count()
    operation_versions = Operation.history.count()
    edit_area_in_admin(staff_client, area, geometry=json.dumps(shapely.geometry.mapping(moved(area.geometry, 0.01))),
                       note="Moved east a little.")
    versions = Area.history.filter(id=area.pk).order_by("-history_id")
    assert versions.count() == before + 1  # the form's save and its sources' are one version
    latest = versions.first()
    assert latest.editor == admin_user.get_username()
    assert latest.note == "Moved east a little."
    assert {link.source_id for link in latest.sources.all()} == set(area.sources.values_list("pk", flat=True))
    # The operation's timestamp renewed after the edit is bookkeeping, not a version of it.
    assert Operation.history.count() == operation_versions


def test_the_history_page_shows_the_changes_and_the_geometry_to_draw(staff_client, loaded_copy):
    area = first_area()
    old = area.geometry
    edit_area_in_admin(staff_client, area, geometry=json.dumps(shapely.geometry.mapping(moved(old, 0.02))),
                       note="Shifted.")
    response = staff_client.get(reverse("admin:battlemap_area_history", args=[area.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Shifted." in page and "Restore this version" in page
    assert "by the loader (load_operation)" in page
    maps = response.context["maps"]
    # The edit's map has the geometry before and after it; the load's, the geometry it added.
    changed = [drawn for drawn in maps.values() if drawn["old"] is not None]
    assert len(changed) == 1 and len(maps) == 2
    (drawn,) = changed
    assert shapely.geometry.shape(drawn["old"]).equals(old)
    assert shapely.geometry.shape(drawn["new"]).equals(moved(old, 0.02))


def test_a_restore_brings_back_the_geometry_and_its_sources(staff_client, loaded_copy):
    area = first_area()
    loaded_geometry, loaded_sources = area.geometry, set(area.sources.values_list("key", flat=True))
    loaded_citations = area.citations
    other = area.operation.sources.exclude(key__in=loaded_sources).first()
    assert other is not None, "the sample has a second source to cite"
    edit_area_in_admin(staff_client, area, geometry=json.dumps(shapely.geometry.mapping(moved(loaded_geometry, 0.03))),
                       sources=[other.pk], citations=json.dumps([{"source": other.key, "locator": "p. 9"}]))
    area.refresh_from_db()
    assert not area.geometry.equals(loaded_geometry)
    assert other.key in set(area.sources.values_list("key", flat=True))
    loaded_version = Area.history.get(id=area.pk, history_type="+")
    edits_before = OperationEdit.objects.count()
    response = staff_client.post(
        reverse("admin:battlemap_area_restore", args=[area.pk, loaded_version.history_id]),
        {"read_at": str(OperationEdit.objects.order_by("-id").first().id)})
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.geometry.equals(loaded_geometry)
    assert set(area.sources.values_list("key", flat=True)) == loaded_sources
    assert area.citations == loaded_citations
    # A restore is an edit like any other: the operation is marked edited.
    assert OperationEdit.objects.count() > edits_before


def test_a_stale_restore_is_refused(staff_client, loaded_copy):
    area = first_area()
    read_at = 0
    edit_area_in_admin(staff_client, area, note="Someone else's change.")
    loaded_version = Area.history.get(id=area.pk, history_type="+")
    response = staff_client.post(
        reverse("admin:battlemap_area_restore", args=[area.pk, loaded_version.history_id]), {"read_at": str(read_at)},
        follow=True)
    area.refresh_from_db()
    assert area.note == "Someone else's change."
    assert "Not saved" in response.content.decode()


def test_the_history_survives_a_reload_and_a_version_from_before_restores(staff_client, loaded_copy):
    area = first_area()
    identity = identity_of(area)
    old_geometry = area.geometry
    edit_area_in_admin(staff_client, area, geometry=json.dumps(shapely.geometry.mapping(moved(old_geometry, 0.04))),
                       note="Before the reload.")
    old_id = area.pk
    call_command("load_operation", str(loaded_copy), "--discard-edits", stdout=io.StringIO())
    reloaded = next(a for a in Area.objects.filter(operation__slug="sample") if identity_of(a) == identity)
    # Record ids are not stable across loads: the history is found through the record's identity.
    assert reloaded.pk != old_id
    versions = versions_of(reloaded)
    assert {version.id for version in versions} == {old_id, reloaded.pk}
    edited = next(version for version in versions if version.note == "Before the reload.")
    response = staff_client.get(reverse("admin:battlemap_area_history", args=[reloaded.pk]))
    page = response.content.decode()
    assert "Before the reload." in page and "earlier load" in page
    staff_client.post(reverse("admin:battlemap_area_restore", args=[reloaded.pk, edited.history_id]), {"read_at": "0"})
    reloaded.refresh_from_db()
    assert reloaded.note == "Before the reload."
    assert reloaded.geometry.equals(moved(old_geometry, 0.04))
    # Its side and sources are those of the operation now, not of the load that was replaced.
    assert reloaded.side.operation_id == reloaded.operation_id
    assert all(source.operation_id == reloaded.operation_id for source in reloaded.sources.all())


def test_a_restore_that_breaks_a_rule_is_refused_in_the_rules_words(staff_client, loaded_copy):
    area = first_area()
    edit_area_in_admin(staff_client, area, note="x")
    version = Area.history.get(id=area.pk, history_type="+")
    # The version's citations name a source the operation no longer has.
    Area.history.filter(history_id=version.history_id).update(citations=[{"source": "gone-work", "locator": "p. 1"}])
    response = staff_client.post(reverse("admin:battlemap_area_restore", args=[area.pk, version.history_id]),
                                 {"read_at": str(OperationEdit.objects.order_by("-id").first().id)}, follow=True)
    assert "Not restored" in response.content.decode()
    area.refresh_from_db()
    assert area.note == "x"


def test_an_operation_and_a_position_have_their_history_too(staff_client, loaded_copy):
    operation = Operation.objects.get(slug="sample")
    response = staff_client.post(reverse("admin:battlemap_operation_change", args=[operation.pk]), {
        "name": operation.name, "slug": operation.slug, "start_date": operation.start_date.isoformat(),
        "end_date": operation.end_date.isoformat(), "summary": "A new summary.", "tagline": "",
        "other_names": json.dumps(operation.other_names), "bbox": json.dumps(operation.bbox), "listed": "",
        "sides-TOTAL_FORMS": "0", "sides-INITIAL_FORMS": "0", "read_at": "",
    })
    page = staff_client.get(reverse("admin:battlemap_operation_history", args=[operation.pk])).content.decode()
    if response.status_code != 302:
        pytest.skip("the operation's change form asks for more than this test sends")
    assert "A new summary." in page and "load_operation" in page
    position = Position.objects.filter(formation__operation=operation).order_by("pk").first()
    position.status = "retreating"
    position.save()
    response = staff_client.get(reverse("admin:battlemap_position_history", args=[position.pk]))
    rows = response.context["rows"]
    assert rows[0]["changes"] == [{"field": "status", "geometry": False, "old": "engaged", "new": "retreating"}]
    # Its formation is named by its key, whichever load it was.
    loaded = rows[-1]["changes"]
    assert any(change["field"] == "formation" and change["new"] == position.formation.key for change in loaded)


def test_a_record_left_out_of_the_files_at_a_reload_keeps_its_history_on_the_operations_page(staff_client, loaded_copy):
    places = json.loads((loaded_copy / "places.geojson").read_text())
    gone = places["features"].pop(0)["properties"]["name"]
    (loaded_copy / "places.geojson").write_text(json.dumps(places))
    call_command("load_operation", str(loaded_copy), stdout=io.StringIO())
    operation = Operation.objects.get(slug="sample")
    response = staff_client.get(reverse("admin:battlemap_operation_history", args=[operation.pk]))
    removed = response.context["removed"]
    assert [item["name"].split("/")[-1].split("#")[0] for item in removed] == [gone]
    page = staff_client.get(removed[0]["url"])
    assert page.status_code == 200
    assert gone in page.content.decode() and "Restore this version" not in page.content.decode()
    assert [row["version"].history_type for row in page.context["rows"]] == ["+"]
