"""Helpers for tests that break a copy of an operation's files."""

import json


def edit_features(folder, layer, change):
    """Rewrite `layer`.geojson in `folder` after `change(collection)` edits it in place."""
    path = folder / f"{layer}.geojson"
    collection = json.loads(path.read_text())
    change(collection)
    path.write_text(json.dumps(collection))
