"""Say how each Belgorod-Kharkov 1943 record is known (issue #26), in the files of record, in place.

Run after `tools.belgorod_kharkov_1943.build` (`.venv/bin/python -m tools.belgorod_kharkov_1943.provenance`);
it is idempotent. The same rules as for 1942 (tools/kharkov_1942/provenance.py): only works read
are cited; a day the project interpolated is `derived` and names its anchors; the authors'
reconstruction from the narrative is `inferred` and says so.
"""

import json
from datetime import date

from geodata.writer import write_layer
from tools.belgorod_kharkov_1943 import DATA
from tools.belgorod_kharkov_1943.anchors import FRONTS
from tools.belgorod_kharkov_1943.orbat import CORPS_OF_ARMY, FORMATIONS
from tools.kharkov_1942 import provenance as shared

WIKIPEDIA = "wikipedia-belgorod-kharkov"
NOT_READ = "Not read here: no copy could be opened; no record cites it."
SOURCES = {key: ("", NOT_READ) for key in (
    "glantzhouse1999", "buttar2019", "ziemke1968", "konev1972", "katukov1974", "rotmistrov1984",
    "moskalenko1972", "nipe1996", "manstein1958", "krivosheev1997", "glantz1998")}
SOURCES["buttar2019"] = ("", "Not read here: the phase maps the key days' fronts follow are known only by their "
                             "titles and dates, not from a copy read; no record cites it.")
WIKIPEDIA_BB = "wikipedia-belgorod-bogodukhov"
NEW_SOURCES = [
    {"id": WIKIPEDIA_BB, "author": "Wikipedia contributors",
     "title": "Belgorod-Bogodukhov offensive operation (English Wikipedia)", "year": "2026", "pages": "",
     "url": "https://en.wikipedia.org/wiki/Belgorod%E2%80%93Bogodukhov_offensive_operation",
     "consulted": f"read {shared.READ_ON} through the stored copies of the project's search tool: the infobox and the "
                  "sections 'Prelude' and 'Offensive operation'; revision not recorded",
     "note": f"Encyclopaedia article, accessed {shared.READ_ON}."},
    {"id": WIKIPEDIA, "author": "Wikipedia contributors",
     "title": "Belgorod-Kharkov offensive operation (English Wikipedia, copy of June 2025)", "year": "2025",
     "pages": "", "url": "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Operation_Polkovodets_Rumyantsev",
     "consulted": f"read {shared.READ_ON} through the stored copies of the project's search tool: a copy of the "
                  "article (Kiwix wikipedia_en_all_mini_2025-06), its infobox and lead",
     "note": f"Encyclopaedia article, accessed {shared.READ_ON}."},
    {"id": "wikipedia-belgorod-kharkov-aug", "author": "Wikipedia contributors",
     "title": "Belgorod-Khar'kov Offensive Operation (English Wikipedia), in a French translation "
              "('Opération d'offensive de Belgorod-Khar'kov')", "year": "2026", "pages": "",
     "url": "http://fr.knowledger.de/02073533/QuatriemeBatailleDeKharkov",
     "consulted": "read 2026-12-08 through the stored copies of the project's search tool: the sections 'Prélude' and "
                  "'Opération d'offensive de Belgorod-Khar'kov' of a French translation of the English article; "
                  "revision not recorded",
     "note": "Encyclopaedia article on the operation of 12-23 August, read in translation, accessed 2026-12-08."},
    {"id": "wikipedia-1gta", "author": "Wikipedia contributors", "title": "1st Guards Tank Army (Soviet Union) (English Wikipedia)",
     "year": "2026", "pages": "", "url": "https://en.wikipedia.org/wiki/1st_Guards_Tank_Army_(Soviet_Union)",
     "consulted": "read 2026-12-08 through the stored copies of the project's search tool: the section 'Second Formation'; "
                  "revision not recorded",
     "note": "Encyclopaedia article, accessed 2026-12-08."},
    {"id": "wikipedia-29tc", "author": "Wikipedia contributors", "title": "29th Tank Corps (English Wikipedia, a copy)",
     "year": "2026", "pages": "", "url": "https://library.answerthepublic.net/en/A/29th_Tank_Corps",
     "consulted": "read 2026-12-08 through the stored copies of the project's search tool: a copy of the article's "
                  "lead and first section; revision not recorded",
     "note": "Encyclopaedia article, accessed 2026-12-08."},
    {"id": "codenames-rumyantsev", "author": "codenames.info", "title": "Operation Polkovodets Rumyantsev",
     "year": "2026", "pages": "", "url": "https://codenames.info/operation/polkovodets-rumyantsev/",
     "consulted": "read 2026-12-08 through the stored copies of the project's search tool: the opening paragraphs",
     "note": "A web encyclopaedia of operation names, accessed 2026-12-08; its own sources are not given on the page read."},
    {"id": "ron84z-19430804", "author": "ron84z (web chronology of the Second World War)",
     "title": "August 1943: Wednesday, August 4th", "year": "2026", "pages": "",
     "url": "https://ron84z.neocities.org/43/08/ef430804.html",
     "consulted": "read 2026-12-08 through the stored copies of the project's search tool: the entry 'Eastern Front'",
     "note": "A private day-by-day chronology on the web, accessed 2026-12-08; it names no sources, so only the corps it "
             "places are taken from it, each kept probable."},
    *(row for row in shared.NEW_SOURCES if row["id"] in ("geonames-cities500", "katottg2024")),
]
READ = {row["id"] for row in NEW_SOURCES}

