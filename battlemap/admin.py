"""The Django admin: every model listed, searchable and editable; geometries on a small map."""

from django.contrib import admin
from django.db import models

from .models import Area, Event, Formation, Movement, Operation, Place, Position, Side, Source


class SideInline(admin.TabularInline):
    model = Side
    extra = 0


@admin.register(Operation)
class OperationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "start_date", "end_date"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SideInline]


@admin.register(Side)
class SideAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "colour", "operation"]
    list_filter = ["operation"]
    search_fields = ["name", "slug"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["key", "author", "title", "year", "operation"]
    list_filter = ["operation"]
    search_fields = ["key", "author", "title", "note"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class CitedAdmin(admin.ModelAdmin):
    """Shared by every model that cites sources and carries a certainty."""

    filter_horizontal = ["sources"]
    list_filter = ["certainty"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "sources":
            kwargs["queryset"] = Source.objects.select_related("operation")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Formation)
class FormationAdmin(CitedAdmin):
    fields = ["operation", "key", "name", "side", "echelon", "branch", "parent", "commander", "sidc", "certainty", "sources", "note"]
    list_display = ["name", "key", "side", "echelon", "branch", "parent", "commander"]
    list_filter = ["operation", "side", "echelon", "branch"]
    search_fields = ["name", "key", "commander", "sidc"]
    autocomplete_fields = ["parent"]


@admin.register(Position)
class PositionAdmin(CitedAdmin):
    fields = ["formation", "date", "status", "strength", "point", "certainty", "sources", "note"]
    list_display = ["formation", "date", "status", "strength", "certainty"]
    list_filter = ["formation__operation", "date", "status", "certainty"]
    search_fields = ["formation__name", "formation__key", "note"]
    date_hierarchy = "date"
    autocomplete_fields = ["formation"]


@admin.register(Area)
class AreaAdmin(CitedAdmin):
    fields = ["operation", "date", "side", "role", "geometry", "certainty", "sources", "note"]
    list_display = ["date", "side", "role", "certainty", "operation"]
    list_filter = ["operation", "date", "side", "role", "certainty"]
    search_fields = ["note", "side__name"]


@admin.register(Movement)
class MovementAdmin(CitedAdmin):
    fields = ["operation", "key", "label", "side", "formation", "kind", "start_date", "end_date", "path", "certainty", "sources", "note"]
    list_display = ["label", "side", "kind", "start_date", "end_date", "formation"]
    list_filter = ["operation", "side", "kind", "certainty"]
    search_fields = ["label", "key", "note", "formation__name"]
    autocomplete_fields = ["formation"]


@admin.register(Event)
class EventAdmin(CitedAdmin):
    fields = ["operation", "key", "date", "time", "title", "text", "importance", "point", "certainty", "sources", "note"]
    list_display = ["date", "time", "title", "importance", "certainty"]
    list_filter = ["operation", "date", "importance", "certainty"]
    search_fields = ["title", "text", "note"]


@admin.register(Place)
class PlaceAdmin(CitedAdmin):
    fields = ["operation", "name", "modern_name", "kind", "geometry", "certainty", "sources", "note"]
    list_display = ["name", "modern_name", "kind", "certainty", "operation"]
    list_filter = ["operation", "kind", "certainty"]
    search_fields = ["name", "modern_name", "note"]
