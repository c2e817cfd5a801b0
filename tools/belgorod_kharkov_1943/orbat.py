"""Order of battle and daily anchors of the 1943 dataset: (date, lon, lat) points, interpolated between."""

S, A = "soviet", "axis"
# id: (name, side, echelon, branch, parent, commander, sidc, sources, note, anchors)
FORMATIONS = {
    "sov-vf": ("Voronezh Front", S, "front", "headquarters", "", "Gen. N. F. Vatutin", "SFGPU------L---", "glantzhouse1999;buttar2019",
               "Marker at a representative headquarters position behind the breakthrough sector.",
               [("1943-08-03", 36.30, 50.95), ("1943-08-12", 35.95, 50.62), ("1943-08-23", 35.75, 50.45)]),
    "sov-stf": ("Steppe Front", S, "front", "headquarters", "", "Col-Gen. I. S. Konev", "SFGPU------L---", "glantzhouse1999;konev1972",
                "Marker at a representative headquarters position.",
                [("1943-08-03", 36.85, 50.80), ("1943-08-12", 36.55, 50.45), ("1943-08-23", 36.45, 50.20)]),
    "sov-1ta": ("1st Tank Army", S, "army", "armour", "sov-vf", "Lt-Gen. M. E. Katukov", "SFGPUCA----K---", "glantzhouse1999;katukov1974",
                "Exploitation force of the Voronezh Front's main blow.",
                [("1943-08-03", 36.05, 50.80), ("1943-08-05", 36.05, 50.55), ("1943-08-07", 35.60, 50.22),
                 ("1943-08-11", 35.60, 50.00), ("1943-08-13", 35.55, 50.12), ("1943-08-17", 35.45, 50.20),
                 ("1943-08-19", 35.32, 50.25), ("1943-08-23", 35.25, 50.30)]),
    "sov-5gta": ("5th Guards Tank Army", S, "army", "armour", "sov-vf", "Lt-Gen. P. A. Rotmistrov", "SFGPUCA----K---", "glantzhouse1999;rotmistrov1984",
                 "Voronezh Front's second exploitation force; passed to the Steppe Front on 9 August and sent round Kharkov from the west.",
                 [("1943-08-03", 36.25, 50.82), ("1943-08-05", 36.30, 50.50), ("1943-08-07", 36.00, 50.28),
                  ("1943-08-11", 35.85, 50.08), ("1943-08-13", 35.80, 50.10), ("1943-08-17", 35.85, 50.10),
                  ("1943-08-19", 35.95, 50.06), ("1943-08-22", 36.00, 50.05), ("1943-08-23", 36.05, 50.02)]),
    "sov-5ga": ("5th Guards Army", S, "army", "infantry", "sov-vf", "Lt-Gen. A. S. Zhadov", "SFGPUCI----K---", "glantzhouse1999;buttar2019",
                "Broke the German line with the 6th Guards Army on 3 August.",
                [("1943-08-03", 36.30, 50.80), ("1943-08-05", 36.20, 50.52), ("1943-08-07", 36.15, 50.32),
                 ("1943-08-11", 36.05, 50.15), ("1943-08-17", 36.00, 50.12), ("1943-08-23", 36.02, 50.05)]),
    "sov-6ga": ("6th Guards Army", S, "army", "infantry", "sov-vf", "Lt-Gen. I. M. Chistyakov", "SFGPUCI----K---", "glantzhouse1999;buttar2019",
                "Broke in with the 5th Guards Army; thrown back behind the Merla by the counter-stroke of 15 August.",
                [("1943-08-03", 36.10, 50.82), ("1943-08-05", 35.95, 50.70), ("1943-08-07", 35.60, 50.40),
                 ("1943-08-11", 35.40, 50.20), ("1943-08-15", 35.40, 50.20), ("1943-08-17", 35.40, 50.20),
                 ("1943-08-23", 35.45, 50.12)]),
    "sov-27a": ("27th Army", S, "army", "infantry", "sov-vf", "Lt-Gen. S. G. Trofimenko", "SFGPUCI----K---", "glantzhouse1999;buttar2019",
                "Right wing; drove on Akhtyrka and took the German blow of 18 August.",
                [("1943-08-03", 35.60, 50.90), ("1943-08-07", 35.55, 50.55), ("1943-08-11", 35.15, 50.40),
                 ("1943-08-17", 35.10, 50.38), ("1943-08-19", 35.20, 50.36), ("1943-08-23", 35.10, 50.30)]),
    "sov-40a": ("40th Army", S, "army", "infantry", "sov-vf", "Lt-Gen. K. S. Moskalenko", "SFGPUCI----K---", "moskalenko1972;glantzhouse1999",
                "Right wing; closed on the Akhtyrka group from the north.",
                [("1943-08-03", 35.35, 50.95), ("1943-08-07", 35.20, 50.80), ("1943-08-11", 35.10, 50.60),
                 ("1943-08-17", 35.05, 50.50), ("1943-08-23", 34.95, 50.45)]),
    "sov-47a": ("47th Army", S, "army", "infantry", "sov-vf", "", "SFGPUCI----K---", "glantzhouse1999;buttar2019",
                "From the Stavka reserve; attacked north of Akhtyrka from 18 August. Commander not given in the sources used.",
                [("1943-08-17", 34.90, 50.80), ("1943-08-19", 34.65, 50.55), ("1943-08-23", 34.75, 50.45)]),
    "sov-4ga": ("4th Guards Army", S, "army", "infantry", "sov-vf", "", "SFGPUCI----K---", "glantzhouse1999;buttar2019",
                "From the Stavka reserve; deployed west of Bogodukhov about 19 August. Commander not given in the sources used.",
                [("1943-08-17", 35.60, 50.45), ("1943-08-19", 35.45, 50.30), ("1943-08-23", 35.35, 50.25)]),
    "sov-53a": ("53rd Army", S, "army", "infantry", "sov-stf", "Lt-Gen. I. M. Managarov", "SFGPUCI----K---", "glantzhouse1999;konev1972",
                "Attacked north of Belgorod on 3 August, then on Kharkov from the north-west.",
                [("1943-08-03", 36.45, 50.78), ("1943-08-05", 36.40, 50.50), ("1943-08-07", 36.30, 50.32),
                 ("1943-08-11", 36.15, 50.15), ("1943-08-17", 36.10, 50.10), ("1943-08-22", 36.12, 50.09),
                 ("1943-08-23", 36.15, 50.00)]),
    "sov-69a": ("69th Army", S, "army", "infantry", "sov-stf", "Lt-Gen. V. D. Kryuchenkin", "SFGPUCI----K---", "glantzhouse1999;konev1972",
                "Belgorod, then Kharkov from the north.",
                [("1943-08-03", 36.60, 50.72), ("1943-08-05", 36.55, 50.55), ("1943-08-07", 36.45, 50.36),
                 ("1943-08-11", 36.30, 50.13), ("1943-08-17", 36.25, 50.09), ("1943-08-22", 36.25, 50.08),
                 ("1943-08-23", 36.25, 50.03)]),
    "sov-7ga": ("7th Guards Army", S, "army", "infantry", "sov-stf", "Lt-Gen. M. S. Shumilov", "SFGPUCI----K---", "glantzhouse1999;konev1972",
                "Crossed the Donets south of Belgorod; Kharkov from the north-east.",
                [("1943-08-03", 36.75, 50.52), ("1943-08-07", 36.65, 50.30), ("1943-08-11", 36.50, 50.05),
                 ("1943-08-17", 36.42, 50.02), ("1943-08-22", 36.40, 50.00), ("1943-08-23", 36.35, 49.98)]),
    "sov-57a": ("57th Army", S, "army", "infantry", "sov-stf", "Lt-Gen. N. A. Gagen", "SFGPUCI----K---", "glantzhouse1999;konev1972",
                "From the Southwestern Front; with the Steppe Front from 9 August; over the Donets at Chuguev and on Kharkov from the east and south-east.",
                [("1943-08-03", 36.95, 49.90), ("1943-08-11", 36.70, 49.90), ("1943-08-13", 36.55, 49.90),
                 ("1943-08-17", 36.48, 49.85), ("1943-08-22", 36.42, 49.85), ("1943-08-23", 36.38, 49.85)]),
    "axis-hgs": ("Army Group South", A, "army_group", "headquarters", "", "Field Marshal E. von Manstein", "SHGPU------L---", "ziemke1968;manstein1958",
                 "Headquarters beyond the map (Zaporozhye); marker at a representative position.",
                 [("1943-08-03", 34.30, 49.60)]),
    "axis-4pa": ("4th Panzer Army", A, "army", "armour", "axis-hgs", "Col-Gen. H. Hoth", "SHGPUCA----K---", "ziemke1968;glantzhouse1999",
                 "West of the breakthrough; its LII Corps was broken on 3-4 August.",
                 [("1943-08-03", 35.30, 50.60), ("1943-08-11", 34.70, 50.20), ("1943-08-23", 34.60, 50.10)]),
    "axis-akk": ("Armeeabteilung Kempf", A, "army", "infantry", "axis-hgs", "Gen. W. Kempf", "SHGPUCI----K---", "ziemke1968;glantzhouse1999",
                 "Held Belgorod and Kharkov. Kempf was relieved in mid-August and the command, under Wohler, became the 8th Army (the sources differ on the day).",
                 [("1943-08-03", 36.30, 50.30), ("1943-08-11", 36.00, 49.85), ("1943-08-23", 35.95, 49.75)]),
    # Issue #26: the German infantry. The English Wikipedia article "Belgorod-Bogodukhov offensive
    # operation" (read 2026-12-07) names the 332nd and 167th Infantry Divisions as the defences broken
    # between Tomarovka and Belgorod on 3 August and XI Army Corps on both sides of Belgorod; the
    # points are the authors' (which division stood west is not said), and the divisions' tracks end
    # on 5 August, where the passage read stops following them (LAST_DAY).
    "axis-11k": ("XI Army Corps", A, "corps", "infantry", "axis-akk", "Gen. E. Raus", "SHGPUCI----J---", "",
                 "On both sides of Belgorod from 23 July; Belgorod was given up on the night of 5-6 August. Under Raus it then held south of the city between the Donets and the Lopan, north of Kharkov, back on the city's northern defences by 12 August; not followed after that.",
                 [("1943-08-03", 36.62, 50.50), ("1943-08-05", 36.50, 50.40), ("1943-08-06", 36.52, 50.30),
                  ("1943-08-12", 36.40, 50.07)]),
    "axis-332id": ("332nd Infantry Division", A, "division", "infantry", "axis-4pa", "", "SHGPUCI----I---", "",
                   "Its defences between Tomarovka and Belgorod were broken on 3 August. Placed west of the 167th by the authors: the passage read does not say which stood where.",
                   [("1943-08-03", 35.95, 50.72), ("1943-08-04", 35.90, 50.62)]),
    "axis-167id": ("167th Infantry Division", A, "division", "infantry", "axis-4pa", "", "SHGPUCI----I---", "",
                   "Its defences between Tomarovka and Belgorod were broken on 3 August. Placed east of the 332nd by the authors.",
                   [("1943-08-03", 36.25, 50.70), ("1943-08-04", 36.28, 50.56)]),
    "axis-3pk": ("III Panzer Corps", A, "corps", "armour", "axis-akk", "Gen. H. Breith", "SHGPUCA----J---", "nipe1996;glantzhouse1999",
                 "Led the counter-stroke south of Bogodukhov, 11-17 August.",
                 [("1943-08-07", 35.75, 49.85), ("1943-08-11", 35.60, 49.85), ("1943-08-15", 35.40, 50.05),
                  ("1943-08-19", 35.55, 49.93), ("1943-08-23", 35.70, 49.90)]),
    "axis-gd": ("Grossdeutschland", A, "division", "motorised", "axis-4pa", "", "SHGPUCIM---I---", "glantzhouse1999;buttar2019;nipe1996",
                "Brought back from the Orel front; at Trostyanets about 9 August, then led the Akhtyrka attack of 18 August (15 August in one account).",
                [("1943-08-07", 34.60, 50.60), ("1943-08-09", 34.85, 50.42), ("1943-08-13", 34.88, 50.33),
                 ("1943-08-18", 35.05, 50.28), ("1943-08-20", 35.10, 50.26), ("1943-08-23", 34.93, 50.28)]),
    "axis-dasreich": ("2nd SS Panzer Grenadier Division Das Reich", A, "division", "armour", "axis-3pk", "", "SHGPUCA----I---", "nipe1996;glantzhouse1999",
                      "Arrived south and south-east of Bogodukhov on 8-9 August; held west of Kharkov at the end.",
                      [("1943-08-07", 35.90, 49.75), ("1943-08-09", 35.60, 50.03), ("1943-08-13", 35.55, 50.00),
                       ("1943-08-15", 35.45, 50.06), ("1943-08-19", 35.70, 49.94), ("1943-08-23", 35.97, 49.92)]),
    "axis-totenkopf": ("3rd SS Panzer Grenadier Division Totenkopf", A, "division", "armour", "axis-3pk", "", "SHGPUCA----I---", "nipe1996;glantzhouse1999",
                       "At Kovyagi on 11 August; the counter-stroke west of Bogodukhov on 15 August; linked with Grossdeutschland about 20 August.",
                       [("1943-08-07", 35.30, 49.80), ("1943-08-11", 35.50, 49.87), ("1943-08-15", 35.30, 50.08),
                        ("1943-08-19", 35.20, 50.10), ("1943-08-23", 35.15, 50.08)]),
    "axis-wiking": ("5th SS Panzer Grenadier Division Wiking", A, "division", "armour", "axis-3pk", "", "SHGPUCA----I---", "nipe1996;glantzhouse1999",
                    "Arrived near Stary Merchik about 10 August; attacked south and south-east of Bogodukhov.",
                    [("1943-08-09", 35.85, 49.85), ("1943-08-11", 35.75, 49.93), ("1943-08-13", 35.65, 49.98),
                     ("1943-08-23", 35.80, 49.93)]),
    "axis-3pd": ("3rd Panzer Division", A, "division", "armour", "axis-3pk", "", "SHGPUCA----I---", "glantzhouse1999;nipe1996",
                 "With Das Reich against the Soviet tank corps south of Bogodukhov from 10 August.",
                 [("1943-08-07", 35.80, 49.95), ("1943-08-11", 35.70, 49.97), ("1943-08-23", 35.88, 49.95)]),
    "axis-19pd": ("19th Panzer Division", A, "division", "armour", "axis-4pa", "", "SHGPUCA----I---", "glantzhouse1999;buttar2019",
                  "Gave up Tomarovka on 5 August and fell back down the Vorskla.",
                  [("1943-08-03", 36.20, 50.68), ("1943-08-05", 36.00, 50.60), ("1943-08-07", 35.30, 50.45),
                   ("1943-08-11", 34.95, 50.25), ("1943-08-23", 34.85, 50.25)]),
    "axis-6pd": ("6th Panzer Division", A, "division", "armour", "axis-akk", "", "SHGPUCA----I---", "glantzhouse1999;buttar2019",
                 "With Kempf's forces north of Kharkov.",
                 [("1943-08-03", 36.45, 50.55), ("1943-08-07", 36.30, 50.20), ("1943-08-11", 36.20, 50.03),
                  ("1943-08-23", 36.10, 49.85)]),
    "axis-7pd": ("7th Panzer Division", A, "division", "armour", "axis-4pa", "", "SHGPUCA----I---", "glantzhouse1999;moskalenko1972",
                 "Counter-attacked the 40th Army from 6 August; later in the Akhtyrka group.",
                 [("1943-08-05", 35.20, 50.75), ("1943-08-07", 35.10, 50.70), ("1943-08-11", 34.90, 50.40),
                  ("1943-08-23", 34.80, 50.30)]),
    # Issue #26: the order of battle to 40 formations, each on a passage read (the citations are in
    # provenance.FORMATIONS_CITED). German: XLVIII Panzer Corps (the Belgorod-Bogodukhov article's
    # infobox; north of Belgorod on 4 August in a web chronology), LII Army Corps (the same
    # chronology: broken round Tomarovka on 3-4 August, its headquarters dispersed on the 4th), and
    # the infantry of XI Corps south of Belgorod from 6 August (the Belgorod-Khar'kov article: the
    # 168th, 106th, 198th and 320th Infantry Divisions, between the Donets and the Lopan, back on
    # Kharkov's northern defences by 12 August, when the 168th broke). The points are the authors'.
    "axis-48pk": ("XLVIII Panzer Corps", A, "corps", "armour", "axis-4pa", "", "SHGPUCA----J---", "",
                  "North of Belgorod on 4 August with XI Corps' left wing against the 53rd and 69th Armies, its sector then stretched to cover LII Corps' open flank. Its later course is not followed here.",
                  [("1943-08-03", 36.42, 50.64), ("1943-08-05", 36.30, 50.50)]),
    "axis-52k": ("LII Army Corps", A, "corps", "infantry", "axis-4pa", "", "SHGPUCI----J---", "",
                 "Held the line round Tomarovka that the 5th and 6th Guards Armies broke on 3-4 August; Soviet tanks dispersed its headquarters on 4 August, after which it is not followed.",
                 [("1943-08-03", 36.12, 50.70), ("1943-08-04", 36.05, 50.63)]),
    "axis-168id": ("168th Infantry Division", A, "division", "infantry", "axis-11k", "", "SHGPUCI----I---", "",
                   "With XI Corps between the Donets and the Lopan from 6 August; broke up in the fighting for Kharkov's northern defences about 12 August.",
                   [("1943-08-06", 36.62, 50.30), ("1943-08-12", 36.45, 50.10)]),
    "axis-106id": ("106th Infantry Division", A, "division", "infantry", "axis-11k", "", "SHGPUCI----I---", "",
                   "With XI Corps between the Donets and the Lopan from 6 August, back on Kharkov's northern defences by 12 August. Placed by the authors: the passage read gives the corps' sector, not the division's.",
                   [("1943-08-06", 36.50, 50.33), ("1943-08-12", 36.38, 50.08)]),
    "axis-198id": ("198th Infantry Division", A, "division", "infantry", "axis-11k", "", "SHGPUCI----I---", "",
                   "With XI Corps between the Donets and the Lopan from 6 August, back on Kharkov's northern defences by 12 August. Placed by the authors: the passage read gives the corps' sector, not the division's.",
                   [("1943-08-06", 36.38, 50.36), ("1943-08-12", 36.30, 50.08)]),
    "axis-320id": ("320th Infantry Division", A, "division", "infantry", "axis-11k", "", "SHGPUCI----I---", "",
                   "With XI Corps between the Donets and the Lopan from 6 August, back on Kharkov's northern defences by 12 August. Placed by the authors: the passage read gives the corps' sector, not the division's.",
                   [("1943-08-06", 36.72, 50.22), ("1943-08-12", 36.55, 50.02)]),
    # Soviet: the 1st Tank Army's two corps (its encyclopaedia article: the 6th Tank and 3rd
    # Mechanised Corps served with it from its formation), the 29th Tank Corps of the 5th Guards Tank
    # Army (its encyclopaedia article), and the armies on the two wings (codenames.info: the 46th on
    # the extreme left with the 57th, the 38th's deception on the Voronezh Front's extreme right).
    # The corps' points are derived from their army's (CORPS_OF_ARMY below).
    "sov-6tc": ("6th Tank Corps", S, "corps", "armour", "sov-1ta", "", "SFGPUCA----J---", "",
                "One of the 1st Tank Army's two corps from its formation in January 1943.", []),
    "sov-3mc": ("3rd Mechanised Corps", S, "corps", "motorised", "sov-1ta", "", "SFGPUCIM---J---", "",
                "One of the 1st Tank Army's two corps from its formation in January 1943.", []),
    "sov-29tc": ("29th Tank Corps", S, "corps", "armour", "sov-5gta", "I. F. Kirichenko", "SFGPUCA----J---", "",
                 "Of the 5th Guards Tank Army; fought in the Belgorod-Kharkov offensive. Kirichenko commanded it from 2 March 1943.", []),
    "sov-46a": ("46th Army", S, "army", "infantry", "", "Lt-Gen. V. V. Glagolev", "SFGPUCI----K---", "",
                "Of the Southwestern Front's right wing, with the 57th Army; played a limited part on the extreme left of the offensive. Placed by the authors on the Donets below Zmiev.",
                [("1943-08-03", 36.75, 49.53), ("1943-08-23", 36.60, 49.56)]),
    "sov-38a": ("38th Army", S, "army", "infantry", "sov-vf", "Lt-Gen. N. E. Chibisov", "SFGPUCI----K---", "",
                "On the Voronezh Front's extreme right; its radio traffic and troop movements were a deception, which proved unnecessary. Placed by the authors at the north-west corner of the map, beyond the 40th Army.",
                [("1943-08-03", 35.10, 51.04)]),
}

