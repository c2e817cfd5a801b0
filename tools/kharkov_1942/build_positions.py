"""Write geodata/kharkov-1942/formations.csv and positions.geojson from orbat.py (authoring aid).

Checks every position against that day's areas in ../areas.geojson: a formation must stand in its
own side's ground unless it is encircled or destroyed, and encircled Soviet formations must be
inside the pocket. Exits non-zero on any failure so the data is never written half-right.
"""
import json
import sys
from datetime import date

from shapely.geometry import Point, shape
from shapely.ops import unary_union

from tools.kharkov_1942.orbat import FORMATIONS, OFF, POSITION_NOTES, POSITION_SOURCES, SIZE, WAYPOINTS, sidc

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA


# Waypoints are approximate; where one falls outside the ground its side held that day (the
# areas were redrawn on the true rivers after the waypoints were set), the position is put at the
# nearest point a little inside that ground, and says so.
INSET = 0.012
# Formations of the 38th Army, whose commander's memoir also supports their positions.
MOSKALENKO_FORMATIONS = {row[0] for row in FORMATIONS if "sov-38a" in (row[0], row[5])}
PLACED_NOTE = "Waypoint approximate: shown at the nearest point inside the ground its side held that day."


def nearest_inside(ground, point):
    """The point of `ground` (shrunk by INSET where it is wide enough) nearest to `point`."""
    from shapely.ops import nearest_points
    inner = ground.buffer(-INSET)
    target = inner if not inner.is_empty else ground
    return nearest_points(target, point)[0]


def position_sources(fid, day):
    if fid in POSITION_SOURCES and day >= POSITION_SOURCES[fid][0]:
        return POSITION_SOURCES[fid][1]
    return "glantz1998" + (";moskalenko1969" if fid in MOSKALENKO_FORMATIONS else "")


def load_areas():
    by_day = {}
    for f in json.loads((DATA / "areas.geojson").read_text())["features"]:
        p = f["properties"]
        by_day.setdefault(p["date"], []).append((p["side"], p["role"], shape(f["geometry"])))
    return by_day


def main():
    ids = {row[0] for row in FORMATIONS}
    assert len(ids) == len(FORMATIONS), "duplicate formation id"
    rows = []
    for fid, name, side, echelon, branch, parent, commander, sources, note, size in FORMATIONS:
        assert not parent or parent in ids, (fid, parent)
        rows.append({"id": fid, "name": name, "side": side, "echelon": echelon, "branch": branch, "parent": parent,
                     "commander": commander, "sidc": sidc(side, branch, size or SIZE[echelon]), "sources": sources,
                     "note": note})
    write_layer(DATA, "formations", rows)  # in the canonical form (docs/data-format.md)
    areas = load_areas()
    side_of = {row[0]: row[2] for row in FORMATIONS}
    src_of = {row[0]: row[7] for row in FORMATIONS}
    features, problems = [], []
    for fid in ids - set(WAYPOINTS):
        problems.append(f"{fid}: no waypoints")
    for fid, waypoints in WAYPOINTS.items():
        assert fid in ids, fid
        waypoints = sorted(waypoints)
        for day in range(waypoints[0][0], 31):
            current = [w for w in waypoints if w[0] <= day][-1]
            _, lon, lat, status, *rest = current
            if status is OFF or (current[0] < day and status == "destroyed"):
                break
            iso = date(1942, 5, day).isoformat()
            side = side_of[fid]
            pt = Point(lon, lat)
            own = unary_union([g for s, r, g in areas[iso] if s == side])
            if side == "soviet" and status == "encircled":
                ground = unary_union([g for s, r, g in areas[iso] if r == "pocket"])
            elif status == "destroyed":
                ground = None
            else:
                ground = own
            placed = ground is not None and not ground.contains(pt)
            if placed:
                pt = nearest_inside(ground, pt)
                lon, lat = round(pt.x, 4), round(pt.y, 4)
                if not ground.contains(Point(lon, lat)):
                    problems.append(f"{iso} {fid} ({status}): no room inside its ground")
            note = POSITION_NOTES.get(fid, "")
            if placed:
                note = (note + " " if note else "") + PLACED_NOTE
            if status == "destroyed" and day == current[0]:
                note = (note + " " if note else "") + "Last day shown: the formation was destroyed in the pocket; survivors, if any, broke out in small groups."
            features.append({"type": "Feature", "properties": {
                "formation": fid, "date": iso, "status": status,
                "strength": rest[0] if rest else "",
                "certainty": "approximate",
                "sources": position_sources(fid, day),
                "note": note},
                "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    for p in problems:
        print("PROBLEM", p)
    write_layer(DATA, "positions", features)
    print(f"{len(FORMATIONS)} formations, {len(features)} positions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
