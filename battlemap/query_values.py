"""Values read from a page's query string and checked against an operation, with messages that
name the parameter and the value (the comparison and the handouts read dates this way)."""

import datetime

from django.utils.translation import gettext as _

__all__ = ["operation_day"]


def operation_day(raw, name, operation):
    """The day `raw` names (YYYY-MM-DD), one of `operation`'s; ValueError naming `name` otherwise."""
    text = raw.strip()
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(_("'%(name)s': %(value)r is not a date (YYYY-MM-DD)") % {"name": name, "value": text}) from None
    if not operation.contains_date(day):
        raise ValueError(_("'%(name)s': %(day)s is not a day of %(operation)s (%(first)s to %(last)s)") % {
            "name": name, "day": day, "operation": operation.name,
            "first": operation.start_date, "last": operation.end_date})
    return day
