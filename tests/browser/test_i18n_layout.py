"""The pages laid out in the longest language (German) and in Ukrainian, on a phone (390x844) and a
projector (1920x1080): the language switch on screen and usable from the keyboard, the map's
header and the handout's toolbar within the width. Screenshots go to BATTLEMAP_SHOTS when set."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = [(390, 844), (1920, 1080)]
DAY = "1942-05-22"


def _overflowing(page, selector):
    """The visible elements under `selector` whose right edge passes the viewport's."""
    return page.evaluate("""(selector) => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll(selector)].filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.right > width + 1;
        }).map((element) => element.outerHTML.slice(0, 80));
    }""", selector)


def _switch_on_screen(page):
    switch = page.locator('[data-role="language-switch"]').first
    assert switch.is_visible()
    box = switch.bounding_box()
    width = page.viewport_size["width"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
    return switch


def _keyboard_switches_to(page, code):
    """Tab reaches the switch's link, Enter follows it, and the page answers in that language."""
    link = page.locator(f'[data-role="language-switch"] a[lang="{code}"]').first
    link.focus()
    assert page.evaluate("document.activeElement.getAttribute('lang')") == code
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.lang") == code


@pytest.mark.parametrize("width, height", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("lang", ["de", "uk"])
def test_the_map_page_keeps_its_header_and_switch_on_screen(chromium, live_server, kharkov_operation, shots,
                                                            lang, width, height):
    context = chromium.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/operations/{kharkov_operation.slug}/?lang={lang}&date={DAY}")
        page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
        assert page.evaluate("document.documentElement.lang") == lang
        _switch_on_screen(page)
        assert _overflowing(page, ".bm-header > *") == []
        page.screenshot(path=str(shots / f"map-{lang}-{width}x{height}.png"))
        other = "uk" if lang == "de" else "de"
        _keyboard_switches_to(page, other)
        # The day asked for is kept across the switch.
        assert f"date={DAY}" in page.url
    finally:
        context.close()


@pytest.mark.parametrize("width, height", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("lang", ["de", "uk"])
def test_the_handout_keeps_its_toolbar_and_switch_on_screen(chromium, live_server, kharkov_operation, shots,
                                                            lang, width, height):
    context = chromium.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/operations/{kharkov_operation.slug}/print/?date={DAY}&lang={lang}")
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.lang") == lang
        _switch_on_screen(page)
        assert _overflowing(page, ".toolbar > *") == []
        page.screenshot(path=str(shots / f"handout-{lang}-{width}x{height}.png"), full_page=True)
        _keyboard_switches_to(page, "en")
        assert f"date={DAY}" in page.url
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(300, 250), (800, 450)], ids=["300x250", "800x450"])
def test_the_embed_offers_its_languages_in_its_footer(chromium, live_server, kharkov_operation, shots, width, height):
    context = chromium.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/embed/{kharkov_operation.slug}/?lang=de&date={DAY}")
        page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
        _switch_on_screen(page)
        page.screenshot(path=str(shots / f"embed-de-{width}x{height}.png"))
    finally:
        context.close()


def test_the_switch_follows_the_address_the_map_writes(sample_operation, open_operation):
    """The map writes the day into its address as the reader moves; the switch's link takes it."""
    page = open_operation(sample_operation.slug, "?lang=de&date=1942-05-12")
    written = page.locator('[data-role="language-switch"] a[lang="uk"]').first.get_attribute("href")
    assert "date=1942-05-12" in written
    page.click('[data-action="step-forward"]')
    page.wait_for_function("new URLSearchParams(location.search).get('date')?.startsWith('1942-05-13')")
    address = page.evaluate("location.search")
    link = page.locator('[data-role="language-switch"] a[lang="uk"]').first
    link.focus()
    followed = link.get_attribute("href")
    assert "lang=uk" in followed and "date=1942-05-13" in followed, (address, followed)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    assert page.evaluate("document.documentElement.lang") == "uk"
    assert page.evaluate("new URLSearchParams(location.search).get('date')").startswith("1942-05-13")
