"""An operation stored day by day: its sides, formations and their positions, areas, front lines,
movements, events, places and the sources they cite."""

from django.db import models

from geodata import rules
from geodata.layers import (
    ANY_GEOMETRY, AREAS, EVENTS, FORMATIONS, FRONTS, KEY_MOMENTS, MOVEMENTS, OPERATION, PLACES, POSITIONS,
    SIDES, SOURCES,
)
from geodata.vocabulary import (
    AREA_ROLES, BASES, BRANCHES, CERTAINTIES, ECHELONS, EVENT_IMPORTANCES, FRONT_ORIGINS, MOVEMENT_KINDS,
    PLACE_KINDS, POSITION_STATUSES, VIEW_ZOOMS, choices,
)

from .fields import GeometryField
from .history import RecordHistory
from .validators import RuleValidator, record_problems, rule_errors

POLYGONAL = ("Polygon", "MultiPolygon")


class Checked(models.Model):
    """A record of one layer of geodata.layers, checked by the rules the loader checks a file by,
    so a form and a file are refused in the same words."""

    # The layer's description: its fields and the checks across them.
    layer = None

    class Meta:
        abstract = True

    def clean(self):
        rule_errors([*record_problems(self, self.record_operation()), *self.neighbour_problems()])

    def record_operation(self):
        """The operation the record belongs to; None while it names none."""
        return self.operation if self.operation_id else None

    def neighbour_problems(self):
        """(field, problem) for the checks that read other records of the layer (none by default)."""
        return []


class Operation(Checked):
    """A military operation, from its first day to its last."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    other_names = models.JSONField(default=list, blank=True)
    start_date = models.DateField()
    end_date = models.DateField()
    # [west, south, east, north] in degrees.
    bbox = models.JSONField(validators=[RuleValidator("bbox_problem")])
    summary = models.TextField(blank=True)
    tagline = models.CharField(max_length=200, blank=True,
                               help_text="One line for the index card; the summary's first sentence when empty.")
    listed = models.BooleanField(default=True, help_text="Whether the home page lists it.")
    # A fingerprint of the files it was loaded from, so an unchanged folder is not reloaded.
    source_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # The layers its files had (an empty one included), space-separated: a later load whose files
    # lack one of them is refused rather than taken as the layer's removal.
    source_layers = models.CharField(max_length=200, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start_date", "slug"]

    def __str__(self):
        return self.name

    layer = OPERATION
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(excluded_fields=["updated_at"])

    def record_operation(self):
        return None

    def contains_date(self, day):
        return self.start_date <= day <= self.end_date


class Side(Checked):
    """One of the parties to an operation, e.g. soviet or axis."""

    layer = SIDES
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory()

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="sides")
    slug = models.SlugField()
    name = models.CharField(max_length=100)
    colour = models.CharField(max_length=7, validators=[RuleValidator("colour_problem")])

    class Meta:
        ordering = ["operation", "id"]
        constraints = [
            models.UniqueConstraint(fields=["operation", "slug"], name="unique_side_per_operation"),
        ]

    def __str__(self):
        return self.name

    @property
    def short_name(self):
        """The name before any parenthesis, for labels: "Soviet Union (…)" -> "Soviet Union"."""
        return self.name.split(" (")[0]


class Source(Checked):
    """A citation that any record of the operation can cite."""

    layer = SOURCES
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory()

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="sources")
    key = models.SlugField(max_length=80, help_text="Short id, e.g. glantz1998.")
    author = models.CharField(max_length=300)
    title = models.CharField(max_length=500)
    year = models.CharField(max_length=20, blank=True)
    pages = models.CharField(max_length=100, blank=True)
    url = models.URLField(max_length=500, blank=True, validators=[RuleValidator("url_problem")])
    consulted = models.TextField(
        blank=True, help_text="The edition or copy read, and how (a web page: the date read); empty "
                              "when no one here has read the work.")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["operation", "key"]
        constraints = [
            models.UniqueConstraint(fields=["operation", "key"], name="unique_source_key"),
        ]

    def __str__(self):
        return f"{self.author}, {self.title}" + (f" ({self.year})" if self.year else "")


class Cited(Checked):
    """What every cited record shares: a certainty, how we know it (its basis, what it was derived
    from, the passages it cites), a note and the sources it cites (geodata.layers._cited says each)."""

    certainty = models.CharField(max_length=12, choices=choices(CERTAINTIES), default="certain")
    basis = models.CharField(
        max_length=8, choices=choices(BASES), default="stated",
        help_text="stated: a cited passage says it (give a citation with a locator); derived: computed "
                  "by the project (say from what in 'derived from'); inferred: the authors' judgement "
                  "(say why in the note).")
    derived_from = models.TextField(
        blank=True, help_text="For a derived record: the records it was derived from, or the method.")
    citations = models.JSONField(
        default=list, blank=True,
        help_text='The passages cited, as [{"source": "<source key>", "locator": "p. 215"}]; a locator is '
                  "a page, a chapter, a diary's date of entry or a URL with its date. Each source is "
                  "added to the sources cited.")
    note = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True)

    class Meta:
        abstract = True

    def neighbour_problems(self):
        """The citations' form, and each source among the operation's."""
        operation = self.record_operation()
        known = None if operation is None else set(operation.sources.values_list("key", flat=True))
        return [("citations", rules.citations_problem(self.citations, known))]


class Formation(Cited):
    """A unit in the order of battle, drawn with its APP-6 / MIL-STD-2525 symbol."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="formations")
    key = models.SlugField(max_length=80, help_text="Stable id, e.g. sov-6a.")
    name = models.CharField(max_length=200)
    side = models.ForeignKey(Side, on_delete=models.CASCADE, related_name="formations")
    echelon = models.CharField(max_length=12, choices=choices(ECHELONS))
    branch = models.CharField(max_length=16, choices=choices(BRANCHES))
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    commander = models.CharField(max_length=200, blank=True)
    sidc = models.CharField(
        "symbol code (SIDC)", max_length=30,
        validators=[RuleValidator("sidc_problem")],
    )

    class Meta:
        ordering = ["operation", "side", "key"]
        constraints = [
            models.UniqueConstraint(fields=["operation", "key"], name="unique_formation_key"),
        ]

    layer = FORMATIONS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])

    def __str__(self):
        return self.name


