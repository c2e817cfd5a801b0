"""Every Belgorod-Kharkov 1943 record cites published works a reader can look up, never the project itself."""
import re

import pytest

from tests.operation_files import OperationFiles, source_keys

OP = OperationFiles("belgorod-kharkov-1943")
SOURCES = list(OP.sources.values())
RECORDS = list(OP.cited_records())
# A stated record cites a work; derived and inferred ones may cite none (issue #26). Key moments
# cite the works their caption draws on, or none when they retell the day's events.
BASES = {("formations", row["id"]): row.get("basis") or "stated" for row in OP.formations.values()}
BASES.update({(layer, p.get("id") or f"{p.get('formation', '')}@{p.get('date', '')}#{index}"): p.get("basis") or "stated"
              for layer in ("positions", "areas", "movements", "events")
              for index, p in enumerate(feature["properties"] for feature in OP.features(layer))})
BASES.update({("key_moments", feature["properties"]["id"]): "retold" for feature in OP.features("key_moments")})
NOT_A_PUBLICATION = re.compile(
    r"\bseed\b|seeds/|\bbrief\b|battlemap|unattributed|project|/work/|shared/|\.txt\b", re.IGNORECASE)


@pytest.mark.parametrize("source", SOURCES, ids=[row["id"] for row in SOURCES])
def test_source_is_a_publication(source):
    for field in ("author", "title", "note", "url"):
        assert not NOT_A_PUBLICATION.search(source[field]), f"{source['id']}: {field} names a background text"
    assert source["author"] and source["title"]
    assert re.fullmatch(r"\d{4}", source["year"]), f"{source['id']}: year {source['year']!r}"
    assert source["pages"] == "" or re.fullmatch(r"(pp?\. \d+(-\d+)?|ch\. \w+)", source["pages"]), source["id"]


@pytest.mark.parametrize("layer,key,sources", RECORDS, ids=[f"{l}:{k}" for l, k, s in RECORDS])
def test_every_record_cites_a_known_source(layer, key, sources):
    keys = source_keys(sources)
    assert keys or BASES.get((layer, key), "stated") != "stated", f"{layer} {key}: stated, and cites no source"
    unknown = [k for k in keys if k not in OP.sources]
    assert not unknown, f"{layer} {key}: unknown source(s) {unknown}"


def test_only_works_read_are_cited_and_every_work_read_is():
    """Issue #26: a work no one here has read (its `consulted` empty) is cited by no record."""
    cited = {k for _, _, sources in RECORDS for k in source_keys(sources)}
    cited |= {k for feature in OP.features("places") for k in source_keys(feature["properties"].get("sources", ""))}
    read = {key for key, row in OP.sources.items() if row["consulted"].strip()}
    assert cited <= read, f"cited but not read: {sorted(cited - read)}"
    assert read <= cited, f"read but never cited: {sorted(read - cited)}"


def test_uncertain_dates_are_marked():
    """Where the sources disagree on a date, the record says so and is not 'certain'."""
    for feature in OP.features("events"):
        p = feature["properties"]
        if re.search(r"\bor\b \d+ August|one account|differ", p["note"]):
            assert p["certainty"] in ("probable", "approximate") or "one account" in p["note"], p["id"]
