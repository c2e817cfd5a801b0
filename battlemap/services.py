"""Writes: storing a validated operation in the database, replacing any earlier copy."""

from django.apps import apps
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import ValidationError
from django.db import transaction

from geodata.fronts import derived_front_records
from geodata.geometry import GeometryProblem, from_geojson, merged_parts
from geodata.layers import OPERATION, RECORD_LAYERS
from geodata.loader import OperationData, OperationDataError

from .edits import writing_files
from .models import Area, Front, Operation, OperationTranslation, Position, Side
from .selectors.authoring import previous_authored_day

__all__ = [
    "DayEditRefused", "day_copy_previous", "day_save", "front_derive_for_day", "operation_load",
    "operation_touch", "operation_written_back",
]

# The records the day view edits, by the prefix of their ids ("area:12"), and the field each
# keeps its geometry in.
DAY_RECORDS = {"area": (Area, "geometry"), "front": (Front, "geometry"), "position": (Position, "point")}

def _cite(model, objects, records, sources):
    """Link each stored object to the sources its record cites, in one query per model."""
    through = model.sources.through
    owner_field = f"{model._meta.model_name}_id"
    links = [
        through(**{owner_field: stored.pk, "source_id": sources[key].pk})
        for stored, record in zip(objects, records)
        for key in record.get("sources", [])
    ]
    through.objects.bulk_create(links)


def _model_values(layer, record, stored):
    """The keyword arguments of a layer's model for one record, as its description maps them.

    `stored` holds what earlier layers stored, by layer and key ("sides" by slug)."""
    values = {}
    for field in layer.fields:
        if field.kind in ("sources", "parent"):
            continue  # many-to-many and same-layer links are made once the records exist
        value = record[field.name]
        if field.kind == "reference":
            value = stored[field.refers_to].get(value)
        values[field.model_field] = value
    return values


def _store_layer(layer, records, operation, stored):
    """Create a layer's records in one query, then link their sources and parents."""
    model = apps.get_model("battlemap", layer.model)
    owner = {"operation": operation} if layer.owned_by_operation else {}
    objects = model.objects.bulk_create(
        [model(**owner, **_model_values(layer, record, stored)) for record in records]
    )
    if any(field.kind == "sources" for field in layer.fields):
        _cite(model, objects, records, stored["sources"])
    if any(field.kind == "key" for field in layer.fields):
        stored[layer.name] = {stored_object.key: stored_object for stored_object in objects}
    parents = [field for field in layer.fields if field.kind == "parent"]
    if parents:
        by_key = stored[layer.name]
        for stored_object, record in zip(objects, records):
            stored_object.parent = by_key.get(record["parent"])
        model.objects.bulk_update([o for o in objects if o.parent], ["parent"])


def _missing_layer_problems(slug, layers):
    """The layers the last load of `slug` had and `layers` lacks, as problems."""
    stored = Operation.objects.filter(slug=slug).values_list("source_layers", flat=True).first() or ""
    return [
        f"{layer}: loaded last time and missing from the files now; to remove the layer, leave an "
        f"empty {layer} file (a FeatureCollection with no features, or a CSV with its header row only)"
        for layer in stored.split() if layer not in layers
    ]


@transaction.atomic
def operation_load(*, data: OperationData) -> Operation:
    """Store `data` as one operation, replacing the operation with the same slug if there is one.

    Runs in one transaction: on any error the database is left exactly as it was. Raises
    OperationDataError when the files lack a layer the operation was last loaded with (a file
    that could not be read is not taken for the layer's removal).
    """
    meta = data.operation
    if data.layers is not None:
        missing = _missing_layer_problems(meta["slug"], data.layers)
        if missing:
            raise OperationDataError(missing)
    # What the files say is not an edit (battlemap/edits.py); the operation replaced takes its
    # edits with it (load_operation refuses that unless asked to discard them).
    with writing_files():
        return _replace_operation(meta, data)


def _replace_operation(meta, data):
    Operation.objects.filter(slug=meta["slug"]).delete()
    operation = Operation.objects.create(
        **{field.model_field: meta[field.name] for field in OPERATION.fields},
        source_fingerprint=data.fingerprint, source_layers=" ".join(data.layers or []),
    )
    stored = {
        "sides": {
            side["slug"]: Side.objects.create(operation=operation, **side) for side in data.sides
        },
    }
    for layer in RECORD_LAYERS.values():
        _store_layer(layer, getattr(data, layer.name), operation, stored)
    # The texts in other languages, one row per language, as the translation files give them.
    OperationTranslation.objects.bulk_create(
        OperationTranslation(operation=operation, language=language, texts=texts)
        for language, texts in sorted((data.translations or {}).items())
    )
    return operation


def operation_written_back(*, operation: Operation, fingerprint: str) -> None:
    """The operation's folder was written from the database (`export_operation --into-source`):
    the files now hold what it holds, so their fingerprint becomes its own, and a reload finds them
    unchanged. Stored without a signal: writing the files back is no edit, and not in the history."""
    Operation.objects.filter(pk=operation.pk).update(source_fingerprint=fingerprint)


def operation_touch(*, operation: Operation) -> None:
    """Mark the operation as changed, so cached timelines and their ETags are renewed."""
    operation.save(update_fields=["updated_at"])


