"""Every page kind in every language (issue #30): <html lang>, an interface string in the page's
language (from its catalogue, not the English source), the language switch keeping the page's
query; the order of the choice (?lang= > saved choice > Accept-Language > English); an unknown
?lang= named on the page; the cookie and Vary headers; oEmbed's `lang`."""

import dataclasses
import html
import re
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from django.conf import settings
from django.utils import translation

from battlemap.models import Operation
from battlemap.services import operation_load

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [code for code in LANGUAGES if code != "en"]
LOCALE = Path(settings.LOCALE_PATHS[0])


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """The pages read the compiled catalogues (.mo, built by `make compilemessages`, not kept in git)."""
    for code in TRANSLATED:
        po, mo = LOCALE / code / "LC_MESSAGES" / "django.po", LOCALE / code / "LC_MESSAGES" / "django.mo"
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            pytest.fail(f"{mo} is missing or older than its .po: run `make compilemessages`")


def in_language(code, msgid, context=None):
    """`msgid` as the `code` catalogue has it; for a translated language it must differ from the
    English source (an untranslated string would pass the page test unnoticed)."""
    with translation.override(code if code != "en" else settings.LANGUAGE_CODE):
        text = translation.pgettext(context, msgid) if context else translation.gettext(msgid)
    if code != "en":
        assert text != msgid, f"{code}: {msgid!r} is not translated"
    return text


def page_language(body):
    match = re.search(r'<html lang="([^"]*)" dir="([^"]*)">', body)
    assert match, "no <html lang dir>"
    return match.group(1), match.group(2)


def switch_links(body):
    """{code: href} of the language switch."""
    nav = re.search(r'<nav class="bm-languages[^"]*"[^>]*>(.*?)</nav>', body, re.S)
    assert nav, "no language switch"
    return {code: html.unescape(href) for href, code in re.findall(r'<a href="([^"]*)" lang="([^"]*)"', nav.group(1))}


@pytest.fixture
def pages(db, sample_data):
    """The sample and a second listed operation on the same ground (a comparison needs two)."""
    first = operation_load(data=sample_data)
    Operation.objects.filter(pk=first.pk).update(listed=True)
    second = dataclasses.replace(sample_data, operation={**sample_data.operation, "slug": "sample-two",
                                                         "name": "Second sample", "listed": True})
    operation_load(data=second)
    return first


# (page kind, address with a query to keep, an interface string the page shows (msgid, context))
PAGE_KINDS = [
    ("home", "/?chronicle=1", ("Operations", None)),
    ("map", "/operations/sample/?date=1942-05-12&pov=east", ("Skip to the timeline", None)),
    ("embed", "/embed/sample/?date=1942-05-12&controls=minimal", ("Timeline controls", None)),
    ("print", "/operations/sample/print/?date=1942-05-12&paper=letter", ("Back to the map", None)),
    ("worksheet", "/operations/sample/print/?dates=1942-05-11,1942-05-12,1942-05-13,1942-05-14",
     ("Turning points of these days", None)),
    ("compare", "/compare/?left=sample&right=sample-two&zoom=8", ("The same ground, two battles", None)),
]


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("kind, address, marker", PAGE_KINDS, ids=[kind for kind, *_ in PAGE_KINDS])
def test_each_page_kind_speaks_each_language_and_offers_the_switch(client, pages, kind, address, marker, code):
    separator = "&" if "?" in address else "?"
    response = client.get(f"{address}{separator}lang={code}")
    body = response.content.decode()
    assert response.status_code == 200, body[:500]
    assert page_language(body) == (code, "ltr")
    assert html.escape(in_language(code, *marker)) in body
    assert response["Content-Language"] == code
    links = switch_links(body)
    assert list(links) == LANGUAGES
    kept = parse_qs(address.partition("?")[2])
    for target, href in links.items():
        query = parse_qs(href.lstrip("?"))
        assert query.pop("lang") == [target]
        assert query == kept, f"{kind}: the switch to {target} loses the query: {href}"
    current = re.search(r'<a href="[^"]*" lang="([^"]*)" hreflang="[^"]*" aria-current="true"', body)
    assert current and current.group(1) == code


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_article_speaks_each_language(client, kharkov_operation, code):
    body = client.get(f"/examples/article/?lang={code}").content.decode()
    assert page_language(body) == (code, "ltr")
    assert html.escape(in_language(code, "Example article")) in body
    # The article's own text, not only its frame.
    assert html.escape(in_language(code, "The ring closes")) in body
    assert set(switch_links(body)) == set(LANGUAGES)
    # The map beside the text speaks the page's language.
    assert f"&amp;lang={code}" in re.search(r'<iframe data-role="story-map" src="([^"]*)"', body).group(1)


