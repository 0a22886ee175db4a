"""A columnar index over a timeline, so that the browser stays fast with a million events.

The index keeps each event's interval, granularity and document as NumPy arrays, filters with
vectorised masks (dates, granularity, source) and a narrowing substring scan (words), and lays
out the rows of the list (headings and events) without one object per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from ..model import Event, Query, Timeline, group_label
from ..temporal.values import GRANULARITY_RANK

_EPOCH = date(1970, 1, 1).toordinal()
_RANK = GRANULARITY_RANK
# group-key codes: which kind of heading an event falls under
_CENTURY, _DECADE, _YEAR, _MONTH, _DAY = 1, 2, 3, 4, 5
_CODE = 10**9


class EventIndex:
    """Arrays over the events of a timeline, in timeline order."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.events: list[Event] = timeline.events
        n = len(self.events)
        doc_ids = {id(d): i for i, d in enumerate(timeline.documents)}
        self._doc_numbers = doc_ids
        self.start = np.fromiter((e.mention.interval[0].toordinal() for e in self.events), np.int32, n)  # type: ignore[index]
        self.end = np.fromiter((e.mention.interval[1].toordinal() for e in self.events), np.int32, n)  # type: ignore[index]
        self.rank = np.fromiter((_RANK[e.mention.granularity] for e in self.events), np.int8, n)  # type: ignore[index]
        self.doc = np.fromiter((doc_ids.get(id(e.document), -1) for e in self.events), np.int32, n)
        days = (self.start - _EPOCH).astype("datetime64[D]")
        self.year = days.astype("datetime64[Y]").astype(np.int64) + 1970
        self.month = days.astype("datetime64[M]").astype(np.int64)  # months since 1970-01
        self._keys: dict[str, np.ndarray] = {}
        self._haystack: np.ndarray | None = None
        self._last: tuple[tuple, list[str], np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.events)

    def doc_number(self, document: object) -> int:
        """The number of a document in the timeline (-1 if it is not there)."""
        return self._doc_numbers.get(id(document), -1)

    # --- grouping -----------------------------------------------------------------------------

    def keys(self, zoom: str) -> np.ndarray:
        """For each event, a number that is equal for events under the same heading at a zoom
        level (the same rule as :func:`timeline.model.group_label`)."""
        if zoom in self._keys:
            return self._keys[zoom]
        r = self.rank
        century = _CENTURY * _CODE + self.year // 100
        decade = _DECADE * _CODE + self.year // 10
        year = _YEAR * _CODE + self.year
        month = _MONTH * _CODE + self.month
        day = _DAY * _CODE + self.start.astype(np.int64)
        coarse = np.where(r <= _RANK["century"], century, decade)
        if zoom == "decade":
            key = coarse
        elif zoom == "year":
            key = np.where(r <= _RANK["decade"], coarse, year)
        elif zoom == "month":
            key = np.where(r <= _RANK["decade"], coarse, np.where(r <= _RANK["year"], year, month))
        else:
            key = np.where(
                r <= _RANK["decade"],
                coarse,
                np.where(r <= _RANK["year"], year, np.where(r < _RANK["month"], month, day)),
            )
        self._keys[zoom] = key
        return key

    # --- filtering ----------------------------------------------------------------------------

    def haystack(self) -> np.ndarray:
        """Lower-cased sentence, mention and source of each event, UTF-8 encoded: what free words
        search (a substring of UTF-8 bytes is a substring of the text)."""
        if self._haystack is None:
            # Document by document, so that each text is read (perhaps back from the cache) once.
            by_document: dict[int, list[int]] = {}
            for position, e in enumerate(self.events):
                by_document.setdefault(id(e.document), []).append(position)
            texts: list[bytes] = [b""] * len(self.events)
            for positions in by_document.values():
                document = self.events[positions[0]].document
                text, source = document.text, document.source
                for position in positions:
                    m = self.events[position].mention
                    line = f"{text[m.sentence[0] : m.sentence[1]]}\n{m.text}\n{source}"
                    texts[position] = line.lower().encode("utf-8")
            self._haystack = np.array(texts, dtype=bytes) if texts else np.zeros(0, dtype="S1")
        return self._haystack

    def filter(self, query: Query) -> np.ndarray:
        """Positions (in timeline order) of the events that match a query."""
        mask = np.ones(len(self.events), dtype=bool)
        if query.start:
            mask &= self.end >= query.start.toordinal()
        if query.end:
            mask &= self.start <= query.end.toordinal()
        if query.granularities:
            mask &= np.isin(self.rank, [_RANK[g] for g in query.granularities])
        if query.sources:
            wanted = [
                i
                for i, d in enumerate(self.timeline.documents)
                if any(s.lower() in d.source.lower() or s.lower() in d.id.lower() for s in query.sources)
            ]
            mask &= np.isin(self.doc, wanted)
        positions = np.flatnonzero(mask)
        words = [w.lower() for w in query.words]
        if not words:
            return positions
        structural = (query.start, query.end, tuple(query.granularities), tuple(query.sources))
        base, done = positions, []
        if self._last and self._last[0] == structural and _narrows(self._last[1], words):
            base = self._last[2]
        hay = self.haystack()
        result = base
        for w in words:
            if w in done or not len(result):
                continue
            subset = hay if len(result) == len(hay) else hay[result]
            result = result[np.strings.find(subset, w.encode("utf-8")) >= 0]
            done.append(w)
        self._last = (structural, words, result)
        return result


