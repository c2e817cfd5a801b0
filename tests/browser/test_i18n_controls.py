"""The map page's own controls in the reader's language (?lang=): labels from the inline catalogue, dates from the month tables."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def _controls(page):
    """What the browser code wrote into the page: the play button's label, the date, the speeds, the legend, the echelon menu."""
    return page.evaluate("""() => ({
        lang: document.documentElement.lang,
        play: document.querySelector('[data-action="play"]').getAttribute('aria-label'),
        date: document.querySelector('[data-role="date"]').textContent,
        valuetext: document.querySelector('[data-role="track"]').getAttribute('aria-valuetext'),
        speeds: [...document.querySelectorAll('[data-role="speed"] option')].map((o) => o.textContent),
        legend: document.querySelector('.bm-legend__summary')?.textContent,
        echelons: [...document.querySelectorAll('.bm-echelon select option')].map((o) => o.textContent),
    })""")


def _pause_label_after_play(page):
    page.click('[data-action="play"]')
    label = page.get_attribute('[data-action="play"]', "aria-label")
    page.click('[data-action="play"]')
    return label


def test_the_map_in_ukrainian_shows_ukrainian_controls_and_dates(sample_operation, open_operation):
    page = open_operation(sample_operation.slug, "?lang=uk&date=1942-05-12")
    shown = _controls(page)
    assert shown["lang"] == "uk"
    assert shown["play"] == "Відтворити (пробіл)"
    assert shown["date"] == "12 травня 1942\u00a0р."  # a no-break space before р. (time/date-names.js)
    assert shown["valuetext"] == "12 травня 1942\u00a0р., 00:00"
    assert "1 дн./с" in shown["speeds"] and "0,25 дн./с" in shown["speeds"]
    assert shown["legend"] == "Легенда"
    assert shown["echelons"][0] == "Частини: за масштабом"
    assert _pause_label_after_play(page) == "Пауза (пробіл)"


def test_the_map_in_german_shows_german_controls_and_dates(sample_operation, open_operation):
    page = open_operation(sample_operation.slug, "?lang=de&date=1942-05-12")
    shown = _controls(page)
    assert shown["lang"] == "de"
    assert shown["play"] == "Abspielen (Leertaste)"
    assert shown["date"] == "12. Mai 1942"
    assert shown["speeds"][:3] == ["0,25 Tage/s", "0,5 Tage/s", "1 Tag/s"]
    assert shown["legend"] == "Legende"
    assert _pause_label_after_play(page) == "Pause (Leertaste)"


def test_the_map_in_english_keeps_its_english_strings(sample_operation, open_operation):
    page = open_operation(sample_operation.slug, "?lang=en&date=1942-05-12")
    shown = _controls(page)
    assert shown["play"] == "Play (Space)"
    assert shown["date"] == "12 May 1942"
    assert shown["speeds"][:3] == ["0.25 days/s", "0.5 days/s", "1 day/s"]
    assert shown["legend"] == "Legend"


def test_the_embed_in_german_writes_its_controls_in_german(sample_operation, page, live_server):
    page.goto(f"{live_server.url}/embed/{sample_operation.slug}/?lang=de&date=1942-05-13")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    shown = _controls(page)
    assert shown["lang"] == "de"
    assert shown["play"] == "Abspielen (Leertaste)"
    assert shown["date"] == "13. Mai 1942"
    assert shown["valuetext"] == "13. Mai 1942, 00:00"
