"""Two operations' daily figures set side by side (each side's ground won since the first day and
the front's length, by day of the operation) and the comparison page's charts of them."""

import json
from dataclasses import dataclass

from ..documents import stats_payload
from ..selectors.statistics import ground_km2
from .charts import LineChart, line_chart

__all__ = ["COMPARISON_COLOURS", "ContrastCharts", "Series", "contrast_charts", "contrast_series"]

# The two operations' lines on the comparison charts: distinct from both sides' own colours.
COMPARISON_COLOURS = ("#b35900", "#1a5fb4")


@dataclass(frozen=True)
class Series:
    operation: object
    side: str
    # One value per day of the operation, from its first day.
    ground_won_km2: tuple
    front_km: tuple


@dataclass(frozen=True)
class ContrastCharts:
    # The short name of the side whose ground is charted.
    side: str
    ground: LineChart
    front: LineChart


def contrast_series(operations):
    """For each operation, the series of a side they share (the first side of the first operation
    that every one of them has; else each one's own first side): ground won since day one, and
    front length, one value per day."""
    sides = [[side.slug for side in operation.sides.all()] for operation in operations]
    shared = [slug for slug in sides[0] if all(slug in others for others in sides[1:])] if sides else []
    series = []
    for operation, own in zip(operations, sides):
        side = shared[0] if shared else own[0]
        stats = json.loads(stats_payload(operation).body)
        first = ground_km2(stats[0], side) if stats else 0
        series.append(Series(
            operation=operation, side=side,
            ground_won_km2=tuple(round(ground_km2(day, side) - first) for day in stats),
            front_km=tuple(day["front_km"] for day in stats),
        ))
    return series


def contrast_charts(left, right):
    """The ground and front charts of two operations, each in its comparison colour."""
    series = contrast_series([left, right])
    colours = dict(zip((left.slug, right.slug), COMPARISON_COLOURS))
    name = {one.operation.slug: f"{one.operation.name} ({one.operation.start_date:%Y})" for one in series}
    return ContrastCharts(
        side=next((side.short_name for side in left.sides.all() if side.slug == series[0].side), series[0].side),
        ground=line_chart([(name[one.operation.slug], colours[one.operation.slug], one.ground_won_km2)
                           for one in series]),
        front=line_chart([(name[one.operation.slug], colours[one.operation.slug], one.front_km)
                          for one in series]),
    )
