"""The static export opened straight from file:// in Chromium, with no server: the map draws and
scrubs, the embed draws, and no request leaves the folder."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from battlemap.site_export import ESBUILD

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not ESBUILD.exists(), reason="esbuild is not installed (make install runs npm install)"),
]


def test_the_export_draws_and_scrubs_from_file(kharkov_operation, page, tmp_path):
    out = tmp_path / "site"
    call_command("export_site", str(out), "kharkov-1942")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((out / "index.html").as_uri())
    page.locator("a.card__link").click()
    page.wait_for_selector("html[data-battlemap-ready='true']")
    assert page.evaluate("window.battlemap.debug.areaShapeCount") > 0
    assert page.evaluate("window.battlemap.debug.unitsDrawn") > 0
    # No worker can start from file://: the page builds the morph's fields itself, in idle time.
    page.wait_for_selector("html[data-battlemap-prepared='true']", state="attached", timeout=60000)
    assert page.evaluate("window.battlemap.debug.fieldBuilder") == "idle"
    page.locator("[data-role=track]").focus()
    for _ in range(11):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-22"
    assert page.locator("[data-role=date]").inner_text() == "22 May 1942"
    page.goto((out / "embed" / "kharkov-1942" / "index.html").as_uri() + "?date=1942-05-26")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-26"
    outside = [url for url in requests if not url.startswith(("file://", "data:", "blob:"))]
    assert outside == [], outside


def test_a_page_served_with_the_bundle_draws_and_scrubs(kharkov_operation, page, live_server, settings):
    """Production pages load the bundle instead of the modules: the same map, one script."""
    call_command("build_bundle")
    settings.BATTLEMAP = {**settings.BATTLEMAP, "SCRIPT_BUNDLE": "battlemap/build/battlemap.bundle.js"}
    scripts = []
    page.on("request", lambda request: scripts.append(request.url) if request.resource_type == "script" else None)
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-20")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    assert page.evaluate("window.battlemap.debug.areaShapeCount") > 0
    page.locator("[data-role=track]").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-21"
    page.wait_for_selector("html[data-battlemap-prepared='true']", state="attached", timeout=60000)
    assert page.evaluate("window.battlemap.debug.fieldBuilder") == "worker"
    ours = sorted(url.rsplit("/", 1)[1] for url in scripts if "/static/battlemap/" in url)
    # The page's bundle, and the field worker's (a worker's script is a script too).
    assert ours in (["battlemap.bundle.js"], ["battlemap.bundle.js", "field-worker.bundle.js"]), ours


def test_the_exports_snippet_points_at_its_own_embed_wherever_it_is_hosted(kharkov_operation, page, tmp_path):
    """Hosted in a subfolder, the snippet frames the export's own embed page; opened from a file,
    it says that an embed needs the export to be hosted."""
    out = tmp_path / "graphics" / "battlemap"
    call_command("export_site", str(out), "kharkov-1942")
    page.goto((out / "kharkov-1942" / "index.html").as_uri() + "?date=1942-05-24")
    page.wait_for_selector("html[data-battlemap-ready='true']")
    page.click("[data-action=open-share]")
    assert "needs this export to be hosted" in page.locator("[data-role=share-snippet]").input_value()
    assert page.locator("[data-action=copy-snippet]").is_disabled()
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        site = f"http://127.0.0.1:{server.server_address[1]}/graphics/battlemap"
        page.goto(f"{site}/kharkov-1942/index.html?date=1942-05-24")
        page.wait_for_selector("html[data-battlemap-ready='true']")
        page.click("[data-action=open-share]")
        snippet = page.locator("[data-role=share-snippet]").input_value()
        assert f'src="{site}/embed/kharkov-1942/index.html?date=1942-05-24' in snippet, snippet
        src = snippet.split('src="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
        page.goto(src)
        page.wait_for_selector("html[data-battlemap-ready='true']")
        assert page.evaluate("window.battlemap.debug.date.date") == "1942-05-24"
    finally:
        server.shutdown()
