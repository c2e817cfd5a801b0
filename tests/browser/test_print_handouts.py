"""The worksheet of small maps on paper (issue #27): one page for 4, 6 and 9 days on A4 and on
Letter, labels of 7 pt or more, the dates in the footer's address; the handouts looked at in grey."""

import io
import re

import pytest
from PIL import Image

from test_handouts_pdf import POINTS, pdf_pages

pytestmark = pytest.mark.django_db(transaction=True)

DAYS = {
    4: "1942-05-12,1942-05-17,1942-05-22,1942-05-26",
    6: "1942-05-12,1942-05-14,1942-05-17,1942-05-20,1942-05-22,1942-05-26",
    9: "1942-05-12,1942-05-13,1942-05-14,1942-05-16,1942-05-17,1942-05-19,1942-05-22,1942-05-24,1942-05-26",
}
# The smallest label on a panel, in points on the picture (battlemap/render/preview.py's "panel").
PANEL_POINTS, PANEL_INCHES = 7.3, 2.3


def printed(page, live_server, query):
    page.goto(f"{live_server.url}/operations/kharkov-1942/print/{query}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("[...document.images].every(img => img.complete && img.naturalWidth > 0)")
    page.emulate_media(media="print")


@pytest.mark.parametrize("count", [4, 6, 9])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_worksheet_fits_one_page_with_labels_of_7_points(kharkov_operation, page, live_server, count, paper, shots):
    printed(page, live_server, f"?dates={DAYS[count]}&paper={paper}")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages = pdf_pages(pdf)
    assert len(pages) == 1, pages
    assert all(abs(w - POINTS[paper][0]) <= 1 and abs(h - POINTS[paper][1]) <= 1 for w, h in pages)
    # A panel's labels are PANEL_POINTS on a picture PANEL_INCHES wide: on paper, scaled by its width.
    width_inches = page.locator(".panel img").first.bounding_box()["width"] / 96
    assert PANEL_POINTS * width_inches / PANEL_INCHES >= 7, f"{width_inches:.2f} in wide panels"
    footer = page.locator(".sheet__footer").inner_text()
    assert re.search(r"dates=1942-05-12(,|%2C)", footer), footer
    (shots / f"sheet-{count}-{paper}.pdf").write_bytes(pdf)
    page.screenshot(path=shots / f"sheet-{count}-{paper}.png", full_page=True)


@pytest.fixture
def belgorod_operation(db):
    """The Belgorod-Kharkov 1943 operation loaded into the test database."""
    from pathlib import Path

    from battlemap.services import operation_load
    from geodata.loader import read_operation

    folder = Path(__file__).resolve().parents[2] / "geodata" / "belgorod-kharkov-1943"
    if not (folder / "operation.json").exists():
        pytest.skip("geodata/belgorod-kharkov-1943 is not there")
    return operation_load(data=read_operation(folder))


@pytest.mark.parametrize("slug, query, pocket", [
    ("kharkov-1942", "?date=1942-05-22", True),
    ("kharkov-1942", "?dates=" + DAYS[6], True),
    ("belgorod-kharkov-1943", "?date=1943-08-12", False),
])
def test_the_handouts_in_grey_are_saved_to_look_at(kharkov_operation, belgorod_operation, page, live_server, slug, query,
                                                   pocket, shots):
    page.goto(f"{live_server.url}/operations/{slug}/print/{query}")
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    name = f"{slug}-{query[1:].split('&')[0][:16].replace('=', '-')}"
    png = page.screenshot(full_page=True)
    (shots / f"{name}.png").write_bytes(png)
    Image.open(io.BytesIO(png)).convert("L").save(shots / f"{name}-grey.png")
    assert page.locator(".legend [data-legend='pocket']").count() == (1 if pocket else 0)
    assert page.locator(".legend [data-legend='ground']").count() == 2


@pytest.mark.parametrize("slug, date, soviet, german", [
    # (lon, lat) well inside each side's ground on that day.
    ("kharkov-1942", "1942-05-22", (37.9, 49.75), (35.4, 49.85)),
    ("belgorod-kharkov-1943", "1943-08-12", (36.6, 50.3), (34.9, 49.85)),
])
def test_the_printed_map_in_grey_keeps_the_sides_35_levels_apart(kharkov_operation, belgorod_operation, page, live_server,
                                                                  slug, date, soviet, german):
    from battlemap.render.preview import SIZES, _limits

    page.goto(f"{live_server.url}/operations/{slug}/print/?date={date}")
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    image = page.locator(".day-map img")
    grey = Image.open(io.BytesIO(image.screenshot())).convert("L")
    bbox = (kharkov_operation if slug == "kharkov-1942" else belgorod_operation).bbox
    west, east, south, north = _limits(bbox, SIZES["print"])

    def median_at(lon, lat):
        x = (lon - west) / (east - west) * grey.size[0]
        y = (north - lat) / (north - south) * grey.size[1]
        pixels = sorted(grey.crop((int(x) - 10, int(y) - 10, int(x) + 10, int(y) + 10)).getdata())
        return pixels[len(pixels) // 2]

    # The median is the ground's own grey (the first side's hatching lines are fewer than half).
    assert abs(median_at(*soviet) - median_at(*german)) >= 35, (median_at(*soviet), median_at(*german))
