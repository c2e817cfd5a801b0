"""The home page's index of operations, the chronicle of the battles for Kharkov, thumbnails and
the side-by-side comparison of two operations on the same ground."""

import json
import struct
from pathlib import Path

import pytest
from django.test import override_settings

from battlemap.pages.compare import ComparisonError, comparison_from_query
from battlemap.models import Operation
from battlemap.selectors import tagline_of
from geodata.chronicle import ChronicleError, read_chronicle
from geodata.loader import read_operation
REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "sample"
CHRONICLE = REPO / "geodata" / "chronicles" / "kharkov.json"


def _png_size(body):
    assert body[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", body[16:24])


# ----------------------------------------------------------------------------- the listed flag

def _with_operation(folder, tmp_path, **changes):
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    document = json.loads((copy / "operation.json").read_text())
    document.update(changes)
    (copy / "operation.json").write_text(json.dumps(document))
    return copy


@pytest.mark.parametrize("raw, expected", [(True, True), (False, False), ("yes", True), ("0", False)])
def test_listed_is_read_as_a_flag(tmp_path, raw, expected):
    data = read_operation(_with_operation(SAMPLE, tmp_path, listed=raw))
    assert data.operation["listed"] is expected


def test_listed_defaults_to_true_and_a_bad_value_is_named(tmp_path):
    document = json.loads((SAMPLE / "operation.json").read_text())
    document.pop("listed")
    folder = _with_operation(SAMPLE, tmp_path)
    (folder / "operation.json").write_text(json.dumps(document))
    assert read_operation(folder).operation["listed"] is True
    with pytest.raises(Exception) as error:
        read_operation(_with_operation(SAMPLE, tmp_path / "b", listed="maybe"))
    assert "listed" in str(error.value) and "'maybe' is not true or false" in str(error.value)


def test_a_tagline_over_200_characters_is_refused(tmp_path):
    with pytest.raises(Exception) as error:
        read_operation(_with_operation(SAMPLE, tmp_path, tagline="x" * 201))
    assert "tagline" in str(error.value) and "at most 200" in str(error.value)


def test_the_tagline_falls_back_to_the_summary_first_sentence():
    operation = Operation(summary="The first sentence. The second one.", tagline="")
    assert tagline_of(operation) == "The first sentence."
    operation.tagline = "Its own line."
    assert tagline_of(operation) == "Its own line."
    long = Operation(summary="word " * 80 + ". Next.", tagline="")
    assert len(tagline_of(long)) <= 201 and tagline_of(long).endswith("…")


# ----------------------------------------------------------------------------- the chronicle

def test_the_kharkov_chronicle_reads_in_date_order():
    chronicle = read_chronicle(CHRONICLE)
    starts = [entry.start_date for entry in chronicle.entries]
    assert starts == sorted(starts)
    assert [entry.start_date.year for entry in chronicle.entries] == [1941, 1942, 1943, 1943]
    unmapped = [entry for entry in chronicle.entries if not entry.operation]
    assert unmapped, "the chronicle lists battles that are not mapped"
    for entry in unmapped:
        assert entry.sources and all(source.author and source.title for source in entry.sources)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["entries"][0].update(sources=[]), "an entry without an operation must cite its sources"),
    (lambda d: d["entries"][0].update(start_date="1941-13-01"), "'1941-13-01' is not a date"),
    (lambda d: d["entries"][0].update(end_date="1941-01-01"), "end_date"),
    (lambda d: d["entries"][0]["sources"][0].update(url="javascript:alert(1)"), "field 'url'"),
    (lambda d: d["entries"][1].update(id=d["entries"][0]["id"]), "appears twice"),
    (lambda d: d["entries"][0].update(name=""), "field 'name': is required"),
    (lambda d: d.update(entries="none"), "expected a non-empty list"),
    (lambda d: d["entries"][0].update(operation="Not A Slug"), "field 'operation'"),
])
def test_a_broken_chronicle_is_refused_naming_the_problem(tmp_path, change, message):
    document = json.loads(CHRONICLE.read_text())
    change(document)
    path = tmp_path / "chronicle.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ChronicleError) as error:
        read_chronicle(path)
    assert message in str(error.value)


def test_a_chronicle_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "chronicle.json"
    path.write_text("{ not json")
    with pytest.raises(ChronicleError, match="not JSON"):
        read_chronicle(path)


# ----------------------------------------------------------------------------- the home page

@pytest.mark.django_db
def test_the_home_page_lists_listed_operations_as_cards_and_not_the_sample(client, kharkov_operation, sample_operation):
    assert sample_operation.listed is False
    html = client.get("/").content.decode()
    assert 'class="card"' in html and kharkov_operation.name in html
    assert sample_operation.name not in html
    assert kharkov_operation.tagline in html.replace("&#x27;", "'")
    assert "<dt>Days</dt><dd>20</dd>" in html
    assert "/operations/kharkov-1942/preview.png?size=card&amp;date=1942-05-30" in html
    assert 'loading="lazy"' in html


@pytest.mark.django_db
def test_the_home_page_places_the_battles_for_kharkov_in_time(client, kharkov_operation):
    html = client.get("/").content.decode()
    assert "The battles for Kharkov" in html
    for name in ("First Battle of Kharkov", "Third Battle of Kharkov", "Second Battle of Kharkov"):
        assert name in html
    # The mapped battle links to its map; the unmapped ones show their sources instead.
    assert '<a href="/operations/kharkov-1942/">Second Battle of Kharkov</a>' in html
    assert "Not mapped yet." in html and "<cite>From the Don to the Dnepr" in html


