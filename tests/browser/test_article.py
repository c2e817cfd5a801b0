"""The example article: scrolling its sections moves the embedded map to their dates, through the
postMessage API; without JavaScript it reads as text with a still per section."""

import datetime

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)


def embed_frame(page):
    return next(frame for frame in page.frames if "/embed/" in frame.url)


@pytest.mark.parametrize("width, height", [(1366, 800)])
def test_scrolling_the_article_drives_the_map(kharkov_operation, page, live_server, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/examples/article/")
    page.wait_for_selector("iframe[data-role='story-map']")
    frame = None
    for _ in range(100):
        frames = [f for f in page.frames if "/embed/" in f.url]
        if frames and frames[0].evaluate("document.documentElement.dataset.battlemapReady === 'true'"):
            frame = frames[0]
            break
        page.wait_for_timeout(100)
    assert frame is not None, "the embed became ready"
    sections = page.locator(".article-section")
    expected = page.eval_on_selector_all(".article-section", "s => s.map(x => x.dataset.date)")
    for i in (2, 4, 5):
        sections.nth(i).scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, window.innerHeight * 0.2)")
        page.wait_for_function(
            "(date) => document.querySelector('.article-section--current')?.dataset.date === date", arg=expected[i])
        for _ in range(50):
            if frame.evaluate("window.battlemap.debug.date.date") == expected[i]:
                break
            page.wait_for_timeout(100)
        assert frame.evaluate("window.battlemap.debug.date.date") == expected[i]
    assert not page.locator(".article-still").first.is_visible(), "the live map replaces the stills"


def _ready_embed(page):
    page.wait_for_selector("iframe[data-role='story-map']")
    frame = page.locator("iframe[data-role='story-map']").element_handle().content_frame()
    frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    return frame


def _date_shown(frame):
    """The date the embed shows its reader, as a date."""
    text = frame.locator("[data-role=date]").inner_text()
    return datetime.datetime.strptime(text, "%d %B %Y").date().isoformat()


def _scroll_text_end_to(page, index, y):
    """Scroll so that the last line of section `index`'s text ends `y` px from the top of the window."""
    page.evaluate("([index, y]) => { const end = document.querySelectorAll('.article-section')[index]"
                  ".lastElementChild.getBoundingClientRect().bottom; window.scrollBy(0, end - y); }", [index, y])


def test_on_a_phone_the_map_shows_the_section_being_read(kharkov_operation, page, live_server, shots):
    """At 390x844 the map is stuck above the text, and the section being read is the one whose
    text shows below it, not one hidden under it. Scrolled section by section as a reader does:
    while the last lines of a section are still on screen, the map shows its date; once they have
    gone under the map, the next section is the one read, and the map shows the next date."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/examples/article/")
    frame = _ready_embed(page)
    dates = page.eval_on_selector_all(".article-section", "s => s.map(x => x.dataset.date)")
    phone_zooms = page.eval_on_selector_all(".article-section", "s => s.map(x => Number(x.dataset.phoneZoom))")
    desktop_zooms = page.eval_on_selector_all(".article-section", "s => s.map(x => Number(x.dataset.zoom))")
    assert all(phone < desktop for phone, desktop in zip(phone_zooms, desktop_zooms)), "each scene has a phone view"

    def at_phone_view(index):
        eventually(page, lambda: abs(frame.evaluate("window.battlemap.map.getZoom()") - phone_zooms[index]) < 0.01,
                   message=f"the map at section {index}'s phone zoom {phone_zooms[index]}")

    # Where the map's bottom edge is once it is stuck at the top of the window.
    map_bottom = page.locator(".article-map").evaluate("el => parseFloat(getComputedStyle(el).top) + el.offsetHeight")
    assert map_bottom < 844 * 0.5, "the map leaves the lower half of the screen to the text"
    for index in range(len(dates) - 1):
        # Its last lines are being read at the bottom of the screen.
        _scroll_text_end_to(page, index, 844 - 30)
        eventually(page, lambda: _date_shown(frame) == dates[index],
                   message=f"the map at {dates[index]} while section {index}'s last lines are read")
        assert page.locator(".article-section--current").get_attribute("data-date") == dates[index]
        at_phone_view(index)
        if index == 3:
            page.screenshot(path=str(shots / "article-390-reading-24-may.png"))
        # Its text has gone under the map: what shows below the map is the next section.
        _scroll_text_end_to(page, index, map_bottom - 4)
        eventually(page, lambda: _date_shown(frame) == dates[index + 1],
                   message=f"the map at {dates[index + 1]} once section {index}'s text is under the map")
        assert page.locator(".article-section--current").get_attribute("data-date") == dates[index + 1]
        at_phone_view(index + 1)
        if index == 3:
            page.screenshot(path=str(shots / "article-390-reading-26-may.png"))
    # The phone turned on its side: the frame is wide, and the scene's own view comes back. The
    # text reflows in the wider column, so the section read may change: the view is that section's.
    page.set_viewport_size({"width": 844, "height": 390})

    def scene_view_state():
        current = page.locator(".article-section--current").get_attribute("data-date")
        zoom = frame.evaluate("window.battlemap.map.getZoom()")
        width = page.locator("iframe[data-role='story-map']").evaluate("el => el.clientWidth")
        return abs(zoom - desktop_zooms[dates.index(current)]) < 0.01, f"section {current}, zoom {zoom}, frame {width} px wide"

    try:
        eventually(page, lambda: scene_view_state()[0], message="the section's own zoom in a wide frame")
    except pytest.fail.Exception:
        pytest.fail(f"no scene view in a wide frame: {scene_view_state()[1]}")


def test_without_javascript_the_article_is_text_and_stills(kharkov_operation, chromium, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/examples/article/")
    assert page.locator(".article-section").count() == 6
    stills = page.locator(".article-still")
    assert stills.first.is_visible() and "preview.png?date=1942-05-12" in stills.first.get_attribute("src")
    assert not page.locator("iframe[data-role='story-map']").is_visible()
    assert "The ring closes" in page.locator("main").inner_text()
    context.close()


@pytest.mark.django_db
def test_the_article_needs_its_operation(client, sample_operation):
    assert client.get("/examples/article/").status_code == 404
