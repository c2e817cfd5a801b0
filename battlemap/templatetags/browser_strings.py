"""{% browser_strings as browser_strings %}: the browser's strings for the active language (battlemap/i18n_browser.py)."""

from django import template
from django.conf import settings
from django.utils import translation

from battlemap.i18n_browser import browser_strings_for

register = template.Library()


@register.simple_tag(name="browser_strings")
def browser_strings() -> dict:
    """``{"lang", "catalog", "plural"}`` for the language the page is answered in."""
    return browser_strings_for(translation.get_language() or settings.LANGUAGE_CODE)
