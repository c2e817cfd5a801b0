"""The operation's text: operation.json, the movements, the events and the key moments."""

OPERATION = {
    "slug": "belgorod-kharkov-1943",
    "name": "Belgorod-Kharkov Offensive (Operation Polkovodets Rumyantsev)",
    "other_names": ["Operation Polkovodets Rumyantsev", "Belgorod-Kharkov Strategic Offensive Operation",
                    "Fourth Battle of Kharkov"],
    "start_date": "1943-08-03",
    "end_date": "1943-08-23",
    "bbox": [34.0, 49.45, 37.3, 51.1],
    "tagline": ("After Kursk, the Voronezh and Steppe Fronts break through north of Belgorod, hold off the "
                "panzer counter-attacks at Bogodukhov and Akhtyrka, and take Kharkov for good."),
    "summary": (
        "Three weeks after the German offensive at Kursk had been stopped, the Voronezh Front (Vatutin) and the Steppe Front "
        "(Konev) attacked the 4th Panzer Army and Armeeabteilung Kempf north-west of Belgorod on 3 August 1943. The 5th and 6th "
        "Guards Armies broke the line and the 1st Tank Army and 5th Guards Tank Army drove through: Belgorod fell on 5 August, "
        "Bogodukhov and Zolochev on 7 August. The Germans brought SS Das Reich, Totenkopf and Wiking, 3rd Panzer and Grossdeutschland "
        "in against the flanks of the breach, south of Bogodukhov (11-17 August) and south-east of Akhtyrka (18-20 August); they "
        "dented the line but did not restore it. Meanwhile the Steppe Front and the 57th Army closed on Kharkov from the north and "
        "east and the 5th Guards Tank Army swung round it from the west and south-west, until only the road and railway to Merefa "
        "were open; Manstein gave the city up and it was cleared on 23 August (its south-western districts later). Unlike May 1942, "
        "when one German double envelopment cut off three Soviet armies in the Barvenkovo bulge in a week, 1943 was a broad-front "
        "advance: blow after blow along the whole arc, river line after river line (Vorskla, Udy, Merla, Lopan, Donets), with no "
        "great pocket on either side. It cost the Red Army dearly: Krivosheev gives 71,611 irrecoverable and 183,955 sick and "
        "wounded, 255,566 in all; German losses were far smaller, and the figures for them vary."),
    "sides": [
        {"slug": "soviet", "name": "Soviet Union (Voronezh and Steppe Fronts)", "colour": "#c0392b"},
        {"slug": "axis", "name": "Germany (Army Group South)", "colour": "#2c3e50"},
    ],
}


def _m(mid, side, formation, kind, start, end, label, sources, coords, note="", certainty="approximate"):
    return ({"id": mid, "side": side, "formation": formation, "kind": kind, "start_date": start, "end_date": end,
             "label": label, "certainty": certainty, "sources": sources, "note": note}, [list(c) for c in coords])


