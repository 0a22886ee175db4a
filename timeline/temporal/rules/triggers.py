"""The words near which each rule can match: the engine runs a rule only in windows around them
(see ``scan``).  Pseudo-words stand for numbers by their shape: ``DIGIT4`` for four digits,
``DIGIT_DATE`` for a number before a slash and another number, and so on.  A rule missing here would never run, so a
test checks that every rule has its entry, in ``TRIGGERS`` and in ``REACH``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from ..lexicon import DECADE_WORDS, MONTHS, WEEKDAYS
from ..scan import (
    DIGIT,
    DIGIT4,
    DIGIT4_DATE,
    DIGIT_CLOCK,
    DIGIT_CUT,
    DIGIT_DATE,
    DIGIT_NO_DAY,
    DIGIT_Q,
    DIGIT_TO,
    DIGITS_S,
)
from .calendar import DAY_WORDS
from .named import HOLIDAYS


def _words(*groups: str | Iterable[object]) -> frozenset[str]:
    out: set[str] = set()
    for group in groups:
        out.update(str(w).lower() for w in (group.split() if isinstance(group, str) else group))
    return frozenset(out)


_MONTH: Final = _words(MONTHS)
_WEEKDAY: Final = _words(WEEKDAYS, (f"{w}s" for w in WEEKDAYS))
_UNITS: Final = _words(
    "day days week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries"
)
#: The first word of each holiday's name ("new" of "New Year's", "st" of "St. Patrick's Day"),
#: which the holiday rule wants capitalised (see ``CAPITALISED``).
_HOLIDAY: Final = _words(re.match(r"[a-z]+", name).group() for name in HOLIDAYS)  # type: ignore[union-attr]
#: ... and what a holiday's name holds besides its first word ("year" of "New Year's", "day" of
#: "Father's Day"), or the name itself if it is one word ("Christmas"): "New York" is no holiday.
#: ("of" of "Fourth of July" left out: the index would have to note every "of" of a text, and
#: "july" is there.)
#: (Not a first word of another name: "new" of "Lunar New Year" would let every "New York" through,
#: and "year" is there.)
_HOLIDAY_REST: Final = _words(
    *(
        word
        for name in HOLIDAYS
        for word in re.findall(r"[a-z]{2,}", name)[1:]
        if word != "of" and word not in _HOLIDAY
    ),
    *(name for name in HOLIDAYS if name.isalpha()),
)

TRIGGERS: Final[dict[str, frozenset[str]]] = {
    "iso-date": _words(DIGIT4_DATE),
    "numeric-date": _words(DIGIT_DATE),
    "month-day-year": _MONTH,
    "day-month-year": _MONTH,
    "range": frozenset({DIGIT_TO}),
    "month-day": _MONTH,
    "day-month": _MONTH,
    "impossible-day": _MONTH,
    "spoken-day": _MONTH,
    "edge-day-of-month": _words("day"),
    "day-of-month": _words("st nd rd th"),
    "weekday-day": _words("st nd rd th"),
    "day-of-relative-month": _words("month"),
    "week-of": _words("week weekend"),  # the suffix of "12th" is a word of its own to the index
    "week-of-month": _words("week weekend"),
    "iso-week": _words("w week wk kw cw"),  # "2024-W10": the letter is a word of its own to the index
    "nine-eleven": frozenset({DIGIT_DATE}),
    "war-day": _words("d ve vj"),  # "D-Day", "VE Day": the rarer word
    "part-of-day-of": _words("morning afternoon evening night hours"),
    "nth-weekday": _WEEKDAY,
    "month-year": _MONTH,
    "month-of-year": _words("year"),
    "month": _MONTH,
    "year": _words(DIGIT4),
    "era-year": _words("bc bce ad ce b d"),  # "B.C.", "A.D.": the letters are words to the index
    "era-part": _words("bc bce b"),
    "fiscal-year-short": _words("fy cy fiscal"),
    "cut-year": frozenset({DIGIT_CUT}),
    "decade": _words(DIGITS_S, DECADE_WORDS),
    "century": _words("century centuries"),
    "decade-of-century": _words("decade"),
    "season": _words("spring summer autumn fall winter"),
    "seasons-ago": _words("springs summers autumns falls winters"),
    "quarter": _words("quarter"),
    "quarter-code": _words(DIGIT_Q, "q h"),  # "Q4", "H1 2024"; "4Q", "1H25"
    "month-quarter": _words("quarter period"),
    "relative-quarter": _words("quarter period"),
    "half": _words("half"),
    "months-of-year": _words("months"),
    "unit-before-last": _words("last next"),
    "today": _words("today yesterday tomorrow"),
    "part-of-day": _words("morning afternoon evening tonight night overnight"),
    "weekday": _WEEKDAY,
    "from-weekday": _WEEKDAY,
    "clock-weekday": _WEEKDAY,
    "weekday-beyond": _WEEKDAY,
    "relative-unit": _words("week weekend fortnight month year quarter decade century"),
    "elliptical-unit": _words("next last"),
    "the-weekend": _words("weekend"),
    "ago": _words("ago now today hence time back"),
    "this-time": _words("time"),
    "offset-later": _words("later earlier before after afterward afterwards previously"),
    "following-unit": _words("day week weekend month year decade century"),
    "same-last-year": _words("day week weekend month quarter period"),
    "the-other-day": _words("other"),
    "time-adjective": _words("current recent future"),
    "present-ref": _words(
        "now currently present nowadays days moment recently recent past future coming ahead come soon"
        " term date stage"
    ),
    "duration": _words(_UNITS, "hour hours minute minutes"),
    "unit-fraction": _words("year decade century"),
    "set": _words("every each per daily weekly monthly quarterly annually yearly hourly once twice thrice times"),
    "clock-time": _words(DIGIT_CLOCK, "noon midday midnight gmt utc clock"),
    "holiday": _HOLIDAY,
    "spoken-year": _words("seventeen eighteen nineteen twenty thousand"),
    "reporting-year": _words("year month week day decade century millennium midyear midmonth midweek"),
    "year-earlier": _words("year"),
    "the-year": _words("year week month day"),
    "fiscal-noun": _words("fiscal"),
}

#: How far a rule's match can start before one of its trigger words and end after it, in
#: characters, with whatever its look-aheads read: the longest words of its pattern with single
#: spaces ("the beginning of " before a month, ", 2023" after it), plus a margin.  A window no
#: wider than that is all the text the rule's pattern is tried on; a narrow window is what keeps
#: the engine fast, a too-narrow one loses the start or end of a match (a test holds every
#: example of every rule to its window).
REACH: Final[dict[str, tuple[int, int]]] = {
    "iso-date": (2, 32),  # 2023-10-07T14:30:00.123+05:30
    "numeric-date": (12, 12),  # Wednesday, | 10/07/2023
    "month-day-year": (18, 18),  # Wednesday, | Sept. 30th, 2023
    "day-month-year": (30, 12),  # Wednesday, the 31st day of | Sept., 2023
    "range": (14, 40),  # September 3 | to 5, 2024; the 22 | nd - the 25th of September, 1951
    "month-day": (16, 12),  # Wednesday, | Sept. 31st
    "day-month": (30, 6),  # Wednesday, the 31st day of | Sept.
    "impossible-day": (16, 14),  # the 45th of | May; May | 45th
    # the twenty-seventh of | September, 1950; Wednesday, | September | the twenty-seventh, 1950
    "spoken-day": (26, 30),
    "edge-day-of-month": (26, 28),  # the closing business | day | of September, 2023
    "week-of": (4, 40),  # the | weekend | of September 30th, 2024
    "part-of-day-of": (
        26,
        44,
    ),  # early in the late | night | of Wednesday, September 30th, 1998; the early morning | hours
    "nine-eleven": (1, 6),  # | 9 | /11
    "war-day": (2, 8),  # | VE | Day
    "week-of-month": (16, 28),  # the fourth | week | of September, 2023
    "iso-week": (8, 22),  # 2024- | W | 10-3; calendar | week | 10 of 2024
    "nth-weekday": (16, 28),  # the second | Tuesday | of September, 2023
    "day-of-month": (8, 12),  # the 31 | st | until
    "weekday-day": (18, 14),  # Wednesday, the 31 | st | of September
    "day-of-relative-month": (30, 8),  # the twenty-seventh of next | month
    "month-year": (24, 16),  # the beginning of | September, of 2023
    "month-of-year": (52, 8),  # the beginning of September 30th, of next | year | earlier
    "month": (28, 8),  # the closing months of last | September
    "year": (24, 12),  # the earlier part of | 1998 | percent
    "era-year": (14, 10),  # circa 1234 | B.C.E.; AD | 1234
    "era-part": (44, 4),  # the end of the twenty-first century | B.C.E.
    "fiscal-year-short": (2, 14),  # FY | '24; fiscal | year '24
    "cut-year": (2, 4),  # ' | 87 | s
    "decade": (28, 6),  # the the end of | 1990 | 's
    "century": (40, 4),  # the beginning of the twenty-first | century
    "decade-of-century": (20, 40),  # the seventh | decade | of the twenty-first century
    "season": (36, 26),  # the the beginning of this coming | summer | of the preceding year
    "seasons-ago": (24, 4),  # twenty-five | winters | ago
    "quarter": (30, 30),  # last year's fourth | quarter | of the current year 2023
    "quarter-code": (30, 16),  # the beginning of | FY2025 | Q | 4 |  next year
    "month-quarter": (30, 14),  # the January - September | quarter | of last year
    "relative-quarter": (30, 4),  # the comparable year-ago | quarter
    "half": (20, 44),  # 2025's second | half | of September, 2024; half | (April-September) of fiscal 2026
    "months-of-year": (20, 30),  # the final three | months | of the current year 2024
    "unit-before-last": (26, 4),  # the weekend after | next
    "today": (24, 14),  # the day after | tomorrow | afternoon
    "part-of-day": (20, 8),  # the following | morning; the | night before,
    "weekday": (24, 30),  # earlier the previous | Monday | s afternoon of next week
    "from-weekday": (52, 4),  # twenty-seven and a half weeks from next | Monday
    "clock-weekday": (22, 4),  # 12:30 p.m. EDT | Monday
    "weekday-beyond": (8, 16),  # three | Sundays | ago; the | Wednesday | before last
    "elliptical-unit": (24, 6),  # current quarter and | next | and
    "relative-unit": (40, 4),  # the closing months of the previous | year
    "the-weekend": (8, 4),  # the | weekend
    "ago": (40, 16),  # a couple of centuries or so | ago | this month
    "this-time": (14, 16),  # the same | time | next year
    "offset-later": (40, 4),  # twenty-seven and a half centuries or so | later
    "following-unit": (24, 22),  # later that same | day; the | day | before yesterday
    "same-last-year": (10, 18),  # the same | quarter | a year earlier
    "the-other-day": (4, 10),  # the | other |  day
    "present-ref": (14, 24),  # at the | moment; the | past | a couple of years
    "time-adjective": (2, 14),  # | current | account
    "duration": (30, 14),  # the previous twenty-seven | year | -long; a | year | and a half
    "unit-fraction": (30, 14),  # the previous quarter of a | century; the past | year | and a half
    "set": (10, 24),  # every | Wednesday afternoon; several | times a year
    "clock-time": (10, 10),  # 1035 | GMT; 10 | :35 a.m.; twelve o' | clock
    "holiday": (24, 40),  # the day after next | martin luther king jr. day 2026 weekend
    "spoken-year": (36, 36),  # the autumn of the year two | thousand; nineteen | hundred and ninety-nine
    "reporting-year": (26, 4),  # the beginning of the | year
    "year-earlier": (2, 20),  # year | -earlier period
    "the-year": (4, 50),  # the | week | and down 11.5% over the month
    "fiscal-noun": (14, 14),  # the previous | fiscal | compared
}

#: What every match of some rules holds besides its trigger word, as words or pseudo-words of the
#: trigger index: the rule runs only in the windows around the occurrences of its trigger words
#: with one of these near them (within the rule's reach), and skips the rest.  A month word
#: that reads a day or a year needs a number ("July 28", "28 July 2023"; not "in March, talks
#: resumed"); what counts from a weekday or back from now needs a unit of time ("a week from
#: Friday", "two weeks later", not "on Friday"); a day in words needs an ordinal ("the first of
#: April").  A test checks that every match of these rules, in the examples of all rules, holds
#: what it needs.
_NUMBER: Final = frozenset({DIGIT})
#: A year in figures, four digits or two after an apostrophe ("July 2025", "Aug '24").
_YEAR_NUMBER: Final = frozenset({DIGIT4, DIGIT_CUT})
_ORDINAL_WORDS: Final = _words(word.split("-")[-1] for word in DAY_WORDS)
_NTH: Final = _words("first second third fourth last final st nd rd th")
NEEDS: Final[dict[str, frozenset[str]]] = {
    "elliptical-unit": _words("year month week quarter"),  # "this year and next"
    "month-day-year": _YEAR_NUMBER,
    "day-month-year": _NUMBER,
    "month-day": _NUMBER,
    "day-month": _NUMBER,
    "impossible-day": frozenset({DIGIT_NO_DAY}),  # "the 45th of May": a number of 32 to 99
    "month-year": _YEAR_NUMBER,
    "week-of": _NUMBER | _words("monday tuesday wednesday thursday friday saturday sunday"),  # "ended Sunday"
    "iso-week": _YEAR_NUMBER,
    "day-of-month": _NUMBER,
    "era-year": _NUMBER,
    "from-weekday": _UNITS,
    "nth-weekday": _NTH,
    "spoken-day": _ORDINAL_WORDS,
    "edge-day-of-month": _words("first last final closing opening"),
    "offset-later": _UNITS | _words("hours"),
    "ago": _UNITS,
    "following-unit": _words("following next previous preceding prior same that before after earlier"),
    "relative-unit": _words("last next this coming past previous current"),
    "same-last-year": _words("same"),
    "month-of-year": _MONTH,
    "week-of-month": _NTH,
    "weekday-day": _WEEKDAY | _words("mon tue tues wed thu thur thurs fri sat sun"),  # "Tue 5th"
    "day-of-relative-month": _NUMBER | _ORDINAL_WORDS,
    "reporting-year": _words(
        "full fiscal financial end beginning start turn middle part earlier later early late new mid"
        " final closing last first opening dying midyear midmonth midweek half"
    ),
    "weekday-beyond": _words("last next ago"),
    "unit-before-last": _words("before after"),
    "clock-weekday": frozenset({DIGIT_CLOCK}) | _words("noon midday midnight"),
    "the-other-day": _words("day"),
    "month-quarter": _MONTH,
    "holiday": _HOLIDAY_REST,
    "year-earlier": _words("earlier ago"),
}

VOCABULARY: Final[frozenset[str]] = frozenset().union(*TRIGGERS.values(), *NEEDS.values())

#: Rules whose matches open with a trigger word written with a capital, or with a few words
#: before one ("last Christmas", "Father's Day", "New Year's"): they skip the windows around
#: "father", "mother" and "new" written in lower case.  A test writes every holiday name in
#: three ways.
CAPITALISED: Final[frozenset[str]] = frozenset({"holiday"})
