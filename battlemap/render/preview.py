"""The preview image of an operation on a date: a PNG drawn from the timeline document, cached per
version. The same drawing makes the handouts' maps (sizes "print" and "panel"): each side's ground
in a lightness and hatching of its own (map_style), names placed where they collide with nothing
and are not cut by the frame (labels), a scale bar and a north arrow (furniture)."""

import datetime
import io
import json
import math
from dataclasses import dataclass

import matplotlib
from django.core.cache import cache
from django.utils import translation
from django.utils.formats import date_format

from ..documents import timeline_etag, timeline_payload
from ..i18n import DEFAULT_LANGUAGE, supported_language
from . import map_layers
from .furniture import draw_north_arrow, draw_scale_bar
from .labels import PRIORITY, Box, named_in, place_labels
from .map_style import PAPER, side_styles

matplotlib.use("Agg")  # no display on a server; must precede pyplot's import
from matplotlib import patheffects, pyplot  # noqa: E402

__all__ = ["draw_map", "preview_png", "preview_cached", "render_map", "Rendering", "PREVIEW_SIZE", "SIZES", "Size"]

# Open Graph's recommended 1.91:1 (1200x630 px at 100 dpi).
PREVIEW_SIZE = (12.0, 6.3)


@dataclass(frozen=True)
class Size:
    # The figure's size in inches, its dots per inch (the picture is inches x dpi pixels).
    inches: tuple
    dpi: float
    # Whether places are named, whether the armies and the day's arrows are drawn.
    annotated: bool
    forces: bool
    # The text's size in points, and whether the bounding box is shown whole ("fit") or fills
    # the frame's width ("fill").
    points: float
    framing: str
    # Lines and arrows are this much thinner than on the large picture.
    lines: float = 1.0
    # The scale bar's and north arrow's size in points; whether the towns left unnamed keep their dot.
    furniture_points: float = 0.0
    unnamed_dots: bool = True


# A card is the home page's 480x252 thumbnail, too small for names to be read. "print" is a
# handout's map and "panel" one of a small-multiples sheet's: each drawn at about the size it is
# printed (a panel a third of an A4 page's width), so that their points are points on paper. All
# show the bbox whole (no army or city cut at the edge), the region drawn about it.
SIZES = {
    "large": Size(PREVIEW_SIZE, 100, True, False, 11, "fit"),
    "card": Size((6.0, 3.15), 80, False, False, 9, "fit", 0.8),
    "print": Size((7.5, 5.25), 200, True, True, 7.5, "fit", 0.9),
    "panel": Size((2.3, 1.725), 900 / 2.3, True, True, 7.3, "fit", 0.45, furniture_points=5, unnamed_dots=False),
}


@dataclass(frozen=True)
class Rendering:
    png: bytes
    # The labels drawn (PlacedLabel, boxes in pixels from the lower left) and the furniture's boxes.
    labels: tuple
    furniture: tuple
    # The picture's size in pixels and the longitudes and latitudes at its edges.
    pixels: tuple
    extent: tuple


def _limits(bbox, size):
    """(west, east, south, north) of the frame: the bounding box whole, widened to the frame's
    shape ("fit"), or its full width and the band of latitude about its middle ("fill")."""
    west, south, east, north = bbox
    # Degrees of longitude shrink with latitude: keep the map's shape honest.
    shrink = max(0.2, math.cos(math.radians((south + north) / 2)))
    ratio = size.inches[1] / size.inches[0]
    centre_x, centre_y = (west + east) / 2, (south + north) / 2
    half_height = (east - west) * shrink * ratio / 2
    if size.framing == "fit" and half_height * 2 < north - south:
        half_width = (north - south) / ratio / shrink / 2
        return centre_x - half_width, centre_x + half_width, south, north
    return west, east, centre_y - half_height, centre_y + half_height


