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
