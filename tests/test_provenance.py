"""How we know (issue #26): every cited record has a basis and citations with locators, in the
files, the loader, the database, the API, the admin and the data report."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.test import APIClient

from battlemap.management.commands._operation_files import basis_lines
from battlemap.models import Event, Position
from geodata.loader import OperationDataError, read_operation
from geodata.writer import write_operation

API = "/api/operations"


def problems_of(folder):
    with pytest.raises(OperationDataError) as refused:
        read_operation(folder)
    return refused.value.problems


def edit_event(folder, key, **values):
    path = folder / "events.geojson"
    collection = json.loads(path.read_text())
    [event] = [f for f in collection["features"] if f["properties"].get("id") == key]
    event["properties"].update(values)
    path.write_text(json.dumps(collection))


def test_a_stated_record_without_a_locator_is_refused_naming_file_record_and_field(sample_copy):
    edit_event(sample_copy, "advance", citations="sample-notes")
    assert problems_of(sample_copy) == [
        "events.geojson: feature 1 (id advance): field 'citations': a stated record needs at least one citation "
        "with a locator (source: page, chapter, diary date or URL with its date); or give its basis as derived or "
        "inferred"]


@pytest.mark.parametrize("values, field, message", [
    ({"basis": "derived", "citations": "", "sources": ""}, "derived_from", "a derived record names what it was derived from"),
    ({"basis": "inferred", "citations": "", "note": ""}, "note", "an inferred record says in its note why"),
    ({"basis": "guessed"}, "basis", "unknown value 'guessed'; expected one of derived, inferred, stated"),
    ({"citations": "nobody1999: p. 3"}, "citations", "unknown source(s) nobody1999"),
])
def test_each_basis_asks_for_what_it_rests_on(sample_copy, values, field, message):
    edit_event(sample_copy, "advance", **values)
    problems = problems_of(sample_copy)
    assert problems[0].startswith(f"events.geojson: feature 1 (id advance): field '{field}': {message}"), problems


def test_derived_and_inferred_records_with_their_reasons_load(sample_copy):
    edit_event(sample_copy, "advance", basis="derived", derived_from="the day's areas", citations="", sources="")
    edit_event(sample_copy, "opening", basis="inferred", note="Judged from the orders.", citations="")
    data = read_operation(sample_copy)
    advance = next(event for event in data.events if event["key"] == "advance")
    assert (advance["basis"], advance["derived_from"], advance["citations"], advance["sources"]) == (
        "derived", "the day's areas", [], [])


def test_citations_are_read_in_either_form_and_their_works_join_the_sources(sample_copy, tmp_path):
    edit_event(sample_copy, "advance", sources="", citations=json.dumps(
        [{"source": "sample-orders", "locator": "p. 2"}, {"source": "sample-notes", "locator": "https://example.org/n, read 2026-12-07"}]))
    data = read_operation(sample_copy)
    advance = next(event for event in data.events if event["key"] == "advance")
    assert advance["citations"] == [{"source": "sample-orders", "locator": "p. 2"},
                                    {"source": "sample-notes", "locator": "https://example.org/n, read 2026-12-07"}]
    assert advance["sources"] == ["sample-orders", "sample-notes"]
    # Written back as "key: locator; key: locator" and read again the same.
    again = read_operation(write_operation(data, tmp_path / "again"))
    assert next(event for event in again.events if event["key"] == "advance")["citations"] == advance["citations"]


def test_the_api_keeps_sources_and_adds_basis_and_citations(sample_operation):
    client = APIClient()
    situation = client.get(f"{API}/sample/situation/", {"date": "1942-05-12"}).json()
    units = {f["properties"]["formation"]: f["properties"] for f in situation["features"] if f["properties"]["layer"] == "unit"}
    assert units["e-1a"]["basis"] == "derived" and units["e-1a"]["derived_from"].startswith("interpolated between")
    assert units["e-10rd"]["citations"] == [{"source": "sample-orders", "locator": "p. 1"}]
    assert units["e-10rd"]["sources"] == ["sample-orders"]
    [advance] = [f["properties"] for f in situation["features"] if f["properties"]["layer"] == "event"]
    assert (advance["basis"], advance["citations"], advance["sources"]) == (
        "stated", [{"source": "sample-notes", "locator": "p. 2"}], ["sample-notes"])
    timeline = client.get(f"{API}/sample/timeline/").json()
    area = timeline["areas"]["1942-05-11"][0]
    assert {"basis", "derived_from", "citations", "sources"} <= set(area)
    position = next(p for p in timeline["positions"] if p["formation"] == "e-1a" and p["date"] == "1942-05-12")
    assert position["basis"] == "derived"
    places = client.get("/api/places/", {"operation": "sample"}).json()["features"]
    midway = next(p["properties"] for p in places if p["properties"]["name"] == "Midway")
    assert midway["basis"] == "inferred" and "no source names it" in midway["note"]
    detail = client.get(f"{API}/sample/").json()
    assert detail["sources"]["sample-orders"]["consulted"] == ""


def test_a_stored_record_is_checked_as_a_file_is(sample_operation):
    position = Position.objects.get(formation__key="e-10rd", date="1942-05-12")
    position.citations = [{"source": "sample-orders", "locator": ""}]
    with pytest.raises(ValidationError) as refused:
        position.full_clean()
    assert "a stated record needs at least one citation with a locator" in str(refused.value)
    position.citations = [{"source": "nobody1999", "locator": "p. 1"}]
    with pytest.raises(ValidationError) as refused:
        position.full_clean()
    assert "unknown source(s) nobody1999" in str(refused.value)


def test_the_admin_shows_and_edits_basis_and_citations(client, admin_user, sample_operation):
    client.force_login(admin_user)
    event = Event.objects.get(key="advance")
    change = reverse("admin:battlemap_event_change", args=[event.pk])
    form = client.get(change).context["adminform"].form
    assert {"basis", "derived_from", "citations"} <= set(form.fields)
    response = client.post(change, {
        "operation": sample_operation.pk, "key": "advance", "date": "1942-05-12", "time": "",
        "title": event.title, "text": event.text, "importance": event.importance, "takes": "",
        "point": json.dumps({"type": "Point", "coordinates": [36.3, 49.5]}), "certainty": "certain",
        "basis": "stated", "citations": json.dumps([{"source": "sample-orders", "locator": "p. 2, para. 3"}]),
        "note": "", "derived_from": "",
    })
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.citations == [{"source": "sample-orders", "locator": "p. 2, para. 3"}]
    # A work cited with a locator is among the record's sources, as a load makes it.
    assert list(event.sources.values_list("key", flat=True)) == ["sample-orders"]
    refused = client.post(change, {
        "operation": sample_operation.pk, "key": "advance", "date": "1942-05-12", "title": event.title,
        "text": event.text, "importance": event.importance, "certainty": "certain", "basis": "stated",
        "citations": "[]", "note": "", "derived_from": "",
    })
    assert refused.status_code == 200
    assert "a stated record needs at least one citation with a locator" in refused.content.decode()


def test_the_data_report_prints_the_share_of_derived_positions(sample_data):
    lines = basis_lines(sample_data)
    assert lines[0] == "  derived positions: 1 of 24 (4 %)"
    assert "  places by basis: 4 stated, 0 derived, 1 inferred" in lines


@pytest.mark.django_db
def test_the_attribution_line_credits_only_works_a_record_cites(client, kharkov_operation):
    """The embed's footer and the article credit the works the records cite, the most cited first;
    Glantz's book, listed but read by no one here and cited by no record, is not credited."""
    from battlemap.selectors import source_credits

    credits = source_credits(kharkov_operation, limit=20)
    assert credits and not any("Glantz" in credit for credit in credits), credits
    listed = kharkov_operation.sources.count()
    assert len(credits) < listed, "a listed work no record cites is left out"
    footer = client.get("/embed/kharkov-1942/").content.decode()
    assert "Glantz" not in footer.split('bm-embed-footer__sources')[1].split("</span>")[0]
