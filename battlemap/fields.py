"""A model field that stores a geometry as GeoJSON text and hands back shapely objects."""

import shapely
from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from geodata.geometry import GeometryProblem, from_geojson, geometry_problems, merged_parts, to_geojson
from geodata.limits import limits_with
from geodata.rules import vertices_problem

from .conf import battlemap_setting

__all__ = ["GeometryField"]


def _check_geometry(geometry, geom_types):
    """A ValidationError for a geometry the loader would refuse: over its limit of vertices (told
    first, and alone: the other checks would take long on a huge geometry), invalid or of another type."""
    too_many = vertices_problem(geometry, limits_with(battlemap_setting("LOADER_LIMITS"))["max_vertices_per_geometry"])
    if too_many:
        raise ValidationError(too_many, code="too_many_vertices")
    problems = geometry_problems(geometry, geom_types)
    if problems:
        raise ValidationError("; ".join(problems), code="invalid_geometry")


class GeometryField(models.TextField):
    """GeoJSON in the database, shapely in Python; validated on `full_clean()`.

    `geom_types` restricts the geometry types, e.g. ("Polygon", "MultiPolygon").
    """

    description = "A geometry stored as GeoJSON"

    def __init__(self, *args, geom_types=None, **kwargs):
        self.geom_types = tuple(geom_types) if geom_types else None
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.geom_types:
            kwargs["geom_types"] = self.geom_types
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return from_geojson(value)

    def to_python(self, value):
        try:
            return from_geojson(value)
        except GeometryProblem as problem:
            raise ValidationError(str(problem), code="invalid_geojson") from problem

    def get_prep_value(self, value):
        value = self.to_python(value)
        return to_geojson(value)

    def value_to_string(self, obj):
        return to_geojson(self.value_from_object(obj))

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if value is not None:
            _check_geometry(value, self.geom_types)

    def formfield(self, **kwargs):
        from .widgets import GeometryWidget

        # The admin offers its plain textarea for every TextField; the map widget replaces it.
        if not isinstance(kwargs.get("widget"), GeometryWidget):
            kwargs["widget"] = GeometryWidget(geom_types=self.geom_types)
        defaults = {"form_class": GeometryFormField, "geom_types": self.geom_types, **kwargs}
        return models.Field.formfield(self, **defaults)


class GeometryFormField(forms.CharField):
    """Takes GeoJSON text from a form and cleans it into a valid shapely geometry."""

    def __init__(self, *, geom_types=None, **kwargs):
        self.geom_types = geom_types
        kwargs.pop("max_length", None)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, shapely.Geometry):
            return to_geojson(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        try:
            geometry = from_geojson(value)
        except GeometryProblem as problem:
            raise ValidationError(str(problem), code="invalid_geojson") from problem
        # Parts drawn over one another on the map are merged; a part that is itself invalid is not.
        return merged_parts(geometry) if self.geom_types and "MultiPolygon" in self.geom_types else geometry

    def validate(self, value):
        super().validate(value)
        if value is not None:
            _check_geometry(value, self.geom_types)

    def has_changed(self, initial, data):
        try:
            initial_geometry = from_geojson(initial)
            data_geometry = from_geojson(data)
        except GeometryProblem:
            return True
        if initial_geometry is None or data_geometry is None:
            return initial_geometry is not data_geometry
        return not initial_geometry.equals_exact(data_geometry, 1e-9)
