"""Writes: storing a validated operation in the database, replacing any earlier copy."""

from django.apps import apps
from django.db import transaction

from geodata.fronts import derived_front_records
from geodata.layers import LAYERS, OPERATION
from geodata.loader import OperationData

from .models import Area, Front, Operation, Side

__all__ = ["front_derive_for_day", "operation_load", "operation_touch"]

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


@transaction.atomic
def operation_load(*, data: OperationData) -> Operation:
    """Store `data` as one operation, replacing the operation with the same slug if there is one.

    Runs in one transaction: on any error the database is left exactly as it was.
    """
    meta = data.operation
    Operation.objects.filter(slug=meta["slug"]).delete()
    operation = Operation.objects.create(
        **{field.model_field: meta[field.name] for field in OPERATION.fields},
        source_fingerprint=data.fingerprint,
    )
    stored = {
        "sides": {
            side["slug"]: Side.objects.create(operation=operation, **side) for side in data.sides
        },
    }
    for layer in LAYERS.values():
        _store_layer(layer, getattr(data, layer.name), operation, stored)
    return operation


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
    _store_layer(LAYERS["fronts"], records, operation, stored)
    return list(Front.objects.filter(operation=operation, date=date, origin="derived"))
