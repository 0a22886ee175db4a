"""TIMEX3 values: their granularity, the calendar interval they cover, and how a person reads them.

One source of truth for every part of the program that needs to know what a value such as
``2025-08-17``, ``2025-Q4``, ``199`` or ``2022-SU`` means.  Values that name no calendar span
(``XXXX-07-28``, ``PRESENT_REF``, durations) have no interval.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from .asciimode import compile_ascii

#: The value of one day of the calendar: "2025-08-18".
DAY_VALUE: Final = compile_ascii(r"\d{4}-\d\d-\d\d")

#: Granularities from coarse to fine; the rank orders coarse events before fine ones.
GRANULARITIES: Final[tuple[str, ...]] = (
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "day",
)
GRANULARITY_RANK: Final = {name: rank for rank, name in enumerate(GRANULARITIES)}

SEASONS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_NAMES: Final = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}

_DAY: Final = compile_ascii(r"^(\d{4})-(\d{2})-(\d{2})(T[\w:.+-]+)?$")
_WEEK: Final = compile_ascii(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH: Final = compile_ascii(r"^(\d{4})-(\d{2})$")
_PART: Final = compile_ascii(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_YEAR: Final = compile_ascii(r"^\d{4}$")
_DECADE: Final = compile_ascii(r"^\d{3}$")
#: (a year further back than 9999 BC with all its digits: "80,000 years ago" is "BC77976")
_BC_YEAR: Final = compile_ascii(r"^BC(\d{4,})$")
#: Before year 1: a month or season of a year ("BC0480-04", "BC0480-SP"), a decade ("BC047": the
#: 470s BC) or a century ("BC04": the 5th century BC), as TIMEX3 writes them.
_BC_PART: Final = compile_ascii(r"^BC(\d{4})-(\d\d|SP|SU|FA|WI)$")
#: ... a day of a month ("BC0216-08-02": 2 August 216 BC)
_BC_DAY: Final = compile_ascii(r"^BC(\d{4})-(\d\d)-(\d\d)$")
_BC_DECADE: Final = compile_ascii(r"^BC(\d{3})$")
_BC_CENTURY: Final = compile_ascii(r"^BC(\d{2})$")
_CENTURY: Final = compile_ascii(r"^\d{2}$")


_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class FarDay:
    """A day before year 1, which ``datetime.date`` cannot hold.  Years are numbered as in
    ISO 8601 (astronomical numbering): 1 BC is year 0, 44 BC is year -43.  It orders and compares
    with ``date`` on one day count, so events before and after year 1 sort together."""

    year: int
    month: int = 1
    day: int = 1

    def toordinal(self) -> int:
        """Days on the scale of ``date.toordinal`` (0 is 31 December 1 BC)."""
        y = self.year - (self.month <= 2)
        era = y // 400  # floor division: the C original's "y - 399" adjustment is built in
        yoe = y - era * 400
        mp = (self.month + 9) % 12
        doy = (153 * mp + 2) // 5 + self.day - 1
        doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
        return era * 146097 + doe - 719468 + _EPOCH_ORDINAL

    @classmethod
    def fromordinal(cls, ordinal: int) -> FarDay:
        """The day with a given ordinal (any ordinal, before year 1 or not)."""
        z = ordinal - _EPOCH_ORDINAL + 719468
        era = z // 146097
        doe = z - era * 146097
        yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
        doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
        mp = (5 * doy + 2) // 153
        day = doy - (153 * mp + 2) // 5 + 1
        month = mp + 3 if mp < 10 else mp - 9
        return cls(yoe + era * 400 + (month <= 2), month, day)

    def isoformat(self) -> str:
        """ISO 8601 with a signed year: ``-0043-03-15``."""
        sign = "-" if self.year < 0 else ""
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    def weekday(self) -> int:
        """Monday 0 … Sunday 6, as ``date.weekday``."""
        return (self.toordinal() - 1) % 7

    def _cmp(self, other: object) -> int | None:
        if isinstance(other, (FarDay, date)):
            a, b = self.toordinal(), other.toordinal()
            return (a > b) - (a < b)
        return None

    def __lt__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __eq__(self, other: object) -> bool:
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __hash__(self) -> int:
        return hash(self.toordinal())


#: A calendar day: a ``date`` from year 1 on, a ``FarDay`` before it.
Day = date | FarDay


def day_from_ordinal(ordinal: int) -> Day:
    """The day of an ordinal, as a ``date`` where one exists."""
    return date.fromordinal(ordinal) if ordinal >= 1 else FarDay.fromordinal(ordinal)


def bc_year(year: int) -> int:
    """The BC year of an astronomical year: 0 → 1 BC, -43 → 44 BC."""
    return 1 - year


def year_text(year: int) -> str:
    """A year as a person writes it: ``2025``, ``480 BC`` (astronomical -479)."""
    return str(year) if year >= 1 else f"{bc_year(year)} BC"


@dataclass(frozen=True)
class Span:
    """The calendar meaning of a value: its granularity and first and last day."""

    granularity: str
    start: Day
    end: Day


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int) -> bool:
    return 1 <= year <= 9999


@lru_cache(maxsize=65536)
def span_of(value: str) -> Span | None:
    """The granularity and interval a TIMEX3 value covers.

    Args:
        value: a TIMEX3 value such as ``2025-08-17``, ``2025-W33``, ``2025-07``, ``2022-SU``,
            ``2025-Q4``, ``2023-H2``, ``2025``, ``199`` (the 1990s) or ``19`` (the 1900s).

    Returns:
        The span, or None for values that name no calendar interval (``XXXX-07-28``,
        ``PRESENT_REF``, durations) and for impossible dates.
    """
    try:
        if value.startswith("BC"):
            return _bc_span(value)
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Span("day", d, d)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return Span("month", date(y, mo, 1), month_end(y, mo))
        if _YEAR.match(value):
            y = int(value)
            return Span("year", date(y, 1, 1), date(y, 12, 31)) if _safe(y) else None
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return Span("week", monday + timedelta(days=5), monday + timedelta(days=6))
            return Span("week", monday, monday + timedelta(days=6))
        if m := _PART.match(value):
            y, part = int(m[1]), m[2]
            if part in SEASONS:
                first, last = SEASONS[part]
                end_year = y + 1 if last < first else y
                return Span("season", date(y, first, 1), month_end(end_year, last))
            n = int(part[1])
            if part[0] == "Q":
                return Span("quarter", date(y, 3 * n - 2, 1), month_end(y, 3 * n))
            return Span("half", date(y, 6 * n - 5, 1), month_end(y, 6 * n))
        if _DECADE.match(value):
            y = int(value) * 10
            return Span("decade", date(max(y, 1), 1, 1), date(y + 9, 12, 31))
        if _CENTURY.match(value):
            y = int(value) * 100
            return Span("century", date(max(y, 1), 1, 1), date(y + 99, 12, 31))
    except ValueError:
        return None
    return None


def _far_month_end(year: int, month: int) -> FarDay:
    """The last day of a month before year 1 (the Gregorian cycle repeats every 400 years)."""
    return FarDay(year, month, calendar.monthrange(2000 + year % 400, month)[1])


def _bc_span(value: str) -> Span | None:
    """The span of a value before year 1 (see ``_BC_PART``); years run as ``FarDay`` numbers
    them, 1 BC being year 0."""
    if m := _BC_YEAR.match(value):
        year = 1 - int(m[1])
        return Span("year", FarDay(year, 1, 1), FarDay(year, 12, 31)) if int(m[1]) > 0 else None
    if m := _BC_PART.match(value):
        if int(m[1]) == 0:
            return None
        year, part = 1 - int(m[1]), m[2]
        if part in SEASONS:
            first, last = SEASONS[part]
            return Span("season", FarDay(year, first, 1), _far_month_end(year + (last < first), last))
        month = int(part)
        return (
            Span("month", FarDay(year, month, 1), _far_month_end(year, month)) if 1 <= month <= 12 else None
        )
    if m := _BC_DAY.match(value):  # "BC0216-08-02"
        year, month, day = 1 - int(m[1]), int(m[2]), int(m[3])
        if int(m[1]) == 0 or not 1 <= month <= 12 or not 1 <= day <= _far_month_end(year, month).day:
            return None
        return Span("day", FarDay(year, month, day), FarDay(year, month, day))
    if m := _BC_DECADE.match(value):  # "BC047": 479 to 470 BC
        last_bc = int(m[1]) * 10
        return (
            Span("decade", FarDay(1 - (last_bc + 9), 1, 1), FarDay(1 - last_bc, 12, 31)) if last_bc else None
        )
    if m := _BC_CENTURY.match(value):  # "BC04": 500 to 401 BC
        n = int(m[1]) + 1
        return Span("century", FarDay(1 - 100 * n, 1, 1), FarDay(1 - (100 * n - 99), 12, 31))
    return None


def ordinal(n: int) -> str:
    """1 → '1st', 22 → '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@lru_cache(maxsize=65536)
