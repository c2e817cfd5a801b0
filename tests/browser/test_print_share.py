"""Pictures that stand alone, from the share dialog (issue #27): the PNG with its legend, scale bar,
north arrow and address; the links to the frame as SVG, PDF and a PNG for print carry the day and
the view."""

import io
from urllib.parse import parse_qs, urlparse

import pytest
from PIL import Image

from tests.pictures import blank_share

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.reduced_motion
def test_the_png_carries_legend_scale_and_address(kharkov_operation, open_operation, page, shots):
    open_operation("kharkov-1942", "?date=1942-05-22")
    page.locator("[data-action='open-share']").click()
    page.screenshot(path=shots / "share-dialog.png")
    with page.expect_download() as download_info:
        page.locator("[data-action='download-png'][data-ratio='1']").click()
    target = shots / download_info.value.suggested_filename
    download_info.value.save_as(target)
    picture = Image.open(target)
    map_width, map_height = page.evaluate("[window.battlemap.map.getSize().x, window.battlemap.map.getSize().y]")
    assert picture.size[0] == map_width
    band = picture.crop((0, map_height, picture.size[0], picture.size[1])).convert("L")
    # The band holds more than text: the legend's swatches are drawn in the sides' colours.
    colours = {pixel for pixel in picture.crop((0, map_height, picture.size[0], picture.size[1])).convert("RGB").getdata()}
    assert (192, 57, 43) in colours or any(abs(r - 192) < 30 and g < 120 and b < 110 for r, g, b in colours), "a red swatch"
    assert band.size[1] > 120, "title, caption, legend, sources and the address"
    # The scale bar's card in the lower left and the north arrow's in the upper right are white.
    grey = picture.convert("L")
    assert grey.getpixel((14, map_height - 14)) > 240 and grey.getpixel((map_width - 14, 14)) > 240
    Image.open(io.BytesIO(target.read_bytes())).convert("L").save(shots / "share-png-grey.png")


@pytest.mark.reduced_motion
def test_the_frame_links_carry_the_day_and_the_view(kharkov_operation, open_operation, page, live_server, shots):
    open_operation("kharkov-1942", "?date=1942-05-22&center=49.4,36.8&zoom=9")
    page.locator("[data-action='open-share']").click()
    for fmt, kind in (("svg", "image/svg+xml"), ("pdf", "application/pdf"), ("png", "image/png")):
        link = page.locator(f"a[data-role='frame-link'][data-format='{fmt}']")
        link.focus()
        href = link.get_attribute("href")
        query = parse_qs(urlparse(href).query)
        assert query["format"] == [fmt] and query["date"] == ["1942-05-22"]
        west, south, east, north = (float(value) for value in query["bbox"][0].split(","))
        assert west < 36.8 < east and south < 49.4 < north
        response = page.request.get(f"{live_server.url}{href}")
        assert response.status == 200 and response.headers["content-type"] == kind
        (shots / f"frame.{fmt}").write_bytes(response.body())


@pytest.mark.reduced_motion
def test_the_png_shows_the_ground_around_and_a_grey_page_shares_a_grey_embed(kharkov_operation, open_operation, page, shots):
    """The PNG's map has the region beyond the bbox drawn (issue #27 item 7); a page in the
    grey-safe look (?print=grey) gives an embed snippet that asks for it too."""
    open_operation("kharkov-1942", "?date=1942-05-22&print=grey")
    page.locator("[data-action='open-share']").click()
    snippet = page.locator("[data-role='share-snippet']").input_value()
    assert "print=grey" in snippet, snippet
    with page.expect_download() as download_info:
        page.locator("[data-action='download-png'][data-ratio='1']").click()
    target = shots / f"grey-{download_info.value.suggested_filename}"
    download_info.value.save_as(target)
    map_width, map_height = page.evaluate("[window.battlemap.map.getSize().x, window.battlemap.map.getSize().y]")
    buffer = io.BytesIO()
    Image.open(target).crop((0, 0, map_width, map_height)).save(buffer, format="PNG")
    assert blank_share(buffer.getvalue(), paper=(0xEE, 0xF0, 0xEA)) < 0.15
