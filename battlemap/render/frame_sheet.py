"""The current frame of the map as a picture that stands alone, for a print edition or a post: the
view asked for on one day, on an A4 or Letter sheet in landscape, with its title and date, the
day's caption, a legend of everything drawn, the scale bar and north arrow, the sources and the
address of the map. As SVG or PDF (vector: text stays text, lines stay lines) or as PNG at 300 dpi."""

import hashlib
import io
import json
import math
import textwrap

import matplotlib
from django.core.cache import cache
from django.utils.translation import gettext as _
from matplotlib import pyplot

from ..documents import timeline_etag, timeline_payload
from .labels import Box
from .map_layers import legend_handles
from .map_style import side_styles
from .preview import Size, _limits, draw_map, local_date, picture_language

__all__ = ["FORMATS", "FrameRequest", "day_caption", "frame_cached", "render_frame", "view_bbox"]

# Format: (content type, dots per inch). Vector formats lay out at 100 dpi (their text is points).
FORMATS = {"svg": ("image/svg+xml", 100), "pdf": ("application/pdf", 100), "png": ("image/png", 300)}
SHEETS = {"a4": (11.69, 8.27), "letter": (11.0, 8.5)}
MARGIN = 0.4  # inches
MAP_SHARE = 0.72  # of the sheet's height, under the title
FRAME_LOOK = dict(annotated=True, forces=True, points=8, framing="fit", lines=0.9)


class FrameRequest:
    """What to draw: the day, the view's bounding box (west, south, east, north) or None for the
    operation's, the paper, the caption, its sources' credit line and the map's address."""

    def __init__(self, date, bbox=None, paper="a4", caption="", credits="", url=""):
        self.date, self.bbox, self.paper = date, bbox, paper
        self.caption, self.credits, self.url = caption, credits, url


def _plain(text):
    """Text from data as matplotlib must take it: a dollar sign would start mathematics."""
    return str(text).replace("$", r"\$")