@pytest.mark.django_db
def test_dates_follow_the_language(client, pages):
    """Day and month in each language's own form: genitive months in Ukrainian and Russian, the
    German day with its full stop."""
    expected = {"en": "12 May 1942", "uk": "12 травня 1942", "de": "12. Mai 1942", "ru": "12 мая 1942"}
    for code, day in expected.items():
        body = client.get(f"/operations/sample/print/?date=1942-05-12&lang={code}").content.decode()
        assert day in body, code


@pytest.mark.django_db
def test_numbers_follow_the_language(client, pages):
    """The comparison's chart ticks group thousands as each language does (1,000; 1.000; 1 000)."""
    grouped = {"en": ",", "de": ".", "uk": "\xa0", "ru": "\xa0"}
    for code, separator in grouped.items():
        body = client.get(f"/compare/?left=sample&right=sample-two&lang={code}").content.decode()
        ticks = re.findall(r'class="line-chart__y">([^<]*)<', body)
        assert ticks, "no chart ticks"
        wide = [tick for tick in ticks if len(tick.lstrip("-−")) > 4]
        if not wide:
            pytest.skip("the sample's charts have no tick of a thousand or more")
        assert all(separator in tick for tick in wide), (code, wide)


# ----------------------------------------------------------------------------- the order of the choice

@pytest.mark.django_db
def test_the_query_beats_the_saved_choice_which_beats_the_browser(client, pages):
    address = "/operations/sample/"
    assert page_language(client.get(address).content.decode())[0] == "en"
    assert page_language(client.get(address, HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5").content.decode())[0] == "de"
    # A language not offered is passed over for the browser's next one.
    assert page_language(client.get(address, HTTP_ACCEPT_LANGUAGE="fr-FR,ru;q=0.8").content.decode())[0] == "ru"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "uk"
    assert page_language(client.get(address, HTTP_ACCEPT_LANGUAGE="de").content.decode())[0] == "uk"
    assert page_language(client.get(address + "?lang=ru", HTTP_ACCEPT_LANGUAGE="de").content.decode())[0] == "ru"


@pytest.mark.django_db
def test_choosing_by_lang_is_saved_and_followed_without_it(client, pages):
    response = client.get("/operations/sample/?lang=de")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME]["samesite"] == "Lax"
    # The next page, without ?lang=, follows the saved choice.
    assert page_language(client.get("/").content.decode())[0] == "de"
    # The choice already saved is not set again (a response with Set-Cookie is not cached).
    assert settings.LANGUAGE_COOKIE_NAME not in client.get("/operations/sample/?lang=de").cookies


@pytest.mark.django_db
def test_an_embed_does_not_save_its_language_for_the_reader(client, pages):
    response = client.get("/embed/sample/?lang=uk")
    assert page_language(response.content.decode())[0] == "uk"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_pages_chosen_without_lang_vary_by_cookie_and_accept_language(client, pages):
    negotiated = client.get("/operations/sample/")
    vary = {field.strip() for field in negotiated["Vary"].split(",")}
    assert {"Cookie", "Accept-Language"} <= vary
    # With ?lang= the address alone decides: a cache need not keep a copy per cookie.
    chosen = client.get("/embed/sample/?lang=de")
    assert "Accept-Language" not in chosen.get("Vary", "")


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["fr", "xx-<b>", "q" * 30])
def test_an_unknown_lang_is_named_and_the_page_shown_in_the_next_choice(client, pages, raw):
    response = client.get("/operations/sample/", {"lang": raw}, HTTP_ACCEPT_LANGUAGE="de")
    body = response.content.decode()
    assert response.status_code == 200
    assert page_language(body)[0] == "de"
    notice = re.search(r'<p class="bm-language-notice" role="alert"[^>]*>(.*?)</p>', body, re.S)
    assert notice, "no notice for an unknown ?lang="
    text = html.unescape(notice.group(1))
    assert raw[:24] in text and "<b>" not in notice.group(1)
    for name in dict(settings.LANGUAGES).values():
        assert name in text
    # Said in the fallback's own language, and not saved.
    assert in_language("de", "This site has no “%(code)s” version, so it is shown in this language instead. "
                       "Languages offered: %(offered)s.") % {"code": raw[:24], "offered": ", ".join(
                           dict(settings.LANGUAGES).values())} == " ".join(text.split())
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_a_known_lang_shows_no_notice(client, pages):
    assert "bm-language-notice" not in client.get("/operations/sample/?lang=uk").content.decode()


