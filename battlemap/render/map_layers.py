"""The layers of a drawn map, each onto matplotlib axes in data (degree) coordinates: the sides'
ground, the rivers and railways, the front, the day's arrows and the armies' squares. Each that
carries names returns the labels it asks for; labels.place_labels decides which are drawn."""

from django.utils.translation import gettext as _
from shapely.geometry import shape

from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath

from .labels import PRIORITY, Label, formation_labels
from .map_style import side_tags

__all__ = ["legend_handles", "draw_ground", "draw_lines", "draw_front", "draw_arrows", "draw_units", "town_marks", "draw_dots",
           "draw_context", "context_marks", "CONTEXT_INK", "LINE_STYLES", "PRINTED_ECHELONS"]

# Rivers and railways: colour, width (points) and line style.
LINE_STYLES = {"river": ("#2f6db5", 1.1, "-"), "railway": ("#555555", 0.8, (0, (4, 3)))}
# The region beyond the bbox (the timeline's "context", geodata/region): pale, thin and light, so
# that nothing there passes for the operation's data or a front; its names grey, 4.5:1 on paper.
CONTEXT_LINES = {"rivers": ("#94b6d3", 0.8, "-"), "railways": ("#a3a3a3", 0.7, (0, (4, 3)))}
CONTEXT_INK = "#3b4046"
# The echelons a printed map marks: the armies and fronts that carry the story.
PRINTED_ECHELONS = ("front", "army_group", "army")
# Drawn in this order, so that a pocket lies over the ground around it.
ROLE_ORDER = {"held": 0, "salient": 1, "pocket": 2}


def _polygon_path(polygon):
    """A matplotlib path of a polygon with its holes (even-odd filled)."""
    vertices, codes = [], []
    for ring in (polygon.exterior, *polygon.interiors):
        coordinates = list(ring.coords)
        vertices.extend(coordinates)
        codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(coordinates) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(vertices, codes)


def parts(geometry):
    return list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]


def draw_ground(axes, areas, styles, scale=1.0):
    """Each side's ground in its own lightness and hatching; the pocket cross-hatched."""
    for area in sorted(areas, key=lambda one: ROLE_ORDER.get(one["role"], 0)):
        style = styles.get(area["side"])
        if style is None:
            continue
        pocket = area["role"] == "pocket"
        for polygon in parts(shape(area["geometry"])):
            if polygon.geom_type != "Polygon" or polygon.is_empty:
                continue
            axes.add_patch(PathPatch(
                _polygon_path(polygon), facecolor=style.pocket if pocket else style.ground,
                hatch="xx" if pocket else (style.ground_hatch or None), hatchcolor=style.hatch, hatch_linewidth=0.8 * scale,
                edgecolor=style.ink if pocket else "none", linewidth=0.8 * scale if pocket else 0, zorder=1))


def draw_lines(axes, places, scale=1.0):
    """Rivers and railways: the ground the fronts followed."""
    for place in places:
        if place.get("kind") not in LINE_STYLES or not place.get("geometry"):
            continue
        colour, width, dashes = LINE_STYLES[place["kind"]]
        for line in parts(shape(place["geometry"])):
            if line.geom_type == "LineString":
                xs, ys = line.xy
                axes.plot(xs, ys, color=colour, linewidth=width * scale, linestyle=dashes, alpha=0.9, zorder=2)


def _outside(axes, bbox):
    """A patch of the axes' view less `bbox`, to clip what must stay off the operation's ground."""
    (x0, x1), (y0, y1) = axes.get_xlim(), axes.get_ylim()
    west, south, east, north = bbox
    outer = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    inner = [(west, south), (west, north), (east, north), (east, south), (west, south)]
    codes = [MplPath.MOVETO] + [MplPath.LINETO] * 3 + [MplPath.CLOSEPOLY]
    return PathPatch(MplPath(outer + inner, codes * 2), transform=axes.transData, facecolor="none", edgecolor="none")


