"""Every record's versions (django-simple-history): who changed what, the differences between two
versions, and restoring one.

A load replaces an operation's records with new ones (new ids), so each version also carries the
record's *identity* (operation slug, layer and natural key: a formation's key, a position's
formation and day, an area's day, side and role and its rank among those): the versions of a record
replaced by a reload stay found through it. The loader writes one version per record in bulk,
attributed to LOADER (battlemap/edits.py's writing_files calls record_load once it has loaded);
the admin's request writes one version per record changed, however many times the form saves it
and its sources (OneVersionPerRequest).
"""

import contextvars
from contextlib import contextmanager

from django.db import connection, models, transaction
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record
from simple_history.utils import get_m2m_field_name

from .fields import GeometryField

__all__ = [
    "LOADER", "HistoryRow", "OneVersionPerRequest", "RecordHistory", "RestoreRefused", "identity_label",
    "identity_of", "removed_records", "version_changes", "version_restore", "versions_of", "versions_of_identity",
]

# Who wrote the versions a load writes.
LOADER = "load_operation"
# Fields that are bookkeeping, not content: never shown as a change, never restored.
BOOKKEEPING = {"id", "updated_at", "source_fingerprint", "source_layers"}

# The versions written in this request, by (model, pk): a second save of the same record in one
# request updates its version rather than adding another.
_versions_this_request = contextvars.ContextVar("battlemap_versions_this_request", default=None)
# Whether the loader is writing (battlemap/edits.py's writing_files says so): no version per row then.
_loader_writing = contextvars.ContextVar("battlemap_history_loader_writing", default=False)
# Who makes the changes being made now (battlemap/edits.py tells, at start-up: editors_named_by).
_editor_source = [lambda: ""]


@contextmanager
def loader_writing():
    """Inside, the loader writes: no version is written per row (record_load writes them after)."""
    token = _loader_writing.set(True)
    try:
        yield
    finally:
        _loader_writing.reset(token)


def editors_named_by(source):
    """`source()` names who makes the changes being made now (the signed-in user, or a shell)."""
    _editor_source[0] = source


class HistoryRow(models.Model):
    """What every version keeps beside the record's fields: its identity across loads and who made it."""

    identity = models.CharField(max_length=400, blank=True, db_index=True,
                                help_text="Operation slug, layer and natural key: the same across reloads.")
    editor = models.CharField(max_length=150, blank=True, help_text="The signed-in user, a shell, or the loader.")

    class Meta:
        abstract = True


class RecordHistory(HistoricalRecords):
    """simple-history's HistoricalRecords, silent while the loader writes (it writes its versions
    in bulk afterwards) and writing one version per record and request."""

    def __init__(self, **kwargs):
        super().__init__(bases=[HistoryRow], **kwargs)

    def post_save(self, instance, created, using=None, update_fields=None, **kwargs):
        # The operation's timestamp renewed after an edit of its records (operation_touch) is no version.
        bookkeeping = update_fields is not None and set(update_fields) <= BOOKKEEPING
        if not _loader_writing.get() and not bookkeeping:
            super().post_save(instance, created, using=using, update_fields=update_fields, **kwargs)

    def post_delete(self, instance, using=None, **kwargs):
        if not _loader_writing.get():
            super().post_delete(instance, using=using, **kwargs)

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not _loader_writing.get():
            super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)

    def create_historical_record(self, instance, history_type, using=None):
        written = _versions_this_request.get()
        key = (type(instance), instance.pk)
        if written is not None and key in written and history_type == "~":
            self._refresh_version(written[key], instance)
            return
        super().create_historical_record(instance, history_type, using=using)
        if written is not None:
            manager = getattr(instance, self.manager_name)
            written[key] = manager.order_by("-history_id").first()

    def _refresh_version(self, version, instance):
        for field in self.fields_included(instance):
            setattr(version, field.attname, getattr(instance, field.attname))
        version.save()
        for field in version._history_m2m_fields:
            self.m2m_models[field].objects.filter(history=version).delete()
        self.create_historical_record_m2ms(version, instance)


@contextmanager
def one_version_per_record():
    """Inside, each record changed gets one version however often it is saved."""
    token = _versions_this_request.set({})
    try:
        yield
    finally:
        _versions_this_request.reset(token)