CITED = {
    "e-opening": ([(WIKIPEDIA, "lead: the operation began in the early hours of 3 August 1943")],
                  "The Voronezh and Steppe Fronts open the offensive in the early hours of 3 August."),
    "e-kharkov": ([(WIKIPEDIA, "lead: by 23 August the Voronezh and Steppe Fronts had retaken Kharkov")], None),
    "e-losses": ([(WIKIPEDIA, "infobox, 'Casualties and losses'")],
                 "Soviet losses are given as 177,586 to 255,566 men (43,282 to 71,611 killed or missing, 183,955 "
                 "wounded) and 1,864 tanks; German losses as 25,068 to 26,289 men."),
}
# Formations a passage read here states: key -> citations (the rest of the order of battle is inferred).
FORMATIONS_CITED = {
    "axis-11k": [(WIKIPEDIA_BB, "section 'Prelude': XI Army Corps on both sides of Belgorod from 23 July")],
    "axis-332id": [(WIKIPEDIA_BB, "section 'Offensive operation': the 332nd and 167th Infantry Divisions' defences "
                                  "penetrated on 3 August between Tomarovka and Belgorod")],
    "axis-167id": [(WIKIPEDIA_BB, "section 'Offensive operation': the 332nd and 167th Infantry Divisions' defences "
                                  "penetrated on 3 August between Tomarovka and Belgorod")],
}
BB_GERMAN = (WIKIPEDIA_BB, "infobox, 'Units': 4th Panzer Army, Army Group Kempf, XLVIII Panzer Corps, III Panzer Corps, "
                          "XI Army Corps, Grossdeutschland")
BB_SOVIET = (WIKIPEDIA_BB, "infobox, 'Units': Voronezh and Steppe Fronts, 1st (Guards) Tank, 5th Guards Tank, 6th and "
                          "5th Guards, 53rd, 69th, 7th Guards and 27th Armies")
XI_CORPS_AUG = ("wikipedia-belgorod-kharkov-aug", "section 'Opération d'offensive de Belgorod-Khar'kov': after leaving "
                "Belgorod on the night of 5-6 August XI Corps (Raus) held between the Donets and the Lopan north of "
                "Kharkov with a battle group of the 167th and the 168th, 106th, 198th and 320th Infantry Divisions, "
                "the 6th Panzer Division as corps reserve")
RON_4_AUG = ("ron84z-19430804", "entry 'Eastern Front': LII Corps broken round Tomarovka and its headquarters dispersed, "
             "XLVIII Panzer Corps north of Belgorod, its sector lengthened")
CODENAMES = ("codenames-rumyantsev", "opening paragraphs: the 57th (Gagen) and 46th (Glagolev) Armies of the South-West "
             "Front on the extreme left, the 38th Army's (Chibisov) deception on the Voronezh Front's extreme right")
for _key in ("sov-vf", "sov-stf", "sov-1ta", "sov-5gta", "sov-6ga", "sov-5ga", "sov-53a", "sov-69a", "sov-7ga", "sov-27a"):
    FORMATIONS_CITED[_key] = [BB_SOVIET]
for _key in ("axis-4pa", "axis-akk", "axis-3pk", "axis-gd"):
    FORMATIONS_CITED[_key] = [BB_GERMAN]
FORMATIONS_CITED["axis-11k"] = [*FORMATIONS_CITED["axis-11k"], XI_CORPS_AUG]
FORMATIONS_CITED["axis-48pk"] = [BB_GERMAN, RON_4_AUG]
FORMATIONS_CITED["axis-52k"] = [RON_4_AUG]
FORMATIONS_CITED["axis-19pd"] = [(WIKIPEDIA_BB, "section 'Offensive operation': the weakened 19th Panzer Division swept aside")]
for _key in ("axis-168id", "axis-106id", "axis-198id", "axis-320id", "axis-6pd"):
    FORMATIONS_CITED[_key] = [XI_CORPS_AUG]