def render_frame(timeline, request, fmt):
    """The sheet of `request` (a FrameRequest) in `fmt` (svg, pdf or png), as bytes; ValueError
    naming what is wrong (a date the operation lacks, an unknown format or paper)."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if request.paper not in SHEETS:
        raise ValueError(f"paper {request.paper!r} is not one of {', '.join(SHEETS)}")
    if request.date not in timeline["areas"]:
        raise ValueError(f"date {request.date!r} is not a day of {timeline['operation']['slug']} "
                         f"({timeline['dates'][0]}..{timeline['dates'][-1]})")
    width_in, height_in = SHEETS[request.paper]
    dpi = FORMATS[fmt][1]
    # Text stays text in SVG and PDF (searchable, editable in a print edition's layout program).
    with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        return _draw_sheet(timeline, request, fmt, width_in, height_in, dpi)


def _draw_sheet(timeline, request, fmt, width_in, height_in, dpi):
    figure = pyplot.figure(figsize=(width_in, height_in), dpi=dpi, facecolor="white")
    try:
        px = dpi  # pixels an inch
        top = height_in - MARGIN
        figure.text(MARGIN / width_in, top / height_in, _plain(timeline["operation"]["name"]), ha="left", va="top",
                    fontsize=16, fontweight="bold", color="#111")
        figure.text(1 - MARGIN / width_in, top / height_in, local_date(request.date), ha="right", va="top", fontsize=16,
                    fontweight="bold", color="#111")
        map_top = top - 0.38
        map_height = height_in * MAP_SHARE
        frame = Box(MARGIN * px, (map_top - map_height) * px, (width_in - MARGIN) * px, map_top * px)
        look = Size(((width_in - 2 * MARGIN), map_height), dpi, **FRAME_LOOK)
        bbox = request.bbox or timeline["operation"]["bbox"]
        draw_map(figure, frame, timeline, request.date, look, _limits(bbox, look))
        # The map's edge.
        figure.add_artist(pyplot.Rectangle((frame.x0 / (width_in * px), frame.y0 / (height_in * px)),
                                           (frame.x1 - frame.x0) / (width_in * px), (frame.y1 - frame.y0) / (height_in * px),
                                           transform=figure.transFigure, fill=False, edgecolor="#777", linewidth=0.6))
        band_top = (map_top - map_height - 0.12) / height_in
        caption = textwrap.wrap(request.caption, width=int((width_in * 0.55) * 13)) if request.caption else []
        text = "\n".join(caption[:4] + ([request.credits] if request.credits else [])
                         + [f"Battlemap · {request.url}" if request.url else "Battlemap",
                            _("A reconstruction from the sources; lines and areas are approximate.")])
        figure.text(MARGIN / width_in, band_top, _plain(text), ha="left", va="top", fontsize=8, color="#111",
                    linespacing=1.35, wrap=False)
        figure.legend(handles=legend_handles(timeline, request.date, side_styles(timeline["operation"]["sides"])),
                      loc="upper right", bbox_to_anchor=(1 - MARGIN / width_in, band_top), ncol=2, fontsize=7,
                      frameon=False, handlelength=2.4, columnspacing=1.2, borderaxespad=0)
        buffer = io.BytesIO()
        metadata = {"Title": f"{timeline['operation']['name']} · {local_date(request.date)}"} if fmt in ("pdf", "svg") else None
        figure.savefig(buffer, format=fmt, facecolor="white", metadata=metadata)
        return buffer.getvalue()
    finally:
        pyplot.close(figure)


def view_bbox(raw):
    """(west, south, east, north) from 'W,S,E,N', ValueError naming what is wrong; None when absent."""
    if not raw:
        return None
    try:
        west, south, east, north = (float(part) for part in raw.split(","))
    except ValueError:
        raise ValueError(f"bbox {raw!r} must be four numbers: west,south,east,north") from None
    if not all(math.isfinite(value) for value in (west, south, east, north)) or not (
            -180 <= west < east <= 180 and -85 <= south < north <= 85):
        raise ValueError(f"bbox {raw!r} is not a box of longitudes and latitudes (west < east, south < north)")
    return west, south, east, north


def day_caption(timeline, date):
    """The caption of `date`: its most important event's title and text, and the credit line of
    that event's sources ("Sources: Bagramyan (1977)"); ("", "") for a day without events."""
    events = [event for event in timeline["events"] if event["date"] == date]
    if not events:
        return "", ""
    event = max(events, key=lambda one: one.get("importance") or 1)
    credits = []
    for key in event.get("sources") or []:
        source = timeline["sources"].get(key)
        if not source:
            continue
        surname = (source.get("author") or key).split(",")[0].split("(")[0].split()[-1]
        credit = f"{surname} ({source['year']})" if source.get("year") else surname
        if credit not in credits:
            credits.append(credit)
    caption = f"{event['title']}. {event.get('text') or ''}".strip()
    return caption, (_("Sources:") + " " + "; ".join(credits)) if credits else ""


def frame_cached(operation, fmt, date, bbox, paper, url):
    """render_frame for the operation's current version, with the day's caption and credits,
    drawn once per version, language, format, day, view (to about 100 m), paper and address."""
    if bbox:
        bbox = tuple(round(value, 3) for value in bbox)
    language = picture_language()
    query = json.dumps([fmt, date, bbox, paper, url])
    key = f"battlemap:frame:2:{timeline_etag(operation)}:{language}:{hashlib.sha256(query.encode()).hexdigest()[:32]}"
    body = cache.get(key)
    if body is None:
        timeline = json.loads(timeline_payload(operation, language).body)
        caption, credits = day_caption(timeline, date) if date in timeline["areas"] else ("", "")
        body = render_frame(timeline, FrameRequest(date, bbox, paper, caption, credits, url), fmt)
        cache.set(key, body)
    return body