class Dated(Cited):
    """A cited record on one day of its operation."""

    date = models.DateField()

    class Meta:
        abstract = True


class Position(Dated):
    """Where a formation stood on a day, and in what state."""

    formation = models.ForeignKey(Formation, on_delete=models.CASCADE, related_name="positions")
    point = GeometryField(geom_types=("Point",))
    status = models.CharField(max_length=12, choices=choices(POSITION_STATUSES))
    strength = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["formation", "date"]
        constraints = [
            models.UniqueConstraint(fields=["formation", "date"], name="one_position_per_day"),
        ]

    def __str__(self):
        return f"{self.formation} on {self.date}"

    layer = POSITIONS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])

    def record_operation(self):
        return self.formation.operation if self.formation_id else None


class Area(Dated):
    """Ground one side held (or that was contested) on a day."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="areas")
    side = models.ForeignKey(Side, on_delete=models.CASCADE, related_name="areas")
    role = models.CharField(max_length=12, choices=choices(AREA_ROLES))
    geometry = GeometryField(geom_types=POLYGONAL)

    class Meta:
        ordering = ["operation", "date", "side", "role"]

    def __str__(self):
        return f"{self.side} {self.role} on {self.date}"

    layer = AREAS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])

    def neighbour_problems(self):
        return [*super().neighbour_problems(), ("geometry", "; ".join(self.overlap_problems()) or None)]

    def overlap_problems(self):
        """Where this area lies over ground another side holds the same day (the loader's rule)."""
        geometry = self.geometry
        if (not self.operation_id or not self.side_id or not self.date or self.role in rules.OVERLAPPING_ROLES
                or geometry is None or isinstance(geometry, str) or not geometry.is_valid):
            return []
        west, south, east, north = self.operation.bbox
        centre = ((west + east) / 2, (south + north) / 2)
        others = (Area.objects.filter(operation_id=self.operation_id, date=self.date)
                  .exclude(side_id=self.side_id).exclude(pk=self.pk)
                  .exclude(role__in=rules.OVERLAPPING_ROLES).select_related("side"))
        problems = [rules.side_overlap_problem(geometry, other.geometry, other.side.slug, centre)
                    for other in others if other.geometry is not None and other.geometry.is_valid]
        return [problem for problem in problems if problem]


class Front(Dated):
    """The front line between two sides on a day: authored from a source, or derived at load from
    the day's areas (and derived again when an area of that day is edited)."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="fronts")
    time = models.TimeField(null=True, blank=True)
    side_a = models.ForeignKey(Side, on_delete=models.CASCADE, related_name="+")
    side_b = models.ForeignKey(Side, on_delete=models.CASCADE, related_name="+")
    origin = models.CharField(max_length=8, choices=choices(FRONT_ORIGINS), default="authored")
    geometry = GeometryField(geom_types=("LineString", "MultiLineString"))

    class Meta:
        ordering = ["operation", "date", "time", "id"]

    def __str__(self):
        return f"{self.side_a} / {self.side_b} front on {self.date} ({self.origin})"

    layer = FRONTS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])


class Movement(Cited):
    """An attack, withdrawal or breakout: a path drawn as an arrow between two dates."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="movements")
    key = models.SlugField(max_length=80, blank=True)
    side = models.ForeignKey(Side, on_delete=models.CASCADE, related_name="movements")
    formation = models.ForeignKey(
        Formation, null=True, blank=True, on_delete=models.SET_NULL, related_name="movements"
    )
    kind = models.CharField(max_length=14, choices=choices(MOVEMENT_KINDS))
    path = GeometryField(geom_types=("LineString",))
    start_date = models.DateField()
    end_date = models.DateField()
    label = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["operation", "start_date", "id"]

    layer = MOVEMENTS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])

    def __str__(self):
        return self.label or f"{self.side} {self.kind} from {self.start_date}"


