"""The ground around the battle (issue #27 item 7): geodata/region's files read and checked, the
part of them each operation's timeline carries, and the drawn pictures with no blank margins."""

import json
import shutil
from pathlib import Path

import pytest

from geodata.region import REGION_FOLDER, RegionError, context_ground, read_region, read_town_names, region_fingerprint
from tests.pictures import blank_share

REPO = Path(__file__).resolve().parents[1]
KHARKOV_BBOX = [34.4, 48.3, 38.4, 50.75]
BELGOROD_BBOX = [34.0, 49.45, 37.3, 51.1]
def test_the_region_files_hold_towns_rivers_and_railways_and_no_lake():
    region = read_region()
    assert len(region["towns"]) >= 60 and len(region["rivers"]) >= 50 and len(region["railways"]) >= 8
    assert all(line["geometry"]["type"] == "LineString" for kind in ("rivers", "railways") for line in region[kind])
    names = {town["name"] for town in region["towns"]}
    # Period names, not today's: the region is drawn as it was in 1942-43.
    assert {"Stalino", "Voroshilovgrad", "Dnepropetrovsk", "Kirovograd"} <= names
    assert not {"Donetsk", "Luhansk", "Dnipro", "Kropyvnytskyi"} & names
    assert any(river["name"] == "Dnieper" for river in region["rivers"])


def test_the_region_names_its_sources_and_licences():
    readme = (REGION_FOLDER / "README.md").read_text(encoding="utf-8")
    for needed in ("World Data Bank II", "GeoNames", "CC BY 4.0", "derived", "tools/region/derive.py"):
        assert needed in readme, needed


@pytest.mark.parametrize("bbox", [KHARKOV_BBOX, BELGOROD_BBOX])
def test_an_operations_context_lies_beyond_its_bbox(bbox):
    west, south, east, north = bbox
    context = context_ground(bbox)
    assert context["towns"] and context["rivers"] and context["railways"]
    for town in context["towns"]:
        lon, lat = town["geometry"]["coordinates"]
        assert not (west <= lon <= east and south <= lat <= north), town["name"]
    for line in context["rivers"] + context["railways"]:
        assert any(not (west <= lon <= east and south <= lat <= north) for lon, lat in line["geometry"]["coordinates"])


def test_an_operations_own_places_are_left_to_it():
    everything = {town["name"] for town in context_ground(BELGOROD_BBOX)["towns"]}
    assert "Lozovaya" in everything
    stalino = next(town for town in context_ground(KHARKOV_BBOX)["towns"] if town["name"] == "Stalino")
    assert stalino["modern_name"] == "Donetsk" and set(stalino) == {"name", "modern_name", "period_name", "today_name", "kind", "geometry"}
    own = {town["name"] for town in context_ground(BELGOROD_BBOX, [{"name": "Lozovaya"}])["towns"]}
    assert "Lozovaya" not in own
    by_id = {town["name"] for town in context_ground(BELGOROD_BBOX, [{"name": "Lozova", "gazetteer_id": "geonames:702760"}])["towns"]}
    assert "Lozovaya" not in by_id


def test_a_malformed_region_file_is_named_with_its_feature(tmp_path):
    for name in ("towns", "rivers", "railways"):
        shutil.copy(REGION_FOLDER / f"{name}.geojson", tmp_path / f"{name}.geojson")
    towns = json.loads((tmp_path / "towns.geojson").read_text(encoding="utf-8"))
    towns["features"][2]["geometry"]["coordinates"] = [200, 50]
    (tmp_path / "towns.geojson").write_text(json.dumps(towns), encoding="utf-8")
    with pytest.raises(RegionError, match=r"towns\.geojson: feature 3 \(.+\): coordinates"):
        read_region(tmp_path)
    (tmp_path / "rivers.geojson").write_text("{not json", encoding="utf-8")
    (tmp_path / "towns.geojson").unlink()
    with pytest.raises(RegionError, match=r"rivers\.geojson: cannot be read as JSON"):
        read_region(tmp_path)


