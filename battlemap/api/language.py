"""`?lang=`: the language of the data's texts in an answer (English, the layers' own, by default)."""

from rest_framework.exceptions import ValidationError

from ..selectors import API_LANGUAGES

__all__ = ["LANGUAGE_DESCRIPTION", "requested_language", "with_language"]

LANGUAGE_DESCRIPTION = (
    f"The language of the data's texts: {', '.join(API_LANGUAGES)} (default en). A text with no "
    "translation is given in English, with \"<field>_lang\": \"en\" beside it.")


def requested_language(request):
    """The language `?lang=` asks for ("uk", "uk-UA" and "UK" alike); English when it asks none.
    An unknown language is refused (400), naming the ones the API has."""
    value = request.GET.get("lang", "").strip()
    if not value:
        return API_LANGUAGES[0]
    primary = value.replace("_", "-").split("-")[0].lower()
    if primary not in API_LANGUAGES:
        raise ValidationError({"lang": [f"'{value[:20]}' is not a language of the API; expected one of "
                                        f"{', '.join(API_LANGUAGES)}."]})
    return primary


def with_language(response, language):
    """The answer marked with its language. The language is in the URL (`?lang=`), so caches key
    on it already; the answer does not vary on Accept-Language."""
    response["Content-Language"] = language
    return response
