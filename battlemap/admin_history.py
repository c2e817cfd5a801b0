"""The admin's history of a record: every version (those of the records it replaced at reloads
included), what each changed, the geometry's change drawn on a map, and *Restore this version*."""

import json
from functools import partial

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse

from geodata.geometry import to_geojson

from .edits import latest_edit_id, newer_edits, record_models, stale_save_message
from .history import (
    LOADER, RestoreRefused, identity_label, removed_records, version_changes, version_restore, versions_of,
    versions_of_identity,
)
from .services import operation_touch

__all__ = ["HistoryAdmin"]

# The versions a history page shows, newest first.
VERSIONS_SHOWN = 40
ACTIONS = {"+": "added", "~": "changed", "-": "deleted"}


def _text(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _version_rows(record, versions):
    """Each version shown with what it changed; `record` is None for a record no longer stored."""
    rows = []
    for position, version in enumerate(versions[:VERSIONS_SHOWN]):
        older = versions[position + 1] if position + 1 < len(versions) else None
        changes = version_changes(version, older)
        geometry = next((change for change in changes if change["geometry"]), None)
        rows.append({
            "version": version,
            "action": ACTIONS.get(version.history_type, version.history_type),
            "by_loader": version.editor == LOADER,
            "editor": version.editor or "unknown",
            # A version of the record a reload replaced (its id was another then).
            "earlier_load": record is not None and version.id != record.pk,
            "current": position == 0,
            "changes": [{"field": change["field"], "geometry": change["geometry"],
                         "old": _text(change["old"]) if not change["geometry"] else "",
                         "new": _text(change["new"]) if not change["geometry"] else ""} for change in changes],
            "map": geometry is not None and version.history_type != "-",
        })
    return rows


class HistoryAdmin:
    """A ModelAdmin mixin: its History page lists the record's versions, with a map of each
    geometry's change and a form to restore a version (refused when stale, as any save is)."""

    def operation_of(self, record):
        operation = record.record_operation()
        return record if operation is None and record._meta.model_name == "operation" else operation

    def after_change(self, operation, days):
        """What else a restore of records on `days` changes (TouchesOperationAdmin says)."""

    def history_view(self, request, object_id, extra_context=None):
        record = self.get_object(request, object_id)
        if record is None:
            raise Http404(f"no {self.model._meta.verbose_name} {object_id}")
        if not self.has_view_or_change_permission(request, record):
            raise PermissionDenied
        versions = versions_of(record)
        rows = _version_rows(record, versions)
        operation = self.operation_of(record)
        context = {
            **self.admin_site.each_context(request),
            "title": f"History: {record}",
            "opts": self.model._meta,
            "record": record,
            "rows": rows,
            "count": len(versions),
            "shown": min(len(versions), VERSIONS_SHOWN),
            "maps": _maps(versions, rows),
            "context_url": _context_url(self, record),
            "removed": _removed_rows(record) if record._meta.model_name == "operation" else None,
            "read_at": latest_edit_id(operation) if operation else 0,
            "can_restore": self.has_change_permission(request, record),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "battlemap/admin/history.html", context)

    def history_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_restore"
        return [path("<path:object_id>/history/<int:version_id>/restore/",
                     self.admin_site.admin_view(partial(restore_view, self)), name=name)]


def _maps(versions, rows):
    """{version id: {old, new}} as GeoJSON, for each version shown that changed a geometry."""
    maps = {}
    for position, row in enumerate(rows):
        if row["map"]:
            version = row["version"]
            older = versions[position + 1] if position + 1 < len(versions) else None
            attname = next(iter(_geometry_attnames(version)))
            maps[str(version.history_id)] = {
                "new": _geojson(getattr(version, attname)),
                "old": _geojson(getattr(older, attname)) if older is not None else None,
            }
    return maps


def _removed_rows(operation):
    return [{"version": version, "kind": type(version).instance_type._meta.verbose_name,
             "name": identity_label(version.identity), "action": ACTIONS.get(version.history_type, ""),
             "url": reverse("admin:battlemap_operation_removed_history",
                            args=[operation.pk, type(version).instance_type._meta.model_name, version.history_id])}
            for version in removed_records(operation)]


def removed_history_view(model_admin, request, object_id, model_name, version_id):
    """The versions of a record of the operation that is no longer stored: read only."""
    operation = model_admin.get_object(request, object_id)
    model = next((m for m in record_models() if m._meta.model_name == model_name), None)
    if operation is None or model is None:
        raise Http404("no such operation or kind of record")
    if not model_admin.has_view_or_change_permission(request, operation):
        raise PermissionDenied
    version = model.history.model.objects.filter(history_id=version_id).first()
    if version is None or not version.identity.startswith(f"{operation.slug}/{model_name}/"):
        raise Http404(f"no version {version_id} of a {model._meta.verbose_name} of {operation.slug}")
    versions = versions_of_identity(model, version.identity)
    rows = _version_rows(None, versions)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"History of a {model._meta.verbose_name} no longer stored: {identity_label(version.identity)}",
        "opts": model_admin.model._meta,
        "record": operation,
        "rows": rows,
        "count": len(versions),
        "shown": min(len(versions), VERSIONS_SHOWN),
        "maps": _maps(versions, rows),
        "context_url": "",
        "read_at": 0,
        "can_restore": False,
        "removed_record": True,
    }
    return TemplateResponse(request, "battlemap/admin/history.html", context)


