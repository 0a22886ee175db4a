"""Calendar dates, whole or partial: "October 7, 2023", "7 Oct 2023", "2023-10-07", "July 28",
"July 2025", "in May", "the week of March 6" (years alone, decades and centuries: ``years``)."""

from __future__ import annotations

import re

from ..expressions import Expr
from ..lexicon import (
    DAY_RE,
    FULL_MONTH_RE,
    FULL_WEEKDAY_RE,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    YEAR_RE,
    month_number,
    weekday_number,
)
from ..sentences import ABBREVIATIONS
from .base import (
    _MOD_RE,
    _PARTS_OF_DAY,
    _YEAR_END,
    _capitalised,
    _day,
    _mod,
    _month_ok,
    _year,
    next_word,
    prev_word,
    rule,
)

# --- full calendar dates ----------------------------------------------------------------------


@rule(
    "iso-date",
    r"\b(?P<y>\d{4})([-/.])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b",
    ("Released 2023-10-07 at noon.", "2023-10-07", "2023-10-07"),
    ("Logged 2024-02-29T14:30Z.", "2024-02-29T14:30Z", "2024-02-29T14:30"),
    ("Published on 2024.03.13.", "2024.03.13", "2024-03-13"),
)
def _iso(m: re.Match[str], text: str) -> Expr | None:
    if m["h"]:
        return Expr("fixed", "TIME", value=f"{m['y']}-{m['m']}-{m['d']}T{m['h']}:{m['mi']}")
    return Expr("calendar", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))


@rule(
    "numeric-date",
    r"(?<![\d/.-])(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2(?P<y>\d{4}|\d{2})(?![\d/.-]\d)",
    ("Filed on 10/07/2023.", "10/07/2023", "2023-10-07"),
    ("Dated 25/12/2024 in London", "25/12/2024", "2024-12-25"),
    ("Berlin, 05.03.2024: the court ruled", "05.03.2024", "2024-03-05"),
)
def _numeric(m: re.Match[str], text: str) -> Expr | None:
    a, b = int(m["a"]), int(m["b"])
    if m[2] == "." and len(m["y"]) == 2:
        return None  # 1.5.24 is more likely a version number than a date
    if m[2] == ".":  # 05.03.2024: day first, wherever dates are written with dots
        month, day = (b, a) if b <= 12 else (a, b)
        ambiguous = False
    else:  # month first unless that is impossible; the day-first option swaps in the engine
        month, day = (a, b) if a <= 12 else (b, a)
        ambiguous = a <= 12 and b <= 12
    if month > 12 or day > 31 or month == 0 or day == 0:
        return None
    return Expr("calendar", year=_year(m["y"]), month=month, day=day, mod="numeric" if ambiguous else None)


@rule(
    "month-day-year",
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE}),?\s*(?P<year>{YEAR_RE}|['’]\d\d){_YEAR_END}",
    ("since October 7, 2023, when", "October 7, 2023", "2023-10-07"),
    ("on Oct. 7, 2023.", "Oct. 7, 2023", "2023-10-07"),
    ("Oct 7 2023", "Oct 7 2023", "2023-10-07"),
    ("from Sept 8, 2021", "Sept 8, 2021", "2021-09-08"),
    ("the June 4, 1967, borders", "June 4, 1967", "1967-06-04"),
)
def _mdy(m: re.Match[str], text: str) -> Expr | None:
    if not _month_ok(m["month"], True):
        return None
    return Expr("calendar", year=_year(m["year"]), month=month_number(m["month"]), day=_day(m["day"]))


@rule(
    "day-month-year",
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY_RE})(?:\s+(?:of\s+)?(?P<month>{MONTH_RE}),?\s+(?P<year>{YEAR_RE})"
    rf"|-(?P<month2>{MONTH_RE})-(?P<year2>{YEAR_RE}|\d\d)){_YEAR_END}",
    ("on 7 October 2023 at dawn", "7 October 2023", "2023-10-07"),
    ("Filed 12-Mar-2024.", "12-Mar-2024", "2024-03-12"),
    ("the 4th of July 1776", "the 4th of July 1776", "1776-07-04"),
)
def _dmy(m: re.Match[str], text: str) -> Expr | None:
    month = m["month"] or m["month2"]
    if not _month_ok(month, True) or (m["month2"] and "." in month):
        return None
    return Expr(
        "calendar", year=_year(m["year"] or m["year2"]), month=month_number(month), day=_day(m["day"])
    )


