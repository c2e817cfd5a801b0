"""The translation catalogues (locale/<lang>/LC_MESSAGES/django.po, and the browser's djangojs.po
where there is one) are complete and up to date: no message untranslated or fuzzy, every plural
form written, the placeholders of the English kept; and django.po's messages are exactly those a
fresh `make messages` (manage.py makemessages) finds in the templates and code. How to correct a
translation: docs/translations.md."""

import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]
DOMAINS = ("django", "djangojs")
# What `make messages` leaves out (the Makefile's MESSAGES_IGNORE): the admin's templates are
# English-only authoring.
SCANNED = ("battlemap", "templates", "manage.py")
NOT_SCANNED = ("templates/battlemap/admin",)


def _unquote(text):
    """A PO string's contents, its escapes read."""
    body = text.strip()
    assert body.startswith('"') and body.endswith('"'), body
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body[1:-1])


def read_po(path):
    """The entries of a PO file: [{"msgctxt", "msgid", "msgid_plural", "msgstr" or "msgstr[n]",
    "flags", "line"}], obsolete ones (#~) left out."""
    entries, entry, field = [], None, None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines() + [""], start=1):
        line = raw.strip()
        if not line:
            if entry and "msgid" in entry:
                entries.append(entry)
            entry, field = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "line": number}
        if line.startswith("#~"):
            entry = {"flags": set(), "line": number, "obsolete": True}
            continue
        if entry.get("obsolete"):
            continue
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[field] += _unquote(line)
        else:
            field, _space, value = line.partition(" ")
            entry[field] = _unquote(value)
    return entries


def _plural_count(entries):
    header = next(entry for entry in entries if entry["msgid"] == "")["msgstr"]
    match = re.search(r"nplurals\s*=\s*(\d+)", header)
    assert match, "the header names no Plural-Forms"
    return int(match.group(1))


def _placeholders(text):
    return sorted(re.findall(r"%\([a-z_]+\)[sdr]|%[sd]", text))


CATALOGUES = [(code, domain) for code in TRANSLATED for domain in DOMAINS]


@pytest.mark.parametrize("code, domain", CATALOGUES, ids=[f"{code}-{domain}" for code, domain in CATALOGUES])
def test_every_message_is_translated_and_none_is_fuzzy(code, domain):
    path = LOCALE / code / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        if domain == "django":
            pytest.fail(f"{path} is missing: run `make messages` and translate it")
        pytest.skip(f"{path.relative_to(REPO)} does not exist (the browser's catalogue is optional)")
    entries = read_po(path)
    forms = _plural_count(entries)
    problems = []
    for entry in entries:
        where = f"{path.relative_to(REPO)}:{entry['line']} {entry['msgid'][:60]!r}"
        if "fuzzy" in entry["flags"]:
            problems.append(f"{where}: fuzzy (check the translation, then remove the flag)")
        if entry["msgid"] == "":
            continue
        if "msgid_plural" in entry:
            written = [entry.get(f"msgstr[{index}]", "") for index in range(forms)]
            if not all(written):
                problems.append(f"{where}: {written.count('')} of {forms} plural forms untranslated")
            expected = _placeholders(entry["msgid_plural"])
            translations = written
        else:
            if not entry.get("msgstr"):
                problems.append(f"{where}: untranslated")
            expected = _placeholders(entry["msgid"])
            translations = [entry.get("msgstr", "")]
        for translation in filter(None, translations):
            if set(_placeholders(translation)) - set(expected) or (
                    "msgid_plural" not in entry and _placeholders(translation) != expected):
                problems.append(f"{where}: placeholders {_placeholders(translation)} differ from the English {expected}")
    assert not problems, "\n".join(problems)


def test_a_catalogue_with_a_gap_is_found_wanting(tmp_path):
    """The reader above finds an untranslated message and a fuzzy one (so the test can fail)."""
    sample = tmp_path / "django.po"
    sample.write_text('msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
                      '#, fuzzy\nmsgid "Print"\nmsgstr "Drucken"\n\nmsgid "Close"\nmsgstr ""\n\n'
                      'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s Tag"\nmsgstr[1] ""\n',
                      encoding="utf-8")
    entries = {entry["msgid"]: entry for entry in read_po(sample)}
    assert "fuzzy" in entries["Print"]["flags"]
    assert entries["Close"]["msgstr"] == ""
    assert entries["%(n)s day"]["msgstr[1]"] == "" and _plural_count(list(entries.values())) == 2


def _keys(entries):
    return {(entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural")) for entry in entries if entry["msgid"]}


@pytest.fixture(scope="module")
def fresh_messages(tmp_path_factory):
    """The messages `make messages` would find today: makemessages run over a copy of the scanned
    sources (so that the repository's catalogues are not touched)."""
    root = tmp_path_factory.mktemp("messages")
    for name in SCANNED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(source, root / name)
    for name in NOT_SCANNED:
        shutil.rmtree(root / name, ignore_errors=True)
    (root / "locale").mkdir()
    import os
    here = os.getcwd()
    try:
        os.chdir(root)
        with override_settings(LOCALE_PATHS=[root / "locale"]):
            call_command("makemessages", domain="django", locale=["uk"], verbosity=0)
    finally:
        os.chdir(here)
    return _keys(read_po(root / "locale" / "uk" / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_catalogue_holds_exactly_the_messages_of_the_code(code, fresh_messages):
    path = LOCALE / code / "LC_MESSAGES" / "django.po"
    held = _keys(read_po(path))
    new, gone = sorted(fresh_messages - held, key=str), sorted(held - fresh_messages, key=str)
    assert not new and not gone, (
        f"{path.relative_to(REPO)} is out of date: run `make messages`, translate, `make compilemessages`.\n"
        f"New in the code: {new[:10]}\nNo longer in the code: {gone[:10]}")
