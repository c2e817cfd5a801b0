"""The rules a value or a record must follow, each written once with one message.

The file loader (geodata.loader) and the Django models' validation (battlemap.models and
battlemap.validators) both call these functions, so a file and an admin form are refused for
the same reason in the same words. Each returns the problem as a sentence, or None when the
value is fine.
"""

import re

import shapely

from .geometry import equal_area_km2

__all__ = [
    "basis_citation_problem", "basis_derivation_problem", "basis_note_problem", "bbox_problem",
    "citations_problem", "colour_problem", "date_order_problem", "date_outside_problem",
    "formation_side_problem", "front_sides_problem", "gazetteer_id_problem", "key_problem",
    "other_operation_problem", "outside_bbox_problem", "own_parent_problem", "sidc_problem", "side_overlap_problem",
    "vertices_problem",
    "slug_problem", "url_problem",
]

# Ground two sides both hold by less than this is the width of a drawn line, not an overlap
# (the Kharkov files' neighbouring areas share up to 0.0013 km² through rounding).
OVERLAP_TOLERANCE_KM2 = 0.01
# Roles whose ground may lie over another side's: contested ground is both sides' by definition.
OVERLAPPING_ROLES = ("contested",)

SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# APP-6 / MIL-STD-2525: 15 letters (2525C), or 20 or 30 digits (2525D/E).
SIDC = re.compile(r"^([A-Za-z*\-]{15}|\d{20}|\d{30})$")
# GeoNames, Wikidata, or Ukraine's official codifier of administrative units (KATOTTG) for
# villages too small for the first two.
GAZETTEER_ID = re.compile(r"^(geonames:\d+|wikidata:Q\d+|katottg:UA\d{17})$")


def _unless_matches(pattern, value, problem):
    """None when `value` matches `pattern`, else the problem."""
    return None if pattern.match(value) else problem


def slug_problem(value):
    """An operation's or a side's slug: lower-case letters, digits and hyphens."""
    return _unless_matches(SLUG, value, f"'{value}' must be lower-case letters, digits and hyphens")


def key_problem(value):
    """A record's id in the files (a source's or a formation's key)."""
    return _unless_matches(KEY, value, f"'{value}' may hold only letters, digits, '.', '-' and '_'")


def colour_problem(value):
    """A side's colour, as #rrggbb."""
    return _unless_matches(COLOUR, value, f"'{value}' is not a colour like #c0392b")


def sidc_problem(value):
    """A formation's symbol code (SIDC)."""
    return _unless_matches(
        SIDC, value, f"'{value}' is not a 15-character letter SIDC or a 20- or 30-digit SIDC")


def gazetteer_id_problem(value):
    """A place's identifier in a gazetteer: GeoNames, Wikidata or KATOTTG."""
    return _unless_matches(
        GAZETTEER_ID, value,
        f"'{value}' is not a gazetteer id like geonames:706483, wikidata:Q42 or katottg:UA63040010320015857")


def bbox_problem(bbox):
    """An operation's bounding box: [west, south, east, north] in longitude/latitude."""
    if not (
        isinstance(bbox, list) and len(bbox) == 4
        and all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in bbox)
    ):
        return "expected [west, south, east, north] as four numbers"
    west, south, east, north = bbox
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return f"{bbox} is not [west, south, east, north] in longitude/latitude"
    return None


def vertices_problem(geometry, limit):
    """A geometry with more vertices than `limit` (the loader's max_vertices_per_geometry)."""
    vertices = shapely.get_num_coordinates(geometry)
    if vertices > limit:
        return f"{vertices:,} vertices, over the limit max_vertices_per_geometry ({limit:,})"
    return None


def outside_bbox_problem(geometry, bbox):
    """A geometry reaching past its operation's bbox, by more than a hundredth of the frame (rivers
    and fronts may run to its very edge); the message names the first vertex outside."""
    west, south, east, north = bbox
    margin_x, margin_y = (east - west) / 100, (north - south) / 100
    coordinates = shapely.get_coordinates(geometry)
    outside = ((coordinates[:, 0] < west - margin_x) | (coordinates[:, 0] > east + margin_x)
               | (coordinates[:, 1] < south - margin_y) | (coordinates[:, 1] > north + margin_y))
    if not outside.any():
        return None
    x, y = coordinates[outside][0]
    gw, gs, ge, gn = geometry.bounds
    return (f"lies outside the operation's bbox [{west:g}, {south:g}, {east:g}, {north:g}] "
            f"at ({x:.5g}, {y:.5g}) (it spans {gw:.4g}, {gs:.4g} to {ge:.4g}, {gn:.4g}); if the layer "
            f"declares a CRS, check that it is the CRS of its coordinates")