def draw_map(figure, frame, timeline, date, look, limits, *, title=False, furniture=True):
    """The map of `timeline` on `date` in `frame` (a Box of the figure's pixels, from its lower
    left) showing `limits` (west, east, south, north): the ground, lines, front, forces, towns and
    names placed by labels.place_labels, a scale bar and a north arrow (when `furniture`), a title
    card (when `title`). Returns (the PlacedLabels, the furniture's boxes)."""
    width_px, height_px = figure.canvas.get_width_height()
    dpi = figure.dpi
    styles = side_styles(timeline["operation"]["sides"])
    axes = figure.add_axes((frame.x0 / width_px, frame.y0 / height_px,
                            (frame.x1 - frame.x0) / width_px, (frame.y1 - frame.y0) / height_px))
    axes.set_facecolor(PAPER)
    axes.set_axis_off()
    west, east, south, north = limits
    axes.set_xlim(west, east)
    axes.set_ylim(south, north)

    def to_pixels(lon, lat):
        return (frame.x0 + (lon - west) / (east - west) * (frame.x1 - frame.x0),
                frame.y0 + (lat - south) / (north - south) * (frame.y1 - frame.y0))

    bbox = timeline["operation"]["bbox"]
    map_layers.draw_context(axes, timeline.get("context"), bbox, look.lines)
    map_layers.draw_ground(axes, timeline["areas"][date], styles, look.lines)
    map_layers.draw_lines(axes, timeline["places"], look.lines)
    map_layers.draw_front(axes, timeline["fronts"][date], look.lines)
    requests, obstacles = [], []
    if look.forces:
        map_layers.draw_arrows(axes, timeline["movements"], date, styles, look.lines)
        unit_labels, unit_boxes = map_layers.draw_units(axes, timeline, date, styles, to_pixels, named=True,
                                                        marker_points=look.points * 1.1)
        requests += unit_labels
        obstacles += [Box(*box) for box in unit_boxes]
    dot_points = look.points * 0.55
    half = dot_points / 72 * dpi / 2 + 1
    towns = map_layers.town_marks(timeline["places"], to_pixels, annotated=look.annotated,
                                  named_places=_named_places(timeline, date), half=half)
    if look.annotated:  # a town whose dot the frame cuts is not named
        requests += [(name, x0 + half, y0 + half, priority, half + 1, False)
                     for _lon, _lat, (x0, y0, x1, y1), priority, name in towns
                     if x0 >= frame.x0 and y0 >= frame.y0 and x1 <= frame.x1 and y1 <= frame.y1]
    obstacles += [(Box(*box), priority, name) for _lon, _lat, box, priority, name in towns]
    region_names = map_layers.context_marks(timeline.get("context"), bbox, to_pixels, frame, half=half,
                                            dot_points=dot_points, axes=axes)
    if look.annotated:  # the region's towns beyond the bbox, named only outside it
        requests += region_names
        obstacles.append((Box(*to_pixels(bbox[0], bbox[1]), *to_pixels(bbox[2], bbox[3])), PRIORITY["context"], None))
    points = look.furniture_points or look.points
    boxes = [draw_scale_bar(figure, west, east, (south + north) / 2, points=points, frame=frame),
             draw_north_arrow(figure, points=points, frame=frame)] if furniture else []
    if title:
        boxes.append(_title(figure, f"{timeline['operation']['name']} · {local_date(date)}", look.points))
        boxes.append(_legend(figure, frame, timeline, date, look.points))
    covered = set()
    placed = _draw_labels(figure, requests, obstacles + boxes, look.points, covered, frame)
    if not look.unnamed_dots:  # a small map keeps the dots of the towns it names, and the cities'
        named = {one.label.text for one in placed}
        covered |= {name for *_rest, priority, name in towns if name not in named and priority != PRIORITY["city"]}
    map_layers.draw_dots(axes, towns, covered, dot_points)
    return placed, boxes


def _named_places(timeline, date):
    """The places the day's events and key moments name."""
    texts = [text for event in timeline["events"] if event["date"] == date for text in (event["title"], event["text"])]
    texts += [moment.get("caption", "") for moment in timeline.get("key_moments", []) if moment["date"] == date]
    return named_in(texts, {map_layers.shown_name(place) for place in timeline["places"]})


def render_map(timeline, date, size="large", pixel_width=None):
    """The map of `timeline` (the document timeline_for returns) on `date` as a Rendering.

    `pixel_width` draws the size's picture at that width instead of its own (oEmbed's fitted
    images); ValueError naming the date when it is not one of the operation's.
    """
    if date not in timeline["areas"]:
        raise ValueError(f"date {date!r} is not a day of {timeline['operation']['slug']} "
                         f"({timeline['dates'][0]}..{timeline['dates'][-1]})")
    if size not in SIZES:
        raise ValueError(f"size {size!r} is not one of {', '.join(SIZES)}")
    look = SIZES[size]
    dpi = look.dpi if pixel_width is None else pixel_width / look.inches[0]
    figure = pyplot.figure(figsize=look.inches, dpi=dpi, facecolor=PAPER)
    try:
        width_px, height_px = figure.canvas.get_width_height()
        limits = _limits(timeline["operation"]["bbox"], look)
        placed, furniture = draw_map(figure, Box(0, 0, width_px, height_px), timeline, date, look, limits,
                                     title=size == "large", furniture=size != "card")
        west, east, south, north = limits
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", facecolor=PAPER)
        return Rendering(buffer.getvalue(), tuple(placed), tuple(furniture), (width_px, height_px),
                         (west, east, south, north))
    finally:
        pyplot.close(figure)


