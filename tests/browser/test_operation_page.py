"""The operation page in headless Chromium: drawing, scrubbing, playing, deep links, keys, history."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def debug(page, name):
    """A value from the page's read-only test hook, window.battlemap.debug."""
    return page.evaluate(f"window.battlemap.debug.{name}")


def next_frames(page, count=2):
    """Wait until the page has drawn `count` more animation frames."""
    page.evaluate("""count => new Promise(resolve => {
        const step = n => n ? requestAnimationFrame(() => step(n - 1)) : resolve();
        step(count);
    })""", count)


def painted_pixels(page, pane):
    """How many pixels of a canvas pane are not transparent."""
    return page.evaluate("""pane => {
        const canvas = document.querySelector(`.leaflet-${pane}-pane canvas`);
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        return painted;
    }""", pane)


def track_point(page, time):
    """Page coordinates of a time on the timeline track."""
    box = page.locator("[data-role=track]").bounding_box()
    day_count = page.evaluate("window.battlemap.index.dayCount")
    return box["x"] + box["width"] * time / day_count, box["y"] + box["height"] / 2


def test_page_draws_the_days_areas_front_and_units(sample_operation, open_operation):
    page = open_operation("sample", "?date=1942-05-12")
    assert page.locator("[data-role=date]").inner_text() == "12 May 1942"
    assert debug(page, "areaShapeCount") >= 2
    assert debug(page, "frontPointCount") >= 2
    assert debug(page, "unitsDrawn") >= 1
    assert painted_pixels(page, "bm-ground") > 50_000, "areas and front"
    assert painted_pixels(page, "bm-overlay") > 500, "places, arrows and units"
    # The day's story follows the date.
    assert page.locator("[data-role=story-events] .bm-story__event").count() == 1


@pytest.mark.reduced_motion
def test_each_layer_draws_once_for_the_first_frame(sample_operation, open_operation):
    # Reduced motion: no pulse redraws the pocket; on a whole day the morph needs no field.
    page = open_operation("sample", "?date=1942-05-12")
    timed = {"areas": 1, "front": 1, "movements": 1, "units": 1, "places": 1}
    # The ground around the battle (issue #27) is drawn once too; it does not change with time.
    context = {"contextGround": 1, "contextNames": 1}
    assert debug(page, "drawCounts") == {**timed, **context}
    # A change of time draws each layer of the day once more, in one frame; the ground around is
    # painted again only with the canvas it shares, so at most once more.
    page.evaluate("window.battlemap.clock.jumpTo(2)")
    next_frames(page)
    counts = debug(page, "drawCounts")
    assert {name: counts[name] for name in timed} == {name: 2 for name in timed}
    assert all(1 <= counts[name] <= 2 for name in context), counts


def test_scrubbing_morphs_the_front_continuously(sample_operation, open_operation):
    page = open_operation("sample")
    page.wait_for_function("document.documentElement.dataset.battlemapPrepared === 'true'")
    x, y = track_point(page, 0.0)
    page.mouse.move(x, y)
    page.mouse.down()
    next_frames(page)
    samples = []
    for step in range(1, 11):
        x, y = track_point(page, step / 10)
        page.mouse.move(x, y, steps=2)
        next_frames(page)
        samples.append((debug(page, "time"), debug(page, "frontDigest"), debug(page, "areasDigest")))
    page.mouse.up()
    times = [time for time, _, _ in samples]
    assert all(later > earlier for earlier, later in zip(times, times[1:])), times
    assert any(0 < time % 1 for time in times[:-1]), "dragging scrubs between whole days"
    page.evaluate("window.battlemap.clock.setTime(0)")
    next_frames(page)
    start_front = debug(page, "frontDigest")
    page.evaluate("window.battlemap.clock.setTime(1)")
    next_frames(page)
    end_front = debug(page, "frontDigest")
    between = [front for time, front, _ in samples if 0 < time < 0.999]
    assert len(between) >= 7
    assert len(set(between)) == len(between), "every intermediate frame draws a different front"
    assert start_front not in between and end_front not in between, "not just two states"
    assert len({areas for _, _, areas in samples}) >= 8


def test_play_advances_the_date_and_pause_stops_it(sample_operation, open_operation):
    page = open_operation("sample", "?speed=2")
    play = page.locator("[data-action=play]")
    play.click()
    assert play.get_attribute("aria-pressed") == "true"
    page.wait_for_function("window.battlemap.debug.time > 1.2")
    assert page.locator("[data-role=date]").inner_text() != "11 May 1942"
    play.click()
    assert play.get_attribute("aria-pressed") == "false"
    stopped_at = debug(page, "time")
    page.wait_for_timeout(300)
    assert debug(page, "time") == stopped_at


