"""Authoring scripts for geodata/belgorod-kharkov-1943: named anchors in, GeoJSON and CSV out.

Run from the repository root: `.venv/bin/python -m tools.belgorod_kharkov_1943.build`.
"""

from pathlib import Path

# The data folder these scripts write.
DATA = Path(__file__).resolve().parents[2] / "geodata" / "belgorod-kharkov-1943"
