"""Write every file of geodata/belgorod-kharkov-1943 from anchors.py, orbat.py and story.py."""
import json
from datetime import date, timedelta

from shapely.geometry import LineString, Point, Polygon, box, mapping
from shapely.ops import unary_union

from geodata.writer import operation_text, write_layer
from tools.belgorod_kharkov_1943 import DATA
from tools.belgorod_kharkov_1943.anchors import FRONTS, RAILWAYS, RIVERS, SOURCES, TOWNS
from tools.belgorod_kharkov_1943.orbat import ENGAGED_FROM, FORMATIONS, LAST_DAY
from tools.belgorod_kharkov_1943.story import EVENTS, KEY_MOMENTS, MOVEMENTS, OPERATION

BBOX = OPERATION["bbox"]
FRAME = box(*BBOX)
DAYS = [(date(1943, 8, 3) + timedelta(days=i)).isoformat() for i in range(21)]
AREA_SOURCES = "buttar2019;glantzhouse1999"


def _round(geom):
    return json.loads(json.dumps(mapping(geom)), parse_float=lambda v: round(float(v), 4))


def _resample(line, n=400):
    return [line.interpolate(i / (n - 1), normalized=True).coords[0] for i in range(n)]


def front_on(day):
    """The key day's front, or the front interpolated between the key days either side."""
    if day in FRONTS:
        return LineString(FRONTS[day][0]), FRONTS[day][1], "approximate"
    keys = sorted(FRONTS)
    before = max(k for k in keys if k < day)
    after = min(k for k in keys if k > day)
    span = (date.fromisoformat(after) - date.fromisoformat(before)).days
    t = (date.fromisoformat(day) - date.fromisoformat(before)).days / span
    a, b = _resample(LineString(FRONTS[before][0])), _resample(LineString(FRONTS[after][0]))
    coords = [(xa + (xb - xa) * t, ya + (yb - ya) * t) for (xa, ya), (xb, yb) in zip(a, b)]
    return LineString(coords).simplify(0.003), f"Interpolated between the fronts of {before} and {after}.", "approximate"


def sides_on(day):
    line, note, certainty = front_on(day)
    coords = list(line.coords)
    ring = coords + [(BBOX[2] + 0.5, BBOX[1] - 0.5), (BBOX[2] + 0.5, BBOX[3] + 0.5), (coords[0][0], BBOX[3] + 0.5)]
    soviet = Polygon(ring).buffer(0).intersection(FRAME)
    axis = FRAME.difference(soviet)
    return soviet, axis, note, certainty


def build_areas():
    features = []
    for day in DAYS:
        soviet, axis, note, certainty = sides_on(day)
        for side, geom in (("soviet", soviet), ("axis", axis)):
            features.append({"type": "Feature", "properties": {
                "date": day, "side": side, "role": "held", "certainty": certainty,
                "sources": AREA_SOURCES, "note": note}, "geometry": _round(geom)})
    return features


def _interpolate(anchors, day):
    dated = [(date.fromisoformat(d), x, y) for d, x, y in anchors]
    today = date.fromisoformat(day)
    if today < dated[0][0]:
        return None
    earlier = [a for a in dated if a[0] <= today][-1]
    later = [a for a in dated if a[0] >= today]
    if not later or later[0][0] == earlier[0]:
        return earlier[1], earlier[2], earlier[0] == today
    nxt = later[0]
    t = (today - earlier[0]).days / (nxt[0] - earlier[0]).days
    return earlier[1] + (nxt[1] - earlier[1]) * t, earlier[2] + (nxt[2] - earlier[2]) * t, False


def build_positions(sides):
    features = []
    for fid, (name, side, echelon, branch, parent, cmdr, sidc, sources, note, anchors) in FORMATIONS.items():
        for day in DAYS:
            found = _interpolate(anchors, day)
            if found is None or day > LAST_DAY.get(fid, day):
                continue
            x, y, anchored = found
            ground = sides[day][0 if side == "soviet" else 1]
            point, moved = Point(x, y), False
            if not ground.buffer(-0.03).contains(point):
                # keep the marker in its side's ground: nearest point some 3 km inside the line
                inner = ground.buffer(-0.04)
                point = inner.exterior.interpolate(inner.exterior.project(point)) if inner.geom_type == "Polygon" else \
                    max(inner.geoms, key=lambda g: g.area).exterior.interpolate(0)
                moved = True
            features.append({"type": "Feature", "properties": {
                "formation": fid, "date": day,
                "status": "reserve" if echelon == "army_group" else "moving" if day < ENGAGED_FROM.get(fid, "") else "engaged",
                "strength": "", "certainty": "approximate", "sources": sources,
                # How the position is known (an anchor of the authors', or interpolated) is its basis,
                # set by provenance.py; the note keeps only what was done to the point.
                "note": "Drawn just behind the day's front line." if moved else ""},
                "geometry": {"type": "Point", "coordinates": [round(point.x, 4), round(point.y, 4)]}})
    return features


# Every file in the canonical form (docs/data-format.md), through the one writer.
def write_json(name, features):
    write_layer(DATA, name.removesuffix(".geojson"), features)


def write_csv(name, header, rows):
    write_layer(DATA, name.removesuffix(".csv"), [dict(zip(header, row)) for row in rows])


def main():
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "operation.json").write_text(operation_text(OPERATION, OPERATION["sides"]), encoding="utf-8")
    write_csv("sources.csv", ["id", "author", "title", "year", "pages", "url", "note"],
              [list(s[:5]) + [""] + [s[5]] for s in SOURCES])
    write_csv("formations.csv", ["id", "name", "side", "echelon", "branch", "parent", "commander", "sidc", "sources", "note"],
              [[fid] + list(v[:9]) for fid, v in FORMATIONS.items()])
    places = [{"type": "Feature", "properties": {
        "name": name, "modern_name": modern, "kind": kind, "certainty": certainty,
        "gazetteer_id": gid, "sources": "", "note": note}, "geometry": {"type": "Point", "coordinates": [lon, lat]}}
        for name, (modern, kind, lon, lat, certainty, gid, note) in TOWNS.items()]
    places += [{"type": "Feature", "properties": {
        "name": name, "modern_name": modern, "kind": "river", "certainty": certainty, "sources": "glantzhouse1999",
        "note": note + " Traced through the settlements on its banks; between them the line is simplified, so it can run a few kilometres from the channel."},
        "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}}
        for name, (modern, certainty, coords, note) in RIVERS.items()]
    places += [{"type": "Feature", "properties": {
        "name": name, "modern_name": modern, "kind": "railway", "certainty": "approximate", "sources": "",
        "note": note + " Schematic: straight runs between the stations named; the real alignment is not surveyed. Which stations the line passes is the authors' knowledge of the network, not a passage read here."},
        "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}}
        for name, (modern, coords, note) in RAILWAYS.items()]
    write_json("places.geojson", places)
    sides = {day: sides_on(day)[:2] for day in DAYS}
    write_json("areas.geojson", build_areas())
    write_json("positions.geojson", build_positions(sides))
    write_json("movements.geojson", [{"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": coords}}
                                     for props, coords in MOVEMENTS])
    write_json("events.geojson", [{"type": "Feature", "properties": props,
                                   "geometry": {"type": "Point", "coordinates": list(at)} if at else None}
                                  for props, at in EVENTS])
    write_json("key_moments.geojson", [{"type": "Feature", "properties": props,
                                        "geometry": {"type": "Point", "coordinates": list(at)}} for props, at in KEY_MOMENTS])


if __name__ == "__main__":
    main()
