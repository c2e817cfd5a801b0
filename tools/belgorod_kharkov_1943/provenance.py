"""Say how each Belgorod-Kharkov 1943 record is known (issue #26), in the files of record, in place.

Run after `tools.belgorod_kharkov_1943.build` (`.venv/bin/python -m tools.belgorod_kharkov_1943.provenance`);
it is idempotent. The same rules as for 1942 (tools/kharkov_1942/provenance.py): only works read
are cited; a day the project interpolated is `derived` and names its anchors; the authors'
reconstruction from the narrative is `inferred` and says so.
"""

import json
from datetime import date

from tools.belgorod_kharkov_1943 import DATA
from tools.belgorod_kharkov_1943.anchors import FRONTS
from tools.belgorod_kharkov_1943.orbat import FORMATIONS
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
    shared.NEW_SOURCES[1],
    shared.NEW_SOURCES[2],
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
KEY_DAYS = sorted(FRONTS)
TAKES = {
    "e-belgorod": "Belgorod;Tomarovka", "e-zolochev": "Zolochev", "e-bogodukhov": "Bogodukhov",
    "e-borisovka": "Graivoron", "e-kovyagi": "Chuguev", "e-zmiev": "Zmiev", "e-lebedin": "Lebedin",
    "e-kharkov": "Kharkov",
}


def position_basis(formation, day):
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
        (DATA / f"{name}.geojson").write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n")
    shared.key_moment_sources(DATA / "key_moments.geojson", READ)


if __name__ == "__main__":
    main()
