"""Export: a stored operation mapped back to `OperationData`, field by field as geodata.layers says."""

from geodata.layers import OPERATION, RECORD_LAYERS, REFERENCE_KEYS, SIDES
from geodata.loader import OperationData

from .queries import (
    areas_by_authored_date, events_for, formations_for, fronts_by_authored_date, key_moments_for,
    movements_for, places_for, positions_for,
)

__all__ = ["operation_as_data"]


def _record(layer, stored):
    """One stored object as the loader's record of its layer."""
    record = {}
    for field in layer.fields:
        if field.kind == "sources":
            record[field.name] = stored.source_keys
            continue
        value = getattr(stored, field.model_field)
        if field.kind in ("reference", "parent"):
            refers_to = field.refers_to or layer.name
            value = getattr(value, REFERENCE_KEYS[refers_to]) if value is not None else None
        record[field.name] = value
    return record


def _stored_layers(operation):
    """Each layer's stored objects, in the order the API and the files list them."""
    return {
        "sources": list(operation.sources.all()),
        "formations": formations_for(operation),
        "positions": positions_for(operation),
        "areas": [area for areas in areas_by_authored_date(operation).values() for area in areas],
        "fronts": [front for fronts in fronts_by_authored_date(operation).values() for front in fronts],
        "movements": movements_for(operation),
        "events": events_for(operation),
        "places": places_for(operation),
        "key_moments": key_moments_for(operation),
    }


def operation_as_data(operation):
    """The stored operation as `OperationData`, the form the loader produces and writers take."""
    stored = _stored_layers(operation)
    return OperationData(
        operation=_record(OPERATION, operation),
        sides=[_record(SIDES, side) for side in operation.sides.all()],
        **{
            name: [_record(layer, stored_object) for stored_object in stored[name]]
            for name, layer in RECORD_LAYERS.items()
        },
        origin=f"database:{operation.slug}",
        translations={row.language: row.texts for row in operation.translations.all()},
        fingerprint=operation.source_fingerprint,
    )
