"""The embed in an iframe on a host page of another origin: options, postMessage round trip, sizes."""

import functools
import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from frame_measure import date_shown, ground_fit
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)

HOST_PAGE = """<!doctype html><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<body style="margin:0"><iframe id="map" src="{src}" width="{width}" height="{height}" style="border:0"></iframe>
<script>
window.received = [];
window.addEventListener('message', (e) => {{ if (e.data && e.data.battlemap) window.received.push(e.data); }});
</script></body>"""


@pytest.fixture
def host_site(tmp_path):
    """A second HTTP server (127.0.0.1, another port: another origin) serving host pages."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def host_page(src, width=800, height=450, name="host.html"):
        (tmp_path / name).write_text(HOST_PAGE.format(src=src, width=width, height=height))
        return f"http://127.0.0.1:{server.server_address[1]}/{name}"

    yield host_page
    server.shutdown()


def embed_url(live_server, slug, query=""):
    # live_server answers on localhost; the host page is on 127.0.0.1, so the origins differ.
    return f"{live_server.url.replace('127.0.0.1', 'localhost')}/embed/{slug}/{query}"


def wait_for(page, message_type):
    return page.wait_for_function(
        f"window.received.find(m => m.type === {json.dumps(message_type)})").json_value()


def test_embed_in_a_foreign_host_reports_ready_date_and_height(sample_operation, page, live_server, host_site):
    page.goto(host_site(embed_url(live_server, "sample", "?date=1942-05-12")))
    ready = wait_for(page, "ready")
    assert ready["battlemap"] == 1 and ready["slug"] == "sample"
    assert wait_for(page, "date-changed")["date"] == "1942-05-12"
    assert wait_for(page, "height")["height"] > 0
    frame = page.frame_locator("#map")
    assert frame.locator(".bm-header").count() == 0
    assert frame.locator("[data-role=full-map-link]").is_visible()


def test_set_date_round_trip_and_malformed_message_warned(sample_operation, page, live_server, host_site):
    page.goto(host_site(embed_url(live_server, "sample")))
    wait_for(page, "ready")
    page.evaluate("""() => document.getElementById('map').contentWindow.postMessage(
        {battlemap: 1, type: 'set-date', date: '1942-05-13', time: '12:00'}, '*')""")
    changed = page.wait_for_function(
        "window.received.find(m => m.type === 'date-changed' && m.date === '1942-05-13')").json_value()
    assert changed["time"] == "12:00"
    frame = page.frame_locator("#map")
    assert frame.locator("[data-role=date]").inner_text() == "13 May 1942"
    page.evaluate("""() => document.getElementById('map').contentWindow.postMessage(
        {battlemap: 1, type: 'set-date', date: 'tomorrow'}, '*')""")
    eventually(page, lambda: any("'date' must be a YYYY-MM-DD string" in text
                                 for text in page.console_log.of_type("warning")),
               message="a warning naming the bad date")
    assert frame.locator("[data-role=date]").inner_text() == "13 May 1942"


def test_messages_from_origins_not_allowed_are_ignored(sample_operation, page, live_server, host_site, settings):
    settings.BATTLEMAP = {"EMBED_ALLOWED_ORIGINS": ["https://news.example"]}
    page.goto(host_site(embed_url(live_server, "sample", "?date=1942-05-12")))
    wait_for(page, "ready")
    page.evaluate("""() => document.getElementById('map').contentWindow.postMessage(
        {battlemap: 1, type: 'set-date', date: '1942-05-13'}, '*')""")
    eventually(page, lambda: any("not an allowed origin" in text for text in page.console_log.of_type("warning")),
               message="a warning that the origin is not allowed")
    assert page.frame_locator("#map").locator("[data-role=date]").inner_text() == "12 May 1942"


@pytest.mark.parametrize(("width", "height"), [(400, 300), (800, 450), (1280, 720)])
def test_embed_screenshots(sample_operation, kharkov_operation, page, live_server, host_site, width, height, shots):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(host_site(embed_url(live_server, kharkov_operation.slug, "?date=1942-05-24"),
                        width=width, height=height, name=f"host-{width}.html"))
    wait_for(page, "ready")
    page.wait_for_timeout(500)
    page.screenshot(path=str(shots / f"embed-{width}x{height}.png"))
    frame = page.frame_locator("#map")
    assert frame.locator("[data-role=full-map-link]").is_visible()
    assert frame.locator("[data-role=date]").is_visible()


def open_embed(page, live_server, query, slug="sample"):
    page.goto(f"{live_server.url}/embed/{slug}/{query}")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    return page


def test_from_to_restrict_the_timeline(sample_operation, page, live_server):
    open_embed(page, live_server, "?from=1942-05-12&to=1942-05-12&date=1942-05-14")
    assert page.locator("[data-role=date]").inner_text() == "12 May 1942"
    page.evaluate("window.battlemap.clock.setTime(99, 'jump')")
    assert page.evaluate("window.battlemap.index.partsOf(window.battlemap.clock.time).date") == "1942-05-12"
    assert page.locator("[data-role=date]").inner_text() == "12 May 1942"


def test_the_timeline_bar_spans_only_from_to(kharkov_operation, page, live_server):
    """A lesson on the pocket alone: the bar runs from 22 to 28 May, ticks and marks included."""
    open_embed(page, live_server, "?from=1942-05-22&to=1942-05-28&date=1942-05-22", slug="kharkov-1942")
    assert page.locator(".bm-timeline__tick").count() == 7
    labels = page.eval_on_selector_all(".bm-timeline__tick", "ticks => ticks.map(t => t.dataset.label)")
    assert labels[0] == "22 May" and labels[-1] == "28 May"
    track = page.locator("[data-role=track]").bounding_box()
    # The thumb at the start of the span sits at the bar's left end, and the end of the span at its right.
    thumb = page.locator("[data-role=thumb]").bounding_box()
    assert abs(thumb["x"] + thumb["width"] / 2 - track["x"]) < 6
    page.evaluate("window.battlemap.clock.setTime(99, 'jump')")
    thumb = page.locator("[data-role=thumb]").bounding_box()
    assert abs(thumb["x"] + thumb["width"] / 2 - (track["x"] + track["width"])) < 8
    marks = page.eval_on_selector_all(".bm-timeline__mark", "marks => marks.map(m => parseFloat(m.style.left))")
    assert marks and all(0 <= left <= 100 for left in marks)
    # Clicking the middle of the bar lands in the middle of the span (25 May), not of the operation.
    page.mouse.click(track["x"] + track["width"] / 2, track["y"] + track["height"] / 2)
    assert page.evaluate("window.battlemap.index.partsOf(window.battlemap.clock.time).date") == "1942-05-25"


def test_autoplay_plays_and_speed_is_read(sample_operation, page, live_server):
    open_embed(page, live_server, "?autoplay=1&speed=2")
    page.wait_for_function("window.battlemap.clock.playing")
    assert page.evaluate("window.battlemap.clock.speed") == 2


@pytest.mark.parametrize(("controls", "track_visible", "step_visible"),
                         [("full", True, True), ("minimal", True, False), ("none", False, False)])
def test_controls_option(sample_operation, page, live_server, controls, track_visible, step_visible):
    open_embed(page, live_server, f"?controls={controls}&date=1942-05-13")
    assert page.locator("[data-role=track]").is_visible() is track_visible
    assert page.locator("[data-action=step-forward]").is_visible() is step_visible
    assert page.locator("[data-role=full-map-link]").is_visible()
    # Every choice keeps the date on screen: an animated battle always shows its clock.
    assert date_shown(page) and page.locator("[data-role=date]").inner_text() == "13 May 1942"


def test_bad_option_is_warned_and_ignored(sample_operation, page, live_server):
    open_embed(page, live_server, "?controls=some&theme=dark")
    assert any("controls must be one of" in text for text in page.console_log.of_type("warning"))
    assert page.locator("[data-action=step-forward]").is_visible()
    assert "bm-theme--dark" in page.locator("body").get_attribute("class")


def test_share_dialog_snippet_opened_as_a_page(sample_operation, open_operation, live_server, host_site, tmp_path, shots):
    page = open_operation("sample", "?date=1942-05-13")
    page.click("[data-action=open-share]")
    assert page.locator("[data-role=share-dialog]").is_visible()
    responsive = page.locator("[data-role=share-snippet]").input_value()
    assert "aspect-ratio:800/450" in responsive and 'loading="lazy"' in responsive
    page.check("input[name=bm-share-size][value=fixed]")
    page.fill("[data-role=share-width]", "640")
    snippet = page.locator("[data-role=share-snippet]").input_value()
    assert 'width="640" height="450"' in snippet
    assert "/embed/sample/?date=1942-05-13" in snippet
    page.screenshot(path=str(shots / "share-dialog.png"))
    # The snippet pasted into a page of another origin shows the embed at that date.
    host_site("unused")  # starts the server; the snippet page is written beside host.html
    url = host_site("x").rsplit("/", 1)[0] + "/snippet.html"
    (tmp_path / "snippet.html").write_text(
        '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>' + snippet)
    page.goto(url)
    frame = page.frame_locator("iframe")
    # The embed's date reads empty until its first frame: wait for the map to be ready.
    frame.locator("html[data-battlemap-ready=true]").wait_for(state="attached")
    assert frame.locator("[data-role=date]").inner_text() == "13 May 1942"


def test_story_option_shows_the_days_story_as_a_caption(sample_operation, page, live_server, shots):
    open_embed(page, live_server, "?date=1942-05-13")
    assert not page.locator("[data-role=story]").is_visible()
    open_embed(page, live_server, "?date=1942-05-13&story=1")
    assert page.locator("[data-role=story]").is_visible()
    assert page.locator("[data-role=story-events] .bm-story__event").count() == 1
    assert not page.locator(".bm-chart").is_visible()
    page.screenshot(path=str(shots / "embed-story-1280x720.png"))


def post(page, message):
    page.evaluate("(m) => document.getElementById('map').contentWindow.postMessage(m, '*')", message)


def test_an_unknown_unit_or_a_prototype_name_is_warned_and_the_embed_keeps_reporting(sample_operation, page, live_server, host_site):
    page.goto(host_site(embed_url(live_server, "sample", "?date=1942-05-12")))
    wait_for(page, "ready")
    post(page, {"battlemap": 1, "type": "select-unit", "unit": "no-such-unit"})
    post(page, {"battlemap": 1, "type": "constructor"})
    post(page, {"battlemap": 1, "type": "__proto__"})
    eventually(page, lambda: any("no formation 'no-such-unit'" in text for text in page.console_log.of_type("warning")),
               message="a warning naming the unknown unit")
    eventually(page, lambda: sum("unknown message type" in text for text in page.console_log.of_type("warning")) == 2,
               message="both prototype names refused as unknown types")
    post(page, {"battlemap": 1, "type": "set-date", "date": "1942-05-13"})
    page.wait_for_function("window.received.find(m => m.type === 'date-changed' && m.date === '1942-05-13')")
    post(page, {"battlemap": 1, "type": "play"})
    page.wait_for_function("window.received.filter(m => m.type === 'date-changed').length > 3")


def test_date_changed_comes_a_few_times_a_second_while_playing_and_once_at_the_stop(sample_operation, page, live_server, host_site):
    page.goto(host_site(embed_url(live_server, "sample", "?date=1942-05-11&speed=0.5")))
    wait_for(page, "ready")
    page.evaluate("window.received.length = 0")
    post(page, {"battlemap": 1, "type": "play"})
    started = page.evaluate("performance.now()")
    page.wait_for_function("window.received.filter(m => m.type === 'date-changed').length >= 8")
    post(page, {"battlemap": 1, "type": "pause"})
    # The stop's report carries the time the clock stopped at, whatever came before it.
    embed = next(frame for frame in page.frames if "/embed/" in frame.url)
    eventually(page, lambda: not embed.evaluate("window.battlemap.clock.playing")
               and page.evaluate("window.received.filter(m => m.type === 'date-changed').at(-1).time")
               == embed.evaluate("document.querySelector('[data-role=time-of-day]').textContent"),
               message="a report of the time the clock stopped at")
    elapsed = (page.evaluate("performance.now()") - started) / 1000
    reports = page.evaluate("window.received.filter(m => m.type === 'date-changed').length")
    # About four a second (and one more at the stop): never one per animation frame.
    assert reports <= 4.5 * elapsed + 2, (reports, elapsed)


def test_the_snippet_leaves_the_view_out_unless_the_exact_view_is_kept(sample_operation, open_operation):
    page = open_operation("sample", "?date=1942-05-13&center=49.5000,36.2000&zoom=9")
    page.click("[data-action=open-share]")
    snippet = page.locator("[data-role=share-snippet]").input_value()
    assert "date=1942-05-13" in snippet and "center=" not in snippet and "zoom=" not in snippet
    page.check("[data-role=share-keep-view]")
    snippet = page.locator("[data-role=share-snippet]").input_value()
    assert "center=49.50" in snippet and ",36.20" in snippet and "zoom=9" in snippet, snippet


def test_from_to_frames_the_ground_of_its_days(kharkov_operation, page, live_server, shots):
    """A lesson on the pocket: the frame shows the pocket's ground, not the whole operation's."""
    page.set_viewport_size({"width": 800, "height": 450})
    open_embed(page, live_server, "?from=1942-05-22&to=1942-05-28", slug="kharkov-1942")
    page.screenshot(path=str(shots / "embed-from-to-800x450.png"))
    pocket = (35.92, 48.99, 36.81, 49.55)  # the pocket's bounds on 22-28 May (geodata/kharkov-1942/areas.geojson)
    fit = ground_fit(page, pocket)
    assert fit["inside"] > 0.99 and fit["spans"] > 0.6, fit
    assert page.evaluate("window.battlemap.map.getZoom()") >= 7.5


@pytest.mark.parametrize(("width", "height"), [(400, 300), (800, 450)])
def test_the_story_band_takes_at_most_a_third_folds_and_never_clips(kharkov_operation, page, live_server, shots, width, height):
    page.set_viewport_size({"width": width, "height": height})
    open_embed(page, live_server, "?date=1942-05-24&story=1", slug="kharkov-1942")
    page.screenshot(path=str(shots / f"embed-story-{width}x{height}.png"))
    band = page.locator(".bm-panel").bounding_box()
    mapbox = page.locator("#battlemap-map").bounding_box()
    assert band["height"] <= height / 3 + 1, band
    # Beside the map, not over it, and whatever does not fit scrolls (nothing is cut off).
    assert mapbox["y"] + mapbox["height"] <= band["y"] + 0.5
    overflow = page.evaluate("getComputedStyle(document.querySelector('.bm-panel')).overflowY")
    assert overflow in ("auto", "scroll")
    assert page.evaluate("document.querySelector('.bm-panel').scrollWidth <= document.querySelector('.bm-panel').clientWidth")
    assert date_shown(page)
    page.click("[data-action=fold-story]")
    assert page.locator("[data-role=story-events]").is_hidden()
    assert page.locator("[data-action=fold-story]").get_attribute("aria-expanded") == "false"
    assert page.locator(".bm-panel").bounding_box()["height"] < 40
    page.screenshot(path=str(shots / f"embed-story-folded-{width}x{height}.png"))


def test_the_dark_theme_darkens_the_map_and_its_place_names(kharkov_operation, page, live_server, shots):
    page.set_viewport_size({"width": 800, "height": 450})
    open_embed(page, live_server, "?date=1942-05-24&theme=dark", slug="kharkov-1942")
    page.screenshot(path=str(shots / "embed-dark-800x450.png"))
    luminance = """(colour) => {
        const [r, g, b] = colour.match(/\\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; }"""
    backdrop = page.evaluate("getComputedStyle(document.getElementById('battlemap-map')).backgroundColor")
    assert page.evaluate(luminance, backdrop) < 0.25, backdrop
    # The map's own pixels: the mean of the map's canvases over the frame is dark, not the light map's.
    mean = page.evaluate("""() => {
        const map = document.getElementById('battlemap-map').getBoundingClientRect();
        const canvas = document.querySelector('.leaflet-bm-ground-pane canvas');
        const ctx = canvas.getContext('2d');
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let sum = 0, n = 0;
        for (let i = 0; i < data.length; i += 4 * 97) { if (data[i + 3] > 0) { sum += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]; n++; } }
        return n ? sum / n / 255 : 0; }""")
    assert mean < 0.45, mean
    ink = page.evaluate("window.battlemap.debug.placeInk")["label"]
    assert ink.startswith("#") and sum(int(ink[i:i + 2], 16) for i in (1, 3, 5)) / (3 * 255) > 0.8, ink
