"""Paper from the map page and the handouts, as a photocopier sees it (issue #27): the grey-safe
look on screen (?print=grey and the legend's box), Ctrl+P on the map page (one page, no controls,
the legend, the day and the sources), and the handout's legend in grey."""

import io
import re

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {"phone": (390, 844), "laptop": (1280, 800), "projector": (1920, 1080)}


def grey_of(png):
    return Image.open(io.BytesIO(png)).convert("L")


def mean_luma(png):
    image = grey_of(png)
    pixels = list(image.get_flattened_data()) if hasattr(image, "get_flattened_data") else list(image.getdata())
    return sum(pixels) / len(pixels)


def ground_luma(page, lat, lon):
    """The median grey of the map's pixels about (lat, lon), from a screenshot of the map."""
    x, y = page.evaluate(f"(() => {{ const p = window.battlemap.map.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y]; }})()")
    box = page.locator("#battlemap-map").bounding_box()
    shot = grey_of(page.screenshot(clip={"x": box["x"] + x - 12, "y": box["y"] + y - 12, "width": 24, "height": 24}))
    pixels = sorted(shot.get_flattened_data() if hasattr(shot, "get_flattened_data") else shot.getdata())
    return pixels[len(pixels) // 2]


@pytest.mark.reduced_motion
@pytest.mark.parametrize("size", list(SIZES))
def test_print_grey_draws_the_sides_apart_in_grey(kharkov_operation, browser_context, live_server, size, shots):
    page = browser_context.new_page()
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size])))
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-22&print=grey")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    assert page.evaluate("document.documentElement.dataset.bmPaper") == "grey"
    page.wait_for_timeout(300)
    page.screenshot(path=shots / f"print-grey-{size}.png")
    if size != "laptop":
        return
    assert page.locator("[data-role='grey-safe']").is_checked()
    # Soviet ground east of the Donets near Kupyansk; German ground west of Kharkov near Valki.
    soviet, german = ground_luma(page, 49.75, 37.9), ground_luma(page, 49.85, 35.4)
    assert abs(soviet - german) >= 35, (soviet, german)
    # Unticked, the colours of the screen; the address forgets the option.
    page.locator(".bm-legend__summary").click()
    page.locator(".bm-legend").screenshot(path=shots / "legend-grey.png")
    page.locator("[data-role='grey-safe']").uncheck()
    assert page.evaluate("document.documentElement.dataset.bmPaper") == "colour"
    assert "print=grey" not in page.url
    page.locator("[data-role='grey-safe']").check()
    assert "print=grey" in page.url


def test_a_bad_print_option_is_named_in_the_notice(kharkov_operation, open_operation, page):
    open_operation("kharkov-1942", "?print=sepia")
    notice = page.locator("[data-role='notice']")
    assert notice.is_visible()
    assert 'print=sepia: expected grey; the colours of the screen.' in notice.inner_text()
    assert page.evaluate("document.documentElement.dataset.bmPaper") == "colour"


@pytest.mark.reduced_motion
@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_ctrl_p_prints_the_map_day_legend_and_sources_on_one_page(kharkov_operation, browser_context, live_server, size, shots):
    page = browser_context.new_page()
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size])))
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-22")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    page.emulate_media(media="print")
    page.wait_for_timeout(400)
    for hidden in ("[data-action='play']", "[data-action='open-share']", ".bm-panel", ".leaflet-control-zoom",
                   "[data-action='present']"):
        assert not page.locator(hidden).first.is_visible(), hidden
    for shown in (".bm-legend .bm-legend__list", ".bm-print-footer", "[data-role='date']", ".bm-header__title"):
        assert page.locator(shown).first.is_visible(), shown
    assert "22" in page.locator("[data-role='date']").inner_text()
    footer = page.locator(".bm-print-footer").inner_text()
    assert "Glantz" in footer and "date=1942-05-22" in footer
    # The map fills its printed box: the Leaflet map knows its new size.
    size_px = page.evaluate("[window.battlemap.map.getSize().x, window.battlemap.map.getSize().y]")
    box = page.locator("#battlemap-map").bounding_box()
    assert abs(size_px[0] - box["width"]) <= 2 and abs(size_px[1] - box["height"]) <= 2
    page.screenshot(path=shots / f"map-print-{size}.png", full_page=True)
    for paper in ("A4", "Letter"):
        pdf = page.pdf(print_background=True, format=paper, landscape=True)
        (shots / f"map-print-{size}-{paper}.pdf").write_bytes(pdf)
        pages = re.findall(rb"/Type\s*/Page\b", pdf)
        assert len(pages) == 1, f"{len(pages)} pages on {paper}"


def test_the_handout_legend_tells_the_sides_apart_in_grey(kharkov_operation, page, live_server, shots):
    page.goto(f"{live_server.url}/operations/kharkov-1942/print/?date=1942-05-22")
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    swatch = "[data-legend='{}'][data-side='{}'] svg"
    soviet, german = (mean_luma(page.locator(swatch.format("ground", side)).screenshot()) for side in ("soviet", "axis"))
    assert abs(soviet - german) >= 35, (soviet, german)
    assert page.locator(swatch.format("pocket", "soviet")).count() == 1, "the pocket is in the legend"
    dashes = [page.locator(f"[data-legend='arrow'][data-side='{side}'] line").nth(1).get_attribute("stroke-dasharray")
              for side in ("soviet", "axis")]
    assert dashes[0] != dashes[1], "each side's arrows have their own dash"
    assert "“… (Soviet)” where both sides have one" in page.content()
    page.locator(".legend").screenshot(path=shots / "handout-legend.png")
    grey_of(page.locator(".legend").screenshot()).save(shots / "handout-legend-grey.png")
