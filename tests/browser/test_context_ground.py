"""The ground around the battle in the browser (issue #27 item 7): an 800x450 embed and a
1920x1080 projector page are no longer an island on a blank backdrop; the embed takes ?print=grey.
Screenshots go to `shots` to be looked at."""

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.pictures import blank_share

pytestmark = pytest.mark.django_db(transaction=True)

READY = "document.documentElement.dataset.battlemapReady === 'true'"
# The map's backdrop where no base map is shown (battlemap.css --bm-map-backdrop).
BACKDROP = (0xEE, 0xF0, 0xEA)


@pytest.fixture
def belgorod_operation(db):
    from battlemap.services import operation_load
    from geodata.loader import read_operation

    folder = Path(__file__).resolve().parents[2] / "geodata" / "belgorod-kharkov-1943"
    if not (folder / "operation.json").exists():
        pytest.skip("geodata/belgorod-kharkov-1943 is not there")
    return operation_load(data=read_operation(folder))


def map_picture(page):
    """The map's frame as the reader sees it, and the bbox's box in its pixels (x0, y0, x1, y1)."""
    page.wait_for_function(READY)
    page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    box = page.evaluate("""() => {
      const map = window.battlemap.map;
      const [w, s, e, n] = window.battlemap.index.operation.bbox;
      const a = map.latLngToContainerPoint([n, w]), b = map.latLngToContainerPoint([s, e]);
      return [a.x, a.y, b.x, b.y];
    }""")
    return page.locator("#battlemap-map").screenshot(), box


def outside_ink(png, box):
    """The share of the pixels outside the bbox that are not the backdrop."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    x0, y0, x1, y1 = box
    inked = total = 0
    for y in range(0, image.height, 2):
        for x in range(0, image.width, 2):
            if x0 <= x <= x1 and y0 <= y <= y1:
                continue
            total += 1
            inked += sum(abs(a - b) for a, b in zip(image.getpixel((x, y)), BACKDROP)) > 6
    return inked / total


@pytest.mark.viewport(800, 450)
@pytest.mark.parametrize("slug, date", [("kharkov-1942", "1942-05-22"), ("belgorod-kharkov-1943", "1943-08-12")])
def test_the_embed_at_800x450_has_no_blank_margins(kharkov_operation, belgorod_operation, page, live_server, shots, slug, date):
    page.goto(f"{live_server.url}/embed/{slug}/?date={date}")
    png, box = map_picture(page)
    (shots / f"embed-800x450-{slug}.png").write_bytes(png)
    counts = page.evaluate("window.battlemap.debug.drawCounts")
    assert counts["contextGround"] > 0 and counts["contextNames"] > 0
    # Without the region about 27 % of the frame's squares were bare backdrop (60 % of its area).
    assert blank_share(png, paper=BACKDROP) < 0.10
    assert outside_ink(png, box) > 0.02


@pytest.mark.viewport(1920, 1080)
def test_the_projector_page_has_no_blank_margins(kharkov_operation, page, live_server, shots):
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-22")
    png, box = map_picture(page)
    page.screenshot(path=shots / "projector-1920x1080.png")
    # Its squares are 132 px: 26 % of them were bare backdrop without the region, 11 % with it.
    assert blank_share(png, paper=BACKDROP) < 0.15
    assert outside_ink(png, box) > 0.02


@pytest.mark.viewport(800, 450)
def test_the_embed_takes_print_grey(kharkov_operation, page, live_server, shots):
    """?print=grey on the embed: the sides' grounds 35 levels of luma apart, as the handouts."""
    page.goto(f"{live_server.url}/embed/kharkov-1942/?date=1942-05-22&print=grey")
    png, _box = map_picture(page)
    (shots / "embed-800x450-grey.png").write_bytes(png)
    assert page.evaluate("document.documentElement.dataset.bmPaper") == "grey"
    grey = Image.open(io.BytesIO(png)).convert("L")

    def median_at(lon, lat):
        x, y = page.evaluate(f"(() => {{ const p = window.battlemap.map.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y]; }})()")
        pixels = sorted(grey.crop((int(x) - 8, int(y) - 8, int(x) + 8, int(y) + 8)).getdata())
        return pixels[len(pixels) // 2]

    soviet, german = median_at(37.9, 49.75), median_at(35.4, 49.85)
    assert abs(soviet - german) >= 35, (soviet, german)
    page.goto(f"{live_server.url}/embed/kharkov-1942/?date=1942-05-22")
    page.wait_for_function(READY)
    assert page.evaluate("document.documentElement.dataset.bmPaper") == "colour"


PLACED = """(() => { const out = []; window.battlemap.map.eachLayer((layer) => { if (layer.lastLabels) out.push(...layer.lastLabels); }); return out; })()"""


@pytest.mark.viewport(800, 450)
@pytest.mark.parametrize("names", ["", "&names=today"])
def test_the_embed_in_ukrainian_names_the_region_in_ukrainian(kharkov_operation, page, live_server, shots, names):
    page.goto(f"{live_server.url}/embed/kharkov-1942/?date=1942-05-22&lang=uk{names}")
    png, _ = map_picture(page)
    (shots / f"embed-800x450-uk{names.replace('&names=', '-')}.png").write_bytes(png)
    context = page.evaluate("fetch('/api/operations/kharkov-1942/timeline/?lang=uk').then((r) => r.json())")["context"]
    field = "today_name" if names else "period_name"
    ukrainian = {town[field] for town in context["towns"]}
    english = {town["name"] for town in context["towns"]} | {town["modern_name"] for town in context["towns"]}
    drawn = {label["text"] for label in page.evaluate(PLACED)}
    region = drawn & (ukrainian | english)
    assert region, f"no region town named on the embed: {sorted(drawn)}"
    assert region <= ukrainian - english or not region - ukrainian, sorted(region - ukrainian)
    assert any(any("\u0400" <= letter <= "\u04ff" for letter in text) for text in region), sorted(region)
    if names:
        assert "Донецьк" in ukrainian and "Сталіно" not in drawn
