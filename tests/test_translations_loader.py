"""The translation files beside an operation (geodata/translations.py): read, stored, and refused
with every problem named by file, id and field, leaving the database as it was."""

import json
import re
from pathlib import Path

import pytest

from battlemap.models import Event, Operation, OperationTranslation
from battlemap.services import operation_load
from geodata.loader import OperationDataError, read_operation
from geodata.translations import LANGUAGES, stale_entries, stamp_sources

GOOD_UK = {
    "about": "Test translation.",
    "language": "uk",
    "operation": {"name": "Зразкова операція", "summary": "Вигадана операція для тестів."},
    "sides": {"east": {"name": "Східні сили"}},
    "formations": {"e-1a": {"name": "1-ша армія"}},
    "events": {"opening": {"title": "Наступ починається", "text": "Східні сили атакують."}},
    "movements": {"east-attack": {"label": "Східний удар"}},
    "key_moments": {"km-opening": {"title": "Початок", "caption": "Наступ починається на світанку."}},
    "places": {"Eastville": {"period_name": "Іствіль", "today_name": "Східне"}},
}


def write(folder, language, document):
    (folder / "translations").mkdir(exist_ok=True)
    path = folder / "translations" / f"{language}.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document, ensure_ascii=False),
                    encoding="utf-8")
    return path


def problems_of(folder):
    with pytest.raises(OperationDataError) as refused:
        read_operation(folder)
    return refused.value.problems


def test_a_good_file_is_read_by_language_part_and_id(sample_copy):
    write(sample_copy, "uk", GOOD_UK)
    data = read_operation(sample_copy)
    texts = data.translations["uk"]
    assert texts["operation"]["name"] == "Зразкова операція"
    assert texts["events"]["opening"]["title"] == "Наступ починається"
    assert texts["places"]["Eastville"]["today_name"] == "Східне"
    assert texts["about"] == "Test translation."
    # The folder is no layer: read without a warning about it.
    assert not [warning for warning in data.warnings if "translations" in warning]


def test_the_translations_change_the_fingerprint(sample_copy):
    before = read_operation(sample_copy).fingerprint
    write(sample_copy, "uk", GOOD_UK)
    with_uk = read_operation(sample_copy).fingerprint
    write(sample_copy, "uk", {**GOOD_UK, "operation": {**GOOD_UK["operation"], "name": "Інша назва"}})
    assert len({before, with_uk, read_operation(sample_copy).fingerprint}) == 3


def test_a_record_without_translation_is_not_refused(sample_copy):
    # Only the operation's name and summary are required: records added later fall back to English.
    write(sample_copy, "de", {"operation": {"name": "Beispieloperation", "summary": "Erfunden."}})
    assert read_operation(sample_copy).translations["de"]["operation"]["name"] == "Beispieloperation"


@pytest.mark.parametrize("change, expected", [
    ({"events": {"no-such-event": {"title": "x"}}},
     "translations/uk.json: events id 'no-such-event': no such record in events"),
    ({"events": {"opening": {"titel": "x"}}},
     "translations/uk.json: events id 'opening': field 'titel': unknown; expected one of title, text, note"),
    ({"places": {"Atlantis": {"today_name": "x"}}},
     "translations/uk.json: places id 'Atlantis': no such record in places"),
    ({"formations": {"e-1a": {"name": 6}}},
     "translations/uk.json: formations id 'e-1a': field 'name': expected a text, found int"),
    ({"operation": {"name": "Зразкова операція"}},
     "translations/uk.json: operation: field 'summary': is required"),
    ({"areas": {}}, "translations/uk.json: 'areas': unknown part"),
    ({"language": "ru"}, "translations/uk.json: field 'language': 'ru' is not the file's language 'uk'"),
])
def test_a_bad_entry_is_refused_naming_file_id_and_field(sample_copy, change, expected):
    write(sample_copy, "uk", {**GOOD_UK, **change})
    problems = problems_of(sample_copy)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_every_problem_is_told_at_once(sample_copy):
    write(sample_copy, "uk", {**GOOD_UK, "events": {"nope": {"title": "x"}, "opening": {"titel": "y"}}})
    problems = problems_of(sample_copy)
    assert sum("translations/uk.json" in problem for problem in problems) == 2, problems


