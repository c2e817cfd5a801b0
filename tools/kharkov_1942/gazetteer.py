"""Named anchor coordinates for the Kharkov 1942 dataset (authoring aid, not loaded by the app).

Every outline in build_areas.py and every waypoint in build_positions.py is written in terms of
these names, so that moving a village moves everything that depends on it.

Coordinates are (lon, lat) WGS84. `certainty` follows the data format: places the research brief
lists from gazetteers are `certain`; villages it flags as remembered or that we could only place
from the narrative (e.g. "10 km south of Balakleya") are `approximate`.
"""

# name: (modern_name, kind, lon, lat, certainty, sources, note)
TOWNS = {
    "Kharkov": ("Kharkiv", "city", 36.229, 50.000, "certain", "brief2026", ""),
    "Izyum": ("Izium", "town", 37.292, 49.224, "certain", "brief2026", "Astride the Donets; the 1942 salient was based on the river here."),
    "Barvenkovo": ("Barvinkove", "town", 37.013, 48.907, "certain", "brief2026", ""),
    "Balakleya": ("Balakliia", "town", 36.839, 49.456, "certain", "brief2026", "German strongpoint on the north-east bank of the Donets throughout."),
    "Lozovaya": ("Lozova", "town", 36.316, 48.889, "certain", "brief2026", "Railway junction inside the western part of the bulge."),
    "Krasnograd": ("Krasnohrad", "town", 35.457, 49.372, "certain", "brief2026", "Objective of Army Group Bobkin; reached but never taken."),
    "Merefa": ("Merefa", "town", 36.050, 49.820, "certain", "brief2026", "Railway junction south-west of Kharkov."),
    "Zmiyev": ("Zmiiv", "town", 36.356, 49.688, "certain", "brief2026", ""),
    "Volchansk": ("Vovchansk", "town", 36.946, 50.288, "certain", "brief2026", ""),
    "Belgorod": ("Bilhorod", "city", 36.586, 50.598, "certain", "brief2026", "Modern Russian city Belgorod; Ukrainian form given for consistency."),
    "Kupyansk": ("Kupiansk", "town", 37.617, 49.706, "certain", "brief2026", ""),
    "Slavyansk": ("Sloviansk", "town", 37.625, 48.870, "certain", "brief2026", ""),
    "Kramatorsk": ("Kramatorsk", "town", 37.556, 48.721, "certain", "brief2026", ""),
    "Chuguev": ("Chuhuiv", "town", 36.676, 49.835, "certain", "brief2026", ""),
    "Pechenegi": ("Pechenihy", "village", 36.936, 49.865, "certain", "brief2026", "Soviet bridgehead over the Donets."),
    "Staryi Saltov": ("Staryi Saltiv", "village", 36.793, 50.078, "certain", "brief2026", "Soviet bridgehead over the Donets."),
    "Savintsy": ("Savyntsi", "village", 37.062, 49.411, "certain", "brief2026", "Donets crossing; goal of the Southern Group's breakout order."),
    "Dnepropetrovsk": ("Dnipro", "city", 34.983, 48.450, "certain", "brief2026", ""),
    "Pavlograd": ("Pavlohrad", "town", 35.870, 48.520, "certain", "brief2026", ""),
    "Poltava": ("Poltava", "city", 34.569, 49.574, "certain", "brief2026", "Headquarters of Army Group South."),
    "Valuyki": ("Valuiky", "town", 38.100, 50.211, "certain", "brief2026", "Now in Russia (Valuiki)."),
    "Svyatogorsk": ("Sviatohirsk", "village", 37.580, 49.030, "certain", "brief2026", "Monastery town on the Donets below Izyum."),
    "Orelka": ("Orilka", "village", 36.008, 48.981, "certain", "brief2026", "On the Orelka, a left tributary of the Orel."),
    "Efremovka": ("Yefremivka", "village", 36.083, 49.435, "probable", "wikiorel", "Source of the Orel river; the research brief's remembered position (49.22, 36.15) is replaced by the river gazetteer's."),
    "Verkhniy Bishkin": ("Verkhnii Bishkyn", "village", 36.338, 49.485, "probable", "brief2026;wikibishkin", "Right-flank edge of the 6th Army's jump-off sector on 12 May."),
    "Nizhniy Bishkin": ("Nyzhnii Bishkyn", "village", 36.407, 49.530, "probable", "wikibishkin", "On the right bank of the Donets."),
    "Gomolsha": ("Sukha Homilsha", "village", 36.370, 49.580, "approximate", "brief2026", "On the Gomolsha stream that fixed the north edge of the pocket on 24 May."),
    "Andreevka": ("Andriivka", "village", 36.630, 49.530, "approximate", "glantz1998", "On the Donets between Zmiyev and Balakleya."),
    "Shebelinka": ("Shebelynka", "village", 36.550, 49.450, "approximate", "brief2026", "Taken by German armour on 24 May."),
    "Alekseevka": ("Oleksiivka", "village", 36.400, 49.340, "approximate", "brief2026", "Kostenko's headquarters in the pocket; position remembered, not verified."),
    "Mikhailovka": ("Mykhailivka", "village", 36.500, 49.305, "approximate", "brief2026", "Taken by Korpsgruppe Breith 08:00, 26 May."),
    "Krutoyarka": ("Krutoiarka", "village", 36.560, 49.270, "approximate", "brief2026", "Bereka valley; taken 11:05, 26 May."),
    "Lozovenka": ("Lozovenky", "village", 36.720, 49.262, "approximate", "brief2026", "In the bend of the Bereka; last centre of resistance."),
    "Fedorovka": ("Fedorivka", "village", 36.650, 49.215, "approximate", "seed000", "The Krutoyarka-Fedorovka road carried the doomed columns on 26 May."),
    "Gusarovka": ("Husarivka", "village", 36.860, 49.370, "approximate", "brief2026", "About 10 km south of Balakleya; where Soviet accounts close the ring on 22 May."),
    "Bayrak": ("Bairak", "village", 36.920, 49.420, "approximate", "brief2026", ""),
    "Chepel": ("Chepil", "village", 36.980, 49.400, "approximate", "brief2026", "Retaken by 38th Army groups on 25 May."),
    "Volobuevka": ("Volobuivka", "village", 36.950, 49.360, "approximate", "brief2026", ""),
    "Petrovskaya": ("Petrivske", "village", 37.060, 49.360, "approximate", "brief2026", "On the Donets' west bank south-east of Balakleya."),
    "Protopopovka": ("Protopopivka", "village", 37.120, 49.300, "approximate", "brief2026", "Donets west bank north of Izyum."),
    "Kamenka": ("Kamianka", "village", 37.200, 49.170, "approximate", "brief2026", "South of Izyum."),
    "Dolgenkaya": ("Dovhenke", "village", 37.330, 49.080, "approximate", "brief2026", "Objective of XLIV Corps on 17 May."),
    "Aleksandrovka": ("Oleksandrivka", "village", 36.940, 48.670, "approximate", "brief2026;seed000", "Kleist's jump-off area on the upper Samara."),
    "Mayaki": ("Maiaky", "village", 37.720, 48.960, "approximate", "brief2026", "Site of the 9th Army's local operation, 7-15 May."),
    "Ternovaya": ("Ternova", "village", 36.530, 50.190, "approximate", "brief2026;seed000", "German strongpoint cut off and supplied from the air in mid-May."),
    "Nepokrytaya": ("Nepokryte", "village", 36.630, 50.030, "approximate", "brief2026;seed000", ""),
    "Taranovka": ("Taranivka", "village", 36.130, 49.630, "approximate", "brief2026", "On the Kharkov-Lozovaya railway; taken by XXI Tank Corps 17 May."),
    "Vlasovka": ("Vlasivka", "village", 35.800, 49.600, "approximate", "brief2026", "Where XXIII Tank Corps cut the Kharkov-Krasnograd railway on 17 May."),
    "Zolochev": ("Zolochiv", "town", 35.980, 50.280, "approximate", "brief2026", "Kharkov oblast, not the Lviv-oblast town."),
    "Lyubotin": ("Liubotyn", "town", 35.930, 49.950, "probable", "glantz1998", ""),
    "Valki": ("Valky", "town", 35.610, 49.840, "probable", "glantz1998", ""),
    "Novaya Vodolaga": ("Nova Vodolaha", "town", 35.870, 49.720, "probable", "glantz1998", ""),
    "Kegichevka": ("Kehychivka", "village", 35.760, 49.290, "approximate", "glantz1998", ""),
    "Pereshchepino": ("Pereshchepyne", "town", 35.360, 48.990, "probable", "wikiorel", "On the Orel."),
    "Petropavlovka": ("Petropavlivka", "village", 36.440, 48.450, "approximate", "glantz1998", "On the Samara."),
    "Velikiy Burluk": ("Velykyi Burluk", "town", 37.390, 50.060, "probable", "glantz1998", ""),
    "Shebekino": ("Shebekino", "town", 36.900, 50.400, "probable", "glantz1998", "Now in Russia."),
    "Svatovo": ("Svatove", "town", 38.160, 49.410, "probable", "glantz1998", "Approximate seat of the Southwestern Front's headquarters."),
    "Krasnopavlovka": ("Krasnopavlivka", "village", 36.350, 49.100, "approximate", "glantz1998", "Rear area of the 57th Army and Army Group Bobkin."),
}

