"""The words near which each rule can match: the engine runs a rule only in windows around them
(see ``scan``).  ``DIGIT`` stands for any number.  A rule missing here would never run, so a
test checks that every rule has its entry."""

from __future__ import annotations

from ..lexicon import DECADE_WORDS, MONTHS, WEEKDAYS
from ..scan import DIGIT, DIGIT4, DIGIT_TO, DIGITS_S


def _words(*groups: object) -> frozenset[str]:
    out: set[str] = set()
    for group in groups:
        out.update(str(w).lower() for w in (group.split() if isinstance(group, str) else group))  # type: ignore[union-attr]
    return frozenset(out)


_MONTH = _words(MONTHS)
_WEEKDAY = _words(WEEKDAYS, (f"{w}s" for w in WEEKDAYS))
_UNITS = _words(
    "day days week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries"
)
# the first word of each holiday name, or its most telling one where the first is common ("New Year's")
_HOLIDAY = _words(
    "christmas boxing valentine halloween bastille veterans armistice remembrance thanksgiving labor memorial election easter friday year day"
)

TRIGGERS: dict[str, frozenset[str]] = {
    "iso-date": _words(DIGIT4),
    "numeric-date": _words(DIGIT),
    "month-day-year": _MONTH,
    "day-month-year": _MONTH,
    "range": frozenset({DIGIT_TO}),
    "month-day": _MONTH,
    "day-month": _MONTH,
    "impossible-day": _MONTH,
    "month-year": _MONTH,
    "month-of-year": _words("year"),
    "month": _MONTH,
    "year": _words(DIGIT4),
    "era-year": _words("bc bce ad ce b"),
    "decade": _words(DIGITS_S, DECADE_WORDS),
    "century": _words("century centuries"),
    "season": _words("spring summer autumn fall winter"),
    "quarter": _words("quarter"),
    "quarter-code": _words(DIGIT),
    "relative-quarter": _words("quarter period"),
    "half": _words("half"),
    "today": _words("today yesterday tomorrow"),
    "part-of-day": _words("morning afternoon evening tonight night"),
    "weekday": _WEEKDAY,
    "relative-unit": _words("week weekend month year quarter decade century"),
    "the-weekend": _words("weekend"),
    "ago": _words("ago now hence"),
    "offset-later": _words("later earlier before after afterward afterwards previously"),
    "following-unit": _words("day week month year"),
    "present-ref": _words(
        "now currently present nowadays days moment recently recent past future coming ahead"
    ),
    "duration": _words(_UNITS, "hour hours minute minutes"),
    "set": _words("every each per daily weekly monthly quarterly annually yearly hourly"),
    "clock-time": _words(DIGIT, "noon midnight"),
    "holiday": _HOLIDAY,
    "spoken-year": _words("seventeen eighteen nineteen twenty thousand"),
    "reporting-year": _words("year month week"),
    "year-earlier": _words("year"),
}

VOCABULARY: frozenset[str] = frozenset().union(*TRIGGERS.values())