def test_malformed_json_is_refused_with_its_line(sample_copy):
    write(sample_copy, "uk", '{"operation": {"name": "x",}\n}')
    problems = problems_of(sample_copy)
    assert any(problem.startswith("translations/uk.json: malformed JSON at line 1") for problem in problems), problems


@pytest.mark.parametrize("name, expected", [
    ("fr.json", "translations/fr.json: unknown language 'fr'; expected one of " + ", ".join(LANGUAGES)),
    ("en.json", "(English is the layers' own language)"),
    ("uk.csv", "translations/uk.csv: not a translation file; expected <language>.json"),
])
def test_an_unknown_language_or_file_is_refused(sample_copy, name, expected):
    (sample_copy / "translations").mkdir()
    (sample_copy / "translations" / name).write_text(json.dumps(GOOD_UK), encoding="utf-8")
    problems = problems_of(sample_copy)
    assert any(expected in problem for problem in problems), problems


def test_a_file_that_is_not_utf8_is_refused(sample_copy):
    (sample_copy / "translations").mkdir()
    (sample_copy / "translations" / "uk.json").write_bytes(json.dumps(GOOD_UK, ensure_ascii=False).encode("cp1251"))
    problems = problems_of(sample_copy)
    assert any(problem.startswith("translations/uk.json: not UTF-8") for problem in problems), problems


def test_stored_per_language_and_a_refused_load_changes_nothing(db, sample_copy):
    write(sample_copy, "uk", GOOD_UK)
    operation = operation_load(data=read_operation(sample_copy))
    stored = OperationTranslation.objects.get(operation=operation, language="uk")
    assert stored.texts["events"]["opening"]["text"] == "Східні сили атакують."
    before = (Operation.objects.get(slug="sample").updated_at, Event.objects.count(),
              list(OperationTranslation.objects.values_list("language", "texts")))
    write(sample_copy, "uk", {**GOOD_UK, "events": {"nope": {"title": "x"}}})
    with pytest.raises(OperationDataError):
        operation_load(data=read_operation(sample_copy))
    after = (Operation.objects.get(slug="sample").updated_at, Event.objects.count(),
             list(OperationTranslation.objects.values_list("language", "texts")))
    assert after == before


def test_a_reload_without_the_file_removes_the_translation(db, sample_copy):
    write(sample_copy, "uk", GOOD_UK)
    operation_load(data=read_operation(sample_copy))
    (sample_copy / "translations" / "uk.json").unlink()
    operation = operation_load(data=read_operation(sample_copy))
    assert not OperationTranslation.objects.filter(operation=operation).exists()


def test_load_operation_refuses_a_bad_translation_and_keeps_what_was_loaded(db, sample_copy):
    from django.core.management import CommandError, call_command

    write(sample_copy, "uk", GOOD_UK)
    call_command("load_operation", str(sample_copy))
    before = list(OperationTranslation.objects.values_list("language", "texts"))
    write(sample_copy, "uk", {**GOOD_UK, "formations": {"e-99a": {"name": "99-та армія"}}})
    with pytest.raises(CommandError) as refused:
        call_command("load_operation", str(sample_copy))
    assert "translations/uk.json: formations id 'e-99a': no such record in formations" in str(refused.value)
    assert list(OperationTranslation.objects.values_list("language", "texts")) == before


# ----------------------------------------------------------------------------- the project's own files

OPERATIONS = Path(__file__).resolve().parents[1] / "geodata"


def ukrainian_ordinal(number):
    """The ending Ukrainian gives a feminine ordinal written in figures (1-ша, 2-га, 3-тя, 7-ма, 40-ва)."""
    last, last_two = number % 10, number % 100
    if 10 <= last_two <= 19 or last in (0, 4, 5, 6, 9):
        return "ва" if last_two == 40 else "та"
    return {1: "ша", 2: "га", 3: "тя", 7: "ма", 8: "ма"}[last]


