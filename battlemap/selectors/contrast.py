"""Two operations' daily figures set side by side: each side's ground won since the first day and
the front's length, by day of the operation, for the comparison page's charts."""

import json
from dataclasses import dataclass

from .statistics import ground_km2

__all__ = ["Series", "contrast_series"]


@dataclass(frozen=True)
class Series:
    operation: object
    side: str
    # One value per day of the operation, from its first day.
    ground_won_km2: tuple
    front_km: tuple


def contrast_series(operations):
    """For each operation, the series of a side they share (the first side of the first operation
    that every one of them has; else each one's own first side): ground won since day one, and
    front length, one value per day."""
    from ..documents import stats_payload  # the documents module builds on the selectors

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
