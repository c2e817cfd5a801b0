"""What the operation commands share: reading files into OperationData and reporting problems."""

from django.core.management.base import CommandError

from battlemap.conf import battlemap_setting
from geodata.loader import OperationDataError, read_operation


def read_or_fail(path):
    """The validated operation at `path`, or a CommandError that lists every problem."""
    try:
        return read_operation(path, limits=battlemap_setting("LOADER_LIMITS"),
                              front_tolerance_km=battlemap_setting("FRONT_TOLERANCE_KM"))
    except OperationDataError as error:
        raise refusal(path, error) from None


def refusal(path, error):
    """The CommandError that lists every problem of an OperationDataError."""
    count = len(error.problems)
    listing = "\n".join(f"  - {problem}" for problem in error.problems)
    return CommandError(f"{path}: {count} problem{'s' if count != 1 else ''}; nothing was written.\n{listing}")


def summary_lines(data):
    """Warnings, then counts per layer and per day, as lines to print."""
    counts = data.counts()
    lines = [f"  warning: {warning}" for warning in data.warnings]
    lines.append("  " + ", ".join(f"{layer}: {count}" for layer, count in counts.items()))
    derived = sum(front["origin"] == "derived" for front in data.fronts)
    lines.append(f"  fronts: {len(data.fronts) - derived} authored, {derived} derived from the areas")
    lines.extend(basis_lines(data))
    lines.append("  day         positions  areas  fronts  events")
    for day, per_layer in data.counts_per_day().items():
        lines.append(
            f"  {day}  {per_layer['positions']:>9}  {per_layer['areas']:>5}"
            f"  {per_layer['fronts']:>6}  {per_layer['events']:>6}"
        )
    return lines


def basis_lines(data):
    """How the records are known (issue #26): per layer, how many are stated, derived and inferred,
    and first the share of the positions the project derived (interpolated or carried forward)."""
    from geodata.vocabulary import BASES

    positions = data.positions
    derived = sum(position["basis"] == "derived" for position in positions)
    share = f"{100 * derived / len(positions):.0f} %" if positions else "none"
    lines = [f"  derived positions: {derived:,} of {len(positions):,} ({share})"]
    for layer in ("formations", "positions", "areas", "movements", "events", "places"):
        records = getattr(data, layer)
        if records:
            counts = {basis: sum(record.get("basis") == basis for record in records) for basis in BASES}
            lines.append(f"  {layer} by basis: " + ", ".join(f"{count:,} {basis}" for basis, count in counts.items()))
    return lines
