"""Presentation mode as a teacher uses it: entered three ways, stepped through every key moment
with a clicker's keys and back, blanked, jumped by number, left with Escape; the key moments in
the side panel and on the timeline."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def presenting(page):
    return page.evaluate("document.body.classList.contains('bm-presenting')")


def state(page):
    return page.evaluate("""() => ({current: window.battlemap.presentation.current,
        date: window.battlemap.debug.date.date, hhmm: window.battlemap.debug.date.hhmm,
        zoom: window.battlemap.map.getZoom(), title: document.querySelector('[data-role=present-title]').textContent})""")


def moments(page):
    return page.evaluate("window.battlemap.presentation.moments.map(m => ({id: m.id, date: m.date, time: m.time, title: m.title, view: m.view}))")


@pytest.mark.reduced_motion
def test_presentation_mode_is_entered_three_ways_and_left_with_escape(sample_operation, open_operation, page):
    open_operation("sample")
    assert not presenting(page)
    page.locator("[data-action='present']").click()
    assert presenting(page) and page.locator("[data-role='present-caption']").is_visible()
    assert "mode=present" in page.evaluate("location.search")
    page.keyboard.press("Escape")
    assert not presenting(page) and "mode=present" not in page.evaluate("location.search")
    assert page.locator(".bm-panel").is_visible()
    page.locator("#battlemap-map").click(position={"x": 50, "y": 300})
    page.keyboard.press("f")
    assert presenting(page)
    page.keyboard.press("Escape")
    open_operation("sample", "?mode=present")
    assert presenting(page) and not page.locator(".bm-panel").is_visible()
    assert not page.locator(".bm-header").is_visible()


@pytest.mark.reduced_motion
def test_the_clicker_steps_through_every_key_moment_and_back(sample_operation, open_operation, page):
    open_operation("sample", "?mode=present&date=1942-05-11")
    expected = moments(page)
    assert [m["id"] for m in expected] == ["km-opening", "km-pocket", "km-end"]
    # Entering on the first day shows the first moment; each PageDown steps to the next.
    seen = [state(page)]
    for _ in expected[1:]:
        page.keyboard.press("PageDown")
        seen.append(state(page))
    assert [s["current"] for s in seen] == [0, 1, 2]
    assert [s["date"] for s in seen] == [m["date"] for m in expected]
    assert [s["title"] for s in seen] == [m["title"] for m in expected]
    assert seen[0]["hhmm"] == "06:30" and seen[0]["zoom"] == 9
    assert seen[2]["zoom"] == 8
    page.keyboard.press("PageDown")
    assert state(page)["current"] == 2, "the last moment stays the last"
    back = []
    for _ in expected[1:]:
        page.keyboard.press("PageUp")
        back.append(state(page)["current"])
    assert back == [1, 0]
    page.keyboard.press("ArrowRight")
    assert state(page)["current"] == 1
    page.keyboard.press("ArrowLeft")
    assert state(page)["current"] == 0
    page.keyboard.press("3")
    assert state(page)["current"] == 2 and state(page)["date"] == "1942-05-14"
    page.keyboard.press("1")
    assert state(page)["current"] == 0
    # A moment with layers named shows those only (and the rivers): the first shows no places.
    assert "places" not in page.evaluate("window.battlemap.debug.layersShown")
    page.keyboard.press("2")
    assert "places" in page.evaluate("window.battlemap.debug.layersShown")


@pytest.mark.reduced_motion
def test_b_blanks_the_screen_and_brings_it_back(sample_operation, open_operation, page):
    open_operation("sample", "?mode=present")
    blank = page.locator("[data-role='blank']")
    assert not blank.is_visible()
    page.keyboard.press("b")
    assert blank.is_visible()
    page.keyboard.press("b")
    assert not blank.is_visible()
    page.keyboard.press(".")
    assert blank.is_visible()
    page.keyboard.press("PageDown")  # any step first brings the picture back
    assert not blank.is_visible()


def test_stepping_flies_and_runs_the_clock_between_two_moments(sample_operation, open_operation, page):
    open_operation("sample", "?mode=present&date=1942-05-11")
    start = page.evaluate("window.battlemap.clock.time")
    page.keyboard.press("PageDown")
    # Read while the flight runs, once the clock has left the start (however slow the machine).
    midway = page.wait_for_function(
        "(start) => { const p = window.battlemap.presentation, t = window.battlemap.clock.time;"
        " return p._animation !== null && t > start ? t : false; }", arg=start, polling="raf").json_value()
    page.wait_for_function("window.battlemap.presentation._animation === null")
    end = page.evaluate("window.battlemap.clock.time")
    assert start < midway < end, "the time animates between the two moments"
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-13"


@pytest.mark.reduced_motion
def test_outside_presentation_mode_the_moments_are_listed_and_marked(sample_operation, open_operation, page):
    open_operation("sample")
    items = page.locator("[data-role='moments'] .bm-moments__button")
    assert items.count() == 3
    assert "The pocket" in items.nth(1).inner_text()
    items.nth(1).click()
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-13"
    assert items.nth(1).get_attribute("aria-current") == "step"
    marks = page.locator(".bm-timeline__moment")
    assert marks.count() == 3
    marks.nth(2).click()
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-14"
    assert not presenting(page)
    # Outside presentation mode the page keeps its keys: PageDown does not step to a moment.
    page.locator(".bm-moments__heading").click()
    page.keyboard.press("PageDown")
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-14"


@pytest.mark.csp
@pytest.mark.parametrize("width, height", [(1920, 1080), (1280, 720), (1024, 768)])
def test_presentation_screens_of_kharkov(kharkov_operation, page, live_server, width, height, shots):
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{live_server.url}/operations/kharkov-1942/?mode=present&date=1942-05-11")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    page.wait_for_selector("body.bm-presenting")
    caption = page.locator("[data-role='present-caption']")
    page.keyboard.press("PageDown")  # the breakthrough (2), which cites what was read
    page.wait_for_timeout(400)
    assert "Sources:" in caption.inner_text()
    for _ in range(2):  # on to Kleist's blow (4), which retells the day's events and cites none
        page.keyboard.press("PageDown")
    page.wait_for_timeout(400)
    assert "Kleist strikes the bulge" in caption.inner_text()
    assert "Sources:" not in caption.inner_text(), "a moment citing nothing names no source"
    box = caption.bounding_box()
    assert box["y"] + box["height"] <= height + 1, "the caption is on screen"
    map_box = page.locator("#battlemap-map").bounding_box()
    assert map_box["width"] >= width - 2 and map_box["height"] >= height * 0.45
    assert not page.locator(".bm-legend[open]").count(), "the legend is folded"
    title_size = caption.locator(".bm-caption__title").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert title_size >= 24
    page.screenshot(path=str(shots / f"present-{width}x{height}.png"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_on_a_phone_the_map_fills_its_box_whatever_the_captions_length(kharkov_operation, page, live_server, lang, shots):
    """A moment's caption of another length changes the map's height without the window's: the
    canvases follow the map's box (a band of it stayed blank), and the caption has the width."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{live_server.url}/operations/kharkov-1942/?mode=present&date=1942-05-11&lang={lang}")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    page.wait_for_selector("body.bm-presenting")
    for _ in range(3):
        page.keyboard.press("PageDown")
        page.wait_for_timeout(300)
    fills = ("() => { const box = document.getElementById('battlemap-map').getBoundingClientRect();"
             " const canvas = document.querySelector('#battlemap-map canvas').getBoundingClientRect();"
             " return Math.abs(canvas.height - box.height) <= 1 && Math.abs(canvas.width - box.width) <= 1; }")
    page.wait_for_function(fills)
    title = page.locator("[data-role='present-caption'] .bm-caption__title").bounding_box()
    assert title["width"] >= 390 * 0.8, "the moment's title has the caption's width"
    page.screenshot(path=str(shots / f"present-phone-{lang}.png"))
