"""How much an operation's files may hold: a hostile or broken file is refused, not loaded.

Each limit is named in the message that refuses a file, so the author knows which to raise. A
Django project passes its own values (BATTLEMAP['LOADER_LIMITS']) to `read_operation`.
"""

__all__ = ["DEFAULT_LIMITS", "limits_with"]

DEFAULT_LIMITS = {
    # Bytes in any one file of an operation.
    "max_file_bytes": 64 * 1024 * 1024,
    # Vertices in any one geometry (the Kharkov areas hold about 400).
    "max_vertices_per_geometry": 20_000,
    # Vertices in one day's areas and fronts together, what the map redraws as it animates a day
    # (Kharkov's busiest day holds about 300).
    "max_vertices_per_day": 100_000,
    # Vertices in every geometry of the operation together (Kharkov holds about 6,500).
    "max_vertices_per_operation": 1_000_000,
    # Days from the operation's start to its end.
    "max_days": 1_000,
    # Records in any one layer.
    "max_records_per_layer": 200_000,
    # Formations in the order of battle.
    "max_formations": 5_000,
    # Levels in the formation tree (front, army, corps, division, brigade, regiment ...).
    "max_tree_depth": 12,
    # Characters in any one text value without a column limit of its own (notes, summaries).
    "max_text_length": 5_000,
    # Bytes of the timeline document, the JSON the map reads in one request (Kharkov's: 400 KB),
    # checked by load_operation once the operation is stored and before it is committed.
    "max_timeline_bytes": 16 * 1024 * 1024,
}


def limits_with(overrides=None):
    """The default limits with `overrides` applied; an unknown name is an error that names it."""
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(DEFAULT_LIMITS))
    if unknown:
        raise ValueError(f"unknown loader limit(s) {', '.join(unknown)}; known: {', '.join(DEFAULT_LIMITS)}")
    for name, value in overrides.items():
        if not isinstance(value, int) or value < 1:
            raise ValueError(f"loader limit {name} must be a positive whole number, not {value!r}")
    return {**DEFAULT_LIMITS, **overrides}
