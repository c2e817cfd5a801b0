"""The worksheet is reachable from the map page: a day picker beside "Handout of this day"."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {"phone": (390, 844), "laptop": (1280, 800), "projector": (1920, 1080)}


@pytest.mark.parametrize("size", list(SIZES))
def test_the_picker_prints_a_worksheet_of_the_ticked_days(kharkov_operation, browser_context, live_server, size, shots):
    page = browser_context.new_page()
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size])))
    page.goto(f"{live_server.url}/operations/kharkov-1942/")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    picker = page.locator(".bm-worksheet")
    if not picker.is_visible():
        pytest.skip(f"the header's links are folded away at {size}")
    picker.locator("summary").click()
    boxes = page.locator("[data-role='worksheet-days'] input[type='checkbox']")
    assert boxes.count() == 20
    assert page.locator("[data-role='worksheet-days'] input:checked").count() == 6
    page.screenshot(path=shots / f"worksheet-picker-{size}.png")
    # Three ticked cannot be printed, and the picker says so.
    for index in range(3):
        page.locator("[data-role='worksheet-days'] input:checked").first.uncheck()
    assert page.locator(".bm-worksheet button[type='submit']").is_disabled()
    assert "at least 4" in page.locator("[data-role='worksheet-count']").inner_text()
    boxes.nth(1).check()
    page.locator(".bm-worksheet select[name='paper']").select_option("letter")
    page.locator(".bm-worksheet button[type='submit']").click()
    page.wait_for_load_state("networkidle")
    assert "/print/" in page.url and "paper=letter" in page.url
    assert page.locator(".panel").count() == 4
