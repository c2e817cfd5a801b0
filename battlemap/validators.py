"""Django validators made from the rules of geodata.rules, so a form and a file get one message."""

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

from geodata import rules

__all__ = ["RuleValidator", "rule_errors"]


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
    """Raise one ValidationError for every (field, problem) whose problem is not None."""
    errors = {field: problem for field, problem in checks if problem}
    if errors:
        raise ValidationError(errors)
