"""CSV cells a spreadsheet will not run: a leading character that starts a formula is escaped.

A formation named `=HYPERLINK("http://evil", "Click")` becomes a live formula when a historian
opens the exported CSV in a spreadsheet. On writing, such a cell gets a leading apostrophe (the
spreadsheets' own "this is text" mark, as OWASP advises); on reading, that apostrophe is removed,
so the round trip gives back the same text.
"""

__all__ = ["FORMULA_STARTS", "neutralise", "restore"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as a spreadsheet will show it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def restore(value):
    """The text `neutralise` was given."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
