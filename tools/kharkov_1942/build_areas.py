"""Write geodata/kharkov-1942/areas.geojson: who held what on each day, 11-30 May 1942 (authoring aid).

Run by hand (`.venv/bin/python -m tools.kharkov_1942.build_areas`); the app only
reads areas.geojson, which is the data of record. Each day gets a complete set of areas:

* soviet `held`   -- the Soviet bank of the Seversky Donets and the ground gained north-east of
                     Kharkov; built from the day's northern front line plus the river itself.
* soviet `salient` (11-21 May) -- the Barvenkovo bulge west of the Donets: the day's outline
                     minus the `held` area, so the two share the river exactly.
* soviet `pocket`  (22-30 May) -- the encircled armies, drawn from named villages.
* axis `held`     -- the operation's bounding box minus everything Soviet, so the two sides
                     never overlap and the derived front line is clean.

All overlay operations run on a 1e-5 degree grid so shared edges snap to the same vertices.
"""
import sys
from datetime import date, timedelta

from shapely.geometry import Polygon, box, mapping, Point
from shapely import set_precision
from shapely.affinity import scale

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA
from tools.kharkov_1942.gazetteer import DONETS, DONETS_AT, RIVERS, at

OUT = DATA / "areas.geojson"
BBOX = (34.4, 48.3, 38.4, 50.75)
GRID = 1e-5
DAYS = [date(1942, 5, 11) + timedelta(days=i) for i in range(20)]


def d(day):
    return date(1942, 5, day)


# ---------------------------------------------------------------- the northern front (held)
# From the north edge of the map down to the Donets between Pechenegi and Chuguev.
NORTH_FRONT = {
    11: [(36.80, 50.75), (36.75, 50.55), (36.82, 50.40), (36.80, 50.30), (36.72, 50.20),
         (36.68, 50.10), (36.72, 50.00), (36.82, 49.93), (36.86, 49.88), (36.80, 49.84)],
    # 12 May: 21st, 28th and 38th Armies break in 6-10 km; Nepokrytaya fought over.
    # The line bends round Ternovaya, still German, east of the break-in.
    12: [(36.80, 50.75), (36.75, 50.55), (36.74, 50.42), (36.66, 50.32), (36.60, 50.25),
         (36.70, 50.22), (36.70, 50.165), (36.60, 50.12), (36.60, 50.06), (36.62, 50.00), (36.70, 49.96), (36.80, 49.92),
         (36.86, 49.89), (36.80, 49.84)],
    # 13 May: further gains in the north; Ternovaya garrison cut off (see TERNOVAYA_CUT).
    13: [(36.80, 50.75), (36.74, 50.55), (36.70, 50.42), (36.60, 50.32), (36.50, 50.26),
         (36.45, 50.20), (36.48, 50.14), (36.56, 50.07), (36.60, 50.02), (36.66, 49.98),
         (36.76, 49.94), (36.84, 49.89), (36.80, 49.84)],
    # 14 May: 28th Army reaches the Kharkov and Murom rivers; 38th Army gives up Nepokrytaya.
    14: [(36.80, 50.75), (36.72, 50.55), (36.62, 50.42), (36.50, 50.33), (36.40, 50.26),
         (36.38, 50.20), (36.42, 50.13), (36.55, 50.10), (36.66, 50.06), (36.72, 50.00),
         (36.78, 49.95), (36.84, 49.89), (36.80, 49.84)],
    # 15-16 May: 168th Infantry arrives in the north; the Soviet advance is checked.
    15: [(36.80, 50.75), (36.74, 50.55), (36.66, 50.42), (36.52, 50.33), (36.42, 50.26),
         (36.39, 50.20), (36.43, 50.13), (36.56, 50.10), (36.67, 50.06), (36.73, 50.00),
         (36.79, 49.95), (36.84, 49.89), (36.80, 49.84)],
    # 17 May: German armoured counter-attacks push the 28th Army back.
    17: [(36.80, 50.75), (36.75, 50.55), (36.68, 50.42), (36.56, 50.33), (36.46, 50.26),
         (36.43, 50.20), (36.46, 50.13), (36.57, 50.10), (36.68, 50.06), (36.74, 50.00),
         (36.80, 49.95), (36.84, 49.89), (36.80, 49.84)],
    # 18 May onwards: Ternovaya reached by the German relief; the line settles.
    18: [(36.80, 50.75), (36.76, 50.55), (36.70, 50.42), (36.66, 50.33), (36.66, 50.26),
         (36.72, 50.20), (36.70, 50.13), (36.64, 50.08), (36.70, 50.04), (36.75, 50.00),
         (36.80, 49.95), (36.84, 49.89), (36.80, 49.84)],
}
NORTH_FRONT[16] = NORTH_FRONT[15]
for _day in range(19, 31):
    NORTH_FRONT[_day] = NORTH_FRONT[18]

