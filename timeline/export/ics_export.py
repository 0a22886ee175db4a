"""iCalendar (RFC 5545): one all-day event spanning each event's interval (or, for a time of a
day, an event at that local time), with stable UIDs so that re-importing updates rather than
duplicates.

Written here, not through a library: the subset used (TEXT escaping, DATE and UTC DATE-TIME
values, folding at 75 octets) is small and fully specified, and the ``icalendar`` package spent
twenty times as long as the rest of an export on building and folding its objects. The tests
read the output back with ``icalendar`` and hold it to what that library writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TextIO

from ..model import Event, Timeline
from ..temporal.values import clock_of
from ..textsafe import one_line
from .common import chosen, summary, uid

#: A content line is folded before it reaches this many octets (RFC 5545 3.1: lines should not
#: be longer than 75 octets; a continuation's leading space counts).
_FOLD_OCTETS = 75


def text_value(text: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded into pieces of at most 74 octets of UTF-8, each after the first
    starting with a space, never splitting a character or ending a piece on a backslash (an
    escape stays whole), with CRLF line ends."""
    data = line.encode("utf-8", "surrogatepass")
    if len(data) < _FOLD_OCTETS:
        return line + "\r\n"
    pieces: list[bytes] = []
    start = 0
    while len(data) - start >= _FOLD_OCTETS:
        cut = start + _FOLD_OCTETS - 1
        while data[cut] & 0xC0 == 0x80:  # inside a character: cut before it
            cut -= 1
        if cut - start > 1 and data[cut - 1] == 0x5C:  # a backslash goes with what it escapes
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8", "surrogatepass") + "\r\n"


def _day(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def write_ics(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the events as an iCalendar file."""
    items = chosen(timeline, events)
    writable = [e for e in items if isinstance(e.start, date)]  # iCalendar has no dates before year 1
    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline//timeline export//EN\r\n")
    if len(writable) < len(items):
        before = len(items) - len(writable)
        out.write(fold(f"X-WR-CALDESC:{before} events before year 1 are not in this calendar"))
    out.write("X-WR-CALNAME:timeline\r\n")
    for e in writable:
        doc = e.document
        # DTSTAMP is required; the document's own date keeps the export reproducible
        stamp = doc.reference_date or e.start
        description = (
            f"{one_line(e.mention.text)} → {e.value} ({e.granularity})\n"
            f"{one_line(e.mention.explanation)}\n"
            f"Source: {one_line(doc.title or doc.source)} ({one_line(doc.path)})"
        )
        out.write("BEGIN:VEVENT\r\n")
        out.write(fold(f"SUMMARY:{text_value(summary(e))}"))
        clock = clock_of(e.value) if e.granularity == "day" else None
        if clock is not None:  # a time of the day: a floating local time, as the story tells it
            at = datetime(e.start.year, e.start.month, e.start.day) + timedelta(
                hours=clock[0], minutes=clock[1]
            )
            out.write(f"DTSTART:{at:%Y%m%dT%H%M%S}\r\n")
        else:
            out.write(f"DTSTART;VALUE=DATE:{_day(e.start)}\r\n")
            out.write(f"DTEND;VALUE=DATE:{_day(e.end + timedelta(days=1))}\r\n")
        out.write(f"DTSTAMP:{_day(stamp)}T000000Z\r\n")
        out.write(f"UID:{uid(e)}@timeline\r\n")
        out.write(fold(f"CATEGORIES:{text_value(e.granularity)}"))
        out.write(fold(f"DESCRIPTION:{text_value(description)}"))
        if doc.url:
            out.write(fold(f"URL:{one_line(doc.url)}"))
        out.write("END:VEVENT\r\n")
    out.write("END:VCALENDAR\r\n")
