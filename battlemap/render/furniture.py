"""A drawn map's furniture: a scale bar in its lower left and a north arrow in its upper right,
each on a white card, drawn in the figure's pixels; each returns the box it covers, which the
labels keep clear of."""

import math

from django.utils.translation import pgettext

from matplotlib.patches import FancyBboxPatch, Polygon, Rectangle
from matplotlib.transforms import Affine2D

from .labels import Box

__all__ = ["KM_PER_DEGREE", "draw_north_arrow", "draw_scale_bar", "scale_bar_km"]

KM_PER_DEGREE = 111.32
NICE_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500)


def scale_bar_km(km_per_pixel, width_px, share=0.2):
    """The longest round length (km) whose bar is at most `share` of the frame's width."""
    fitting = [km for km in NICE_KM if km / km_per_pixel <= share * width_px]
    return fitting[-1] if fitting else NICE_KM[0]


def km_per_pixel(west, east, latitude, width_px):
    """Kilometres a pixel spans east-west at `latitude`, on a map `width_px` wide from west to east."""
    return (east - west) * KM_PER_DEGREE * math.cos(math.radians(latitude)) / width_px


def _pixels(figure):
    """The figure's pixels (from its lower left, at its own dpi) as a transform that holds in every
    output: a vector file lays the figure out at 72 dpi, where display pixels would not."""
    width_px, height_px = figure.canvas.get_width_height()
    return Affine2D().scale(1 / width_px, 1 / height_px) + figure.transFigure


def _card(figure, box, pad):
    figure.add_artist(FancyBboxPatch((box.x0, box.y0), box.x1 - box.x0, box.y1 - box.y0,
                                     boxstyle=f"round,pad=0,rounding_size={pad}", transform=_pixels(figure),
                                     facecolor="white", edgecolor="#444", linewidth=0.6, alpha=0.92, zorder=20))


def _whole(figure):
    width_px, height_px = figure.canvas.get_width_height()
    return Box(0, 0, width_px, height_px)


def draw_scale_bar(figure, west, east, latitude, *, points, frame=None):
    """A two-part bar of a round number of kilometres, in the lower left of `frame` (the map's box
    in the figure's pixels; the whole figure by default); its box (pixels)."""
    frame = frame or _whole(figure)
    width_px = frame.x1 - frame.x0
    unit = points / 72 * figure.dpi  # pixels in one of the map's text points
    per_px = km_per_pixel(west, east, latitude, width_px)
    km = scale_bar_km(per_px, width_px)
    length = km / per_px
    margin, pad, bar = 1.2 * unit, 0.6 * unit, 0.45 * unit
    box = Box(frame.x0 + margin, frame.y0 + margin, frame.x0 + margin + length + 2 * pad + 2.2 * unit,
              frame.y0 + margin + bar + 2.4 * unit)
    _card(figure, box, pad)
    x, y = box.x0 + pad, box.y0 + pad
    for part in range(2):
        figure.add_artist(Rectangle((x + part * length / 2, y), length / 2, bar, transform=_pixels(figure),
                                    facecolor="#111" if part == 0 else "white", edgecolor="#111",
                                    linewidth=0.8, zorder=21))
    figure_width, figure_height = figure.canvas.get_width_height()
    for at, text in ((x, "0"), (x + length, pgettext("scale bar", "%(km)s km") % {"km": km})):
        figure.text(at / figure_width, (y + bar + 0.3 * unit) / figure_height, text,
                    ha="left" if text == "0" else "center", va="bottom", fontsize=points * 0.9, color="#111",
                    zorder=22)
    return box


def draw_north_arrow(figure, *, points, frame=None):
    """An arrow pointing up with an N, in the upper right of `frame` (the maps are drawn with north
    up); its box."""
    frame = frame or _whole(figure)
    width_px, height_px = figure.canvas.get_width_height()
    unit = points / 72 * figure.dpi
    size = 2.2 * unit
    margin = 1.2 * unit
    box = Box(frame.x1 - margin - size, frame.y1 - margin - 1.9 * size, frame.x1 - margin, frame.y1 - margin)
    _card(figure, box, 0.4 * unit)
    centre = (box.x0 + box.x1) / 2
    tip, foot = box.y1 - 0.15 * size, box.y0 + 0.85 * size
    figure.add_artist(Polygon([(centre, tip), (centre + 0.3 * size, foot), (centre, foot + 0.18 * size),
                               (centre - 0.3 * size, foot)], closed=True, transform=_pixels(figure),
                              facecolor="#111", edgecolor="#111", zorder=21))
    figure.text(centre / width_px, (box.y0 + 0.12 * size) / height_px, pgettext("north arrow", "N"), ha="center", va="bottom",
                fontsize=points, fontweight="bold", color="#111", zorder=22)
    return box