# German bridgehead around Balakleya on the Donets' north-east bank (river to river).
BALAKLEYA_BRIDGEHEAD = [(36.78, 49.53), (36.90, 49.51), (36.93, 49.45)]
# The cut-off German garrison of Ternovaya, 13-17 May (an axis island in Soviet ground).
TERNOVAYA_CUT = range(13, 18)
# 38th Army's foothold west of the Donets around Chepel from the evening of 25 May.
CHEPEL_BRIDGEHEAD = [(36.935, 49.345), (36.895, 49.348), (36.878, 49.325), (36.888, 49.300),
                     (36.930, 49.295)]


def river_between(start, end):
    i, j = DONETS.index(start), DONETS.index(end)
    return DONETS[i:j + 1]


def held_area(day):
    """Soviet ground east of the Donets and north-east of Kharkov on this day of May."""
    west, south, east, north = BBOX
    ring = list(NORTH_FRONT[day])
    ring += river_between(DONETS_AT["below Pechenegi"], DONETS_AT["above Balakleya"])[1:]
    ring += BALAKLEYA_BRIDGEHEAD
    ring += river_between(DONETS_AT["below Balakleya"], DONETS_AT["map edge"])
    ring += [(east, north)]
    area = Polygon(ring)
    if day in TERNOVAYA_CUT:
        lon, lat = at("Ternovaya")
        island = scale(Point(lon, lat).buffer(1.0, quad_segs=4), 0.035, 0.0225)
        area = area.difference(island, grid_size=GRID)
    if day >= 25:
        area = area.union(Polygon(CHEPEL_BRIDGEHEAD), grid_size=GRID)
    return area


# ---------------------------------------------------------------- the Barvenkovo salient
# The outline starts east of the river, runs west along the north face, round the west and
# south faces and back across the river; held_area() is then subtracted.
NE_START = [(37.00, 49.47), (36.95, 49.44), (36.90, 49.415)]
NORTH_FACE = [(36.86, 49.41), (36.75, 49.435), (36.65, 49.455), (36.55, 49.475),
              (36.45, 49.49), (36.36, 49.505)]
