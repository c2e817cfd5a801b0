"""Write geodata/kharkov-1942/movements.geojson and ../events.geojson (authoring aid; the GeoJSON is the record).

Every movement must start inside its side's ground on its start date; the script checks this
against ../areas.geojson and exits non-zero otherwise. All text is our own summary of the sources.
"""
import json
import sys

from shapely.geometry import Point, shape
from shapely.ops import unary_union

from geodata.writer import write_layer
from tools.kharkov_1942 import DATA
B = "glantz1998"

# id, side, formation, kind, start, end, label, certainty, sources, note, coords
MOVEMENTS = [
    ("m-21a-north", "soviet", "sov-21a", "attack", 12, 14, "21st Army attacks west of Volchansk", "approximate", B, "", [(36.85, 50.40), (36.70, 50.38), (36.58, 50.32)]),
    ("m-28a-north", "soviet", "sov-28a", "attack", 12, 15, "28th Army from the Staryi Saltov bridgehead toward Kharkov", "approximate", B, "Reached the Kharkov and Murom rivers on 14 May, then stalled.", [(36.75, 50.10), (36.60, 50.12), (36.45, 50.18)]),
    ("m-38a-north", "soviet", "sov-38a", "attack", 12, 13, "38th Army from the Pechenegi bridgehead", "approximate", B + ";moskalenko1969", "", [(36.86, 49.92), (36.72, 49.98), (36.62, 50.02)]),
    ("m-6a-south", "soviet", "sov-6a", "attack", 12, 17, "6th Army toward Merefa", "approximate", B, "Southern shock group's main thrust, north-west out of the bulge.", [(36.40, 49.45), (36.25, 49.58), (36.13, 49.64), (36.06, 49.76)]),
    ("m-agb-south", "soviet", "sov-agb", "attack", 12, 16, "Army Group Bobkin toward Krasnograd", "approximate", B, "", [(36.09, 49.22), (35.85, 49.35), (35.55, 49.38)]),
    ("m-6cc-krasnograd", "soviet", "sov-6cc", "attack", 12, 16, "6th Cavalry Corps exploits to Krasnograd", "approximate", B, "Reached the town's edges but did not take it. Exception (arrow end): the corps fought on Krasnograd's edges and never took the town (e-krasnograd), so the arrow stops short of it.", [(36.10, 49.25), (35.85, 49.40), (35.52, 49.42)]),
    ("m-23tc-vlasovka", "soviet", "sov-23tc", "attack", 16, 17, "23rd Tank Corps to the Krasnograd railway", "approximate", B, "", [(36.25, 49.40), (35.95, 49.55), (35.80, 49.60)]),
    ("m-21tc-taranovka", "soviet", "sov-21tc", "attack", 16, 17, "21st Tank Corps to Taranovka", "approximate", B, "", [(36.35, 49.42), (36.22, 49.55), (36.13, 49.63)]),
    ("m-23pd-counter", "axis", "axis-23pd", "counterattack", 13, 15, "23rd Panzer counter-attacks the 38th Army", "approximate", B, "With part of the 3rd Panzer Division; the 22nd Tank Corps was badly hurt.", [(36.40, 49.95), (36.55, 49.98), (36.70, 49.96)]),
    ("m-3pd-ternovaya", "axis", "axis-3pd", "relief", 15, 18, "3rd Panzer pushes to relieve Ternovaya", "approximate", B, "The date the garrison was reached is uncertain; the areas show it reconnected on 18 May.", [(36.35, 50.05), (36.45, 50.12), (36.53, 50.19)]),
    ("m-168id-north", "axis", "axis-168id", "counterattack", 15, 16, "168th Infantry Division against the 21st Army", "approximate", B, "", [(36.50, 50.42), (36.62, 50.40)]),
    ("m-3mk-pincer", "axis", "axis-3mk", "encirclement", 17, 23, "III Motorised Corps: the southern pincer", "probable", "glantz1998;ziemke1987", "From the Aleksandrovka area through Barvenkovo toward the Donets south of Balakleya.", [(36.94, 48.66), (37.01, 48.91), (36.93, 49.10), (36.86, 49.22), (36.84, 49.34)]),
    ("m-44k-izyum", "axis", "axis-44k", "attack", 17, 20, "XLIV Corps from Slavyansk up the Donets", "probable", "glantz1998;ziemke1987", "Via Dolgenkaya and southern Izyum toward Petrovskaya, on the Donets' south bank (the arrow stays on the bank XLIV Corps advanced along).", [(37.60, 48.88), (37.33, 49.08), (37.20, 49.13), (37.02, 49.14)]),
    ("m-1gd-lozovaya", "axis", "axis-1gd", "attack", 17, 21, "1st Mountain Division toward Lozovaya", "approximate", B, "", [(36.75, 48.60), (36.62, 48.75), (36.32, 48.89)]),
    ("m-14pd-linkup", "axis", "axis-14pd", "encirclement", 20, 23, "14th Panzer Division drives for the link-up", "probable", B, "Struck the 57th Army's flank on 20 May, then turned north-east to meet Breith.", [(37.00, 48.92), (36.80, 49.10), (36.86, 49.36)]),
    ("m-6a-merefa", "axis", "axis-6a", "counterattack", 19, 22, "6th Army attacks from the Merefa area", "approximate", B, "Paulus's general attack ordered by Bock on 19 May.", [(36.05, 49.78), (36.10, 49.62), (36.20, 49.52)]),
    ("m-breith-linkup", "axis", "axis-breith", "encirclement", 22, 23, "Korpsgruppe Breith from Balakleya: the northern pincer", "probable", "bock1996;glantz1998", "Attacked at 02:30 on 23 May and met the 14th Panzer Division at 08:30 (German account); Soviet accounts close the ring on 22 May.", [(36.84, 49.45), (36.86, 49.37)]),
    ("m-breith-bereka", "axis", "axis-breith", "attack", 26, 26, "Breith through Mikhailovka and Krutoyarka to the Bereka bend", "probable", "otkudarodom-1942", "Mikhailovka at 08:00, Krutoyarka by 11:05, his armour turned on Lozovenka and the Bereka bend at 09:40 (the web chronicle's entry of 26 May 1942, Berlin time). Exception (river crossing): the Bereka's middle course is schematic (only its mouth is fixed, see the operation's README), so the arrow's crossings of its traced line are not claims about the ground.", [(36.40, 49.42), (36.37, 49.36), (36.43, 49.335), (36.56, 49.285), (36.67, 49.255)]),
    ("m-21tc-counter", "soviet", "sov-21tc", "counterattack", 20, 21, "21st Tank Corps strikes back at Protopopovka", "approximate", B, "Briefly retook the village on 21 May.", [(36.60, 49.22), (36.78, 49.26), (36.89, 49.245)]),
    ("m-9a-withdrawal", "soviet", "sov-9a", "withdrawal", 18, 19, "9th Army falls back over the Donets", "approximate", B, "", [(37.05, 49.12), (37.20, 49.22), (37.35, 49.28)]),
    ("m-6a-withdrawal", "soviet", "sov-6a", "withdrawal", 20, 22, "6th Army's shock group pulls back east", "approximate", B, "Timoshenko ordered Kostenko's grouping withdrawn by the end of 22 May.", [(36.15, 49.58), (36.30, 49.45), (36.45, 49.35)]),
    ("m-agb-withdrawal", "soviet", "sov-agb", "withdrawal", 19, 22, "Army Group Bobkin gives up the Krasnograd approaches", "approximate", B, "", [(35.60, 49.38), (35.85, 49.33), (36.10, 49.30)]),
    ("m-breakout-25", "soviet", "sov-sg", "breakout", 25, 25, "First mass breakout toward Savintsy", "probable", B, "", [(36.45, 49.33), (36.70, 49.33), (36.86, 49.38), (36.98, 49.40)]),
    ("m-38a-relief", "soviet", "sov-38a", "relief", 25, 26, "38th Army groups attack over the Donets toward Bayrak and Gusarovka", "probable", B + ";moskalenko1969", "Chepel was taken by the evening of 25 May.", [(37.05, 49.43), (36.98, 49.40), (36.88, 49.38)]),
    ("m-breakout-26", "soviet", "sov-6a", "breakout", 26, 27, "Breakout along the Bereka toward the Donets", "approximate", B, "", [(36.70, 49.265), (36.80, 49.32), (36.95, 49.38)]),
    ("m-breakout-27", "soviet", "", "breakout", 27, 28, "Night breakouts toward the Donets", "approximate", B, "Groups of all the encircled formations.", [(36.70, 49.258), (36.85, 49.30), (37.00, 49.39)]),
    ("m-batyunya", "soviet", "", "breakout", 28, 29, "Batyunya's group breaks out", "approximate", B, "Met by Gurov's T-34s on 29 May; a single account.", [(36.70, 49.258), (36.85, 49.33), (36.98, 49.40)]),
    ("m-gurov", "soviet", "sov-38a", "relief", 29, 29, "Gurov's T-34s meet the escaping columns", "approximate", B, "", [(36.99, 49.40), (36.88, 49.36)]),
]