# The halo: the name drawn in white with a white outline under the name itself, so that in SVG
# and PDF the name stays text (a path effect on the name would turn its glyphs into paths).
HALO = [patheffects.Stroke(linewidth=2.6, foreground="white")]


def _text_style(priority, points):
    if priority == PRIORITY["context"]:
        return {"fontsize": points * 0.9, "color": map_layers.CONTEXT_INK}
    if priority == PRIORITY["unit"]:
        return {"fontsize": points, "fontweight": "bold", "color": "#111"}
    if priority == PRIORITY["city"]:
        return {"fontsize": points * 1.1, "fontweight": "bold", "color": "#111"}
    return {"fontsize": points, "color": "#111"}


def _draw_labels(figure, requests, obstacles, points, covered, frame):
    """The labels placed clear of one another, of the marks and of the furniture, inside the frame,
    drawn with a white halo; the PlacedLabels. The towns whose dots a name covers go in `covered`."""
    renderer = figure.canvas.get_renderer()
    pad = 1.5 * figure.dpi / 72  # the halo, each side

    def measure(text, priority):
        probe = figure.text(0, 0, text, **_text_style(priority, points))
        extent = probe.get_window_extent(renderer)
        probe.remove()
        return extent.width + 2 * pad, extent.height + 2 * pad

    width_px, height_px = figure.canvas.get_width_height()
    labels = map_layers.as_labels(requests, measure)
    placed = place_labels(labels, frame, obstacles, covered)
    for one in placed:
        at = ((one.box.x0 + pad) / width_px, (one.box.y0 + pad) / height_px)
        style = _text_style(one.label.priority, points)
        figure.text(*at, one.label.text, ha="left", va="bottom", path_effects=HALO, zorder=10, **{**style, "color": "white"})
        figure.text(*at, one.label.text, ha="left", va="bottom", zorder=11, **style)
    return placed


def _legend(figure, frame, timeline, date, points):
    """A small legend (the sides' ground, the pocket, the front) in the lower right; its box."""
    width_px, height_px = figure.canvas.get_width_height()
    margin = 1.2 * points / 72 * figure.dpi
    legend = figure.legend(handles=map_layers.legend_handles(timeline, date, side_styles(timeline["operation"]["sides"]),
                                                             compact=True),
                           loc="lower right", bbox_to_anchor=((frame.x1 - margin) / width_px, (frame.y0 + margin) / height_px),
                           fontsize=points * 0.8, framealpha=0.92, edgecolor="#444", fancybox=True, borderaxespad=0)
    legend.set_zorder(22)
    extent = legend.get_window_extent(figure.canvas.get_renderer())
    return Box(extent.x0 - 4, extent.y0 - 4, extent.x1 + 4, extent.y1 + 4)


def _title(figure, text, points):
    """The title card in the upper left of a large preview; its box."""
    width_px, height_px = figure.canvas.get_width_height()
    margin = 1.2 * points / 72 * figure.dpi
    title = figure.text(margin / width_px, 1 - margin / height_px, text, ha="left", va="top",
                        fontsize=points * 1.45, fontweight="bold", color="#111", zorder=22,
                        bbox={"facecolor": "white", "alpha": 0.9, "edgecolor": "none", "pad": 4})
    extent = title.get_window_extent(figure.canvas.get_renderer())
    grow = 6 * figure.dpi / 72
    return Box(extent.x0 - grow, extent.y0 - grow, extent.x1 + grow, extent.y1 + grow)


def preview_png(timeline, date, size="large", pixel_width=None):
    """The map of `timeline` on `date`, as PNG bytes (render_map's picture)."""
    return render_map(timeline, date, size, pixel_width).png


def picture_language():
    """The language a picture is drawn in: the request's (its labels, dates and data texts)."""
    return supported_language(translation.get_language()) or DEFAULT_LANGUAGE


def local_date(iso):
    """A day ('1942-05-22') as the picture's language writes it (22 May 1942, 22. Mai 1942); a
    value that is not a day is written as given."""
    try:
        return date_format(datetime.date.fromisoformat(iso), translation.gettext("j F Y"))
    except (TypeError, ValueError):
        return iso


def preview_cached(operation, date, size="large", pixel_width=None):
    """preview_png for the operation's current version in the active language, drawn once per
    version, language, date, size and width."""
    language = picture_language()
    key = (f"battlemap:preview:3:{timeline_etag(operation)}:{language}:{date}:{size}"
           + (f":{pixel_width}" if pixel_width else ""))
    png = cache.get(key)
    if png is None:
        timeline = json.loads(timeline_payload(operation, language).body)
        png = preview_png(timeline, date, size, pixel_width)
        cache.set(key, png)
    return png