NW_FACE = {
    # 11 May: the jump-off line, east of the Orel's upper course (Efremovka to Orelka), which the
    # southern shock group reached only on the 12th (issue #26: the face had been drawn on the old
    # chord of the Orel, west of the river's traced course).
    11: [(36.25, 49.475), (36.17, 49.44), (36.13, 49.38), (36.10, 49.30), (36.08, 49.18),
         (36.05, 49.05)],
    # 12 May: 12-15 km on a 40 km front, to the Orel: from Efremovka, its source, the face is the
    # river's traced course (gazetteer.RIVERS["Orel"]) down towards Orelka.
    12: [(36.30, 49.56), (36.18, 49.57), (36.10, 49.50), (36.083, 49.435), (36.060, 49.30),
         (36.039, 49.18), (36.017, 49.05)],
    # 13 May: breach 55 km wide, 25-50 km deep; 6th Cavalry Corps over the Orel.
    13: [(36.32, 49.60), (36.18, 49.65), (36.00, 49.62), (35.82, 49.53), (35.66, 49.42),
         (35.68, 49.30), (35.82, 49.17), (35.95, 49.05)],
    # 14 May: about 40 km gained toward Krasnograd.
    14: [(36.33, 49.62), (36.18, 49.68), (35.98, 49.66), (35.78, 49.57), (35.60, 49.46),
         (35.56, 49.37), (35.63, 49.25), (35.82, 49.14), (35.95, 49.05)],
    15: [(36.33, 49.63), (36.18, 49.69), (35.97, 49.67), (35.76, 49.58), (35.58, 49.48),
         (35.53, 49.38), (35.60, 49.26), (35.80, 49.14), (35.95, 49.05)],
    # 16 May: 6th Cavalry Corps on the northern, eastern and southern edges of Krasnograd.
    16: [(36.33, 49.63), (36.18, 49.69), (35.97, 49.67), (35.76, 49.59), (35.56, 49.50),
         (35.47, 49.43), (35.505, 49.40), (35.515, 49.37), (35.50, 49.335), (35.44, 49.32),
         (35.45, 49.26), (35.62, 49.20), (35.80, 49.12), (35.95, 49.05)],
    # 17 May: Taranovka taken, the Krasnograd railway cut at Vlasovka, 253rd RD near Zmiyev.
    17: [(36.34, 49.64), (36.28, 49.67), (36.13, 49.665), (35.97, 49.68), (35.80, 49.635),
         (35.60, 49.52), (35.47, 49.43), (35.505, 49.40), (35.515, 49.37), (35.50, 49.335),
         (35.44, 49.32), (35.45, 49.26), (35.62, 49.20), (35.80, 49.12), (35.95, 49.05)],
    # 19 May: offensive halted at 17:20; Paulus attacks from the Merefa area.
    19: [(36.34, 49.62), (36.13, 49.64), (35.95, 49.64), (35.78, 49.58), (35.62, 49.48),
         (35.55, 49.40), (35.55, 49.30), (35.65, 49.20), (35.80, 49.12), (35.95, 49.05)],
    20: [(36.34, 49.60), (36.15, 49.60), (35.95, 49.57), (35.80, 49.48), (35.72, 49.38),
         (35.74, 49.26), (35.85, 49.15), (35.95, 49.05)],
    21: [(36.34, 49.58), (36.15, 49.56), (35.98, 49.50), (35.86, 49.40), (35.84, 49.28),
         (35.90, 49.15), (35.95, 49.05)],
}
NW_FACE[18] = NW_FACE[17]

# West and south faces, ending where the line crosses back over the Donets.
SOUTH_FACE = {
    11: [(35.93, 48.95), (35.97, 48.80), (36.08, 48.65), (36.25, 48.58), (36.45, 48.57),
         (36.70, 48.64), (36.88, 48.70), (37.10, 48.76), (37.30, 48.85), (37.45, 48.93),
         (37.53, 48.99), (37.58, 49.03), (37.90, 49.20)],
    # 17 May: Kleist's III Motorised and XLIV Corps gain about 10 km.
    17: [(35.93, 48.95), (35.97, 48.80), (36.08, 48.65), (36.25, 48.58), (36.45, 48.57),
         (36.65, 48.64), (36.80, 48.75), (36.95, 48.80), (37.15, 48.86), (37.30, 48.96),
         (37.40, 49.03), (37.50, 49.07), (37.90, 49.20)],
    # 18 May: Barvenkovo lost, the Germans in southern Izyum.
    18: [(35.93, 48.95), (35.97, 48.80), (36.08, 48.65), (36.25, 48.58), (36.45, 48.60),
         (36.62, 48.72), (36.78, 48.86), (36.93, 48.97), (37.05, 49.05), (37.15, 49.14),
         (37.22, 49.20), (37.292, 49.224), (37.90, 49.40)],
    # 19 May: the 9th Army's remnants pushed over the Donets.
    19: [(35.93, 48.95), (35.98, 48.80), (36.10, 48.68), (36.25, 48.63), (36.45, 48.68),
         (36.60, 48.82), (36.75, 48.98), (36.90, 49.10), (37.05, 49.20), (37.15, 49.26), (37.22, 49.26), (37.80, 49.45)],
    # 20 May: Protopopovka reached, Petrovskaya by evening; 57th Army's flank struck.
    20: [(35.93, 48.95), (35.98, 48.82), (36.10, 48.75), (36.28, 48.78), (36.45, 48.90),
         (36.62, 49.02), (36.78, 49.14), (36.90, 49.24), (36.98, 49.31), (37.03, 49.37), (37.10, 49.376), (37.40, 49.47)],
    # 21 May: the neck narrows to the Donets bank between Balakleya and Savintsy.
    21: [(35.95, 49.00), (36.05, 48.90), (36.25, 48.88), (36.42, 48.97), (36.58, 49.08),
         (36.72, 49.17), (36.84, 49.25), (36.92, 49.32), (36.99, 49.38), (37.02, 49.405), (37.03, 49.4166), (37.20, 49.47)],
}
for _day in (12, 13, 14, 15, 16):
    SOUTH_FACE[_day] = SOUTH_FACE[11]


