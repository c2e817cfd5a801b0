"""The admin's geometry widget: a Leaflet map to draw and edit a geometry on (Leaflet-Geoman),
the day around it, and the GeoJSON text as an advanced view kept in step with the map."""

from django import forms

__all__ = ["GeometryWidget"]


class GeometryWidget(forms.Textarea):
    """A GeoJSON textarea edited on a Leaflet map; map and text follow each other's edits.

    `context_url` is where the map fetches its reference layers (set by the admin per record)."""

    template_name = "battlemap/widgets/geometry.html"

    def __init__(self, *, geom_types=None, attrs=None, context_url=""):
        self.geom_types = geom_types
        self.context_url = context_url
        super().__init__(attrs={"rows": 6, "cols": 80, "class": "geometry-geojson", **(attrs or {})})

    class Media:
        css = {"all": ("vendor/leaflet/leaflet.css", "vendor/leaflet-geoman/leaflet-geoman.css",
                       "battlemap_admin/geometry-widget.css")}
        js = ("vendor/leaflet/leaflet.js", "vendor/leaflet-geoman/leaflet-geoman.min.js",
              "battlemap_admin/map-editing.js", "battlemap_admin/geometry-widget.js")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["geom_types"] = ", ".join(self.geom_types or ())
        context["widget"]["context_url"] = self.context_url
        return context
