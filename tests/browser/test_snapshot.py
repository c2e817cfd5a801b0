"""The PNG of the current frame: at screen and double resolution, with the date, a caption and
the sources burnt in."""

import os
import struct
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def png_size(path):
    data = Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.reduced_motion
@pytest.mark.parametrize("ratio", [1, 2])
def test_the_frame_downloads_as_a_png(kharkov_operation, open_operation, page, tmp_path, ratio):
    open_operation("kharkov-1942", "?date=1942-05-26")
    map_width = page.evaluate("window.battlemap.map.getSize().x")
    map_height = page.evaluate("window.battlemap.map.getSize().y")
    page.locator("[data-action='open-share']").click()
    with page.expect_download() as download_info:
        page.locator(f"[data-action='download-png'][data-ratio='{ratio}']").click()
    download = download_info.value
    assert download.suggested_filename == f"kharkov-1942_1942-05-26{'@2x' if ratio == 2 else ''}.png"
    folder = Path(os.environ.get("BATTLEMAP_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / download.suggested_filename
    download.save_as(target)
    width, height = png_size(target)
    assert width == map_width * ratio
    assert height > map_height * ratio, "a caption band under the map"
    # Not a blank picture: a drawn map compresses far less than an empty one.
    assert target.stat().st_size > 20000 * ratio