# Days for which no source names the villages on the ring: each is drawn between the sourced
# days before and after it (see interpolated_pocket), and marked approximate.
INTERPOLATED = {27: (26, 30), 28: (26, 30), 29: (26, 30)}
# The published figure the 26 May outline is sized to: English Wikipedia, "Second Battle of Kharkov",
# section "Soviet encirclement" (read 2026-12-08): by 26 May the surviving Red Army soldiers were
# forced into crowded positions in an area of roughly fifteen square kilometres.
POCKET_26_MAY_KM2 = 15


def interpolated_pocket(day):
    """The pocket on a day between two sourced days: the earlier outline cut down to the ground
    within some distance of the later one, that distance chosen so that the area falls
    geometrically (the same factor each day) from the earlier day's to the later day's."""
    before, after = INTERPOLATED[day]
    outer, inner = Polygon(POCKET[before]), Polygon(POCKET[after])
    fraction = (day - before) / (after - before)
    target = outer.area ** (1 - fraction) * inner.area ** fraction
    low, high = 0.0, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        if outer.intersection(inner.buffer(middle, quad_segs=8)).area < target:
            low = middle
        else:
            high = middle
    return outer.intersection(inner.buffer(high, quad_segs=8))


def pocket_area(day):
    return interpolated_pocket(day) if day in INTERPOLATED else Polygon(POCKET[day])


def salient_area(day, held):
    ring = NE_START + NORTH_FACE + NW_FACE[day] + SOUTH_FACE[day]
    outline = Polygon(ring)
    assert outline.is_valid, f"salient outline {day} May is not valid"
    return outline.difference(held, grid_size=GRID)


# ---------------------------------------------------------------- the pocket
OREL = RIVERS["Orel"][1]


def on_orel(lat):
    """The point of the Orel's traced upper course (gazetteer.RIVERS, from Efremovka, its source,
    south to Orelka) at latitude `lat`: the pocket's west face of 22-24 May is drawn on it."""
    (lon1, lat1), (lon2, lat2) = OREL[0], OREL[1]
    if not lat2 <= lat <= lat1:
        raise ValueError(f"{lat} N is off the Orel's upper course ({lat2} to {lat1} N)")
    return (round(lon1 + (lon2 - lon1) * (lat1 - lat) / (lat1 - lat2), 5), lat)


# The west face of 22-24 May is the Orel's traced course (issue #26: it had run 4 to 10 km west of
# it, over ground the narrative puts outside the ring): Kostenko's line of 24 May ran from the
# Gomolsha by Zapadenka and Troichaty to the Orel, and nothing read here has the encircled armies
# hold ground over the river after the ring closed; north of Efremovka, the river's source, the face
# bends north-east to the ring's north face.
POCKET = {
    22: [(36.335, 49.55), (36.36, 49.50), (36.48, 49.478), (36.62, 49.452), (36.72, 49.43),
         (36.79, 49.39), (36.81, 49.34), (36.80, 49.29), (36.78, 49.225), (36.62, 49.14),
         (36.40, 49.02), (36.20, 48.99), (36.05, 49.03), on_orel(49.12), on_orel(49.25),
         on_orel(49.36), on_orel(49.435), (36.09, 49.48), (36.15, 49.53), (36.28, 49.555)],
    23: [(36.33, 49.545), (36.355, 49.497), (36.48, 49.473), (36.62, 49.447), (36.72, 49.42),
         (36.78, 49.37), (36.79, 49.30), (36.77, 49.225), (36.58, 49.13), (36.38, 49.06),
         (36.18, 49.05), (36.06, 49.09), on_orel(49.15), on_orel(49.25), on_orel(49.36),
         on_orel(49.435), (36.095, 49.475), (36.16, 49.52), (36.28, 49.54)],
    # 24 May: Shebelinka taken; Kostenko's line Gomolsha - Zapadenka - Troichaty - Orel.
    24: [(36.325, 49.535), (36.355, 49.49), (36.44, 49.47), (36.50, 49.43), (36.60, 49.40),
         (36.70, 49.36), (36.78, 49.30), (36.765, 49.228), (36.55, 49.14), (36.36, 49.09),
         (36.18, 49.10), (36.07, 49.15), on_orel(49.20), on_orel(49.27), on_orel(49.37),
         on_orel(49.435), (36.10, 49.47), (36.18, 49.51), (36.28, 49.53)],
    # 25 May: no source read here names the ring. The villages the next morning's events take
    # (Mikhailovka 08:00, Krutoyarka 11:05, in Oleksiivka hromada on the upper Bereka) were still
    # held, and the survivors were driven down the Bereka towards Lozovenka: the authors' outline is
    # the Bereka valley from above Mikhailovka to below Lozovenka (about 200 km²).
    25: [(36.335, 49.385), (36.40, 49.378), (36.47, 49.352), (36.55, 49.318), (36.63, 49.296),
         (36.72, 49.292), (36.76, 49.262), (36.74, 49.222), (36.67, 49.218), (36.59, 49.245),
         (36.50, 49.285), (36.42, 49.318), (36.35, 49.338), (36.322, 49.36)],
    # 26 May: Mikhailovka (08:00) and Krutoyarka (11:05) fall and Breith's armour turns on the Bereka
    # bend at Lozovenka; the survivors are crowded into roughly fifteen square kilometres (the
    # encyclopaedia's figure, POCKET_26_MAY_KM2): the outline is that much ground round the bend,
    # where the last groups held out to 30 May (16 km²).
    26: [(36.668, 49.275), (36.705, 49.279), (36.727, 49.262), (36.716, 49.237), (36.683, 49.236),
         (36.666, 49.252)],
    # 30 May: the last groups in the Bereka bend at Lozovenka.
    30: [(36.675, 49.268), (36.705, 49.272), (36.72, 49.258), (36.705, 49.24), (36.68, 49.243)],
}

