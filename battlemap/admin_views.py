"""The admin's own pages: the reference layers around a record's map, and the day view that edits
one day of an operation on one map."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .admin_new_records import NEW_KINDS, new_record_form, new_record_save
from .edits import latest_edit_id, newer_edits, stale_save_message
from .models import Formation, Operation
from .selectors import authoring_context, authoring_day, day_records, operation_dates
from .services import DayEditRefused, day_copy_previous, day_save

__all__ = ["map_context_view", "day_view"]


def _date_or_none(text):
    """A day from a URL (ISO) or from a form's date input (any of the formats the site accepts)."""
    try:
        return forms.DateField(required=False).clean(text)
    except ValidationError:
        return None


def _wanted(model, value):
    return model.objects.filter(pk=value).first() if str(value or "").isdigit() else None


def map_context_view(model_admin, request, object_id=None):
    """JSON: the reference layers around a record (or around a new one), for its geometry widget.

    The form's own operation (or formation) and date, when given as ?operation=, ?formation= and
    ?date=, win over the stored record's, so the map follows the form as it is edited."""
    record = model_admin.get_object(request, object_id) if object_id else None
    if object_id and record is None:
        raise Http404(f"no {model_admin.model._meta.verbose_name} {object_id}")
    if not model_admin.has_view_or_change_permission(request, record):
        raise PermissionDenied
    formation = _wanted(Formation, request.GET.get("formation"))
    operation = (_wanted(Operation, request.GET.get("operation"))
                 or (formation.operation if formation else None)
                 or (model_admin.operation_of(record) if record else None))
    if operation is None:
        return JsonResponse({"layers": [], "sides": {}, "bbox": None, "day": None})
    day = _date_or_none(request.GET.get("date")) or authoring_day(record, operation)
    return JsonResponse(authoring_context(operation=operation, day=day, record=record))


def _read_at(request):
    """The version (the operation's latest edit id) a posted day view was read at; 0 if not said."""
    value = request.POST.get("read_at", "")
    return int(value) if value.isdigit() else 0


def day_view(model_admin, request, object_id, day):
    """One day of an operation on one map: every area, front and position authored for it,
    editable, with a date switcher; POST saves the edited geometries, copies the previous day, or
    adds a new record drawn on the map (?new=area|front|position|movement shows its form)."""
    operation = model_admin.get_object(request, object_id)
    day = _date_or_none(day)
    if operation is None or day is None or not operation.contains_date(day):
        raise Http404("no such operation, or the day is outside it")
    if not model_admin.has_change_permission(request, operation):
        raise PermissionDenied
    here = reverse("admin:battlemap_operation_day", args=[operation.pk, day.isoformat()])
    problems, geometries = {}, {}
    new_kind = request.POST.get("kind") if request.method == "POST" else request.GET.get("new")
    new_kind = new_kind if new_kind in NEW_KINDS else None
    new_form = new_record_form(new_kind, operation, day) if new_kind else None
    if request.method == "POST" and request.POST.get("action") == "add-record":
        if new_kind is None:
            raise Http404("no such kind of record to add")
        new_form = new_record_form(new_kind, operation, day, request.POST)
        if new_form.is_valid():
            record = new_record_save(new_form, operation)
            # A link to its change page: an arrow is not drawn in the day view, and every record has a history there.
            change = reverse(f"admin:battlemap_{record._meta.model_name}_change", args=[record.pk])
            messages.success(request, format_html('Added the {} <a href="{}">{}</a>.', NEW_KINDS[new_kind]["label"], change, record))
            return redirect(here)
        # Its problems are listed (and placed on the map) with the day's; the form marks its fields.
        problems = {"new": [f"{new_form[name].label if name in new_form.fields else 'record'}: {message}"
                            for name, errors in new_form.errors.items() for message in errors]}
    elif request.method == "POST" and request.POST.get("action") == "copy-previous":
        copied = day_copy_previous(operation=operation, date=day, user=request.user)
        messages.info(request, f"Copied {copied['areas']} area(s) and {copied['positions']} position(s) "
                               f"from the previous authored day.")
        return redirect(here)
    elif request.method == "POST":
        try:
            geometries = json.loads(request.POST.get("geometries") or "{}")
            if not isinstance(geometries, dict):
                raise ValueError("expected an object")
            # Two authors on one day: a save made against an older version of the day is refused.
            newer = newer_edits(operation, _read_at(request), day=day)
            if newer.exists():
                raise DayEditRefused({"form": [stale_save_message(newer, f"this day ({day.isoformat()})")]})
            saved = day_save(operation=operation, date=day, geometries=geometries, user=request.user)
        except (ValueError, json.JSONDecodeError) as error:
            problems = {"form": [f"The edited geometries cannot be read: {error}"]}
        except DayEditRefused as refused:
            problems = refused.problems
        else:
            messages.success(request, f"Saved {len(saved)} geometr{'y' if len(saved) == 1 else 'ies'} of {day}.")
            return redirect(here)
    records = day_records(operation=operation, day=day)
    labels = {record["id"]: record["label"] for record in records}
    if new_kind:
        labels["new"] = f"The new {NEW_KINDS[new_kind]['label']} (not added)"
    dates = operation_dates(operation)
    position = dates.index(day)
    options = {
        "records": records,
        "problems": problems,
        "context": authoring_context(operation=operation, day=day, whole_day=True),
        # A refused save shows the edits as they were sent, not as they are stored.
        "edited": geometries if problems and isinstance(geometries, dict) else {},
        # A new record being drawn: the tool to draw it with and the form field its geometry goes in.
        "adding": ({"kind": new_kind, "draw": NEW_KINDS[new_kind]["draw"], "label": NEW_KINDS[new_kind]["label"],
                    "field": new_form[NEW_KINDS[new_kind]["geometry"]].auto_id} if new_form else None),
    }
    context = {
        **model_admin.admin_site.each_context(request),
        # The version the page is read at (after a refused stale save, the newer one: saving again
        # is then the author's choice, made knowing).
        "read_at": latest_edit_id(operation),
        "title": f"{operation.name}: {day.isoformat()}",
        "opts": model_admin.model._meta,
        "operation": operation,
        "day": day,
        "dates": [{"date": date, "url": reverse("admin:battlemap_operation_day", args=[operation.pk, date.isoformat()])}
                  for date in dates],
        "previous_url": None if position == 0 else reverse("admin:battlemap_operation_day", args=[operation.pk, dates[position - 1].isoformat()]),
        "next_url": None if position == len(dates) - 1 else reverse("admin:battlemap_operation_day", args=[operation.pk, dates[position + 1].isoformat()]),
        "problems": [(labels.get(key, key), messages_) for key, messages_ in problems.items()],
        "day_options": options,
        "new_kinds": [{"kind": kind, "label": spec["label"], "url": f"{here}?new={kind}", "current": kind == new_kind}
                      for kind, spec in NEW_KINDS.items()],
        "new_form": new_form,
    }
    return TemplateResponse(request, "battlemap/admin/day_view.html", context,
                            status=400 if problems else 200)