def draw_context(axes, context, bbox, scale=1.0):
    """The region's rivers and railways beyond the bbox, under everything the operation draws."""
    if not context:
        return
    clip = _outside(axes, bbox)
    for kind, (colour, width, dashes) in CONTEXT_LINES.items():
        for line in context.get(kind, []):
            xs, ys = zip(*line["geometry"]["coordinates"])
            drawn, = axes.plot(xs, ys, color=colour, linewidth=width * scale, linestyle=dashes, zorder=0.5)
            drawn.set_clip_path(clip)


def context_marks(context, bbox, to_pixels, frame, *, half, dot_points, axes):
    """The region's towns in the frame and beyond the bbox: their hollow dots drawn, and their label
    requests (text, x, y, priority, gap, below_first) at the lowest priority, each named as the
    operation's places are (in the timeline's language, shown_name)."""
    west, south, east, north = bbox
    requests = []
    for town in (context or {}).get("towns", []):
        lon, lat = town["geometry"]["coordinates"][:2]
        if west <= lon <= east and south <= lat <= north:
            continue
        x, y = to_pixels(lon, lat)
        if not (frame.x0 + half <= x <= frame.x1 - half and frame.y0 + half <= y <= frame.y1 - half):
            continue
        axes.plot(lon, lat, "o", color="white", markeredgecolor=CONTEXT_INK, markersize=dot_points * 0.8,
                  markeredgewidth=0.5, zorder=0.6)
        requests.append((shown_name(town), x, y, PRIORITY["context"], half + 1, False))
    return requests


def draw_front(axes, fronts, scale=1.0):
    for front in fronts:
        for line in parts(shape(front["geometry"])):
            xs, ys = line.xy
            axes.plot(xs, ys, color="#111", linewidth=2.2 * scale, solid_capstyle="round", zorder=3)


def draw_arrows(axes, movements, date, styles, scale=1.0):
    """The day's attacks and movements: in the side's colour and with the side's dash."""
    for movement in movements:
        geometry = movement.get("geometry")
        if not geometry or geometry["type"] != "LineString" or not movement["start_date"] <= date <= movement["end_date"]:
            continue
        style = styles.get(movement["side"])
        colour, dash = (style.ink, style.arrow_dash) if style else ("#555", "solid")
        (x0, y0), (x1, y1) = geometry["coordinates"][-2], geometry["coordinates"][-1]
        xs, ys = zip(*geometry["coordinates"])
        axes.plot(xs, ys, color="white", linewidth=4.2 * scale, solid_capstyle="round", zorder=4)
        axes.plot(xs, ys, color=colour, linewidth=2.6 * scale, linestyle=dash, dash_capstyle="butt", zorder=4)
        axes.annotate("", xy=(x1, y1), xytext=(x0, y0), zorder=4,
                      arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2 * scale, "mutation_scale": 16 * scale})


def _positions_on(positions, date):
    """Each formation's latest position on or before `date`."""
    latest = {}
    for position in positions:
        if position["date"] <= date:
            latest[position["formation"]] = position
    return latest


def draw_units(axes, timeline, date, styles, to_pixels, *, named, marker_points):
    """The armies' and fronts' squares in their side's colour; the labels that name them, tagged
    with their side where another side has a formation of the same name; and the squares' boxes."""
    names = formation_labels(timeline["formations"], side_tags(timeline["operation"]["sides"]))
    formations = {formation["id"]: formation for formation in timeline["formations"]}
    half = marker_points / 72 * axes.figure.dpi / 2
    labels, boxes = [], []
    for key, position in _positions_on(timeline["positions"], date).items():
        formation = formations.get(key)
        if not formation or formation["echelon"] not in PRINTED_ECHELONS or position["status"] in ("destroyed", "withdrawn"):
            continue
        style = styles.get(formation["side"])
        axes.plot(position["lon"], position["lat"], "s", color=style.colour if style else "#888",
                  markeredgecolor="white", markeredgewidth=1.2 * min(1, marker_points / 7), markersize=marker_points, zorder=5)
        x, y = to_pixels(position["lon"], position["lat"])
        boxes.append((x - half, y - half, x + half, y + half))
        if named:
            labels.append((names[key], x, y, PRIORITY["unit"], half + 2, True))
    return labels, boxes