class OneVersionPerRequest:
    """Middleware: a form's save, its sources' and its citations' are one version of the record."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_version_per_record():
            return self.get_response(request)


def _stamp_version(sender, instance, history_instance, **kwargs):
    if isinstance(history_instance, HistoryRow):
        try:
            history_instance.identity = identity_of(instance)
        except models.ObjectDoesNotExist:  # a record deleted along with what names it
            history_instance.identity = ""
        history_instance.editor = LOADER if _loader_writing.get() else _editor_source[0]()


pre_create_historical_record.connect(_stamp_version, dispatch_uid="battlemap-history-stamp")


# --- Identity: which record a version is of, across loads ------------------------------------

# A layer's natural key: the fields that name a record (references by their slug or key). Records
# named alike (two areas of one side on one day) are told apart by their rank, in id order. A
# movement or event with a key is named by its key alone.
NATURAL_KEYS = {
    "operation": ((), False),
    "side": (("slug",), False),
    "source": (("key",), False),
    "formation": (("key",), False),
    "keymoment": (("key",), False),
    "position": (("formation", "date"), False),
    "area": (("date", "side", "role"), True),
    "front": (("date", "time", "side_a", "side_b"), True),
    "movement": (("key", "start_date", "side", "kind"), True),
    "event": (("key", "date", "title"), True),
    "place": (("kind", "name"), True),
}


def _key_text(value):
    if value is None:
        return ""
    if isinstance(value, models.Model):
        return getattr(value, "key", None) or getattr(value, "slug", None) or str(value.pk)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _natural_fields(record):
    """The fields that name `record`, and whether records named alike are ranked."""
    fields, ranked = NATURAL_KEYS[record._meta.model_name]
    if fields[:1] == ("key",) and record.key:
        return ("key",), False
    return fields, ranked


def _natural(record):
    fields, _ = _natural_fields(record)
    return tuple(_key_text(getattr(record, name)) for name in fields)


def _operation_slug(record):
    operation = record if record._meta.model_name == "operation" else record.record_operation()
    return operation.slug if operation is not None else ""


def _identity_text(slug, record, natural, rank):
    text = "/".join([slug, record._meta.model_name, *natural])
    return f"{text}#{rank}" if rank is not None else text


def identity_of(record):
    """The record's identity: the same for the record a reload stores in its place."""
    fields, ranked = _natural_fields(record)
    rank = None
    if ranked and record.pk is not None:
        same = {name: getattr(record, name) for name in fields}
        rank = 1 + type(record).objects.filter(operation_id=record.operation_id, pk__lt=record.pk, **same).count()
    return _identity_text(_operation_slug(record), record, _natural(record), rank)


def _owner_filter(model, operation):
    name = model._meta.model_name
    if name == "operation":
        return {"pk": operation.pk}
    return {"formation__operation": operation} if name == "position" else {"operation": operation}


class _Named:
    """A record's natural key, read without its geometry: what `_natural` reads from a record."""

    def __init__(self, model, values):
        self._meta = model._meta
        self.__dict__.update(values)


def _identities_by_id(model, operation):
    """{id: identity} of the operation's records of `model`, read in one query without geometries."""
    names = {name for fields, _ in [NATURAL_KEYS[model._meta.model_name]] for name in fields}
    columns = {}
    for name in names:
        field = model._meta.get_field(name)
        columns[name] = f"{name}__{'key' if field.related_model._meta.model_name == 'formation' else 'slug'}" \
            if field.is_relation else name
    rows = model.objects.filter(**_owner_filter(model, operation)).order_by("pk").values("pk", *columns.values())
    records = [(row["pk"], _Named(model, {name: row[column] for name, column in columns.items()})) for row in rows]
    identities = _identities(operation.slug, [record for _, record in records])
    return {pk: identity for (pk, _), identity in zip(records, identities)}


def _identities(slug, records):
    seen = {}
    identities = []
    for record in records:
        natural = _natural(record)
        _, ranked = _natural_fields(record)
        seen[natural] = seen.get(natural, 0) + 1
        identities.append(_identity_text(slug, record, natural, seen[natural] if ranked else None))
    return identities


def record_load(operation):
    """One version of every record of a freshly loaded operation, attributed to LOADER. Copied
    row for row in SQL (the geometries are never parsed), a few queries per layer."""
    now = timezone.now()
    with connection.cursor() as cursor:
        for model in _record_models():
            identities = _identities_by_id(model, operation)
            if identities:
                _copy_versions(cursor, model, operation, identities, now)


