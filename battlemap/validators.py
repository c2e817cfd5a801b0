"""Django validators made from the rules of geodata.rules, so a form and a file get one message: one
field's rule, and the checks a stored record of a layer must pass."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible

from geodata import rules
from geodata.layers import REFERENCE_KEYS

__all__ = ["RuleValidator", "record_problems", "rule_errors"]


@deconstructible
class RuleValidator:
    """A field validator that runs one rule of geodata.rules, named so migrations can record it."""

    def __init__(self, rule):
        if not callable(getattr(rules, rule, None)):
            raise ValueError(f"geodata.rules has no rule '{rule}'")
        self.rule = rule

    def __call__(self, value):
        problem = getattr(rules, self.rule)(value)
        if problem:
            raise ValidationError(problem, code=self.rule)

    def __eq__(self, other):
        return isinstance(other, RuleValidator) and other.rule == self.rule


def rule_errors(checks):
    """Raise one ValidationError for every (field, problem) whose problem is not None; a field's
    first problem is the one told."""
    errors = {}
    for field, problem in checks:
        if problem:
            errors.setdefault(field, problem)
    if errors:
        raise ValidationError(errors)


def _attribute(record, name):
    """A field of a stored record; None for a foreign key not set (without the query's error)."""
    if record is None or (hasattr(record, f"{name}_id") and getattr(record, f"{name}_id") is None):
        return None
    return getattr(record, name)


def _file_value(record, layer, name):
    """A field of a stored record as the files give it: a side by its slug, a formation by its key;
    "formation.side" is the side of the formation it names."""
    field_name, _, of_referred = name.partition(".")
    value = _attribute(record, layer.field(field_name).model_field)
    if of_referred:
        value = _attribute(value, of_referred)
    if isinstance(value, models.Model):
        value = getattr(value, REFERENCE_KEYS[value.layer.name])
    return value


def _geometry_problems(record, layer, operation):
    """The loader's rule for a geometry reaching past its operation's bbox."""
    geometry = _attribute(record, layer.geometry.model_field) if layer.geometry else None
    if (geometry is None or isinstance(geometry, str) or geometry.is_empty
            or rules.bbox_problem(operation.bbox)):
        return []
    return [(layer.geometry.model_field, rules.outside_bbox_problem(geometry, operation.bbox))]


def record_problems(record, operation):
    """(field, problem) for each check a stored record of its layer (`record.layer`) must pass, in
    the order they are told: its dates within `operation` (its own, None while it names none), the
    checks the layer declares across its fields, the sides and formations it names in its own
    operation, and its geometry within the operation's bbox."""
    layer = record.layer
    problems = []
    if operation is not None:
        problems += [(field.name, rules.date_outside_problem(
            getattr(record, field.model_field), operation.start_date, operation.end_date))
            for field in layer.fields if field.kind == "date"]
    problems += [(check.field, check.problem(lambda name: _file_value(record, layer, name)))
                 for check in layer.checks]
    if operation is not None and layer.owned_by_operation:
        for field in layer.fields:
            referred = _attribute(record, field.model_field) if field.kind in ("reference", "parent") else None
            if referred is not None:
                what = field.refers_to[:-1] if field.kind == "reference" else field.name
                problems.append((field.name, rules.other_operation_problem(
                    what, record.operation_id, referred.operation_id)))
    if operation is not None:
        problems += _geometry_problems(record, layer, operation)
    return problems
