"""The timeline model: events (dated mentions in their documents), the timeline of many
documents in chronological order, queries over it, and grouping by zoom level.

Knows documents and mentions; knows nothing of files, formats or the TUI.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from .documents import Document
from .temporal import Mention, display
from .temporal.values import GRANULARITY_RANK, Day, FarDay, bc_year, far_label, minute_of_day

ZOOMS: tuple[str, ...] = ("decade", "year", "month", "day")
_MOD_WORDS = {"START": "early", "MID": "mid", "END": "late"}


@dataclass(frozen=True, slots=True)
class Event:
    """One dated mention: where it stands, when it points to, and why."""

    document: Document
    mention: Mention

    @property
    def start(self) -> Day:
        """First day of the interval the mention covers."""
        return self.mention.interval[0]  # type: ignore[index]

    @property
    def end(self) -> Day:
        """Last day of the interval the mention covers."""
        return self.mention.interval[1]  # type: ignore[index]

    @property
    def granularity(self) -> str:
        """day, week, month, season, quarter, half, year, decade or century."""
        return self.mention.granularity or "day"

    @property
    def value(self) -> str:
        """The TIMEX3 value."""
        return self.mention.value

    @property
    def label(self) -> str:
        """The date as a person reads it: ``Sun 17 Aug 2025``, ``Jul 2025``, ``late 1990s``."""
        label = display(self.mention.value)
        mod = _MOD_WORDS.get(self.mention.mod or "")
        return f"{mod} {label}" if mod and self.granularity != "day" else label

    @property
    def sentence(self) -> str:
        """The sentence the mention stands in."""
        s, e = self.mention.sentence
        return self.document.text[s:e]

    def sort_key(self) -> tuple[int, int, int]:
        """Chronological, coarser before finer at the same start, and the times of one day in
        their order (a day with no time first)."""
        return (self.start.toordinal(), GRANULARITY_RANK[self.granularity], minute_of_day(self.mention.value))


@dataclass
class Query:
    """A filter over events.  Empty fields match everything.

    Attributes:
        words: each must occur (case-insensitively) in the sentence, mention or source.
        start: events must end on or after this day.
        end: events must start on or before this day.
        sources: the event's document source or id must contain one of these.
        granularities: the event's granularity must be one of these.
    """

    words: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    sources: list[str] = field(default_factory=list)
    granularities: list[str] = field(default_factory=list)

    def matches(self, event: Event) -> bool:
        """True if the event passes every part of the query."""
        if self.start and event.end < self.start:
            return False
        if self.end and event.start > self.end:
            return False
        if self.granularities and event.granularity not in self.granularities:
            return False
        if self.sources:
            names = (event.document.source.lower(), event.document.id.lower())
            if not any(s.lower() in n for s in self.sources for n in names):
                return False
        if self.words:
            haystack = f"{event.sentence}\n{event.mention.text}\n{event.document.source}".lower()
            if not all(w.lower() in haystack for w in self.words):
                return False
        return True


def group_label(event: Event, zoom: str) -> str:
    """The heading an event falls under at a zoom level: ``1990s``, ``2025``, ``Aug 2025``,
    ``Sun 17 Aug 2025``.  Events coarser than the zoom fall under their own label."""
    start = event.start
    rank = GRANULARITY_RANK[event.granularity]
    if isinstance(start, FarDay):  # before year 1: decades, years, months and days BC
        if zoom == "decade":
            return f"{bc_year(start.year) // 10 * 10}s BC"
        if zoom == "year" or rank <= GRANULARITY_RANK["year"]:
            return far_label(start, "year")
        if zoom == "month" or rank <= GRANULARITY_RANK["month"]:
            return far_label(start, "month")
        return far_label(start, "day")
    if zoom == "decade" or rank <= GRANULARITY_RANK["decade"]:
        return f"{start.year // 10 * 10}s" if rank > GRANULARITY_RANK["century"] else event.label
    if zoom == "year" or rank <= GRANULARITY_RANK["year"]:
        return str(start.year)
    if zoom == "month" or rank <= GRANULARITY_RANK["month"]:
        return f"{start:%b} {start.year}"
    if rank == GRANULARITY_RANK["week"]:  # at the zoom of days, a week under its own name
        return display(event.mention.value)
    return display(start.isoformat())


def _chronological(events: Iterable[Event]) -> list[Event]:
    """Events in the order of ``Event.sort_key``, stable.  The key is worked out once per value
    (an archive's hundred thousand events share a few thousand values) and the sort compares
    through a C-level lookup, not a Python call per event: a third of reopening a corpus."""
    items = list(events)
    orders: dict[str, tuple[int, int, int]] = {}
    keys = []
    for event in items:
        value = event.mention.value
        key = orders.get(value)
        if key is None:
            key = orders[value] = event.sort_key()
        keys.append(key)
    return [items[i] for i in sorted(range(len(items)), key=keys.__getitem__)]


class Timeline:
    """The events of many documents in chronological order (stable within equal dates)."""

    def __init__(
        self,
        documents: Iterable[Document] = (),
        events: Iterable[Event] = (),
        undated: dict[str, list[Mention]] | None = None,
    ) -> None:
        self.documents: list[Document] = list(documents)
        self.events: list[Event] = _chronological(events)
        #: Per document id, the mentions that are no point in time (durations, sets,
        #: ``PRESENT_REF``, ``XXXX-07-28``): kept for exports that show every expression.
        self.undated: dict[str, list[Mention]] = undated or {}

    @classmethod
    def from_mentions(cls, pairs: Iterable[tuple[Document, list[Mention]]]) -> Timeline:
        """Build a timeline from documents and their mentions; undated ones are kept aside."""
        documents, events, undated = [], [], {}
        for doc, mentions in pairs:
            documents.append(doc)
            events.extend(Event(doc, m) for m in mentions if m.dated)
            rest = [m for m in mentions if not m.dated]
            if rest:
                undated[doc.id] = rest
        return cls(documents, events, undated)

    def mentions_of(self, document: Document) -> list[Mention]:
        """Every mention of a document, dated or not, in text order."""
        dated = [e.mention for e in self.events if e.document is document]
        return sorted(dated + self.undated.get(document.id, []), key=lambda m: (m.start, m.end))

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def filter(self, query: Query) -> list[Event]:
        """The events that match a query, in timeline order."""
        return [e for e in self.events if query.matches(e)]

    def groups(
        self, zoom: str = "year", events: Iterable[Event] | None = None
    ) -> Iterator[tuple[str, list[Event]]]:
        """Consecutive events grouped under their heading at a zoom level."""
        for label, items in groupby(
            self.events if events is None else events, key=lambda e: group_label(e, zoom)
        ):
            yield label, list(items)

    def span(self) -> tuple[Day, Day] | None:
        """The first and last day any event covers."""
        if not self.events:
            return None
        return self.events[0].start, max(e.end for e in self.events)
