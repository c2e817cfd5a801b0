"""Regenerate the per-day table in geodata/kharkov-1942/README.md (authoring aid).

Areas are measured on a Lambert azimuthal equal-area projection centred on the battle
(lat 49.5, lon 36.5), so the km² figures are true areas. Run after any change to the data:
    .venv/bin/python -m tools.kharkov_1942.report
"""
import json
from collections import Counter

from pyproj import Transformer
from shapely.geometry import shape
import numpy as np
import shapely
from shapely.ops import unary_union

from tools.kharkov_1942 import DATA
README = DATA / "README.md"
START, END = "<!-- table:start -->", "<!-- table:end -->"
STATUSES = ("engaged", "reserve", "moving", "encircled", "destroyed", "withdrawn")
LAEA = Transformer.from_crs("EPSG:4326", "+proj=laea +lat_0=49.5 +lon_0=36.5 +datum=WGS84 +units=m", always_xy=True)


def km2(geom):
    projected = shapely.transform(geom, lambda xy: np.column_stack(LAEA.transform(xy[:, 0], xy[:, 1])))
    return projected.area / 1e6


def table():
    areas = json.loads((DATA / "areas.geojson").read_text())["features"]
    positions = json.loads((DATA / "positions.geojson").read_text())["features"]
    days = sorted({f["properties"]["date"] for f in areas})
    lines = ["| date | salient km² | pocket km² | Soviet held km² | " + " | ".join(STATUSES) + " | derived positions |",
             "|---|---:|---:|---:|" + "---:|" * len(STATUSES) + "---:|"]
    for day in days:
        by_role = {}
        for f in areas:
            p = f["properties"]
            if p["date"] == day and p["side"] == "soviet":
                by_role.setdefault(p["role"], []).append(shape(f["geometry"]))
        cell = {r: f"{float(f'{km2(unary_union(g)):.2g}'):,.0f}" for r, g in by_role.items()}
        counts = Counter(f["properties"]["status"] for f in positions if f["properties"]["date"] == day)
        of_day = [f["properties"] for f in positions if f["properties"]["date"] == day]
        derived = sum(p.get("basis") == "derived" for p in of_day)
        lines.append(f"| {day} | {cell.get('salient', '–')} | {cell.get('pocket', '–')} | {cell.get('held', '–')} | "
                     + " | ".join(str(counts.get(s, 0)) for s in STATUSES) + f" | {derived} of {len(of_day)} |")
    total = sum(f["properties"].get("basis") == "derived" for f in positions)
    lines.append("")
    lines.append(f"Derived positions (carried forward or interpolated by the project): {total:,} of {len(positions):,} "
                 f"({100 * total / len(positions):.0f} %).")
    return "\n".join(lines)


def main():
    text = README.read_text()
    head, rest = text.split(START)
    _, tail = rest.split(END)
    README.write_text(head + START + "\n" + table() + "\n" + END + tail)
    print(table())


if __name__ == "__main__":
    main()
