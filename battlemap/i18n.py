"""The reader's language: which one a request is answered in, and the switch between them.

The order: `?lang=` (checked: a code not offered is named in a notice on the page, which is
answered in the next choice), then the choice the reader saved (a cookie, set when they pick a
language by `?lang=`), then the browser's Accept-Language, then English (settings.LANGUAGE_CODE,
British English, the texts' source). The admin is English only; the API reads its own `?lang=`
(data texts) and is otherwise English.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header

__all__ = ["QUERY_PARAMETER", "LanguageChoice", "LanguageMiddleware", "activation_code", "choose_language",
           "language_context", "language_query", "offered_languages", "page_language", "supported_language",
           "switch_links"]

QUERY_PARAMETER = "lang"
DEFAULT_LANGUAGE = "en"
# Answered in English whatever the reader asks: the admin (authoring is in English) and static files.
ENGLISH_ONLY_PREFIXES = ("/admin/", "/static/")
# The API and oEmbed follow `?lang=` alone: a response any client may cache by its address.
QUERY_ONLY_PREFIXES = ("/api/", "/oembed/")
# A `?lang=` here is not saved as the reader's choice: an embed is a frame in someone else's page.
NOT_SAVED_PREFIXES = ("/embed/",)
# A refused `?lang=` is quoted in the notice up to this length.
QUOTED_MAX = 24
# Each language's short name in itself, for the embed's small switch (others: their code).
SHORT_NAMES = {"en": "EN", "uk": "УКР", "de": "DE", "ru": "РУС"}


def offered_languages():
    """{code: the language's name in itself}, in the switch's order."""
    return dict(settings.LANGUAGES)


def supported_language(raw):
    """The offered code `raw` names ('uk', 'de-AT' -> 'de', 'EN' -> 'en'), else None."""
    if not raw or len(raw) > 35:
        return None
    code = raw.strip().lower().replace("_", "-")
    offered = offered_languages()
    if code in offered:
        return code
    base = code.split("-")[0]
    return base if base in offered else None


@dataclass(frozen=True)
class LanguageChoice:
    code: str
    # "query", "cookie", "accept-language" or "default": what decided it.
    source: str
    # The `?lang=` value that is not offered (the page says so), else None.
    refused: str = None


def _from_accept_language(header):
    for code, _quality in parse_accept_lang_header(header or ""):
        if code == "*":
            continue
        language = supported_language(code)
        if language:
            return language
    return None


def choose_language(request, *, query_only=False):
    """The LanguageChoice for `request`: ?lang=, then the saved choice, then Accept-Language, then English."""
    raw = request.GET.get(QUERY_PARAMETER)
    refused = None
    if raw is not None:
        language = supported_language(raw)
        if language:
            return LanguageChoice(language, "query")
        refused = raw[:QUOTED_MAX]
    if query_only:
        return LanguageChoice(DEFAULT_LANGUAGE, "default", refused)
    saved = supported_language(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
    if saved:
        return LanguageChoice(saved, "cookie", refused)
    accepted = _from_accept_language(request.META.get("HTTP_ACCEPT_LANGUAGE"))
    if accepted:
        return LanguageChoice(accepted, "accept-language", refused)
    return LanguageChoice(DEFAULT_LANGUAGE, "default", refused)


def activation_code(language):
    """The code Django activates for an offered language: English is British English (its
    formats), the source texts."""
    return settings.LANGUAGE_CODE if language == DEFAULT_LANGUAGE else language


class LanguageMiddleware:
    """Answers each request in the reader's language (choose_language), sets request.LANGUAGE_CODE
    and request.language_choice, saves a `?lang=` choice in a cookie, and says what the response
    varies by."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(ENGLISH_ONLY_PREFIXES):
            choice = LanguageChoice(DEFAULT_LANGUAGE, "default")
        else:
            choice = choose_language(request, query_only=path.startswith(QUERY_ONLY_PREFIXES))
        request.LANGUAGE_CODE = choice.code
        request.language_choice = choice
        with translation.override(activation_code(choice.code)):
            response = self.get_response(request)
        if path.startswith(ENGLISH_ONLY_PREFIXES + QUERY_ONLY_PREFIXES):
            return response
        response.headers.setdefault("Content-Language", choice.code)
        if choice.source != "query":
            # Chosen by the saved choice or the browser's: a cache keeps one copy for each.
            patch_vary_headers(response, ("Cookie", "Accept-Language"))
        elif (not path.startswith(NOT_SAVED_PREFIXES)
              and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != choice.code):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME, choice.code, max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH, samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=settings.LANGUAGE_COOKIE_SECURE, httponly=settings.LANGUAGE_COOKIE_HTTPONLY)
        return response


def language_query(request):
    """{"lang": code} for the addresses a page gives of its pictures and frames, when its language
    is not English or its address chose it (a picture fetched without it would be drawn in the
    language its own request negotiates); else {}."""
    choice = getattr(request, "language_choice", None)
    if choice and (choice.source == "query" or choice.code != DEFAULT_LANGUAGE):
        return {QUERY_PARAMETER: choice.code}
    return {}


def switch_links(query, current):
    """[{"code", "name", "href", "current"}] for each offered language: this page's address
    relative to itself with its query kept (date, view ...) and `lang` set."""
    links = []
    for code, name in offered_languages().items():
        kept = query.copy()
        kept[QUERY_PARAMETER] = code
        links.append({"code": code, "name": name, "short_name": SHORT_NAMES.get(code, code.upper()),
                      "href": "?" + kept.urlencode(), "current": code == current})
    return links


def page_language(code, switch, *, refused=None, query=""):
    """The templates' `page_language` for a page in `code`: its name, direction, the switch's
    links (switch_links), a refused ?lang= and the query its pictures' addresses carry."""
    offered = offered_languages()
    return {
        "code": code,
        "name": offered[code],
        "dir": "rtl" if translation.get_language_info(code)["bidi"] else "ltr",
        "refused": refused,
        "offered": ", ".join(offered.values()),
        "switch": switch,
        # "&lang=uk" to append to a picture's or frame's address (language_query), or "".
        "query": query,
    }


def language_context(request):
    """The template's `page_language` for a request (language_context is a context processor)."""
    choice = getattr(request, "language_choice", None) or LanguageChoice(DEFAULT_LANGUAGE, "default")
    return {"page_language": page_language(
        choice.code, switch_links(request.GET, choice.code), refused=choice.refused,
        query="".join(f"&{name}={value}" for name, value in language_query(request).items()))}
