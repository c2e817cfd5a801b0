"""Export: a stored operation mapped back to `OperationData`, field by field as geodata.layers says,
and written to a folder in the canonical form (geodata/writer.py)."""

from pathlib import Path

from django.apps import apps
from django.conf import settings

from geodata.layers import OPERATION, RECORD_LAYERS, REFERENCE_KEYS, SIDES
from geodata.loader import OperationData
from geodata.writer import write_operation_folder

from .queries import cited

__all__ = ["operation_as_data", "operation_folder", "operation_write_folder"]


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


def _stored_layer(operation, layer):
    """A layer's stored objects in the order they were stored: the files' order when loaded, a
    record added since at the end. The canonical files keep that order, so that an edit never
    moves a record and the records' ids in the API stay as they were."""
    model = apps.get_model("battlemap", layer.model)
    owner = {"operation": operation} if layer.owned_by_operation else {"formation__operation": operation}
    related = [field.model_field for field in layer.fields if field.kind in ("reference", "parent")]
    stored = model.objects.filter(**owner).select_related(*related).order_by("pk")
    return cited(stored) if any(field.kind == "sources" for field in layer.fields) else list(stored)


def operation_as_data(operation):
    """The stored operation as `OperationData`, the form the loader produces and writers take."""
    return OperationData(
        operation=_record(OPERATION, operation),
        sides=[_record(SIDES, side) for side in operation.sides.order_by("pk")],
        **{
            name: [_record(layer, stored_object) for stored_object in _stored_layer(operation, layer)]
            for name, layer in RECORD_LAYERS.items()
        },
        origin=f"database:{operation.slug}",
        # Each language's texts as its file gave them ('about' and each entry's 'source' kept): the
        # writer writes them back as translations/<language>.json.
        translations={row.language: row.texts for row in operation.translations.all()},
        fingerprint=operation.source_fingerprint,
        # The layers its files had when it was loaded (an empty one included): written back even empty.
        layers=operation.source_layers.split() or None,
    )


def operation_folder(operation):
    """The operation's own folder in the repository, geodata/<slug>/ (which may not exist)."""
    return Path(settings.BASE_DIR) / "geodata" / operation.slug


def operation_write_folder(operation, directory, *, other_files_from=None):
    """Write the stored operation into `directory` as a folder in canonical form: its stored
    translations (OperationTranslation, 'about' kept) as translations/<language>.json, and the files
    of `other_files_from` that are no layer (README.md, notes) copied untouched."""
    return write_operation_folder(operation_as_data(operation), directory, other_files_from=other_files_from)