# Rivers as vertex lists (lon, lat), upstream to downstream. The Donets list is also the
# boundary of the Soviet bank in build_areas.py, so its vertices matter.
DONETS = [
    (36.900, 50.750), (36.890, 50.400), (36.946, 50.288), (36.850, 50.180), (36.793, 50.078),
    (36.850, 49.970), (36.936, 49.865), (36.800, 49.840), (36.676, 49.835), (36.550, 49.780),
    (36.420, 49.720), (36.356, 49.688), (36.370, 49.580), (36.407, 49.530), (36.520, 49.530),
    (36.630, 49.530), (36.750, 49.480), (36.839, 49.456), (36.900, 49.4417), (36.950, 49.430),
    (37.030, 49.4166), (37.062, 49.411), (37.100, 49.376), (37.150, 49.330), (37.220, 49.260),
    (37.292, 49.224), (37.400, 49.150), (37.500, 49.070), (37.580, 49.030), (37.750, 49.020),
    (38.000, 48.950), (38.200, 48.900), (38.400, 48.900),
]

RIVERS = {
    "Seversky Donets": ("Siverskyi Donets", DONETS, "probable",
                        "Course drawn through the riverside towns named in the brief; bends simplified."),
    "Oskol": ("Oskil", [(37.850, 50.750), (37.700, 50.200), (37.617, 49.706), (37.550, 49.500),
                        (37.450, 49.330), (37.400, 49.150)], "approximate",
              "Joins the Donets below Izyum."),
    "Bereka": ("Bereka", [(36.120, 49.300), (36.300, 49.310), (36.400, 49.335), (36.500, 49.300),
                          (36.560, 49.268), (36.650, 49.250), (36.720, 49.258), (36.780, 49.285),
                          (36.870, 49.310), (36.960, 49.330), (37.040, 49.350), (37.100, 49.376)],
               "approximate", "Flows east through the pocket of late May into the Donets between Balakleya and Izyum."),
    "Orel": ("Oril", [(36.083, 49.435), (35.950, 49.360), (35.800, 49.280), (35.620, 49.220),
                      (35.480, 49.130), (35.380, 49.030), (35.100, 48.950), (34.800, 48.900),
                      (34.450, 48.850)], "probable",
             "Rises at Efremovka and runs south-west towards the Dnieper."),
    "Berestovaya": ("Berestova", [(35.350, 49.600), (35.420, 49.470), (35.457, 49.372),
                                  (35.490, 49.250), (35.480, 49.130)], "approximate",
                    "Flows south through Krasnograd into the Orel."),
    "Udy": ("Udy", [(35.900, 50.420), (36.050, 50.150), (36.180, 50.000), (36.300, 49.920),
                    (36.380, 49.820), (36.420, 49.720)], "approximate",
            "Passes Kharkov and joins the Donets above Zmiyev."),
    "Mzha": ("Mzha", [(35.450, 49.830), (35.610, 49.840), (35.850, 49.780), (36.050, 49.760),
                      (36.250, 49.710), (36.356, 49.688)], "approximate",
             "Runs east past Valki and south of Merefa to the Donets at Zmiyev."),
    "Samara": ("Samara", [(36.960, 48.700), (36.700, 48.560), (36.440, 48.450), (36.100, 48.440),
                          (35.870, 48.520), (35.500, 48.450), (35.100, 48.420), (34.990, 48.470)],
               "approximate", "From south of Barvenkovo past Pavlograd to Dnepropetrovsk."),
}