@pytest.mark.parametrize("slug", ["kharkov-1942", "belgorod-kharkov-1943"])
def test_the_operations_translations_load_and_number_formations_in_each_languages_form(slug):
    folder = OPERATIONS / slug
    if not (folder / "translations").is_dir():
        pytest.skip(f"{slug} has no translations")
    data = read_operation(folder)
    assert set(data.translations) == set(LANGUAGES)
    checked = 0
    for formation in data.formations:
        number = re.match(r"^(\d+)\w\w ", formation["name"])
        if not number:
            continue
        names = {language: data.translations[language].get("formations", {}).get(formation["key"], {}).get("name")
                 for language in LANGUAGES}
        n = int(number[1])
        if names["de"]:
            assert names["de"].startswith(f"{n}. ") or f" {n}. " in names["de"], names["de"]
        if names["ru"]:
            assert re.search(rf"(^|\s){n}-[яй] ", names["ru"]), names["ru"]
        if names["uk"]:
            feminine = re.search(r"(армія|дивізія|бригада)", names["uk"])
            ending = ukrainian_ordinal(n) if feminine else "й"
            assert re.search(rf"(^|\s){n}-{ending} ", names["uk"]), names["uk"]
        checked += 1
    assert checked > 10


# ----------------------------------------------------------------------------- older than the English


def stamped_uk(folder):
    """GOOD_UK with each entry given the digest of the sample's English as it is now."""
    document = json.loads(json.dumps(GOOD_UK))
    return stamp_sources(document, read_operation(folder))


def test_a_translation_older_than_its_english_is_warned_about_by_name(sample_copy, edit_features):
    write(sample_copy, "uk", stamped_uk(sample_copy))
    assert not [warning for warning in read_operation(sample_copy).warnings if "older" in warning]

    def retitle(collection):
        for feature in collection["features"]:
            if feature["properties"].get("id") == "opening":
                feature["properties"]["title"] = "The offensive opens a day later"

    edit_features(sample_copy, "events", retitle)
    data = read_operation(sample_copy)
    older = [warning for warning in data.warnings if "older" in warning]
    assert len(older) == 1 and older[0].startswith(
        "translations/uk.json: events id 'opening': translated from an older English"), older
    assert stale_entries(data.translations["uk"], data) == [("events", "opening")]
    # Brought into line and stamped again, the warning goes.
    write(sample_copy, "uk", stamped_uk(sample_copy))
    assert not [warning for warning in read_operation(sample_copy).warnings if "older" in warning]


def test_an_english_change_in_a_field_not_translated_is_no_warning(sample_copy, edit_features):
    document = stamped_uk(sample_copy)
    document["events"]["opening"] = {"title": "Наступ починається"}
    write(sample_copy, "uk", stamp_sources(document, read_operation(sample_copy)))

    def retext(collection):
        for feature in collection["features"]:
            if feature["properties"].get("id") == "opening":
                feature["properties"]["text"] = "A new English text."

    edit_features(sample_copy, "events", retext)
    assert not [warning for warning in read_operation(sample_copy).warnings if "older" in warning]


@pytest.mark.parametrize("change, expected", [
    ({"events": {"opening": {"title": "x", "source": "not-a-digest"}}},
     "translations/uk.json: events id 'opening': field 'source': expected the digest of the English"),
    ({"places": {"Eastville": {"today_name": "x", "source": "0123456789ab"}}},
     "translations/uk.json: places id 'Eastville': field 'source': unknown"),
])
def test_a_bad_source_is_refused(sample_copy, change, expected):
    write(sample_copy, "uk", {**GOOD_UK, **change})
    problems = problems_of(sample_copy)
    assert any(problem.startswith(expected) for problem in problems), problems


@pytest.mark.parametrize("slug", ["kharkov-1942", "belgorod-kharkov-1943"])
def test_no_translation_of_the_operations_is_older_than_its_english(slug):
    """Every entry of the project's translation files says which English it was made from; when an
    English text changes, this fails, naming the entries to bring into line (geodata/README.md,
    "Finding a translation older than its English")."""
    folder = OPERATIONS / slug
    if not (folder / "translations").is_dir():
        pytest.skip(f"{slug} has no translations")
    data = read_operation(folder)
    unstamped = [(language, part, ident) for language, texts in data.translations.items()
                 for part in ("events", "key_moments", "movements", "formations", "sides")
                 for ident, entry in (texts.get(part) or {}).items() if "source" not in entry]
    assert unstamped == [], "entries without the digest of their English"
    older = {language: stale_entries(texts, data) for language, texts in data.translations.items()}
    assert older == {language: [] for language in data.translations}
