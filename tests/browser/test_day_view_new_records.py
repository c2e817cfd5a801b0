"""Issue #29, part 5, in Chromium: the day view draws a new area and a new position with the mouse,
says what they are and how we know them, and adds them; a stated one without a locator is refused
with what was drawn kept on the map."""

import pytest
from shapely.geometry import Point, Polygon

from battlemap.models import Area, Formation, Operation, Position

pytestmark = pytest.mark.django_db(transaction=True)

DAY = "1942-05-12"


def open_new(page, kind):
    operation = Operation.objects.get(slug="sample")
    page.goto(f"{page.live_url}/admin/battlemap/operation/{operation.pk}/day/{DAY}/?new={kind}")
    page.wait_for_selector(f".day-view-map[data-adding={kind}]")
    page.evaluate("document.querySelector('.day-view-map').scrollIntoView({block: 'start'})")


def click_at(page, lon, lat):
    x, y = page.evaluate("""([lon, lat]) => {
        const element = document.querySelector('.day-view-map');
        const point = element.battlemapMap.latLngToContainerPoint([lat, lon]);
        const box = element.getBoundingClientRect();
        return [box.left + point.x, box.top + point.y];
    }""", [lon, lat])
    page.mouse.click(x, y)


def describe(page, citations="sample-notes: p. 4"):
    page.select_option("#id_new-certainty", "certain")
    page.select_option("#id_new-basis", "stated")
    page.fill("#id_new-citations", citations)


@pytest.mark.parametrize("size", [{"width": 1280, "height": 800}, {"width": 390, "height": 844}], ids=["laptop", "phone"])
def test_a_new_area_drawn_with_the_mouse_is_added(admin_page, shots, size):
    page = admin_page
    page.set_viewport_size(size)
    open_new(page, "area")
    ring = [(36.55, 49.35), (36.75, 49.35), (36.75, 49.55), (36.55, 49.55)]
    # Close enough that the positions nearby are further than the snapping distance, on a phone too.
    page.evaluate("document.querySelector('.day-view-map').battlemapMap.fitBounds([[49.3, 36.5], [49.6, 36.8]], {animate: false})")
    for lon, lat in ring:
        click_at(page, lon, lat)
    click_at(page, *ring[0])
    page.wait_for_selector(".day-view-map[data-new-drawn=Polygon]")
    page.screenshot(path=str(shots / f"day-view-new-area-drawn-{size['width']}.png"))
    page.select_option("#id_new-side", label="Eastern forces")
    page.select_option("#id_new-role", "held")
    describe(page)
    page.locator(".day-view-new-form input[type=submit]").click()
    page.wait_for_selector(".messagelist .success")
    area = Area.objects.filter(operation__slug="sample", date=DAY).order_by("-pk").first()
    assert area.side.slug == "east" and area.citations == [{"source": "sample-notes", "locator": "p. 4"}]
    # Clicked to the pixel: within a tenth of its area of the ring asked for.
    assert area.geometry.symmetric_difference(Polygon(ring)).area < 0.1 * Polygon(ring).area, area.geometry.wkt
    assert list(area.sources.values_list("key", flat=True)) == ["sample-notes"]


def test_a_new_position_without_a_locator_is_refused_and_kept_then_added(admin_page, shots):
    page = admin_page
    page.set_viewport_size({"width": 1280, "height": 800})
    formation = Formation.objects.get(operation__slug="sample", key="w-1c")
    Position.objects.filter(formation=formation, date=DAY).delete()
    open_new(page, "position")
    click_at(page, 35.45, 49.55)
    page.wait_for_selector(".day-view-map[data-new-drawn=Point]")
    page.select_option("#id_new-formation", label=formation.name)
    page.select_option("#id_new-status", "engaged")
    describe(page, citations="sample-notes")
    page.locator(".day-view-new-form input[type=submit]").click()
    page.wait_for_selector(".day-view-problems")
    assert "locator" in page.locator(".day-view-new-form").inner_text()
    assert not Position.objects.filter(formation=formation, date=DAY).exists()
    # The refused form comes back as 400 Bad Request, which Chromium logs; that is the only message.
    assert page.console_log.errors == ["Failed to load resource: the server responded with a status of 400 (Bad Request)"]
    page.console_log.messages.clear()
    # What was drawn is still there, on the map and in the form.
    page.wait_for_selector(".day-view-map[data-new-drawn=Point]")
    page.screenshot(path=str(shots / "day-view-new-position-refused.png"), full_page=True)
    page.fill("#id_new-citations", "sample-notes: p. 5")
    page.locator(".day-view-new-form input[type=submit]").click()
    page.wait_for_selector(".messagelist .success")
    position = Position.objects.get(formation=formation, date=DAY)
    assert position.point.distance(Point(35.45, 49.55)) < 0.01


def test_a_new_arrow_drawn_point_by_point_is_added_with_its_formation(admin_page):
    page = admin_page
    page.set_viewport_size({"width": 1280, "height": 800})
    open_new(page, "movement")
    path = [(36.5, 49.7), (36.3, 49.72), (36.15, 49.68)]
    page.evaluate("document.querySelector('.day-view-map').battlemapMap.fitBounds([[49.6, 36.1], [49.8, 36.6]], {animate: false})")
    for lon, lat in path:
        click_at(page, lon, lat)
    click_at(page, *path[-1])  # the last point again ends the line
    page.wait_for_selector(".day-view-map[data-new-drawn=LineString]")
    page.fill("#id_new-key", "east-feint")
    page.select_option("#id_new-side", label="Eastern forces")
    page.select_option("#id_new-formation", label="10th Rifle Division")
    page.select_option("#id_new-kind", "attack")
    page.fill("#id_new-label", "Eastern feint")
    describe(page)
    page.locator(".day-view-new-form input[type=submit]").click()
    page.wait_for_selector(".messagelist .success")
    from battlemap.models import Movement

    arrow = Movement.objects.get(operation__slug="sample", key="east-feint")
    assert arrow.formation.key == "e-10rd" and arrow.start_date.isoformat() == DAY
    assert len(arrow.path.coords) == 3
    assert arrow.path.coords[0] == pytest.approx(path[0], abs=0.01)
    assert page.locator(".messagelist .success a").get_attribute("href").endswith(f"/movement/{arrow.pk}/change/")
