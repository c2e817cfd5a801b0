"""Each layer of an operation described once: its fields, their kinds, allowed values and rules.

The loader checks a file's rows against these descriptions, the writer writes their columns,
`battlemap.services` stores records by them, the export maps stored records back by them and
the admin takes its field order from them. Adding a field to a layer is one `Field` here, the
model field it is stored in, and a migration. The checks across the fields of one record are
declared here too (`Layer.checks`), and run by the loader and by the models' one `clean()`.
"""

from dataclasses import dataclass

from . import rules
from .vocabulary import (
    AREA_ROLES, BASES, BRANCHES, CERTAINTIES, ECHELONS, EVENT_IMPORTANCES, FRONT_ORIGINS, MOVEMENT_KINDS,
    PLACE_KINDS,
    POSITION_STATUSES, VIEW_ZOOMS,
)

__all__ = [
    "ANY_GEOMETRY", "Check", "Field", "Layer", "LAYER_NAMES", "OPERATION", "RECORD_LAYERS",
    "REFERENCE_KEYS", "SIDES", "SPATIAL_LAYERS",
]

ANY_GEOMETRY = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")

# The kinds of field, and what the loader makes of each:
#   key        a required id, unique in its layer, written in the files as "id"
#   id         an optional id written as "id" (unique in its layer when given)
#   text       a string ("" when absent)
#   choice     one of `allowed` (or `default` when absent and a default is given)
#   integer    an integer among `allowed` (or `default` when absent)
#   reference  the key of a side or a formation (`refers_to`: "sides" or "formations")
#   parent     a formation's key in the same layer, checked once the whole layer is read
#   date       a day within the operation
#   time       a time of day, HH:MM
#   sources    the keys of the sources cited, separated by ";"
#   citations  the passages cited, as {source, locator} pairs; in a file "key: locator; key: locator"
#              (a locator is a page, a chapter, a diary's date of entry, or a URL with its date,
#              and holds no ";"); a key alone is a citation without a locator
#   geometry   a shapely geometry of one of `allowed` types
#   names      a list of strings (an operation's other names)
#   bbox       [west, south, east, north], as its rule checks it
#   flag       true or false (JSON booleans, or true/false/1/0/yes/no in a table), `default` when absent
KINDS = {"key", "id", "text", "choice", "integer", "reference", "parent", "date", "time",
         "sources", "citations", "geometry", "names", "bbox", "flag"}

# The field of a referenced record that the files use to name it.
REFERENCE_KEYS = {"sides": "slug", "formations": "key"}


@dataclass(frozen=True)
class Field:
    """One field of a layer, as the files, the records and the database know it."""

    # The name in the loader's records (and in the files, except a key, which is "id").
    name: str
    kind: str = "text"
    required: bool = False
    # The values a choice or an integer may take, or the geometry types a geometry may have.
    allowed: tuple = ()
    # For a choice or an integer, the value when the file leaves it empty.
    default: object = None
    # For a reference, the layer it names: "sides" or "formations".
    refers_to: str = ""
    # A function of geodata.rules checked on a non-empty value.
    rule: object = None
    # The model field it is stored in, when that is not `name` (a geometry is "point" or "path").
    stored_as: str = ""
    # The most characters a text may have (its model field's max_length); 0: the loader's limit.
    max_length: int = 0

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"field '{self.name}': unknown kind '{self.kind}'")

    @property
    def column(self):
        """The column's name in the files."""
        return "id" if self.kind in ("key", "id") else self.name

    @property
    def model_field(self):
        """The name of the Django model field the value is stored in."""
        return self.stored_as or self.name


@dataclass(frozen=True)
class Check:
    """A rule of geodata.rules across fields of one record, and the field its problem is told on."""

    # The function of geodata.rules, called with the values of `reads` in order.
    rule: object
    # Field names as the files give them; "formation.side" is the side of the formation named.
    reads: tuple
    # The field the problem is reported on.
    field: str

    def problem(self, value_of):
        """The rule's sentence for one record, or None; `value_of(name)` reads a field as the files
        give it (a side by its slug, a formation by its key), in a file's record or a stored one."""
        return self.rule(*(value_of(name) for name in self.reads))