def display(value: str) -> str:
    """The value as a person reads it at its granularity: ``Sun 17 Aug 2025``, ``Jul 2025``,
    ``1990s``, ``Q4 2025``.  Values without a span are returned unchanged."""
    span = span_of(value)
    if span is None:
        return value
    s = span.start
    g = span.granularity
    if isinstance(s, FarDay):
        return _display_bc(value, s, g)
    if g == "day":
        return f"{s:%a} {s.day} {s:%b} {s.year}{_time_of_day(value)}"
    if g == "week":
        if value.endswith("-WE"):
            return f"weekend {s.day} {s:%b} {s.year}"
        return f"week of {s.day} {s:%b} {s.year}"
    if g == "month":
        return f"{s:%b} {s.year}"
    if g == "season":
        if value.endswith("WI"):  # a winter runs into the next year: say both
            return f"Winter {s.year}/{(s.year + 1) % 100:02d}"
        return f"{SEASON_NAMES[value[-2:]]} {value[:4]}"
    if g in ("quarter", "half"):
        return f"{value[-2:]} {value[:4]}"
    if g == "year":
        return str(int(value))
    if g == "decade":
        return f"{int(value) * 10}s"
    return f"{ordinal(int(value) + 1)} century"


#: The parts of a day TIMEX3 names, as a person reads them, and the minute of the day each is
#: ordered at among times of that day.
PARTS_OF_DAY: Final = {
    "MO": ("morning", 8 * 60),
    "MI": ("midday", 12 * 60),
    "AF": ("afternoon", 15 * 60),
    "DT": ("daytime", 12 * 60),
    "EV": ("evening", 19 * 60),
    "NI": ("night", 22 * 60),
}
_CLOCK: Final = compile_ascii(r"T(\d\d):(\d\d)")