def _copy_versions(cursor, model, operation, identities, now):
    history_model = model.history.model
    quote = connection.ops.quote_name
    fields = history_model.tracked_fields
    history_table = history_model._meta.db_table
    cursor.execute(f"SELECT COALESCE(MAX(history_id), 0) FROM {quote(history_table)}")
    before = cursor.fetchone()[0]
    records = model.objects.filter(**_owner_filter(model, operation)).order_by().values_list(*[f.attname for f in fields])
    select, params = records.query.sql_with_params()
    extra = ["history_date", "history_type", "history_change_reason", "editor", "identity"]
    columns = ", ".join(quote(c) for c in [*[f.column for f in fields], *extra])
    stamp = [connection.ops.adapt_datetimefield_value(now), "+", LOADER, LOADER]
    named = list(identities.items())
    # A parameter in a SELECT list is text to PostgreSQL, which does not make it a timestamp unasked.
    moment = "CAST(%s AS timestamp with time zone)" if connection.vendor == "postgresql" else "%s"
    for start in range(0, len(named), 2000):
        chunk = named[start:start + 2000]
        # Each record's identity joined in as it is copied: the rows are written once, never updated.
        cursor.execute(
            f"WITH names (record_id, record_identity) AS (VALUES {', '.join(['(%s, %s)'] * len(chunk))}) "
            f"INSERT INTO {quote(history_table)} ({columns}) "
            f"SELECT records.*, {moment}, %s, %s, %s, names.record_identity FROM ({select}) records "
            f"JOIN names ON names.record_id = records.{quote(model._meta.pk.attname)}",
            [value for pair in chunk for value in pair] + stamp + list(params))
    for field in history_model._history_m2m_fields:
        _copy_links(cursor, field, history_table, before)


def _copy_links(cursor, field, history_table, before):
    """The sources each new version cites, as its record cites them: one INSERT ... SELECT."""
    quote = connection.ops.quote_name
    m2m_model = RecordHistory.m2m_models[field]
    through = field.remote_field.through
    owner_column = through._meta.get_field(get_m2m_field_name(field)).column
    columns = [f.column for f in through._meta.fields]
    cursor.execute(
        f"INSERT INTO {quote(m2m_model._meta.db_table)} ({', '.join(quote(c) for c in columns)}, {quote('history_id')}) "
        f"SELECT {', '.join('t.' + quote(c) for c in columns)}, h.{quote('history_id')} "
        f"FROM {quote(through._meta.db_table)} t JOIN {quote(history_table)} h ON h.{quote('id')} = t.{quote(owner_column)} "
        f"WHERE h.{quote('history_id')} > %s", [before])


def _record_models():
    """The models that keep versions, the operation first."""
    from django.apps import apps

    models_ = [model for model in apps.get_app_config("battlemap").get_models()
               if getattr(model._meta, "simple_history_manager_attribute", None) == "history"]
    return sorted(models_, key=lambda model: model._meta.model_name != "operation")


# --- Reading versions ---------------------------------------------------------------------------

def versions_of(record):
    """Every version of `record`, newest first, those of the records it replaced at reloads included."""
    history = type(record).history.model.objects
    identities = set(history.filter(id=record.pk).values_list("identity", flat=True)) - {""}
    ids = set(history.filter(identity__in=identities).values_list("id", flat=True)) | {record.pk}
    return list(history.filter(id__in=ids).order_by("-history_date", "-history_id"))


def identity_label(identity):
    """An identity without its operation and layer: a side's slug, a formation's key, an
    operation's own slug."""
    slug, _, rest = identity.partition("/")
    layer, _, natural = rest.partition("/")
    return natural or slug


def removed_records(operation):
    """The records of `operation`'s slug that have versions but are no longer stored (deleted, or
    left out of the files at a reload), as their latest versions, newest first."""
    latest = []
    for model in _record_models():
        if model._meta.model_name == "operation":
            continue
        history = model.history.model.objects
        prefix = f"{operation.slug}/{model._meta.model_name}/"
        current = set(history.filter(id__in=model.objects.filter(**_owner_filter(model, operation)).values("pk"))
                      .values_list("identity", flat=True))
        last_ids = (history.filter(identity__startswith=prefix).exclude(identity__in=current)
                    .values("identity").annotate(last=models.Max("history_id")).values_list("last", flat=True))
        latest += list(history.filter(history_id__in=list(last_ids)))
    return sorted(latest, key=lambda version: version.history_date, reverse=True)


def versions_of_identity(model, identity):
    """Every version kept of the records with `identity`, newest first."""
    return list(model.history.model.objects.filter(identity=identity).order_by("-history_date", "-history_id"))


