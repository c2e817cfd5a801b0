"""The home page's cards and chronicle, and two operations compared on the same ground, as a
reader uses them in Chromium."""

import pytest

from battlemap.models import Operation

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_listed(kharkov_operation, sample_operation):
    Operation.objects.filter(pk=sample_operation.pk).update(listed=True)


@pytest.mark.csp
@pytest.mark.parametrize("width, height", [(1366, 900), (390, 844)])
def test_the_index_shows_cards_with_thumbnails_and_the_chronicle(kharkov_operation, sample_operation, page,
                                                                 live_server, width, height, shots):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/")
    cards = page.locator(".card")
    assert cards.count() == 1, "the sample, a test fixture, is not listed"
    thumbnail = cards.first.locator("img.card__thumbnail")
    thumbnail.scroll_into_view_if_needed()
    page.wait_for_selector("img.card__thumbnail[src*='size=card']")
    # The thumbnail is drawn on the server on first request: wait for it to arrive and decode.
    assert thumbnail.evaluate("img => img.decode().then(() => img.naturalWidth)") == 480
    assert page.locator(".chronicle__entry").count() == 4
    assert page.locator(".chronicle__entry--mapped a").first.get_attribute("href") == "/operations/kharkov-1942/"
    assert page.locator(".chronicle__axis").is_visible() is (width > 640)
    page.screenshot(path=str(shots / f"index-{width}.png"), full_page=True)
    cards.first.locator("a.card__link").click()
    page.wait_for_url("**/operations/kharkov-1942/")


def _map_view(frame):
    return frame.evaluate("() => { const c = window.battlemap.map.getCenter(); "
                          "return [c.lat, c.lng, window.battlemap.map.getZoom()]; }")


def _ready(frame):
    frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")


@pytest.mark.parametrize("width, height", [(1600, 900), (390, 844)])
def test_the_comparison_shows_both_maps_at_one_view_and_keeps_them_together(two_listed, page, live_server,
                                                                            width, height, shots):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/compare/?left=kharkov-1942&right=sample&center=49.4,36.6&zoom=8"
              "&left_date=1942-05-24")
    frames = {frame.url.split("/embed/")[1].split("/")[0]: frame for frame in page.frames if "/embed/" in frame.url}
    for frame in frames.values():
        _ready(frame)
    assert _map_view(frames["kharkov-1942"])[2] == 8 == _map_view(frames["sample"])[2]
    assert frames["kharkov-1942"].evaluate("window.battlemap.debug.date.date") == "1942-05-24"
    boxes = [page.locator(f"iframe[data-side='{side}']").bounding_box() for side in ("left", "right")]
    if width > 900:
        assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"], "side by side"
    else:
        assert boxes[1]["y"] >= boxes[0]["y"] + boxes[0]["height"], "one above the other"
    page.screenshot(path=str(shots / f"compare-{width}.png"))
    # A reader pans the left map: the right one follows to the same place.
    frames["kharkov-1942"].evaluate("window.battlemap.map.panBy([150, 80], {animate: false})")
    for _ in range(40):
        moved_left, moved_right = _map_view(frames["kharkov-1942"]), _map_view(frames["sample"])
        if abs(moved_left[0] - moved_right[0]) < 1e-3 and abs(moved_left[1] - moved_right[1]) < 1e-3:
            break
        page.wait_for_timeout(100)
    assert abs(moved_left[0] - moved_right[0]) < 1e-3 and abs(moved_left[1] - moved_right[1]) < 1e-3
    assert abs(moved_right[0] - 49.4) > 0.01, "the right map moved"


@pytest.mark.csp
def test_the_operation_page_opens_the_comparison_at_its_view(two_listed, page, live_server):
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-26&center=49.2000,36.7000&zoom=9")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    page.locator("a[data-role='compare-link']").click()
    page.wait_for_url("**/compare/**")
    assert "center=49.2000%2C36.7000" in page.url and "zoom=9" in page.url and "left_date=1942-05-26" in page.url
    assert page.locator("iframe[data-side='left']").get_attribute("src").startswith(
        "/embed/kharkov-1942/?date=1942-05-26&center=49.2000%2C36.7000&zoom=9")



@pytest.fixture
def belgorod_operation(db):
    """Belgorod-Kharkov 1943, on the same ground as Kharkov 1942."""
    from pathlib import Path

    from battlemap.services import operation_load
    from geodata.loader import read_operation
    return operation_load(data=read_operation(Path(__file__).resolve().parents[2] / "geodata" / "belgorod-kharkov-1943"))


def _frames_by_side(page):
    return {side: page.locator(f"iframe[data-side='{side}']").element_handle().content_frame() for side in ("left", "right")}


def _date(frame):
    return frame.evaluate("window.battlemap.debug.date.date")


# What reaches past the window's right edge, to name it when the page is too wide.
WIDEST = """() => [...document.querySelectorAll('body *')].map(el => [el.tagName + '.' + el.className, Math.round(el.getBoundingClientRect().right)])
  .filter(([, right]) => right > innerWidth).slice(0, 15)"""