def _time_in_day(value: str) -> tuple[str, int] | None:
    """The time a day's value gives, as a person reads it ("14:05", "night"), and the minute of
    the day it is ordered at; None for a day with no time."""
    if len(value) <= 10 or value[10] != "T":
        return None
    if m := _CLOCK.match(value, 10):
        return f"{m[1]}:{m[2]}", int(m[1]) * 60 + int(m[2])
    return PARTS_OF_DAY.get(value[11:13])


def _time_of_day(value: str) -> str:
    """The time a day's value gives, as a suffix of its label: " 14:05", " night"; else ""."""
    time = _time_in_day(value)
    return f" {time[0]}" if time else ""


def clock_of(value: str) -> tuple[int, int] | None:
    """The hour and minute of a value with a clock time ("2025-11-26T14:05" or "T14:05" → (14, 5);
    midnight at a day's end is (24, 0)); None for a day with no time or with a part of the day."""
    at = 0 if value[:1] == "T" else 10
    m = _CLOCK.match(value, at) if len(value) > at else None
    return (int(m[1]), int(m[2])) if m else None


def minute_of_day(value: str) -> int:
    """Where a day's value falls in its day, to order the times of one day: the minute of its
    clock time or part of the day; -1 for a day with no time."""
    time = _time_in_day(value)
    return time[1] if time else -1


def far_label(day: FarDay, granularity: str) -> str:
    """The day, month or year before year 1 that ``day`` falls in, as a person reads it: ``2 Aug
    216 BC``, ``Aug 216 BC``, ``216 BC`` (any other granularity: its year)."""
    if granularity == "day":
        return f"{day.day} {calendar.month_abbr[day.month]} {bc_year(day.year)} BC"
    if granularity == "month":
        return f"{calendar.month_abbr[day.month]} {bc_year(day.year)} BC"
    return f"{bc_year(day.year)} BC"


def _display_bc(value: str, s: FarDay, g: str) -> str:
    """A value before year 1 as a person reads it: ``480 BC``, ``Apr 480 BC``, ``470s BC``,
    ``2 Aug 216 BC``."""
    if g in ("day", "month"):
        return far_label(s, g)
    if g == "season":
        if value.endswith("WI"):  # December of one year BC, then the year after (one fewer BC)
            first = bc_year(s.year)
            return f"Winter {first}/{first - 1} BC" if first > 1 else "Winter 1 BC/AD 1"
        return f"{SEASON_NAMES[value[-2:]]} {bc_year(s.year)} BC"
    if g == "decade":
        return f"{int(value[2:]) * 10}s BC"
    if g == "century":
        return f"{ordinal(int(value[2:]) + 1)} century BC"
    return far_label(s, "year")


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (clamped to the month's end)."""
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def week_value(d: date) -> str:
    """ISO week value of a day, e.g. ``2025-W33``."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_value(d: date) -> str:
    """Quarter value of a day, e.g. ``2025-Q3``."""
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
