"""The browser's strings for the active language, carried inline by each page (templates/battlemap/_browser_strings.html)."""

from functools import lru_cache

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation.trans_real import DjangoTranslation
from django.views.i18n import JavaScriptCatalog

__all__ = ["UnicodeJSONEncoder", "browser_strings_for"]

# The gettext domain of static/battlemap/js/** (manage.py makemessages -d djangojs).
DOMAIN = "djangojs"


def _locale_paths() -> list[str]:
    """The project's own locale folders only: installed apps' djangojs catalogues (the admin's) are not the page's."""
    return [str(path) for path in settings.LOCALE_PATHS] or [str(settings.BASE_DIR / "locale")]


@lru_cache(maxsize=16)
def browser_strings_for(language: str) -> dict:
    """
    ``{"lang", "catalog", "plural"}`` for ``language``: the messages of locale/<language>/djangojs.po
    (msgid -> text, or -> the list of plural forms) and its plural expression (None when English).

    Built with Django's own JavaScriptCatalog logic, so the page reads what ``JavaScriptCatalog``
    would serve, without a request of its own before the first frame.
    """
    catalogue = JavaScriptCatalog()
    catalogue.translation = DjangoTranslation(language, domain=DOMAIN, localedirs=_locale_paths())
    messages = catalogue.get_catalog()
    return {"lang": language, "catalog": messages, "plural": catalogue.get_plural() if messages else None}


class UnicodeJSONEncoder(DjangoJSONEncoder):
    """JSON with its letters as they are (UTF-8 on the page), not as ``\\uXXXX`` escapes."""

    def __init__(self, *args, **kwargs):
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)
