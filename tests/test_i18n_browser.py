"""The browser's strings each page carries inline (battlemap/i18n_browser.py) are for the page's own language."""

import json
import re

import pytest
from django.urls import reverse

from battlemap.i18n_browser import browser_strings_for
from battlemap.models import Operation

LANGUAGES = ["en", "uk", "de", "ru"]
STRINGS = re.compile(r'<script id="battlemap-strings" type="application/json">(.*?)</script>', re.S)
HTML_LANG = re.compile(r'<html lang="([^"]+)"')


def _pages(operation):
    """Every kind of page, by its address: home, map, embed, video frame, print, compare, article."""
    return {
        "home": reverse("operation-index"),
        "map": reverse("operation-page", args=[operation.slug]),
        "embed": reverse("embed-page", args=[operation.slug]),
        "video frame": reverse("embed-page", args=[operation.slug]) + "?frame=video&controls=none",
        "print": reverse("operation-print", args=[operation.slug]),
        "compare": reverse("compare-page") + f"?left={operation.slug}&right=sample",
        "article": reverse("article-example"),
    }


def _page_strings(client, url, lang):
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}lang={lang}")
    assert response.status_code == 200, url
    # The strings go after the charset: a browser looks for <meta charset> in the first 1024 bytes
    # (a static export opened from disk has no Content-Type header to say UTF-8).
    assert b'<meta charset="utf-8">' in response.content[:1024], f"{url}: <meta charset> after the first 1024 bytes"
    html = response.content.decode()
    found = STRINGS.findall(html)
    assert len(found) == 1, f"{url}: {len(found)} #battlemap-strings elements, not one"
    head = html.split("</head>", 1)[0]
    assert 'id="battlemap-strings"' in head, f"{url}: the strings are not in <head>"
    return HTML_LANG.search(html).group(1), json.loads(found[0])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_carries_the_strings_of_its_html_lang(client, kharkov_operation, sample_operation, lang):
    Operation.objects.filter(pk=sample_operation.pk).update(listed=True)  # the comparison's second map
    for kind, url in _pages(kharkov_operation).items():
        html_lang, strings = _page_strings(client, url, lang)
        assert strings["lang"].split("-")[0] == html_lang.split("-")[0] == lang, f"{kind}: <html lang={html_lang}>, strings for {strings['lang']}"
        if lang == "en":
            assert strings["catalog"] == {} and strings["plural"] is None, kind
        else:
            assert strings["catalog"]["Play (Space)"] != "Play (Space)", kind
            assert strings["plural"], kind


def test_the_catalogue_is_djangojs_and_nothing_else(client, kharkov_operation):
    """Only the project's browser strings: neither the server's django.po nor the admin's djangojs catalogue."""
    _, strings = _page_strings(client, reverse("operation-page", args=[kharkov_operation.slug]), "de")
    catalog = strings["catalog"]
    assert catalog["Play (Space)"] == "Abspielen (Leertaste)"
    assert catalog["unit status\u0004encircled"] == "eingeschlossen"
    assert catalog["%(count)s day, one page"] == ["%(count)s Tag, eine Seite", "%(count)s Tage, eine Seite"]
    # The admin's calendar strings (django.contrib.admin's djangojs) are not the page's.
    assert "January" not in catalog and "Cancel" not in catalog


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_ukrainian_and_russian_plurals_have_three_forms(lang):
    strings = browser_strings_for(lang)
    assert all(len(forms) == 3 for forms in strings["catalog"].values() if isinstance(forms, list))
    assert strings["plural"].replace(" ", "").startswith("(n%10==1&&n%100!=11?0")


def test_letters_are_written_as_utf8_not_escaped(client, kharkov_operation):
    response = client.get(reverse("operation-page", args=[kharkov_operation.slug]) + "?lang=uk")
    html = response.content.decode()
    script = STRINGS.search(html).group(0)
    assert "Відтворити (пробіл)" in script and "\\u0412" not in script
