"""Order of battle and daily waypoints for the Kharkov 1942 dataset (authoring aid).

FORMATIONS rows: id, name, side, echelon, branch, parent, commander, sources, note, size letter.
WAYPOINTS: formation id -> list of (first day of May, lon, lat, status[, strength]); each holds
until the next one. A formation with no waypoint for a day was not (yet) in the battle. The last
waypoint's status `destroyed` ends the formation's track on that day; a waypoint with status OFF
ends it without a position that day (the sources used do not follow the formation further).

SIDCs are 15-character MIL-STD-2525C codes built by sidc(): affiliation F for soviet and H for
axis (a display convention), battle dimension G, status P, a function id chosen by branch, and the
echelon letter in position 12 (G regiment, H brigade, I division, J corps, K army, L army group/front).
"""

FUNCTION = {
    "infantry": "UCI---", "armour": "UCA---", "motorised": "UCIM--", "cavalry": "UCRH--",
    "mountain": "UCIO--", "light": "UCIL--", "air": "UCVF--", "headquarters": "U-----",
    "artillery": "UCF---",
}
SIZE = {"front": "L", "army_group": "L", "army": "K", "corps": "J", "division": "I",
        "brigade": "H", "regiment": "G"}


def sidc(side, branch, size):
    return "S" + ("F" if side == "soviet" else "H") + "GP" + FUNCTION[branch] + "-" + size + "---"