class Event(Dated):
    """Something that happened on a day, told in a sentence or two."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="events")
    key = models.SlugField(max_length=80, blank=True)
    time = models.TimeField(null=True, blank=True)
    point = GeometryField(geom_types=("Point",), null=True, blank=True)
    title = models.CharField(max_length=200)
    text = models.TextField()
    importance = models.PositiveSmallIntegerField(choices=choices(EVENT_IMPORTANCES), default=1)
    takes = models.CharField(
        max_length=200, blank=True,
        help_text="The place (its name among the places) the event says changed hands; the areas must agree.")

    class Meta:
        ordering = ["operation", "date", "time", "id"]

    layer = EVENTS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])

    def __str__(self):
        return f"{self.date}: {self.title}"


class Place(Cited):
    """A named place as the period sources spell it: a town, a river, a railway."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="places")
    name = models.CharField(max_length=200, help_text="As in the period sources.")
    modern_name = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=10, choices=choices(PLACE_KINDS))
    gazetteer_id = models.CharField(
        "gazetteer id", max_length=40, blank=True, validators=[RuleValidator("gazetteer_id_problem")],
        help_text="geonames:<digits> or wikidata:Q<digits>.",
    )
    geometry = GeometryField(geom_types=ANY_GEOMETRY)

    class Meta:
        ordering = ["operation", "kind", "name"]

    def __str__(self):
        return f"{self.name} ({self.modern_name})" if self.modern_name else self.name

    layer = PLACES
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])


class KeyMoment(Checked):
    """A moment a teacher steps to: a date and time, a view, the layers shown and a caption."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="key_moments")
    key = models.CharField(max_length=80, validators=[RuleValidator("key_problem")],
                           help_text="Stable id, e.g. km-eve.")
    date = models.DateField()
    time = models.TimeField(null=True, blank=True)
    zoom = models.PositiveSmallIntegerField(
        null=True, blank=True, choices=choices(VIEW_ZOOMS),
        help_text="Needed when the view is a point (its centre); a polygon is framed whole.")
    title = models.CharField(max_length=80)
    caption = models.CharField(max_length=400)
    layers = models.CharField(
        max_length=200, blank=True, validators=[RuleValidator("view_layers_problem")],
        help_text="Layers to show, separated by ';' (areas;fronts;positions;movements;events;places); empty: all.")
    geometry = GeometryField(geom_types=("Point", "Polygon"))
    sources = models.ManyToManyField(Source, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["operation", "date", "time", "key"]
        constraints = [
            models.UniqueConstraint(fields=["operation", "key"], name="unique_key_moment_per_operation"),
        ]

    def __str__(self):
        return f"{self.date}: {self.title}"

    layer = KEY_MOMENTS
    # Its versions, kept across reloads (battlemap/history.py).
    history = RecordHistory(m2m_fields=["sources"])

    @property
    def layer_names(self):
        return [name.strip() for name in self.layers.split(";") if name.strip()]


class OperationEdit(models.Model):
    """One change made to an operation's records outside the loader (the admin, the day view, a
    shell): who, when and what. The loader refuses to replace an operation that has any, unless
    asked to discard them; a load (which replaces the operation) starts it with none."""

    ACTIONS = [("added", "added"), ("changed", "changed"), ("deleted", "deleted")]

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="edits")
    at = models.DateTimeField(auto_now_add=True)
    editor = models.CharField(max_length=150, help_text="The signed-in user's name, or how the change was made.")
    action = models.CharField(max_length=8, choices=ACTIONS)
    record = models.CharField(max_length=300, help_text="The kind of record and which one.")
    # Which record, for refusing a save made against an older version of it (two authors at once).
    model = models.CharField(max_length=40, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    day = models.DateField(null=True, blank=True, help_text="The record's day, for a dated record.")

    class Meta:
        ordering = ["operation", "at", "id"]

    def __str__(self):
        return f"{self.record} {self.action} by {self.editor} at {self.at:%Y-%m-%d %H:%M}"


class OperationTranslation(models.Model):
    """An operation's texts in one other language, as its translation file gives them
    (geodata/translations.py): {part: {id: {field: text}}}, the operation's own as {field: text}.
    A text not given here is shown in English, marked so."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8, help_text="A language code, e.g. uk.")
    texts = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["operation", "language"]
        constraints = [
            models.UniqueConstraint(fields=["operation", "language"], name="one_translation_per_language"),
        ]

    def __str__(self):
        return f"{self.operation} in {self.language}"
