"""Authoring on the map in headless Chromium: the admin's geometry widget and its day view."""

import json

import pytest
import shapely
from shapely.geometry import shape
from waiting import eventually

from battlemap.models import Area, Operation, Position, Side

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOT = {"width": 1280, "height": 800}


@pytest.fixture
def admin_page(admin_page):
    """The signed-in admin page (conftest.py) at the screenshots' size."""
    admin_page.set_viewport_size(SCREENSHOT)
    return admin_page


def open_widget(page, path):
    page.goto(f"{page.live_url}{path}")
    page.wait_for_selector(".geometry-widget[data-context-ready=true]")
    # The map at the top of the window, so every point asked for is on screen.
    page.evaluate("document.querySelector('.geometry-widget-map').scrollIntoView({block: 'start'})")
    return page


def screen_point(page, lon, lat, selector=".geometry-widget"):
    """Where a longitude/latitude is on the page, in pixels, on the map of `selector`."""
    return page.evaluate("""([selector, lon, lat]) => {
        const element = document.querySelector(selector);
        const map = element.battlemapMap;
        const point = map.latLngToContainerPoint([lat, lon]);
        const box = map.getContainer().getBoundingClientRect();
        return [box.left + point.x, box.top + point.y];
    }""", [selector, lon, lat])


def tool(page, name):
    """Click one of Geoman's toolbar buttons (by its icon's name: polygon, edit, cut, drag...)."""
    page.click(f".leaflet-pm-toolbar .leaflet-pm-icon-{name}")


def click_at(page, lon, lat, selector=".geometry-widget"):
    x, y = screen_point(page, lon, lat, selector)
    page.mouse.click(x, y)


def draw_ring(page, ring, selector=".geometry-widget", snap=True):
    """Click each vertex of `ring` with the mouse, then the first again to close it; without
    `snap`, Alt is held down, which turns Geoman's snapping off."""
    if not snap:
        page.keyboard.down("Alt")
    for lon, lat in ring:
        click_at(page, lon, lat, selector)
    click_at(page, *ring[0], selector)
    if not snap:
        page.keyboard.up("Alt")


def drag(page, start, end, selector=".geometry-widget"):
    """Press the mouse at one longitude/latitude and let go at another, moving in steps."""
    x0, y0 = screen_point(page, *start, selector)
    x1, y1 = screen_point(page, *end, selector)
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move(x1, y1, steps=12)
    page.mouse.up()


def geometry_text(page):
    """The widget's GeoJSON text, once it holds some: the map writes it after Geoman's event, so
    straight after the last click of a new shape it can still be empty."""
    page.wait_for_function("document.querySelector('.geometry-widget textarea').value.trim() !== ''")
    return json.loads(page.input_value(".geometry-widget textarea"))


def save(page):
    page.click("input[name=_save]")
    page.wait_for_load_state("load")


def situation_areas(page, day):
    """The areas the public API gives for `day`, as (properties, shapely geometry)."""
    response = page.request.get(f"{page.live_url}/api/operations/sample/situation/?date={day}")
    assert response.ok
    return [(feature["properties"], shape(feature["geometry"]))
            for feature in response.json()["features"] if feature["properties"]["layer"] == "area"]


def test_an_area_change_page_shows_the_day_around_it(admin_page, shots):
    area = Area.objects.get(date="1942-05-12", side__slug="east", role="held")
    page = open_widget(admin_page, f"/admin/battlemap/area/{area.pk}/change/")
    legend = page.locator(".geometry-widget-legend input").evaluate_all("boxes => boxes.map(b => b.dataset.layer)")
    assert {"other_ground", "previous", "next", "front", "rivers", "railways", "places", "positions"} <= set(legend)
    # The place names are drawn as text, and the other side's ground is offered to snapping.
    assert page.locator(".geometry-widget-label", has_text="Westburg").count() == 1
    assert "The other side's ground (snaps)" in page.inner_text(".geometry-widget-legend")
    page.screenshot(path=str(shots / "authoring-area-change.png"))


def test_a_new_area_is_drawn_with_the_mouse_and_reaches_the_api(admin_page):
    operation = Operation.objects.get(slug="sample")
    east = Side.objects.get(operation=operation, slug="east")
    page = open_widget(admin_page, f"/admin/battlemap/area/add/?operation={operation.pk}&date=1942-05-12"
                                   f"&side={east.pk}&role=salient&basis=inferred&note=Drawn+by+the+browser+test")
    tool(page, "polygon")
    draw_ring(page, [(36.55, 49.35), (36.8, 49.35), (36.8, 49.6), (36.55, 49.6)])
    drawn = geometry_text(page)
    assert drawn["type"] == "Polygon" and len(drawn["coordinates"][0]) == 5
    save(page)
    assert page.locator(".messagelist .success").count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()
    salients = [(properties, geometry) for properties, geometry in situation_areas(page, "1942-05-12")
                if properties["role"] == "salient"]
    assert len(salients) == 1
    west, south, east_edge, north = salients[0][1].bounds
    assert west == pytest.approx(36.55, abs=0.01) and north == pytest.approx(49.6, abs=0.01)