S = "soviet"
A = "axis"
# id, name, side, echelon, branch, parent, commander, sources, note, size (only for groups)
FORMATIONS = [
    # ------------------------------------------------------------------ Soviet
    ("sov-swf", "Southwestern Front", S, "front", "headquarters", "", "Marshal S. K. Timoshenko", "glantz1998", "Timoshenko also commanded the South-Western Direction, which co-ordinated the Southern Front. Marker placed at Svatovo as a representative headquarters position.", None),
    ("sov-sf", "Southern Front", S, "front", "headquarters", "", "Lt-Gen. R. Ya. Malinovsky", "glantz1998", "Front headquarters lay south-east of the map; the marker is representative.", None),
    ("sov-21a", "21st Army", S, "army", "infantry", "sov-swf", "Maj-Gen. V. N. Gordov", "glantz1998", "Northern shock group, right wing.", None),
    ("sov-28a", "28th Army", S, "army", "infantry", "sov-swf", "Lt-Gen. D. I. Ryabyshev", "glantz1998", "Northern shock group, main effort from the Staryi Saltov bridgehead.", None),
    ("sov-38a", "38th Army", S, "army", "infantry", "sov-swf", "Maj-Gen. K. S. Moskalenko", "moskalenko1969", "Northern shock group, left wing from the Pechenegi bridgehead; relief attacks over the Donets 25-29 May.", None),
    ("sov-6a", "6th Army", S, "army", "infantry", "sov-swf", "Lt-Gen. A. M. Gorodnyansky", "glantz1998", "Southern shock group. Gorodnyansky was killed in the pocket in the last days of May.", None),
    ("sov-agb", "Army Group Bobkin", S, "group", "cavalry", "sov-swf", "Maj-Gen. L. V. Bobkin", "glantz1998", "Operational group on the southern shock group's left, aimed at Krasnograd. Bobkin was killed in the pocket about 26 May.", "J"),
    ("sov-sg", "Southern Group (Kostenko)", S, "group", "headquarters", "sov-swf", "Lt-Gen. F. Ya. Kostenko", "glantz1998;bagramyan1977", "Formed on the night of 23 May to command the encircled 6th and 57th Armies and Army Group Bobkin; its task, as Bagramyan gives Timoshenko's decision, was to break out eastward toward Savintsy and reach the left bank of the Donets; Kostenko was killed on 26 May.", "L"),
    ("sov-57a", "57th Army", S, "army", "infantry", "sov-sf", "Lt-Gen. K. P. Podlas", "glantz1998", "Held the bulge's south-western face. Podlas was killed in the pocket.", None),
    ("sov-9a", "9th Army", S, "army", "infantry", "sov-sf", "Maj-Gen. F. M. Kharitonov", "glantz1998", "Held the bulge's southern face; broken by Kleist on 17-18 May, remnants east of the Donets by 19 May.", None),
    ("sov-6cc", "6th Cavalry Corps", S, "corps", "cavalry", "sov-agb", "", "glantz1998;bagramyan1977", "Exploitation force toward Krasnograd: committed in Army Group Bobkin's sector in the afternoon of 12 May (Bagramyan) and fought on Krasnograd's edges on 16 May.", None),
    ("sov-21tc", "21st Tank Corps", S, "corps", "armour", "sov-6a", "", "glantz1998", "Committed 17 May (Taranovka); briefly retook Protopopovka on 21 May.", None),
    ("sov-23tc", "23rd Tank Corps", S, "corps", "armour", "sov-6a", "", "glantz1998", "Committed 17 May; cut the Kharkov-Krasnograd railway at Vlasovka.", None),
    ("sov-22tc", "22nd Tank Corps", S, "corps", "armour", "sov-38a", "", "glantz1998", "Mauled by the 23rd Panzer Division's counter-attack on 13 May.", None),
    ("sov-2cc", "2nd Cavalry Corps", S, "corps", "cavalry", "sov-swf", "", "glantz1998", "Front reserve inside the bulge; committed against Kleist from 17 May; most of it got back over the Donets (approximate).", None),
    ("sov-5cc", "5th Cavalry Corps", S, "corps", "cavalry", "sov-9a", "", "glantz1998", "9th Army's mobile reserve; pushed back toward the Donets by Kleist.", None),
    ("sov-3gcc", "3rd Guards Cavalry Corps", S, "corps", "cavalry", "sov-28a", "", "glantz1998", "Exploitation echelon of the northern group, held behind the 21st and 28th Armies.", None),
    ("sov-227rd", "227th Rifle Division", S, "division", "infantry", "sov-21a", "", "glantz1998", "Reached the Lipets river with the 175th on 16 May. Army subordination probable.", None),
    ("sov-175rd", "175th Rifle Division", S, "division", "infantry", "sov-28a", "", "glantz1998", "", None),
    ("sov-13grd", "13th Guards Rifle Division", S, "division", "infantry", "sov-28a", "", "glantz1998", "", None),
    ("sov-226rd", "226th Rifle Division", S, "division", "infantry", "sov-38a", "", "glantz1998", "", None),
    ("sov-81rd", "81st Rifle Division", S, "division", "infantry", "sov-38a", "", "glantz1998", "38th Army's southern sector opposite Balakleya (position approximate).", None),
    ("sov-41rd", "41st Rifle Division", S, "division", "infantry", "sov-6a", "", "glantz1998", "", None),
    ("sov-103rd", "103rd Rifle Division", S, "division", "infantry", "sov-6a", "", "glantz1998", "", None),
    ("sov-253rd", "253rd Rifle Division", S, "division", "infantry", "sov-6a", "", "glantz1998", "Reached the approaches of Zmiyev on 17 May.", None),
    ("sov-266rd", "266th Rifle Division", S, "division", "infantry", "sov-6a", "", "glantz1998;bagramyan1977", "With the 411th the 6th Army's most successful division on 12 May, on a narrow, well-supported breakthrough sector (Bagramyan).", None),
    ("sov-411rd", "411th Rifle Division", S, "division", "infantry", "sov-6a", "", "glantz1998;bagramyan1977", "With the 266th it broke the 454th Security Division on 12 May and reached the Orel between Novo-Semenovka and Maryevka by evening (Bagramyan).", None),
    ("sov-270rd", "270th Rifle Division", S, "division", "infantry", "sov-agb", "", "glantz1998", "", None),
    ("sov-393rd", "393rd Rifle Division", S, "division", "infantry", "sov-agb", "", "glantz1998", "", None),
    ("sov-7tb", "7th Tank Brigade", S, "brigade", "armour", "sov-6cc", "", "glantz1998;bagramyan1977", "Sent with the 6th Cavalry Corps toward Krasnograd on 12 May, pursuing the retreating German security troops (Bagramyan).", None),
    ("sov-14grd", "14th Guards Rifle Division", S, "division", "infantry", "sov-57a", "", "glantz1998", "", None),
    ("sov-150rd", "150th Rifle Division", S, "division", "infantry", "sov-57a", "", "glantz1998", "Army subordination probable.", None),
    ("sov-106rd", "106th Rifle Division", S, "division", "infantry", "sov-9a", "", "glantz1998;bykov2009", "Bykov follows it north-east of Izyum by 22 May (after Glantz) and finds it there on German maps of 25 May.", None),
    ("sov-333rd", "333rd Rifle Division", S, "division", "infantry", "sov-9a", "", "glantz1998", "", None),
    ("sov-341rd", "341st Rifle Division", S, "division", "infantry", "sov-9a", "", "glantz1998", "", None),
    # ------------------------------------------------------------------ Axis
    ("axis-hgs", "Army Group South", A, "army_group", "headquarters", "", "Field Marshal Fedor von Bock", "bock1996", "Headquarters at Poltava.", None),
    ("axis-6a", "6th Army", A, "army", "infantry", "axis-hgs", "Gen. Friedrich Paulus", "glantz1998", "", None),
    ("axis-agk", "1st Panzer Army (Armeegruppe von Kleist)", A, "army", "armour", "axis-hgs", "Col-Gen. Ewald von Kleist", "glantz1998", "Kleist's command also controlled the 17th Army for the counter-offensive; headquarters marker representative.", None),
    ("axis-17a", "17th Army", A, "army", "infantry", "axis-agk", "Gen. Hans von Salmuth", "glantz1998", "", None),
    ("axis-8k", "VIII Corps", A, "corps", "infantry", "axis-6a", "Gen. Walter Heitz", "glantz1998;bykov2009", "Facing the southern shock group, as Glantz has it; a German account quoted by Bykov has VIII Corps holding Merefa against it at the last moment in mid-May. Some narrative accounts place VIII Corps in the Volchansk sector instead.", None),
    ("axis-51k", "LI Corps", A, "corps", "infantry", "axis-6a", "", "glantz1998", "", None),
    ("axis-17k", "XVII Corps", A, "corps", "infantry", "axis-6a", "", "glantz1998", "Held the front north-east of Kharkov against the northern shock group.", None),
    ("axis-3mk", "III Motorised Corps", A, "corps", "motorised", "axis-agk", "Gen. Eberhard von Mackensen", "glantz1998", "Kleist's main striking force from 17 May.", None),
    ("axis-44k", "XLIV Corps", A, "corps", "infantry", "axis-17a", "Gen. Maximilian de Angelis", "glantz1998", "Attacked from the Slavyansk area toward Dolgenkaya and Izyum.", None),
    ("axis-breith", "Korpsgruppe Breith", A, "group", "armour", "axis-6a", "Lt-Gen. Hermann Breith", "glantz1998", "Northern pincer from Balakleya (44th Infantry and armour of the 3rd and 23rd Panzer); shown from 22 May.", "J"),
    ("axis-3pd", "3rd Panzer Division", A, "division", "armour", "axis-6a", "Lt-Gen. Hermann Breith", "glantz1998", "Counter-attacked NE of Kharkov from 13 May; sent to Balakleya 21 May.", None),
    ("axis-23pd", "23rd Panzer Division", A, "division", "armour", "axis-6a", "Lt-Gen. Hans Freiherr von Boineburg-Lengsfeld", "glantz1998", "About 180 tanks on 13 May.", None),
    ("axis-14pd", "14th Panzer Division", A, "division", "armour", "axis-3mk", "", "glantz1998", "", None),
    ("axis-16pd", "16th Panzer Division", A, "division", "armour", "axis-44k", "", "glantz1998", "", None),
    ("axis-60md", "60th Motorised Division", A, "division", "motorised", "axis-agk", "", "glantz1998", "Corps subordination not established in the sources used; shown under Kleist.", None),
    ("axis-1gd", "1st Mountain Division", A, "division", "mountain", "axis-3mk", "", "glantz1998;bykov2009", "On the left (western) flank of III Motorised Corps' attack on Barvenkovo from 17 May; its 99th Mountain Regiment attacked from Aleksandrovka on the Samara by way of Fedorovka (Bykov, after the division's history).", None),
    ("axis-100ld", "100th Light Division", A, "division", "light", "axis-3mk", "", "glantz1998", "", None),
    ("axis-97ld", "97th Light Division", A, "division", "light", "axis-44k", "", "glantz1998", "", None),
    ("axis-68id", "68th Infantry Division", A, "division", "infantry", "axis-44k", "", "glantz1998", "Reinforced the ring from 24 May.", None),
    ("axis-384id", "384th Infantry Division", A, "division", "infantry", "axis-44k", "", "glantz1998", "", None),
    ("axis-389id", "389th Infantry Division", A, "division", "infantry", "axis-44k", "", "glantz1998", "", None),
    ("axis-294id", "294th Infantry Division", A, "division", "infantry", "axis-17k", "", "glantz1998", "Broken into on 12 May by the northern shock group.", None),
    ("axis-79id", "79th Infantry Division", A, "division", "infantry", "axis-17k", "", "glantz1998", "Broken into on 12 May by the northern shock group.", None),
    ("axis-168id", "168th Infantry Division", A, "division", "infantry", "axis-6a", "", "glantz1998", "Brought in from the north; reached Ziborovka-Cheremoshnoe on 15 May.", None),
    ("axis-44id", "44th Infantry Division", A, "division", "infantry", "axis-51k", "", "glantz1998", "Infantry of Korpsgruppe Breith from 22 May.", None),
    ("axis-71id", "71st Infantry Division", A, "division", "infantry", "axis-51k", "", "glantz1998", "Position and subordination approximate.", None),
    ("axis-454sd", "454th Security Division", A, "division", "infantry", "axis-6a", "", "bagramyan1977", "A rear-area security division in the line facing the southern shock group. Bagramyan has the 411th and 266th Rifle Divisions break its units on 12 May on the way to the Orel, and Army Group Bobkin's mobile forces (the 6th Cavalry Corps and 7th Tank Brigade) pursue them as they fall back. Shown on 11 and 12 May only: the sources used here do not follow it further, and its corps is not given in them.", None),
    ("axis-113id", "113th Infantry Division", A, "division", "infantry", "axis-8k", "", "glantz1998", "", None),
    ("axis-305id", "305th Infantry Division", A, "division", "infantry", "axis-8k", "", "glantz1998", "Shown covering Krasnograd; sector approximate.", None),
    ("axis-125id", "125th Infantry Division", A, "division", "infantry", "axis-agk", "", "glantz1998", "Reinforced the ring from 24 May; earlier position approximate.", None),
    ("axis-rom20", "Romanian 20th Infantry Division", A, "division", "infantry", "axis-3mk", "", "glantz1998", "", None),
    ("axis-barbo", "Italian Group Barbò", A, "group", "cavalry", "axis-3mk", "Col. Guglielmo Barbò", "glantz1998;bykov2009", "An Italian mobile group (Raggruppamento Barbò, cavalry, bersaglieri and light armour of the Italian expeditionary corps) attached to III Motorised Corps; Italian, not German. Bykov puts it on the left of the 1st Mountain Division on 17 May. Commander's rank as usually given; not checked against a second source. Drawn with a brigade's echelon mark: a group of brigade size, not a division (issue #26).", "H"),
    ("axis-hun108", "Hungarian 108th Light Division", A, "division", "light", "", "", "glantz1998", "Hungarian battalions are reported routed by the northern shock group; identifying them with the 108th Light Division is probable, not certain. Its parent corps and exact sector have not been checked against an order of battle here, so it is left unattached and shown north-east of Kharkov, where those reports place it.", None),
    ("axis-4fk", "IV Fliegerkorps", A, "corps", "air", "", "Gen. Kurt Pflugbeil", "glantz1998", "Luftflotte 4's close-support corps: 15,648 sorties, 7,700 t of bombs, 1,545 t of supplies over the battle. Marker at the Kharkov airfields.", None),
]