# --- ranges: each end is its own date --------------------------------------------------------

_TO = r"\s*(?:-|–|—|and|to|through|or|until)\s*"
_BEFORE_SECOND = re.compile(
    rf"(?:\b(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE}){_TO}|(?<![\d/.-])(?P<year>{YEAR_RE})(?:{_TO}|(?P<slash>/)))$",
    re.IGNORECASE,
)
#: Words after a number that make it a count, not the second day of a range ("May 4 and 5 people").
_COUNT_AFTER = frozenset("people men women children times percent per points others more of".split())


@rule(
    "range",
    # the first day, whose month (and year) follow the second: "22-25 April 1951"
    rf"\b(?=\d|the\s)(?:the\s+)?(?P<d1>{DAY_RE})(?={_TO}(?:the\s+)?(?P<e1>{DAY_RE})\s+(?:of\s+)?(?P<m1>{MONTH_RE})\b(?:,?\s+(?P<y1>{YEAR_RE}){_YEAR_END})?)"
    # the first day, whose year follows the second: "May 3 to 5, 2024"
    rf"|\b(?=[JFMASOND])(?P<m2>{MONTH_RE})\s*(?P<d2>{DAY_RE})(?={_TO}(?P<e2>{DAY_RE}),?\s+(?P<y2>{YEAR_RE}){_YEAR_END})"
    # the second day or year, whose month or century came with the first: "May 4 and 5", "1915-16"
    r"|(?=\d)(?:(?<=\d-)|(?<=\d–)|(?<=\d\d/)|(?<=\d and )|(?<=\d to )|(?<=\d or )|(?<=\d through ))(?P<n>\d{1,2})\b(?![-–/.:,]?\d|%)"
    rf"(?:,?\s+(?P<ny>{YEAR_RE}){_YEAR_END})?",
    ("the Battle of the Imjin River (22-25 April 1951)", "22", "1951-04-22"),
    ("breaching them on the 28 and 29 August", "the 28", "2025-08-28"),
    ("from the 13th to the 19th of October 1950", "the 13th", "1950-10-13"),
    ("held from May 3 to 5, 2024, in Rome", "May 3", "2024-05-03"),
    ("held from May 3 to 5, 2024, in Rome", "5, 2024", "2024-05-05"),
    ("Surrendering on May 4 and 5 were", "5", "2025-05-05"),
    ("the summit on April 24-25.", "25", "2025-04-25"),
    ("the Siege of Kut (1915-16)", "16", "1916"),
    ("the 1999-2000 season", "2000", "2000"),
    ("In the 2022/23 financial year", "23", "2023"),
    ("a 2022/24 plan", "24", None),
    ("on May 4 and 5 people were hurt", "5", None),
    ("on May 4 and 5 times more", "5", None),
    ("between 25 and 20 May", "25", None),
    ("the score was 21-14 on May 4", "14", None),
)
def _range(m: re.Match[str], text: str) -> Expr | None:
    if m["n"] is None:
        month = m["m1"] or m["m2"]
        if not _capitalised(month):
            return None
        year = m["y1"] or m["y2"]
        first = m["d1"] or m["d2"]
        if first is not None:
            if not _day(first) < _day(m["e1"] or m["e2"]):
                return None
        return Expr(
            "calendar",
            year=int(year) if year else None,
            month=month_number(month),
            day=_day(first) if first else None,
        )
    before = _BEFORE_SECOND.search(text, max(0, m.start() - 24), m.start())
    n = int(m["n"])
    if before is None or next_word(text, m.end()) in _COUNT_AFTER:
        return None
    if before["year"]:
        if m["ny"]:
            return None  # "1915-16 1917": no range of years
        year = int(before["year"])
        if not year % 100 < n or (before["slash"] and n != (year + 1) % 100):
            return None  # "2022/23" names one financial or school year, "2022/24" none
        return Expr("calendar", year=year - year % 100 + n)
    if not (_capitalised(before["month"]) and _day(before["day"]) < n <= 31):
        return None
    return Expr(
        "calendar", year=int(m["ny"]) if m["ny"] else None, month=month_number(before["month"]), day=n
    )


