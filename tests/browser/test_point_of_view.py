"""A neutral point of view by default, and one side's with APP-6 friend and hostile frames."""

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)


def identities(page):
    """The standard identity letters of the symbols drawn at the units' current size."""
    size = page.evaluate("window.battlemap.debug.unitSymbolSize ?? null")
    codes = page.evaluate("(size) => window.battlemap.debug.symbolCodes(size)", size)
    return {code[1] for code in codes if len(code) == 15}


@pytest.mark.reduced_motion
def test_both_sides_are_framed_alike_until_a_side_is_chosen(sample_operation, open_operation, page):
    open_operation("sample")
    page.select_option(".bm-echelon:not(.bm-pov) select", "regiment")  # every unit of both sides
    drawn = eventually(page, lambda: identities(page), message="symbols drawn")
    assert drawn == {"N"}, "neutral: no side drawn as the enemy"
    legend = page.locator(".bm-legend")
    legend.locator("summary").click()
    assert legend.inner_text().count("same frame for every side") == 2
    page.select_option(".bm-pov select", "east")
    page.wait_for_function("location.search.includes('pov=east')")
    eventually(page, lambda: identities(page) == {"F", "H"}, message="the symbols redrawn as friend and hostile")
    text = page.locator(".bm-legend").inner_text()
    assert "friend frame" in text and "hostile frame" in text
    page.select_option(".bm-pov select", "")
    page.wait_for_function("!location.search.includes('pov=')")


@pytest.mark.reduced_motion
def test_the_url_option_takes_a_side_and_a_bad_one_is_warned(sample_operation, open_operation, page):
    open_operation("sample", "?pov=west&zoom=10")
    assert page.locator(".bm-pov select").input_value() == "west"
    assert "N" not in identities(page) and "F" in identities(page)
    open_operation("sample", "?pov=martians")
    assert any("pov" in text for text in page.console_log.of_type("warning"))
    assert identities(page) == {"N"}
