"""Every Kharkov 1942 record cites published works a reader can look up, never the project itself.

The project's background texts (its seeds and research briefs) and unattributed narratives are
reading for the data's authors, not sources: a test fails if any source looks like one.
"""
import csv
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "geodata" / "kharkov-1942"
with open(DATA / "sources.csv", newline="") as handle:
    SOURCES = list(csv.DictReader(handle))
SOURCE_KEYS = {row["id"] for row in SOURCES}
# Words that mark the project's own background texts or an unattributed narrative.
NOT_A_PUBLICATION = re.compile(
    r"\bseed\b|seeds/|\bbrief\b|battlemap|unattributed|project|/work/|shared/|\.txt\b", re.IGNORECASE)
ENCYCLOPAEDIA = re.compile(r"wikipedia|encyclop", re.IGNORECASE)


def _cited_records():
    for name in ("areas", "positions", "movements", "events", "places"):
        for index, feature in enumerate(json.loads((DATA / f"{name}.geojson").read_text())["features"]):
            yield name, index, feature["properties"].get("sources", "")
    with open(DATA / "formations.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            yield "formations", row["id"], row["sources"]


@pytest.mark.parametrize("source", SOURCES, ids=[row["id"] for row in SOURCES])
def test_source_is_a_publication(source):
    for field in ("author", "title", "note", "url"):
        assert not NOT_A_PUBLICATION.search(source[field]), \
            f"{source['id']}: {field} {source[field]!r} names a background text, not a publication"
    assert source["author"] and source["title"], f"{source['id']}: author and title are required"
    assert re.fullmatch(r"\d{4}", source["year"]), f"{source['id']}: year {source['year']!r}"


def test_encyclopaedia_entries_carry_a_revision_date_and_url():
    entries = [row for row in SOURCES if ENCYCLOPAEDIA.search(row["title"] + row["author"])]
    if not entries:
        pytest.skip("no encyclopaedia entry is cited")
    for source in entries:
        assert source["url"].startswith("https://"), f"{source['id']}: encyclopaedia entry without a URL"
        assert re.search(r"\d{4}-\d{2}-\d{2}", source["note"]), f"{source['id']}: no revision date"


def test_pages_are_given_only_as_ranges_or_chapters_someone_checked():
    for source in SOURCES:
        assert source["pages"] == "" or re.fullmatch(r"(pp?\. \d+(-\d+)?|ch\. \w+)", source["pages"]), source


def test_every_cited_key_is_a_known_publication():
    unknown = [(layer, key, cited) for layer, key, cited in _cited_records()
               for part in filter(None, cited.split(";")) if part not in SOURCE_KEYS]
    assert not unknown, f"records cite unknown sources: {unknown[:5]}"


def test_only_works_read_are_cited_and_every_work_read_is():
    """Issue #26: a work no one here has read (its `consulted` empty) is listed for the historiography
    and cited by no record; every work read carries some of the weight."""
    cited = {part for _, _, sources in _cited_records() for part in sources.split(";") if part}
    read = {row["id"] for row in SOURCES if row["consulted"].strip()}
    assert cited <= read, f"cited but not read: {sorted(cited - read)}"
    assert read <= cited, f"read but never cited: {sorted(read - cited)}"