def side_overlap_problem(geometry, other_geometry, other_side, centre):
    """Ground drawn as one side's that another side holds the same day; the message says where
    (the overlap's centre and its extent in longitude/latitude). `centre` is the operation's
    (lon, lat), for measuring the overlap in km²."""
    overlap = geometry.intersection(other_geometry)
    km2 = equal_area_km2(overlap, centre)
    if km2 <= OVERLAP_TOLERANCE_KM2:
        return None
    point = overlap.representative_point()
    west, south, east, north = overlap.bounds
    return (f"overlaps the ground of {other_side} by {km2:.3g} km² around ({point.x:.5g}, {point.y:.5g}), "
            f"within [{west:.5g}, {south:.5g}, {east:.5g}, {north:.5g}]")


def date_order_problem(start, end):
    """A span of days whose end comes before its start."""
    if start and end and end < start:
        return f"{end} is before the start date {start}"
    return None


def date_outside_problem(day, start, end):
    """A day outside its operation."""
    if day and not start <= day <= end:
        return f"{day} is outside the operation ({start} to {end})"
    return None


def formation_side_problem(formation, formation_side, side):
    """A record on one side that names a formation of another."""
    if formation and side and formation_side and formation_side != side:
        return f"'{formation}' is on side {formation_side}, not {side}"
    return None


def front_sides_problem(side_a, side_b):
    """A front line must separate two different sides."""
    if side_a and side_b and side_a == side_b:
        return f"a front separates two sides; both are '{side_a}'"
    return None


def other_operation_problem(what, operation, its_operation):
    """A stored record that names a side or a formation (`what`) of another operation than its own
    (the files cannot: they name only what their own operation defines)."""
    if operation is not None and its_operation is not None and its_operation != operation:
        return f"The {what} belongs to another operation."
    return None


def own_parent_problem(key, parent):
    """A formation named as its own parent."""
    if parent is not None and parent == key:
        return "a formation cannot be its own parent"
    return None


def view_layers_problem(value):
    """A key moment's layers: names from VIEW_LAYERS separated by ";"."""
    from .vocabulary import VIEW_LAYERS

    names = [name.strip() for name in value.split(";") if name.strip()]
    unknown = [name for name in names if name not in VIEW_LAYERS]
    if unknown:
        return (f"unknown layer(s) {', '.join(repr(name) for name in unknown)}; "
                f"expected names from {', '.join(VIEW_LAYERS)} separated by ';'")
    return None


def view_problem(geometry, zoom):
    """A key moment's view: a Point is a centre and needs a zoom; a Polygon is framed whole."""
    if geometry is not None and geometry.geom_type == "Point" and zoom is None:
        return "a Point view is a centre and needs a zoom (5 to 14); or give a Polygon to frame"
    return None


def url_problem(value):
    """Only absolute http(s) URLs: a javascript:, data: or file: URL never becomes a link."""
    scheme, _, rest = value.partition(":")
    if scheme.lower() not in ("http", "https") or not rest.startswith("//") or len(rest) < 3:
        return f"'{value[:80]}' is not an http(s) URL"
    return None


# --------------------------------------------------------------------------- how we know


def citations_problem(citations, known=None):
    """A record's citations: a list of {"source": key, "locator": text}; each source among the
    `known` keys when they are given (the operation's sources)."""
    if citations in (None, ""):
        return None
    if not isinstance(citations, list) or not all(
            isinstance(item, dict) and set(item) <= {"source", "locator"} and isinstance(item.get("source"), str)
            and item["source"].strip() and isinstance(item.get("locator", ""), str) for item in citations):
        return ('expected a list of citations like [{"source": "glantz1998", "locator": "p. 215"}] '
                '(in a file: "glantz1998: p. 215; bock1996: diary, 23 May 1942")')
    unknown = sorted({item["source"] for item in citations if known is not None and item["source"] not in known})
    if unknown:
        return f"unknown source(s) {', '.join(unknown)}"
    return None


def basis_citation_problem(basis, citations):
    """A `stated` record rests on a passage a reader can find: at least one citation with a
    locator (a page, a chapter, a diary's date of entry, or a URL with its revision or access date)."""
    if basis == "stated" and not any((item.get("locator") or "").strip()
                                     for item in (citations or []) if isinstance(item, dict)):
        return ("a stated record needs at least one citation with a locator (source: page, chapter, "
                "diary date or URL with its date); or give its basis as derived or inferred")
    return None


