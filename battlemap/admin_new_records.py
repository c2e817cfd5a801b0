"""New records drawn in the day view: an area, a front, a position or an arrow (movement) on the
day shown, with its formation, basis, citations and sources, checked as a change form checks it
(the layer's rules, and a stated record's citation with a locator)."""

from django import forms
from django.db import transaction

from geodata.layers import RECORD_LAYERS

from .models import Area, Formation, Front, Movement, Position, Side, Source
from .services import front_derive_for_day, operation_touch

__all__ = ["NEW_KINDS", "new_record_form", "new_record_save"]

# What the day view can draw: the model, its layer and the field its geometry goes in.
NEW_KINDS = {
    "area": {"model": Area, "layer": "areas", "geometry": "geometry", "label": "area", "draw": "Polygon"},
    "front": {"model": Front, "layer": "fronts", "geometry": "geometry", "label": "front line", "draw": "Line"},
    "position": {"model": Position, "layer": "positions", "geometry": "point", "label": "position", "draw": "Marker"},
    "movement": {"model": Movement, "layer": "movements", "geometry": "path", "label": "arrow (movement)", "draw": "Line"},
}
# Set by the day view, not asked: the operation and the day shown; a front drawn here is authored.
GIVEN = {"operation", "date", "origin"}


class CitationsField(forms.CharField):
    """The passages cited as the files write them, "key: locator; key: locator", into the model's list."""

    def to_python(self, value):
        text = super().to_python(value)
        citations = []
        for part in text.split(";"):
            key, _, locator = part.partition(":")
            if part.strip():
                citations.append({"source": key.strip(), "locator": locator.strip()})
        return citations

    def prepare_value(self, value):
        if isinstance(value, list):
            return "; ".join(f"{item['source']}: {item['locator']}" if item.get("locator") else item["source"]
                             for item in value)
        return value


def _fields(kind):
    layer = RECORD_LAYERS[NEW_KINDS[kind]["layer"]]
    return [field.model_field for field in layer.fields if field.model_field not in GIVEN]


def new_record_form(kind, operation, day, data=None):
    """The form for a new record of `kind` on `day`, its pickers limited to the operation's records."""
    spec = NEW_KINDS[kind]
    record_model = spec["model"]
    geometry_field = spec["geometry"]

    class NewRecordForm(forms.ModelForm):
        citations = CitationsField(
            required=False, help_text='The passages cited, "key: locator; key: locator" (a page, a chapter, '
                                      "a diary's date, a URL with its date); each work is added to the sources.")

        class Meta:
            model = record_model
            fields = _fields(kind)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            scoped = {Side: Side.objects.filter(operation=operation),
                      Formation: Formation.objects.filter(operation=operation),
                      Source: Source.objects.filter(operation=operation)}
            for field in self.fields.values():
                queryset = getattr(field, "queryset", None)
                if queryset is not None and queryset.model in scoped:
                    field.queryset = scoped[queryset.model]
            # Drawn on the day view's own map: the field's map widget gives way to a hidden input.
            self.fields[geometry_field].widget = forms.HiddenInput()
            self.fields[geometry_field].error_messages["required"] = "Draw it on the map first."

        def _get_validation_exclusions(self):
            # The day and the operation are set by the view, not the author, yet checked as the
            # rest is: a position on a day its formation already has is refused, not a crash.
            return super()._get_validation_exclusions() - GIVEN

        def add_error(self, field, error):
            # A rule about a field the day view sets (the day, the operation) is the form's own error.
            if field is None and hasattr(error, "error_dict"):
                for name, errors in error.error_dict.items():
                    known = name in self.fields or name == forms.forms.NON_FIELD_ERRORS
                    super().add_error(name if known else None,
                                      errors if known else [f"{name}: {message}" for e in errors for message in e.messages])
                return
            super().add_error(field, error)

    names = {field.name for field in record_model._meta.fields}
    instance = record_model(**({"operation": operation} if "operation" in names else {}),
                            **({"date": day} if "date" in names else {}))
    if kind == "front":
        instance.origin = "authored"
    if kind == "movement":
        # An arrow starts and ends on the day shown until the author says otherwise.
        instance.start_date = instance.end_date = day
    return NewRecordForm(data, instance=instance, prefix="new")


@transaction.atomic
def new_record_save(form, operation):
    """Store a valid new record with its sources (each work its citations name among them), derive
    its day's front again when it is an area (an authored front replaces the derived one), and renew
    the operation's cached documents."""
    record = form.save()
    cited = {item["source"] for item in record.citations or []}
    if cited:
        record.sources.add(*Source.objects.filter(operation=operation, key__in=cited))
    if isinstance(record, (Area, Front)):
        # The day's front is derived again from its areas, or, now that one is authored, no longer.
        front_derive_for_day(operation=operation, date=record.date)
    operation_touch(operation=operation)
    return record
