"""Write geodata/kharkov-1942/places.geojson from gazetteer.py (authoring aid; places.geojson is the data of record)."""
import json
import sys

from tools.kharkov_1942.gazetteer import RAILWAYS, RAILWAY_MODERN, RIVERS, TOWNS

from tools.kharkov_1942 import DATA

OUT = DATA / "places.geojson"


def main():
    features = []
    for name, (modern, kind, lon, lat, certainty, sources, note) in TOWNS.items():
        features.append({"type": "Feature", "properties": {
            "name": name, "modern_name": modern, "kind": kind, "certainty": certainty,
            "sources": sources, "note": note},
            "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    for name, (modern, coords, certainty, note) in RIVERS.items():
        features.append({"type": "Feature", "properties": {
            "name": name, "modern_name": modern, "kind": "river", "certainty": certainty,
            "sources": "brief2026;glantz1998" + (";wikiorel" if name == "Orel" else ""),
            "note": note + " Drawn through the towns named in the brief with a few vertices; not surveyed."},
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}})
    for name, coords in RAILWAYS.items():
        features.append({"type": "Feature", "properties": {
            "name": name, "modern_name": RAILWAY_MODERN[name], "kind": "railway",
            "certainty": "approximate", "sources": "glantz1998;brief2026",
            "note": "Schematic: straight runs between the stations named; real alignment not surveyed."},
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}})
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features}, indent=1) + "\n")
    print(f"wrote {OUT}: {len(features)} places")


if __name__ == "__main__":
    main()
