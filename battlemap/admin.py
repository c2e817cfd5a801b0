"""The Django admin: every model listed, searchable and editable; geometries drawn and edited on a
map with the day around them, and a day view that edits one day of an operation as a whole."""

from collections import defaultdict
from functools import partial

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import path, reverse
from django.utils.html import format_html

from geodata.layers import RECORD_LAYERS

from .admin_history import HistoryAdmin, removed_history_view
from .admin_new_operation import new_operation_view
from .admin_views import day_view, map_context_view
from .edits import edits_summary, latest_edit_id, newer_edits, stale_save_message
from .fields import GeometryField
from .models import (
    Area, Event, Formation, Front, KeyMoment, Movement, Operation, OperationEdit, Place, Position, Side, Source,
)
from .services import front_derive_for_day, operation_touch


def layer_fields(layer_name):
    """The admin form's fields in the order the layer's description gives them."""
    layer = RECORD_LAYERS[layer_name]
    owner = ["operation"] if layer.owned_by_operation else []
    return owner + [field.model_field for field in layer.fields]


# Records that belong to one operation: a picker offers only those of the edited record's own.
OPERATION_SCOPED = (Side, Source, Formation)


class StaleSaveRefused(forms.ModelForm):
    """A change form read at a version: `read_at` (the operation's latest edit then) travels with
    it, and a save against an older version of the record (another author saved it since) is
    refused, the author's changes kept on the page."""

    read_at = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def _stale_check(self):
        record = self.instance
        operation = record.record_operation() if record.pk else None
        return (operation, record) if operation is not None else (None, None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        operation, record = self._stale_check()
        self.fields["read_at"].initial = latest_edit_id(operation) if operation else 0

    def clean(self):
        cleaned = super().clean()
        operation, record = self._stale_check()
        read_at = cleaned.get("read_at")
        if read_at is None or operation is None:
            return cleaned
        newer = newer_edits(operation, read_at, model=record._meta.model_name, object_id=record.pk)
        if newer.exists():
            # The page shown again is read at the newer version: saving again is then a choice
            # made knowing what changed.
            self.data = self.data.copy()
            self.data[self.add_prefix("read_at")] = str(latest_edit_id(operation))
            raise forms.ValidationError(stale_save_message(newer, f"this {record._meta.verbose_name}"), code="stale")
        return cleaned


class TouchesOperationAdmin(HistoryAdmin, admin.ModelAdmin):
    """Every edit of a record renews its operation, so no cached timeline outlives it; its pickers
    (sides, sources, formations, parents) offer only the records of that operation. Its forms
    refuse a stale save (two authors at once)."""

    form = StaleSaveRefused

    def get_fields(self, request, obj=None):
        # The version the form was read at travels with it (hidden), whatever fields it lists.
        fields = list(super().get_fields(request, obj))
        return fields if "read_at" in fields else [*fields, "read_at"]

    def operation_of(self, record):
        return record.operation

    def edited_operation(self, request):
        """The operation of the record being changed, or the one an add form names (?operation=<id>)."""
        match = request.resolver_match
        object_id = match.kwargs.get("object_id") if match else None
        if object_id:
            record = self.model.objects.filter(pk=object_id).first()
            return self.operation_of(record) if record else None
        wanted = request.GET.get("operation", "")
        return Operation.objects.filter(pk=wanted).first() if wanted.isdigit() else None

    def _scoped(self, db_field, request, kwargs):
        model = db_field.related_model
        if model in OPERATION_SCOPED:
            operation = self.edited_operation(request)
            if operation is not None:
                kwargs["queryset"] = model.objects.filter(operation=operation)
        return kwargs

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return super().formfield_for_foreignkey(db_field, request, **self._scoped(db_field, request, kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return super().formfield_for_manytomany(db_field, request, **self._scoped(db_field, request, kwargs))

    def after_change(self, operation, days):
        """What else an edit of records on `days` changes, done before the operation is renewed."""

    def get_urls(self):
        # The reference layers drawn around a record's geometry, for a new record and a stored one.
        name = f"{self.opts.app_label}_{self.opts.model_name}_map_context"
        view = partial(map_context_view, self)
        return [
            path("map-context/", self.admin_site.admin_view(view), name=name),
            path("<path:object_id>/map-context/", self.admin_site.admin_view(view), name=f"{name}_of"),
            *self.history_urls(),
            *super().get_urls(),
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, GeometryField) and formfield is not None:
            match = request.resolver_match
            object_id = match.kwargs.get("object_id") if match else None
            name = f"admin:{self.opts.app_label}_{self.opts.model_name}_map_context"
            formfield.widget.context_url = reverse(f"{name}_of", args=[object_id]) if object_id else reverse(name)
        return formfield

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        record = form.instance
        cited_keys = {item["source"] for item in getattr(record, "citations", None) or []}
        if cited_keys:
            # Every work cited with a locator is among the record's sources, as a file's load makes it.
            record.sources.add(*Source.objects.filter(operation=self.operation_of(record), key__in=cited_keys))
        self.after_change(self.operation_of(record), {getattr(record, "date", None), form.initial.get("date")} - {None})
        operation_touch(operation=self.operation_of(record))

    def delete_model(self, request, record):
        operation = self.operation_of(record)
        super().delete_model(request, record)
        self.after_change(operation, {getattr(record, "date", None)} - {None})
        operation_touch(operation=operation)

    def delete_queryset(self, request, queryset):
        days = defaultdict(set)
        for record in queryset:
            days[self.operation_of(record)].add(getattr(record, "date", None))
        super().delete_queryset(request, queryset)
        for operation, dates in days.items():
            self.after_change(operation, dates - {None})
            operation_touch(operation=operation)


class SideInline(admin.TabularInline):
    model = Side
    extra = 0


@admin.register(Operation)
class OperationAdmin(HistoryAdmin, admin.ModelAdmin):
    """Operations, each with a day view: one day's areas, fronts and positions edited on one map."""

    list_display = ["name", "slug", "start_date", "end_date", "edited_since_load", "day_view_link"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["edited_since_load"]
    inlines = [SideInline]

    @admin.display(description="Edited since its last load")
    def edited_since_load(self, operation):
        """How many changes were made outside the loader (a reload will not replace them unasked)."""
        summary = edits_summary(operation) if operation.pk else None
        if summary is None:
            return "No"
        url = reverse("admin:battlemap_operationedit_changelist") + f"?operation__id__exact={operation.pk}"
        return format_html('<a href="{}">{} change{}</a>, the last by {} at {} UTC', url, summary["count"],
                           "" if summary["count"] == 1 else "s", summary["last_editor"], f"{summary['last_at']:%Y-%m-%d %H:%M}")

    def get_urls(self):
        return [
            path("<path:object_id>/day/<str:day>/", self.admin_site.admin_view(partial(day_view, self)),
                 name="battlemap_operation_day"),
            path("<path:object_id>/history/removed/<str:model_name>/<int:version_id>/",
                 self.admin_site.admin_view(partial(removed_history_view, self)), name="battlemap_operation_removed_history"),
            *self.history_urls(),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        """Add operation: name, slug, dates, sides and a box drawn on the map, then its first day."""
        return new_operation_view(self, request)

    @admin.display(description="Day view")
    def day_view_link(self, operation):
        url = reverse("admin:battlemap_operation_day", args=[operation.pk, operation.start_date.isoformat()])
        return format_html('<a href="{}">Edit day by day</a>', url)


@admin.register(OperationEdit)
class OperationEditAdmin(admin.ModelAdmin):
    """The changes made to each operation outside the loader since its last load: read only."""

    list_display = ["at", "operation", "editor", "action", "record"]
    list_filter = ["operation", "action"]
    search_fields = ["editor", "record"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Side)
class SideAdmin(TouchesOperationAdmin):
    list_display = ["name", "slug", "colour", "operation"]
    list_filter = ["operation"]
    search_fields = ["name", "slug"]


@admin.register(Source)
class SourceAdmin(TouchesOperationAdmin):
    fields = layer_fields("sources")
    list_display = ["key", "author", "title", "year", "consulted", "operation"]
    list_filter = ["operation"]
    search_fields = ["key", "author", "title", "note"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class CitedAdmin(TouchesOperationAdmin):
    """Shared by every model that cites sources and carries a certainty."""

    filter_horizontal = ["sources"]
    list_filter = ["certainty"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "sources" and self.edited_operation(request) is None:
            kwargs["queryset"] = Source.objects.select_related("operation")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Formation)
class FormationAdmin(CitedAdmin):
    fields = layer_fields("formations")
    list_display = ["name", "key", "side", "echelon", "branch", "parent", "commander"]
    list_filter = ["operation", "side", "echelon", "branch"]
    search_fields = ["name", "key", "commander", "sidc"]
    autocomplete_fields = ["parent"]


@admin.register(Position)
class PositionAdmin(CitedAdmin):
    fields = layer_fields("positions")
    list_display = ["formation", "date", "status", "strength", "certainty", "basis"]
    list_filter = ["formation__operation", "date", "status", "certainty", "basis"]
    search_fields = ["formation__name", "formation__key", "note"]
    date_hierarchy = "date"
    autocomplete_fields = ["formation"]

    def operation_of(self, record):
        return record.formation.operation


@admin.register(Area)
class AreaAdmin(CitedAdmin):
    """An edited area changes the ground its day's derived front was drawn from: derive it again
    (from the day the area had, too, when the edit moved it to another day)."""

    fields = layer_fields("areas")
    list_display = ["date", "side", "role", "certainty", "basis", "operation"]
    list_filter = ["operation", "date", "side", "role", "certainty", "basis"]
    search_fields = ["note", "side__name"]

    def after_change(self, operation, days):
        for day in days:
            front_derive_for_day(operation=operation, date=day)


@admin.register(Front)
class FrontAdmin(CitedAdmin):
    """Fronts are edited on the map widget. Saving one makes it authored: it is then kept as
    written, and the areas of its day no longer replace it."""

    fields = layer_fields("fronts")
    # Set by the save below, never by hand: a front edited here is authored.
    readonly_fields = ["origin"]
    list_display = ["date", "time", "side_a", "side_b", "origin", "certainty", "operation"]
    list_filter = ["operation", "origin", "date", "certainty", "basis"]
    search_fields = ["note", "side_a__name", "side_b__name"]

    def save_model(self, request, obj, form, change):
        if form.has_changed():
            obj.origin = "authored"
        super().save_model(request, obj, form, change)

    def after_change(self, operation, days):
        # A day whose authored front was deleted (or moved away) falls back to its areas.
        for day in days:
            front_derive_for_day(operation=operation, date=day)


@admin.register(Movement)
class MovementAdmin(CitedAdmin):
    fields = layer_fields("movements")
    list_display = ["label", "side", "kind", "start_date", "end_date", "formation"]
    list_filter = ["operation", "side", "kind", "certainty", "basis"]
    search_fields = ["label", "key", "note", "formation__name"]
    autocomplete_fields = ["formation"]


@admin.register(Event)
class EventAdmin(CitedAdmin):
    fields = layer_fields("events")
    list_display = ["date", "time", "title", "importance", "certainty", "basis"]
    list_filter = ["operation", "date", "importance", "certainty", "basis"]
    search_fields = ["title", "text", "note"]


@admin.register(Place)
class PlaceAdmin(CitedAdmin):
    fields = layer_fields("places")
    list_display = ["name", "modern_name", "kind", "gazetteer_id", "certainty", "operation"]
    list_filter = ["operation", "kind", "certainty"]
    search_fields = ["name", "modern_name", "gazetteer_id", "note"]


@admin.register(KeyMoment)
class KeyMomentAdmin(TouchesOperationAdmin):
    """The moments presentation mode steps through, in the order a presenter meets them."""

    fields = layer_fields("key_moments")
    list_display = ["title", "date", "time", "operation"]
    list_filter = ["operation"]
    search_fields = ["title", "caption", "key"]
    filter_horizontal = ["sources"]