def test_regional_and_differently_cased_codes_are_their_language():
    from battlemap.i18n import supported_language
    assert [supported_language(raw) for raw in ("uk", "UK", "de-AT", "ru_RU", "en-GB", "fr", "", None, "x" * 40)] == [
        "uk", "uk", "de", "ru", "en", None, None, None, None]


@pytest.mark.django_db
def test_the_admin_stays_english(client, pages):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    body = client.get("/admin/login/?lang=uk").content.decode()
    assert 'lang="en' in body or 'lang="en-gb"' in body


# ----------------------------------------------------------------------------- oEmbed and the embed

@pytest.mark.django_db
def test_oembed_carries_lang_into_the_embed_it_returns(client, pages):
    page = "http://testserver/operations/sample/?date=1942-05-12"
    body = client.get("/oembed/", {"url": page, "lang": "uk"}).json()
    src = html.unescape(re.search(r'src="([^"]*)"', body["html"]).group(1))
    assert "/embed/sample/" in src and parse_qs(src.partition("?")[2])["lang"] == ["uk"]
    # A page address that names its language keeps it; oEmbed's own `lang` wins over it.
    from_page = client.get("/oembed/", {"url": page + "&lang=de"}).json()
    assert "lang=de" in from_page["html"]
    overridden = client.get("/oembed/", {"url": page + "&lang=de", "lang": "ru"}).json()
    assert "lang=ru" in overridden["html"] and "lang=de" not in overridden["html"]


@pytest.mark.django_db
def test_oembed_refuses_a_language_not_offered_naming_it(client, pages):
    response = client.get("/oembed/", {"url": "http://testserver/operations/sample/", "lang": "fr"})
    assert response.status_code == 400
    assert "'fr'" in response.json()["detail"] and "uk" in response.json()["detail"]


@pytest.mark.django_db
def test_the_map_page_tells_oembed_and_the_embed_its_language(client, pages):
    body = client.get("/operations/sample/", HTTP_ACCEPT_LANGUAGE="uk").content.decode()
    discovery = html.unescape(re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]*)"', body).group(1))
    assert parse_qs(discovery.partition("?")[2])["lang"] == ["uk"]
    embed = client.get("/embed/sample/?lang=de").content.decode()
    assert '"full_map_url": "/operations/sample/?lang=de"' in embed


# ----------------------------------------------------------------------------- the data's texts on the handout

@pytest.mark.django_db
@pytest.mark.parametrize("code", TRANSLATED)
def test_the_handout_gives_the_data_in_its_language_and_marks_what_stays_english(client, kharkov_operation, code):
    """The operation's name and the day's events as the operation's translation file gives them;
    a text the file lacks stays English, marked lang="en"."""
    import json
    translation_file = Path(settings.BASE_DIR) / "geodata" / kharkov_operation.slug / "translations" / f"{code}.json"
    if not translation_file.exists():
        pytest.skip(f"{translation_file} does not exist")
    given = json.loads(translation_file.read_text(encoding="utf-8"))
    event = kharkov_operation.events.order_by("date", "time", "key").filter(key__in=list(given.get("events") or {})).first()
    if event is None:
        pytest.skip(f"{translation_file.name} translates no event")
    body = client.get(f"/operations/{kharkov_operation.slug}/print/?date={event.date.isoformat()}&lang={code}").content.decode()
    assert html.escape(given["operation"]["name"]) in body
    title = given["events"][event.key].get("title")
    assert title and html.escape(title) in body
    assert html.escape(event.title) not in body or event.title == title
    untranslated = [one for one in kharkov_operation.events.filter(date=event.date) if one.key not in given["events"]]
    for one in untranslated:
        assert f'<span lang="en">{html.escape(one.title)}</span>' in body


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/", "/compare/?left=kharkov-1942&right=sample"])
def test_the_home_and_comparison_name_the_operation_in_the_language(client, kharkov_operation, sample_operation, address):
    import json
    Operation.objects.filter(pk=sample_operation.pk).update(listed=True)
    for code in TRANSLATED:
        translation_file = Path(settings.BASE_DIR) / "geodata" / kharkov_operation.slug / "translations" / f"{code}.json"
        if not translation_file.exists():
            continue
        name = json.loads(translation_file.read_text(encoding="utf-8"))["operation"]["name"]
        separator = "&" if "?" in address else "?"
        body = client.get(f"{address}{separator}lang={code}").content.decode()
        assert html.escape(name) in body, code


