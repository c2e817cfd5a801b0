"""Front lines with no areas in the browser: drawn on whole days, styled by certainty, and morphed
smoothly from one day's authored line to the next (tests/data/fronts-only)."""

from pathlib import Path

import pytest

from battlemap.services import operation_load
from geodata.loader import read_operation

pytestmark = pytest.mark.django_db(transaction=True)

FRONTS_ONLY = Path(__file__).resolve().parent.parent / "data" / "fronts-only"


@pytest.fixture
def fronts_only(db):
    return operation_load(data=read_operation(FRONTS_ONLY))


def fronts_at(page, time):
    page.evaluate(f"window.battlemap.clock.setTime({time})")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return page.evaluate("window.battlemap.debug.fronts")


def mean_x(fronts):
    """The x of the lines' centroid (weighted by length, so however densely they are sampled)."""
    weighted = length = 0.0
    for front in fronts:
        for line in front["lines"]:
            for (x0, y0), (x1, y1) in zip(line, line[1:]):
                segment = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
                weighted += segment * (x0 + x1) / 2
                length += segment
    return weighted / length


@pytest.mark.viewport(1366, 768)
def test_an_authored_front_moves_smoothly_between_days_without_areas(fronts_only, open_operation, shots):
    page = open_operation("fronts-only", "?date=1942-05-11")
    assert page.evaluate("window.battlemap.debug.areaShapeCount") == 0
    page.screenshot(path=str(shots / "fronts-only-11-may.png"))
    samples = [fronts_at(page, step / 10) for step in range(11)]
    assert all(len(fronts) == 1 and fronts[0]["sides"] == ["east", "west"] for fronts in samples)
    # The line's whole-day certainty, and the nearer day's between days.
    assert [fronts[0]["certainty"] for fronts in (samples[0], samples[4], samples[6], samples[10])] == [
        "certain", "certain", "probable", "probable"]
    # It moves west step by step: every frame a little, none a leap (a pop would be one big step).
    xs = [mean_x(fronts) for fronts in samples]
    steps = [earlier - later for earlier, later in zip(xs, xs[1:])]
    total = xs[0] - xs[-1]
    assert total > 5, f"the front moves west by {total:.1f} grid cells"
    assert all(0 < step < 0.2 * total for step in steps), (steps, total)
    page.evaluate("window.battlemap.clock.setTime(1.5)")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.screenshot(path=str(shots / "fronts-only-12-may-midday.png"))
