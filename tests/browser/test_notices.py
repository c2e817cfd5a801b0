"""Saying what was not understood: a bad option in the address shows a notice naming it and what
is shown instead; the point of view takes the interface's words; a key that does nothing on the
timeline says why, once."""

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)


def open_ready(page, url):
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    return page


def test_the_point_of_view_takes_the_words_the_interface_uses(kharkov_operation, page, live_server):
    for word, side in [("german", "axis"), ("Germany and allies", "axis"), ("soviet", "soviet"), ("axis", "axis")]:
        open_ready(page, f"{live_server.url}/operations/kharkov-1942/?pov={word}")
        assert page.evaluate("window.battlemap.debug.symbols.pointOfView") == side, word
        assert page.locator("[data-role=notice]").is_hidden()
        assert f"pov={side}" in page.evaluate("location.search")


def test_a_bad_address_shows_a_notice_naming_each_option_and_what_is_used_instead(sample_operation, page, live_server, shots):
    page.set_viewport_size({"width": 800, "height": 450})
    open_ready(page, f"{live_server.url}/operations/sample/?date=1942-06-15&zoom=99&pov=martians")
    notice = page.locator("[data-role=notice]")
    assert notice.is_visible()
    text = notice.inner_text()
    page.screenshot(path=str(shots / "notice-800x450.png"))
    assert "date=1942-06-15: after the operation (1942-05-11 to 1942-05-14); showing 14 May 1942." in text, text
    assert "zoom=99" in text and "fitted to the frame" in text, text
    assert "pov=martians" in text and "neutral symbols" in text, text
    # The date shown is the operation's nearest end, not its first day.
    assert page.locator("[data-role=date]").inner_text() == "14 May 1942"
    page.click(".bm-notice__close")
    assert notice.is_hidden()


def test_a_date_typed_loosely_is_read_and_said_so(sample_operation, page, live_server):
    open_ready(page, f"{live_server.url}/operations/sample/?date=13.05.1942")
    assert page.locator("[data-role=date]").inner_text() == "13 May 1942"
    assert "read as 1942-05-13" in page.locator("[data-role=notice]").inner_text()


def test_a_bad_embed_option_is_noticed_with_the_default_used(sample_operation, page, live_server):
    open_ready(page, f"{live_server.url}/embed/sample/?controls=some&date=1942-05-13")
    text = page.locator("[data-role=notice]").inner_text()
    assert 'controls must be one of full, minimal, none, got "some"; using full.' in text, text


def test_a_key_that_does_nothing_on_the_timeline_says_why_once(sample_operation, page, live_server):
    open_ready(page, f"{live_server.url}/embed/sample/?date=1942-05-11")
    page.locator("[data-role=track]").focus()
    hint = page.locator("[data-role=key-hint]")
    page.keyboard.press("PageDown")
    assert hint.is_visible() and hint.inner_text().startswith("No earlier event")
    page.keyboard.press("f")
    eventually(page, lambda: "“F” does nothing on the timeline" in hint.inner_text(), message="a hint for F")
    # Said once: the same key again leaves the hint as it is.
    page.evaluate("document.querySelector('[data-role=key-hint]').hidden = true")
    page.keyboard.press("f")
    assert hint.is_hidden()


def test_f_presents_from_the_timeline_on_the_map_page(sample_operation, page, live_server):
    open_ready(page, f"{live_server.url}/operations/sample/")
    page.locator("[data-role=track]").focus()
    page.keyboard.press("f")
    page.wait_for_function("document.body.classList.contains('bm-presenting')")
    assert page.locator("[data-role=key-hint]").is_hidden()
