"""The preview image of an operation on a date: a PNG drawn from the timeline document, cached per version."""

import io
import json
import math

import matplotlib
from django.core.cache import cache
from shapely.geometry import shape

from ..documents import timeline_etag, timeline_payload

matplotlib.use("Agg")  # no display on a server; must precede pyplot's import
from matplotlib import pyplot  # noqa: E402
from matplotlib.patches import PathPatch  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402

__all__ = ["preview_png", "preview_cached", "PREVIEW_SIZE", "SIZES"]

# Open Graph's recommended 1.91:1 (1200x630 px at 100 dpi).
PREVIEW_SIZE = (12.0, 6.3)
# The sizes drawn: (inches, dpi, whether places are named and the title written, whether units
# and arrows are drawn). A card is the home page's 480x252 thumbnail, too small for names to be
# read; "print" is a handout's map and "panel" one of a small-multiples sheet's, both at print
# resolution with the armies and the day's arrows.
SIZES = {
    "large": (PREVIEW_SIZE, 100, True, False),
    "card": ((6.0, 3.15), 80, False, False),
    "print": ((10.0, 7.0), 150, True, True),
    "panel": ((6.0, 4.5), 150, True, True),
}
# Fills on paper are this much lighter than on screen.
PRINT_FILL = 0.55
# Rivers and railways: colour, width (points at 100 dpi) and line style.
LINE_STYLES = {"river": ("#2f6db5", 1.2, "-"), "railway": ("#555555", 0.8, (0, (4, 3)))}
# The echelons a printed map marks: the armies and fronts that carry the story.
PRINTED_ECHELONS = ("front", "army_group", "army")
BACKDROP = "#eef0ec"
ROLE_ALPHA = {"held": 0.55, "salient": 0.7, "pocket": 0.85}


def _polygon_path(polygon):
    """A matplotlib path of a polygon with its holes (even-odd filled)."""
    rings = [polygon.exterior, *polygon.interiors]
    vertices, codes = [], []
    for ring in rings:
        coordinates = list(ring.coords)
        vertices.extend(coordinates)
        codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(coordinates) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(vertices, codes)


def _polygons(geometry):
    return list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]


