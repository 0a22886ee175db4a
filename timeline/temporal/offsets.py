"""Counts of time from another date ("six weeks earlier", "three weeks later") set right after
they are resolved: to the day written beside them, and to the writer's day where they run just
past it in the present."""

from __future__ import annotations

import re
from datetime import date

from .asciimode import compile_ascii
from .context import LAST_DATE
from .mention import Mention, revalued
from .tense import direction, tells_of_future
from .values import DAY_VALUE

#: Between the count and the day set beside it: "six weeks earlier, on November 26", "two days
#: later (Jan. 5)".
_APPOSED = compile_ascii(r",?[^\S\n]+(?:on[^\S\n]+)?|[^\S\n]+\(", re.IGNORECASE)
#: How far apart the counted day and the day written may lie for one to be the other.
_MOST_DAYS_APART = 31


def date_offsets_by_apposed_days(text: str, mentions: list[Mention]) -> None:
    """Give a count of days or weeks from another date ("offset-later") the day written right
    after it, in place, where that day lies near the counted one: "The chain had collapsed six
    weeks earlier, on November 26, 2008" is that day, which the writer gives exactly where the
    count is round (six weeks before January 3, 2009 is November 22)."""
    for i in range(len(mentions) - 1):
        m, n = mentions[i], mentions[i + 1]
        if (
            m.rule != "offset-later"
            or n.type != "DATE"
            or not DAY_VALUE.fullmatch(m.value)
            or not DAY_VALUE.fullmatch(n.value)
            or m.value == n.value
            or n.start - m.end > 6
            or not _APPOSED.fullmatch(text, m.end, n.start)
        ):
            continue
        apart = abs((date.fromisoformat(m.value) - date.fromisoformat(n.value)).days)
        if apart > _MOST_DAYS_APART:
            continue
        words = " ".join(n.text.split())
        mentions[i] = revalued(m, n.value, f'the day written beside it, "{words}" (counted, it is {m.value})')


#: How far past the writer's day a count told in the present may run and be the writer's day.
_PRESENT_REACH_DAYS = 31


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
        s0, s1 = m.sentence
        sentence = text[s0:s1]
        if direction(sentence, m.start - s0, m.end - s0) is not None or tells_of_future(sentence):
            continue
        mentions[i] = revalued(
            m,
            reference.isoformat(),
            f"the writer's day, told in the present (counted, it is {m.value}, after it)",
        )