@pytest.mark.django_db
def test_without_a_chronicle_setting_the_home_page_has_none(client, kharkov_operation, settings):
    with override_settings(BATTLEMAP={**settings.BATTLEMAP, "CHRONICLE": ""}):
        html = client.get("/").content.decode()
    assert "The battles for Kharkov" not in html and kharkov_operation.name in html


@pytest.mark.django_db
def test_the_card_thumbnail_is_a_small_png(client, kharkov_operation):
    response = client.get("/operations/kharkov-1942/preview.png?size=card&date=1942-05-30")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert _png_size(response.content) == (480, 252)
    large = client.get("/operations/kharkov-1942/preview.png?date=1942-05-30")
    assert _png_size(large.content) == (1200, 630)


@pytest.mark.django_db
def test_an_unknown_thumbnail_size_is_a_400_naming_it(client, kharkov_operation):
    response = client.get("/operations/kharkov-1942/preview.png?size=huge")
    assert response.status_code == 400 and "'huge'" in response.json()["detail"]


# ----------------------------------------------------------------------------- the comparison

@pytest.fixture
def two_listed(kharkov_operation, sample_operation):
    """Kharkov and the sample (whose ground lies inside Kharkov's) both listed."""
    Operation.objects.filter(pk=sample_operation.pk).update(listed=True)
    return list(Operation.objects.filter(listed=True))


@pytest.mark.django_db
def test_the_comparison_defaults_to_overlapping_operations_and_their_last_days(two_listed):
    comparison = comparison_from_query({}, two_listed)
    assert {comparison.left.slug, comparison.right.slug} == {"kharkov-1942", "sample"}
    assert comparison.left_date == comparison.left.end_date
    west, south, east, north = comparison.left.bbox
    assert south <= comparison.center[0] <= north and west <= comparison.center[1] <= east
    assert "controls=minimal" in comparison.embed_url("left")
    assert "center=" in comparison.embed_url("right") and "zoom=8" in comparison.embed_url("right")


@pytest.mark.django_db
@pytest.mark.parametrize("query, message", [
    ({"left": "nowhere"}, "'left': no operation 'nowhere'"),
    ({"left": "sample", "right": "sample"}, "the same operation"),
    ({"center": "49.5"}, "'center' must be 'lat,lng'"),
    ({"center": "99,36"}, "outside the map"),
    ({"zoom": "x"}, "'zoom' must be a number"),
    ({"zoom": "30"}, "between 3 and 16"),
    ({"left": "kharkov-1942", "left_date": "1943-08-01"}, "not a day of Second Battle of Kharkov"),
    ({"left": "kharkov-1942", "left_date": "May"}, "'left_date': 'May' is not a date"),
])
def test_a_bad_comparison_query_is_refused_naming_the_parameter(two_listed, query, message):
    with pytest.raises(ComparisonError, match=message):
        comparison_from_query(query, two_listed)


@pytest.mark.django_db
def test_the_comparison_page_frames_both_embeds_at_the_same_view(client, two_listed):
    response = client.get("/compare/", {"left": "kharkov-1942", "right": "sample", "center": "49.5,36.5",
                                        "zoom": "9", "left_date": "1942-05-24"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('data-role="compare-frame"') == 2
    assert "/embed/kharkov-1942/?date=1942-05-24&amp;center=49.5000%2C36.5000&amp;zoom=9" in html
    assert "/embed/sample/?date=" in html and "center=49.5000%2C36.5000&amp;zoom=9" in html
    # The day-by-day charts: one line per operation on each chart, ground won and front length.
    assert html.count("<polyline") == 4
    assert "Ground held by Soviet Union, gained (+) or lost (−) since the first day" in html


def test_a_line_chart_spans_zero_and_every_value():
    from battlemap.render.charts import line_chart

    chart = line_chart([("a", "#000", (0, 1200, -3400)), ("b", "#111", (0, 50))], width=500, height=200)
    assert [line.label for line in chart.lines] == ["a", "b"]
    left, top, right, bottom = chart.plot
    ys = [float(point.split(",")[1]) for line in chart.lines for point in line.points.split()]
    assert all(top <= y <= bottom for y in ys)
    assert chart.zero is not None and top < chart.zero < bottom
    assert float(chart.lines[0].points.split()[-1].split(",")[0]) == right  # day 3 of 3 at the right edge
    assert chart.y_ticks[0][1] == "-4,000" and chart.y_ticks[-1][1] == "2,000"


@pytest.mark.django_db
def test_a_bad_comparison_page_is_a_400_that_says_why(client, two_listed):
    response = client.get("/compare/", {"zoom": "<b>99</b>"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "&#x27;zoom&#x27; must be a number" in html and "<b>99</b>" not in html


@pytest.mark.django_db
def test_the_operation_page_offers_a_comparison_with_the_other_operation_on_its_ground(client, two_listed):
    html = client.get("/operations/kharkov-1942/").content.decode()
    assert 'href="/compare/?left=kharkov-1942&amp;right=sample" data-role="compare-link"' in html
    assert "Compare with May 1942" in html
    embed = client.get("/embed/kharkov-1942/").content.decode()
    assert "compare-link" not in embed.replace("compare-link.js", "")
