"""Writes: storing a validated operation in the database, replacing any earlier copy."""

from django.db import transaction

from geodata.loader import OperationData

from .models import Area, Event, Formation, Movement, Operation, Place, Position, Side, Source

__all__ = ["operation_load", "operation_touch"]


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


def _cited_fields(record):
    return {"certainty": record["certainty"], "note": record["note"]}


@transaction.atomic
def operation_load(*, data: OperationData) -> Operation:
    """Store `data` as one operation, replacing the operation with the same slug if there is one.

    Runs in one transaction: on any error the database is left exactly as it was.
    """
    meta = data.operation
    Operation.objects.filter(slug=meta["slug"]).delete()
    operation = Operation.objects.create(
        slug=meta["slug"], name=meta["name"], other_names=meta["other_names"],
        start_date=meta["start_date"], end_date=meta["end_date"], bbox=meta["bbox"],
        summary=meta["summary"], source_fingerprint=data.fingerprint,
    )
    sides = {
        side["slug"]: Side.objects.create(operation=operation, **side) for side in data.sides
    }
    sources = {
        stored.key: stored
        for stored in Source.objects.bulk_create(
            [Source(operation=operation, **record) for record in data.sources]
        )
    }

    formations = Formation.objects.bulk_create([
        Formation(
            operation=operation, key=record["key"], name=record["name"],
            side=sides[record["side"]], echelon=record["echelon"], branch=record["branch"],
            commander=record["commander"], sidc=record["sidc"], **_cited_fields(record),
        )
        for record in data.formations
    ])
    _cite(Formation, formations, data.formations, sources)
    formations_by_key = {formation.key: formation for formation in formations}
    for formation, record in zip(formations, data.formations):
        formation.parent = formations_by_key.get(record["parent"])
    Formation.objects.bulk_update(
        [formation for formation in formations if formation.parent], ["parent"]
    )

    positions = Position.objects.bulk_create([
        Position(
            formation=formations_by_key[record["formation"]], date=record["date"],
            point=record["geometry"], status=record["status"], strength=record["strength"],
            **_cited_fields(record),
        )
        for record in data.positions
    ])
    _cite(Position, positions, data.positions, sources)

    areas = Area.objects.bulk_create([
        Area(
            operation=operation, date=record["date"], side=sides[record["side"]],
            role=record["role"], geometry=record["geometry"], **_cited_fields(record),
        )
        for record in data.areas
    ])
    _cite(Area, areas, data.areas, sources)

    movements = Movement.objects.bulk_create([
        Movement(
            operation=operation, key=record["key"], side=sides[record["side"]],
            formation=formations_by_key.get(record["formation"]), kind=record["kind"],
            path=record["geometry"], start_date=record["start_date"],
            end_date=record["end_date"], label=record["label"], **_cited_fields(record),
        )
        for record in data.movements
    ])
    _cite(Movement, movements, data.movements, sources)

    events = Event.objects.bulk_create([
        Event(
            operation=operation, key=record["key"], date=record["date"], time=record["time"],
            point=record["geometry"], title=record["title"], text=record["text"],
            importance=record["importance"], **_cited_fields(record),
        )
        for record in data.events
    ])
    _cite(Event, events, data.events, sources)

    places = Place.objects.bulk_create([
        Place(
            operation=operation, name=record["name"], modern_name=record["modern_name"],
            kind=record["kind"], geometry=record["geometry"], **_cited_fields(record),
        )
        for record in data.places
    ])
    _cite(Place, places, data.places, sources)
    return operation


def operation_touch(*, operation: Operation) -> None:
    """Mark the operation as changed, so cached timelines and their ETags are renewed."""
    operation.save(update_fields=["updated_at"])
