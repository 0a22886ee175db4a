"""Counts of time from another date ("six weeks earlier", "three weeks later") set right after
they are resolved: to the date written beside them, and to the writer's day where they run just
past it in the present."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .asciimode import compile_ascii
from .context import LAST_DATE
from .mention import Mention, revalued
from .tense import direction, tells_of_future
from .values import DAY_VALUE

#: Between the count and the date set beside it: "six weeks earlier, on November 26", "two days
#: later (Jan. 5)", "a decade earlier, in 2015".
_APPOSED: Final = compile_ascii(r",?[^\S\n]+(?:(?:on|in)[^\S\n]+)?|[^\S\n]+\(", re.IGNORECASE)
#: How far apart the counted day and the day written may lie for one to be the other.
_MOST_DAYS_APART: Final = 31
_YEAR: Final = re.compile(r"\d{4}")
_MONTH: Final = re.compile(r"\d{4}-\d\d")


def _months(value: str) -> int:
    """How many months a month's value (``2025-07``) lies after the start of year 0."""
    return int(value[:4]) * 12 + int(value[5:7])


def _day(value: str) -> date | None:
    """The day of a day's value, None for one the calendar has not (``2024-02-30``)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _written_for_counted(counted: str, written: str) -> str | None:
    """The value a count of time takes from a date written beside it, where that date is the one
    counted, told exactly: a day within a month of the counted day, a month within one of the
    counted month, a year within one of the counted year, or a year of the counted decade ("a
    decade earlier, in 2015"); to the count's own unit where the date is finer ("three years
    later, on 1 September 1939" is 1939). None where it is not."""
    if counted == written:
        return None
    if DAY_VALUE.fullmatch(counted) and DAY_VALUE.fullmatch(written):
        counted_day, written_day = _day(counted), _day(written)
        if counted_day is None or written_day is None:
            return None  # no such day ("February 30 last year")
        return written if abs((counted_day - written_day).days) <= _MOST_DAYS_APART else None
    if _MONTH.fullmatch(counted) and (_MONTH.fullmatch(written) or DAY_VALUE.fullmatch(written)):
        near = abs(_months(counted) - _months(written)) <= 1
        return written[:7] if near and written[:7] != counted else None
    if _YEAR.fullmatch(counted) and (_YEAR.fullmatch(written) or _MONTH.match(written)):
        near = abs(int(counted) - int(written[:4])) <= 1
        return written[:4] if near and written[:4] != counted else None
    if _YEAR.fullmatch(written) and len(counted) == 3 and counted.isdigit() and written.startswith(counted):
        return written
    return None


def date_offsets_by_apposed_dates(text: str, mentions: list[Mention]) -> None:
    """Give a count of time from another date ("offset-later") the date written right after it,
    in place, where that date lies near the counted one: "The chain had collapsed six weeks
    earlier, on November 26, 2008" is that day, which the writer gives exactly where the count is
    round (six weeks before January 3, 2009 is November 22); "Two years later, in 2013" is 2013."""
    for i in range(len(mentions) - 1):
        m, n = mentions[i], mentions[i + 1]
        if (
            m.rule != "offset-later"
            or n.type != "DATE"
            or n.start - m.end > 6
            or (value := _written_for_counted(m.value, n.value)) is None
            or not _APPOSED.fullmatch(text, m.end, n.start)
        ):
            continue
        words = " ".join(n.text.split())
        mentions[i] = revalued(m, value, f'the date written beside it, "{words}" (counted, it is {m.value})')


#: A count set off in its sentence, before what the sentence goes on to tell: "The ceasefire,
#: |agreed two days earlier|, collapsed on Sunday", "(two days earlier)".
_SET_OFF_BEFORE: Final = compile_ascii(r"[,(][^,()\n]{0,40}$")
_SET_OFF_AFTER: Final = compile_ascii(r"[^\S\n]*[,)]")


def date_offsets_by_day_told_after(
    text: str, mentions: list[Mention], reference: date | None, reference_label: str
) -> None:
    """Give a count set off before the day its sentence tells, which went on from the writer's
    day for want of a day told before it, that day to count from, in place: "The ceasefire, agreed
    two days earlier, collapsed on Sunday" is two days before that Sunday."""
    if reference is None:
        return
    counted_from = f" the {reference_label} {reference.isoformat()}"
    for i in range(len(mentions) - 1):
        m = mentions[i]
        if (
            m.rule != "offset-later"
            or not DAY_VALUE.fullmatch(m.value)
            or not m.explanation.endswith((f" before{counted_from}", f" after{counted_from}"))
            or not _SET_OFF_BEFORE.search(text, m.start - 44, m.start)
            or not _SET_OFF_AFTER.match(text, m.end)
        ):
            continue
        n = next((n for n in mentions[i + 1 :] if n.sentence == m.sentence and n.type == "DATE"), None)
        if n is None or not DAY_VALUE.fullmatch(n.value):
            continue
        shift = date.fromisoformat(m.value) - reference
        day = date.fromisoformat(n.value) + shift
        words = " ".join(n.text.split())
        days = abs(shift.days)
        mentions[i] = revalued(
            m,
            day.isoformat(),
            f'{days} day{"s" if days != 1 else ""} {"before" if shift.days < 0 else "after"} the day its'
            f' sentence goes on to tell, "{words}" ({n.value})',
        )


#: The day a count went on from, as its explanation ends: '... "March 5" (2024-03-05)'.
_COUNTED_FROM: Final = re.compile(r"\((\d{4}-\d\d-\d\d)\)$")
#: How far past the writer's day a count told in the present may run and be the writer's day.
_PRESENT_REACH_DAYS: Final = 31


def date_present_offsets(text: str, mentions: list[Mention], reference: date | None) -> None:
    """Give a count on from a story's day that runs just past the writer's day, told in the
    present with no word of the future, the writer's day, in place: "Three weeks later, questions
    remain", told on March 28 of a bank that failed on March 10, is March 28, not March 31."""
    if reference is None:
        return
    for i, m in enumerate(mentions):
        if m.rule != "offset-later" or not DAY_VALUE.fullmatch(m.value) or LAST_DATE not in m.explanation:
            continue  # (a count on from the writer's own day is still to come: "Two weeks later, the talks")
        day = date.fromisoformat(m.value)
        if not 0 < (day - reference).days <= _PRESENT_REACH_DAYS:
            continue
        counted_from = _COUNTED_FROM.search(m.explanation)
        if counted_from is not None and counted_from[1] > reference.isoformat():
            continue  # counted from a day still to come, on a timetable: "Primaries follow a week later"
        s0, s1 = m.sentence
        sentence = text[s0:s1]
        if direction(sentence, m.start - s0, m.end - s0) is not None or tells_of_future(sentence):
            continue
        mentions[i] = revalued(
            m,
            reference.isoformat(),
            f"the writer's day, told in the present (counted, it is {m.value}, after it)",
        )


#: A day of no known year ("XXXX-03-03") or of no known week ("XXXX-WXX-7"), as a text with no
#: date of its own writes "March 3" or "Sunday" (a time of day after it is left aside).
_UNDATED_DAY: Final = re.compile(r"XXXX-(?:(\d\d)-(\d\d)|WXX-([1-7]))")
#: How far before a count the undated day it counts from may be told (as a story's dates go on).
UNDATED_REACH: Final = 300
#: What the resolution of a count says when it has no date to count from.
NO_DATE_TO_COUNT_FROM: Final = "no date to count from"


def undated_day(mention: Mention) -> bool:
    """Whether a mention is a day of no known year or week, which a count may go on from."""
    return mention.type in ("DATE", "TIME") and _UNDATED_DAY.match(mention.value) is not None


def count_from_undated_day(days: int, part: str | None, told: Mention) -> tuple[str, str] | None:
    """A count of ``days`` (with a ``part`` of the day, "TMO", for "the next morning") from a day
    of no known year or week, in a text with no date of its own: "The next day" after "March 3"
    is March 4 of that unknown year (``XXXX-03-04``), "Two days later" after "Sunday" a Tuesday
    of an unknown week (``XXXX-WXX-2``); None from a day no year has ("Feb. 30").  ``told`` must be
    such a day (see ``undated_day``)."""
    m = _UNDATED_DAY.match(told.value)
    assert m is not None
    if m[3] is not None:
        weekday = (int(m[3]) - 1 + days) % 7 + 1
        value = f"XXXX-WXX-{weekday}"
        unknown = "week"
    else:
        month, day = int(m[1]), int(m[2])
        # a year with 29 February only for a count from that day (three years in four have none)
        try:
            counted = date(2000 if (month, day) == (2, 29) else 2001, month, day) + timedelta(days=days)
        except (ValueError, OverflowError):
            return None
        value = f"XXXX-{counted.month:02d}-{counted.day:02d}"
        unknown = "year"
    words = " ".join(told.text.split())
    if days == 0:
        how = "the same day as"
    else:
        how = f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'after' if days > 0 else 'before'}"
    return value + (part or ""), f'{how} the last day told, "{words}", of no known {unknown}'