def test_a_vertex_moved_with_the_mouse_and_a_hole_cut_are_saved(admin_page):
    area = Area.objects.get(date="1942-05-12", side__slug="east", role="held")
    page = open_widget(admin_page, f"/admin/battlemap/area/{area.pk}/change/")
    page.evaluate("document.querySelector('.geometry-widget').battlemapMap.setView([49.5, 36.6], 8, {animate: false})")
    tool(page, "edit")
    drag(page, (37.0, 50.0), (36.9, 49.9))
    tool(page, "edit")
    moved = geometry_text(page)
    assert any(abs(lon - 36.9) < 0.01 and abs(lat - 49.9) < 0.01 for lon, lat in moved["coordinates"][0])
    # The hole: Geoman's cut, its ring clicked with the mouse inside the area.
    tool(page, "cut")
    draw_ring(page, [(36.6, 49.3), (36.75, 49.3), (36.75, 49.45), (36.6, 49.45)])
    page.wait_for_function("JSON.parse(document.querySelector('.geometry-widget textarea').value).coordinates.length === 2")
    save(page)
    assert page.locator(".messagelist .success").count() == 1
    [(properties, geometry)] = [item for item in situation_areas(page, "1942-05-12")
                                if item[0]["side"] == "east" and item[0]["role"] == "held"]
    assert geometry.geom_type == "Polygon" and len(geometry.interiors) == 1
    assert geometry.exterior.distance(shapely.Point(36.9, 49.9)) < 0.01
    assert not geometry.contains(shapely.Point(37.0 - 1e-6, 50.0 - 1e-6))


def split_east_area_of_11_may(admin_page):
    """Open the east's held area of 11 May and cut a strip across all of it, which leaves two parts."""
    area = Area.objects.get(date="1942-05-11", side__slug="east", role="held")
    page = open_widget(admin_page, f"/admin/battlemap/area/{area.pk}/change/")
    tool(page, "cut")
    # Snapping off: the strip's ends would otherwise snap onto the area's own edges.
    draw_ring(page, [(35.8, 49.62), (37.08, 49.62), (37.08, 49.7), (35.8, 49.7)], snap=False)
    page.wait_for_function("JSON.parse(document.querySelector('.geometry-widget textarea').value).type === 'MultiPolygon'")
    return page


def saved_east_area_of_11_may(page):
    """Save the form and return the east's held area of 11 May as the API gives it."""
    save(page)
    assert page.locator(".messagelist .success").count() == 1
    [(properties, geometry)] = [item for item in situation_areas(page, "1942-05-11")
                                if item[0]["side"] == "east" and item[0]["role"] == "held"]
    return geometry


def test_an_area_split_in_two_is_saved_as_two_parts(admin_page):
    page = split_east_area_of_11_may(admin_page)
    assert len(geometry_text(page)["coordinates"]) == 2
    geometry = saved_east_area_of_11_may(page)
    assert geometry.geom_type == "MultiPolygon" and len(geometry.geoms) == 2
    assert not geometry.contains(shapely.Point(36.5, 49.66))


def test_a_part_drawn_across_two_parts_merges_them_into_one_on_save(admin_page):
    page = split_east_area_of_11_may(admin_page)
    # A bridge drawn over both parts: three parts in the text until the save merges them.
    tool(page, "polygon")
    draw_ring(page, [(36.4, 49.58), (36.6, 49.58), (36.6, 49.74), (36.4, 49.74)], snap=False)
    page.wait_for_function("JSON.parse(document.querySelector('.geometry-widget textarea').value).coordinates.length === 3")
    geometry = saved_east_area_of_11_may(page)
    assert geometry.geom_type == "Polygon", "the three parts are one area again"
    assert geometry.contains(shapely.Point(36.5, 49.66)) and not geometry.contains(shapely.Point(36.8, 49.66))


def test_an_edit_over_the_other_sides_ground_is_refused_and_marked_on_the_map(admin_page):
    area = Area.objects.get(date="1942-05-12", side__slug="west", role="held")
    before = area.geometry.wkt
    page = open_widget(admin_page, f"/admin/battlemap/area/{area.pk}/change/")
    page.click(".geometry-widget-advanced summary")
    stored = geometry_text(page)
    overlapping = {"type": "Polygon", "coordinates": [[[35.0, 49.0], [36.6, 49.0], [36.6, 50.0], [35.0, 50.0], [35.0, 49.0]]]}
    page.fill(".geometry-widget textarea", json.dumps(overlapping))
    # Undo steps back to the stored outline; the edit is then made again.
    page.click(".geometry-widget-undo")
    assert geometry_text(page) == stored
    page.fill(".geometry-widget textarea", json.dumps(overlapping))
    # The map follows the text: one edited polygon, with the text's corners.
    assert page.evaluate("document.querySelector('.geometry-widget').battlemapEdited.getLayers().length") == 1
    save(page)
    error = page.inner_text(".field-geometry .errorlist")
    assert "overlaps the ground of east" in error and "around (" in error
    page.wait_for_selector(".geometry-widget[data-problem-marks]")
    assert page.locator(".geometry-widget-problem").count() >= 2
    area.refresh_from_db()
    assert area.geometry.wkt == before