MOVEMENTS = [
    _m("m-breakthrough", "soviet", "sov-5ga", "attack", "1943-08-03", "1943-08-05", "5th and 6th Guards Armies break through",
       "glantzhouse1999;buttar2019", [(36.25, 50.85), (36.2, 50.72), (36.15, 50.55)]),
    _m("m-1ta-bogodukhov", "soviet", "sov-1ta", "attack", "1943-08-03", "1943-08-07", "1st Tank Army drives on Bogodukhov",
       "glantzhouse1999;katukov1974", [(36.05, 50.8), (35.95, 50.55), (35.7, 50.3), (35.53, 50.18)]),
    _m("m-5gta-zolochev", "soviet", "sov-5gta", "attack", "1943-08-03", "1943-08-07", "5th Guards Tank Army drives on Zolochev",
       "glantzhouse1999;rotmistrov1984", [(36.25, 50.82), (36.2, 50.55), (36.0, 50.3)],
       "The sources differ on whether Zolochev was entered on 6 or taken on 7 August."),
    _m("m-belgorod", "soviet", "sov-69a", "attack", "1943-08-03", "1943-08-05", "Steppe Front on Belgorod",
       "glantzhouse1999;konev1972", [(36.6, 50.75), (36.59, 50.62)]),
    _m("m-1ta-kovyagi", "soviet", "sov-1ta", "attack", "1943-08-08", "1943-08-11", "1st Tank Army to the Kharkov-Poltava railway",
       "glantzhouse1999;katukov1974", [(35.55, 50.15), (35.56, 50.0), (35.56, 49.91)]),
    _m("m-right-wing", "soviet", "sov-27a", "attack", "1943-08-05", "1943-08-11", "Right wing on Trostyanets and Akhtyrka",
       "glantzhouse1999;moskalenko1972", [(35.6, 50.85), (35.3, 50.6), (35.05, 50.42)]),
    _m("m-cs-bogodukhov", "axis", "axis-3pk", "counterattack", "1943-08-11", "1943-08-17", "III Panzer Corps counter-attacks south of Bogodukhov",
       "nipe1996;glantzhouse1999", [(35.62, 49.83), (35.52, 49.98), (35.45, 50.08)],
       "Das Reich, Totenkopf, Wiking and 3rd Panzer; the gain over seven days was some 20 km."),
    _m("m-cs-merla", "axis", "axis-totenkopf", "counterattack", "1943-08-14", "1943-08-16", "Totenkopf and Das Reich against 6th Guards Army",
       "nipe1996;glantzhouse1999", [(35.35, 49.98), (35.32, 50.06), (35.35, 50.14)]),
    _m("m-cs-akhtyrka", "axis", "axis-gd", "counterattack", "1943-08-18", "1943-08-20", "Grossdeutschland attacks south-east from Akhtyrka",
       "glantzhouse1999;buttar2019", [(34.95, 50.3), (35.1, 50.27), (35.24, 50.21)],
       "A wedge of up to some 24 km; one account dates the attack to 15 August."),
    _m("m-40a-akhtyrka", "soviet", "sov-40a", "attack", "1943-08-18", "1943-08-21", "40th and 47th Armies close on Akhtyrka from the north",
       "moskalenko1972;glantzhouse1999", [(34.75, 50.6), (34.8, 50.47), (34.85, 50.38)]),
    _m("m-steppe-kharkov", "soviet", "sov-53a", "attack", "1943-08-08", "1943-08-23", "Steppe Front on Kharkov from the north",
       "konev1972;glantzhouse1999", [(36.3, 50.3), (36.2, 50.12), (36.22, 50.0)]),
    _m("m-57a-east", "soviet", "sov-57a", "attack", "1943-08-10", "1943-08-23", "57th Army over the Donets, on Kharkov from the east",
       "konev1972;glantzhouse1999", [(36.75, 49.88), (36.5, 49.9), (36.3, 49.93)]),
    _m("m-5gta-west", "soviet", "sov-5gta", "encirclement", "1943-08-13", "1943-08-23", "5th Guards Tank Army round Kharkov from the west and south-west",
       "rotmistrov1984;glantzhouse1999", [(35.85, 50.1), (35.97, 50.02), (36.06, 49.99), (36.14, 49.95)],
       "The envelopment was never closed: the Germans left by the Merefa road and railway."),
    _m("m-withdraw-kharkov", "axis", "axis-akk", "withdrawal", "1943-08-22", "1943-08-23", "Kempf's forces leave Kharkov towards Merefa",
       "manstein1958;ziemke1968", [(36.23, 49.98), (36.15, 49.88), (36.07, 49.83)]),
]


def _e(eid, day, title, text, importance, sources, at, certainty="certain", note="", time=None):
    return ({"id": eid, "date": day, "time": time, "title": title, "text": text, "importance": importance,
             "certainty": certainty, "sources": sources, "note": note}, at)