# ----------------------------------------------------------------------------- the static export

@pytest.mark.django_db
def test_the_static_export_has_a_folder_per_language_linked_by_each_page_switch(sample_operation):
    from battlemap import site_export
    files = site_export._rendered([sample_operation])
    for code in LANGUAGES:
        folder = "" if code == "en" else f"{code}/"
        for name in ("index.html", "sample/index.html", "embed/sample/index.html", "data/sample/timeline.json",
                     "data/sample/timeline.js", "preview/sample.png"):
            assert f"{folder}{name}" in files, f"{folder}{name}"
        page = files[f"{folder}sample/index.html"].decode()
        assert page_language(page) == (code, "ltr")
        assert html.escape(in_language(code, "Skip to the timeline")) in page
        # The static files are the root's; the data the language's own folder's.
        assert ("../../static/" if folder else "../static/") + "battlemap/battlemap.bundle.js" in page
        assert '"../data/sample/timeline.js"' in page
        links = switch_links(page)
        assert links == {other: ("../../" if folder else "../") + ("" if other == "en" else f"{other}/") + "sample/index.html"
                         for other in LANGUAGES}
        assert switch_links(files[f"{folder}index.html"].decode())[code] == ("../" if folder else "") + folder + "index.html"


@pytest.mark.django_db
def test_the_preview_picture_is_drawn_in_the_page_language(client, pages):
    """The large preview's title date and legend are in the language: each language its own picture."""
    pictures = {code: client.get(f"/operations/sample/preview.png?date=1942-05-12&lang={code}") for code in LANGUAGES}
    assert all(response.status_code == 200 for response in pictures.values())
    assert len({response.content for response in pictures.values()}) == len(LANGUAGES)
    # Chosen by its address, the picture does not vary by the browser's languages; negotiated, it does.
    assert "Accept-Language" not in pictures["uk"].get("Vary", "")
    assert "Accept-Language" in client.get("/operations/sample/preview.png?date=1942-05-12").get("Vary", "")


def test_pictures_name_places_as_the_language_writes_them():
    """A translated timeline's place carries its period name in the language; the pictures' marks
    use it (and match it against the translated events' texts), else the sources' spelling."""
    from battlemap.render.map_layers import town_marks
    places = [{"name": "Kharkov", "period_name": "Charkow", "kind": "city", "geometry": {"type": "Point", "coordinates": [36.2, 50.0]}},
              {"name": "Gusarovka", "period_name": "Gussarowka", "kind": "village", "geometry": {"type": "Point", "coordinates": [36.9, 49.3]}},
              {"name": "Chepel", "kind": "village", "geometry": {"type": "Point", "coordinates": [36.8, 49.2]}}]
    marks = town_marks(places, lambda lon, lat: (lon * 10, lat * 10), annotated=True, named_places={"Gussarowka"}, half=2)
    names = {mark[-1]: mark[3] for mark in marks}
    assert set(names) == {"Charkow", "Gussarowka", "Chepel"}
    assert names["Gussarowka"] < names["Chepel"], "the place the day's events name comes first"


@pytest.mark.django_db
def test_oembed_titles_the_embed_in_its_language(client, kharkov_operation):
    import json
    translation_file = Path(settings.BASE_DIR) / "geodata" / kharkov_operation.slug / "translations" / "de.json"
    if not translation_file.exists():
        pytest.skip(f"{translation_file} does not exist")
    name = json.loads(translation_file.read_text(encoding="utf-8"))["operation"]["name"]
    body = client.get("/oembed/", {"url": f"http://testserver/operations/{kharkov_operation.slug}/", "lang": "de"}).json()
    assert body["title"] == name and html.escape(name) in body["html"]