@dataclass(frozen=True)
class Layer:
    """A layer of an operation: its file's name, its model, its fields in order and the checks
    across them."""

    name: str
    model: str
    fields: tuple
    # Whether the model has a foreign key to its operation (a position reaches it by formation).
    owned_by_operation: bool = True
    # The checks across fields of one record, in the order their problems are told.
    checks: tuple = ()

    @property
    def geometry(self):
        """The geometry field, or None for a table without geometry."""
        return next((field for field in self.fields if field.kind == "geometry"), None)

    @property
    def columns(self):
        """The fields written as columns (the geometry is written as the geometry)."""
        return [field for field in self.fields if field.kind != "geometry"]

    def field(self, name):
        return next(field for field in self.fields if field.name == name)


def _cited():
    """What every cited record ends with: how sure it is, how we know it and what it cites.

    * certainty: how sure the position or the date is (certain, probable, approximate).
    * basis: `stated` (a cited passage says it), `derived` (computed by the project from stated
      records: an interpolated day, a front derived from areas, a point between two attested
      ones) or `inferred` (the authors' judgement); `stated` when the file leaves it empty.
    * derived_from: for a derived record, what it was derived from or the method ("interpolated
      between the attested positions of 13 and 17 May").
    * sources: the keys of the works cited (kept for compatibility: every citation's key is
      among them, and a key named here alone is a citation without a locator).
    * citations: {source, locator} pairs; a stated record needs at least one locator.
    * note: anything else, and for an inferred record why the authors judge so.
    """
    return (
        Field("certainty", "choice", allowed=CERTAINTIES, default="certain"),
        Field("basis", "choice", allowed=BASES, default="stated"),
        Field("derived_from"),
        Field("sources", "sources"),
        Field("citations", "citations"),
        Field("note"),
    )


# The checks of how a cited record knows what it says, told on the field that is missing.
CITED_CHECKS = (
    Check(rules.basis_citation_problem, ("basis", "citations"), "citations"),
    Check(rules.basis_derivation_problem, ("basis", "derived_from"), "derived_from"),
    Check(rules.basis_note_problem, ("basis", "note"), "note"),
)


# The operation's metadata (operation.json, or a GeoPackage's "operation" table).
OPERATION = Layer("operation", "Operation", (
    Field("slug", required=True, rule=rules.slug_problem, max_length=50),
    Field("name", required=True, max_length=200),
    Field("other_names", "names"),
    Field("start_date", "date", required=True),
    Field("end_date", "date", required=True),
    Field("bbox", "bbox", required=True, rule=rules.bbox_problem),
    Field("summary"),
    # One line for the index card; the summary's first sentence when empty.
    Field("tagline", max_length=200),
    # Whether the home page lists it (false for a test fixture such as the sample).
    Field("listed", "flag", default=True),
), owned_by_operation=False, checks=(
    Check(rules.date_order_problem, ("start_date", "end_date"), "end_date"),
))

# The parties to the operation ("sides" in operation.json, or a GeoPackage's "sides" table).
SIDES = Layer("sides", "Side", (
    Field("slug", required=True, rule=rules.slug_problem, max_length=50),
    Field("name", required=True, max_length=100),
    Field("colour", required=True, rule=rules.colour_problem, max_length=7),
))

SOURCES = Layer("sources", "Source", (
    Field("key", "key", required=True, max_length=80),
    Field("author", required=True, max_length=300),
    Field("title", required=True, max_length=500),
    Field("year", max_length=20),
    Field("pages", max_length=100),
    Field("url", rule=rules.url_problem, max_length=500),
    # What was consulted and how: the edition or copy read (for a web page, its URL and the date
    # it was read); empty when no one here has read the work.
    Field("consulted"),
    Field("note"),
))

FORMATIONS = Layer("formations", "Formation", (
    Field("key", "key", required=True, max_length=80),
    Field("name", required=True, max_length=200),
    Field("side", "reference", required=True, refers_to="sides"),
    Field("echelon", "choice", required=True, allowed=ECHELONS),
    Field("branch", "choice", required=True, allowed=BRANCHES),
    Field("parent", "parent"),
    Field("commander", max_length=200),
    Field("sidc", required=True, rule=rules.sidc_problem, max_length=30),
    *_cited(),
), checks=(
    Check(rules.own_parent_problem, ("key", "parent"), "parent"),
    *CITED_CHECKS,
))

POSITIONS = Layer("positions", "Position", (
    Field("formation", "reference", required=True, refers_to="formations"),
    Field("date", "date", required=True),
    Field("status", "choice", required=True, allowed=POSITION_STATUSES),
    Field("strength", max_length=100),
    Field("geometry", "geometry", required=True, allowed=("Point",), stored_as="point"),
    *_cited(),
), owned_by_operation=False, checks=CITED_CHECKS)

