"""Write geodata/kharkov-1942/places.geojson from gazetteer.py (authoring aid; places.geojson is the data of record)."""
import sys

from tools.kharkov_1942.gazetteer import RAILWAYS, RAILWAY_MODERN, RIVERS, TOWNS

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA

OUT = DATA / "places.geojson"


def main():
    features = []
    for name, (modern, kind, lon, lat, certainty, gazetteer_id, note) in TOWNS.items():
        features.append({"type": "Feature", "properties": {
            "name": name, "modern_name": modern, "kind": kind, "certainty": certainty,
            "gazetteer_id": gazetteer_id, "sources": "", "note": note},
            "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    for name, (modern, coords, certainty, note) in RIVERS.items():
        features.append({"type": "Feature", "properties": {
            "name": name, "modern_name": modern, "kind": "river", "certainty": certainty,
            "sources": "glantz1998",
            "note": note + " Traced through the settlements on its banks (GeoNames and KATOTTG positions); between them the line is simplified, so it can run a few kilometres from the channel."},
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}})
    for name, coords in RAILWAYS.items():
        features.append({"type": "Feature", "properties": {
            "name": name, "modern_name": RAILWAY_MODERN[name], "kind": "railway",
            "certainty": "approximate", "sources": "glantz1998",
            "note": "Schematic: straight runs between the stations named (placed from the gazetteer); real alignment not surveyed."},
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}})
    write_layer(DATA, "places", features)  # in the canonical form (docs/data-format.md)
    print(f"wrote {OUT}: {len(features)} places")


if __name__ == "__main__":
    main()