def test_a_deep_link_restores_the_state(sample_operation, open_operation):
    query = "?date=1942-05-13T06:00&center=49.5000,36.2000&zoom=10&layers=areas,units,places&unit=e-1a&speed=2"
    page = open_operation("sample", query)
    assert debug(page, "time") == pytest.approx(2.25)
    assert page.locator("[data-role=time-of-day]").inner_text() == "06:00"
    assert page.evaluate("window.battlemap.map.getZoom()") == 10
    centre = page.evaluate("(() => { const c = window.battlemap.map.getCenter(); return [c.lat, c.lng]; })()")
    assert centre == pytest.approx([49.5, 36.2], abs=1e-3)
    assert debug(page, "selectedUnit") == "e-1a"
    assert "1st Army" in page.locator("[data-role=unit-card]").inner_text()
    assert page.locator("[data-role=speed]").input_value() == "2"
    assert debug(page, "layersShown") == ["areas", "units", "places"]
    # Opening the page rewrites nothing: the URL is already the whole state.
    assert page.evaluate("location.search") == query


def test_embedding_keeps_its_own_query_parameters(sample_operation, open_operation):
    page = open_operation("sample", "?embed=1")
    assert page.locator(".bm-panel").is_hidden()
    page.locator("[data-action=step-forward]").click()
    assert page.evaluate("location.search").startswith("?embed=1&date=1942-05-12")


def test_a_malformed_url_is_ignored_field_by_field(sample_operation, open_operation):
    page = open_operation("sample", "?date=banana&zoom=99&speed=2")
    warnings = page.console_log.of_type("warning")
    assert any("'date'" in warning for warning in warnings), warnings
    assert any("'zoom'" in warning for warning in warnings), warnings
    assert debug(page, "time") == 0
    assert page.locator("[data-role=speed]").input_value() == "2", "the good field still applies"
    assert "banana" not in page.evaluate("location.search")


def test_keyboard_controls_the_timeline_and_keys_outside_are_left_alone(sample_operation, open_operation):
    page = open_operation("sample")
    track = page.locator("[data-role=track]")
    track.focus()
    page.keyboard.press("ArrowRight")
    assert debug(page, "time") == 1
    assert re.search(r"12 May 1942, 00:00", track.get_attribute("aria-valuetext"))
    page.keyboard.press("Shift+ArrowRight")
    next_event = page.evaluate("window.battlemap.index.nextEvent(1).at")
    assert debug(page, "time") == pytest.approx(next_event)
    page.keyboard.press("Shift+ArrowLeft")
    assert debug(page, "time") == pytest.approx(1)
    page.keyboard.press("End")
    assert debug(page, "time") == pytest.approx(page.evaluate("window.battlemap.clock.maxTime"))
    page.keyboard.press("Home")
    assert debug(page, "time") == 0
    page.keyboard.press(" ")
    assert page.evaluate("window.battlemap.clock.playing") is True
    page.keyboard.press(" ")
    assert page.evaluate("window.battlemap.clock.playing") is False

    # Space plays and pauses wherever the focus is in the widget, even on another button.
    page.locator("[data-action=step-forward]").focus()
    time_on_button = debug(page, "time")
    page.keyboard.press(" ")
    assert page.evaluate("window.battlemap.clock.playing") is True
    page.keyboard.press(" ")
    assert page.evaluate("window.battlemap.clock.playing") is False
    assert debug(page, "time") < time_on_button + 0.5, "the focused button was not clicked"

    # Outside the widget the same keys belong to the host page.
    page.evaluate("""() => {
        window.hostKeys = [];
        document.addEventListener('keydown', e => window.hostKeys.push([e.key, e.defaultPrevented]));
        document.activeElement.blur();
    }""")
    time_before = debug(page, "time")
    for key in ["ArrowRight", " ", "End"]:
        page.keyboard.press(key)
    assert debug(page, "time") == time_before
    assert page.evaluate("window.battlemap.clock.playing") is False
    assert page.evaluate("window.hostKeys") == [["ArrowRight", False], [" ", False], ["End", False]]


def test_back_button_steps_through_discrete_states(sample_operation, open_operation):
    page = open_operation("sample")
    forward = page.locator("[data-action=step-forward]")
    forward.click()
    forward.click()
    assert debug(page, "time") == 2
    page.go_back()
    page.wait_for_function("window.battlemap.debug.time === 1")
    page.go_back()
    page.wait_for_function("window.battlemap.debug.time === 0")
    page.go_forward()
    page.wait_for_function("window.battlemap.debug.time === 1")


def test_clicking_a_story_event_jumps_the_clock(sample_operation, open_operation):
    page = open_operation("sample", "?date=1942-05-13")
    page.locator(".bm-story__jump", has_text="Pocket closes").click()
    assert page.locator("[data-role=time-of-day]").inner_text() == "08:30"
    assert debug(page, "time") == pytest.approx(2 + 8.5 / 24)