for _key in ("sov-6tc", "sov-3mc"):
    FORMATIONS_CITED[_key] = [("wikipedia-1gta", "section 'Second Formation': the 3rd Mechanised Corps and 6th Tank Corps "
                                                 "joined the army on its formation and served with it throughout the war")]
FORMATIONS_CITED["sov-29tc"] = [("wikipedia-29tc", "lead and first section: part of the 5th Guards Tank Army, fought in "
                                                   "the Belgorod-Kharkov offensive, Kirichenko in command from 2 March 1943")]
for _key in ("sov-46a", "sov-38a", "sov-57a"):
    FORMATIONS_CITED[_key] = [CODENAMES]
# The web chronology names no sources: what rests on it alone stays probable.
PROBABLE = {"axis-52k"}
KEY_DAYS = sorted(FRONTS)
TAKES = {
    "e-belgorod": "Belgorod;Tomarovka", "e-zolochev": "Zolochev", "e-bogodukhov": "Bogodukhov",
    "e-borisovka": "Graivoron", "e-kovyagi": "Chuguev", "e-zmiev": "Zmiev", "e-lebedin": "Lebedin",
    "e-kharkov": "Kharkov",
}


def position_basis(formation, day):
    if formation in CORPS_OF_ARMY:
        army = FORMATIONS[CORPS_OF_ARMY[formation][0]][0]
        return "derived", (f"the {army}'s position of the day, about 5 km to a flank (the passage read names the corps "
                           "in the army, not where it stood)")
    anchors = sorted(date.fromisoformat(d) for d, *_ in FORMATIONS[formation][9])
    today = date.fromisoformat(day)
    if today in anchors:
        return "inferred", ""
    earlier = [d for d in anchors if d < today][-1]
    later = [d for d in anchors if d > today]
    if not later:
        return "derived", f"carried forward from the authors' anchor of {earlier.day} August (the last one)"
    return "derived", (f"interpolated along the straight line between the authors' anchors of {earlier.day} and "
                       f"{later[0].day} August")


def area_basis(p):
    if p["date"] in KEY_DAYS:
        shared._inferred(p, "Front of a key day drawn by the authors from the narrative and the towns it names, "
                            "not traced from a map read here.")
    else:
        before = max(d for d in KEY_DAYS if d < p["date"])
        after = min(d for d in KEY_DAYS if d > p["date"])
        shared._derived(p, f"the front interpolated along the line between the key days {before} and {after}")


def formation_basis(row):
    if row["id"] in FORMATIONS_CITED:
        shared._stated(row, FORMATIONS_CITED[row["id"]])
        if row["id"] in PROBABLE:
            row["certainty"] = "probable"
    else:
        shared._inferred(row, "Order of battle as the authors assembled it; not checked against a published order "
                              "of battle.")


def main():
    shared.READ.clear()
    shared.READ.update(READ)
    shared.DATA = DATA
    shared.TRACED_IN = "tools/belgorod_kharkov_1943/anchors.py"
    shared.sources_table(DATA / "sources.csv", SOURCES, NEW_SOURCES)
    shared.formations_table(DATA / "formations.csv", formation_basis)
    for name, basis in (("positions", None), ("areas", area_basis), ("movements", None), ("events", None),
                        ("places", shared.place_basis)):
        collection = json.loads((DATA / f"{name}.geojson").read_text())
        for feature in collection["features"]:
            p = feature["properties"]
            if name == "events":
                p["takes"] = TAKES.get(p.get("id"), "")
            if name == "positions":
                kind, derived_from = position_basis(p["formation"], p["date"])
                if kind == "derived":
                    shared._derived(p, derived_from)
                else:
                    shared._inferred(p, "The authors' anchor for this day, set from the narrative; no passage read "
                                        "here, with a locator, places the formation.")
            elif name == "events" and p.get("id") in CITED:
                pairs, text = CITED[p["id"]]
                p["text"] = text or p["text"]
                shared._stated(p, pairs)
            elif name == "movements":
                shared._inferred(p, "Arrow drawn by the authors from the narrative; its course is schematic.")
            elif name == "events":
                shared._inferred(p)
            else:
                basis(p)
        write_layer(DATA, name, collection["features"])  # in the canonical form (docs/data-format.md)
    shared.key_moment_sources(DATA / "key_moments.geojson", READ)


if __name__ == "__main__":
    main()