# --- partial calendar dates -------------------------------------------------------------------

#: A weekday before a date, after it a comma or, in wire copy, the date in brackets ("on Wednesday
#: (Jan. 23)"); ``_CLOSE_PAREN`` then closes the brackets.
_WEEKDAY_BEFORE = rf"(?:(?P<wd>{WEEKDAY_RE})(?:,?\s+|\s*(?P<paren>\()\s*))?"
_CLOSE_PAREN = r"(?(paren)\s*\))"


@rule(
    "month-day",
    rf"\b{_WEEKDAY_BEFORE}(?P<month>{MONTH_RE})\s*(?:the\s+(?=\d+(?:st|nd|rd|th)))?(?P<day>{DAY_RE})\b(?![.,]?\d|:\d){_CLOSE_PAREN}",
    ("which was held in New York on July 28 under", "July 28", "2025-07-28"),
    ("Ministers met on Wednesday (Aug. 13) in Cairo", "Wednesday (Aug. 13)", "2025-08-13"),
    ("Cairo, Aug 18 (IANS)", "Aug 18", "2025-08-18"),
    ("The parade is on March the 17th.", "March the 17th", "2026-03-17"),
    ("The vote will be held on Sept. 2.", "Sept. 2", "2025-09-02"),
    ("an editorial on Thursday, Aug. 14: the court", "Thursday, Aug. 14", "2025-08-14"),
    ("The meeting is set for Monday, Oct. 27, officials said.", "Monday, Oct. 27", "2025-10-27"),
)
def _md(m: re.Match[str], text: str) -> Expr | None:
    if not _month_ok(m["month"], False):
        return None
    if m["month"].lower() == "may" and prev_word(text, m.start()) in _NAME_BEFORE_MAY:
        return None
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    return Expr("calendar", month=month_number(m["month"]), day=_day(m["day"]), weekday=weekday)


_NAME_BEFORE_MAY = frozenset({"theresa", "mrs", "ms", "mr", "brian", "elaine", "rollo"})


@rule(
    "day-month",
    rf"\b{_WEEKDAY_BEFORE}(?:the\s+)?(?P<day>{DAY_RE})\s+(?:of\s+)?(?P<month>{MONTH_RE})\b{_CLOSE_PAREN}",
    ("signed on 28 July in Paris", "28 July", "2025-07-28"),
    ("Ministers met on Wednesday (13 August) in Cairo", "Wednesday (13 August)", "2025-08-13"),
)
def _dm(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]):
        return None
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    return Expr("calendar", month=month_number(m["month"]), day=_day(m["day"]), weekday=weekday)


@rule(
    "part-of-day-of",
    r"\b(?:early\s+in\s+)?the\s+(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night)\s+of\s+"
    rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})\b(?!:\d)"
    rf"|(?:the\s+)?(?P<day2>{DAY_RE})\s+(?:of\s+)?(?P<month2>{MONTH_RE})\b)"
    rf"(?:,?\s*(?P<year>{YEAR_RE}){_YEAR_END})?",
    ("On the night of April 18, 1775, Gage marched.", "the night of April 18, 1775", "1775-04-18TNI"),
    (
        "early in the morning of 29 April 1975 the evacuation",
        "early in the morning of 29 April 1975",
        "1975-04-29TMO",
    ),
    ("He was shot on the night of Friday, Aug. 15.", "the night of Friday, Aug. 15", "2025-08-15TNI"),
)
def _part_of_day_of(m: re.Match[str], text: str) -> Expr | None:
    """ "the night of April 18": that part of that day (a TIME, as TimeML has it)."""
    month = m["month"] or m["month2"]
    if not _month_ok(month, bool(m["year"])) or (m["month2"] and not _capitalised(month)):
        return None
    return Expr(
        "calendar",
        "TIME",
        year=_year(m["year"]) if m["year"] else None,
        month=month_number(month),
        day=_day(m["day"] or m["day2"]),
        weekday=weekday_number(m["wd"]) if m["wd"] else None,
        part=_PARTS_OF_DAY[m["pod"].lower()],
    )