def test_clicking_a_unit_opens_its_card_and_is_kept_in_the_url(sample_operation, open_operation):
    page = open_operation("sample", "?date=1942-05-12&zoom=10&center=49.5,36.3")
    point = page.evaluate("""() => {
        const map = window.battlemap.map;
        const p = map.latLngToContainerPoint([49.6, 36.6]);
        const box = map.getContainer().getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""")
    page.mouse.click(*point)
    card = page.locator("[data-role=unit-card]")
    assert card.is_visible()
    assert "1st Army" in card.inner_text()
    assert "A. Example" in card.inner_text()
    assert "position history" in card.inner_text().lower()
    assert "unit=e-1a" in page.evaluate("location.search")


@pytest.mark.viewport(390, 844)
def test_phone_portrait_keeps_the_timeline_at_the_bottom(sample_operation, open_operation):
    page = open_operation("sample")
    timeline = page.locator("#battlemap-timeline").bounding_box()
    map_box = page.locator("#battlemap-map").bounding_box()
    assert timeline["y"] + timeline["height"] == pytest.approx(844, abs=2)
    assert map_box["height"] > 250
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.reduced_motion
def test_reduced_motion_steps_instead_of_morphing(sample_operation, open_operation):
    page = open_operation("sample")
    page.evaluate("window.battlemap.clock.setTime(1)")
    next_frames(page)
    at_day = debug(page, "areasDigest")
    page.evaluate("window.battlemap.clock.setTime(1.6)")
    next_frames(page)
    assert debug(page, "areasDigest") == at_day


def test_kharkov_pocket_is_cut_off_without_a_jump(kharkov_operation, open_operation):
    page = open_operation("kharkov-1942", "?date=1942-05-21")
    page.wait_for_function("document.documentElement.dataset.battlemapPrepared === 'true'", timeout=60000)
    assert debug(page, "unitsDrawn") > 5
    assert debug(page, "movementsDrawn") >= 1
    shapes = []
    for step in range(0, 11):
        page.evaluate(f"window.battlemap.clock.setTime(10 + {step / 10})")
        next_frames(page)
        shapes.append((debug(page, "areasDigest"), debug(page, "frontDigest")))
    assert len({areas for areas, _ in shapes}) == len(shapes), "every tenth of the day draws different areas"
    roles = page.evaluate("window.battlemap.index.timeline.areas['1942-05-22'].map(a => a.role)")
    assert "pocket" in roles


def test_everything_is_served_locally_and_the_chart_follows_the_clock(sample_operation, page, live_server):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live_server.url}/operations/sample/")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    page.wait_for_selector(".bm-chart__now")
    page.wait_for_load_state("networkidle")
    foreign = [url for url in requests if not url.startswith(live_server.url) and not url.startswith("data:")]
    assert foreign == [], "no third-party request unless a base map is turned on"

    def cursor_x():
        return page.evaluate("new DOMMatrix(getComputedStyle(document.querySelector('.bm-chart__now')).transform).m41")

    page.evaluate("window.battlemap.clock.setTime(0)")
    start = cursor_x()
    page.evaluate("window.battlemap.clock.setTime(2.5)")
    assert cursor_x() > start + 50


@pytest.mark.parametrize("limit, requested", [(None, False), (0, True)], ids=["inline", "fetched"])
def test_the_page_draws_from_its_inline_timeline_or_else_fetches_it(sample_operation, page, live_server, settings,
                                                                    limit, requested):
    if limit is not None:
        settings.BATTLEMAP = {**settings.BATTLEMAP, "INLINE_TIMELINE_MAX_BYTES": limit}
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live_server.url}/operations/sample/?date=1942-05-12")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    page.wait_for_load_state("networkidle")
    assert any("/api/operations/sample/timeline/" in url for url in requests) == requested
    assert page.locator("[data-role=date]").inner_text() == "12 May 1942"
    assert debug(page, "unitsDrawn") >= 1 and debug(page, "areaShapeCount") >= 2


def test_the_layers_control_hides_a_layer_and_records_it(sample_operation, open_operation):
    page = open_operation("sample")
    page.hover(".leaflet-control-layers")
    page.get_by_label("Front line").uncheck()
    assert "front" not in debug(page, "layersShown")
    assert "layers=areas,units," in page.evaluate("location.search")
    page.go_back()
    page.wait_for_function("window.battlemap.debug.layersShown.includes('front')")
    legend = page.locator(".bm-legend")
    legend.locator("summary").click()
    assert "Pocket" in legend.inner_text() and "Approximate" in legend.inner_text()
