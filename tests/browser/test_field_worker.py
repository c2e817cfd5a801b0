"""The morph's distance fields are built in a worker: the page stays free, and a morph asked for
before its fields are in shows the nearer day, then the morph once they arrive."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_fields_come_from_the_worker_and_the_morph_follows_them(kharkov_operation, open_operation):
    page = open_operation("kharkov-1942")
    assert page.evaluate("window.battlemap.debug.fieldBuilder") == "worker"
    # Straight after the first frame, between two days whose fields may not be in yet.
    page.evaluate("window.battlemap.clock.jumpTo(11.5)")
    page.wait_for_function("document.documentElement.dataset.battlemapPrepared === 'true'", timeout=60000)
    page.evaluate("window.battlemap.debug.drawNow()")
    assert page.evaluate("window.battlemap.debug.fieldBuildCount") > 20
    morphed = page.evaluate("window.battlemap.debug.areasDigest")
    digests = []
    for day in (11, 12):
        page.evaluate(f"window.battlemap.clock.jumpTo({day}); window.battlemap.debug.drawNow()")
        digests.append(page.evaluate("window.battlemap.debug.areasDigest"))
    assert morphed not in digests, "half-way between two days the areas are neither day's"

