"""A chronicle: the dated battles for one place, some mapped as operations, the rest told in a
few lines with the works that describe them (geodata/chronicles/<slug>.json).

Read and checked here, never stored: the home page shows it through a selector.
"""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from . import rules

__all__ = ["Chronicle", "ChronicleEntry", "ChronicleError", "ChronicleSource", "read_chronicle"]

MAX_TEXT = 600
MAX_ENTRIES = 50


class ChronicleError(ValueError):
    """A chronicle file that cannot be read; `problems` names each thing wrong and where."""

    def __init__(self, path, problems):
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


@dataclass(frozen=True)
class ChronicleSource:
    author: str
    title: str
    year: str = ""
    url: str = ""


@dataclass(frozen=True)
class ChronicleEntry:
    key: str
    name: str
    start_date: datetime.date
    end_date: datetime.date
    # The slug of the operation that maps it, or "" when it is not mapped.
    operation: str
    text: str
    sources: tuple


@dataclass(frozen=True)
class Chronicle:
    slug: str
    title: str
    summary: str
    entries: tuple

    @property
    def span(self):
        """The first and last day of all its entries."""
        return (min(entry.start_date for entry in self.entries),
                max(entry.end_date for entry in self.entries))


def _text(raw, name, where, problems, *, required=True, longest=MAX_TEXT):
    value = raw.get(name, "")
    if not isinstance(value, str):
        problems.append(f"{where}: field '{name}': expected text, got {type(value).__name__}")
        return ""
    value = value.strip()
    if required and not value:
        problems.append(f"{where}: field '{name}': is required")
    if len(value) > longest:
        problems.append(f"{where}: field '{name}': {len(value):,} characters; at most {longest:,}")
    return value


def _date(raw, name, where, problems):
    text = _text(raw, name, where, problems, longest=10)
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        problems.append(f"{where}: field '{name}': '{text}' is not a date (YYYY-MM-DD)")
        return None


def _sources(raw, where, problems):
    listed = raw.get("sources", [])
    if not isinstance(listed, list):
        problems.append(f"{where}: field 'sources': expected a list of sources")
        return ()
    sources = []
    for index, item in enumerate(listed):
        place = f"{where}: source {index}"
        if not isinstance(item, dict):
            problems.append(f"{place}: expected an object with author, title, year and url")
            continue
        source = ChronicleSource(
            author=_text(item, "author", place, problems, longest=300),
            title=_text(item, "title", place, problems, longest=500),
            year=_text(item, "year", place, problems, required=False, longest=40),
            url=_text(item, "url", place, problems, required=False, longest=500),
        )
        if source.url and rules.url_problem(source.url):
            problems.append(f"{place}: field 'url': {rules.url_problem(source.url)}")
        sources.append(source)
    return tuple(sources)


def _entry(raw, index, seen, problems):
    where = f"entry {index}" + (f" (id {raw.get('id')})" if isinstance(raw, dict) and raw.get("id") else "")
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object")
        return None
    key = _text(raw, "id", where, problems, longest=80)
    if key and rules.key_problem(key):
        problems.append(f"{where}: field 'id': {rules.key_problem(key)}")
    if key in seen:
        problems.append(f"{where}: field 'id': entry '{key}' appears twice")
    seen.add(key)
    start, end = _date(raw, "start_date", where, problems), _date(raw, "end_date", where, problems)
    if start and end and rules.date_order_problem(start, end):
        problems.append(f"{where}: field 'end_date': {rules.date_order_problem(start, end)}")
    operation = _text(raw, "operation", where, problems, required=False, longest=50)
    if operation and rules.slug_problem(operation):
        problems.append(f"{where}: field 'operation': {rules.slug_problem(operation)}")
    sources = _sources(raw, where, problems)
    if not operation and not sources:
        problems.append(f"{where}: field 'sources': an entry without an operation must cite its sources")
    return ChronicleEntry(
        key=key, name=_text(raw, "name", where, problems, longest=200), start_date=start, end_date=end,
        operation=operation, text=_text(raw, "text", where, problems), sources=sources,
    )


def read_chronicle(path):
    """The chronicle in the JSON file at `path`, its entries in date order.

    Raises ChronicleError naming every problem (a missing field, a bad date, a source without an
    author, an unsafe link...) rather than showing part of it.
    """
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ChronicleError(path, [f"cannot be read: {error}"]) from None
    except json.JSONDecodeError as error:
        raise ChronicleError(path, [f"not JSON: {error.msg} at line {error.lineno}"]) from None
    if not isinstance(document, dict):
        raise ChronicleError(path, ["expected a JSON object with slug, title and entries"])
    problems = []
    slug = _text(document, "slug", "chronicle", problems, longest=50)
    if slug and rules.slug_problem(slug):
        problems.append(f"chronicle: field 'slug': {rules.slug_problem(slug)}")
    title = _text(document, "title", "chronicle", problems, longest=200)
    summary = _text(document, "summary", "chronicle", problems, required=False)
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.append("chronicle: field 'entries': expected a non-empty list")
        raw_entries = []
    elif len(raw_entries) > MAX_ENTRIES:
        problems.append(f"chronicle: field 'entries': {len(raw_entries):,} entries; at most {MAX_ENTRIES}")
        raw_entries = []
    seen = set()
    entries = [_entry(raw, index, seen, problems) for index, raw in enumerate(raw_entries)]
    if problems:
        raise ChronicleError(path, problems)
    entries.sort(key=lambda entry: (entry.start_date, entry.key))
    return Chronicle(slug=slug, title=title, summary=summary, entries=tuple(entries))
