"""The home page's reads: an operation's one-line summary, and the chronicle that places the
operations among the other battles for the same ground (the cards, built on the cached
statistics, are the home page's own)."""

import datetime
import re
from dataclasses import dataclass

from django.conf import settings

from geodata.chronicle import read_chronicle

from ..conf import battlemap_setting
from ..models import Operation
from .queries import listed_operations

__all__ = ["ChronicleItem", "ChronicleView", "chronicle_get", "tagline_of"]

# A summary's first sentence: up to a full stop followed by a space and a capital letter.
FIRST_SENTENCE = re.compile(r"^(.+?[.!?])\s+(?=[A-Z\"'(])", re.S)
TAGLINE_LENGTH = 200


def tagline_of(operation):
    """The operation's one-line summary: its tagline, or else the first sentence of its summary,
    cut at a word when it is still too long."""
    if operation.tagline:
        return operation.tagline
    match = FIRST_SENTENCE.match(operation.summary.strip())
    sentence = match.group(1) if match else operation.summary.strip()
    if len(sentence) <= TAGLINE_LENGTH:
        return sentence
    return sentence[:TAGLINE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"


@dataclass(frozen=True)
class ChronicleItem:
    entry: object
    # The listed operation that maps it, or None.
    operation: Operation | None
    # Where it sits on the strip, in per cent of the chronicle's span.
    offset: float
    width: float


@dataclass(frozen=True)
class ChronicleView:
    chronicle: object
    items: tuple
    # (year, per cent of the span) for each 1 January within it, the strip's ticks.
    ticks: tuple


_memo = {}


def _chronicle_file():
    path = battlemap_setting("CHRONICLE")
    if not path:
        return None
    return settings.BASE_DIR / path if not str(path).startswith("/") else path


def chronicle_get():
    """The configured chronicle (BATTLEMAP['CHRONICLE']) as a ChronicleView: its entries placed on
    a strip and linked to the listed operations that map them; None when none is configured. The file is
    read again only when it changes; a broken file raises ChronicleError naming each problem."""
    path = _chronicle_file()
    if path is None:
        return None
    stamp = path.stat().st_mtime_ns
    if _memo.get(path, (None,))[0] != stamp:
        _memo[path] = (stamp, read_chronicle(path))
    chronicle = _memo[path][1]
    mapped = {operation.slug: operation for operation in listed_operations().filter(
        slug__in=[entry.operation for entry in chronicle.entries if entry.operation])}
    first, last = chronicle.span
    span = max(1, (last - first).days)
    items = tuple(
        ChronicleItem(
            entry=entry, operation=mapped.get(entry.operation),
            offset=round(100 * (entry.start_date - first).days / span, 2),
            width=round(100 * ((entry.end_date - entry.start_date).days + 1) / span, 2),
        )
        for entry in chronicle.entries
    )
    ticks = tuple((year, round(100 * (datetime.date(year, 1, 1) - first).days / span, 2))
                  for year in range(first.year + 1, last.year + 1))
    return ChronicleView(chronicle=chronicle, items=items, ticks=ticks)