def test_the_fingerprint_follows_the_files(tmp_path):
    for name in ("towns", "rivers", "railways"):
        shutil.copy(REGION_FOLDER / f"{name}.geojson", tmp_path / f"{name}.geojson")
    shutil.copytree(REGION_FOLDER / "translations", tmp_path / "translations")
    before = region_fingerprint(tmp_path)
    assert before == region_fingerprint(REGION_FOLDER)
    region_fingerprint.cache_clear()
    (tmp_path / "railways.geojson").write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert region_fingerprint(tmp_path) != before


@pytest.mark.django_db
def test_the_timeline_carries_the_context_and_the_preview_has_no_blank_bands(kharkov_operation):
    from battlemap.documents import timeline_payload
    from battlemap.render.labels import PRIORITY
    from battlemap.render.preview import render_map

    timeline = json.loads(timeline_payload(kharkov_operation).body)
    own = {place["name"] for place in timeline["places"]}
    assert timeline["context"]["towns"] and not own & {town["name"] for town in timeline["context"]["towns"]}
    with_context = render_map(timeline, "1942-05-22", "large")
    without = render_map({**timeline, "context": None}, "1942-05-22", "large")
    # The large preview fits the bbox's height: bands either side of it, blank without the region.
    assert blank_share(without.png) > 0.15, "the test's picture should have blank margins to fill"
    assert blank_share(with_context.png) < 0.08
    # The region's names stay off the operation's ground.
    width, height = with_context.pixels
    west, east, south, north = with_context.extent
    x0 = (KHARKOV_BBOX[0] - west) / (east - west) * width
    x1 = (KHARKOV_BBOX[2] - west) / (east - west) * width
    context_labels = [one for one in with_context.labels if one.label.priority == PRIORITY["context"]]
    assert len(context_labels) >= 6
    for one in context_labels:
        assert one.box.x1 <= x0 or one.box.x0 >= x1, one.label.text
    card = render_map(timeline, "1942-05-22", "card")
    # The home page's card names nothing: its lines and dots still fill its bands by more than half.
    assert blank_share(card.png) < 0.5 * blank_share(render_map({**timeline, "context": None}, "1942-05-22", "card").png)


# The region's towns in the reader's language (issue #30): translations/<language>.json beside the
# region, read and checked like the operations' translation files.

def region_copy(tmp_path):
    """The region's files in `tmp_path`, translations included, to break."""
    for name in ("towns", "rivers", "railways"):
        shutil.copy(REGION_FOLDER / f"{name}.geojson", tmp_path / f"{name}.geojson")
    shutil.copytree(REGION_FOLDER / "translations", tmp_path / "translations")
    return tmp_path


@pytest.mark.parametrize("language", ["uk", "de", "ru"])
def test_every_region_town_is_named_in_each_language(language):
    names = read_town_names(language)
    towns = {town["name"] for town in read_region()["towns"]}
    assert set(names) == towns
    assert all(entry.get("period_name") and entry.get("today_name") for entry in names.values())
    if language in ("uk", "ru"):
        # Cyrillic throughout: no English name left untranslated.
        assert all(any("\u0400" <= letter <= "\u04ff" for letter in entry["period_name"]) for entry in names.values())


