"""A story told before year 1 ("In 481 BC Xerxes gathered his army. The following year ...").

``datetime.date`` holds no day before year 1, and the resolver counts on it.  So the story's last
date before year 1 stands in for itself 8,000 years on: the Gregorian calendar repeats every 400
years (leap years and weekdays alike), so counting days, weeks, months, seasons and years from
the stand-in gives the stand-in of the right day.  What the resolver then answers in those far
years is written back as the TIMEX3 value before year 1 (``BC0480-09``), and its explanation
names the years as a reader writes them ("480 BC").
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Final

from .asciimode import compile_ascii
from .context import Context
from .expressions import Expr
from .values import FarDay, bc_year

#: How far the stand-in lies ahead: a multiple of 400 years, so that its calendar is the same.
SHIFT: Final = 8000
#: The earliest year (astronomical: 1 BC is 0) whose days have a stand-in; a stand-in year is
#: never below ``SHIFT + EARLIEST``, a year no text of our time writes.
EARLIEST: Final = -1999

_YEAR_FORM: Final = compile_ascii(r"(\d{4})(.*)")
_SEASON_OR_MONTH: Final = compile_ascii(r"-(?:\d\d|SP|SU|FA|WI)(?![\dA-Z])|-\d\d(?=-)")
_WEEK: Final = compile_ascii(r"-W(\d\d)")
_MONTH_DAY: Final = compile_ascii(r"-\d\d-\d\d(?!\d)")
_ISO_DAY: Final = compile_ascii(r"\b(\d{4})-(\d\d)-(\d\d)\b")
_YEAR: Final = compile_ascii(r"\b(\d{4})\b")


def stand_in(day: FarDay) -> date | None:
    """The day 8,000 years on that stands in for a day before year 1 (None for one too early)."""
    if day.year < EARLIEST:
        return None
    return date(day.year + SHIFT, day.month, day.day)


def stand_in_span(year: int, width: int) -> str:
    """The decade (``width`` 10) or century (100) of a year, or of a stand-in year: the value
    ``restore`` writes back as the decade or century before year 1 that holds the year.  Decades
    before year 1 run from a 9 to a 0 (the 480s BC: 489 to 480 BC), so a stand-in's own decade
    (7520 to 7529: 480 to 471 BC) would straddle two of them."""
    digits = 3 if width == 10 else 2
    if year < 1:  # a year before year 1 counted back to ("21 centuries ago"): its decade or century BC
        bc = bc_year(year)
        span = bc // 10 if width == 10 else (bc - 1) // 100
        if span >= (1000 if width == 10 else 100):
            # ("200 centuries ago"): no code of a decade or century has room for it, and a longer
            # one would be read as a finer span ("BC179", the 1790s BC): the year counted to
            return f"BC{bc:04d}"
        return f"BC{span:03d}" if width == 10 else f"BC{span:02d}"
    if year < SHIFT + EARLIEST or year - SHIFT >= 1:
        return f"{year // width:0{digits}d}"
    k = bc_year(year - SHIFT) // width
    # a stand-in span whose middle year (see ``_value``) falls in the span k before year 1
    return f"{SHIFT // width - k - 1:0{digits}d}"


def written_year(expr: Expr) -> int | None:
    """The year (astronomical) of a year before year 1 written out ("480 BC" is -479)."""
    if expr.kind == "fixed" and expr.value and expr.value.startswith("BC") and expr.value[2:6].isdigit():
        return bc_year(int(expr.value[2:6]))
    return None


def is_stand_in(value: str, ctx: Context) -> bool:
    """Whether a resolved value counted from a stand-in day: its year is one of the far years,
    and the story's dates it may count from include a stand-in ("5,000 years later" than 2020
    is no year BC)."""
    if not (len(value) >= 2 and value[:2].isdigit() and int(value[:2]) * 100 >= SHIFT + EARLIEST - 99):
        return False
    return any(a is not None and a.day.year >= SHIFT + EARLIEST for a in (ctx.anchor, ctx.last, ctx.day))


def restore(value: str, why: str) -> tuple[str, str]:
    """A value counted from a stand-in written back before (or, for a story reaching on, after)
    year 1, and its reason with the stand-in's years named as a reader writes them."""
    return _value(value), _reason(why)


def _value(value: str) -> str:
    if len(value) in (2, 3) and value.isdigit():  # a century ("75") or a decade ("752")
        width = 10 if len(value) == 3 else 100
        middle = int(value) * width - SHIFT + width // 2  # the decade's middle year, astronomical
        if middle >= 1:
            return f"{middle // width:0{len(value)}d}"
        return f"BC{bc_year(middle) // width:0{len(value)}d}"
    m = _YEAR_FORM.fullmatch(value)
    if m is None:
        return value
    year, rest = int(m[1]) - SHIFT, m[2]
    if year >= 1:
        return f"{year:04d}{rest}"
    # TIMEX3 writes a year, month, season or day before year 1; a week is told by its month
    if (day := _MONTH_DAY.match(rest)) is not None:
        return f"BC{bc_year(year):04d}{day.group()}"
    kept = _SEASON_OR_MONTH.match(rest)
    if kept is None and (week := _WEEK.match(rest)):  # a week: the month of its Thursday, as ISO
        return f"BC{bc_year(year):04d}-{date.fromisocalendar(int(m[1]), int(week[1]), 4).month:02d}"
    return f"BC{bc_year(year):04d}{kept.group() if kept else ''}"


def _reason(why: str) -> str:
    def day(m: re.Match[str]) -> str:
        year = int(m[1])
        if year < SHIFT + EARLIEST:
            return m.group()
        return f"{int(m[3])} {calendar.month_name[int(m[2])]} {_year_words(year - SHIFT)}"

    def year(m: re.Match[str]) -> str:
        y = int(m[1])
        return _year_words(y - SHIFT) if y >= SHIFT + EARLIEST else m.group()

    return _YEAR.sub(year, _ISO_DAY.sub(day, why))


def _year_words(year: int) -> str:
    return str(year) if year >= 1 else f"{bc_year(year)} BC"
