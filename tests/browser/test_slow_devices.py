"""School laptops and phones (issue #24): with Chromium's CPU slowed, playing sheds work and says
so, the reader can ask for full detail back, and *Step by day* plays one whole day at a time."""

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)


def open_ready(page, url):
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    return page


def slow_down(page, rate):
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    return cdp


def test_step_by_day_plays_whole_days_and_shows_it_is_on(sample_operation, page, live_server):
    open_ready(page, f"{live_server.url}/operations/sample/")
    button = page.get_by_role("button", name="Step by day")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    page.evaluate("""() => {
      window.__times = [];
      window.battlemap.clock.on('timechange', ({ time }) => window.__times.push(time));
      window.battlemap.clock.setSpeed(4);
      window.battlemap.clock.play();
    }""")
    eventually(page, lambda: len(page.evaluate("window.__times")) >= 3, message="three steps of play")
    page.evaluate("window.battlemap.clock.pause()")
    times = page.evaluate("window.__times")
    assert all(time == int(time) for time in times), times
    # Switched off, it glides again.
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    page.evaluate("window.__times = []; window.battlemap.clock.play()")
    eventually(page, lambda: len(page.evaluate("window.__times")) >= 5, message="five frames of play")
    page.evaluate("window.battlemap.clock.pause()")
    assert any(time != int(time) for time in page.evaluate("window.__times"))


def test_a_slow_cpu_sheds_work_while_playing_and_says_so(sample_operation, page, live_server, shots):
    page.set_viewport_size({"width": 1024, "height": 768})
    open_ready(page, f"{live_server.url}/operations/sample/")
    assert page.evaluate("document.documentElement.dataset.battlemapDetail") == "full"
    cdp = slow_down(page, 20)
    # Slowly, so that the four days of the sample outlast the frames it takes to decide.
    page.evaluate("window.battlemap.clock.setSpeed(0.1); window.battlemap.clock.play()")
    eventually(page, lambda: page.evaluate("document.documentElement.dataset.battlemapDetail") != "full",
               timeout=30, message="the map shedding work on a CPU slowed 20 times")
    notice = page.locator("[data-role=detail-notice]")
    assert notice.is_visible()
    assert "drawing slowly" in notice.inner_text()
    eventually(page, lambda: page.evaluate("document.documentElement.dataset.battlemapDetail") == "days",
               timeout=30, message="the map playing by whole days")
    assert page.get_by_role("button", name="Step by day").get_attribute("aria-pressed") == "true"
    assert "one whole day at a time" in notice.inner_text()
    # The timeline follows the clock's steps (a few times a second while shedding, never behind).
    eventually(page, lambda: page.locator("[data-role=time-of-day]").inner_text() == "00:00",
               timeout=30, message="the timeline showing a whole day")
    page.screenshot(path=str(shots / "shedding-1024x768.png"))
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
    notice.get_by_role("button", name="Full detail").click()
    assert page.evaluate("document.documentElement.dataset.battlemapDetail") == "full"
    assert notice.is_hidden()
    assert page.get_by_role("button", name="Step by day").get_attribute("aria-pressed") == "false"


LAYOUT_SHIFTS = """() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, at: entry.startTime,
        moved: entry.sources.map((s) => s.node?.className || s.node?.nodeName || '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}"""


def test_a_phone_lays_the_page_out_once(kharkov_operation, browser_context, live_server):
    """Lighthouse's mobile audit counted a layout shift of 0.117 when the key moments appeared
    and the timeline came in under the panel; the page is now laid out once."""
    page = browser_context.new_page()
    page.set_viewport_size({"width": 412, "height": 823})
    page.add_init_script(f"({LAYOUT_SHIFTS})()")
    slow_down(page, 4)
    open_ready(page, f"{live_server.url}/operations/kharkov-1942/")
    page.wait_for_timeout(1500)
    shifts = page.evaluate("window.__shifts")
    total = sum(shift["value"] for shift in shifts)
    assert total < 0.1, shifts
    assert page.locator(".bm-moments__button").count() >= 5
    assert page.locator(".bm-moments").is_visible()


def test_a_phone_loads_the_chart_only_when_it_comes_near(kharkov_operation, browser_context, live_server):
    page = browser_context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    open_ready(page, f"{live_server.url}/operations/kharkov-1942/")
    page.wait_for_load_state("networkidle")
    assert not any("uPlot.iife" in url for url in requested), "uPlot is fetched before the chart is near"
    assert page.locator(".bm-chart__now").count() == 0
    page.locator(".bm-chart").scroll_into_view_if_needed()
    page.wait_for_selector(".bm-chart__now", state="attached")
    assert any("uPlot.iife" in url for url in requested)