EVENTS = [
    _e("e-opening", "1943-08-03", "The offensive opens", "After a long artillery preparation the 5th and 6th Guards Armies attack north-west of Belgorod; the two tank armies are committed the same day to complete the breakthrough.",
       3, "glantzhouse1999;buttar2019", (36.2, 50.78), note="Accounts give the barrage as about three hours."),
    _e("e-forces", "1943-08-03", "The forces", "The Voronezh and Steppe Fronts attack with well over two thousand tanks and self-propelled guns against a German force a fraction of that size.",
       1, "glantzhouse1999", None, certainty="approximate", note="Strength figures vary widely between accounts."),
    _e("e-belgorod", "1943-08-05", "Belgorod liberated", "The Steppe Front takes Belgorod, and Tomarovka falls the same day. Moscow fires its first victory salute of the war for Belgorod and Orel.",
       3, "glantzhouse1999;konev1972", (36.581, 50.603)),
    _e("e-zolochev", "1943-08-07", "Zolochev", "The 5th Guards Tank Army takes Zolochev on the Udy, north-west of Kharkov.",
       2, "rotmistrov1984;glantzhouse1999", (35.978, 50.273), certainty="probable", note="Entered on 6 August by one account, taken on 7 August by others."),
    _e("e-bogodukhov", "1943-08-07", "Bogodukhov taken", "The 1st Tank Army's spearhead takes Bogodukhov on the Merla; the breach is now some 120 km wide and 60 km deep.",
       3, "glantzhouse1999;katukov1974", (35.526, 50.162)),
    _e("e-borisovka", "1943-08-07", "Borisovka and Graivoron", "The German forces cut off in the Vorskla valley round Borisovka break out westwards with heavy losses; Graivoron falls.",
       2, "glantzhouse1999;buttar2019", (35.85, 50.55), certainty="probable"),
    _e("e-ss-arrive", "1943-08-08", "SS panzer divisions arrive", "Das Reich and Totenkopf, brought from the Mius front, reach the area south of Bogodukhov; Wiking follows.",
       2, "nipe1996;glantzhouse1999", (35.6, 49.97), certainty="probable", note="Arrival dates 8-10 August by division."),
    _e("e-5gta-steppe", "1943-08-09", "5th Guards Tank Army to the Steppe Front", "Rotmistrov's army passes to Konev for the attack on Kharkov; the 57th Army joins the Steppe Front.",
       1, "glantzhouse1999;konev1972", None),
    _e("e-kovyagi", "1943-08-11", "The Kharkov-Poltava railway cut", "The 1st Tank Army reaches Kovyagi and cuts the Kharkov-Poltava railway; Chuguev on the Donets is taken.",
       2, "glantzhouse1999;katukov1974", (35.559, 49.904)),
    _e("e-cs-bogodukhov", "1943-08-12", "Counter-stroke at Bogodukhov", "III Panzer Corps strikes the 1st Tank Army's flank and pushes it back to the Merchik.",
       3, "nipe1996;glantzhouse1999", (35.6, 49.98)),
    _e("e-merla", "1943-08-15", "6th Guards Army behind the Merla", "Das Reich and Totenkopf hit the 6th Guards Army, which falls back behind the Merla south-west of Bogodukhov; the counter-stroke then runs out of strength.",
       2, "nipe1996;glantzhouse1999", (35.35, 50.1)),
    _e("e-akhtyrka", "1943-08-18", "Counter-stroke from Akhtyrka", "Grossdeutschland and the Akhtyrka group strike south-east into the 27th Army; the 40th and 47th Armies attack the group's northern flank.",
       3, "glantzhouse1999;buttar2019;moskalenko1972", (35.05, 50.28), certainty="probable", note="One account dates the attack to 15 August."),
    _e("e-zmiev", "1943-08-18", "Zmiev", "Zmiev, on the Donets south of Kharkov, is taken.",
       1, "konev1972", (36.362, 49.697), certainty="probable", note="17 or 18 August depending on the account."),
    _e("e-lebedin", "1943-08-19", "Lebedin", "The 47th Army's advance north-west of Akhtyrka takes Lebedin.",
       1, "glantzhouse1999", (34.48, 50.58), certainty="probable"),
    _e("e-tank-battle", "1943-08-21", "Tank battle west of Kharkov", "The 5th Guards Tank Army loses heavily against Das Reich and German anti-tank defences west of the city.",
       2, "rotmistrov1984;glantzhouse1999", (36.0, 49.99), certainty="probable", note="Loss claims on the two sides differ greatly."),
    _e("e-manstein", "1943-08-22", "Manstein gives Kharkov up", "With only the road and railway to Merefa open, Army Group South is allowed to abandon the city; Konev orders a night assault.",
       3, "manstein1958;ziemke1968;konev1972", (36.23, 49.95)),
    _e("e-kharkov", "1943-08-23", "Kharkov liberated", "Soviet troops storm the city from the small hours and clear its centre by midday; Moscow fires a salute. Akhtyrka, Lyubotin, Merefa and Valki remain in German hands for days or weeks.",
       3, "konev1972;glantzhouse1999", (36.231, 50.004), note="Some south-western districts were cleared only at the end of August."),
    _e("e-losses", "1943-08-23", "The cost", "Krivosheev gives the Soviet loss as 71,611 irrecoverable and 183,955 sick and wounded, 255,566 in all.",
       1, "krivosheev1997", None, note="German losses are far smaller; the published figures vary."),
]


