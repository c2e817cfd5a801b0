"""Place names in the reader's language, as in the operation's year or as today (issue #30 item 3):
?lang=uk&names=today labels Kharkov as Харків, the switch keeps its choice in the address, and a
place's card gives both its names."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def labels_drawn(page):
    """The texts of the labels the map's canvases placed last."""
    return page.evaluate("""() => Object.values(window.battlemap.map._layers)
        .flatMap((layer) => layer.lastLabels || []).map((label) => label.text).filter(Boolean)""")


def open_card(page, name):
    """Click (as Leaflet tells a click) on the dot of the place called `name` in the files."""
    page.evaluate("""name => {
        const { map, index } = window.battlemap;
        const place = index.places.find((p) => p.name === name);
        const [lon, lat] = place.geometry.coordinates;
        map.setView([lat, lon], map.getZoom(), { animate: false });
        const latlng = L.latLng(lat, lon);
        const containerPoint = map.latLngToContainerPoint(latlng);
        map.fire('click', { latlng, containerPoint, layerPoint: map.containerPointToLayerPoint(containerPoint) });
    }""", name)
    card = page.locator(".bm-place-card")
    card.wait_for()
    return card


def test_ukrainian_today_names_on_the_map_and_both_in_the_card(kharkov_operation, open_operation, shots):
    page = open_operation("kharkov-1942", "?lang=uk&names=today&date=1942-05-11&center=49.98,36.25&zoom=9&layers=areas,places")
    page.wait_for_function("""() => Object.values(window.battlemap.map._layers)
        .some((layer) => (layer.lastLabels || []).some((label) => label.text && label.text.startsWith('Харків')))""")
    texts = labels_drawn(page)
    assert any(text.startswith("Харків") for text in texts), texts
    assert not any(text.startswith("Kharkov") for text in texts), texts
    switch = page.locator(".bm-name-switch")
    assert switch.locator("[data-names=today]").get_attribute("aria-pressed") == "true"
    assert switch.locator("[data-names=period]").get_attribute("aria-pressed") == "false"
    page.screenshot(path=str(shots / "place-names-uk-today-kharkiv.png"))
    card = open_card(page, "Krasnograd")
    text = card.inner_text()
    assert "Красноград" in text and "Берестин" in text, text
    assert card.locator("[lang=en]").count() == 0, "both names are Ukrainian"
    page.screenshot(path=str(shots / "place-names-uk-today-1280.png"))


def test_the_switch_changes_the_labels_and_the_address(kharkov_operation, open_operation):
    page = open_operation("kharkov-1942", "?lang=de&date=1942-05-11&center=49.98,36.25&zoom=9&layers=areas,places")
    page.wait_for_function("""() => Object.values(window.battlemap.map._layers)
        .some((layer) => (layer.lastLabels || []).some((label) => label.text && label.text.startsWith('Charkow')))""")
    page.locator(".bm-name-switch [data-names=today]").click()
    page.wait_for_function("""() => Object.values(window.battlemap.map._layers)
        .some((layer) => (layer.lastLabels || []).some((label) => label.text && label.text.startsWith('Charkiw')))""")
    assert "names=today" in page.url
    assert "lang=de" in page.url
    page.locator(".bm-name-switch [data-names=period]").click()
    page.wait_for_function("!location.search.includes('names=')")


def test_an_untranslated_name_is_marked_english_in_the_card(kharkov_operation, open_operation):
    # English has no translation file: nothing is marked; the names are the files' own.
    page = open_operation("kharkov-1942", "?lang=en&date=1942-05-12")
    card = open_card(page, "Krasnograd")
    text = card.inner_text()
    assert "Krasnograd" in text and "Berestyn" in text, text
    assert card.locator("[lang=en]").count() == 0


@pytest.mark.parametrize("width, height", [(390, 844), (1920, 1080)])
def test_screenshots_of_the_map_in_ukrainian(kharkov_operation, open_operation, browser_context, shots, width, height):
    page = open_operation("kharkov-1942", "?lang=uk&date=1942-05-22")
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / f"map-uk-{width}x{height}.png"))
    assert page.locator("h1").inner_text() in ("Друга битва за Харків", "")  # the phone may fold the header


@pytest.fixture
def sample_in_ukrainian(db, sample_copy):
    """The sample operation with a Ukrainian file that translates some records and not others."""
    from battlemap.services import operation_load
    from geodata.loader import read_operation
    from test_translations_loader import GOOD_UK, write

    write(sample_copy, "uk", GOOD_UK)
    return operation_load(data=read_operation(sample_copy))


def test_a_text_left_in_english_is_marked_so(sample_in_ukrainian, open_operation):
    page = open_operation("sample", "?lang=uk&date=1942-05-11")
    title = page.locator(".bm-story__title").first
    assert title.inner_text() == "Наступ починається"
    assert title.get_attribute("lang") is None
    page.evaluate("window.battlemap.clock.jumpTo(1)")
    page.wait_for_function("document.querySelector('.bm-story__title')?.textContent === 'Advance to the river'")
    title = page.locator(".bm-story__title").first
    assert title.get_attribute("lang") == "en"
    assert "bm-text-fallback" in title.get_attribute("class")
    # The page's header: the operation's name is translated, so not marked.
    assert page.locator("h1").get_attribute("lang") is None