def _geometry_attnames(version):
    from .fields import GeometryField

    return {field.attname for field in version.tracked_fields if isinstance(field, GeometryField)}


def _geojson(geometry):
    return json.loads(to_geojson(geometry)) if geometry is not None else None


def _context_url(model_admin, record):
    try:
        return reverse(f"admin:{model_admin.opts.app_label}_{model_admin.opts.model_name}_map_context_of", args=[record.pk])
    except NoReverseMatch:
        return ""


def restore_view(model_admin, request, object_id, version_id):
    """Restore one version of a record: refused when the record changed since the page was read."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    record = model_admin.get_object(request, object_id)
    if record is None:
        raise Http404(f"no {model_admin.model._meta.verbose_name} {object_id}")
    if not model_admin.has_change_permission(request, record):
        raise PermissionDenied
    version = next((v for v in versions_of(record) if v.history_id == version_id), None)
    if version is None:
        raise Http404(f"version {version_id} is not one of this {model_admin.model._meta.verbose_name}'s")
    here = reverse(f"admin:{model_admin.opts.app_label}_{model_admin.opts.model_name}_history", args=[record.pk])
    operation = model_admin.operation_of(record)
    read_at = request.POST.get("read_at", "")
    newer = newer_edits(operation, int(read_at) if read_at.isdigit() else 0,
                        model=model_admin.model._meta.model_name, object_id=record.pk) if operation else None
    if newer is not None and newer.exists():
        messages.error(request, stale_save_message(newer, f"this {model_admin.model._meta.verbose_name}"))
        return redirect(here)
    day_before = getattr(record, "date", None)
    try:
        with transaction.atomic():
            restored = version_restore(record=record, version=version)
            if operation is not None:
                model_admin.after_change(operation, {day_before, getattr(record, "date", None)} - {None})
                operation_touch(operation=operation)
    except RestoreRefused as refused:
        messages.error(request, f"Not restored: {refused}.")
        return redirect(here)
    except ValidationError as invalid:
        texts = [f"{field}: {' '.join(errors)}" for field, errors in invalid.message_dict.items()] \
            if hasattr(invalid, "error_dict") else invalid.messages
        messages.error(request, "Not restored: the version breaks the operation's rules as they are now: " + "; ".join(texts))
        return redirect(here)
    when = f"{version.history_date:%Y-%m-%d %H:%M:%S} UTC"
    what = ", ".join(restored) if restored else "nothing differed"
    model_admin.log_change(request, record, f"Restored the version of {when} ({what}).")
    messages.success(request, f"Restored the version of {when}: {what}.")
    return redirect(here)
