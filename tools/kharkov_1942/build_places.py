"""Write geodata/kharkov-1942/places.geojson from gazetteer.py (authoring aid; places.geojson is the data of record)."""
import sys

from tools.kharkov_1942.gazetteer import RAILWAY_MODERN, RAILWAY_STATIONS, RAILWAYS, RIVERS, TOWNS

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA

OUT = DATA / "places.geojson"


def railway_note(name):
    """A railway's note: through which stations it is traced, where they are named."""
    if name in RAILWAY_STATIONS:
        return (f"Through its stations {', '.join(RAILWAY_STATIONS[name])} (GeoNames' points), straight between "
                "them; the order of the stations is that of the line's suburban stops. Real alignment not surveyed.")
    return "Schematic: straight runs between the stations named (placed from the gazetteer); real alignment not surveyed."


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
            "note": railway_note(name)},
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}})
    write_layer(DATA, "places", features)  # in the canonical form (docs/data-format.md)
    print(f"wrote {OUT}: {len(features)} places")


if __name__ == "__main__":
    main()
