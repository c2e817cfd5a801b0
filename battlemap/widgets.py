"""The admin's geometry widget: GeoJSON text beside a small Leaflet map that shows it."""

from django import forms

__all__ = ["GeometryWidget"]


class GeometryWidget(forms.Textarea):
    """A GeoJSON textarea drawn on a small Leaflet map; the map follows edits to the text."""

    template_name = "battlemap/widgets/geometry.html"

    def __init__(self, *, geom_types=None, attrs=None):
        self.geom_types = geom_types
        super().__init__(attrs={"rows": 4, "cols": 80, "class": "geometry-geojson", **(attrs or {})})

    class Media:
        css = {"all": ("vendor/leaflet/leaflet.css", "battlemap_admin/geometry-widget.css")}
        js = ("vendor/leaflet/leaflet.js", "battlemap_admin/geometry-widget.js")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["geom_types"] = ", ".join(self.geom_types or ())
        return context
