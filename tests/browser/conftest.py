"""Browser fixtures: headless Debian Chromium driven by Playwright, pages that record console errors."""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's DB access from the same
# thread (live_server teardown) must not be refused for it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    """Every test in this folder is a browser test."""
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session."""
    if not os.path.exists(CHROMIUM_PATH):
        message = f"no Chromium at {CHROMIUM_PATH} (install it, or set CHROMIUM_PATH)"
        # On CI a missing browser is a broken setup, not a reason to pass without the tests.
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class ConsoleLog:
    """Console messages and page errors of one page, so a test can assert there were none."""

    def __init__(self, page):
        self.messages = []
        page.on("console", lambda message: self.messages.append((message.type, message.text)))
        page.on("pageerror", lambda error: self.messages.append(("pageerror", str(error))))

    def of_type(self, *types):
        return [text for kind, text in self.messages if kind in types]

    @property
    def errors(self):
        return self.of_type("error", "pageerror")


@pytest.fixture
def browser_context(chromium, request):
    """A fresh context (cookies, storage, viewport); `viewport` marker args override the size."""
    marker = request.node.get_closest_marker("viewport")
    width, height = marker.args if marker else (1280, 720)
    reduced = request.node.get_closest_marker("reduced_motion") is not None
    # Playwright's string predicates are evaluated as code, which the site's Content-Security-Policy
    # forbids; tests marked `csp` keep the policy and wait on selectors instead.
    enforce_csp = request.node.get_closest_marker("csp") is not None
    context = chromium.new_context(viewport={"width": width, "height": height},
                                   reduced_motion="reduce" if reduced else "no-preference",
                                   bypass_csp=not enforce_csp)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    """A page whose console is recorded on `page.console_log`; it must end without errors."""
    page = browser_context.new_page()
    page.console_log = ConsoleLog(page)
    # Generous: a wait ends as soon as its condition holds, and a loaded machine (CI beside other
    # work) may take several times longer than an idle one to get there.
    page.set_default_timeout(30000)
    yield page
    assert page.console_log.errors == [], f"console errors: {page.console_log.errors}"


def pytest_configure(config):
    config.addinivalue_line("markers", "viewport(width, height): browser viewport size for the test")
    config.addinivalue_line("markers", "reduced_motion: emulate prefers-reduced-motion: reduce")
    config.addinivalue_line("markers", "csp: keep the pages' Content-Security-Policy in force (no string predicates)")


@pytest.fixture
def open_operation(page, live_server):
    """Open an operation's page (with an optional query) and wait for its first full frame."""

    def open_page(slug, query=""):
        page.goto(f"{live_server.url}/operations/{slug}/{query}")
        page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
        return page

    return open_page


@pytest.fixture
def shots(request, tmp_path):
    """Where a test's screenshots go: BATTLEMAP_SHOTS/<test module> when that is set (to look at
    them afterwards), else the test's own temporary folder, so two runs never overwrite each other."""
    root = os.environ.get("BATTLEMAP_SHOTS")
    folder = Path(root) / request.node.module.__name__.rsplit(".", 1)[-1] if root else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def admin_page(page, live_server, django_user_model, sample_operation):
    """A page signed in to the admin as a superuser, with the sample operation loaded; its
    `live_url` is the live server's address."""
    django_user_model.objects.create_superuser("historian", "historian@example.org", "pw-historian-1")
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "historian")
    page.fill("#id_password", "pw-historian-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    page.live_url = live_server.url
    return page

