"""The embed's still: with scripts off, or in a frame too small for the map (below 200x150), it
shows the day's preview image with the link to the full map; a frame of a usable size never
fetches it."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)

HOST_PAGE = """<!doctype html><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<body style="margin:0"><iframe id="map" src="{src}" width="{width}" height="{height}" style="border:0"></iframe></body>"""


@pytest.fixture
def host_site(tmp_path):
    """A second HTTP server (127.0.0.1, another origin) serving a page that frames the embed."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def host_page(src, width, height):
        name = f"host-{width}x{height}.html"
        (tmp_path / name).write_text(HOST_PAGE.format(src=src, width=width, height=height))
        return f"http://127.0.0.1:{server.server_address[1]}/{name}"

    yield host_page
    server.shutdown()


def _loaded(image):
    """The picture's size once it has arrived and decoded (the server draws it on first request)."""
    return image.evaluate("img => img.decode().then(() => [img.naturalWidth, img.naturalHeight, img.currentSrc])")


def test_with_scripts_off_the_embed_is_the_days_picture_and_the_link(sample_operation, chromium, live_server, shots):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 400, "height": 300})
    page = context.new_page()
    page.goto(f"{live_server.url}/embed/{sample_operation.slug}/?date=1942-05-13&controls=minimal")
    still = page.locator("[data-role=still]")
    assert still.is_visible()
    assert still.get_attribute("href") == f"/operations/{sample_operation.slug}/"
    image = still.locator("img")
    width, height, source = _loaded(image)
    assert f"/operations/{sample_operation.slug}/preview.png?date=1942-05-13&width=" in source
    assert width >= 400 and height == round(width * 0.525)
    # It covers the frame: what the reader sees is the picture and the link.
    box = still.bounding_box()
    assert (box["width"], box["height"]) == (400, 300)
    assert "Open the full map" in still.inner_text() and "13 May 1942" in still.inner_text()
    assert image.get_attribute("alt") == f"Map of {sample_operation.name} on 13 May 1942"
    page.screenshot(path=str(shots / "embed-noscript-400x300.png"))
    context.close()


def test_a_date_the_operation_lacks_shows_its_first_day(sample_operation, chromium, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/embed/{sample_operation.slug}/?date=banana")
    assert "preview.png?date=1942-05-11&width=" in _loaded(page.locator("[data-role=still] img"))[2]
    context.close()


def test_a_frame_too_small_for_the_map_shows_the_picture(sample_operation, page, live_server, host_site, shots):
    site = live_server.url.replace("127.0.0.1", "localhost")
    page.goto(host_site(f"{site}/embed/{sample_operation.slug}/?date=1942-05-14", 180, 120))
    frame = page.locator("#map").element_handle().content_frame()
    frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    still = frame.locator("[data-role=still-small]")
    assert still.is_visible()
    width, height, source = _loaded(still.locator("img"))
    assert "preview.png?date=1942-05-14&width=" in source and width >= 180
    box = still.bounding_box()
    assert (box["width"], box["height"]) == (180, 120)
    assert still.get_attribute("target") == "_blank" and still.locator(".bm-still__link").is_visible()
    page.screenshot(path=str(shots / "embed-still-180x120.png"))
    # The host moves the map to another day: the still shows that day.
    page.evaluate("document.getElementById('map').contentWindow.postMessage({battlemap: 1, type: 'set-date', date: '1942-05-12'}, '*')")
    image = still.locator("img")
    eventually(page, lambda: "preview.png?date=1942-05-12&width=" in image.evaluate("img => img.currentSrc"),
               message="the still of 12 May")
    assert _loaded(image)[0] >= 180


def test_a_frame_shrunk_below_use_shows_the_picture_and_grown_the_map(sample_operation, page, live_server, host_site):
    site = live_server.url.replace("127.0.0.1", "localhost")
    page.goto(host_site(f"{site}/embed/{sample_operation.slug}/?date=1942-05-14", 320, 250))
    frame = page.locator("#map").element_handle().content_frame()
    frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    assert not frame.locator("[data-role=still-small]").is_visible()
    assert frame.locator("#battlemap-map").is_visible()
    # Shrunk below the size of use, the frame shows the still; grown again, the map.
    page.evaluate("document.getElementById('map').height = 140")
    eventually(page, lambda: frame.locator("[data-role=still-small]").is_visible(), message="the still in a 320x140 frame")
    page.evaluate("document.getElementById('map').height = 250")
    eventually(page, lambda: not frame.locator("[data-role=still-small]").is_visible(), message="the map again at 320x250")


def test_a_usable_frame_fetches_no_picture(sample_operation, page, live_server, host_site):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    site = live_server.url.replace("127.0.0.1", "localhost")
    page.goto(host_site(f"{site}/embed/{sample_operation.slug}/?date=1942-05-14", 320, 250))
    frame = page.locator("#map").element_handle().content_frame()
    frame.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    frame.wait_for_load_state("load")
    assert not [url for url in requested if "preview.png" in url]
