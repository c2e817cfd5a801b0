"""The example article: scrolling its sections moves the embedded map to their dates, through the
postMessage API; without JavaScript it reads as text with a still per section."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def embed_frame(page):
    return next(frame for frame in page.frames if "/embed/" in frame.url)


@pytest.mark.parametrize("width, height", [(1366, 800), (390, 844)])
def test_scrolling_the_article_drives_the_map(kharkov_operation, page, live_server, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/examples/article/")
    page.wait_for_selector("iframe[data-role='story-map']")
    frame = None
    for _ in range(100):
        frames = [f for f in page.frames if "/embed/" in f.url]
        if frames and frames[0].evaluate("document.documentElement.dataset.battlemapReady === 'true'"):
            frame = frames[0]
            break
        page.wait_for_timeout(100)
    assert frame is not None, "the embed became ready"
    sections = page.locator(".article-section")
    expected = page.eval_on_selector_all(".article-section", "s => s.map(x => x.dataset.date)")
    for i in (2, 4, 5):
        sections.nth(i).scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, window.innerHeight * 0.2)")
        page.wait_for_function(
            "(date) => document.querySelector('.article-section--current')?.dataset.date === date", arg=expected[i])
        for _ in range(50):
            if frame.evaluate("window.battlemap.debug.date.date") == expected[i]:
                break
            page.wait_for_timeout(100)
        assert frame.evaluate("window.battlemap.debug.date.date") == expected[i]
    assert not page.locator(".article-still").first.is_visible(), "the live map replaces the stills"


def test_without_javascript_the_article_is_text_and_stills(kharkov_operation, chromium, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/examples/article/")
    assert page.locator(".article-section").count() == 6
    stills = page.locator(".article-still")
    assert stills.first.is_visible() and "preview.png?date=1942-05-12" in stills.first.get_attribute("src")
    assert not page.locator("iframe[data-role='story-map']").is_visible()
    assert "The ring closes" in page.locator("main").inner_text()
    context.close()


@pytest.mark.django_db
def test_the_article_needs_its_operation(client, sample_operation):
    assert client.get("/examples/article/").status_code == 404
