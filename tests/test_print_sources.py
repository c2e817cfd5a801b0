"""The handout's sources (issue #27): the sources the days' records cite (events, areas, unit
positions, movements); where none cites one, a note in issue #26's terms (stated, derived,
inferred) that the map is a reconstruction resting on the sources read, which are listed."""

import html
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from battlemap.render.handouts import cited_keys, uncited_note

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def belgorod_operation(db):
    from battlemap.services import operation_load
    from geodata.loader import read_operation

    folder = REPO / "geodata" / "belgorod-kharkov-1943"
    if not (folder / "operation.json").exists():
        pytest.skip("geodata/belgorod-kharkov-1943 is not there")
    return operation_load(data=read_operation(folder))


def sources_section(client, slug, query):
    response = client.get(f"/operations/{slug}/print/", query)
    assert response.status_code == 200
    section = re.search(r'<section class="sources".*?</section>', response.content.decode(), re.S).group(0)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", section)))


def record(basis, *keys):
    return SimpleNamespace(basis=basis, source_keys=list(keys))


def test_the_note_counts_the_records_by_basis():
    records = {"events": [record("inferred")], "areas": [record("inferred"), record("derived"), record("derived")],
               "positions": [], "movements": [record("inferred"), record("inferred")]}
    assert cited_keys(records) == set()
    note = uncited_note(records, ["1943-08-12"], read_any=True)
    assert note.startswith("No record of this day cites a source: its map is a reconstruction.")
    assert "1 event, 1 area, 2 movements inferred (the authors' judgement" in note
    assert "2 areas derived (computed by the project from other records)" in note
    assert note.endswith("It rests on the sources read for this operation, listed here.")
    several = uncited_note(records, ["1943-08-12", "1943-08-13"], read_any=False)
    assert several.startswith("No record of these days cites a source") and several.endswith("No source of this operation has been read here.")
    assert cited_keys({"areas": [record("stated", "glantz1998")]}) == {"glantz1998"}


def test_the_note_counts_in_the_pages_language():
    from django.utils import translation

    records = {"events": [record("inferred")], "areas": [record("derived")] * 2, "positions": [record("derived")] * 5,
               "movements": []}
    with translation.override("uk"):
        ukrainian = uncited_note(records, ["1943-08-12"], read_any=True)
    with translation.override("de"):
        german = uncited_note(records, ["1943-08-12"], read_any=True)
    # Ukrainian has a form for one, for two to four and for five and more.
    assert "1 подія" in ukrainian and "2 території" in ukrainian and "5 позицій частин" in ukrainian, ukrainian
    assert "1 Ereignis" in german and "2 Gebiete" in german and "5 Verbandsstellungen" in german, german


@pytest.mark.django_db
def test_a_day_whose_records_cite_nothing_says_it_is_a_reconstruction_from_the_sources_read(client, belgorod_operation):
    text = sources_section(client, "belgorod-kharkov-1943", {"date": "1943-08-12"})
    assert "No sources are cited" not in text
    assert "No record of this day cites a source: its map is a reconstruction." in text
    assert "inferred (the authors' judgement" in text
    # The sources read are listed (the encyclopaedia article), the unread are not (Glantz and House).
    assert "Belgorod-Kharkov offensive operation (English Wikipedia" in text
    assert "Glantz" not in text


@pytest.mark.django_db
def test_a_day_whose_areas_cite_a_source_lists_it(client, kharkov_operation):
    # On 20 May no event cites a source, but the day's areas rest on Bagramyan's memoir.
    text = sources_section(client, "kharkov-1942", {"date": "1942-05-20"})
    assert "Tak shli my k pobede" in text
    assert "reconstruction" not in text and "No sources are cited" not in text