AREAS = Layer("areas", "Area", (
    Field("date", "date", required=True),
    Field("side", "reference", required=True, refers_to="sides"),
    Field("role", "choice", required=True, allowed=AREA_ROLES),
    Field("geometry", "geometry", required=True, allowed=("Polygon", "MultiPolygon")),
    *_cited(),
), checks=CITED_CHECKS)

# A front line between two sides on a day: authored from a source's map, or derived at load from
# the day's areas (origin "derived"; such rows in a file are replaced by a fresh derivation).
FRONTS = Layer("fronts", "Front", (
    Field("date", "date", required=True),
    Field("time", "time"),
    Field("side_a", "reference", required=True, refers_to="sides"),
    Field("side_b", "reference", required=True, refers_to="sides"),
    Field("origin", "choice", allowed=FRONT_ORIGINS, default="authored"),
    Field("geometry", "geometry", required=True, allowed=("LineString", "MultiLineString")),
    *_cited(),
), checks=(
    Check(rules.front_sides_problem, ("side_a", "side_b"), "side_b"),
    *CITED_CHECKS,
))

MOVEMENTS = Layer("movements", "Movement", (
    Field("key", "id", max_length=80),
    Field("side", "reference", required=True, refers_to="sides"),
    Field("formation", "reference", refers_to="formations"),
    Field("kind", "choice", required=True, allowed=MOVEMENT_KINDS),
    Field("start_date", "date", required=True),
    Field("end_date", "date", required=True),
    Field("label", max_length=200),
    Field("geometry", "geometry", required=True, allowed=("LineString",), stored_as="path"),
    *_cited(),
), checks=(
    Check(rules.date_order_problem, ("start_date", "end_date"), "end_date"),
    Check(rules.formation_side_problem, ("formation", "formation.side", "side"), "formation"),
    *CITED_CHECKS,
))

EVENTS = Layer("events", "Event", (
    Field("key", "id", max_length=80),
    Field("date", "date", required=True),
    Field("time", "time"),
    Field("title", required=True, max_length=200),
    Field("text", required=True),
    Field("importance", "integer", allowed=EVENT_IMPORTANCES, default=1),
    # The places (their names in places, separated by ";") the event says changed hands: the areas
    # must agree (geodata.rules.place_taken_problems).
    Field("takes", max_length=200),
    Field("geometry", "geometry", allowed=("Point",), stored_as="point"),
    *_cited(),
), checks=CITED_CHECKS)

PLACES = Layer("places", "Place", (
    Field("name", required=True, max_length=200),
    Field("modern_name", max_length=200),
    Field("kind", "choice", required=True, allowed=PLACE_KINDS),
    Field("gazetteer_id", rule=rules.gazetteer_id_problem, max_length=40),
    Field("geometry", "geometry", required=True, allowed=ANY_GEOMETRY),
    *_cited(),
), checks=CITED_CHECKS)

# The moments a teacher steps through: a date and time, a view (a Point centre with its zoom, or a
# Polygon to frame), the layers to show and a caption with its sources.
KEY_MOMENTS = Layer("key_moments", "KeyMoment", (
    Field("key", "key", required=True, max_length=80),
    Field("date", "date", required=True),
    Field("time", "time"),
    Field("zoom", "integer", allowed=VIEW_ZOOMS, default=None),
    Field("title", required=True, max_length=80),
    Field("caption", required=True, max_length=400),
    Field("layers", rule=rules.view_layers_problem, max_length=200),
    Field("geometry", "geometry", required=True, allowed=("Point", "Polygon")),
    # The works read that the caption draws on; empty when it only retells the day's events,
    # whose records say how each fact is known.
    Field("sources", "sources"),
    Field("note"),
), checks=(
    Check(rules.view_problem, ("geometry", "zoom"), "zoom"),
))

# The layers of records, in the order they are read (later ones refer to earlier ones), by name.
RECORD_LAYERS = {layer.name: layer for layer in (SOURCES, FORMATIONS, POSITIONS, AREAS, FRONTS, MOVEMENTS,
                                                 EVENTS, PLACES, KEY_MOMENTS)}
LAYER_NAMES = tuple(RECORD_LAYERS)
# The layers with a geometry, and the geometry types each allows.
SPATIAL_LAYERS = {
    layer.name: layer.geometry.allowed for layer in RECORD_LAYERS.values() if layer.geometry is not None
}
