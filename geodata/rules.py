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