# id, day, time, title, text, importance, certainty, sources, note, point-or-None
EVENTS = [
    ("e-postponed", 11, None, "Eve of the offensive", "The Soviet attack, first set for 5 May, now stands ready for 12 May. Paulus had sent in his final plan for Fridericus on 10 May; the German operation was timed for 17-18 May, so both sides were preparing to attack the same bulge.", 1, "certain", "glantz1998", "", None),
    ("e-strengths", 11, None, "The forces", "The Soviet side commits some 765,000 men and about 1,200 tanks; Army Group South's forces in the sector are put at about 350,000 men, 447 tanks and 591 aircraft.", 1, "approximate", "glantz1998", "Strength figures vary widely between accounts; these are the figures usually given after Glantz.", None),
    ("e-mayaki", 11, None, "9th Army's local attack at Mayaki", "The 9th Army is tied down in a local operation around Mayaki on the Donets (7-15 May).", 1, "probable", "glantz1998", "", (37.72, 48.96)),
    ("e-bombardment", 12, "06:30", "Artillery and air preparation", "An hour of artillery fire, closed by air strikes, opens the offensive on both the northern and southern axes.", 3, "certain", "glantz1998", "", None),
    ("e-assault-north", 12, "07:30", "Northern shock group attacks", "The 21st, 28th and 38th Armies go in from the Volchansk-Staryi Saltov-Pechenegi sector and break into the 294th and 79th Infantry Divisions, about 6-10 km deep by nightfall.", 3, "probable", "glantz1998", "", (36.75, 50.10)),
    ("e-assault-south", 12, "07:30", "Southern shock group attacks", "The 6th Army and Army Group Bobkin attack between Verkhniy Bishkin and Mironovka, 12-15 km deep on a 40 km front, reaching the Orel; the 6th Cavalry Corps and 7th Tank Brigade are pointed at Krasnograd.", 3, "probable", "bagramyan1977", "", (36.30, 49.48)),
    ("e-nepokrytaya", 12, None, "Fighting at Nepokrytaya", "The Germans counter-attack three times around Nepokrytaya. Moskalenko learns he faces two German divisions, not the one expected.", 2, "probable", "moskalenko1969", "", (36.622, 50.072)),
    ("e-23pd-counter", 13, None, "German armour strikes the 38th Army", "The 23rd Panzer Division (181 tanks) with part of the 3rd Panzer counter-attacks and wrecks the 22nd Tank Corps. Paulus is given three infantry divisions and a panzer division to hold Kharkov.", 2, "probable", "glantz1998", "", (36.62, 49.98)),
    ("e-south-breach", 13, None, "Southern breach widens", "The gap south of Kharkov is now about 55 km wide and 25-50 km deep; the 6th Cavalry Corps crosses the Orel.", 2, "probable", "glantz1998", "", (35.75, 49.40)),
    ("e-14may-north", 14, None, "Northern attack runs down", "The 28th Army gains another 6-8 km to the Kharkov and Murom rivers but can attack no further; German armour drives toward Peremoga and the 38th Army gives up Nepokrytaya.", 2, "probable", "bagramyan1977", "", (36.45, 50.18)),
    ("e-kleist-ordered", 14, None, "Hitler orders Kleist to strike", "By 14 May Hitler has briefed Kleist: the 1st Panzer Army is to take the initiative against the bulge's southern face.", 2, "probable", "gsww6;glantz1998", "", None),
    ("e-timoshenko-report", 14, None, "Timoshenko reports progress", "Timoshenko tells Moscow of about 25 km gained near Volchansk and 40 km toward Krasnograd.", 1, "probable", "glantz1998", "", None),
    ("e-luftwaffe-15", 15, None, "The Luftwaffe checks the offensive", "The reinforced IV Fliegerkorps (bomber wings KG 27, 51, 55 and 76 and the dive-bombers of StG 77) throws its weight onto the battlefield; the 38th Army goes over to the defensive and Halder credits the air attacks with stopping the offensive.", 3, "probable", "hayward1998;glantz1998", "", None),
    ("e-ternovaya", 15, None, "Ternovaya holds out", "The cut-off German garrison at Ternovaya, supplied by air, refuses to give in while the 3rd and 23rd Panzer try to reach it; the 168th Infantry Division arrives at Ziborovka-Cheremoshnoe.", 2, "probable", "glantz1998", "Exact dates of the garrison's isolation and relief differ between accounts.", (36.675, 50.192)),
    ("e-krasnograd", 16, None, "Cavalry at Krasnograd", "The 6th Cavalry Corps fights on Krasnograd's northern, eastern and southern edges but cannot take the town. In the north the 227th and 175th Rifle Divisions reach the Lipets river; the southern tank corps only reach the Berestovaya, so their commitment slips to 17 May.", 2, "probable", "glantz1998", "", (35.50, 49.40)),
    ("e-fridericus", 17, None, "Kleist's counter-offensive begins", "Supported by IV Fliegerkorps, III Motorised Corps attacks from the Aleksandrovka area toward Barvenkovo and XLIV Corps from Slavyansk toward Dolgenkaya, breaking the 9th Army and gaining about 10 km on the first day.", 3, "probable", "glantz1998;ziemke1987;gsww6;bykov2009", "Sources give the start of Fridericus as 17 or 18 May: Kleist attacked on 17 May, while the original German directive of 30 April had set 18 May.", (36.94, 48.70)),
    ("e-tank-corps", 17, None, "Soviet tank corps committed", "The 21st Tank Corps takes Taranovka and the 23rd cuts the Kharkov-Krasnograd railway at Vlasovka; the 253rd Rifle Division reaches Zmiyev.", 2, "probable", "glantz1998", "", (36.13, 49.64)),
    ("e-stalin-refuses-1", 17, None, "A withdrawal refused (who refused is contested)", "Timoshenko reports the setback and asks for reinforcements; Vasilevsky's proposal to halt the offensive and pull back is not taken up.", 3, "probable", "glantz1998;bagramyan1977", "Contested: post-war Soviet accounts lay the refusal on Stalin alone, while the archival account shows the South-Western Direction itself asking to go on.", None),
    ("e-barvenkovo", 18, None, "Barvenkovo falls", "The Germans take Barvenkovo and Kamenka and push into southern Izyum; Bock reports the heights south of Izyum in German hands. IV Fliegerkorps claims 130 tanks and 500 vehicles destroyed.", 2, "probable", "bock1996", "The Luftwaffe figure is a German claim.", (37.013, 48.907)),
    ("e-stalin-refuses-2", 18, None, "The offensive goes on (who refused to halt is contested)", "The General Staff again urges a halt; Timoshenko and Khrushchev themselves play down the danger from the Kramatorsk group, and Stalin lets the offensive go on.", 3, "probable", "glantz1998;bagramyan1977", "Contested: who refused to halt is disputed. Khrushchev later blamed Stalin; the record of 18 May shows the Direction's own command reporting the situation under control.", None),
    ("e-halt-6a", 19, None, "6th Army's offensive halted", "Timoshenko finally stops the 6th Army's attack; Paulus, on Bock's order, goes over to a general attack from the Merefa area against the bulge's northern side.", 3, "probable", "glantz1998", "Accounts differ on when the halt was authorised. No time is given: the 17:20 of earlier revisions came from a book no one here has read.", (36.06, 49.70)),
    ("e-9a-east", 19, None, "9th Army behind the Donets", "The remnants of the 9th Army are east of the Donets; IV Fliegerkorps claims another 29 tanks.", 2, "probable", "glantz1998", "", (37.35, 49.28)),
    ("e-protopopovka", 20, None, "Germans up the Donets' west bank", "The 16th Panzer and 60th Motorised Divisions reach the Donets' west bank in the Izyum bend at Protopopovka and Petrovskaya; the 14th Panzer strikes the 57th Army's flank.", 2, "probable", "glantz1998", "", (36.914, 49.243)),
    ("e-bridges", 20, None, "Donets bridges bombed", "Ju 87s of StG 77 destroy five of the main Donets bridges and damage four more; Ju 88s of KG 3 hit the retreating columns.", 2, "probable", "glantz1998", "Date approximate.", (37.06, 49.41)),
    ("e-21may", 21, None, "Last counter-attacks, orders to pull back", "The 21st Tank Corps briefly retakes Protopopovka; the 3rd and 23rd Panzer are ordered to Balakleya. Timoshenko orders Kostenko's grouping withdrawn by the end of 22 May and plans an attack by the 9th and 57th Armies for 23 May.", 2, "probable", "glantz1998", "", (36.914, 49.243)),
    ("e-ring-soviet", 22, None, "Ring closed (Soviet accounts)", "Kleist holds Chepel, Volobuevka and Gusarovka; Soviet accounts have the encirclement complete at Gusarovka, about 10 km south of Balakleya. The 6th and 57th Armies and Army Group Bobkin are cut off.", 3, "probable", "bagramyan1977", "Disagreement: Soviet accounts date the closure to 22 May; German accounts to 08:30 on 23 May (see next event). The map shows the pocket from 22 May.", (36.819, 49.36)),
    ("e-ring-german", 23, "08:30", "Link-up (German account)", "Korpsgruppe Breith, the 44th Infantry with tanks of the 23rd Panzer, attacks out of Balakleya at 02:30 and meets the 14th Panzer Division at 08:30, later the 16th Panzer.", 3, "probable", "bock1996;glantz1998", "Disagreement with the Soviet date of 22 May; both are recorded.", (36.83, 49.37)),
    ("e-southern-group", 23, None, "Southern Group formed", "During the night the encircled 6th and 57th Armies and Army Group Bobkin are put under Kostenko as the Southern Group and ordered to break out toward Savintsy.", 2, "probable", "bagramyan1977", "", (36.40, 49.34)),
    ("e-shebelinka", 24, None, "The ring tightens", "About 100 German tanks take Shebelinka and Kisely, threatening Kostenko's headquarters at Alekseevka; the 3rd and 23rd Panzer and the 68th and 125th Infantry reinforce the ring. Kostenko holds a line Gomolsha river-Zapadenka-Troichaty-Orel.", 2, "approximate", "glantz1998", "Shown at Shebelinka: the village is identified (the only Shebelynka in the KATOTTG codifier, in Donets hromada) but its position could not be looked up, so the spot is approximate.", (36.55, 49.45)),
    ("e-breakout-25", 25, None, "First mass breakout", "Dense columns try to break east and are cut down by machine guns and by SD-2 cluster bombs dropped on the open steppe.", 3, "probable", "glantz1998", "", (36.80, 49.35)),
    ("e-38a-chepel", 25, None, "38th Army takes Chepel", "From across the Donets, 38th Army groups attack toward Bayrak and Gusarovka and take Chepel by evening.", 2, "probable", "moskalenko1969", "Exception (place taken): Chepel's point lies on the Donets as traced, on the Soviet bank, so the areas cannot show it changing hands; the 38th Army's foothold west of the river round it is drawn from 25 May.", (36.917, 49.32)),
    ("e-mikhailovka", 26, "08:00", "Mikhailovka taken", "Korpsgruppe Breith takes Mikhailovka; the Germans count about 12,000 prisoners there.", 2, "approximate", "otkudarodom-1942", "The time (Berlin time) and the prisoner count are the German figures as a local-history web chronicle gives them (sources.csv). Mikhailovka is a common name, placed from the narrative, not identified in a gazetteer: the spot is approximate.", (36.37, 49.36)),
    ("e-krutoyarka", 26, "11:05", "Krutoyarka taken", "Breith's battle group reaches Krutoyarka and takes about 25,000 prisoners there by German count; his armour has already turned toward the Bereka bend at Lozovenka.", 2, "approximate", "otkudarodom-1942", "The time (Berlin time) and the prisoner count are the German figures as a local-history web chronicle gives them (sources.csv). Krutoyarka is identified (the only Krutoiarka in the KATOTTG codifier, in Oleksiivka hromada) but its position could not be looked up, so the spot is approximate.", (36.43, 49.335)),
    ("e-fedorovka-road", 26, None, "The Krutoyarka-Fedorovka road", "The survivors, with tanks, trucks and horse carts, are packed onto the dirt road between Krutoyarka and Fedorovka under constant shelling and bombing; the road and ravines fill with wrecks and dead.", 3, "probable", "glantz1998", "", (36.54, 49.275)),
    ("e-kostenko", 26, None, "Kostenko killed", "Lt-Gen. Kostenko, commanding the Southern Group, is killed; his remains were later found between Gusarovka and Lozovenka.", 2, "probable", "glantz1998", "", (36.78, 49.31)),
    ("e-bobkin", 26, None, "Bobkin killed", "Maj-Gen. Bobkin, commander of the army group that bore his name, is killed by machine-gun fire during the breakout.", 2, "approximate", "glantz1998", "The exact date is not established; placed on 26 May with the other losses of that day.", (36.65, 49.25)),
    ("e-generals", 27, None, "Gorodnyansky and Podlas killed", "The commanders of the 6th and 57th Armies die in the breakout fighting.", 2, "approximate", "glantz1998", "The exact dates are uncertain; accounts place both deaths between 25 and 27 May.", (36.70, 49.27)),
    ("e-night-breakouts", 27, None, "Night breakouts", "Mass breakout attempts by night; the 1st Mountain Division is fighting on the Bereka.", 2, "probable", "glantz1998", "", (36.72, 49.22)),
    ("e-halt", 28, None, "Offensive formally ended", "Timoshenko orders a halt to all offensive action; the Soviet operation is officially over, though men keep trying to break out.", 3, "probable", "glantz1998", "One of three dates given for the end of the battle (28, 29 or 30 May).", None),
    ("e-batyunya", 29, None, "Batyunya's group gets out", "A group led by Batyunya breaks through and is met by T-34s sent forward under Gurov.", 2, "approximate", "glantz1998", "A single account; not confirmed by a second source.", (36.95, 49.39)),
    ("e-end", 30, None, "Breakout attempts end (the end date is contested)", "Resistance in the Barvenkovo pocket ends. Of some 250,000 men encircled, fewer than one in ten escaped. The Germans claimed about 240,000 prisoners; Krivosheev counts 170,958 Soviet irrecoverable losses (killed, missing and captured together) for the whole operation, so the two figures cannot both stand.", 3, "approximate", "glantz1998;ziemke1987;krivosheev1997", "Contested: the end date is given as 28 May (Timoshenko's halt order), 29 May (Krivosheev's dating of the operation, 12-29 May) or 30 May (the last breakout attempts); the map runs to 30 May.", (36.71, 49.26)),
    ("e-losses", 30, None, "The cost", "Soviet losses are usually given as about 277,000-280,000 men (Krivosheev: 170,958 killed, missing or captured and 106,232 wounded) and some 1,250 tanks, against about 20,000 German and allied casualties (some estimates up to 30,000).", 2, "probable", "krivosheev1997", "", None),
    ("e-air-totals", 30, None, "IV Fliegerkorps' effort", "Over the sixteen days of the battle the IV Fliegerkorps flew 15,648 sorties (about 978 a day), dropped about 7,700 tonnes of bombs and delivered 1,545 tonnes of supplies.", 1, "probable", "hayward1998", "", None),
    ("e-context-after", 30, None, "Context: what followed (June 1942)", "Army Group South exploited the victory with Operation Wilhelm (10-15 June, trapping much of the 28th Army near Volchansk) and Fridericus II (22-25 June, pushing back the 38th and 9th Armies near Kupyansk), then opened the main summer offensive, Blau, on 28 June. These fall outside this map's dates.", 1, "certain", "glantz1998", "Recorded on 30 May as context because the data may not hold dates after the operation's end.", None),
]


