"""The API in the reader's language (`?lang=`): translated texts, English where a text has no
translation (marked "<field>_lang": "en"), each language its own cached document and ETag."""

import json

import pytest
from rest_framework.test import APIClient

from battlemap.services import operation_load
from geodata.loader import read_operation

from test_translations_loader import GOOD_UK, write

API = "/api/operations"


@pytest.fixture
def client():
    return APIClient()


@pytest.fixture
def translated(db, sample_copy):
    """The sample operation with a Ukrainian translation of some of its records."""
    write(sample_copy, "uk", GOOD_UK)
    return operation_load(data=read_operation(sample_copy))


def timeline(client, query=""):
    response = client.get(f"{API}/sample/timeline/{query}")
    assert response.status_code == 200, response.content
    return response, json.loads(response.content)


def test_the_timeline_in_ukrainian_has_the_translated_texts(client, translated):
    response, body = timeline(client, "?lang=uk")
    assert response["Content-Language"] == "uk"
    assert body["operation"]["name"] == "Зразкова операція" and "name_lang" not in body["operation"]
    assert body["operation"]["lang"] == "uk"
    event = next(e for e in body["events"] if e["id"] == "opening")
    assert (event["title"], event["text"]) == ("Наступ починається", "Східні сили атакують.")
    assert "title_lang" not in event and "text_lang" not in event
    army = next(f for f in body["formations"] if f["id"] == "e-1a")
    assert army["name"] == "1-ша армія" and "name_lang" not in army
    assert army["commander_lang"] == "en", "the file gives no commander: English, marked"
    assert next(m for m in body["movements"] if m["id"] == "east-attack")["label"] == "Східний удар"
    moment = next(m for m in body["key_moments"] if m["id"] == "km-opening")
    assert moment["caption"] == "Наступ починається на світанку."
    side = next(s for s in body["operation"]["sides"] if s["slug"] == "east")
    assert side["name"] == "Східні сили"


def test_an_untranslated_text_falls_back_to_english_marked(client, translated):
    _, english = timeline(client)
    _, body = timeline(client, "?lang=uk")
    english_event = next(e for e in english["events"] if e["id"] == "advance")
    event = next(e for e in body["events"] if e["id"] == "advance")
    assert event["title"] == english_event["title"] and event["title_lang"] == "en"
    assert event["text_lang"] == "en"
    west = next(s for s in body["operation"]["sides"] if s["slug"] == "west")
    assert west["name"] == "Western forces" and west["name_lang"] == "en"
    division = next(f for f in body["formations"] if f["id"] == "e-10rd")
    assert division["name_lang"] == "en"
    # An empty note is not marked; a note left in English is.
    assert "note_lang" not in event
    assert next(e for e in body["events"] if e["id"] == "pocket")["note_lang"] == "en"
    # English itself marks nothing.
    assert not [key for e in english["events"] for key in e if key.endswith("_lang")]


def test_place_names_period_and_today_in_the_language(client, translated):
    _, english = timeline(client)
    _, body = timeline(client, "?lang=uk")
    place = next(p for p in body["places"] if p["name"] == "Eastville")
    assert (place["period_name"], place["today_name"]) == ("Іствіль", "Східне")
    other = next(p for p in body["places"] if p["name"] == "Westburg")
    assert other["period_name"] == "Westburg" and other["period_name_lang"] == "en"
    assert other["today_name_lang"] == "en"
    assert next(p for p in english["places"] if p["name"] == "Eastville")["period_name"] == "Eastville"
    gazetteer = client.get("/api/places/?operation=sample&lang=uk").json()
    assert next(f for f in gazetteer["features"] if f["properties"]["name"] == "Eastville")["properties"][
        "today_name"] == "Східне"


def test_each_language_has_its_own_etag_and_cached_document(client, translated):
    english, _ = timeline(client)
    ukrainian, _ = timeline(client, "?lang=uk")
    german, german_body = timeline(client, "?lang=de")
    assert len({english["ETag"], ukrainian["ETag"], german["ETag"]}) == 3
    # No German file: the document is German in name only, every text marked English.
    assert german_body["operation"]["name_lang"] == "en"
    again = client.get(f"{API}/sample/timeline/?lang=uk", HTTP_IF_NONE_MATCH=ukrainian["ETag"])
    assert again.status_code == 304
    crossed = client.get(f"{API}/sample/timeline/?lang=uk", HTTP_IF_NONE_MATCH=english["ETag"])
    assert crossed.status_code == 200
    # The language is in the URL, so caches keep each apart; the answer does not vary on headers.
    assert "Accept-Encoding" in ukrainian["Vary"]


def test_the_situation_detail_and_list_follow_lang(client, translated):
    situation = client.get(f"{API}/sample/situation/?date=1942-05-11&lang=uk")
    assert situation.status_code == 200 and situation["Content-Language"] == "uk"
    body = json.loads(situation.content)
    assert body["lang"] == "uk"
    titles = [f["properties"]["title"] for f in body["features"] if f["properties"]["layer"] == "event"]
    assert "Наступ починається" in titles
    detail = client.get(f"{API}/sample/?lang=uk").json()
    assert detail["name"] == "Зразкова операція"
    assert next(n for n in detail["formation_tree"] if n["id"] == "e-1a")["name"] == "1-ша армія"
    assert client.get(f"{API}/?lang=uk-UA").json()[0]["name"] == "Зразкова операція"


@pytest.mark.parametrize("value", ["fr", "xx-YY", "<script>"])
def test_an_unknown_language_is_refused_naming_the_known(client, translated, value):
    response = client.get(f"{API}/sample/timeline/", {"lang": value})
    assert response.status_code == 400
    assert "expected one of en, uk, de, ru" in json.dumps(response.json())


def page_json(body, element_id):
    """The JSON of a <script type="application/json" id=...> in a page."""
    import re

    match = re.search(rf'<script[^>]*id="{element_id}"[^>]*>(.*?)</script>', body, re.S)
    assert match, f"no #{element_id} in the page"
    return json.loads(match.group(1))


@pytest.mark.parametrize("inline_limit", [10_000_000, 0])
def test_the_map_page_asks_for_the_timeline_in_its_language(client, translated, settings, inline_limit):
    settings.BATTLEMAP = {**getattr(settings, "BATTLEMAP", {}), "INLINE_TIMELINE_MAX_BYTES": inline_limit,
                          "VERSION_MEMO_SECONDS": 0}
    from django.test import Client

    body = Client().get("/operations/sample/?lang=uk").content.decode()
    options = page_json(body, "battlemap-options")
    assert options["timeline_url"].endswith("/timeline/?lang=uk")
    assert 'class="bm-header__title">Зразкова операція<' in body
    if inline_limit:
        assert page_json(body, "battlemap-timeline-data")["operation"]["name"] == "Зразкова операція"
    else:
        assert 'id="battlemap-timeline-data"' not in body
    english = Client().get("/operations/sample/?lang=en").content.decode()
    assert page_json(english, "battlemap-options")["timeline_url"].endswith("/timeline/")