def basis_derivation_problem(basis, derived_from):
    """A `derived` record names what it was computed from, or the method."""
    if basis == "derived" and not (derived_from or "").strip():
        return "a derived record names what it was derived from, or the method, in derived_from"
    return None


def basis_note_problem(basis, note):
    """An `inferred` record says in its note why the authors judge so."""
    if basis == "inferred" and not (note or "").strip():
        return "an inferred record says in its note why the authors judge so"
    return None


# --------------------------------------------------------------------------- consistency across records
#
# The rules a whole operation must keep with itself (issue #26), run by the loader after every
# record has been read. An exception is written in the data, never here: the record's note holds
# "Exception (<rule>): <reason>", and the rule skips that record.

# The most a formation of a branch plausibly moves in a day, in km, between its positions of two
# consecutive days (foot and horse-drawn infantry about 30-35 km in a forced march, cavalry about
# 60, armour and motorised troops about 90 on roads). Checked for corps and smaller echelons only:
# an army's or a front's marker is a representative point of a wide sector, not a body of troops.
DAILY_KM_BY_BRANCH = {
    "infantry": 35, "mountain": 35, "light": 45, "artillery": 35, "cavalry": 60, "motorised": 90,
    "armour": 90,
}
SPEED_ECHELONS = ("corps", "division", "brigade", "regiment")
# How far (km) the end of an arrow that names a place "to X" or "at X" may lie from X.
ARROW_END_KM = 5.0
# Words in a note that dispute what a record says, and words in a title that own the dispute.
# A note that disputes the record at all (its date included) keeps it from being `certain`; one
# that contests what the record asserts (who did it, whether it happened) is owned by its title.
DISPUTING = re.compile(r"\b(contested|disputed|disagree\w*|competing|one account|accounts? differ|"
                       r"sources give|is given as)\b", re.IGNORECASE)
CONTESTING = re.compile(r"\b(contested|disputed)\b", re.IGNORECASE)
HEDGED = re.compile(r"\b(contested|disputed|accounts?|claim\w*|reported|date uncertain)\b|\?", re.IGNORECASE)


def exception_reason(note, rule):
    """The reason written in a record's note for an exception to `rule`, or None."""
    match = re.search(rf"Exception \({re.escape(rule)}\):\s*(\S.*)", note or "")
    return match[1] if match else None


def distance_km(a, b):
    """The great-circle distance between two (lon, lat) points, in km."""
    import math

    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def formation_speed_problems(formations, positions):
    """A formation that moves further in a day than its branch can, unless the later position's note
    writes down why (Exception (speed): ...)."""
    import datetime

    by_key = {formation["key"]: formation for formation in formations}
    by_day = {(p["formation"], p["date"]): p for p in positions if p.get("geometry") is not None}
    problems = []
    for (key, day), position in sorted(by_day.items(), key=lambda item: (item[0][0], item[0][1])):
        formation = by_key.get(key) or {}
        limit = DAILY_KM_BY_BRANCH.get(formation.get("branch"))
        before = by_day.get((key, day - datetime.timedelta(days=1)))
        if limit is None or formation.get("echelon") not in SPEED_ECHELONS or before is None:
            continue
        km = distance_km(before["geometry"].coords[0], position["geometry"].coords[0])
        if km > limit and not exception_reason(position.get("note"), "speed"):
            problems.append(f"positions: {key} on {day}: moves {km:.0f} km in a day, more than a {formation['branch']} "
                            f"formation's {limit} km; move it, or write 'Exception (speed): <reason>' in its note")
    return problems


def _holders_by_day(days, areas):
    """For each day, the areas in force (those of the latest authored day on or before it)."""
    authored = sorted({area["date"] for area in areas})
    in_force, latest = {}, None
    for day in days:
        while authored and authored[0] <= day:
            latest = authored.pop(0)
        in_force[day] = [area for area in areas if area["date"] == latest and area["role"] not in OVERLAPPING_ROLES]
    return in_force


def _holder(areas, point):
    """(side, area) of the ground that holds `point`, or (None, None)."""
    for area in areas:
        if area["geometry"] is not None and area["geometry"].covers(point):
            return area["side"], area
    return None, None