# Corps drawn with their army: (army, east offset, north offset) in degrees, about 5 km to a flank. The
# passages read name the corps in the army, not where each stood, so each point is derived from the
# army's anchor of the day (provenance.position_basis says so).
CORPS_OF_ARMY = {"sov-6tc": ("sov-1ta", -0.05, 0.03), "sov-3mc": ("sov-1ta", 0.05, -0.02),
                 "sov-29tc": ("sov-5gta", 0.05, 0.02)}
for _corps, (_army, _dx, _dy) in CORPS_OF_ARMY.items():
    FORMATIONS[_corps] = (*FORMATIONS[_corps][:9],
                          [(day, round(x + _dx, 4), round(y + _dy, 4)) for day, x, y in FORMATIONS[_army][9]])

# The day a formation brought from elsewhere is first engaged; before it, it is shown `moving`
# (issue #26: Das Reich and Totenkopf were engaged from 7 August although e-ss-arrive has the SS
# divisions arrive on 8-10 August by division).
ENGAGED_FROM = {"axis-dasreich": "1943-08-09", "axis-totenkopf": "1943-08-10", "axis-wiking": "1943-08-10"}

# The last day a formation is shown: after it, the sources read do not follow it.
LAST_DAY = {"axis-332id": "1943-08-05", "axis-167id": "1943-08-05", "axis-11k": "1943-08-12",
            "axis-48pk": "1943-08-05", "axis-52k": "1943-08-04", "axis-168id": "1943-08-12",
            "axis-106id": "1943-08-12", "axis-198id": "1943-08-12", "axis-320id": "1943-08-12"}