def _k(kid, day, title, caption, zoom, at, sources, layers="", note=""):
    return ({"id": kid, "date": day, "time": None, "zoom": zoom, "title": title, "caption": caption,
             "layers": layers, "sources": sources, "note": note}, at)


KEY_MOMENTS = [
    _k("km-eve", "1943-08-03", "Kursk won, the counter-offensive opens", "The Voronezh and Steppe Fronts attack north-west of Belgorod along a broad arc, with two tank armies ready to go through the breach.", 8, (36.0, 50.55), "glantzhouse1999;buttar2019"),
    _k("km-belgorod", "1943-08-05", "Belgorod falls", "The Steppe Front takes Belgorod; the tank armies are already south of the Tomarovka-Belgorod line.", 9, (36.3, 50.55), "glantzhouse1999;konev1972"),
    _k("km-bogodukhov", "1943-08-07", "Bogodukhov and Zolochev", "The 1st Tank Army reaches Bogodukhov and the 5th Guards Tank Army Zolochev: a breach 120 km wide.", 9, (35.8, 50.3), "glantzhouse1999;katukov1974;rotmistrov1984"),
    _k("km-broad-front", "1943-08-11", "Not a pocket but a broad front", "In May 1942 a German double envelopment closed one ring round three Soviet armies. In August 1943 the Red Army pushes the whole line west, river after river, and no great pocket forms.", 8, (35.7, 50.2), "glantzhouse1999;buttar2019;glantz1998", "areas;fronts;movements;places", "Compare the 1942 key moment of the ring closing near Balakleya."),
    _k("km-cs-bogodukhov", "1943-08-12", "The SS panzer counter-stroke", "III Panzer Corps hits the 1st Tank Army south of Bogodukhov and throws it back to the Merchik.", 9, (35.55, 50.02), "nipe1996;glantzhouse1999"),
    _k("km-merla", "1943-08-15", "Dented, not broken", "The 6th Guards Army falls back behind the Merla, but the counter-stroke gains only some 20 km in a week.", 9, (35.4, 50.1), "nipe1996;glantzhouse1999"),
    _k("km-akhtyrka", "1943-08-18", "The Akhtyrka counter-stroke", "Grossdeutschland strikes south-east from Akhtyrka while the 40th and 47th Armies close on the town from the north.", 9, (35.0, 50.35), "glantzhouse1999;buttar2019;moskalenko1972"),
    _k("km-envelop", "1943-08-22", "Kharkov enveloped", "From north, east and west the Steppe Front closes round Kharkov; only the road and railway to Merefa remain open.", 10, (36.15, 49.95), "konev1972;glantzhouse1999;manstein1958"),
    _k("km-kharkov", "1943-08-23", "Kharkov liberated", "Soviet troops clear the city centre by midday. The front has moved some 100 km in three weeks.", 9, (35.9, 50.1), "konev1972;glantzhouse1999"),
]
