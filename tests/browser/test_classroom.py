"""The classroom screen: events of one spot gathered into one marker that expands, the units
reachable from the keyboard with the day announced, short labels, a chart legend in colour."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.reduced_motion
@pytest.mark.viewport(1920, 1080)
def test_events_close_together_gather_into_one_marker_that_expands(kharkov_operation, open_operation, page):
    open_operation("kharkov-1942", "?date=1942-05-26")
    groups = page.evaluate("window.battlemap.debug.eventGroups")
    located = sum(groups)
    assert located >= 4 and len(groups) < located, f"26 May's events gather: {groups}"
    marker = page.locator(".bm-event-group").first
    count = int(marker.inner_text())
    assert count >= 2
    marker.click()
    items = page.locator(".bm-event-group__list button")
    assert items.count() == count
    title = items.nth(1).inner_text()
    items.nth(1).click()
    story = page.locator("[data-role='story']").inner_text()
    assert title.split(" · ")[-1] in story
    # Zooming in spreads them out again.
    page.evaluate("window.battlemap.map.setZoom(12, {animate: false})")
    assert len(page.evaluate("window.battlemap.debug.eventGroups")) > len(groups)


@pytest.mark.reduced_motion
def test_a_keyboard_reaches_every_unit_shown_and_opens_its_card(kharkov_operation, open_operation, page):
    open_operation("kharkov-1942", "?date=1942-05-17")
    units = page.locator("[data-role='units']")
    units.locator("summary").focus()
    page.keyboard.press("Enter")
    buttons = units.locator(".bm-units__button")
    shown = page.evaluate("window.battlemap.debug.unitsDrawn")
    assert buttons.count() == shown > 5
    buttons.nth(0).focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "bm-units__button"
    name = page.evaluate("document.activeElement.textContent").split(" (")[0]
    page.keyboard.press("Enter")
    card = page.locator("[data-role='unit-card']")
    card.wait_for(state="visible")
    assert name in card.inner_text()


@pytest.mark.reduced_motion
def test_the_day_is_announced_politely_as_the_timeline_moves(kharkov_operation, open_operation, page):
    open_operation("kharkov-1942", "?date=1942-05-16")
    announcer = page.locator("[data-role='announcer']")
    assert announcer.get_attribute("aria-live") == "polite"
    page.locator("[data-role='track']").focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.querySelector('[data-role=announcer]').textContent.includes('17 May')")
    assert "Kleist" in announcer.text_content()


@pytest.mark.reduced_motion
@pytest.mark.viewport(1920, 1080)
def test_labels_are_short_and_the_chart_names_its_series_in_colour(kharkov_operation, open_operation, page):
    open_operation("kharkov-1942")
    legend = page.locator(".bm-legend")
    assert legend.get_attribute("open") is None, "the legend starts folded at 1920x1080"
    legend.locator("summary").click()
    sides = legend.locator(".bm-legend__side")
    assert sides.nth(0).inner_text() == "Soviet Union"
    assert sides.nth(0).get_attribute("title") == "Soviet Union (Southwestern and Southern Fronts)"
    assert "Southwestern and Southern Fronts): held" not in legend.inner_text()
    # The chart is built when it comes near the view (uPlot is loaded then).
    page.locator(".bm-chart").scroll_into_view_if_needed()
    page.wait_for_selector(".bm-chart__legend li")
    labels = page.locator(".bm-chart__legend li")
    assert labels.count() >= 2
    assert labels.nth(0).inner_text().startswith("Soviet Union: ")
    assert labels.nth(0).locator("line").get_attribute("stroke") == "#c0392b"


@pytest.mark.reduced_motion
@pytest.mark.viewport(1920, 1080)
def test_the_side_panel_can_be_hidden_to_give_the_map_the_width(sample_operation, open_operation, page):
    open_operation("sample")
    before = page.locator("#battlemap-map").bounding_box()["width"]
    toggle = page.locator("[data-action='toggle-panel']")
    toggle.click()
    assert not page.locator(".bm-panel").is_visible() and toggle.get_attribute("aria-pressed") == "true"
    assert page.locator("#battlemap-map").bounding_box()["width"] >= 1919 > before
    toggle.click()
    assert page.locator(".bm-panel").is_visible() and toggle.inner_text() == "Hide panel"
