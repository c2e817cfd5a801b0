"""Render a quick-look PNG of the areas for a few days (authoring aid; needs matplotlib, which is
named in tools/requirements.txt: `.venv/bin/pip install -r tools/requirements.txt`)."""
import json
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from shapely.geometry import shape

from tools.kharkov_1942 import DATA

COLOURS = {("soviet", "held"): "#e6a39b", ("soviet", "salient"): "#c0392b",
           ("soviet", "pocket"): "#7b1e14", ("axis", "held"): "#aab7c4"}


def draw(ax, geom, **kw):
    polys = getattr(geom, "geoms", [geom])
    for p in polys:
        x, y = p.exterior.xy
        ax.fill(x, y, **kw)
        for hole in p.interiors:
            hx, hy = hole.xy
            ax.fill(hx, hy, color="white")


def main(days, out):
    areas = json.loads((DATA / "areas.geojson").read_text())["features"]
    places = json.loads((DATA / "places.geojson").read_text())["features"] if (DATA / "places.geojson").exists() else []
    positions = json.loads((DATA / "positions.geojson").read_text())["features"] if (DATA / "positions.geojson").exists() else []
    moves = json.loads((DATA / "movements.geojson").read_text())["features"] if (DATA / "movements.geojson").exists() else []
    fig, axes = plt.subplots(2, (len(days) + 1) // 2, figsize=(9 * ((len(days) + 1) // 2), 14))
    for ax, day in zip(axes.flat, days):
        for f in sorted(areas, key=lambda f: f["properties"]["side"]):
            p = f["properties"]
            if p["date"] == day:
                draw(ax, shape(f["geometry"]), color=COLOURS[(p["side"], p["role"])], alpha=0.9, lw=0.5)
        for f in places:
            g = shape(f["geometry"])
            if g.geom_type == "Point":
                ax.plot(g.x, g.y, "k.", ms=3)
                ax.annotate(f["properties"]["name"], (g.x, g.y), fontsize=6)
            else:
                x, y = g.xy
                ax.plot(x, y, color="#1f6fb2" if f["properties"]["kind"] == "river" else "#555", lw=1.2 if f["properties"]["kind"] == "river" else 0.6,
                        ls="-" if f["properties"]["kind"] == "river" else "--")
        for f in positions:
            p = f["properties"]
            if p["date"] == day:
                g = shape(f["geometry"])
                ax.plot(g.x, g.y, "o", ms=4, mfc="yellow" if p["formation"].startswith("sov") else "cyan",
                        mec="red" if p["status"] in ("encircled", "destroyed") else "k")
        for f in moves:
            p = f["properties"]
            if p["start_date"] <= day <= p["end_date"]:
                x, y = shape(f["geometry"]).xy
                ax.annotate("", xy=(x[-1], y[-1]), xytext=(x[-2], y[-2]), arrowprops=dict(arrowstyle="->", color="green", lw=2))
                ax.plot(x, y, color="green", lw=2)
        ax.set_title(day)
        ax.set_xlim(34.4, 38.4)
        ax.set_ylim(48.3, 50.75)
        ax.set_aspect(1 / 0.65)
    fig.tight_layout()
    fig.savefig(out, dpi=70)


if __name__ == "__main__":
    main(sys.argv[2:] or ["1942-05-12", "1942-05-17", "1942-05-22", "1942-05-26"], sys.argv[1] if len(sys.argv) > 1 else "/tmp/kharkov.png")