@transaction.atomic
def front_derive_for_day(*, operation: Operation, date) -> list:
    """Derive `date`'s front again from that day's areas, replacing the derived front stored for it.

    An authored front for the day is kept, and then nothing is derived: it wins over the areas.
    Returns the fronts stored anew."""
    Front.objects.filter(operation=operation, date=date, origin="derived").delete()
    if Front.objects.filter(operation=operation, date=date).exists():
        return []
    areas = [
        {"side": area.side.slug, "role": area.role, "geometry": area.geometry,
         "certainty": area.certainty, "sources": [source.key for source in area.sources.all()]}
        for area in Area.objects.filter(operation=operation, date=date)
        .select_related("side").prefetch_related("sources")
    ]
    side_order = [side.slug for side in operation.sides.all()]
    sides = {side.slug: side for side in operation.sides.all()}
    records = derived_front_records(date, areas, side_order)
    stored = {"sides": sides, "sources": {source.key: source for source in operation.sources.all()}}
    _store_layer(RECORD_LAYERS["fronts"], records, operation, stored)
    return list(Front.objects.filter(operation=operation, date=date, origin="derived"))


class DayEditRefused(Exception):
    """A day view's save that broke a rule: `problems` maps each record's id to its messages."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(f"{key}: {' '.join(messages)}" for key, messages in problems.items()))


def _day_record(operation, date, record_id):
    kind, _, pk = record_id.partition(":")
    if kind not in DAY_RECORDS or not pk.isdigit():
        raise DayEditRefused({record_id: ["is not an area, front or position of the day view"]})
    model, geometry_field = DAY_RECORDS[kind]
    owner = {"formation__operation": operation} if model is Position else {"operation": operation}
    record = model.objects.filter(**owner, date=date, pk=int(pk)).first()
    if record is None:
        raise DayEditRefused({record_id: [f"is not a record of {operation.slug} on {date}"]})
    return record, geometry_field


def _log(user, records, action_flag, message):
    """Admin history entries (LogEntry), so a day view's edits read like any admin change."""
    if user is not None and records:
        LogEntry.objects.log_actions(user_id=user.pk, queryset=records, action_flag=action_flag,
                                     change_message=message)


@transaction.atomic
def day_save(*, operation: Operation, date, geometries: dict, user=None) -> list:
    """Store the day view's edited geometries ({"area:12": GeoJSON, ...}) for `date` in one
    transaction, validated by the models' rules (the loader's) once every edit is in place, so two
    areas moved together are judged as they end up. A front edited here becomes authored.

    Raises DayEditRefused (and stores nothing) when a record breaks a rule; returns the records
    changed, each logged in the admin history, after deriving the day's front and renewing the
    operation's cached documents."""
    changed, problems = [], {}
    for record_id, text in geometries.items():
        record, geometry_field = _day_record(operation, date, record_id)
        try:
            geometry = merged_parts(from_geojson(text))
        except GeometryProblem as problem:
            problems[record_id] = [str(problem)]
            continue
        setattr(record, geometry_field, geometry)
        if isinstance(record, Front):
            record.origin = "authored"
        record.save()
        changed.append((record_id, record, geometry_field))
    for record_id, record, geometry_field in changed:
        try:
            record.full_clean()
        except ValidationError as error:
            problems[record_id] = [message for messages in error.message_dict.values() for message in messages]
    if problems:
        raise DayEditRefused(problems)
    for _record_id, record, geometry_field in changed:
        _log(user, [record], CHANGE, f"Changed {geometry_field} in the day view.")
    if any(isinstance(record, Area) for _id, record, _field in changed):
        front_derive_for_day(operation=operation, date=date)
    operation_touch(operation=operation)
    return [record for _id, record, _field in changed]


@transaction.atomic
def day_copy_previous(*, operation: Operation, date, user=None) -> dict:
    """Copy the previous authored day's areas and positions to `date`, with their sources: areas
    only when `date` has none, positions for the formations that have none on `date`.

    Returns how many of each were copied, and from which days."""
    copied = {"areas": [], "positions": []}
    # Sources are read per record, not prefetched: set() on a copy would read the prefetched list
    # as the copy's own and add nothing.
    area_day = previous_authored_day(Area, operation, date)
    if area_day and not Area.objects.filter(operation=operation, date=date).exists():
        for area in Area.objects.filter(operation=operation, date=area_day):
            sources = list(area.sources.all())
            area.pk, area.date = None, date
            area.save()
            area.sources.set(sources)
            copied["areas"].append(area)
    position_day = previous_authored_day(Position, operation, date)
    if position_day:
        placed = set(Position.objects.filter(formation__operation=operation, date=date).values_list("formation_id", flat=True))
        for position in (Position.objects.filter(formation__operation=operation, date=position_day)
                         .exclude(formation_id__in=placed)):
            sources = list(position.sources.all())
            position.pk, position.date = None, date
            position.save()
            position.sources.set(sources)
            copied["positions"].append(position)
    message = "Copied from the previous authored day in the day view."
    _log(user, copied["areas"] + copied["positions"], ADDITION, message)
    if copied["areas"]:
        front_derive_for_day(operation=operation, date=date)
    if copied["areas"] or copied["positions"]:
        operation_touch(operation=operation)
    return {"areas": len(copied["areas"]), "positions": len(copied["positions"]),
            "area_day": area_day, "position_day": position_day}
