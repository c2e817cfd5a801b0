"""The morph's distance fields are built in a worker: the page stays free, and a morph asked for
before its fields are in shows the nearer day, then the morph once they arrive."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

# Draws now and answers whether that frame had every distance field it needed.
COMPLETE_AFTER_DRAW = "() => { window.battlemap.debug.drawNow(); return window.battlemap.debug.morphComplete; }"


def test_fields_come_from_the_worker_and_the_morph_follows_them(kharkov_operation, open_operation):
    page = open_operation("kharkov-1942")
    assert page.evaluate("window.battlemap.debug.fieldBuilder") == "worker"
    # Straight after the first frame, between two days whose fields may not be in yet.
    page.evaluate("window.battlemap.clock.jumpTo(11.5)")
    # "Prepared" speaks of the days around where the page started, which may not be these two:
    # wait for what the digest below needs, the morph at 11.5 drawn with every field it wants.
    page.wait_for_function(COMPLETE_AFTER_DRAW, timeout=60000)
    assert page.evaluate("window.battlemap.debug.fieldBuildCount") > 0
    morphed = page.evaluate("window.battlemap.debug.areasDigest")
    digests = []
    for day in (11, 12):
        page.evaluate(f"window.battlemap.clock.jumpTo({day}); window.battlemap.debug.drawNow()")
        digests.append(page.evaluate("window.battlemap.debug.areasDigest"))
    assert morphed not in digests, "half-way between two days the areas are neither day's"


def test_the_fields_kept_are_the_days_around_the_time_and_come_back_when_it_returns(kharkov_operation, open_operation):
    page = open_operation("kharkov-1942")
    page.wait_for_function("document.documentElement.dataset.battlemapPrepared === 'true'", timeout=60000)
    days = page.evaluate("window.battlemap.index.dates.length")
    counts = []
    for day in range(days - 1):
        page.evaluate(f"window.battlemap.clock.jumpTo({day} + 0.5)")
        page.wait_for_function(COMPLETE_AFTER_DRAW, timeout=20000)
        counts.append(page.evaluate("window.battlemap.debug.fieldCount"))
    built = page.evaluate("window.battlemap.debug.fieldBuildCount")
    # Four days kept (the span and one either side), three shapes a day and a union where a side
    # holds two: never the whole operation's fields.
    assert max(counts) <= 20 < built, (counts, built)
    # Back at the start, the fields let go are built again and the morph is whole.
    page.evaluate("window.battlemap.clock.jumpTo(1.5)")
    page.wait_for_function(COMPLETE_AFTER_DRAW, timeout=20000)
    assert page.evaluate("window.battlemap.debug.fieldBuildCount") > built
