"""The current frame as a sheet that stands alone (issue #27): SVG and PDF in vector, PNG at 300 dpi
on A4, each with its title, date, caption, legend, scale, sources and address."""

import re
import struct
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

URL = "/operations/kharkov-1942/frame/"
VIEW = {"date": "1942-05-22", "bbox": "35.6,48.9,37.6,49.9"}
SHOTS = Path("/work/helpers/shots/print")


def test_the_svg_is_vector_with_its_words_as_text(client, kharkov_operation):
    response = client.get(URL, {**VIEW, "format": "svg"})
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert 'filename="kharkov-1942_1942-05-22.svg"' in response["Content-Disposition"]
    svg = response.content.decode()
    assert svg.lstrip().startswith("<?xml") and "<image" not in svg, "vector, no raster inside"
    for words in ("Second Battle of Kharkov", "1942-05-22", "km", "Front line", "ground held", "encircled (the pocket)",
                  "/operations/kharkov-1942/?date=1942-05-22", "6th Army (Soviet)", "Gusarovka"):
        assert words in svg, words
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "frame-1942-05-22.svg").write_bytes(response.content)


@pytest.mark.parametrize("paper, points", [("a4", (842, 595)), ("letter", (792, 612))])
def test_the_pdf_is_one_landscape_page_of_its_paper(client, kharkov_operation, paper, points):
    response = client.get(URL, {**VIEW, "format": "pdf", "paper": paper})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert [(round(float(w)), round(float(h))) for w, h in boxes] == [points]
    assert b"/Image" not in pdf or b"/Subtype /Image" not in pdf, "vector, no raster inside"
    (SHOTS / f"frame-1942-05-22-{paper}.pdf").write_bytes(pdf)


def test_the_png_is_a4_at_300_dpi(client, kharkov_operation):
    response = client.get(URL, {**VIEW, "format": "png"})
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert struct.unpack(">II", response.content[16:24]) == (3507, 2481)
    (SHOTS / "frame-1942-05-22.png").write_bytes(response.content)


@pytest.mark.parametrize("query, message", [
    ({"format": "gif"}, "format 'gif' is not one of svg, pdf, png"),
    ({"bbox": "1,2,3"}, "must be four numbers"),
    ({"bbox": "40,50,30,60"}, "west < east"),
    ({"date": "1999-01-01"}, "'1999-01-01' is not a day of kharkov-1942"),
    ({"paper": "a3"}, "paper 'a3' is not one of a4, letter"),
])
def test_a_bad_frame_query_is_a_400_naming_it(client, kharkov_operation, query, message):
    response = client.get(URL, {"format": "svg", **query})
    assert response.status_code == 400
    assert message in response.json()["detail"]
