"""Authoring scripts for geodata/kharkov-1942: named anchors in, GeoJSON and CSV out.

Run each as a module from the repository root, e.g. `.venv/bin/python -m tools.kharkov_1942.build_areas`.
"""

from pathlib import Path

# The data folder these scripts write.
DATA = Path(__file__).resolve().parents[2] / "geodata" / "kharkov-1942"
