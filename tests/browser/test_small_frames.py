"""Phones, small frames and school laptops: at each size the page and the embed fit the ground to
the frame, keep the date on screen and leave the map mostly free of controls."""

import pytest
from waiting import eventually
from frame_measure import date_shown, fits, ground_fit, measure

pytestmark = pytest.mark.django_db(transaction=True)

KHARKOV_BBOX = (34.4, 48.3, 38.4, 50.75)
SIZES = [(320, 250), (400, 300), (390, 844), (800, 450), (1024, 768)]
# The sizes the issue names for the 15 % limit; 800x450 is measured too.
COVERED_AT_MOST = 0.15


def open_ready(page, url):
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    # Two frames more, so that what was laid out has been painted.
    page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return page


@pytest.mark.parametrize("kind", ["page", "embed"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_frame_shows_the_ground_the_date_and_a_free_map(kharkov_operation, page, live_server, shots, kind, width, height):
    page.set_viewport_size({"width": width, "height": height})
    path = "operations" if kind == "page" else "embed"
    open_ready(page, f"{live_server.url}/{path}/kharkov-1942/?date=1942-05-24")
    page.screenshot(path=str(shots / f"{kind}-{width}x{height}.png"))
    frame = measure(page)
    print(f"{kind} {width}x{height}: map {frame['mapShareOfFrame']:.0%} of the frame, "
          f"{frame['coveredShareOfMap']:.1%} of it under controls ({frame['boxes']})")
    assert date_shown(page), "the date is on screen"
    assert frame["coveredShareOfMap"] <= COVERED_AT_MOST, frame
    assert fits(ground_fit(page, KHARKOV_BBOX)), ground_fit(page, KHARKOV_BBOX)


@pytest.mark.parametrize("kind", ["page", "embed"])
def test_the_ground_is_fitted_again_on_every_resize_until_the_reader_moves_the_map(kharkov_operation, page, live_server, kind):
    page.set_viewport_size({"width": 1024, "height": 768})
    path = "operations" if kind == "page" else "embed"
    open_ready(page, f"{live_server.url}/{path}/kharkov-1942/?date=1942-05-24")
    wide_zoom = page.evaluate("window.battlemap.map.getZoom()")
    for width, height in [(320, 250), (390, 844), (800, 450)]:
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_function("(z) => window.battlemap.map.getZoom() !== z", arg=wide_zoom)
        eventually(page, lambda: fits(ground_fit(page, KHARKOV_BBOX)), message=f"the ground fitted at {width}x{height}")
        # The echelons follow the ground's scale on screen: a fitted frame shows armies, whatever its size.
        assert page.evaluate("window.battlemap.debug.echelonShown") == "army"
        assert "center=" not in page.evaluate("location.search"), "a fitted view is not written into the address"
    # Once the reader zooms in, a resize keeps their view.
    page.evaluate("window.battlemap.map.setZoom(window.battlemap.map.getZoom() + 1, {animate: false})")
    zoom = page.evaluate("window.battlemap.map.getZoom()")
    page.wait_for_function("location.search.includes('zoom=')")
    before = page.evaluate("window.battlemap.map.getSize().y")
    page.set_viewport_size({"width": 1024, "height": 768})
    page.wait_for_function("(y) => window.battlemap.map.getSize().y !== y", arg=before)
    assert page.evaluate("window.battlemap.map.getZoom()") == zoom


EMBED_OPTIONS = {
    "minimal": "controls=minimal",
    "none": "controls=none",
    "story": "story=1",
    "dark": "theme=dark",
    "pocket": "from=1942-05-22&to=1942-05-28",
}


@pytest.mark.parametrize("option", EMBED_OPTIONS)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_each_embed_option_keeps_the_date_and_a_free_map(kharkov_operation, page, live_server, shots, option, width, height):
    page.set_viewport_size({"width": width, "height": height})
    open_ready(page, f"{live_server.url}/embed/kharkov-1942/?date=1942-05-24&{EMBED_OPTIONS[option]}")
    page.screenshot(path=str(shots / f"embed-{option}-{width}x{height}.png"))
    frame = measure(page)
    assert date_shown(page), "the date is on screen"
    assert frame["coveredShareOfMap"] <= COVERED_AT_MOST, frame
    if option == "story":
        assert page.locator(".bm-panel").bounding_box()["height"] <= height / 3 + 1
    if option != "pocket":
        assert fits(ground_fit(page, KHARKOV_BBOX)), ground_fit(page, KHARKOV_BBOX)


def test_the_menu_holds_the_controls_in_a_small_frame_and_gives_them_back_in_a_large_one(kharkov_operation, page, live_server, shots):
    page.set_viewport_size({"width": 320, "height": 250})
    open_ready(page, f"{live_server.url}/embed/kharkov-1942/?date=1942-05-24")
    menu = page.locator(".bm-menu__button")
    sheet = page.locator(".bm-menu__sheet")
    assert menu.is_visible() and sheet.is_hidden()
    assert page.locator(".leaflet-control-container .bm-legend").count() == 0
    menu.click()
    assert menu.get_attribute("aria-expanded") == "true"
    page.screenshot(path=str(shots / "embed-menu-open-320x250.png"))
    # The layers, the unit and symbol choices and the legend, open, in the sheet.
    for selector in [".leaflet-control-layers-list", ".bm-echelon select", ".bm-pov select", ".bm-legend__list"]:
        assert sheet.locator(selector).first.is_visible(), selector
    sheet.locator(".bm-pov select").select_option("axis")
    assert page.evaluate("window.battlemap.debug.symbols.pointOfView") == "axis"
    page.keyboard.press("Escape")
    assert sheet.is_hidden() and menu.get_attribute("aria-expanded") == "false"
    # A larger frame: each control back in its corner, the menu gone.
    page.set_viewport_size({"width": 1024, "height": 768})
    page.wait_for_function("document.querySelector('.leaflet-control-container .bm-legend') !== null")
    assert menu.is_hidden()
    assert page.locator(".leaflet-top.leaflet-right .bm-pov select").is_visible()
    assert not page.evaluate("document.querySelector('.leaflet-control-container .bm-legend').open")


def test_a_key_moments_view_is_fitted_again_when_the_frame_changes(kharkov_operation, page, live_server):
    """Krasnograd (zoom 9, written for a laptop) shows at 9 on a laptop and zooms out to fit a phone."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_ready(page, f"{live_server.url}/operations/kharkov-1942/?date=1942-05-11")
    page.evaluate("window.battlemap.presentation.goTo(2, {instant: true})")
    assert page.evaluate("window.battlemap.presentation.moments[2].view.zoom") == 9
    assert page.evaluate("window.battlemap.map.getZoom()") == 9
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("window.battlemap.map.getZoom() < 9")
    centre = page.evaluate("(() => { const c = window.battlemap.map.getCenter(); return [c.lat, c.lng]; })()")
    assert centre == pytest.approx([49.45, 35.75], abs=0.01)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function("window.battlemap.map.getZoom() === 9")


def test_on_a_phone_the_place_name_switch_folds_into_the_menu(kharkov_operation, page, live_server, shots):
    """The switch between the names as in 1942 and today covered the map's top-left names on a
    phone: there it sits in the menu's sheet, and on a laptop back at the map's top left."""
    page.set_viewport_size({"width": 390, "height": 844})
    open_ready(page, f"{live_server.url}/operations/kharkov-1942/?date=1942-05-22")
    switch = page.locator(".bm-name-switch")
    assert page.locator(".leaflet-control-container .bm-name-switch").count() == 0, "not over the map on a phone"
    page.locator(".bm-menu__button").click()
    sheet = page.locator(".bm-menu__sheet")
    assert sheet.locator(".bm-name-switch").is_visible()
    sheet.get_by_role("button", name="Today").click()
    page.wait_for_function("new URLSearchParams(location.search).get('names') === 'today'")
    page.screenshot(path=str(shots / "name-switch-in-menu-390.png"))
    page.keyboard.press("Escape")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function("document.querySelector('.leaflet-top.leaflet-left .bm-name-switch') !== null")
    assert switch.is_visible()