SRC_NORTH = "glantz1998;moskalenko1969"
SRC_SOUTH = "glantz1998;bagramyan1977"


def area_notes(day):
    """(certainty, note) for each role on a day."""
    held_note = "Soviet bank of the Seversky Donets and the northern bridgeheads; front line NE of Kharkov drawn from the day's reported gains."
    if day in TERNOVAYA_CUT:
        held_note += " The hole around Ternovaya is the cut-off German garrison, supplied from the air (cut-off and relief dates approximate)."
    if day >= 25:
        held_note += " Includes the 38th Army's small foothold around Chepel, west of the river, taken on the evening of 25 May."
    notes = {"held": ("approximate", held_note)}
    if day <= 21:
        notes["salient"] = ("probable" if day == 11 else "approximate",
                            "The Barvenkovo (Izyum) bulge west of the Donets, held by the 6th, 57th and 9th Armies and Army Group Bobkin."
                            + (" Outline reconstructed from the jump-off lines described in Glantz 1998; villages on the edge are approximate." if day == 11 else ""))
    else:
        pocket_note = "The encircled 6th and 57th Armies and Army Group Bobkin (Southern Group under Kostenko from the night of 23 May)."
        if day <= 24:
            pocket_note += (" The west face is the Orel's traced course from its source at Efremovka down towards Orelka, the"
                            " authors' judgement: Kostenko's line of 24 May ran from the Gomolsha by Zapadenka and Troichaty"
                            " to the Orel, and no account read here has the encircled armies hold ground west of the river.")
        if day == 22:
            pocket_note += (" First day shown as encircled. Sources disagree on the date the ring closed: Soviet accounts have it shut at Gusarovka on 22 May,"
                            " German accounts date the link-up of Korpsgruppe Breith and the 14th Panzer Division to 08:30 on 23 May.")
            notes["pocket"] = ("probable", pocket_note)
        else:
            if day == 25:
                pocket_note += (" No source read here gives the ground held on 25 May, the day of the first mass breakout:"
                                " the outline is the authors' (the Bereka valley from above Mikhailovka and Krutoyarka, which"
                                " the next morning's events take, down to Lozovenka), about 200 km² against 1,900 on 24 May"
                                " and the encyclopaedia's fifteen on 26 May.")
            if day == 26:
                pocket_note += (" English Wikipedia ('Second Battle of Kharkov', section 'Soviet encirclement', read 2026-12-08)"
                                " says that by 26 May the survivors were crowded into roughly fifteen square kilometres;"
                                " the outline (16 km²) is drawn to that figure round the Bereka bend at Lozovenka, where the"
                                " last groups held out. Where the ground lay is the authors' judgement: the article gives no"
                                " place, and Lozovenka is placed from the narrative.")
            if day >= 26:
                pocket_note += " By now isolated groups rather than a continuous front; the outline encloses the main concentration on the Bereka."
            if day in INTERPOLATED:
                before, after = INTERPOLATED[day]
                pocket_note += (f" No source names the villages on the ring this day: the outline is interpolated between those of {before} and {after} May"
                                " (the earlier outline cut down towards the later one, the area falling by the same factor each day).")
            notes["pocket"] = ("approximate", pocket_note)
    notes["axis"] = ("approximate", "Everything within the map frame not held by Soviet forces that day (the operation's bounding box minus the Soviet areas).")
    return notes