def test_the_translation_file_is_read_with_period_and_todays_names(tmp_path):
    folder = region_copy(tmp_path)
    document = json.loads((folder / "translations" / "uk.json").read_text(encoding="utf-8"))
    document["towns"]["Kremenchug"] = {"period_name": "Кременчук (1942)", "today_name": "Кременчук"}
    (folder / "translations" / "uk.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    names = read_town_names("uk", folder)
    assert names["Kremenchug"] == {"period_name": "Кременчук (1942)", "today_name": "Кременчук"}
    assert read_town_names("en", folder) == {}
    stalino = next(town for town in context_ground(KHARKOV_BBOX, folder=folder, language="uk")["towns"]
                   if town["name"] == "Stalino")
    assert (stalino["period_name"], stalino["today_name"]) == ("Сталіно", "Донецьк")
    english = next(town for town in context_ground(KHARKOV_BBOX, folder=folder)["towns"] if town["name"] == "Stalino")
    assert (english["period_name"], english["today_name"]) == ("Stalino", "Donetsk")


def test_a_town_with_no_entry_falls_back_to_english_marked(tmp_path):
    folder = region_copy(tmp_path)
    document = json.loads((folder / "translations" / "de.json").read_text(encoding="utf-8"))
    del document["towns"]["Stalino"]
    (folder / "translations" / "de.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    stalino = next(town for town in context_ground(KHARKOV_BBOX, folder=folder, language="de")["towns"]
                   if town["name"] == "Stalino")
    assert stalino["period_name"] == "Stalino" and stalino["period_name_lang"] == "en"
    assert stalino["today_name"] == "Donetsk" and stalino["today_name_lang"] == "en"


@pytest.mark.parametrize("change, message", [
    (lambda doc: doc["towns"].__setitem__("Kremenchugg", {"period_name": "Кременчук"}),
     r"translations/uk\.json: towns id 'Kremenchugg': no such town in towns\.geojson"),
    (lambda doc: doc["towns"]["Kremenchug"].__setitem__("modern", "Кременчук"),
     r"translations/uk\.json: towns id 'Kremenchug': unknown field 'modern'"),
    (lambda doc: doc["towns"]["Kremenchug"].__setitem__("today_name", 5),
     r"translations/uk\.json: towns id 'Kremenchug': today_name is not a non-empty string"),
    (lambda doc: doc.__setitem__("language", "ru"), r"translations/uk\.json: language 'ru' is not the file's"),
    (lambda doc: doc.__setitem__("places", {}), r"translations/uk\.json: unknown part places"),
])
def test_a_bad_translation_file_is_refused_naming_file_and_id(tmp_path, change, message):
    folder = region_copy(tmp_path)
    path = folder / "translations" / "uk.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RegionError, match=message):
        read_town_names("uk", folder)


def test_a_translation_file_that_is_not_json_is_refused(tmp_path):
    folder = region_copy(tmp_path)
    (folder / "translations" / "de.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RegionError, match=r"translations/de\.json: cannot be read as UTF-8 JSON"):
        read_town_names("de", folder)


def test_the_fingerprint_follows_the_translations(tmp_path):
    folder = region_copy(tmp_path)
    before = region_fingerprint(folder)
    region_fingerprint.cache_clear()
    path = folder / "translations" / "ru.json"
    path.write_text(path.read_text(encoding="utf-8").replace("Кременчуг", "Кременчугъ"), encoding="utf-8")
    assert region_fingerprint(folder) != before


@pytest.mark.django_db
def test_the_timeline_in_ukrainian_names_the_region_in_ukrainian_and_so_does_its_picture(kharkov_operation, tmp_path):
    from rest_framework.test import APIClient

    from battlemap.render.labels import PRIORITY
    from battlemap.render.preview import render_map

    client = APIClient()
    english = client.get("/api/operations/kharkov-1942/timeline/")
    response = client.get("/api/operations/kharkov-1942/timeline/?lang=uk")
    assert response.status_code == 200, response.content
    assert response["ETag"] != english["ETag"]
    timeline = json.loads(response.content)
    towns = {town["name"]: town for town in timeline["context"]["towns"]}
    assert (towns["Kremenchug"]["period_name"], towns["Kremenchug"]["today_name"]) == ("Кременчук", "Кременчук")
    assert (towns["Kirovograd"]["period_name"], towns["Kirovograd"]["today_name"]) == ("Кіровоград", "Кропивницький")
    assert "period_name_lang" not in towns["Kremenchug"]
    english_towns = {town["name"]: town for town in json.loads(english.content)["context"]["towns"]}
    assert english_towns["Kremenchug"]["period_name"] == "Kremenchug"
    # The picture (and so the video, drawn by the same layers) names the region in Ukrainian.
    picture = render_map(timeline, "1942-05-22", "large")
    (tmp_path / "preview-uk.png").write_bytes(picture.png)
    drawn = {one.label.text for one in picture.labels if one.label.priority == PRIORITY["context"]}
    assert drawn, "the preview should name some of the region's towns"
    ukrainian = {town["period_name"] for town in towns.values()}
    assert drawn <= ukrainian, drawn - ukrainian
    assert not drawn & set(english_towns), drawn & set(english_towns)
