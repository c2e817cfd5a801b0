"""The frames' source: the embed page in its video frame mode (?frame=video), in headless Chromium
driven by Playwright, served by a threaded server in this process unless a running one is given."""

import base64
import os
import threading
from contextlib import contextmanager
from urllib.parse import urlencode

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PAGE_TIMEOUT_MS = 60000


class _QuietHandler:
    """Django's request handler without a line on the terminal per request."""

    @staticmethod
    def make():
        from django.core.servers.basehttp import WSGIRequestHandler

        class Handler(WSGIRequestHandler):
            def log_message(self, *args):
                pass

        return Handler


@contextmanager
def local_server():
    """This project served on 127.0.0.1 at a free port, static files included; yields its base URL."""
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.core.wsgi import get_wsgi_application

    if "127.0.0.1" not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    server = ThreadedWSGIServer(("127.0.0.1", 0), _QuietHandler.make(), allow_reuse_address=False)
    server.daemon_threads = True
    server.set_app(StaticFilesHandler(get_wsgi_application()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def frame_page_url(base_url, request):
    query = {"frame": "video", "controls": "none"}
    if request.pov:
        query["pov"] = request.pov
    # The frames are drawn in the video's language: its dates, legend, captions and closing card.
    query["lang"] = request.lang
    return f"{base_url.rstrip('/')}/embed/{request.slug}/?{urlencode(query)}"


@contextmanager
def frame_page(base_url, request):
    """The page in video frame mode at the request's size, planned; yields (page, plan)."""
    if not os.path.exists(CHROMIUM_PATH):
        raise RuntimeError(f"no Chromium at {CHROMIUM_PATH} (install it, or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": request.width, "height": request.height},
                                          device_scale_factor=1, reduced_motion="no-preference")
            page = context.new_page()
            page.set_default_timeout(PAGE_TIMEOUT_MS)
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(frame_page_url(base_url, request))
            # A selector, not a string predicate: the page's Content-Security-Policy forbids eval.
            page.wait_for_selector("html[data-battlemap-ready='true']", state="attached")
            if errors or not page.evaluate("() => !!window.battlemapVideo"):
                raise RuntimeError(f"the page has no video frame mode: {errors[0] if errors else 'window.battlemapVideo is missing'}")
            plan = page.evaluate("(options) => window.battlemapVideo.prepare(options)", {
                "from": request.start.isoformat(), "to": request.end.isoformat(), "fps": request.fps,
                "seconds": request.seconds, "holdMoments": request.hold_moments, "address": request.address,
            })
            yield page, plan
        finally:
            browser.close()


def frame_png(page, index):
    """Frame `index` as a PNG (bytes): drawn by the page at its time once the morph has its fields,
    and read from the canvas it shows (the page's screenshot of it is the same picture, in about
    twice the time)."""
    data_url = page.evaluate("(i) => window.battlemapVideo.framePng(i)", index)
    return base64.b64decode(data_url.partition(",")[2])
