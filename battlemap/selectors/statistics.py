"""Statistics per day: ground held by side and role (equal-area km², two significant figures),
front length (whole km), formations by status."""

from geodata.geometry import equal_area_km2, length_km
from geodata.vocabulary import AREA_ROLES, POSITION_STATUSES

from .queries import daily_state, side_order

__all__ = ["ground_km2", "significant", "stats_for", "stats_of_days"]

# Areas are reconstructions from villages and rivers, good to a few per cent at best: shown to two
# significant figures, and lengths to whole kilometres, so that no figure claims more than that.
AREA_SIGNIFICANT_FIGURES = 2


def significant(value, figures=AREA_SIGNIFICANT_FIGURES):
    """`value` rounded to `figures` significant figures (an int once that is whole): 1291.4 -> 1300."""
    if not value:
        return 0
    rounded = float(f"{value:.{figures}g}")
    return int(rounded) if rounded.is_integer() else rounded


def ground_km2(day, side):
    """All the ground `side` holds in one day of `stats_for`, whatever its role, in km²."""
    return sum(day["area_km2"].get(side, {}).values())


def _day_stats(day, areas, fronts, positions, *, sides, centre):
    area_km2 = {side: {role: 0.0 for role in AREA_ROLES} for side in sides}
    for area in areas:
        area_km2[area.side.slug][area.role] += equal_area_km2(area.geometry, centre)
    by_status = {side: dict.fromkeys(POSITION_STATUSES, 0) for side in sides}
    for position in positions:
        by_status[position.formation.side.slug][position.status] += 1
    return {
        "date": day.isoformat(),
        "area_km2": {
            side: {role: significant(value) for role, value in roles.items()}
            for side, roles in area_km2.items()
        },
        "front_km": round(sum(length_km(front.geometry, centre) for front in fronts)),
        "formations_by_status": by_status,
    }


def _centre(operation):
    west, south, east, north = operation.bbox
    return ((west + east) / 2, (south + north) / 2)


def stats_of_days(operation, days):
    """The statistics of each (day, areas, fronts, positions) of `daily_state`."""
    sides, centre = side_order(operation), _centre(operation)
    return [_day_stats(*state, sides=sides, centre=centre) for state in days]


def stats_for(operation):
    """For each day: km² by side and role (equal-area), front length in km, formations by status."""
    days, _ = daily_state(operation)
    return stats_of_days(operation, days)
