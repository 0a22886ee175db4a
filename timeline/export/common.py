"""What several exports share: the events to write, a one-line summary of an event's sentence,
and stable identifiers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..kwic import context_line, cut_around
from ..model import Event, Timeline

SUMMARY_WIDTH = 120


def chosen(timeline: Timeline, events: Iterable[Event] | None) -> list[Event]:
    """The events to export: a filtered view, or all of them."""
    return list(timeline.events if events is None else events)


def summary(event: Event, width: int = SUMMARY_WIDTH) -> str:
    """The event's sentence on one safe line, shortened around the mention."""
    m = event.mention
    line, s, e = context_line(event.document.text, m.sentence, m.start, m.end)
    window, _, _ = cut_around(line, s, e, width)
    return window


def uid(event: Event) -> str:
    """An identifier that stays the same from one export of the same event to the next."""
    m = event.mention
    key = f"{event.document.id}\x00{m.start}\x00{m.end}\x00{m.value}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
