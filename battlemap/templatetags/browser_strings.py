"""{% browser_strings_script %}: the browser's strings for the active language as JSON in a script element (battlemap/i18n_browser.py)."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import json_script

from battlemap.i18n_browser import UnicodeJSONEncoder, browser_strings_for

register = template.Library()

# The id static/battlemap/js/core/i18n.js reads.
ELEMENT_ID = "battlemap-strings"


@register.simple_tag(name="browser_strings_script")
def browser_strings_script() -> str:
    """
    ``<script id="battlemap-strings" type="application/json">`` holding ``{"lang", "catalog", "plural"}`` for the
    language the page is answered in, escaped as ``json_script`` escapes, its letters written as UTF-8 rather than
    ``\\uXXXX`` (half the bytes in Ukrainian and Russian).
    """
    strings = browser_strings_for(translation.get_language() or settings.LANGUAGE_CODE)
    return json_script(strings, ELEMENT_ID, encoder=UnicodeJSONEncoder)
