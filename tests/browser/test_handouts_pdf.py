"""The handouts printed to PDF in Chromium: the pages' size and count, and a look at them."""

import re
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

POINTS = {"a4": (595, 842), "letter": (612, 792)}


def pdf_pages(pdf):
    """The (width, height) in points of each page of a PDF Chromium wrote."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    return [(round(float(w)), round(float(h))) for w, h in boxes]


@pytest.mark.parametrize("query, paper, most_pages", [
    ("?date=1942-05-26", "a4", 2),
    ("?dates=1942-05-12,1942-05-17,1942-05-22,1942-05-26&paper=letter", "letter", 3),
])
def test_a_handout_prints_on_its_paper(kharkov_operation, page, live_server, query, paper, most_pages, shots):
    page.goto(f"{live_server.url}/operations/kharkov-1942/print/{query}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("[...document.images].every(img => img.complete && img.naturalWidth > 0)")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages = pdf_pages(pdf)
    assert 1 <= len(pages) <= most_pages
    assert all(abs(w - POINTS[paper][0]) <= 1 and abs(h - POINTS[paper][1]) <= 1 for w, h in pages), pages
    name = "handout-day" if "date=" in query else "handout-sheet"
    (shots / f"{name}.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm"):  # a picture of the first page, to look at
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(shots / f"{name}.pdf"),
                        str(shots / name)], check=True)
    # The toolbar is for the screen only.
    page.emulate_media(media="print")
    assert not page.locator(".toolbar").is_visible()
