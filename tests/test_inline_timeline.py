"""A small operation's timeline travels in its map page, so the first frame waits for no second request."""

import json
import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from battlemap.conf import check_settings
from battlemap.models import Event

INLINE = re.compile(r'<script type="application/json" id="battlemap-timeline-data">(.*?)</script>', re.S)
PRELOAD = re.compile(r'<link rel="preload" href="/api/operations/sample/timeline/"')
BREAKOUT = "</script><script>window.__pwned = 1</script><!-- & -->"


def inline_block(html):
    blocks = INLINE.findall(html)
    assert len(blocks) <= 1, "the page carries the timeline more than once"
    return blocks[0] if blocks else None


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/operations/sample/", "/embed/sample/"])
def test_the_map_pages_carry_the_timeline_the_api_gives(client, sample_operation, path):
    html = client.get(path).content.decode()
    block = inline_block(html)
    assert block is not None, "no inline timeline"
    assert json.loads(block) == client.get("/api/operations/sample/timeline/").json()
    # Nothing is fetched twice: the page no longer preloads the document it carries.
    assert not PRELOAD.search(html)


@pytest.mark.django_db
def test_text_from_data_cannot_end_the_inline_block(client, sample_operation):
    event = Event.objects.filter(operation=sample_operation).first()
    event.title = BREAKOUT
    event.save()
    html = client.get("/operations/sample/").content.decode()
    block = inline_block(html)
    assert block is not None
    # Escaped as json_script escapes: none of < > & is left inside, and the text reads back whole.
    assert not set("<>&") & set(block)
    titles = [e["title"] for e in json.loads(block)["events"]]
    assert BREAKOUT in titles
    assert "window.__pwned" not in html.replace(block, "")


@pytest.mark.django_db
def test_a_timeline_over_the_limit_is_fetched_instead(client, sample_operation, settings):
    with override_settings(BATTLEMAP={**settings.BATTLEMAP, "INLINE_TIMELINE_MAX_BYTES": 1000}):
        html = client.get("/operations/sample/").content.decode()
    assert inline_block(html) is None
    assert PRELOAD.search(html), "without the inline copy the page should preload the document"


@pytest.mark.parametrize("value", [-1, "600000", 1.5])
def test_the_limit_must_be_a_non_negative_integer(settings, value):
    with override_settings(BATTLEMAP={**settings.BATTLEMAP, "INLINE_TIMELINE_MAX_BYTES": value}):
        with pytest.raises(ImproperlyConfigured, match="INLINE_TIMELINE_MAX_BYTES"):
            check_settings()