def shown_name(place):
    """A place's name as a map of the timeline's language writes it: the period name in that
    language (a translated timeline's `period_name`), else the sources' spelling."""
    return place.get("period_name") or place["name"]


def town_marks(places, to_pixels, *, annotated, named_places, half):
    """The towns to mark (only the cities on an unannotated map), each (lon, lat, box, priority,
    name): the cities first, then the places the day's events name, then the others by kind."""
    marks = []
    for place in places:
        geometry = place.get("geometry")
        if not geometry or geometry["type"] != "Point" or (not annotated and place.get("kind") != "city"):
            continue
        lon, lat = geometry["coordinates"][:2]
        x, y = to_pixels(lon, lat)
        kind = place.get("kind")
        name = shown_name(place)
        priority = PRIORITY["city"] if kind == "city" else (
            PRIORITY["named"] if name in named_places else PRIORITY.get(kind, PRIORITY["village"]))
        marks.append((lon, lat, (x - half, y - half, x + half, y + half), priority, name))
    return marks


def draw_dots(axes, marks, covered, dot_points):
    """The towns' dots, but those a more important name covers."""
    for lon, lat, _box, _priority, name in marks:
        if name not in covered:
            axes.plot(lon, lat, "o", color="white", markeredgecolor="#222", markersize=dot_points,
                      markeredgewidth=max(0.6, dot_points / 4), zorder=6)


def as_labels(requests, measure):
    """Label records from (text, x, y, priority, gap, below_first) requests, sized by `measure`."""
    out = []
    for text, x, y, priority, gap, below_first in requests:
        width, height = measure(text, priority)
        out.append(Label(text, x, y, width, height, priority, gap, below_first))
    return out


def legend_handles(timeline, date, styles, *, compact=False):
    """The legend's entries of what a map of `date` draws (matplotlib handles); `compact`: the sides'
    ground, the pocket and the front only, for a small picture."""
    handles = []
    front_line = _("Front line")
    line_names = {"river": _("River"), "railway": _("Railway")}
    sides = timeline["operation"]["sides"]
    has_pocket = any(area["role"] == "pocket" for area in timeline["areas"][date])
    for side in sides:
        style = styles[side["slug"]]
        name = side["name"].split(" (")[0]
        handles.append(Patch(facecolor=style.ground, hatch=style.ground_hatch or None, edgecolor=style.hatch,
                             linewidth=0, label=_("%(side)s: ground held") % {"side": name}))
        if has_pocket and any(area["role"] == "pocket" and area["side"] == side["slug"] for area in timeline["areas"][date]):
            handles.append(Patch(facecolor=style.pocket, hatch="xx", edgecolor=style.ink, linewidth=0.8,
                                 label=_("%(side)s: encircled (the pocket)") % {"side": name}))
        handles.append(Line2D([], [], color=style.ink, linewidth=2.4, linestyle=style.arrow_dash,
                              label=_("%(side)s: attack or movement") % {"side": name}))
        handles.append(Line2D([], [], color=style.colour, marker="s", markersize=8, linestyle="none",
                              markeredgecolor="white", label=_("%(side)s: army or front") % {"side": name}))
    handles.append(Line2D([], [], color="#111", linewidth=2.2, label=front_line))
    if compact:
        return [one for one in handles if isinstance(one, Patch) or one.get_label() == front_line]
    for kind, (colour, width, dash) in LINE_STYLES.items():
        handles.append(Line2D([], [], color=colour, linewidth=width * 1.5, linestyle=dash, label=line_names.get(kind, kind)))
    handles.append(Line2D([], [], color="white", marker="o", markeredgecolor="#222", markersize=5, linestyle="none",
                          label=_("Town (bold: a city)")))
    if timeline.get("context"):
        handles.append(Line2D([], [], color=CONTEXT_LINES["rivers"][0], linewidth=1.4, marker="o", markersize=4,
                              markerfacecolor="white", markeredgecolor=CONTEXT_INK,
                              label=_("Beyond the operation: rivers, railways, towns")))
    return handles
