"""Issue #29, part 3, in Chromium: a record's history in the admin draws its geometry's change on a
map (before and after, with a legend) and restores a version; and Add operation's form, whose box
is drawn on a map with the mouse."""

import pytest
import shapely

from battlemap.models import Area, Operation

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = [{"width": 1280, "height": 800}, {"width": 390, "height": 844}]


def drawn_strokes(page, selector):
    """The stroke colours of the vector paths drawn on the map of `selector`."""
    return page.evaluate("""(selector) => [...document.querySelectorAll(selector + ' path.leaflet-interactive, ' + selector + ' path')]
        .map((path) => path.getAttribute('stroke')).filter(Boolean)""", selector)


@pytest.mark.parametrize("size", SIZES, ids=["laptop", "phone"])
def test_the_history_draws_the_geometry_change_and_restores_a_version(admin_page, shots, size):
    page = admin_page
    page.set_viewport_size(size)
    area = Area.objects.filter(operation__slug="sample").order_by("pk").first()
    loaded = area.geometry
    area.geometry = shapely.affinity.scale(loaded, 0.8, 0.8)
    area.note = "Shrunk for the test."
    area.save()
    page.goto(f"{page.live_url}/admin/battlemap/area/{area.pk}/history/")
    page.wait_for_selector(".history-diff-map[data-ready=true]")
    newest = page.locator(".history-version").first
    assert "Shrunk for the test." in newest.inner_text()
    assert newest.locator(".history-diff-map").get_attribute("data-layers") == "2"
    strokes = drawn_strokes(page, "#" + newest.get_attribute("id") + " .history-diff-map")
    assert "#c0392b" in strokes and "#1f5fbf" in strokes, strokes
    legend = newest.locator(".history-diff-legend").inner_text()
    assert "before" in legend and "after" in legend
    newest.locator(".history-diff-map").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / f"history-diff-{size['width']}.png"))
    # The loader's version, restored with the button.
    loader_version = page.locator(".history-version", has_text="the loader (load_operation)").last
    loader_version.locator("input[value='Restore this version']").click()
    page.wait_for_selector(".messagelist .success")
    area.refresh_from_db()
    assert area.geometry.equals(loaded)
    assert area.note == ""
    assert page.console_log.errors == []


@pytest.mark.parametrize("size", SIZES, ids=["laptop", "phone"])
def test_add_operation_draws_its_box_with_the_mouse_and_opens_its_first_day(admin_page, shots, size):
    page = admin_page
    page.set_viewport_size(size)
    page.goto(f"{page.live_url}/admin/battlemap/operation/add/")
    page.wait_for_selector(".new-operation-map[data-ready=true]")
    page.fill("#id_operation-name", f"Operation Drawn {size['width']}")
    page.fill("#id_operation-slug", f"drawn-{size['width']}")
    page.fill("#id_operation-start_date", "1943-03-01")
    page.fill("#id_operation-end_date", "1943-03-04")
    page.fill("#id_sides-0-slug", "red")
    page.fill("#id_sides-0-name", "Red")
    page.fill("#id_sides-1-slug", "blue")
    page.fill("#id_sides-1-name", "Blue")
    page.locator(".new-operation-map").scroll_into_view_if_needed()
    page.click(".leaflet-pm-toolbar .leaflet-pm-icon-rectangle")
    box = page.locator(".new-operation-map").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.3)
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.6, steps=8)
    page.mouse.click(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.6)
    page.wait_for_selector(".new-operation-map[data-box]")
    west, south, east, north = (float(page.input_value(f"#id_operation-{edge}")) for edge in ("west", "south", "east", "north"))
    assert west < east and south < north
    page.screenshot(path=str(shots / f"new-operation-form-{size['width']}.png"), full_page=True)
    page.click(".new-operation-form input[type=submit]")
    page.wait_for_selector(".day-view-map[data-ready=true]")
    operation = Operation.objects.get(slug=f"drawn-{size['width']}")
    assert operation.bbox == pytest.approx([west, south, east, north], abs=0.001)
    assert list(operation.sides.values_list("slug", flat=True)) == ["red", "blue"]
    assert page.console_log.errors == []
