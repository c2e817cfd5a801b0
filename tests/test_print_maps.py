"""The drawn maps (handouts, small multiples, the preview): the sides apart in grey, names that
neither collide nor are cut by the frame, a scale bar and a north arrow (issue #27)."""

import io
import json
from pathlib import Path

import numpy
import pytest
import shapely
from PIL import Image
from shapely.geometry import shape

from battlemap.documents import timeline_payload
from battlemap.render.furniture import km_per_pixel, scale_bar_km
from battlemap.render.labels import PRIORITY, Box, Label, formation_labels, named_in, place_labels
from battlemap.render.map_style import luma, side_styles, side_tags, tint_to_luma
from battlemap.render.preview import render_map
from battlemap.services import operation_load
from geodata.loader import read_operation

REPO = Path(__file__).resolve().parent.parent
SHOTS = Path("/work/helpers/shots/print")


@pytest.fixture(scope="module")
def timelines(django_db_setup, django_db_blocker):
    """The timeline documents of the two flagship operations, loaded once."""
    documents = {}
    with django_db_blocker.unblock():
        for slug in ("kharkov-1942", "belgorod-kharkov-1943"):
            folder = REPO / "geodata" / slug
            if not (folder / "operation.json").exists():
                continue
            operation = operation_load(data=read_operation(folder))
            documents[slug] = json.loads(timeline_payload(operation).body)
            operation.delete()
    return documents


def _timeline(timelines, slug):
    if slug not in timelines:
        pytest.skip(f"geodata/{slug} is not there")
    return timelines[slug]


def _grey(rendering):
    return numpy.asarray(Image.open(io.BytesIO(rendering.png)).convert("L"), dtype=float)


def _side_pixels(rendering, areas, side, roles, grey):
    """The grey levels of the pixels inside `side`'s areas of `roles`, away from the labels, the
    furniture and the areas' edges (where the front and the rivers are drawn)."""
    west, east, south, north = rendering.extent
    width, height = rendering.pixels
    region = shapely.union_all([shape(area["geometry"]) for area in areas
                                if area["side"] == side and area["role"] in roles] or [shapely.Polygon()])
    if roles == ("held",):  # the pocket and the salients are drawn over the ground held
        others = [shape(area["geometry"]) for area in areas if area["role"] != "held"]
        if others:
            region = region.difference(shapely.union_all(others))
    region = region.buffer(-0.03)
    ys, xs = numpy.mgrid[2:height:3, 2:width:3]
    lons = west + (xs + 0.5) / width * (east - west)
    lats = north - (ys + 0.5) / height * (north - south)
    inside = shapely.contains_xy(region, lons, lats)
    for box in [one.box for one in rendering.labels] + list(rendering.furniture):
        # Boxes count from the lower left, the image's rows from the top.
        inside &= ~((xs >= box.x0) & (xs <= box.x1) & (height - ys >= box.y0) & (height - ys <= box.y1))
    return grey[ys[inside], xs[inside]]


@pytest.mark.django_db
@pytest.mark.parametrize("slug, date", [("kharkov-1942", "1942-05-22"), ("belgorod-kharkov-1943", "1943-08-12")])
@pytest.mark.parametrize("size", ["print", "panel"])
def test_in_grey_the_sides_differ_by_35_levels_and_the_first_is_hatched(timelines, slug, date, size):
    timeline = _timeline(timelines, slug)
    rendering = render_map(timeline, date, size)
    grey = _grey(rendering)
    first, second = [side["slug"] for side in timeline["operation"]["sides"]][:2]
    areas = timeline["areas"][date]
    ones, others = (_side_pixels(rendering, areas, side, ("held",), grey) for side in (first, second))
    assert len(ones) > 200 and len(others) > 200, "each side holds ground in the frame"
    # The mean counts the hatching's lines in, as a photocopy's eye does.
    assert abs(ones.mean() - others.mean()) >= 35, (ones.mean(), others.mean())
    # Hatching: a good share of the first side's pixels are its lines, darker than its ground.
    assert _off_ground(ones) > 0.12 > 0.08 > _off_ground(others), (_off_ground(ones), _off_ground(others))
    SHOTS.mkdir(parents=True, exist_ok=True)
    Image.fromarray(grey.astype("uint8")).save(SHOTS / f"{slug}-{date}-{size}-grey.png")
    (SHOTS / f"{slug}-{date}-{size}.png").write_bytes(rendering.png)


