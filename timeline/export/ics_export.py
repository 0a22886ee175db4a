"""iCalendar (RFC 5545) through the ``icalendar`` library: one all-day event spanning each
event's interval, with stable UIDs so that re-importing updates rather than duplicates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import TextIO

from ..model import Event, Timeline
from ..textsafe import one_line
from .common import chosen, summary, uid


def write_ics(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the events as an iCalendar file."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//timeline//timeline export//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "timeline")
    before_year_one = 0
    for e in chosen(timeline, events):
        if not isinstance(e.start, date):
            before_year_one += 1  # iCalendar has no dates before year 1
            continue
        doc = e.document
        item = icalendar.Event()
        item.add("uid", f"{uid(e)}@timeline")
        # DTSTAMP is required; the document's own date keeps the export reproducible
        stamp_day = doc.reference_date or e.start
        item.add("dtstamp", datetime.combine(stamp_day, time(0, 0), tzinfo=UTC))
        item.add("dtstart", e.start)
        item.add("dtend", e.end + timedelta(days=1))
        item.add("summary", summary(e))
        description = (
            f"{one_line(e.mention.text)} → {e.value} ({e.granularity})\n"
            f"{one_line(e.mention.explanation)}\n"
            f"Source: {one_line(doc.title or doc.source)} ({one_line(doc.path)})"
        )
        item.add("description", description)
        if doc.url:
            item.add("url", one_line(doc.url))
        item.add("categories", [e.granularity])
        calendar.add_component(item)
    if before_year_one:
        calendar.add("x-wr-caldesc", f"{before_year_one} events before year 1 are not in this calendar")
    out.write(calendar.to_ical().decode("utf-8"))
