"""The map's names on the canvas (issue #27): none overlapping another or cut by the map's edge,
each legible (4.5:1 between its text and what it sits on, sampled from the rendered canvas), the
two 6th Armies told apart, and a key moment's places named in its frame."""

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db(transaction=True)

PLACED = """(() => { const out = []; window.battlemap.map.eachLayer((layer) => { if (layer.lastLabels) out.push(...layer.lastLabels); }); return out; })()"""


def luminance(value):
    """The relative luminance (WCAG) of a grey level 0-255."""
    channel = value / 255
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def contrast_in(png):
    """The contrast between a label's text and its ground: its darkest and lightest tenths of pixels."""
    grey = sorted(Image.open(io.BytesIO(png)).convert("L").getdata())
    tenth = max(1, len(grey) // 10)
    dark, light = sum(grey[:tenth]) / tenth, sum(grey[-tenth:]) / tenth
    return (luminance(light) + 0.05) / (luminance(dark) + 0.05)


def open_map(browser_context, live_server, size, query):
    page = browser_context.new_page()
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{live_server.url}/operations/kharkov-1942/{query}")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    page.wait_for_timeout(300)
    return page


@pytest.mark.reduced_motion
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (390, 844)])
@pytest.mark.parametrize("query", ["?date=1942-05-22", "?date=1942-05-26&center=49.3,36.6&zoom=9.5"])
def test_names_neither_collide_nor_are_cut_and_each_reads_at_4_5_to_1(kharkov_operation, browser_context, live_server, size, query, shots):
    page = open_map(browser_context, live_server, size, query)
    labels = page.evaluate(PLACED)
    assert labels, "names are drawn"
    width, height = page.evaluate("[window.battlemap.map.getSize().x, window.battlemap.map.getSize().y]")
    for label in labels:
        assert label["x"] >= 0 and label["y"] >= 0, label
        assert label["x"] + label["width"] <= width and label["y"] + label["height"] <= height, label
    for i, one in enumerate(labels):
        for other in labels[i + 1:]:
            apart = (one["x"] + one["width"] <= other["x"] or other["x"] + other["width"] <= one["x"]
                     or one["y"] + one["height"] <= other["y"] or other["y"] + other["height"] <= one["y"])
            assert apart, (one, other)
    box = page.locator("#battlemap-map").bounding_box()
    weak = []
    for label in labels:
        png = page.screenshot(clip={"x": box["x"] + label["x"], "y": box["y"] + label["y"],
                                    "width": label["width"], "height": label["height"]})
        ratio = contrast_in(png)
        if ratio < 4.5:
            weak.append((label["text"], round(ratio, 2)))
    page.screenshot(path=shots / f"labels-{size[0]}x{size[1]}-{query[6:16]}.png")
    assert not weak, f"below 4.5:1: {weak}"


@pytest.mark.reduced_motion
def test_the_two_sixth_armies_carry_their_side(kharkov_operation, browser_context, live_server):
    page = open_map(browser_context, live_server, (1920, 1080), "?date=1942-05-17")
    texts = {label["text"] for label in page.evaluate(PLACED)}
    assert "6th Army (Soviet)" in texts and "6th Army" not in texts, sorted(t for t in texts if t)


@pytest.mark.reduced_motion
def test_a_key_moment_names_the_places_its_caption_names(kharkov_operation, browser_context, live_server, shots):
    # Moment 7: "complete at Gusarovka, about 10 km south of Balakleya", at its own view.
    page = open_map(browser_context, live_server, (1280, 800), "?date=1942-05-22T18:00&center=49.36,36.82&zoom=10")
    texts = {label["text"] for label in page.evaluate(PLACED)}
    page.screenshot(path=shots / "moment-7.png")
    assert {"Gusarovka", "Balakleya"} <= {text.split(" (")[0] for text in texts if text}, sorted(t for t in texts if t)