@rule(
    "week-of",
    rf"\bthe\s+(?P<unit>week|weekend)\s+of\s+(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})\b(?:,?\s+(?P<year>{YEAR_RE})\b)?(?!,?\s*\d|:\d)",
    ("talks will be held the week of March 6", "the week of March 6", "2026-W10"),
    (
        "Fans arrived the weekend of September 28th, 2024.",
        "the weekend of September 28th, 2024",
        "2024-W39-WE",
    ),
    ("The season ends on the weekend of May 24.", "the weekend of May 24", "2026-W21-WE"),
)
def _week_of(m: re.Match[str], text: str) -> Expr | None:
    """ "the week of March 6", "the weekend of May 24": the week (or weekend) that day falls in."""
    if not _month_ok(m["month"], False):
        return None
    year = _year(m["year"]) if m["year"] else None
    return Expr(
        "calendar", year=year, month=month_number(m["month"]), day=_day(m["day"]), unit=m["unit"].lower()
    )


#: The middle day of each week of a month ("the second week of May": the week of May 11).
_WEEK_OF_MONTH = {
    "first": 4,
    "1st": 4,
    "second": 11,
    "2nd": 11,
    "third": 18,
    "3rd": 18,
    "fourth": 25,
    "4th": 25,
}


@rule(
    "week-of-month",
    rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+week\s+of\s+"
    rf"(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}){_YEAR_END})?",
    ("Stocks rallied in the first week of April.", "the first week of April", "2025-W14"),
    ("in the last week of June 2024", "the last week of June 2024", "2024-W26"),
    ("It will report in the first week of July.", "the first week of July", "2026-W27"),  # not "July."
)
def _week_of_month(m: re.Match[str], text: str) -> Expr | None:
    """ "the first week of April": the week of its middle day (April 4)."""
    if not _month_ok(m["month"], False):
        return None
    month = month_number(m["month"])
    nth = m["nth"].lower()
    day = _WEEK_OF_MONTH.get(nth) or (25 if month == 2 else 27 if month in (4, 6, 9, 11) else 28)
    return Expr("calendar", year=int(m["year"]) if m["year"] else None, month=month, day=day, unit="week")


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


@rule(
    "nth-weekday",
    rf"\bthe\s+(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?P<wd>{FULL_WEEKDAY_RE})\s+"
    rf"(?:in|of)\s+(?P<month>{MONTH_RE})\b(?:,?\s+(?P<year>{YEAR_RE}){_YEAR_END})?",
    ("The clocks go forward on the last Sunday in March.", "the last Sunday in March", "2025-03-30"),
    (
        "Thanksgiving is the fourth Thursday of November 2024",
        "the fourth Thursday of November 2024",
        "2024-11-28",
    ),
    ("the primaries on the first Tuesday in March", "the first Tuesday in March", "2025-03-04"),
)
def _nth_weekday(m: re.Match[str], text: str) -> Expr | None:
    """ "the last Sunday in March": that day of that month, in the year the month is in."""
    if not _month_ok(m["month"], bool(m["year"])):
        return None
    return Expr(
        "calendar",
        year=int(m["year"]) if m["year"] else None,
        month=month_number(m["month"]),
        weekday=weekday_number(m["wd"]),
        n=_NTH.get(m["nth"].lower(), -1),
        unit="nth-weekday",
    )


#: Words before "the 12th" that make it a day of the month, not a rank ("the 7th seed").
_DAY_OF_MONTH_BEFORE = frozenset("on by until till from since before after through between to".split())


@rule(
    "day-of-month",
    r"\bthe\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=[^\S\n]*(?:[,.;:)!?]|\n|$|(?:and|or|to|through|when|after|before|but|at|as|with|until)\b))",
    ("Talks began on March 3 and ended on the 12th.", "the 12th", "2025-03-12"),
    ("Talks began on March 28 and ended on the 3rd, when", "the 3rd", "2025-04-03"),
    ("The fleet docked on the 7th. It left", "the 7th", "2025-08-07"),
    ("rooms on the 7th floor", "the 7th", None),
    ("finished the 7th, behind", "the 7th", None),
)
def _day_of_month(m: re.Match[str], text: str) -> Expr | None:
    """A day written without its month ("on the 12th"): the month under discussion."""
    if prev_word(text, m.start()) not in _DAY_OF_MONTH_BEFORE:
        return None
    return Expr("calendar", day=_day(m["day"]))


