"""The host page's resize script (pages/embed-resize.js) on a page of another origin: every
Battlemap frame gets the height its embed asks for at its width, and follows the width."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)

# The snippet the share dialog writes (responsive, with the script), twice: one frame the page's
# width, one half of it; and the messages the page receives, AMP's included.
HOST_PAGE = """<!doctype html><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<body style="margin:0">
<p>An article about Kharkov.</p>
<div id="wide">{snippet}</div>
<div id="half" style="width:50%">{snippet}</div>
<script>
window.received = [];
window.addEventListener('message', (e) => {{ if (e.data && (e.data.battlemap || e.data.sentinel)) window.received.push(e.data); }});
</script></body>"""

SNIPPET = ('<iframe src="{src}" title="Kharkov" loading="lazy" allow="fullscreen" '
           'style="border:0;width:100%;aspect-ratio:800/450;min-height:250px"></iframe>\n'
           '<script src="{script}" async></script>')

# The height the embed asks for (static/battlemap/js/embed/wanted-height.js): the map 16:9, at
# least 320 (or square when narrower) and at most 720 high, plus the chrome under it, never under
# 250; under 200 px wide, its still: the picture (21/40 as high as wide) and its link (24 px).
WANTED = """([frame, chrome]) => {
  const width = frame.getBoundingClientRect().width;
  if (width < 200) return Math.ceil(width * 21 / 40) + 24;
  return Math.max(250, Math.min(720, Math.max(width * 9 / 16, Math.min(width, 320))) + chrome);
}"""


@pytest.fixture
def host_site(tmp_path):
    """A second HTTP server (127.0.0.1, another port: another origin) serving host pages."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def host_page(html, name="host.html"):
        (tmp_path / name).write_text(html)
        return f"http://127.0.0.1:{server.server_address[1]}/{name}"

    yield host_page
    server.shutdown()


def site(live_server):
    # live_server answers on localhost; the host page is on 127.0.0.1, so the origins differ.
    return live_server.url.replace("127.0.0.1", "localhost")


def embeds(page):
    """The page's iframes' documents, in the page's order."""
    frames = page.locator("iframe")
    return [frames.nth(i).element_handle().content_frame() for i in range(frames.count())]


def frame_heights(page):
    return page.eval_on_selector_all("iframe", "frames => frames.map(f => f.getBoundingClientRect().height)")


def settled_heights(page):
    """Each frame's height once it is the map's wanted height plus the chrome the embed reports
    (its height less its map's), within a pixel; the heights are returned."""
    def fitted():
        heights = frame_heights(page)
        for index, frame in enumerate(embeds(page)):
            chrome = frame.evaluate("innerHeight - document.getElementById('battlemap-map').getBoundingClientRect().height")
            wanted = page.evaluate(WANTED, [page.locator("iframe").nth(index).element_handle(), chrome])
            if abs(heights[index] - wanted) > 1.5:
                return None
        return heights
    return eventually(page, fitted, timeout=30, message="both frames at their wanted heights")


def test_frames_follow_the_width_of_the_host_page(kharkov_operation, page, live_server, host_site, shots):
    # Tall enough for both frames: a full-page screenshot may catch a cross-origin frame unpainted.
    page.set_viewport_size({"width": 1000, "height": 1300})
    snippet = SNIPPET.format(src=f"{site(live_server)}/embed/kharkov-1942/?date=1942-05-24",
                             script=f"{site(live_server)}/static/battlemap/pages/embed-resize.js")
    page.goto(host_site(HOST_PAGE.format(snippet=snippet)))
    for frame in embeds(page):
        frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    wide, half = settled_heights(page)
    assert wide > half, "the half-width frame asks for less height than the wide one"
    # 1000 px wide: a 16:9 map (562 px) and its chrome; not the 562 px the snippet's ratio gives.
    assert wide > 562 + 40
    page.screenshot(path=str(shots / "host-1000.png"))

    page.set_viewport_size({"width": 390, "height": 844})
    phone_wide, phone_half = settled_heights(page)
    assert phone_wide < wide and phone_half <= half
    # On a phone the map is no strip: at least 320 px of map in a 390 px frame.
    assert phone_wide >= 320 + 40
    # The half-width frame (195 px) is too narrow for the map: it is the height of its still.
    assert embeds(page)[1].locator("[data-role=still-small]").is_visible()
    assert phone_half == 103 + 24
    page.screenshot(path=str(shots / "host-390.png"))

    # Every height message has its AMP twin (amp-iframe resizable), with the same height.
    received = page.evaluate("window.received")
    heights = [m["height"] for m in received if m.get("type") == "height"]
    amp = [m["height"] for m in received if m.get("sentinel") == "amp" and m.get("type") == "embed-size"]
    assert heights and sorted(set(heights)) == sorted(set(amp))


def test_without_the_script_the_snippet_is_a_plain_frame_and_a_bad_height_is_warned(
        sample_operation, page, live_server, host_site):
    page.set_viewport_size({"width": 800, "height": 900})
    plain = SNIPPET.format(src=f"{site(live_server)}/embed/sample/", script="").split("\n")[0]
    page.goto(host_site(HOST_PAGE.format(snippet=plain), name="plain.html"))
    embeds(page)[0].wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    assert round(frame_heights(page)[0]) == 450, "the ratio of the snippet holds"

    snippet = SNIPPET.format(src=f"{site(live_server)}/embed/sample/",
                             script=f"{site(live_server)}/static/battlemap/pages/embed-resize.js")
    page.goto(host_site(HOST_PAGE.format(snippet=snippet), name="bad.html"))
    embeds(page)[0].wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    before = settled_heights(page)
    # A page that is not the frame's own origin (the host itself) posts as if it were the frame.
    page.evaluate("window.postMessage({battlemap: 1, type: 'height', height: 'tall'}, '*')")
    embeds(page)[0].evaluate("parent.postMessage({battlemap: 1, type: 'height', height: 'tall'}, '*')")
    eventually(page, lambda: any("ignored a height of \"tall\"" in text for text in page.console_log.of_type("warning")),
               message="a warning naming the bad height")
    assert frame_heights(page) == before


def test_the_share_dialogs_snippet_brings_the_script(sample_operation, page, live_server, host_site):
    """The responsive snippet, pasted as it is into a page of another origin, sizes its frame."""
    page.set_viewport_size({"width": 700, "height": 900})
    page.goto(f"{live_server.url}/operations/sample/?date=1942-05-13")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    page.click("[data-action=open-share]")
    snippet = page.locator("[data-role=share-snippet]").input_value()
    assert f'<script src="{live_server.url}/static/battlemap/pages/embed-resize.js" async></script>' in snippet
    page.goto(host_site(f"<!doctype html><meta charset='utf-8'><title>Article</title><link rel='icon' href='data:,'>"
                        f"<body style='margin:0'>{snippet}</body>", name="pasted.html"))
    frame = embeds(page)[0]
    frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    chrome = frame.evaluate("innerHeight - document.getElementById('battlemap-map').getBoundingClientRect().height")
    wanted = page.evaluate(WANTED, [page.locator("iframe").element_handle(), chrome])
    eventually(page, lambda: abs(frame_heights(page)[0] - wanted) < 1.5, message="the pasted frame at its wanted height")
    # 700 px wide: the snippet's ratio alone would give 394 px; the embed asks for its map and chrome.
    assert frame_heights(page)[0] > 394 + 40
