"""A headline and the lede under it: a date the headline tells without its year ("Fed holds rates
in March") is the one the lede tells with it ("... on March 19, 2025"), and a month with a year
under a headline frames the headline's partial dates."""

from __future__ import annotations

import re
from typing import Final

from .asciimode import compile_ascii
from .expressions import Expr, framed
from .mention import Mention, restore_mention
from .sentences import PARAGRAPH_BREAK

#: How long a text's first line may be to be its headline (characters); and how long the first
#: paragraph under it that restates it, the lede, is at least (shorter ones are a by-line, a date).
HEADLINE_LENGTH: Final = 160
_LEDE_LENGTH: Final = 100


#: A month written with its year after these is not the headline's: "up from 3% in April 2024",
#: "delayed from April 2025", "the highest since April 2021".
_NOT_RESTATED_BEFORE: Final = compile_ascii(
    r"\b(?:from|since|(?<!earlier\s)(?<!later\s)(?<!sooner\s)than|compared\s+(?:with|to)|versus|vs|last|previously|originally)"
    r"\b[^.;:!?\n]{0,24}$",
    re.IGNORECASE,
)


#: "from" right before a day that a change starts on ("fares will rise by 4.6% from 2 March next
#: year"), not a date moved from ("delayed from April 2025", "moved up from May 3").
_STARTS_FROM: Final = compile_ascii(r"\bfrom\s+$", re.IGNORECASE)
_MOVED_BEFORE: Final = compile_ascii(
    r"\b(?:delayed|postponed|moved|pushed|brought|shifted|changed|switched|rescheduled|slipped|down|up)\b"
    r"[^.;:!?\n]{0,16}$",
    re.IGNORECASE,
)


def _not_restated(text: str, start: int, day: bool) -> bool:
    """Whether a month (a day, where ``day``) with its year under a headline is not the
    headline's, by the words before it: compared with, moved from, or a time before it ("up from
    3% in April 2024", "delayed from April 2025", "the highest since April 2021"); but a day a
    change starts from is ("will rise by 4.6% from 2 March next year")."""
    if _NOT_RESTATED_BEFORE.search(text, start - 40, start) is None:
        return False
    return not (
        day
        and _STARTS_FROM.search(text, start - 6, start) is not None
        and _MOVED_BEFORE.search(text, start - 30, start - 5) is None
    )


#: What marks a dateline: a place before a comma and a date, an agency, a dash after a date.
_DATELINE_MARK: Final = compile_ascii(r"^[A-Z][A-Za-z.' -]*,|\([A-Z][A-Za-z. ]+\)|\d\s+[-–—]\s")


def _lede(text: str, start: int) -> tuple[int, int] | None:
    """Where the lede stands, the first paragraph of a sentence's length (not a by-line or a date)
    under the headline that a date at ``start`` stands in; None where that date stands in no
    headline: not on a first line of its own, or in one that is a sentence or a dateline
    ("KYIV, Feb 24 (Reuters) - ...")."""
    line_end = text.find("\n", start)
    if not 0 < line_end <= HEADLINE_LENGTH or "\n" in text[:start]:
        return None
    line = text[:line_end].rstrip(" \t\"'”’")
    if line.endswith((".", "!", "?")) or _DATELINE_MARK.search(line):
        return None
    for brk in PARAGRAPH_BREAK.finditer(text, line_end + 1):
        if len(text[line_end : brk.start()].strip()) >= _LEDE_LENGTH:
            return line_end, brk.start()
        line_end = brk.end()
    return line_end, len(text)


def _told_without_year(expr: Expr) -> tuple[int | None, ...] | None:
    """What a month, a day of a month or a weekday names, written with no year or other anchor."""
    if expr.kind == "calendar" and framed(expr):
        return expr.month, expr.day
    if expr.kind == "weekday" and expr.rel is None and expr.n is None:
        return (expr.weekday,)
    return None


def told_again_in_lede(
    text: str, selected: list[tuple[int, int, int, Expr]], mentions: list[Mention]
) -> Mention | None:
    """A headline's month, day or weekday with no year ("Inflation falls in March"), read as the
    lede reads it where the lede tells it again so ("fell to 3.2% in March"): a headline's
    present tense tells no time, the lede's verbs do.  None where it does not."""
    start, _, _, expr = selected[0]
    first = mentions[0]
    told = _told_without_year(expr)
    if first.start != start or told is None:
        return None
    lede = _lede(text, start)
    if lede is None:
        return None
    for other_start, _, _, other in selected[1:]:
        if other_start >= lede[1]:
            return None
        if other_start >= lede[0] and _told_without_year(other) == told:
            again = next((m for m in mentions if m.start == other_start), None)
            if again is None or again.value == first.value or len(again.value) != len(first.value):
                return None
            return restore_mention(
                first.start,
                first.end,
                first.text,
                first.type,
                again.value,
                f'{first.text} → {again.value}: as the lede reads "{again.text}" under the headline'
                f" ({again.explanation.split(': ', 1)[-1]})",
                first.rule,
                first.sentence,
                first.mod,
            )
    return None


def year_under_headline(
    text: str,
    selected: list[tuple[int, int, int, Expr]],
    number: int,
    expr: Expr,
    start: int,
    reference_year: int | None = None,
) -> tuple[int, str] | None:
    """The year of a headline's month (or day) written without one, where the lede under it
    writes that month out with its year (or with a year counted from ``reference_year``: "from 2
    March next year"), once, not as a date compared with or moved from, and the story never
    tells it again without a year: the year, and the words."""
    lede = _lede(text, start)
    if lede is None:
        return None
    lede_end = lede[1]
    years: set[int] = set()
    words = ""
    for other_start, other_end, _, other in selected[number + 1 :]:
        if other.kind != "calendar" or other.month != expr.month or (expr.day and other.day != expr.day):
            continue
        year = other.year
        if year is None and other.rel == "year" and other.n is not None and reference_year is not None:
            year = reference_year + other.n  # "2 March next year"
        if year is None:
            return None  # the month told again without a year: the headline's is that one
        if other_start < lede_end and not _not_restated(text, other_start, other.day is not None):
            years.add(year)
            words = text[other_start:other_end]
    return (years.pop(), words) if len(years) == 1 else None
