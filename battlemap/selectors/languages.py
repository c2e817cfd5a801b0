"""The operation's texts in the reader's language: what a translation file gave, else the English,
marked so (`"<field>_lang": "en"`) that the page can say so and set lang="en" on it."""

from geodata.translations import LANGUAGES, SOURCE_LANGUAGE

from ..models import OperationTranslation

__all__ = ["API_LANGUAGES", "Texts", "data_language", "texts_for"]

# The languages the API answers in: the layers' own and each a translation file may be in.
API_LANGUAGES = (SOURCE_LANGUAGE, *LANGUAGES)


class Texts:
    """One operation's texts in one language, put over records the API writes."""

    def __init__(self, language, texts):
        self.language = language
        self.texts = texts or {}

    @property
    def is_source(self):
        return self.language == SOURCE_LANGUAGE

    def entry(self, part, ident):
        """What the translation gives one record ({field: text}); the operation's when `part` is
        "operation"."""
        if part == "operation":
            return self.texts.get("operation") or {}
        return (self.texts.get(part) or {}).get(ident) or {}

    def over(self, part, ident, record, fields):
        """`record` (a dict the API writes) with `fields` in this language; each field left in
        English (and not empty) gets "<field>_lang": "en" beside it."""
        if self.is_source:
            return record
        given = self.entry(part, ident)
        translated = dict(record)
        for field in fields:
            if given.get(field):
                translated[field] = given[field]
            elif record.get(field):
                translated[f"{field}_lang"] = SOURCE_LANGUAGE
        return translated

    def put_on(self, stored, part, ident, fields):
        """`stored` (a model instance a page shows, never saved) with `fields` in this language and,
        for each left in English, `<field>_lang` = "en" (for a lang="en" attribute); returned."""
        for field in fields:
            value = getattr(stored, field)
            translated = self.over(part, ident, {field: value}, (field,))
            setattr(stored, field, translated[field])
            setattr(stored, f"{field}_lang", translated.get(f"{field}_lang", ""))
        return stored

    def place_names(self, place):
        """A place's period name and today's name in this language, each marked when it falls back
        to the layers' spelling (the period sources' `name`, today's English `modern_name`)."""
        names = {"period_name": place.name, "today_name": place.modern_name or place.name}
        if self.is_source:
            return names
        given = self.entry("places", place.name)
        for field in ("period_name", "today_name"):
            if given.get(field):
                names[field] = given[field]
            else:
                names[f"{field}_lang"] = SOURCE_LANGUAGE
        return names


def data_language(code):
    """The language of the data's texts for a page in language `code` ("uk", "de-at"): one of
    API_LANGUAGES, English when the data has none in it."""
    primary = (code or "").split("-")[0].lower()
    return primary if primary in API_LANGUAGES else SOURCE_LANGUAGE


def texts_for(operation, language):
    """The operation's texts in `language` (one of API_LANGUAGES); English has none to add."""
    if language == SOURCE_LANGUAGE:
        return Texts(language, {})
    stored = OperationTranslation.objects.filter(operation=operation, language=language).values_list(
        "texts", flat=True).first()
    return Texts(language, stored)