def place_taken_problems(events, areas, places, days):
    """An event that says a place was taken (its `takes` names the place) agrees with the areas: the
    place changes hands on the event's day or the next, and not before (an interpolated day that
    flips it early is named as such)."""
    import datetime

    points = {place["name"]: place["geometry"] for place in places if place.get("geometry") is not None}
    in_force = _holders_by_day(days, areas)
    problems = []
    taken = [(event, name.strip()) for event in events for name in (event.get("takes") or "").split(";")
             if name.strip() and not exception_reason(event.get("note"), "place taken")]
    for event, name in taken:
        where = f"events: {event.get('key') or event['title']} ({event['date']})"
        if name not in points:
            problems.append(f"{where}: takes '{name}', which is not a place of the operation")
            continue
        point = points[name].representative_point() if points[name].geom_type != "Point" else points[name]
        holders = {day: _holder(in_force[day], point) for day in days}
        day = event["date"]
        previous, following = day - datetime.timedelta(days=1), day + datetime.timedelta(days=1)
        taker = holders[following if following in holders else day][0]
        if taker is None:
            problems.append(f"{where}: {name} lies in no side's ground after the event")
            continue
        if previous not in holders or holders[previous][0] != taker:
            continue  # it changes hands on the event's day or the next
        first = previous
        while first - datetime.timedelta(days=1) in holders and holders[first - datetime.timedelta(days=1)][0] == taker:
            first -= datetime.timedelta(days=1)
        if first == days[0]:
            problems.append(f"{where}: {name} is {taker}'s from the first day: it never changes hands")
            continue
        area = holders[first][1] or {}
        how = " (an interpolated day: its area is derived)" if area.get("basis") == "derived" else ""
        problems.append(f"{where}: {name} is already {taker}'s from {first}{how}, before the event that takes it")
    return problems


def arrow_problems(movements, places):
    """An arrow that names a place it goes "to" or "at" ends within ARROW_END_KM of it, and an arrow
    crosses a river at most once, unless its note writes down why."""
    towns = {place["name"]: place["geometry"] for place in places
             if place.get("geometry") is not None and place["geometry"].geom_type == "Point"}
    rivers = [place for place in places if place.get("kind") == "river" and place.get("geometry") is not None]
    problems = []
    for movement in movements:
        path = movement.get("geometry")
        if path is None:
            continue
        where = f"movements: {movement.get('key') or movement.get('label')}"
        named = [name for name in towns
                 if re.search(rf"\b(to|at)\s+{re.escape(name)}\b", movement.get("label") or "")]
        end = path.coords[-1]
        if named and not exception_reason(movement.get("note"), "arrow end"):
            nearest = min(named, key=lambda name: distance_km(end, towns[name].coords[0]))
            km = distance_km(end, towns[nearest].coords[0])
            if km > ARROW_END_KM:
                problems.append(f"{where}: names {nearest} and ends {km:.0f} km from it (at most {ARROW_END_KM:g}); "
                                f"or write 'Exception (arrow end): <reason>' in its note")
        if exception_reason(movement.get("note"), "river crossing"):
            continue
        for river in rivers:
            crossing = path.intersection(river["geometry"])
            count = 0 if crossing.is_empty else len(getattr(crossing, "geoms", [crossing]))
            if count > 1:
                problems.append(f"{where}: crosses the {river['name']} {count} times; or write "
                                f"'Exception (river crossing): <reason>' in its note")
    return problems


def title_problems(events):
    """A title never asserts what its certainty or note disputes: where the note disputes the record
    the event is not `certain`, and where it contests it the title owns the doubt (an account, a
    claim, contested...)."""
    problems = []
    for event in events:
        note = event.get("note") or ""
        if not DISPUTING.search(note) or exception_reason(note, "title"):
            continue
        where = f"events: {event.get('key') or event['title']} ({event['date']})"
        if event.get("certainty") == "certain":
            problems.append(f"{where}: certain, though its note disputes it; make it probable or approximate")
        if CONTESTING.search(note) and not HEDGED.search(event.get("title") or ""):
            problems.append(f"{where}: the title '{event['title']}' asserts what its note disputes; say whose "
                            f"account it is, or that it is contested")
    return problems


def consistency_problems(data):
    """Every rule of a whole operation, as sentences; `data` is the loader's OperationData."""
    import datetime

    start, end = data.operation["start_date"], data.operation["end_date"]
    days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    return [
        *formation_speed_problems(data.formations, data.positions),
        *place_taken_problems(data.events, data.areas, data.places, days),
        *arrow_problems(data.movements, data.places),
        *title_problems(data.events),
    ]