def preview_png(timeline, date, size="large", pixel_width=None):
    """The map of `timeline` (the document timeline_for returns) on `date`, as PNG bytes.

    Areas in their side's colour, the front in black, places as dots with their names;
    `pixel_width` draws the size's picture at that width instead of its own (oEmbed's fitted
    images); ValueError naming the date when it is not one of the operation's.
    """
    if date not in timeline["areas"]:
        raise ValueError(f"date {date!r} is not a day of {timeline['operation']['slug']} "
                         f"({timeline['dates'][0]}..{timeline['dates'][-1]})")
    if size not in SIZES:
        raise ValueError(f"size {size!r} is not one of {', '.join(SIZES)}")
    inches, dpi, annotated, forces = SIZES[size]
    if pixel_width is not None:
        dpi = pixel_width / inches[0]
    colours = {side["slug"]: side["colour"] for side in timeline["operation"]["sides"]}
    figure = pyplot.figure(figsize=inches, dpi=dpi, facecolor=BACKDROP)
    try:
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_facecolor(BACKDROP)
        axes.set_axis_off()
        for area in timeline["areas"][date]:
            for polygon in _polygons(shape(area["geometry"])):
                if polygon.geom_type != "Polygon" or polygon.is_empty:
                    continue
                # Paper takes light fills: the text and arrows over them stay legible in print.
                alpha = ROLE_ALPHA.get(area["role"], 0.6) * (PRINT_FILL if forces else 1)
                axes.add_patch(PathPatch(_polygon_path(polygon), facecolor=colours.get(area["side"], "#888"),
                                         alpha=alpha, edgecolor="none"))
        # Rivers and railways: the ground the fronts followed.
        for place in timeline["places"]:
            if place.get("kind") not in LINE_STYLES or not place.get("geometry"):
                continue
            colour, width, dashes = LINE_STYLES[place["kind"]]
            for line in _polygons(shape(place["geometry"])):
                if line.geom_type != "LineString":
                    continue
                xs, ys = line.xy
                axes.plot(xs, ys, color=colour, linewidth=width * (dpi / 100), linestyle=dashes, alpha=0.9)
        for front in timeline["fronts"][date]:
            for line in _polygons(shape(front["geometry"])):
                xs, ys = line.xy
                axes.plot(xs, ys, color="#111", linewidth=2.2, solid_capstyle="round")
        if forces:
            _draw_forces(axes, timeline, date, colours, labelled=size == "print")
        west, south, east, north = timeline["operation"]["bbox"]
        # A simple map: a place is named only when no named place is near (5% of the width).
        labelled = []
        spacing = 0.05 * (east - west)
        for place in timeline["places"]:
            geometry = shape(place["geometry"])
            if geometry.geom_type != "Point" or (not annotated and place.get("kind") != "city"):
                continue
            axes.plot(geometry.x, geometry.y, "o", color="white", markeredgecolor="#222", markersize=4)
            if not annotated or any(abs(geometry.x - x) < 2 * spacing and abs(geometry.y - y) < spacing / 2 for x, y in labelled):
                continue
            labelled.append((geometry.x, geometry.y))
            # matplotlib draws text as glyphs, never as markup: names from data are safe here.
            axes.annotate(place["name"], (geometry.x, geometry.y), xytext=(5, 3), textcoords="offset points",
                          fontsize=9, color="#111")
        # Degrees of longitude shrink with latitude: keep the map's shape honest.
        shrink = max(0.2, math.cos(math.radians((south + north) / 2)))
        if size == "large":
            axes.set_xlim(west, east)
            axes.set_ylim(south, north)
            axes.set_aspect(1 / shrink, adjustable="datalim")
        else:
            # A thumbnail or a printed map fills its frame: the bbox's full width, and the band of
            # latitude about its middle that the frame's shape leaves room for.
            half_height = (east - west) * shrink * inches[1] / inches[0] / 2
            middle = (south + north) / 2
            axes.set_xlim(west, east)
            axes.set_ylim(middle - half_height, middle + half_height)
        if size == "large":
            axes.text(0.01, 0.02, f"{timeline['operation']['name']} · {date}", transform=axes.transAxes,
                      fontsize=16, fontweight="bold", color="#111",
                      bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none"})
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", facecolor=BACKDROP)
        return buffer.getvalue()
    finally:
        pyplot.close(figure)


def _positions_on(timeline, date):
    """Each formation's latest position on or before `date`."""
    latest = {}
    for position in timeline["positions"]:
        if position["date"] <= date:
            latest[position["formation"]] = position
    return latest


def _draw_forces(axes, timeline, date, colours, *, labelled):
    """The day's arrows and the armies' positions: squares in their side's colour, named."""
    for movement in timeline["movements"]:
        geometry = movement.get("geometry")
        if not geometry or geometry["type"] != "LineString" or not movement["start_date"] <= date <= movement["end_date"]:
            continue
        (x0, y0), (x1, y1) = geometry["coordinates"][-2], geometry["coordinates"][-1]
        xs, ys = zip(*geometry["coordinates"])
        colour = colours.get(movement["side"], "#555")
        axes.plot(xs, ys, color=colour, linewidth=3, alpha=0.85, solid_capstyle="round")
        axes.annotate("", xy=(x1, y1), xytext=(x0, y0),
                      arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 3, "mutation_scale": 18})
    formations = {formation["id"]: formation for formation in timeline["formations"]}
    for key, position in _positions_on(timeline, date).items():
        formation = formations.get(key)
        if not formation or formation["echelon"] not in PRINTED_ECHELONS or position["status"] in ("destroyed", "withdrawn"):
            continue
        colour = colours.get(formation["side"], "#888")
        axes.plot(position["lon"], position["lat"], "s", color=colour, markeredgecolor="white",
                  markeredgewidth=1.5, markersize=9 if labelled else 7)
        if labelled:
            axes.annotate(formation["name"], (position["lon"], position["lat"]), xytext=(0, -12),
                          textcoords="offset points", ha="center", fontsize=8, color="#111", fontweight="bold")


def preview_cached(operation, date, size="large", pixel_width=None):
    """preview_png for the operation's current version, drawn once per version, date, size and width."""
    key = f"battlemap:preview:{timeline_etag(operation)}:{date}:{size}" + (f":{pixel_width}" if pixel_width else "")
    png = cache.get(key)
    if png is None:
        timeline = json.loads(timeline_payload(operation).body)
        png = preview_png(timeline, date, size, pixel_width)
        cache.set(key, png)
    return png