def test_the_day_view_moves_a_position_and_saves_the_day(admin_page, shots):
    operation = Operation.objects.get(slug="sample")
    page = admin_page
    page.goto(f"{page.live_url}/admin/battlemap/operation/{operation.pk}/day/1942-05-12/")
    page.wait_for_selector(".day-view-map[data-ready=true]")
    page.evaluate("document.querySelector('.day-view-map').scrollIntoView({block: 'start'})")
    page.screenshot(path=str(shots / "authoring-day-view.png"))
    position = Position.objects.get(formation__key="e-20tb", date="1942-05-12")
    start = (position.point.x, position.point.y)
    target = (round(start[0] + 0.15, 3), round(start[1] - 0.1, 3))
    tool(page, "drag")
    drag(page, start, target, ".day-view-map")
    tool(page, "drag")
    assert f"position:{position.pk}" in page.get_attribute(".day-view-map", "data-dirty")
    page.click(".day-view-save input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    response = page.request.get(f"{page.live_url}/api/operations/sample/situation/?date=1942-05-12")
    [unit] = [feature for feature in response.json()["features"]
              if feature["properties"]["layer"] == "unit" and feature["properties"]["formation"] == "e-20tb"]
    assert unit["geometry"]["coordinates"] == pytest.approx(list(target), abs=0.01)
    assert page.locator(".day-view-dates a[aria-current=page]").inner_text() == "May 12"


LABEL_BOXES = """() => [...document.querySelectorAll('.day-view-map .geometry-widget-label')].map((element) => {
    const box = element.getBoundingClientRect();
    return { text: element.textContent, shown: getComputedStyle(element).visibility !== 'hidden',
             box: [box.left, box.top, box.right, box.bottom] };
})"""


def test_the_day_views_place_names_give_way_to_each_other_and_the_legend_fits_a_phone(page, live_server, django_user_model, kharkov_operation):
    django_user_model.objects.create_superuser("historian", "historian@example.org", "pw-historian-1")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "historian")
    page.fill("#id_password", "pw-historian-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    page.goto(f"{live_server.url}/admin/battlemap/operation/{kharkov_operation.pk}/day/1942-05-25/")
    page.wait_for_selector(".day-view-map[data-ready=true]")
    page.wait_for_timeout(300)
    # The dates are one row that scrolls sideways, with the day shown in view.
    dates = page.evaluate("""() => {
        const nav = document.querySelector('.day-view-dates').getBoundingClientRect();
        const links = [...document.querySelectorAll('.day-view-dates a')].map((a) => a.getBoundingClientRect());
        const current = document.querySelector('.day-view-dates [aria-current=page]').getBoundingClientRect();
        return { rows: new Set(links.map((r) => Math.round(r.top))).size, count: links.length,
                 left: nav.left, right: nav.right, currentLeft: current.left, currentRight: current.right };
    }""")
    assert dates["count"] > 15 and dates["rows"] == 1, dates
    assert dates["left"] <= dates["currentLeft"] and dates["currentRight"] <= dates["right"], dates
    labels = page.evaluate(LABEL_BOXES)
    shown = [label for label in labels if label["shown"]]
    assert len(labels) > 40 and 5 < len(shown) < len(labels), "the crowded Izyum bend hides some names"
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            ax0, ay0, ax1, ay1 = a["box"]
            bx0, by0, bx1, by1 = b["box"]
            assert not (ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1), (a["text"], b["text"])
    assert "Kharkov" in {label["text"] for label in shown}, "a city's name is the last to go"
    # Zoomed in, the names have room again.
    page.evaluate("document.querySelector('.day-view-map').battlemapMap.setZoom(10, {animate: false})")
    eventually(page, lambda: sum(label["shown"] for label in page.evaluate(LABEL_BOXES)) > len(shown),
               message="more names shown at zoom 10")
    # The admin widens every input of an aligned row on a phone; the legend's checkboxes keep their size.
    area = kharkov_operation.areas.filter(role="pocket").first()
    page.goto(f"{live_server.url}/admin/battlemap/area/{area.pk}/change/")
    page.wait_for_selector(".geometry-widget[data-context-ready=true]")
    widths = page.evaluate("[...document.querySelectorAll('.geometry-widget-legend input')].map((box) => box.getBoundingClientRect().width)")
    assert widths and max(widths) < 30
