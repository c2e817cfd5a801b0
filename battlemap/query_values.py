"""Values read from a page's query string and checked against an operation, with messages that
name the parameter and the value (the comparison and the handouts read dates this way)."""

import datetime

__all__ = ["operation_day"]


def operation_day(raw, name, operation):
    """The day `raw` names (YYYY-MM-DD), one of `operation`'s; ValueError naming `name` otherwise."""
    text = raw.strip()
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{name}': {text!r} is not a date (YYYY-MM-DD)") from None
    if not operation.contains_date(day):
        raise ValueError(f"'{name}': {day} is not a day of {operation.name} "
                         f"({operation.start_date} to {operation.end_date})")
    return day