@pytest.mark.django_db
def test_in_grey_the_pocket_differs_from_the_ground_around_it(timelines):
    timeline = _timeline(timelines, "kharkov-1942")

    def pocket_size(day):
        return sum(shape(area["geometry"]).area for area in timeline["areas"][day] if area["role"] == "pocket")

    date = max(timeline["dates"], key=pocket_size)  # the day the pocket is largest
    rendering = render_map(timeline, date, "print")
    grey = _grey(rendering)
    areas = timeline["areas"][date]
    pocket = _side_pixels(rendering, areas, "soviet", ("pocket",), grey)
    if len(pocket) < 100:
        pytest.skip(f"no pocket in the frame on {date}")
    held = [_side_pixels(rendering, areas, side, ("held",), grey) for side in ("soviet", "axis")]
    assert all(abs(pocket.mean() - one.mean()) >= 15 for one in held), [pocket.mean(), *(one.mean() for one in held)]


def _off_ground(levels):
    """The share of pixels more than 12 levels darker than the most common one."""
    values, counts = numpy.unique(levels.round(), return_counts=True)
    return float((levels < values[counts.argmax()] - 12).mean())


def _assert_clean(rendering):
    width, height = rendering.pixels
    frame = Box(0, 0, width, height)
    boxes = [one.box for one in rendering.labels]
    assert boxes, "some names are drawn"
    cut = [one.label.text for one in rendering.labels if not one.box.inside(frame)]
    assert not cut, f"cut by the frame: {cut}"
    for index, one in enumerate(rendering.labels):
        for other in rendering.labels[index + 1:]:
            assert not one.box.overlaps(other.box), (one.label.text, other.label.text)
        for furniture in rendering.furniture:
            assert not one.box.overlaps(furniture), one.label.text


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["kharkov-1942", "belgorod-kharkov-1943"])
@pytest.mark.parametrize("size, width", [("print", None), ("panel", None), ("large", None), ("large", 800)])
def test_no_name_overlaps_another_or_is_cut_by_the_frame(timelines, slug, size, width):
    timeline = _timeline(timelines, slug)
    dates = timeline["dates"]
    for date in (dates[0], dates[len(dates) // 2], dates[-1]):
        _assert_clean(render_map(timeline, date, size, width))


@pytest.mark.django_db
@pytest.mark.parametrize("size", ["print", "panel", "large"])
def test_each_picture_has_a_scale_bar_and_a_north_arrow_inside_it(timelines, size):
    timeline = _timeline(timelines, "kharkov-1942")
    rendering = render_map(timeline, "1942-05-22", size)
    width, height = rendering.pixels
    assert len(rendering.furniture) >= 2
    assert all(box.inside(Box(0, 0, width, height)) for box in rendering.furniture)
    assert not render_map(timeline, "1942-05-22", "card").furniture, "a thumbnail has no room for them"


@pytest.mark.django_db
def test_the_two_sixth_armies_are_told_apart_by_name(timelines):
    timeline = _timeline(timelines, "kharkov-1942")
    labels = formation_labels(timeline["formations"], side_tags(timeline["operation"]["sides"]))
    sixths = sorted(labels[one["id"]] for one in timeline["formations"] if one["name"] == "6th Army")
    assert sixths == ["6th Army (Germany)", "6th Army (Soviet)"]
    drawn = {one.label.text for one in render_map(timeline, "1942-05-22", "print").labels}
    assert "6th Army (Soviet)" in drawn and "6th Army" not in drawn


def test_a_name_is_tagged_only_where_another_side_shares_it():
    formations = [{"id": 1, "name": "1st Army", "side": "a"}, {"id": 2, "name": "1st  army", "side": "b"},
                  {"id": 3, "name": "2nd Army", "side": "a"}, {"id": 4, "name": "2nd Army", "side": "a"}]
    assert formation_labels(formations, {"a": "Red", "b": "Blue"}) == {
        1: "1st Army (Red)", 2: "1st  army (Blue)", 3: "2nd Army", 4: "2nd Army"}
    assert side_tags([{"slug": "a", "name": "Germany and allies (Army Group South)"}]) == {"a": "Germany"}


def test_labels_keep_clear_of_each_other_and_the_frame_and_the_least_important_is_dropped():
    frame = Box(0, 0, 100, 100)
    city = Label("City", 50, 50, 40, 10, PRIORITY["city"])
    unit = Label("Unit", 50, 50, 40, 10, PRIORITY["unit"])
    crowd = [Label(f"V{n}", 50, 50, 40, 10, PRIORITY["village"]) for n in range(12)]
    placed = place_labels([*crowd, unit, city], frame)
    texts = [one.label.text for one in placed]
    assert texts[:2] == ["City", "Unit"] and 2 < len(placed) < 14, "placed by priority, the crowd dropped"
    assert all(not one.box.overlaps(other.box) for i, one in enumerate(placed) for other in placed[i + 1:])
    edge = place_labels([Label("Edge", 95, 50, 40, 10, 0)], frame)[0]
    assert edge.box.inside(frame) and edge.ha == "right"
    assert place_labels([Label("Huge", 50, 50, 200, 10, 0)], frame) == []


def test_a_name_may_cover_a_lesser_dot_which_is_then_left_out():
    suppressed = set()
    village = (Box(60, 45, 66, 55), PRIORITY["village"], "Village")
    placed = place_labels([Label("City", 50, 50, 30, 10, PRIORITY["city"]),
                           Label("Village", 63, 50, 30, 10, PRIORITY["village"])], Box(0, 0, 200, 200),
                          [village], suppressed)
    assert [one.label.text for one in placed] == ["City"] and suppressed == {"Village"}
    held = place_labels([Label("Town", 50, 50, 30, 10, PRIORITY["town"])], Box(0, 0, 200, 200),
                        [(Box(56, 40, 90, 60), PRIORITY["city"], "City")])
    assert held[0].ha == "right", "a town's name keeps clear of a city's dot"


def test_named_places_are_whole_words():
    assert named_in(["Fighting at Izyum and Barvenkovo."], {"Izyum", "Barvenkovo", "Izy", "Kharkov"}) == {
        "Izyum", "Barvenkovo"}


def test_tints_reach_their_luma_from_any_colour():
    for colour in ("#c0392b", "#2c3e50", "#ffee00", "#000000", "#ffffff"):
        for target in (226, 166, 110):
            assert abs(luma(tint_to_luma(colour, target)) - target) < 2, (colour, target)
    styles = side_styles([{"slug": "a", "colour": "#2c3e50"}, {"slug": "b", "colour": "#c0392b"}])
    assert abs(luma(styles["a"].ground) - luma(styles["b"].ground)) >= 35
    assert styles["a"].arrow_dash != styles["b"].arrow_dash and styles["a"].ground_hatch and not styles["b"].ground_hatch


def test_the_scale_bar_is_a_round_length_at_most_a_fifth_of_the_width():
    per_px = km_per_pixel(34.4, 38.4, 49.5, 1500)
    km = scale_bar_km(per_px, 1500)
    assert km in (20, 25, 50) and km / per_px <= 300 < 2 * km / per_px


@pytest.mark.django_db
def test_the_large_preview_has_a_legend_clear_of_the_names(timelines):
    timeline = _timeline(timelines, "kharkov-1942")
    rendering = render_map(timeline, "1942-05-22", "large")
    assert len(rendering.furniture) == 4, "scale bar, north arrow, title and legend"
    _assert_clean(rendering)