def rounded(geom):
    return set_precision(geom, GRID)


def build():
    frame = box(*BBOX)
    features = []
    summary = []
    for day_date in DAYS:
        day = day_date.day
        held = rounded(held_area(day).intersection(frame, grid_size=GRID))
        soviet_parts = [("held", held)]
        if day <= 21:
            sal = rounded(salient_area(day, held).intersection(frame, grid_size=GRID))
            soviet_parts.append(("salient", sal))
        else:
            pocket = rounded(pocket_area(day))
            assert pocket.is_valid, day
            soviet_parts.append(("pocket", pocket))
        # The axis is the exact complement of the (already grid-rounded) Soviet areas, taken part by
        # part and without snapping again, so its edges reuse their vertices and leave no sliver.
        axis = frame
        for _, part in soviet_parts:
            axis = axis.difference(part)
        notes = area_notes(day)
        for role, geom in soviet_parts:
            certainty, note = notes[role]
            features.append(feature(day_date, "soviet", role, geom, certainty,
                                    SRC_NORTH if role == "held" else SRC_SOUTH, note))
        certainty, note = notes["axis"]
        features.append(feature(day_date, "axis", "held", axis, certainty,
                                "glantz1998", note))
        summary.append((day_date, {r: g for r, g in soviet_parts}, axis))
    return features, summary


def feature(day_date, side, role, geom, certainty, sources, note):
    return {
        "type": "Feature",
        "properties": {"date": day_date.isoformat(), "side": side, "role": role,
                       "certainty": certainty, "sources": sources, "note": note},
        "geometry": mapping(geom),
    }


def _round_coords(obj):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], float):
            return [round(v, 5) for v in obj]
        return [_round_coords(v) for v in obj]
    return obj


def write(features):
    for f in features:
        f["geometry"] = {"type": f["geometry"]["type"],
                         "coordinates": _round_coords(f["geometry"]["coordinates"])}
    write_layer(DATA, "areas", features)  # in the canonical form (docs/data-format.md)


def checks(summary):
    """Print the story's invariants; raise if one fails."""
    from shapely.geometry import shape  # noqa: F401
    problems = []
    last_pocket = None
    last_salient = None
    for day_date, parts, axis in summary:
        if "salient" in parts:
            last_salient = parts["salient"]
        elif last_salient is not None and not parts["pocket"].buffer(-2e-3).within(last_salient):
            problems.append(f"{day_date}: pocket extends outside the last salient")
        for name in ("Kharkov", "Krasnograd", "Merefa"):
            if not axis.contains(Point(at(name))):
                problems.append(f"{day_date}: {name} not in axis area")
        if "pocket" in parts:
            area = parts["pocket"].area
            if last_pocket is not None and area > last_pocket[1] + 1e-12:
                problems.append(f"{day_date}: pocket grew")
            if last_pocket is not None and not parts["pocket"].buffer(-1e-4).within(last_pocket[0]):
                problems.append(f"{day_date}: pocket extends outside the previous day's pocket")
            last_pocket = (parts["pocket"], area)
        soviet = list(parts.values())
        for g in soviet:
            if g.intersection(axis).area > 1e-9:
                problems.append(f"{day_date}: soviet/axis overlap {g.intersection(axis).area}")
        if len(soviet) == 2 and soviet[0].intersection(soviet[1]).area > 1e-9:
            problems.append(f"{day_date}: held and salient/pocket overlap")
    for p in problems:
        print("PROBLEM", p)
    return problems


if __name__ == "__main__":
    feats, summ = build()
    probs = checks(summ)
    write(feats)
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB, {len(feats)} features)")
    if probs:
        sys.exit(1)