def load_areas():
    by_day = {}
    for f in json.loads((DATA / "areas.geojson").read_text())["features"]:
        p = f["properties"]
        by_day.setdefault((p["date"], p["side"]), []).append(shape(f["geometry"]))
    return {k: unary_union(v) for k, v in by_day.items()}


def iso(day):
    return f"1942-05-{day:02d}"


def main():
    areas = load_areas()
    problems = []
    feats = []
    for mid, side, formation, kind, start, end, label, certainty, sources, note, coords in MOVEMENTS:
        if not areas[(iso(start), side)].contains(Point(coords[0])):
            problems.append(f"{mid}: does not start in {side} ground on {iso(start)}")
        feats.append({"type": "Feature", "properties": {
            "id": mid, "side": side, "formation": formation or None, "kind": kind,
            "start_date": iso(start), "end_date": iso(end), "label": label,
            "certainty": certainty, "sources": sources, "note": note},
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]}})
    write_layer(DATA, "movements", feats)  # in the canonical form (docs/data-format.md)
    efeats = []
    for eid, day, time, title, text, importance, certainty, sources, note, point in EVENTS:
        efeats.append({"type": "Feature", "properties": {
            "id": eid, "date": iso(day), "time": time, "title": title, "text": text,
            "importance": importance, "certainty": certainty, "sources": sources, "note": note},
            "geometry": {"type": "Point", "coordinates": list(point)} if point else None})
    write_layer(DATA, "events", efeats)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(feats)} movements, {len(efeats)} events")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
