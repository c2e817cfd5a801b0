"""An operation's texts in other languages: one JSON file per language in the operation's
`translations/` folder (`translations/uk.json`), keyed by layer and record id, so a translator
never touches a geometry.

    {
      "about": "who wrote it, who may correct it",
      "language": "uk",
      "operation": {"name": "...", "summary": "...", "tagline": "..."},
      "sides": {"soviet": {"name": "..."}},
      "formations": {"sov-6a": {"name": "6-та армія", "commander": "генерал-лейтенант А. М. Городнянський"}},
      "events": {"<event id>": {"title": "...", "text": "...", "note": "..."}},
      "movements": {"<movement id>": {"label": "..."}},
      "key_moments": {"<key moment id>": {"title": "...", "caption": "..."}},
      "places": {"<name as in places>": {"period_name": "...", "today_name": "..."}}
    }

An entry may also say which English it was translated from: `"source": "<digest>"`, the first 12
hex digits of a SHA-256 of the English texts of the fields it gives (`english_digest`). When the
English has changed since, the loader warns, naming the record, so a translator finds the texts
older than their English (`stamp_sources` writes the digests for texts brought into line).

Read with the care the layers are: malformed JSON, an unknown language, layer, record id or
field, a text that is not a string, and a missing operation name or summary are refused, each
named by file, id and field. A record with no entry (or an entry lacking some field) is simply
untranslated: the reader sees the English, marked as such. Never touches the database.
"""

import hashlib
import re

from .files import NUL_PROBLEM, load_json, read_text

__all__ = [
    "FOLDER", "HEADER_KEYS", "LANGUAGES", "SOURCE_KEY", "SOURCE_LANGUAGE", "TRANSLATABLE", "english_digest",
    "read_translations", "record_ids", "stamp_sources", "stale_entries", "translations_fingerprint",
]

# The folder beside the layers that holds the translation files.
FOLDER = "translations"
# The language the layers are written in, which every other falls back to.
SOURCE_LANGUAGE = "en"
# The languages a translation file may be in (the site's languages but the source's).
LANGUAGES = ("uk", "de", "ru")
# For each part of a translation file, the fields it may give, and how its records are named:
# the operation is one record; sides by slug; places by their period name (`name`); others by id.
TRANSLATABLE = {
    "operation": ("name", "summary", "tagline"),
    "sides": ("name",),
    "formations": ("name", "commander"),
    # An event's note says how it is known or where sources disagree, shown under its text.
    "events": ("title", "text", "note"),
    "movements": ("label",),
    "key_moments": ("title", "caption"),
    # A place's name as the period sources in that language spell it, and its official name today.
    "places": ("period_name", "today_name"),
}
# What every translation file must give: the operation's name and summary.
REQUIRED = {"operation": ("name", "summary")}
# The parts of a file that are not texts.
HEADER_KEYS = ("about", "language")
# The longest text a translation may hold (a summary runs to a few thousand characters).
MAX_TEXT = 20_000
FILE_NAME = re.compile(r"^[a-z]{2,3}\.json$")
# The key of an entry that gives the digest of the English it was translated from, its form, and
# the parts whose entries may give one (a place's names are not a translation of an English text).
SOURCE_KEY = "source"
DIGEST_LENGTH = 12
DIGEST = re.compile(rf"^[0-9a-f]{{{DIGEST_LENGTH}}}$")
STAMPED = ("operation", "sides", "formations", "events", "movements", "key_moments")


def english_digest(record, fields):
    """The digest of `record`'s English texts in `fields` (12 hex digits): what a translation of
    those fields records as its `source`, and what changes when any of those texts changes."""
    joined = "\x1f".join(f"{name}={str(record.get(name) or '').strip()}" for name in fields)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def _english(data):
    """{part: {id: record}}: the English records each stamped part's entries translate."""
    def by(records, key):
        return {record.get(key): record for record in records if record.get(key)}

    return {
        "operation": {None: data.operation},
        "sides": by(data.sides, "slug"),
        "formations": by(data.formations, "key"),
        "events": by(data.events, "key"),
        "movements": by(data.movements, "key"),
        "key_moments": by(data.key_moments, "key"),
    }


def _entries(texts, part):
    """(id, entry) for each entry of a part of one language's texts (the operation's id is None)."""
    if part == "operation":
        return [(None, texts.get("operation") or {})]
    return list((texts.get(part) or {}).items())


def stale_entries(texts, data):
    """(part, id) of each entry of one language's `texts` whose `source` is not the digest of its
    English as `data` has it now: translated from an English that has changed since."""
    english = _english(data)
    stale = []
    for part in STAMPED:
        fields = TRANSLATABLE[part]
        for ident, entry in _entries(texts, part):
            given = [name for name in fields if entry.get(name)]
            record = english[part].get(ident)
            if entry.get(SOURCE_KEY) and record is not None and (
                    entry[SOURCE_KEY] != english_digest(record, given)):
                stale.append((part, ident))
    return stale


def stamp_sources(texts, data, parts=STAMPED):
    """`texts` (one language's) with each entry of `parts` given the digest of its English as `data`
    has it now: for a translator who has brought those texts into line with the English."""
    english = _english(data)
    for part in parts:
        fields = TRANSLATABLE[part]
        for ident, entry in _entries(texts, part):
            record = english[part].get(ident)
            given = [name for name in fields if entry.get(name)]
            if record is not None and given:
                entry[SOURCE_KEY] = english_digest(record, given)
    return texts


