"""The layer descriptions of geodata.layers match the models and drive the admin and the writer."""

import pytest
from django.apps import apps
from django.contrib import admin

from geodata import rules
from geodata.layers import OPERATION, RECORD_LAYERS, SIDES, Field


@pytest.mark.parametrize("layer", [OPERATION, SIDES, *RECORD_LAYERS.values()], ids=lambda layer: layer.name)
def test_every_described_field_is_a_model_field(layer):
    model = apps.get_model("battlemap", layer.model)
    names = {field.name for field in model._meta.get_fields()}
    missing = [field.model_field for field in layer.fields if field.model_field not in names]
    assert missing == []
    assert ("operation" in names) == layer.owned_by_operation


@pytest.mark.parametrize("layer", RECORD_LAYERS.values(), ids=lambda layer: layer.name)
def test_the_admin_form_follows_the_description(layer):
    model_admin = admin.site._registry[apps.get_model("battlemap", layer.model)]
    described = [field.model_field for field in layer.fields]
    assert [name for name in model_admin.fields if name != "operation"] == described


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="field 'x': unknown kind 'colour'"):
        Field("x", "colour")


@pytest.mark.parametrize("layer", [OPERATION, SIDES, *RECORD_LAYERS.values()], ids=lambda layer: layer.name)
def test_text_limits_match_the_models(layer):
    """The loader refuses a text longer than its column holds, with the column's own limit."""
    model = apps.get_model("battlemap", layer.model)
    for field in layer.fields:
        model_field = model._meta.get_field(field.model_field)
        if field.kind in ("text", "key", "id") and model_field.get_internal_type() in ("CharField", "SlugField", "URLField"):
            assert field.max_length == model_field.max_length, f"{layer.name}.{field.name}"


@pytest.mark.parametrize("layer", [OPERATION, SIDES, *RECORD_LAYERS.values()], ids=lambda layer: layer.name)
def test_the_model_is_the_layers_and_its_checks_read_its_fields(layer):
    """One description for the loader and the model's clean(): the checks name fields of the layer
    (or, after a dot, of the record a reference names) and rules of geodata.rules."""
    assert apps.get_model("battlemap", layer.model).layer is layer
    names = {field.name for field in layer.fields}
    for check in layer.checks:
        assert check.field in names
        assert all(read.partition(".")[0] in names for read in check.reads)
        assert getattr(rules, check.rule.__name__) is check.rule