@rule(
    "impossible-day",
    rf"\b(?:the\s+)?(?P<day>3[2-9]|[4-9][0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})\b"
    rf"|\b(?P<month2>{MONTH_RE})\.?\s+(?P<day2>3[2-9]|[4-9][0-9])(?:st|nd|rd|th)?\b(?!,?\s*\d)",
    ("They met on the 45th of May.", "the 45th of May", None),
    ("due on February 30th", "February 30th", None),
)
def _impossible_day(m: re.Match[str], text: str) -> Expr | None:
    """A day no month has: no date at all (and not the month alone either)."""
    month = m["month"] or m["month2"]
    if not _capitalised(month):
        return None
    day = int(m["day"] or m["day2"])
    if m["month2"] and day >= 32 and not re.search(r"(?:st|nd|rd|th)$", m.group()):
        return None  # "May 45" may be a count ("in May 45 people died"): leave it to other rules
    return Expr("fixed", value="")


@rule(
    "month-year",
    rf"\b{_MOD_RE}(?P<month>{MONTH_RE}),?\s+(?:of\s+)?(?P<year>{YEAR_RE}){_YEAR_END}",
    ("prices in July 2025 rose", "July 2025", "2025-07"),
    ("until the end of March 2020", "the end of March 2020", "2020-03"),
)
def _my(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]):
        return None
    return Expr("calendar", year=int(m["year"]), month=month_number(m["month"]), mod=_mod(m["mod"]))


@rule(
    "month-of-year",
    rf"\b(?:(?:the\s+)?(?P<dfirst>{DAY_RE})\s+(?:of\s+)?|{_MOD_RE})(?P<month>{MONTH_RE})(?:\s*(?P<day>{DAY_RE}))?,?\s+(?:of\s+)?"
    r"(?:(?P<rel>this|last|next)|(?P<story>that|the\s+same|the\s+following|the\s+next|the\s+previous))\s+year\b",
    ("In July last year in Phnom Penh", "July last year", "2024-07"),
    ("Easter falls on 20 April this year.", "20 April this year", "2025-04-20"),
    ("began in February this year with Canada", "February this year", "2025-02"),
    ("the vote on March 3 next year", "March 3 next year", "2026-03-03"),
    ("until the end of May last year", "the end of May last year", "2024-05"),
    ("In 1792 the king fled. In August of that year, the monarchy fell.", "August of that year", "1792-08"),
    (
        "Talks began in 1950; on January 24 of the following year",
        "January 24 of the following year",
        "1951-01-24",
    ),
)
def _month_of_year(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]) or (m["dfirst"] and m["day"]):
        return None
    day = _day(m["day"] or m["dfirst"]) if m["day"] or m["dfirst"] else None
    if m["story"]:  # "August of that year": the year the story is in
        n = {"following": 1, "next": 1, "previous": -1}.get(m["story"].split()[-1].lower(), 0)
        return Expr(
            "calendar", month=month_number(m["month"]), day=day, rel="story-year", n=n, mod=_mod(m["mod"])
        )
    n = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Expr("calendar", month=month_number(m["month"]), day=day, rel="year", n=n, mod=_mod(m["mod"]))


_AS_EARLY_AS = re.compile(r"\b(?:early|late|soon)\s+as\s+$", re.IGNORECASE)
_POSSESSIVE = ("'s ", "’s ")  # "November's election"
_MONTH_CONTEXT = frozenset(
    "in since until till by from to through throughout during before after between and or of "
    "early late mid last next this end beginning for into each".split()
)
#: Before these, a month word is a date only when it is no name ("the May government").
#: A capitalised word after a month that opens a sentence makes it a name ("the February
#: Revolution" is dated by its month, as TimeML has it).
_NAME_AFTER = re.compile(r"[^\S\n]+(?!(?:The|A|An|In|On|At|By|And|But)\b)[A-Z][a-z]")
_MARCHING = frozenset("to on against through across toward towards into".split())
_MONTH_CONTEXT_BUT_MAY = frozenset("the its their his her our your a an".split())
#: What may stand before a month that opens a sentence, a quote or a line ("December was hard").
_OPENING = re.compile(r"(?:^|[\n\"“‘'(?!:;])[^\S\n]*$")