def record_ids(data):
    """For each part of a translation file, the ids its records may have in `data`, in the order
    of the records in their layer (the order a written translation file lists them in)."""
    def ids(values):
        return list(dict.fromkeys(value for value in values if value))

    return {
        "sides": ids(side.get("slug") for side in data.sides),
        "formations": ids(record.get("key") for record in data.formations),
        "events": ids(record.get("key") for record in data.events),
        "movements": ids(record.get("key") for record in data.movements),
        "key_moments": ids(record.get("key") for record in data.key_moments),
        "places": ids(record.get("name") for record in data.places),
    }


def _texts(entry, fields, where, problems, stamped=False):
    """An entry's {field: text}, each field among `fields` and each text a non-empty string; with
    `stamped`, its `source` digest too."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: expected an object of texts by field ({', '.join(fields)})")
        return {}
    texts = {}
    for name, value in entry.items():
        if stamped and name == SOURCE_KEY:
            if isinstance(value, str) and DIGEST.match(value):
                texts[name] = value
            else:
                problems.append(f"{where}: field '{SOURCE_KEY}': expected the digest of the English it "
                                f"was translated from (12 hex digits), found {value!r}")
        elif name not in fields:
            problems.append(f"{where}: field '{name}': unknown; expected one of {', '.join(fields)}")
        elif not isinstance(value, str):
            problems.append(f"{where}: field '{name}': expected a text, found {type(value).__name__}")
        elif "\x00" in value:
            problems.append(f"{where}: field '{name}': {NUL_PROBLEM}")
        elif len(value) > MAX_TEXT:
            problems.append(f"{where}: field '{name}': {len(value):,} characters; at most {MAX_TEXT:,}")
        elif value.strip():
            texts[name] = value.strip()
    return texts


def _read_file(path, label, ids, problems):
    """One language's texts, {part: {id: {field: text}}} ("operation" is {field: text})."""
    text = read_text(path, label, problems)
    document = None if text is None else load_json(text, label, problems)
    if document is None:
        return None
    if not isinstance(document, dict):
        problems.append(f"{label}: expected a JSON object")
        return None
    language = path.stem
    if document.get("language", language) != language:
        problems.append(f"{label}: field 'language': '{document['language']}' is not the file's "
                        f"language '{language}'")
    # Who made it and who may correct it: kept with the texts, so an export writes it back.
    texts = {"about": document["about"]} if isinstance(document.get("about"), str) and document["about"].strip() else {}
    for part, entries in document.items():
        if part in HEADER_KEYS:
            continue
        if part not in TRANSLATABLE:
            problems.append(f"{label}: '{part}': unknown part; expected {', '.join(HEADER_KEYS + tuple(TRANSLATABLE))}")
            continue
        fields = TRANSLATABLE[part]
        if part == "operation":
            texts[part] = _texts(entries, fields, f"{label}: operation", problems, stamped=True)
            continue
        if not isinstance(entries, dict):
            problems.append(f"{label}: '{part}': expected an object of records by id")
            continue
        texts[part] = {}
        for ident, entry in entries.items():
            where = f"{label}: {part} id '{ident}'"
            if ident not in ids[part]:
                problems.append(f"{where}: no such record in {part}")
                continue
            found = _texts(entry, fields, where, problems, stamped=part in STAMPED)
            if set(found) - {SOURCE_KEY}:
                texts[part][ident] = found
    for part, fields in REQUIRED.items():
        for name in fields:
            if not texts.get(part, {}).get(name):
                problems.append(f"{label}: {part}: field '{name}': is required (the {part}'s {name} "
                                f"in this language)")
    return texts


def translation_files(folder):
    """The files in an operation folder's translations/ (none when it has no such folder)."""
    translations = folder / FOLDER
    if not translations.is_dir() or translations.is_symlink():
        return []
    return sorted(path for path in translations.iterdir() if not path.name.startswith(".")
                  and path.name != "README.md")


def read_translations(folder, data, problems):
    """The operation's texts in each language its `translations/` folder has a file for, as
    {language: {part: ...}}; problems are added to `problems`, each naming file, id and field."""
    translations = {}
    ids = {part: set(names) for part, names in record_ids(data).items()}
    for path in translation_files(folder):
        label = f"{FOLDER}/{path.name}"
        if path.is_symlink() or not path.is_file():
            problems.append(f"{label}: not a regular file; a translation is a file <language>.json")
            continue
        if not FILE_NAME.match(path.name):
            problems.append(f"{label}: not a translation file; expected <language>.json, one of "
                            f"{', '.join(f'{code}.json' for code in LANGUAGES)}")
            continue
        if path.stem not in LANGUAGES:
            problems.append(f"{label}: unknown language '{path.stem}'; expected one of {', '.join(LANGUAGES)}"
                            + (" (English is the layers' own language)" if path.stem == SOURCE_LANGUAGE else ""))
            continue
        texts = _read_file(path, label, ids, problems)
        if texts is not None:
            translations[path.stem] = texts
            data.warnings += [
                f"{label}: {part}" + (f" id '{ident}'" if ident else "") + ": translated from an older "
                f"English (its '{SOURCE_KEY}' is not the digest of the English now); bring its texts into "
                f"line with the English, then give the new digest (geodata.translations.stamp_sources)"
                for part, ident in stale_entries(texts, data)]
    return translations


def translations_fingerprint(folder):
    """A digest of the translation files, so a changed translation makes a changed operation."""
    digest = hashlib.sha256()
    for path in translation_files(folder):
        if path.is_file() and not path.is_symlink():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
