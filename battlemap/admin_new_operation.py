"""*Add operation* in the admin: a new operation from its name, slug, dates, sides and a box drawn on
the map, ready for its first day in the day view. Written back (export_operation SLUG --format
folder), it is a folder the loader reads."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .models import Operation, Side

__all__ = ["new_operation_view"]


class NewOperationForm(forms.ModelForm):
    """The operation's own fields; its box is four numbers, drawn on the map or typed."""

    west = forms.FloatField(min_value=-180, max_value=180)
    south = forms.FloatField(min_value=-90, max_value=90)
    east = forms.FloatField(min_value=-180, max_value=180)
    north = forms.FloatField(min_value=-90, max_value=90)

    class Meta:
        model = Operation
        fields = ["name", "slug", "start_date", "end_date", "summary", "listed"]
        widgets = {"start_date": forms.DateInput(attrs={"type": "date"}),
                   "end_date": forms.DateInput(attrs={"type": "date"}),
                   "summary": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"slug": "Its id in addresses and its folder's name, geodata/<slug>/: lower case, digits and hyphens.",
                      "listed": "Leave it off until the operation has its first days drawn."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["listed"].initial = False
        for name in ("west", "south", "east", "north"):
            self.fields[name].widget.attrs.update({"step": "any", "class": "new-operation-bbox"})

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if Operation.objects.filter(slug=slug).exists():
            raise ValidationError(f"An operation '{slug}' exists already; choose another slug.")
        return slug

    def _post_clean(self):
        values = [self.cleaned_data.get(name) for name in ("west", "south", "east", "north")]
        if None not in values:
            self.instance.bbox = values
        super()._post_clean()

    def _get_validation_exclusions(self):
        # The box is not one of the form's fields but is checked by its rule all the same.
        return super()._get_validation_exclusions() - {"bbox"}

    def add_error(self, field, error):
        # The box's rule is said under the box's numbers.
        if field is None and hasattr(error, "error_dict") and "bbox" in error.error_dict:
            error.error_dict["west"] = error.error_dict.pop("bbox")
        super().add_error(field, error)


class SideForm(forms.ModelForm):
    class Meta:
        model = Side
        fields = ["slug", "name", "colour"]
        widgets = {"colour": forms.TextInput(attrs={"type": "color"})}

    def has_changed(self):
        # A row is empty when it names no side: its colour picker always holds a colour.
        return self.is_bound and any(self.data.get(self.add_prefix(name), "").strip() for name in ("slug", "name"))


SideFormSet = forms.modelformset_factory(Side, form=SideForm, extra=3, max_num=4, min_num=2, validate_min=True)


def _side_problems(formset):
    slugs = [form.cleaned_data["slug"] for form in formset.forms
             if form.has_changed() and form.is_valid() and form.cleaned_data.get("slug")]
    repeated = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    return [f"Two sides share the slug {', '.join(repeated)}."] if repeated else []


def new_operation_view(model_admin, request):
    """GET: the form. POST: create the operation and its sides, then open its first day."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else None
    form = NewOperationForm(data, prefix="operation")
    sides = SideFormSet(data, prefix="sides", queryset=Side.objects.none(),
                        initial=[{"colour": colour} for colour in ("#c0392b", "#2c3e50", "#27ae60", "#8e44ad")])
    side_problems = []
    if data is not None and form.is_valid() and sides.is_valid():
        side_problems = _side_problems(sides)
        if not side_problems:
            with transaction.atomic():
                operation = form.save()
                for side_form in sides.forms:
                    if side_form.has_changed():
                        side = side_form.save(commit=False)
                        side.operation = operation
                        side.full_clean()
                        side.save()
            model_admin.log_addition(request, operation, "Created with Add operation.")
            messages.success(request, f"Created {operation.name}. Draw its first day: its sides' ground, "
                                      f"fronts and positions (New record, under the map).")
            return redirect(reverse("admin:battlemap_operation_day", args=[operation.pk, operation.start_date.isoformat()]))
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Add operation",
        "opts": model_admin.model._meta,
        "form": form,
        "sides": sides,
        "side_problems": side_problems + list(sides.non_form_errors()),
        "others": [{"name": operation.name, "bbox": operation.bbox} for operation in Operation.objects.all()],
    }
    return TemplateResponse(request, "battlemap/admin/new_operation.html", context, status=400 if data is not None else 200)