def _after_a_sentence_end(word: str) -> bool:
    """Whether the word before a month ends a sentence ("... inevitable. September saw")."""
    return word.endswith(".") and len(word.strip(".")) > 3 and word.strip(".") not in ABBREVIATIONS


def _opens(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` open the text, a line, a quote or a sentence ended by "?"."""
    return _OPENING.search(text, max(0, pos - 8), pos) is not None


@rule(
    "month",
    rf"\b(?:(?P<rel>last|next|this|that|coming|past|the\s+(?:previous|preceding|following))\s+|{_MOD_RE})(?P<month>{FULL_MONTH_RE})\b(?![^\S\n]*\n?[^\S\n]*\d)",
    ("Talks resumed in May after", "May", "2025-05"),
    ("prices fell in mid-July", "mid-July", "2025-07"),
    ("rates will be cut by end-March", "end-March", "2026-03"),
    ("November's election", "November", "2025-11"),
    ("a cut could come as early as May", "May", "2025-05"),
    ("the data for January-March show", "March", "2025-03"),
    ("elections last November", "last November", "2024-11"),
    ("Talks failed in May 2023; the previous April, fighting began", "the previous April", "2023-04"),
    ("They met in May 2023 and again the following March.", "the following March", "2024-03"),
    ("He joined in 2019. The following March, he quit.", "The following March", "2020-03"),
    ("The firm was founded in 2009. That May, it hired its first worker.", "That May", "2009-05"),
    ("the talks will resume in December", "December", "2025-12"),
    ("the Pusan Perimeter (August-September 1950)", "August", "1950-08"),
    ("in March and April 1918", "March", "1918-03"),
    ("The talks stalled. September saw a truce.", "September", "2025-09"),
    ('"December was tough," she said.', "December", "2024-12"),
    ("Sales beat its November guidance.", "November", "2024-11"),
    ('his "March to the Sea" and the March on Rome', "March", None),
    ("June Carter sang. April Ryan asked.", "June", None),
    ("The talks failed. April Ryan asked why.", "April", None),
    ("Did it work? March showed it did.", "March", "2025-03"),
    ("after the February Revolution", "February", "2025-02"),
    ("as Theresa May said. May the talks succeed.", "May", None),
    ("the May government fell", "May", None),
)
def _month(m: re.Match[str], text: str) -> Expr | None:
    word = m["month"]
    if not _capitalised(word):
        return None
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else None
    if not rel and (until := _MONTH_TO_YEAR.match(text, m.end())):
        return Expr("calendar", year=int(until["year"]), month=month_number(word), mod=_mod(m["mod"]))
    if not (rel or m["mod"]) and not (word != "May" and text.startswith(_POSSESSIVE, m.end())):
        before = prev_word(text, m.start())
        if word == "March" and before not in _MONTH_CONTEXT and next_word(text, m.end()) in _MARCHING:
            return None  # "the March on Rome", "his March to the Sea": a march
        opening = not before or _after_a_sentence_end(before)
        if opening and _NAME_AFTER.match(text, m.end()):
            return None  # "June Carter sang", "April Ryan asked", "March Madness": a name
        if not (
            before in _MONTH_CONTEXT
            or before in MONTHS
            or (before == "as" and _AS_EARLY_AS.search(text, max(0, m.start() - 16), m.start()))
            or (
                word != "May"
                and (
                    before in _MONTH_CONTEXT_BUT_MAY
                    or _after_a_sentence_end(before)
                    or (not before and _opens(text, m.start()))
                )
            )
        ):
            return None
    return Expr(
        "calendar",
        month=month_number(word),
        rel=_MONTH_REL.get(rel or "", rel),
        mod=_mod(m["mod"]),
    )


_MONTH_REL = {
    "coming": "next",
    "past": "last",
    "the previous": "previous",
    "the preceding": "previous",
    "the following": "following",
    "that": "story-year",
}


#: The first month of a range takes the year written after the second: "August-September 1950".
_MONTH_TO_YEAR = re.compile(rf"{_TO}(?-i:{FULL_MONTH_RE})\s+(?P<year>{YEAR_RE}){_YEAR_END}")