class _Labels:
    """Names for the ids a version refers to (a side's slug, a source's key), whichever load they were of."""

    def __init__(self):
        self.cache = {}

    def __call__(self, model, pk):
        if pk is None:
            return ""
        if (model, pk) not in self.cache:
            latest = model.history.model.objects.filter(id=pk).order_by("-history_id").first()
            self.cache[(model, pk)] = identity_label(latest.identity) if latest and latest.identity else str(pk)
        return self.cache[(model, pk)]


def _shown(version, field, labels):
    value = getattr(version, field.attname)
    if field.is_relation:
        return labels(field.related_model, value)
    if value is None or value == "" or value == []:
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return value


def _sources_of(version, labels):
    fields = version._history_m2m_fields
    if not fields:
        return None
    source_model = fields[0].related_model
    return sorted(labels(source_model, link.source_id) for link in getattr(version, fields[0].name).all())


def version_changes(version, older):
    """The changes `version` made to `older` (None: it is the first known): [{field, old, new,
    geometry}], a geometry's old and new values as shapely for the map."""
    labels = _Labels()
    changes = []
    for field in version.tracked_fields:
        if field.name in BOOKKEEPING or field.attname in BOOKKEEPING or not field.editable:
            continue
        new, old = _shown(version, field, labels), _shown(older, field, labels) if older else ""
        if isinstance(field, GeometryField):
            new_geometry, old_geometry = getattr(version, field.attname), getattr(older, field.attname, None)
            if older is None or not _same_geometry(new_geometry, old_geometry):
                changes.append({"field": field.verbose_name, "geometry": True, "old": old_geometry, "new": new_geometry})
        elif new != old:
            changes.append({"field": field.verbose_name, "geometry": False, "old": old, "new": new})
    sources, older_sources = _sources_of(version, labels), _sources_of(older, labels) if older else []
    if sources is not None and sources != older_sources:
        changes.append({"field": "sources", "geometry": False, "old": ", ".join(older_sources or []),
                        "new": ", ".join(sources)})
    return changes


def _same_geometry(one, other):
    if one is None or other is None:
        return one is other
    return one.equals_exact(other, 1e-9)


# --- Restoring ----------------------------------------------------------------------------------

class RestoreRefused(Exception):
    """A restore that cannot be made: the message says why."""


def _current(model, pk, operation):
    """The record of `operation` that the id `pk` (of any load) refers to now: itself if it is still
    stored, else the record with its identity."""
    if pk is None:
        return None
    found = model.objects.filter(pk=pk).first()
    if found is not None and _operation_slug(found) == operation.slug:
        return found
    latest = model.history.model.objects.filter(id=pk).exclude(identity="").order_by("-history_id").first()
    if latest is None:
        return None
    current_ids = model.history.model.objects.filter(identity=latest.identity).values_list("id", flat=True)
    candidates = model.objects.filter(pk__in=set(current_ids))
    return next((record for record in candidates if identity_of(record) == latest.identity), None)


@transaction.atomic
def version_restore(*, record, version):
    """Make `record` what `version` (one of its versions) says: its fields, geometry, citations and
    sources. References to records of an earlier load are taken to their successors. Returns the
    names of the fields restored. Raises RestoreRefused when a reference has no successor, and
    ValidationError when the version breaks a rule of the operation as it is now."""
    operation = record if record._meta.model_name == "operation" else record.record_operation()
    restored = []
    for field in version.tracked_fields:
        if field.name in BOOKKEEPING or not field.editable:
            continue
        value = getattr(version, field.attname)
        if field.is_relation:
            target = _current(field.related_model, value, operation) if operation is not None else None
            if value is not None and target is None:
                raise RestoreRefused(f"the {field.verbose_name} this version names ({value}) is no longer "
                                     f"in the operation")
            value = target.pk if target is not None else None
        if getattr(record, field.attname) != value:
            setattr(record, field.attname, value)
            restored.append(field.verbose_name)
    if record._meta.model_name == "front":
        # A front restored in the admin is authored, as any front saved there is: the day's areas
        # no longer replace it.
        record.origin = "authored"
    record.full_clean()
    record.save()
    for field in version._history_m2m_fields:
        sources = [_current(field.related_model, link.source_id, operation)
                   for link in getattr(version, field.name).all()]
        wanted = {source.pk for source in sources if source is not None}
        if wanted != set(getattr(record, field.name).values_list("pk", flat=True)):
            getattr(record, field.name).set(wanted)
            restored.append(field.name)
    return restored