def _narrows(old: list[str], new: list[str]) -> bool:
    """True if every event matching ``new`` also matches ``old`` (so ``new`` can filter the
    result of ``old``): each old word is contained in some new word."""
    return all(any(o in n for n in new) for o in old)


@dataclass
class Rows:
    """The rows of the list for a set of events at a zoom: a heading before each group.

    Attributes:
        positions: event positions (into the index) in display order.
        heading_rows: the row number of each heading, ascending.
        heading_first: for each heading, the offset in ``positions`` of its first event.
    """

    index: EventIndex
    positions: np.ndarray
    zoom: str
    heading_rows: np.ndarray
    heading_first: np.ndarray

    @classmethod
    def build(cls, index: EventIndex, positions: np.ndarray, zoom: str) -> Rows:
        """Lay out the rows of some events at a zoom level."""
        if len(positions) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return cls(index, positions, zoom, empty, empty)
        keys = index.keys(zoom)[positions]
        first = np.concatenate(([0], np.flatnonzero(keys[1:] != keys[:-1]) + 1))
        return cls(index, positions, zoom, first + np.arange(len(first)), first)

    def __len__(self) -> int:
        return len(self.positions) + len(self.heading_rows)

    def at(self, row: int) -> tuple[int, int]:
        """What a row shows: ``(heading, -1)`` for heading number ``heading``, or
        ``(-1, offset)`` for the event at ``offset`` in :attr:`positions`."""
        j = int(np.searchsorted(self.heading_rows, row, side="right")) - 1
        if self.heading_rows[j] == row:
            return j, -1
        return -1, row - (j + 1)

    def event_at(self, row: int) -> Event | None:
        """The event shown on a row, or None for a heading."""
        _, offset = self.at(row)
        return self.index.events[int(self.positions[offset])] if offset >= 0 else None

    def heading_label(self, heading: int) -> str:
        """The text of a heading."""
        event = self.index.events[int(self.positions[self.heading_first[heading]])]
        return group_label(event, self.zoom)

    def group_size(self, heading: int) -> int:
        """How many events stand under a heading."""
        nxt = (
            self.heading_first[heading + 1] if heading + 1 < len(self.heading_first) else len(self.positions)
        )
        return int(nxt - self.heading_first[heading])

    def row_of_offset(self, offset: int) -> int:
        """The row that shows the event at ``offset`` in :attr:`positions`."""
        headings_before = int(np.searchsorted(self.heading_first, offset, side="right"))
        return offset + headings_before

    def row_of_position(self, position: int) -> int | None:
        """The row that shows the event at an index position, if it is among the rows."""
        at = int(np.searchsorted(self.positions, position))
        if at < len(self.positions) and self.positions[at] == position:
            return self.row_of_offset(at)
        return None

    def first_event_row_from(self, row: int, step: int) -> int | None:
        """The nearest event row from ``row`` going in direction ``step`` (row itself included)."""
        while 0 <= row < len(self):
            if self.at(row)[1] >= 0:
                return row
            row += step
        return None

    def heading_of_row(self, row: int) -> int:
        """The heading a row stands under."""
        return int(np.searchsorted(self.heading_rows, row, side="right")) - 1

    def first_row_on_or_after(self, day: date) -> int | None:
        """The row of the first event that starts on or after a day (the last event if none
        does); None when there are no events."""
        if len(self.positions) == 0:
            return None
        starts = self.index.start[self.positions]
        offset = min(int(np.searchsorted(starts, day.toordinal(), side="left")), len(self.positions) - 1)
        return self.row_of_offset(offset)