RAILWAYS = {
    "Kharkov-Merefa-Lozovaya railway": [(36.229, 50.000), (36.050, 49.820), (36.130, 49.630),
                                        (36.220, 49.380), (36.280, 49.100), (36.316, 48.889)],
    "Lozovaya-Barvenkovo-Slavyansk railway": [(36.316, 48.889), (36.650, 48.900), (37.013, 48.907),
                                              (37.350, 48.850), (37.625, 48.870)],
    "Kharkov-Merefa-Krasnograd railway": [(36.050, 49.820), (35.800, 49.600), (35.600, 49.470),
                                          (35.457, 49.372), (35.300, 49.100), (35.150, 48.800)],
    "Kharkov-Chuguev-Kupyansk railway": [(36.229, 50.000), (36.450, 49.900), (36.676, 49.835),
                                         (36.950, 49.780), (37.170, 49.700), (37.617, 49.706)],
    "Zmiyev-Balakleya-Savintsy-Izyum-Slavyansk railway": [(36.356, 49.688), (36.600, 49.580),
                                                          (36.839, 49.456), (37.062, 49.411),
                                                          (37.292, 49.224), (37.500, 49.000),
                                                          (37.625, 48.870)],
    "Kharkov-Belgorod railway": [(36.229, 50.000), (36.350, 50.300), (36.586, 50.598)],
    "Kharkov-Lyubotin-Poltava railway": [(36.229, 50.000), (35.930, 49.950), (35.610, 49.840),
                                         (35.100, 49.700), (34.569, 49.574)],
}
RAILWAY_MODERN = {
    "Kharkov-Merefa-Lozovaya railway": "Kharkiv-Merefa-Lozova",
    "Lozovaya-Barvenkovo-Slavyansk railway": "Lozova-Barvinkove-Sloviansk",
    "Kharkov-Merefa-Krasnograd railway": "Kharkiv-Merefa-Krasnohrad",
    "Kharkov-Chuguev-Kupyansk railway": "Kharkiv-Chuhuiv-Kupiansk",
    "Zmiyev-Balakleya-Savintsy-Izyum-Slavyansk railway": "Zmiiv-Balakliia-Izium-Sloviansk",
    "Kharkov-Belgorod railway": "Kharkiv-Bilhorod",
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
