"""Small line charts drawn on the server as SVG coordinates: no script, so a chart reads on a
projector, in print and with JavaScript off. Values in, polylines and ticks out."""

import math
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import pgettext

__all__ = ["LineChart", "line_chart"]


@dataclass(frozen=True)
class Line:
    label: str
    colour: str
    points: str  # "x,y x,y ..." for an SVG polyline
    # The last point, where the line's label is written.
    end: tuple


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    lines: tuple
    # (y, label) of the horizontal ticks and (x, label) of the day ticks.
    y_ticks: tuple
    x_ticks: tuple
    # The y of the zero line, or None when zero is off the chart.
    zero: float | None
    plot: tuple  # left, top, right, bottom of the plotting area


def _nice_step(span, count=4):
    raw = span / count if span else 1
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(step * magnitude for step in (1, 2, 2.5, 5, 10) if step * magnitude >= raw)


def line_chart(series, *, width=560, height=220, margin=(64, 10, 16, 28)):
    """A chart of `series`: [(label, colour, values)], values by day from day 1. The y axis spans
    every value and zero; the x axis the longest series."""
    left, top, right, bottom = margin
    values = [value for _, _, points in series for value in points]
    low, high = min(values + [0]), max(values + [0])
    step = _nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high == low:
        high = low + step
    days = max(len(points) for _, _, points in series)
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(index):
        return round(left + plot_w * index / max(1, days - 1), 1)

    def y(value):
        return round(top + plot_h * (high - value) / (high - low), 1)

    lines = tuple(
        Line(label=label, colour=colour, points=" ".join(f"{x(i)},{y(v)}" for i, v in enumerate(points)),
             end=(x(len(points) - 1), y(points[-1])))
        for label, colour, points in series if points
    )
    y_ticks, value = [], low
    while value <= high + step / 2:
        y_ticks.append((y(value), number_format(round(value), force_grouping=True)))
        value += step
    x_step = max(1, round(days / 6))
    x_ticks = tuple((x(i), pgettext("a chart's tick", "day %(number)s") % {"number": i + 1}) for i in range(0, days, x_step))
    return LineChart(width=width, height=height, lines=lines, y_ticks=tuple(y_ticks), x_ticks=x_ticks,
                     zero=y(0) if low <= 0 <= high else None, plot=(left, top, width - right, height - bottom))
