"""A count of time set beside the day it counts to: "The chain had collapsed six weeks earlier,
on November 26, 2008" is that day, which the writer gives exactly where the count is round (six
weeks before January 3, 2009 is November 22)."""

from __future__ import annotations

import re
from datetime import date

from .asciimode import compile_ascii
from .mention import Mention, restore_mention
from .values import DAY_VALUE

#: Between the count and the day set beside it: "six weeks earlier, on November 26", "two days
#: later (Jan. 5)".
_APPOSED = compile_ascii(r",?[^\S\n]+(?:on[^\S\n]+)?|[^\S\n]+\(", re.IGNORECASE)
#: How far apart the counted day and the day written may lie for one to be the other.
_MOST_DAYS_APART = 31


def date_offsets_by_apposed_days(text: str, mentions: list[Mention]) -> None:
    """Give a count of days or weeks from another date ("offset-later") the day written right
    after it, in place, where that day lies near the counted one."""
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
        mentions[i] = restore_mention(
            m.start,
            m.end,
            m.text,
            m.type,
            n.value,
            f'{" ".join(m.text.split())} → {n.value}: the day written beside it, "{words}"'
            f" (counted, it is {m.value})",
            m.rule,
            m.sentence,
            m.mod,
        )
