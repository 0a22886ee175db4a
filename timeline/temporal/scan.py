"""The pre-filter that keeps the engine fast: one pass over the text finds the places where a
date expression could stand (a digit, a month or weekday name, a temporal keyword), and each
rule is then run only in windows around the triggers of its own kind.

A rule pattern run from a window start still sees the real text before it (look-behinds and
``\\b`` behave as on the whole text); windows end only at white space, so no word is cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import DECADE_WORDS, alternation

#: How far before and after a trigger a match may reach.
REACH_BEFORE = 48
REACH_AFTER = 48

_KEYWORDS = [
    "today", "yesterday", "tomorrow", "tonight", "now", "currently", "present", "recent", "recently",
    "soon", "future", "past", "previously", "formerly", "lately", "nowadays", "days", "moment",
    "weekend", "morning", "afternoon", "evening", "night", "noon", "midnight",
    "spring", "summer", "autumn", "fall", "winter", "quarter", "half", "century", "centuries",
    "decade", "decades", "ago", "later", "earlier", "following", "day", "week", "weeks", "month",
    "months", "year", "years", "fortnight", "daily", "weekly", "monthly", "quarterly", "annually",
    "yearly", "hourly", "hour", "hours", "minute", "minutes", "weekdays", "ahead", *DECADE_WORDS,
    "seventeen", "eighteen", "nineteen", "twenty", "thousand", "fiscal", "financial",
]  # fmt: skip
_HOLIDAY_WORDS = [
    "christmas", "boxing", "new", "valentine", "valentines", "halloween", "bastille", "veterans",
    "armistice", "remembrance", "thanksgiving", "labor", "memorial", "election", "easter", "good",
]  # fmt: skip

TRIGGER = re.compile(
    r"(?P<digit>\d+)"
    rf"|\b(?P<word>(?:{alternation(_KEYWORDS)})s?)\b"
    rf"|\b(?P<holiday>{alternation(_HOLIDAY_WORDS)})\b"
    r"|\b(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
    r"|\b(?P<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b",
    re.IGNORECASE,
)
_MONTH_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december".split()
)
_WEEKDAY_WORDS = frozenset(
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays".split()
)
_SPACE = re.compile(r"\s")


def trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Merged windows of text around each kind of trigger.

    Args:
        text: the document text.

    Returns:
        For each kind (``digit``, ``month``, ``weekday``, ``word``), sorted non-overlapping
        ``(start, end)`` windows.
    """
    raw: dict[str, list[tuple[int, int]]] = {
        "digit": [],
        "month": [],
        "weekday": [],
        "word": [],
        "holiday": [],
    }
    n = len(text)
    for m in TRIGGER.finditer(text):
        kind = m.lastgroup
        if kind == "holiday" and m.group()[0].islower():
            continue
        if kind == "month" and m.group().lower() not in _MONTH_WORDS:
            continue
        if kind == "weekday" and m.group().lower() not in _WEEKDAY_WORDS:
            continue
        raw[kind].append((max(0, m.start() - REACH_BEFORE), min(n, m.end() + REACH_AFTER)))  # type: ignore[index]
    return {kind: merge(text, spans) for kind, spans in raw.items()}


def merge(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap, each end moved on to the next white space."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        space = _SPACE.search(text, end)
        end = space.end() if space else len(text)
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