@pytest.mark.parametrize("width", [320, 390])
def test_the_comparison_fits_a_phone(kharkov_operation, belgorod_operation, page, live_server, width, shots):
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(f"{live_server.url}/compare/?left=kharkov-1942&right=belgorod-kharkov-1943&left_date=1942-05-24")
    for frame in _frames_by_side(page).values():
        _ready(frame)
    page.screenshot(path=str(shots / f"compare-phone-{width}.png"), full_page=True)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= page.evaluate("innerWidth"), page.evaluate(WIDEST)
    # Every control of the form can be reached and read: none is cut at the edge.
    boxes = page.eval_on_selector_all(".compare-form select, .compare-form input, .compare-form button",
                                      "els => els.map(el => el.getBoundingClientRect().right)")
    assert boxes and max(boxes) <= width
    assert page.locator("input[data-role='day-lock']").is_visible()


def _jump(frame, date):
    frame.evaluate(f"window.battlemap.clock.setTime(window.battlemap.index.timeOf('{date}'), 'jump')")


def _eventually_dates(page, frames, left, right):
    for _ in range(100):
        if (_date(frames["left"]), _date(frames["right"])) == (left, right):
            return
        page.wait_for_timeout(100)
    assert (_date(frames["left"]), _date(frames["right"])) == (left, right)


def test_the_day_lock_keeps_the_same_day_of_each_operation(kharkov_operation, belgorod_operation, page,
                                                           live_server, shots):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/compare/?left=kharkov-1942&right=belgorod-kharkov-1943"
              "&left_date=1942-05-13&right_date=1943-08-20")
    frames = _frames_by_side(page)
    for frame in frames.values():
        _ready(frame)
    # Unlocked, each keeps its own date.
    assert (_date(frames["left"]), _date(frames["right"])) == ("1942-05-13", "1943-08-20")
    page.check("input[data-role='day-lock']")
    # Day 3 of 1942 (11 May was day 1) is day 3 of 1943 (3 August was day 1).
    _eventually_dates(page, frames, "1942-05-13", "1943-08-05")
    assert "lock=day" in page.url
    right_caption = page.locator("[data-role='compare-caption'][data-side='right']")
    for _ in range(50):
        if "5 August 1943" in right_caption.inner_text():
            break
        page.wait_for_timeout(100)
    assert "5 August 1943" in right_caption.inner_text() and "day 3 of 21" in right_caption.inner_text()
    # The form's date follows, so that 'Show' keeps what is shown.
    assert page.locator("input[name='right_date']").input_value() == "1943-08-05"
    # Either map leads: the left moves to day 10, then the right to day 15.
    _jump(frames["left"], "1942-05-20")
    _eventually_dates(page, frames, "1942-05-20", "1943-08-12")
    _jump(frames["right"], "1943-08-17")
    _eventually_dates(page, frames, "1942-05-25", "1943-08-17")
    # Playing the left, the right keeps its day; stopped, they end on the same day.
    frames["left"].evaluate("window.battlemap.clock.setSpeed(2); window.battlemap.clock.play()")
    page.wait_for_function("() => true")  # one round trip: the clock runs in the frame
    for _ in range(30):
        if _date(frames["left"]) >= "1942-05-27":
            break
        page.wait_for_timeout(100)
    frames["left"].evaluate("window.battlemap.clock.pause()")
    left_day = frames["left"].evaluate("window.battlemap.index.dates.indexOf(window.battlemap.debug.date.date)")
    assert left_day >= 16, "the left played on"
    for _ in range(50):
        right_day = frames["right"].evaluate("window.battlemap.index.dates.indexOf(window.battlemap.debug.date.date)")
        if right_day == left_day:
            break
        page.wait_for_timeout(100)
    assert right_day == left_day
    assert frames["left"].evaluate("window.battlemap.clock.playing") is False, "the echoes did not stop or restart the left"
    page.screenshot(path=str(shots / "compare-locked.png"))
    # Unlocked again, a move stays on its own map.
    page.uncheck("input[data-role='day-lock']")
    right_before = _date(frames["right"])
    _jump(frames["left"], "1942-05-12")
    page.wait_for_timeout(500)  # nothing to wait for: the right must not move
    assert _date(frames["right"]) == right_before
    assert "lock=day" not in page.url


def test_a_locked_comparison_opens_on_the_same_day(kharkov_operation, belgorod_operation, client):
    response = client.get("/compare/", {"left": "kharkov-1942", "right": "belgorod-kharkov-1943",
                                        "left_date": "1942-05-14", "right_date": "1943-08-20", "lock": "day"})
    html = response.content.decode()
    assert 'data-side="right"' in html and "/embed/belgorod-kharkov-1943/?date=1943-08-06" in html
    assert 'data-role="day-lock" checked' in html and "day 4 of 21" in html
    assert client.get("/compare/", {"lock": "week"}).status_code == 400