# Each waypoint: (day, lon, lat, status[, strength]).
E, R, M, C, X, W = "engaged", "reserve", "moving", "encircled", "destroyed", "withdrawn"
OFF = None  # no position from this day: the sources used do not follow the formation further


def north(*pts):
    return list(pts)


WAYPOINTS = {
    # Soviet headquarters and the north
    "sov-swf": [(11, 38.16, 49.41, E)],
    "sov-sf": [(11, 38.25, 49.05, E)],
    "sov-21a": [(11, 36.98, 50.45, E)],
    "sov-28a": [(11, 36.95, 50.15, E)],
    "sov-38a": [(11, 37.05, 49.95, E)],
    "sov-227rd": [(11, 36.86, 50.36, R), (12, 36.76, 50.34, E), (13, 36.70, 50.33, E), (14, 36.62, 50.30, E),
                  (15, 36.55, 50.27, E), (17, 36.60, 50.30, E), (18, 36.72, 50.32, E)],
    "sov-175rd": [(11, 36.76, 50.14, R), (12, 36.64, 50.18, E), (13, 36.56, 50.24, E), (14, 36.47, 50.25, E),
                  (15, 36.46, 50.23, E), (17, 36.50, 50.25, E), (18, 36.68, 50.22, E)],
    "sov-13grd": [(11, 36.80, 50.05, R), (12, 36.70, 50.10, E), (13, 36.58, 50.13, E), (15, 36.60, 50.13, E),
                  (18, 36.70, 50.12, E)],
    "sov-3gcc": [(11, 37.10, 50.10, R), (15, 36.85, 50.20, M), (18, 36.90, 50.20, R)],
    "sov-226rd": [(11, 36.90, 49.92, E), (12, 36.72, 49.99, E), (13, 36.70, 50.00, E), (14, 36.80, 50.00, E),
                  (15, 36.82, 49.98, E)],
    "sov-81rd": [(11, 36.98, 49.55, E)],
    "sov-22tc": [(11, 36.95, 49.95, R), (12, 36.80, 49.97, E), (13, 36.78, 49.96, E, "heavy tank losses"),
                 (14, 36.95, 49.92, W)],
    # Southern shock group
    "sov-6a": [(11, 36.55, 49.30, E), (17, 36.45, 49.35, E), (22, 36.45, 49.33, C), (25, 36.45, 49.30, C),
               (26, 36.70, 49.26, C), (28, 36.69, 49.27, X)],
    "sov-agb": [(11, 36.15, 49.20, E), (12, 36.00, 49.30, E), (13, 35.85, 49.35, E), (14, 35.70, 49.35, E),
                (19, 35.75, 49.35, E), (20, 35.85, 49.30, M), (21, 35.95, 49.30, M), (22, 36.08, 49.30, C),
                (23, 36.10, 49.30, C), (24, 36.15, 49.30, C), (25, 36.25, 49.30, C), (26, 36.60, 49.27, X)],
    "sov-6cc": [(11, 36.20, 49.15, R), (12, 35.98, 49.30, M), (13, 35.75, 49.40, E), (14, 35.65, 49.38, E),
                (15, 35.60, 49.38, E), (16, 35.52, 49.42, E), (19, 35.65, 49.40, M), (20, 35.80, 49.35, M),
                (21, 35.95, 49.35, M), (22, 36.09, 49.40, C), (23, 36.10, 49.40, C), (24, 36.15, 49.40, C),
                (25, 36.25, 49.38, C), (26, 36.65, 49.29, C), (27, 36.70, 49.28, X)],
    "sov-7tb": [(11, 36.22, 49.17, R), (12, 36.00, 49.35, M), (13, 35.78, 49.38, E), (14, 35.66, 49.36, E),
                (15, 35.62, 49.36, E), (16, 35.56, 49.35, E), (19, 35.66, 49.35, M), (20, 35.80, 49.32, M),
                (21, 35.94, 49.32, M), (22, 36.20, 49.35, C), (26, 36.68, 49.30, C), (27, 36.68, 49.29, X)],
    "sov-270rd": [(11, 36.10, 49.15, E), (12, 35.95, 49.22, E), (13, 35.78, 49.25, E), (14, 35.70, 49.27, E),
                  (19, 35.70, 49.25, E), (20, 35.82, 49.25, M), (21, 35.95, 49.22, M), (22, 36.05, 49.20, C),
                  (23, 36.10, 49.20, C), (24, 36.15, 49.20, C), (25, 36.25, 49.22, C), (26, 36.62, 49.24, C),
                  (27, 36.66, 49.24, X)],
    "sov-393rd": [(11, 36.05, 49.05, E), (12, 36.00, 49.10, E), (22, 36.05, 49.10, C), (23, 36.10, 49.12, C),
                  (24, 36.15, 49.15, C), (25, 36.25, 49.18, C), (26, 36.62, 49.23, C), (27, 36.65, 49.23, X)],
    "sov-41rd": [(11, 36.30, 49.45, E), (12, 36.25, 49.52, E), (13, 36.25, 49.60, E), (19, 36.25, 49.55, E),
                 (22, 36.25, 49.50, C), (24, 36.25, 49.48, C), (25, 36.30, 49.40, C), (26, 36.68, 49.305, C),
                 (27, 36.70, 49.29, X)],
    "sov-103rd": [(11, 36.45, 49.40, E), (12, 36.20, 49.48, E), (13, 36.10, 49.58, E), (19, 36.10, 49.50, E),
                  (22, 36.10, 49.45, C), (23, 36.12, 49.45, C), (24, 36.15, 49.45, C), (25, 36.25, 49.42, C),
                  (26, 36.62, 49.29, C), (27, 36.64, 49.27, X)],
    "sov-253rd": [(11, 36.60, 49.40, E), (12, 36.30, 49.52, E), (13, 36.28, 49.60, E), (17, 36.32, 49.64, E),
                  (19, 36.30, 49.56, E), (22, 36.32, 49.50, C), (25, 36.30, 49.45, C), (26, 36.70, 49.30, C),
                  (27, 36.71, 49.28, X)],
    "sov-266rd": [(11, 36.40, 49.30, E), (12, 36.12, 49.45, E), (13, 35.95, 49.55, E), (20, 35.95, 49.50, M),
                  (21, 35.98, 49.45, M), (22, 36.09, 49.43, C), (23, 36.10, 49.42, C), (24, 36.11, 49.40, C),
                  (25, 36.20, 49.38, C), (26, 36.64, 49.30, C), (27, 36.66, 49.29, X)],
    "sov-411rd": [(11, 36.50, 49.25, E), (12, 36.30, 49.40, E), (13, 36.15, 49.55, E), (19, 36.20, 49.50, E),
                  (22, 36.20, 49.45, C), (23, 36.22, 49.45, C), (24, 36.25, 49.45, C), (25, 36.35, 49.40, C),
                  (26, 36.72, 49.29, C), (27, 36.72, 49.27, X)],
    "sov-21tc": [(11, 36.45, 49.20, R), (16, 36.25, 49.45, M), (17, 36.13, 49.64, E), (18, 36.15, 49.62, E),
                 (19, 36.20, 49.58, E), (20, 36.60, 49.20, M), (21, 36.95, 49.36, E), (22, 36.75, 49.33, C),
                 (23, 36.72, 49.32, C), (24, 36.70, 49.30, C), (25, 36.70, 49.27, C), (26, 36.74, 49.27, C),
                 (27, 36.73, 49.26, X)],
    # 20 May: pulling back east inside the bulge (moving), not "withdrawn" over the Donets (issue #26).
    "sov-23tc": [(11, 36.55, 49.20, R), (16, 36.10, 49.45, M), (17, 35.80, 49.60, E), (18, 35.85, 49.60, E),
                 (19, 35.95, 49.58, E), (20, 36.10, 49.50, M), (21, 36.60, 49.30, M), (22, 36.70, 49.40, C),
                 (23, 36.68, 49.38, C), (24, 36.65, 49.35, C), (25, 36.65, 49.32, C), (26, 36.72, 49.28, C),
                 (27, 36.70, 49.27, X)],
    "sov-sg": [(23, 36.40, 49.34, C), (26, 36.70, 49.25, X)],
    # 57th and 9th Armies
    "sov-57a": [(11, 36.45, 49.00, E), (20, 36.40, 49.05, E), (21, 36.35, 49.10, M), (22, 36.30, 49.10, C),
                (23, 36.30, 49.12, C), (24, 36.30, 49.15, C), (25, 36.35, 49.18, C), (26, 36.66, 49.24, C),
                (27, 36.68, 49.25, X)],
    "sov-14grd": [(11, 36.05, 48.80, E), (20, 36.10, 48.85, E), (21, 36.10, 48.98, M), (22, 36.10, 49.05, C),
                  (23, 36.12, 49.10, C), (24, 36.15, 49.15, C), (25, 36.22, 49.20, C), (26, 36.60, 49.26, C),
                  (27, 36.64, 49.25, X)],
    "sov-150rd": [(11, 36.40, 48.75, E), (20, 36.40, 48.95, E), (21, 36.40, 49.02, M), (22, 36.35, 49.05, C),
                  (23, 36.35, 49.10, C), (24, 36.35, 49.13, C), (25, 36.40, 49.18, C), (26, 36.62, 49.25, C),
                  (27, 36.66, 49.26, X)],
    "sov-9a": [(11, 37.10, 48.95, E), (17, 37.10, 48.90, E), (18, 37.35, 49.30, W), (19, 37.40, 49.30, E)],
    "sov-106rd": [(11, 37.00, 48.80, E), (17, 37.05, 48.90, E), (18, 37.05, 49.10, E), (19, 37.30, 49.32, W)],
    "sov-333rd": [(11, 37.30, 48.92, E), (17, 37.25, 49.00, E), (18, 37.20, 49.22, E), (19, 37.35, 49.25, W)],
    "sov-341rd": [(11, 37.45, 49.00, E), (17, 37.40, 49.08, E), (18, 37.45, 49.20, W)],
    "sov-5cc": [(11, 36.95, 49.00, R), (17, 37.05, 48.92, E), (18, 37.00, 49.10, E), (19, 37.00, 49.22, E),
                (20, 36.95, 49.30, E), (21, 36.95, 49.38, E), (22, 37.15, 49.45, W)],
    "sov-2cc": [(11, 36.80, 49.20, R), (17, 36.85, 49.05, E), (19, 36.80, 49.15, E), (20, 36.80, 49.25, E),
                (21, 36.85, 49.33, E), (22, 37.10, 49.50, W)],
    # Axis: north
    "axis-hgs": [(11, 34.569, 49.574, E)],
    "axis-6a": [(11, 36.229, 50.000, E)],
    "axis-4fk": [(11, 36.28, 49.93, E)],
    "axis-17k": [(11, 36.25, 50.22, E)],
    "axis-294id": [(11, 36.62, 50.20, E), (12, 36.50, 50.25, E), (13, 36.40, 50.28, E), (14, 36.33, 50.28, E),
                   (15, 36.34, 50.28, E), (17, 36.36, 50.28, E), (18, 36.48, 50.28, E)],
    "axis-79id": [(11, 36.58, 50.07, E), (12, 36.50, 50.08, E), (13, 36.48, 50.06, E), (14, 36.52, 50.05, E),
                  (15, 36.55, 50.05, E)],
    "axis-168id": [(11, 36.35, 50.60, R), (13, 36.35, 50.55, M), (15, 36.55, 50.40, E), (16, 36.58, 50.42, E)],
    "axis-hun108": [(11, 36.60, 50.45, E)],
    "axis-3pd": [(11, 36.10, 50.05, R), (13, 36.50, 50.02, E), (14, 36.55, 50.08, E), (15, 36.42, 50.10, E),
                 (16, 36.45, 50.10, E), (18, 36.52, 50.15, E), (21, 36.20, 49.75, M), (22, 36.75, 49.455, E),
                 (23, 36.80, 49.42, E), (24, 36.56, 49.445, E), (25, 36.62, 49.40, E), (26, 36.54, 49.29, E),
                 (27, 36.60, 49.33, E)],
    "axis-23pd": [(11, 36.05, 49.95, R), (13, 36.55, 49.98, E, "181 tanks"), (14, 36.58, 50.00, E),
                  (15, 36.50, 50.05, E), (18, 36.55, 50.05, E), (21, 36.30, 49.75, M), (22, 36.84, 49.41, E),
                  (23, 36.86, 49.37, E), (24, 36.80, 49.33, E), (25, 36.80, 49.30, E), (26, 36.80, 49.29, E),
                  (27, 36.79, 49.28, E)],
    # Axis: facing the southern shock group
    "axis-8k": [(11, 35.95, 49.75, E)],
    "axis-51k": [(11, 36.25, 49.78, E)],
    "axis-454sd": [(11, 35.99, 49.33, E), (12, 35.80, 49.30, W), (13, None, None, OFF)],
    "axis-113id": [(11, 36.05, 49.52, E), (12, 36.05, 49.58, E), (13, 36.05, 49.70, E), (14, 36.05, 49.74, E),
                   (19, 36.05, 49.70, E), (21, 36.10, 49.62, E), (24, 36.15, 49.56, E)],
    "axis-305id": [(11, 35.90, 49.30, E), (12, 35.80, 49.35, E), (13, 35.62, 49.45, E), (14, 35.47, 49.40, E),
                   (16, 35.457, 49.372, E), (19, 35.45, 49.40, E), (20, 35.62, 49.40, E), (21, 35.75, 49.35, E),
                   (22, 35.85, 49.30, E), (24, 35.93, 49.30, E)],
    "axis-44id": [(11, 36.50, 49.51, E), (23, 36.55, 49.475, E), (24, 36.52, 49.424, E), (25, 36.50, 49.43, E),
                  (26, 36.50, 49.305, E), (27, 36.55, 49.30, E)],
    "axis-71id": [(11, 36.25, 49.72, E)],
    "axis-breith": [(22, 36.80, 49.45, E), (23, 36.86, 49.375, E), (24, 36.70, 49.40, E), (25, 36.65, 49.38, E),
                    (26, 36.545, 49.27, E), (27, 36.58, 49.30, E)],
    # Axis: Kleist
    "axis-agk": [(11, 37.45, 48.62, E)],
    "axis-17a": [(11, 37.90, 48.60, E)],
    "axis-3mk": [(11, 36.90, 48.55, E), (17, 36.90, 48.68, E), (18, 37.00, 48.88, E), (19, 36.95, 49.02, E),
                 (20, 36.90, 49.12, E), (21, 36.85, 49.20, E), (22, 36.88, 49.27, E), (25, 36.82, 49.22, E)],
    "axis-14pd": [(11, 36.95, 48.60, R), (17, 36.95, 48.74, E), (18, 37.013, 48.907, E), (19, 36.90, 49.05, E),
                  (20, 36.70, 49.00, E), (21, 36.70, 49.10, E), (22, 36.85, 49.32, E), (23, 36.87, 49.36, E),
                  (24, 36.78, 49.19, E), (26, 36.70, 49.17, E)],
    "axis-1gd": [(11, 36.75, 48.58, R), (17, 36.75, 48.66, E), (18, 36.75, 48.80, E), (19, 36.60, 48.78, E),
                 (20, 36.40, 48.82, E), (21, 36.316, 48.889, E), (22, 36.35, 48.95, E), (23, 36.40, 49.00, E),
                 (24, 36.40, 49.05, E), (25, 36.40, 49.08, E), (27, 36.62, 49.19, E)],
    "axis-100ld": [(11, 36.40, 48.50, E), (17, 36.55, 48.58, E), (18, 36.50, 48.58, E), (19, 36.50, 48.62, E),
                   (20, 36.20, 48.70, E), (21, 36.10, 48.85, E), (22, 36.05, 48.98, E)],
    "axis-rom20": [(11, 36.15, 48.55, E), (20, 36.10, 48.70, E), (21, 36.00, 48.85, E)],
    "axis-barbo": [(11, 36.60, 48.55, E), (17, 36.62, 48.60, E), (18, 36.60, 48.66, E), (19, 36.55, 48.70, E),
                   (20, 36.50, 48.85, E)],
    "axis-44k": [(11, 37.625, 48.87, E), (19, 37.35, 49.05, E)],
    "axis-16pd": [(11, 37.50, 48.75, R), (17, 37.45, 48.95, E), (18, 37.25, 49.15, E), (19, 37.15, 49.20, E),
                  (20, 37.12, 49.30, E), (21, 37.05, 49.34, E), (22, 36.95, 49.36, E), (23, 36.90, 49.33, E)],
    "axis-60md": [(11, 37.70, 48.70, R), (17, 37.35, 48.90, E), (18, 37.10, 49.05, E), (19, 37.05, 49.15, E),
                  (20, 37.08, 49.28, E), (21, 37.00, 49.30, E), (22, 37.06, 49.36, E)],
    "axis-97ld": [(11, 37.55, 48.80, E), (17, 37.40, 48.95, E), (18, 37.22, 49.15, E), (19, 37.20, 49.22, E)],
    # 22 and 23 May interpolated on the way to the ring (issue #26: no 41 km step on foot in a day).
    "axis-68id": [(11, 37.75, 48.82, E), (17, 37.50, 49.00, E), (18, 37.35, 49.10, E), (19, 37.25, 49.20, E),
                  (22, 37.07, 49.18, E), (23, 36.89, 49.155, E), (24, 36.70, 49.13, E)],
    "axis-384id": [(11, 37.25, 48.70, E), (17, 37.20, 48.80, E), (18, 37.05, 48.95, E), (19, 36.95, 49.05, E),
                   (20, 36.90, 49.15, E), (21, 36.80, 49.15, E)],
    "axis-389id": [(11, 37.40, 48.78, E), (17, 37.30, 48.90, E), (18, 37.15, 49.05, E), (19, 37.10, 49.15, E)],
    # 20-23 May: the march to the ring spread at about 34 km a day along the authors' route through
    # the waypoint of 23 May (issue #26: it had moved 80 and then 55 km in a day on foot).
    "axis-125id": [(11, 37.90, 48.55, R), (20, 37.90, 48.55, M), (21, 37.61, 48.78, M), (22, 37.305, 49.02, M),
                   (23, 36.90, 49.08, M), (24, 36.45, 49.05, E)],
}

# Sources of a formation's positions where they are not glantz1998: formation -> (first day, sources).
POSITION_SOURCES = {
    "axis-454sd": (11, "bagramyan1977"),
    "sov-106rd": (22, "glantz1998;bykov2009"),
}

# Extra per-formation sources for positions (besides glantz1998).
POSITION_NOTES = {
    "axis-454sd": "On 12 May shown falling back westward, the way Bagramyan has it pursued; the spot is approximate.",
    "sov-swf": "Representative headquarters position.",
    "sov-sf": "Front headquarters lay off the map to the south-east; representative position.",
    "axis-agk": "Representative position for Kleist's command.",
    "sov-2cc": "Shown east of the Donets from 22 May: most of the corps is thought to have escaped before the ring closed (approximate).",
    "sov-5cc": "Shown east of the Donets from 22 May (approximate).",
    "sov-21tc": "On 21 May it counter-attacked south-east and briefly retook Protopopovka.",
}
