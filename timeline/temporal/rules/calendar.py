"""Calendar dates, whole or partial: "October 7, 2023", "7 Oct 2023", "2023-10-07", "July 28",
"the week of March 6" (months without a day: ``months``; years alone, decades and centuries:
``years``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import (
    DAY_RE,
    FULL_MONTH_RE,
    FULL_WEEKDAY_RE,
    HOLIDAY_WEEKDAY_WORDS_RE,
    MONTH_RE,
    ORDINALS,
    WEEKDAY_RE,
    YEAR_RE,
    month_number,
    weekday_number,
)
from .base import (
    _PARTS_OF_DAY,
    _YEAR_END,
    ANOTHER_CENTURY_AFTER,
    PLACE_AFTER,
    REL_OFFSETS,
    _capitalised,
    _day,
    _month_ok,
    _year,
    next_word,
    prev_word,
    rule,
)

# --- full calendar dates ----------------------------------------------------------------------

#: "day" after a day of the month written with its ordinal's ending, as deeds and judgments
#: write it: "this 14th day of June, 2024".
_DAY_WORD_AFTER: Final = r"(?:(?<=st|nd|rd|th)\s+day)?"


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
    rf"(?:\b(?P<wd>{WEEKDAY_RE}),?[^\S\n]+)?"
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/.-]\d|\d|%)",
    ("Filed on 10/07/2023.", "10/07/2023", "2023-10-07"),
    ("Dated 25/12/2024 in London", "25/12/2024", "2024-12-25"),
    ("Berlin, 05.03.2024: the court ruled", "05.03.2024", "2024-03-05"),
    # with dots and a year of two digits, written out in full after a word for a day only
    ("Filed on 18.08.25 in Berlin.", "18.08.25", "2025-08-18"),
    ("Update to version 1.5.24 now.", "1.5.24", None),
    ("Release 10.12.24 fixes bugs.", "10.12.24", None),
    # with dashes only with the year in full: "15-08-2024"; "3-1", "12-08-24" are no dates
    ("The policy was notified on 15-08-2024.", "15-08-2024", "2024-08-15"),
    ("They won 3-1 on 12-08-24.", "12-08-24", None),
    # with no year, only a slash after "on", "since", "by" and the like: "rated 4/5", "open 24/7"
    ("Temperatures reached 104 degrees on 6/12.", "6/12", "2025-06-12"),
    ("The store is open 24/7.", "24/7", None),
    ("The final vote is set for 25/03.", "25/03", "2026-03-25"),
    ("They offer help for 24/7 callers.", "24/7", None),
    ("It sold for 1/2 the price.", "1/2", None),
    ("It was rated 4/5 by critics.", "4/5", None),
    ("He spent 1.5 hours on 2.5 km.", "2.5", None),
    ("He led by 2/3 of the race.", "2/3", None),
    ("Output was cut by 3/4.", "3/4", None),
    # ... or after a weekday, as listings and British sports pages write a day: "Sat 15/3"
    ("The match is on Sat 15/3.", "Sat 15/3", "2025-03-15"),  # a Saturday in 2025
    # ... whose weekday tells which number is the day: 10 July 2023 is a Monday, 7 October not
    ("Filed on Mon 10/07/2023.", "Mon 10/07/2023", "2023-07-10"),
    ("Voting closes Fri 21/11 at 5pm.", "Fri 21/11", "2025-11-21"),
    ("They won 15/3 on Sunday.", "15/3", None),
)
def _numeric(m: re.Match[str], text: str) -> Expr | None:
    if m["sep"] == "-" and (m["y"] is None or len(m["y"]) != 4):
        return None  # "won 3-1", "12-08-24": a score, a range, a code
    a, b = int(m["a"]), int(m["b"])
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    if m["y"] is None:
        # "on 6/12": a day of a year the text does not say (9/11 is the attacks', see below)
        before = prev_word(text, m.start())
        if (
            m["sep"] != "/"
            or (a, b) == (9, 11)
            or (weekday is None and before not in _BEFORE_A_DAY)
            or _OF.match(text, m.end())
        ):
            return None
        if before in ("by", "to", "for") and a < b <= 4:
            return None  # "cut by 2/3", "up to 3/4", "for 1/2 the price": a share
        if (a, b) == (24, 7):
            return None  # "support for 24/7": all day, every day
        month, day = (a, b) if a <= 12 else (b, a)
        if month > 12 or not 0 < day <= 31 or month == 0:
            return None
        return Expr(
            "calendar", month=month, day=day, weekday=weekday, mod="numeric" if a <= 12 and b <= 12 else None
        )
    if (
        m["sep"] == "."
        and len(m["y"]) == 2
        and not (len(m["a"]) == len(m["b"]) == 2 and prev_word(text, m.start()) in _BEFORE_A_DAY | {"dated"})
    ):
        return None  # 1.5.24 is more likely a version number than a date; "on 18.08.25" is one
    if m["sep"] == ".":  # 05.03.2024: day first, wherever dates are written with dots
        month, day = (b, a) if b <= 12 else (a, b)
        ambiguous = False
    else:  # month first unless that is impossible; the day-first option swaps in the engine
        month, day = (a, b) if a <= 12 else (b, a)
        ambiguous = a <= 12 and b <= 12
    if month > 12 or day > 31 or month == 0 or day == 0:
        return None
    return Expr(
        "calendar",
        year=_year(m["y"]),
        month=month,
        day=day,
        weekday=weekday,
        mod="numeric" if ambiguous else None,
    )


#: Words after which a number over a number is a day ("on 6/12", "until 7/4") ...
_BEFORE_A_DAY: Final = frozenset("on since until till by before after from through to for".split())
#: ... unless it is a share of something ("2/3 of the race").
_OF: Final = compile_ascii(r"\s+of\b")


#: What a weekday before a date may carry itself ("last Friday, March 8"): within the expression,
#: as TimeML has it, and no help with the year, which the date and its weekday give.  Looked for
#: before the match (see ``Expr.lead``).
_WEEKDAY_DET: Final = compile_ascii(
    r"\b(?:last|next|this(?:[^\S\n]+(?:coming|past))?|coming|past)[^\S\n]+$", re.IGNORECASE
)


#: The word that makes a weekday a holiday's name, before a day written with its weekday: "Easter
#: Monday, April 21", "Good Friday, April 18", "Black Friday, Nov. 28".
_HOLIDAY_WEEKDAY_BEFORE: Final = compile_ascii(rf"\b{HOLIDAY_WEEKDAY_WORDS_RE}[^\S\n]+$")


def _weekday_det(expr: Expr | None, m: re.Match[str], text: str) -> Expr | None:
    """The expression with the "last" or "this coming" before its weekday, if any, or the word
    that makes the weekday a holiday's ("Easter Monday, April 21": one date)."""
    if expr is None or not m["wd"] or m.start() != m.start("wd"):
        return expr
    det = _WEEKDAY_DET.search(text, m.start() - 20, m.start()) or _HOLIDAY_WEEKDAY_BEFORE.search(
        text, m.start() - 8, m.start()
    )
    return replace(expr, lead=m.start() - det.start()) if det else expr


@rule(
    "month-day-year",
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<month>{MONTH_RE})(?:\s*|-(?=\d\d?-\d{{4}}\b))(?P<day>{DAY_RE})"
    # (with dashes, as some tables and logs write it: "Mar-05-2024")
    rf"(?:,\s*|\s+|(?<=[A-Za-z.]-\d)-|(?<=[A-Za-z.]-\d\d)-)(?:(?<=\s)of\s+)?(?P<year>{YEAR_RE}|['’]\d\d)(?:{_YEAR_END}|(?=\d{{1,2}}:\d\d\s*[AaPp]\.?[Mm]))",
    ("since October 7, 2023, when", "October 7, 2023", "2023-10-07"),
    # ... its time glued to it, as Reuters' pages copy: "March 5, 20255:06 AM GMT"
    ("By Reuters\n\nMarch 5, 20255:06 AM GMTUpdated 2 hours ago", "March 5, 2025", "2025-03-05"),
    ("It opened last Wednesday, March 4, 2020.", "last Wednesday, March 4, 2020", "2020-03-04"),
    ("He died on Easter Monday, April 21, 2025.", "Easter Monday, April 21, 2025", "2025-04-21"),
    ("on Oct. 7, 2023.", "Oct. 7, 2023", "2023-10-07"),
    ("Oct 7 2023", "Oct 7 2023", "2023-10-07"),
    ("from Sept 8, 2021", "Sept 8, 2021", "2021-09-08"),
    ("the June 4, 1967, borders", "June 4, 1967", "1967-06-04"),
    ("On June 20 of 1792, the mob invaded.", "June 20 of 1792", "1792-06-20"),
    # in lower case, any month: with its day and year written out, "march" and "may" are no verbs
    ("it opened on march 5, 2024, to crowds", "march 5, 2024", "2024-03-05"),
    ("we met on may 5, 2024 in rome", "may 5, 2024", "2024-05-05"),
    ("Filed Mar-05-2024 by the clerk.", "Mar-05-2024", "2024-03-05"),
)
def _mdy(m: re.Match[str], text: str) -> Expr | None:
    if not _month_ok(m["month"], True, m["year"][0].isdigit()):
        return None
    expr = Expr("calendar", year=_year(m["year"]), month=month_number(m["month"]), day=_day(m["day"]))
    return _weekday_det(expr, m, text)


@rule(
    "day-month-year",
    # ("the 14th day of June, 2024", as deeds and judgments write it)
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY_RE})(?:{_DAY_WORD_AFTER}\s+(?:of\s+)?(?P<month>{MONTH_RE}),?\s+(?P<year>{YEAR_RE}|['’]\d\d)"
    rf"|-(?P<month2>{MONTH_RE})-(?P<year2>{YEAR_RE}|\d\d)){_YEAR_END}"
    # ... and year first: "2024-Mar-05"
    rf"|\b(?P<year3>{YEAR_RE})-(?P<month3>{MONTH_RE})-(?P<day3>{DAY_RE})\b(?![-/.]?\d)",
    ("on 7 October 2023 at dawn", "7 October 2023", "2023-10-07"),
    ("The order dated 15 Aug '24 was challenged.", "15 Aug '24", "2024-08-15"),
    ("Filed 12-Mar-2024.", "12-Mar-2024", "2024-03-12"),
    ("the 4th of July 1776", "the 4th of July 1776", "1776-07-04"),
    ("Judgment dated this 14th day of June, 2024", "14th day of June, 2024", "2024-06-14"),
    ("Signed on the 3rd day of March 2023 in London.", "the 3rd day of March 2023", "2023-03-03"),
    ("filed on 5 mar 2024 by the clerk", "5 mar 2024", "2024-03-05"),
    ("2024-Mar-05 10:14 backup done", "2024-Mar-05", "2024-03-05"),
)
def _dmy(m: re.Match[str], text: str) -> Expr | None:
    month = m["month"] or m["month2"] or m["month3"]
    year = m["year"] or m["year2"] or m["year3"]
    if not _month_ok(month, True, len(year) == 4) or ((m["month2"] or m["month3"]) and "." in month):
        return None
    return Expr("calendar", year=_year(year), month=month_number(month), day=_day(m["day"] or m["day3"]))


# --- ranges: each end is its own date --------------------------------------------------------

_TO: Final = r"\s*(?:-|–|—|and|to|through|or|until)\s*"
_BEFORE_SECOND: Final = compile_ascii(
    # (the first day of a list, with the days after it: "June 24, 25 and 27")
    rf"(?:\b(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})(?:,\s*{DAY_RE}(?!\d))*(?:,\s*|,?{_TO})|(?:(?<![\d/.-])(?P<year>{YEAR_RE})|(?<=FY)(?P<fy>\d\d))(?:{_TO}|(?P<slash>/)))$",
    re.IGNORECASE,
)
#: What joins two years into one span: "1915-16", "2022/23" (not "and", "or", "to": "13 in 2008
#: and 25 in 2009" are counts).
_YEAR_JOINTS: Final = frozenset("- – — /".split())
#: Words after a number that make it a count, not the second day of a range ("May 4 and 5 people").
_COUNT_AFTER: Final = frozenset(
    "people men women children times percent per points others more of grade graders"
    # ... or of time: "on March 5 - 12 days after the vote"
    " days weeks months years hours minutes".split()
)


@rule(
    "range",
    # the first day, whose month (and year) follow the second: "22-25 April 1951"
    # (or of a list: "24, 25 and 27 June")
    rf"\b(?=\d|the\s)(?:the\s+)?(?P<d1>{DAY_RE})(?=(?:(?:,\s*(?:the\s+)?{DAY_RE}(?!\d))+,?)?{_TO}(?:the\s+)?(?P<e1>{DAY_RE})\s+(?:of\s+)?(?P<m1>{MONTH_RE})\b(?:,?\s+(?P<y1>{YEAR_RE}){_YEAR_END})?)"
    # the first day, whose year follows the second: "May 3 to 5, 2024"
    rf"|\b(?=[JFMASOND])(?P<m2>{MONTH_RE})\s*(?P<d2>{DAY_RE})(?={_TO}(?P<e2>{DAY_RE}),?\s+(?P<y2>{YEAR_RE}){_YEAR_END})"
    # the second day or year, whose month or century came with the first: "May 4 and 5", "1915-16";
    # or a day within a list that goes on to its last ("June 24, 25 and 27")
    # (after a day written as an ordinal too: "May 4th and 5th"; ``_BEFORE_SECOND`` reads it)
    r"|(?=\d)(?:(?<=[\dhdt]-)|(?<=[\dhdt]–)|(?<=[\dhdt]\s[-–—]\s)|(?<=\d\d/)|(?<=[\dhdt] and )|(?<=[\dhdt] to )|(?<=[\dhdt] or )"
    r"|(?<=[\dhdt] through )|(?<=\d, )(?=\d\d?(?:,\s*\d\d?)*,?\s+(?:and|or)\s+\d\d?\b))"
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)?\b(?![-–/.:,]?\d|%)"
    rf"(?:,?\s+(?P<ny>{YEAR_RE}){_YEAR_END})?",
    ("the Battle of the Imjin River (22-25 April 1951)", "22", "1951-04-22"),
    ("breaching them on the 28 and 29 August", "the 28", "2025-08-28"),
    ("from the 13th to the 19th of October 1950", "the 13th", "1950-10-13"),
    ("held from May 3 to 5, 2024, in Rome", "May 3", "2024-05-03"),
    ("held from May 3 to 5, 2024, in Rome", "5, 2024", "2024-05-05"),
    ("Surrendering on May 4 and 5 were", "5", "2025-05-05"),
    ("The fall took two days, May 6 and 7th.", "7th", "2025-05-07"),
    ("Talks ran from May 4th to 6th.", "6th", "2025-05-06"),
    ("the summit on April 24-25.", "25", "2025-04-25"),
    # ... its dash set off by spaces, as much copy and many pages set it
    ("It ran March 5 - 7, 2024.", "7, 2024", "2024-03-07"),
    ("the summit on April 24 – 25.", "25", "2025-04-25"),
    ("It happened on March 5 - 12 days after the vote.", "12", None),
    ("the Siege of Kut (1915-16)", "16", "1916"),
    ("the 1999-2000 season", "2000", "2000"),
    ("In the 2022/23 financial year", "23", "2023"),
    ("Profit for FY24-25 rose.", "25", "2025"),
    ("one plane in 2007, 13 in 2008 and 25 in 2009", "25", None),
    ("up from 12 in 2008 to 25 in 2009", "25", None),
    ("a 2022/24 plan", "24", None),
    ("on May 4 and 5 people were hurt", "5", None),
    ("on May 4 and 5 times more", "5", None),
    ("between 25 and 20 May", "25", None),
    ("the score was 21-14 on May 4", "14", None),
    ("Drivers walked out on 24, 25 and 27 June.", "24", "2025-06-24"),
    ("Strikes are planned for 3, 5, 10, and 12 December 2025.", "3", "2025-12-03"),
    ("Strikes are planned for 3, 5, 10, and 12 December 2025.", "5", "2025-12-05"),
    ("Drivers walked out on June 24, 25 and 27.", "25", "2025-06-25"),
    ("Drivers walked out on June 24, 25 and 27.", "27", "2025-06-27"),
    ("On June 24, 25 soldiers were killed.", "25", None),
    ("On June 24, 25 and 26 people died.", "26", None),
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
    before = _BEFORE_SECOND.search(text, m.start() - 40, m.start())
    n = int(m["n"])
    if before is None or next_word(text, m.end()) in _COUNT_AFTER:
        return None
    if before["year"] or before["fy"]:
        if m["ny"]:
            return None  # "1915-16 1917": no range of years
        if (
            text[before.end("year") if before["year"] else before.end("fy") : m.start()].strip()
            not in _YEAR_JOINTS
        ):
            return None  # "one in 2007, 13 in 2008 and 25 in 2009": a count, no year "25"
        year = int(before["year"]) if before["year"] else _year(before["fy"])
        if before["fy"] and n != (year + 1) % 100:
            return None  # "FY24-25" names one fiscal year, "FY24-26" none
        if not year % 100 < n or (before["slash"] and n != (year + 1) % 100):
            return None  # "2022/23" names one financial or school year, "2022/24" none
        return Expr("calendar", year=year - year % 100 + n, mod="span-end")
    if not (_capitalised(before["month"]) and _day(before["day"]) < n <= 31):
        return None
    return Expr(
        "calendar", year=int(m["ny"]) if m["ny"] else None, month=month_number(before["month"]), day=n
    )


# --- partial calendar dates -------------------------------------------------------------------

#: A weekday before a date, after it a comma or, in wire copy, the date in brackets ("on Wednesday
#: (Jan. 23)"); ``_CLOSE_PAREN`` then closes the brackets.
_WEEKDAY_BEFORE: Final = rf"(?:(?P<wd>{WEEKDAY_RE})(?:,?\s+|\s*(?P<paren>\()\s*))?"
_CLOSE_PAREN: Final = r"(?(paren)\s*\))"


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
    ("He resigned last Friday, Aug. 15, after a vote.", "last Friday, Aug. 15", "2025-08-15"),
    ("The vote is this coming Sunday, Aug. 24.", "this coming Sunday, Aug. 24", "2025-08-24"),
    ("tightened again after the Sept. 11 attacks in 2001", "Sept. 11", "2001-09-11"),
    ("since the Oct. 7 Hamas attack of 2023", "Oct. 7", "2023-10-07"),
    ("The World Cup runs from June 11 to July 19, 2026, in", "June 11", "2026-06-11"),
    ("The tournament runs from June 11 to July 19 next year.", "June 11", "2026-06-11"),
    ("Flights stopped from Dec. 20 to Jan. 5 this year.", "Dec. 20", "2024-12-20"),
    ("The group, known as March 23 Movement, seized the town.", "March 23", None),
    ("The May 4th Movement shaped modern China.", "May 4th", None),
)
def _md(m: re.Match[str], text: str) -> Expr | None:
    if not _month_ok(m["month"], False):
        return None
    before = prev_word(text, m.start())
    if m["month"].lower() == "may" and before in _NAME_BEFORE_MAY:
        return None
    if PLACE_AFTER.match(text, m.end()):
        return None  # "the March 23 Movement", "the May 4th Movement": a name
    return _weekday_det(_written_day(m, text, before == "the", _TO_MONTH_DAY_YEAR), m, text)


#: A weekday written after a day and a comma: "30 August, a Friday", "December 12, Friday".
_WEEKDAY_AFTER: Final = compile_ascii(
    rf",[^\S\n]*(?:an?[^\S\n]+)?(?P<wd>(?-i:{FULL_WEEKDAY_RE}))\b(?![\w'’])", re.IGNORECASE
)


def _written_day(m: re.Match[str], text: str, the: bool, to_year: re.Pattern[str]) -> Expr:
    """A day and month written without their year, which may still come from the words after
    them: an event the day names ("the Sept. 11 attacks in 2001", after "the"), or the end of
    a range (``to_year``: "from June 11 to July 19, 2026")."""
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    if weekday is None and text.startswith(",", m.end()) and (after := _WEEKDAY_AFTER.match(text, m.end())):
        weekday = weekday_number(after["wd"])  # "on 30 August, a Friday": the year it falls so
    year = _event_year(text, m.end()) if the and not m["wd"] else None
    if year is None and (until := to_year.match(text, m.end())):
        return _range_start(m, until, weekday)
    month, day = month_number(m["month"]), _day(m["day"])
    mod = "event" if year else None
    event = None
    if year is None and not m["wd"] and (named := _named_day(month, day, text, m.end())):
        year, mod = named, "named"  # "the Oct. 7 attacks", "the Jan. 6 committee"
    elif (
        year is None
        and not m["wd"]
        and (month, day) in _BARE_NAMED_DAYS
        and prev_word(text, m.start()) in _SINCE_WORDS
    ):
        # "the shutdown of U.S. airspace after Sept. 11": the event, where the day is of a year
        # before the story's (a day of last year would be written with its year)
        mod, event = "named-far", str(_BARE_NAMED_DAYS[month, day])
    return Expr("calendar", year=year, month=month, day=day, weekday=weekday, mod=mod, value=event)


#: Days that name an event in the news, with the year of the event and the words that show the
#: day is the event's name ("the Sept. 11 attacks", "the Jan. 6 committee", "after the Oct. 7
#: massacre"): the day alone is no date of this year.
_NAMED_DAYS: Final[dict[tuple[int, int], tuple[int, frozenset[str]]]] = {
    (9, 11): (
        2001,
        frozenset("attack attacks hijackers hijackings terrorists commission memorial victims".split()),
    ),
    (1, 6): (
        2021,
        frozenset(
            "attack riot riots insurrection rioters defendants committee panel hearings probe"
            " investigation prosecutions pardons mob capitol".split()
        ),
    ),
    (10, 7): (
        2023,
        frozenset("attack attacks massacre assault hostages atrocities rampage raid incursion".split()),
    ),
    (7, 7): (2005, frozenset("bombings bombers attacks".split())),
}
#: Days whose event is meant by the day alone after "since", "after", "before" or "post-", with
#: the event's year.
_BARE_NAMED_DAYS: Final = {(9, 11): 2001}
_SINCE_WORDS: Final = frozenset({"since", "after", "before", "post"})
#: Up to two words between the day and the word that shows it names an event ("the Oct. 7 Hamas
#: attack", "the Jan. 6 Capitol riot").
_NAMED_AFTER: Final = compile_ascii(
    r"(?:\s+(?:[A-Z][\w'’-]*|U\.S\.|terror|terrorist|deadly)){0,2}\s+(?P<word>[a-z]+)\b"
)


def _named_day(month: int, day: int, text: str, end: int) -> int | None:
    """The year of the event a day without a year names, when the words after it show it does."""
    known = _NAMED_DAYS.get((month, day))
    if known is None:
        return None
    m = _NAMED_AFTER.match(text, end)
    if m is None:
        return None
    return known[0] if m["word"] in known[1] or m.group().split()[0].lower() in known[1] else None


#: After "the Sept. 11", the event the day names and the year it came in: "the Sept. 11 attacks
#: in 2001", "the March 26 treaty of 1979" (up to three words for the event, none a joint).
_EVENT_IN_YEAR: Final = compile_ascii(
    r"(?:\s+(?!(?i:and|or|but|to|in|of|on|at|by|for|from|when|while|after|before|until|since|that|which|was|were|is|are|had|has|have)\b)"
    rf"[A-Za-z][a-z'-]*){{1,4}}\s+(?:in|of)\s+(?:(?P<month>{FULL_MONTH_RE})\s+)?(?P<year>{YEAR_RE}){_YEAR_END}"
    r"(?!\s*[-–/]\s*\d)"
)


#: The other end of a range of days in other months, with the year, written or counted from the
#: reference date: "June 11 to July 19, 2026", "June 11 to July 19 next year".
_END_YEAR: Final = rf"(?:(?P<year>{YEAR_RE}){_YEAR_END}|(?:of\s+)?(?P<rel>this|last|next)\s+year\b)"
_TO_MONTH_DAY_YEAR: Final = compile_ascii(
    rf"{_TO}(?:{WEEKDAY_RE},?\s+)?(?P<month>{MONTH_RE})\s*{DAY_RE},?\s+{_END_YEAR}"
)
_TO_DAY_MONTH_YEAR: Final = compile_ascii(
    rf"{_TO}(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?{DAY_RE}\s+(?:of\s+)?(?P<month>{MONTH_RE}),?\s+{_END_YEAR}"
)


#: The year a month or day counts from the reference's: "July last year", "May 3 next year".
YEAR_COUNTED: Final = {"this": 0, "last": -1, "next": 1}


def counted_range_start(
    month: int, rel: str, before: bool, day: int | None = None, weekday: int | None = None
) -> Expr:
    """The first month or day of a range whose end's year is counted from the reference ("from
    June 11 to July 19 next year", "between March and May last year"): in that year, or the year
    before where the range turns a year (``before``: "from December to February last year")."""
    n = YEAR_COUNTED[rel.lower()] - before
    mod = "range-before" if before else "range"
    return Expr("calendar", month=month, day=day, weekday=weekday, rel="year", n=n, mod=mod)


def _range_start(m: re.Match[str], until: re.Match[str], weekday: int | None) -> Expr:
    """The first day of a range whose year comes with its last: "from June 11 to July 19, 2026",
    "from Dec. 28 to Jan. 3, 2026" (the year before)."""
    month = month_number(m["month"])
    before = month > month_number(until["month"])
    if until["rel"]:  # "from June 11 to July 19 next year": in the year the end is counted to
        return counted_range_start(month, until["rel"], before, _day(m["day"]), weekday)
    return Expr(
        "calendar",
        year=int(until["year"]) - before,
        month=month,
        day=_day(m["day"]),
        weekday=weekday,
        mod="range-before" if before else "range",
    )


def _event_year(text: str, end: int, months: tuple[int, ...] = ()) -> int | None:
    """The year written after an event named by its day ("the Sept. 11 attacks in 2001") or
    season: "the summer offensive against southern Russia in June 1942" (``months``: those of the
    season, one of which a month written with the year must be)."""
    m = _EVENT_IN_YEAR.match(text, end)
    if m is None or (m["month"] and month_number(m["month"]) not in months):
        return None
    return int(m["year"])


_NAME_BEFORE_MAY: Final = frozenset({"theresa", "mrs", "ms", "mr", "brian", "elaine", "rollo"})


@rule(
    "day-month",
    rf"\b{_WEEKDAY_BEFORE}(?:the\s+)?(?P<day>{DAY_RE}){_DAY_WORD_AFTER}\s+(?:of\s+)?(?P<month>{MONTH_RE})\b{_CLOSE_PAREN}",
    ("signed on 28 July in Paris", "28 July", "2025-07-28"),
    ("Witness my hand this 5th day of May.", "5th day of May", "2025-05-05"),
    ("Ministers met on Wednesday (13 August) in Cairo", "Wednesday (13 August)", "2025-08-13"),
    ("after the 7 July bombings in 2005", "the 7 July", "2005-07-07"),
    ("The festival runs from 28 June to 5 July 2026.", "28 June", "2026-06-28"),
    ("Flights ran from 28 December to 3 January 2026.", "28 December", "2025-12-28"),
)
def _dm(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]):
        return None
    the = m[0][:3].lower() == "the" or prev_word(text, m.start()) == "the"
    return _weekday_det(_written_day(m, text, the, _TO_DAY_MONTH_YEAR), m, text)


@rule(
    "part-of-day-of",
    r"\b(?:early\s+in\s+)?the\s+(?:(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night)"
    r"|(?P<hours>(?:early|small|wee)\s+(?:morning\s+)?hours))\s+of\s+"
    rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})(?:[-–/]{DAY_RE})?\b(?!:\d)"
    rf"|(?:the\s+)?(?P<day2>{DAY_RE})(?:[-–/]{DAY_RE})?\s+(?:of\s+)?(?P<month2>{MONTH_RE})\b"
    # ... or of a weekday alone: "in the early hours of Sunday" (not "of Sunday morning", whose
    # part of the day is told by the weekday's rule, as TempEval's news marks it)
    rf"|(?P<wd_only>{FULL_WEEKDAY_RE})\b(?!['’]|\s+(?:morning|afternoon|evening|night)\b)"
    rf")(?:,?\s*(?P<year>{YEAR_RE}){_YEAR_END})?",
    ("On the night of April 18, 1775, Gage marched.", "the night of April 18, 1775", "1775-04-18TNI"),
    ("Police were called in the early hours of Sunday.", "the early hours of Sunday", "2025-08-17TMO"),
    ("He was seen on the night of Friday.", "the night of Friday", "2025-08-15TNI"),
    (
        "early in the morning of 29 April 1975 the evacuation",
        "early in the morning of 29 April 1975",
        "1975-04-29TMO",
    ),
    ("He was shot on the night of Friday, Aug. 15.", "the night of Friday, Aug. 15", "2025-08-15TNI"),
    # a night told by the two days it spans: from the first
    ("The ship sank on the night of April 14-15, 1912.", "the night of April 14-15, 1912", "1912-04-14TNI"),
    ("The raid came on the night of 9-10 November 1938.", "the night of 9-10 November 1938", "1938-11-09TNI"),
    # the hours after midnight are the morning's
    (
        "In the early hours of 11 November 1918, they signed.",
        "the early hours of 11 November 1918",
        "1918-11-11TMO",
    ),
    (
        "in the early morning hours of 30 April, troops came",
        "the early morning hours of 30 April",
        "2025-04-30TMO",
    ),
)
def _part_of_day_of(m: re.Match[str], text: str) -> Expr | None:
    """ "the night of April 18": that part of that day (a TIME, as TimeML has it)."""
    part = _PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else "TMO"
    if m["wd_only"]:  # "the early hours of Sunday": that part of the weekday, as "Sunday morning"
        if m["year"]:
            return None
        return Expr("weekday", "TIME", weekday=weekday_number(m["wd_only"]), part=part)
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
        part=part,
    )


@rule(
    "week-of",
    # ("the" may go unsaid before a week named by its first or last day: "Week ending 9 February:")
    rf"\b(?:the\s+|(?=week\s+(?:ending|ended|beginning|starting|commencing)\s))(?:(?P<unit>week|weekend)\s+of|(?P<ending>week)\s+(?:ending|ended|to)|(?P<beginning>week)\s+(?:beginning|starting|commencing))\s+(?:(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})\b(?:\s*[-–]\s*(?P<end>{DAY_RE})\b)?"
    # day first, with the weekend's other day: "the weekend of 8-9 February", "of 8 and 9 February"
    rf"|(?P<day2>{DAY_RE})(?:\s*(?:[-–]|and)\s*(?P<end2>{DAY_RE}))?\s+(?:of\s+)?(?P<month2>{MONTH_RE})\b"
    # the week a figure covers, by the weekday it ends on: "in the week ended Sunday"
    rf"|(?P<wd>{FULL_WEEKDAY_RE})\b)"
    rf"(?:,?\s+(?P<year>{YEAR_RE})\b)?(?!,?\s*\d|:\d)",
    ("talks will be held the week of March 6", "the week of March 6", "2026-W10"),
    (
        "Fans arrived the weekend of September 28th, 2024.",
        "the weekend of September 28th, 2024",
        "2024-W39-WE",
    ),
    ("The season ends on the weekend of May 24.", "the weekend of May 24", "2026-W21-WE"),
    ("Diplomats left over the weekend of April 22-23.", "the weekend of April 22-23", "2025-W17-WE"),
    ("They face City on the weekend of 8-9 February.", "the weekend of 8-9 February", "2026-W06-WE"),
    ("The race is on the weekend of 8 February 2025.", "the weekend of 8 February 2025", "2025-W06-WE"),
    ("It ran over the weekend of 8 and 9 March.", "the weekend of 8 and 9 March", "2025-W10-WE"),
    # the week a figure covers, by its last day
    ("Admissions rose 40% in the week ending Jan. 14.", "the week ending Jan. 14", "2025-W03"),
    ("Cases peaked in the week to 7 June.", "the week to 7 June", "2025-W23"),
    ("Figures for the week ending Friday showed a rise.", "the week ending Friday", "2025-W33"),
    ("In the week ended Sunday, cases fell 10%.", "the week ended Sunday", "2025-W33"),
    ("Mortgage rates rose in the week to Thursday.", "the week to Thursday", "2025-W33"),
    # ... or by its first
    ("Claims fell in the week beginning Oct. 14.", "the week beginning Oct. 14", "2024-W42"),
    ("Works are planned for the week commencing 2 March.", "the week commencing 2 March", "2026-W10"),
    ("the week starting Monday", "Monday", "2025-08-18"),
    ("Week ending 9 February: admissions fell.", "Week ending 9 February", "2025-W06"),
    ("Sales in week ending Aug. 9 rose.", "week ending Aug. 9", "2025-W32"),
)
def _week_of(m: re.Match[str], text: str) -> Expr | None:
    """ "the week of March 6", "the weekend of May 24", "the weekend of 8-9 February", "the week
    beginning Oct. 13": the week (or weekend) that day falls in; "the week ended Sunday": the week
    that weekday ends."""
    if m["wd"]:  # (only a week that ends on it: "the week of Friday" says nothing)
        return Expr("week-ending", weekday=weekday_number(m["wd"])) if m["ending"] else None
    month, day, end = (m["month"], m["day"], m["end"]) if m["month"] else (m["month2"], m["day2"], m["end2"])
    if not _month_ok(month, False):
        return None
    if end is not None and not 0 < _day(end) - _day(day) <= 6:
        return None  # no days of one week
    year = _year(m["year"]) if m["year"] else None
    unit = (m["unit"] or m["ending"] or m["beginning"]).lower()
    return Expr("calendar", year=year, month=month_number(month), day=_day(day), unit=unit)


@rule(
    "iso-week",
    # ISO 8601's week, with its year: "2024-W10", "2024W10", "2024-W10-3" (its Wednesday)
    rf"\b(?P<y1>{YEAR_RE})-?W(?P<w1>\d\d)(?:-?(?P<d1>[1-7]))?(?![\d-])"
    # ... or numbered in words, with its year: "week 10 of 2024", "W10 2024", "KW 10/2024"
    rf"|\b(?:(?:calendar\s+)?week|wk|KW|CW|W)\.?\s?(?P<w2>\d{{1,2}})(?:\s+of|,|/)?\s*(?P<y2>{YEAR_RE})\b(?![-/.]\d)",
    ("Deliveries slip to 2026-W10.", "2026-W10", "2026-W10"),
    ("The plan covers 2024W52.", "2024W52", "2024-W52"),
    ("It opens on 2025-W03-3.", "2025-W03-3", "2025-01-15"),
    ("Sales in week 10 of 2024 fell.", "week 10 of 2024", "2024-W10"),
    ("Shipping in KW 12/2025 is delayed.", "KW 12/2025", "2025-W12"),
    ("Orders for W1 2026 are open.", "W1 2026", "2026-W01"),
    ("It ended in week 53 of 2020.", "week 53 of 2020", "2020-W53"),
    ("a 2025-W54 code", "2025", "2025"),  # 2025 has no 54th week: the year alone
)
def _iso_week(m: re.Match[str], text: str) -> Expr | None:
    """A week numbered as ISO 8601 numbers them, with its year (and perhaps its day)."""
    year, week = int(m["y1"] or m["y2"]), int(m["w1"] or m["w2"])
    try:
        day = date.fromisocalendar(year, week, int(m["d1"] or 1))
    except ValueError:
        return None  # no such week in that year
    return Expr("fixed", value=day.isoformat() if m["d1"] else f"{year}-W{week:02d}")


_NTH: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
#: The middle day of each week of a month ("the second week of May": the week of May 11).
_WEEK_OF_MONTH: Final = {
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
    rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?P<what>week|weekend)\s+of\s+"
    rf"(?:(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}){_YEAR_END}|\s+(?P<yrel>last|next|this)\s+year\b)?"
    r"|(?P<rel>this|next|last|the)\s+month\b)",
    ("Stocks rallied in the first week of April.", "the first week of April", "2025-W14"),
    # ... of a month of the year counted from the writer's
    (
        "The trial began in the first week of August last year.",
        "the first week of August last year",
        "2024-W31",
    ),
    ("Polls close on the last weekend of May next year.", "the last weekend of May next year", "2026-W22-WE"),
    ("in the last week of June 2024", "the last week of June 2024", "2024-W26"),
    ("It will report in the first week of July.", "the first week of July", "2026-W27"),  # not "July."
    ("Patrols continue through the first weekend of January.", "the first weekend of January", "2026-W01-WE"),
    ("Sales peaked on the last weekend of May 2024.", "the last weekend of May 2024", "2024-W21-WE"),
    # ... and of a month counted from the writer's ("the month": see the engine)
    ("Talks resume in the first week of next month.", "the first week of next month", "2025-W36"),
    ("Bills are sent in the last week of the month.", "the last week of the month", "2025-W35"),
)
def _week_of_month(m: re.Match[str], text: str) -> Expr | None:
    """ "the first week of April": the week of its middle day (April 4); "the first weekend of
    January": the weekend of its first Saturday."""
    nth = m["nth"].lower()
    if m["rel"]:
        if m["what"].lower() == "weekend":
            return None  # (the weekends of a month counted from the writer's are not read)
        n = REL_OFFSETS.get(m["rel"].lower())  # ("the month": None)
        if nth in ("last", "final"):
            return Expr("calendar", day=28, rel="month", n=n, unit="week", mod="LAST_WEEK")
        return Expr("calendar", day=_WEEK_OF_MONTH[nth], rel="month", n=n, unit="week")
    if not _month_ok(m["month"], False):
        return None
    month = month_number(m["month"])
    year = int(m["year"]) if m["year"] else None
    counted = REL_OFFSETS[m["yrel"].lower()] if m["yrel"] else None  # "of August last year"
    if m["what"].lower() == "weekend":
        n = -1 if nth in ("last", "final") else _NTH[nth]
        if counted is not None:  # (``day`` holds which weekend, ``n`` the year's count)
            return Expr("calendar", month=month, day=n, weekday=5, rel="year", n=counted, unit="nth-weekend")
        return Expr("calendar", year=year, month=month, weekday=5, n=n, unit="nth-weekend")
    day = _WEEK_OF_MONTH.get(nth) or (25 if month == 2 else 27 if month in (4, 6, 9, 11) else 28)
    if counted is not None:
        return Expr("calendar", month=month, day=day, rel="year", n=counted, unit="week")
    return Expr("calendar", year=year, month=month, day=day, unit="week")


@rule(
    "nth-weekday",
    rf"\bthe\s+(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?P<wd>{FULL_WEEKDAY_RE})\s+"
    rf"(?:in|of)\s+(?:(?P<month>{MONTH_RE})\b(?:,?\s+(?P<year>{YEAR_RE}){_YEAR_END}|\s+(?P<yrel>last|next|this)\s+year\b)?"
    # ... or of a month counted from the writer's, or of every month
    r"|(?P<rel>this|next|last|the|each|every)\s+month\b)",
    ("The clocks go forward on the last Sunday in March.", "the last Sunday in March", "2025-03-30"),
    ("The museum reopens on the first Monday of next month.", "the first Monday of next month", "2025-09-01"),
    ("Payments go out on the last Friday of the month.", "the last Friday of the month", "2025-08-29"),
    ("The board meets on the last Friday of every month.", "the last Friday of every month", "P1M"),
    (
        "Thanksgiving is the fourth Thursday of November 2024",
        "the fourth Thursday of November 2024",
        "2024-11-28",
    ),
    ("the primaries on the first Tuesday in March", "the first Tuesday in March", "2025-03-04"),
    (
        "The clocks went back on the last Sunday in October last year.",
        "the last Sunday in October last year",
        "2024-10-27",
    ),
)
def _nth_weekday(m: re.Match[str], text: str) -> Expr | None:
    """ "the last Sunday in March": that day of that month, in the year the month is in; "the
    first Monday of next month": of the month counted from the writer's (``day`` holds which)."""
    nth = _NTH.get(m["nth"].lower(), -1)
    if m["rel"]:
        rel = m["rel"].lower()
        if rel in ("each", "every"):
            return Expr("fixed", "SET", value="P1M")  # "the first Monday of every month": monthly
        return Expr(
            "calendar",
            day=nth,
            weekday=weekday_number(m["wd"]),
            rel="month",
            n=REL_OFFSETS.get(rel),  # ("the month": None, the month of the story or the writer)
            unit="nth-weekday",
        )
    if not _month_ok(m["month"], bool(m["year"])):
        return None
    if m["yrel"]:  # "the last Sunday in October last year" (``day`` holds which)
        return Expr(
            "calendar",
            month=month_number(m["month"]),
            day=nth,
            weekday=weekday_number(m["wd"]),
            rel="year",
            n=REL_OFFSETS[m["yrel"].lower()],
            unit="nth-weekday",
        )
    return Expr(
        "calendar",
        year=int(m["year"]) if m["year"] else None,
        month=month_number(m["month"]),
        weekday=weekday_number(m["wd"]),
        n=nth,
        unit="nth-weekday",
    )


#: Words before "the 12th" that make it a day of the month, not a rank ("the 7th seed").
_DAY_OF_MONTH_BEFORE: Final = frozenset("on by until till from since before after through between to".split())


@rule(
    "day-of-month",
    r"\bthe\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=[^\S\n]*(?:[,.;:)!?]|\n|$|(?:and|or|to|through|when|after|before|but|at|as|with|until"
    r"|unless|if|while|because|though|although|once|was|were|had|would|saw)\b))",
    ("Talks began on March 3 and ended on the 12th.", "the 12th", "2025-03-12"),
    ("A further strike will take place on the 22nd unless talks resume.", "the 22nd", "2025-08-22"),
    ("The attack began on the 12th. The onslaught on the 20th was successful.", "the 20th", "2025-08-20"),
    ("Talks began on March 28 and ended on the 3rd, when", "the 3rd", "2025-04-03"),
    ("October brings a vote on the 20th and a budget on the 15th.", "the 15th", "2025-10-15"),
    # ... but told in the past after a day still to come, the day before it in its month
    ("The case was adjourned until the 26th. The council met on the 5th.", "the 5th", "2025-08-05"),
    ("The fleet docked on the 7th. It left", "the 7th", "2025-08-07"),
    ("rooms on the 7th floor", "the 7th", None),
    ("finished the 7th, behind", "the 7th", None),
    ("He was last seen on the evening of the 14th.", "the 14th", "2025-08-14"),
    # ... or what a day is set for
    ("The vote is now set for the 19th.", "the 19th", "2025-08-19"),
    ("The judge adjourned the case for the 27th, when", "the 27th", "2025-08-27"),
    ("He was jailed for the 3rd time.", "the 3rd", None),
)
def _day_of_month(m: re.Match[str], text: str) -> Expr | None:
    """A day written without its month ("on the 12th"): the month under discussion."""
    before = prev_word(text, m.start())
    if (
        before not in _DAY_OF_MONTH_BEFORE
        and not _PART_OF_DAY_OF.search(text, m.start() - 24, m.start())
        and not (before == "for" and _SET_FOR.search(text, m.start() - 48, m.start()))
    ):
        return None
    if _CENTURIES_AFTER.match(text, m.end()):
        return None  # "the 15th and 16th centuries": a century
    return Expr("calendar", day=_day(m["day"]))


#: After an ordinal, another and "centuries": "the 15th and 16th centuries".
_CENTURIES_AFTER: Final = compile_ascii(
    ANOTHER_CENTURY_AFTER.format(ordinal=r"\d{1,2}(?:st|nd|rd|th)"), re.IGNORECASE
)


#: What sets a day before a day written without its month: "set for the 19th", "adjourned the
#: case for the 27th".
_SET_FOR: Final = compile_ascii(
    r"\b(?:set|scheduled|slated|planned|due|fixed|listed|adjourned|postponed|moved|rescheduled|booked"
    r"|pencil+ed|pushed|deferred|delayed|called|put\s+off)\s+(?:[\w'’]+\s+){0,3}?for\s+$",
    re.IGNORECASE,
)
#: A day's part before a day written without its month: "last seen on the evening of the 14th".
_PART_OF_DAY_OF: Final = compile_ascii(r"\b(?:morning|afternoon|evening|night|eve)\s+of\s+$", re.IGNORECASE)


@rule(
    "weekday-day",
    # (or its short name, as notes and listings write it: "Tue 5th", "Sat. 9th")
    rf"\b(?P<wd>{FULL_WEEKDAY_RE}|(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+(?:the\s+)?(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?{MONTH_RE})",
    ("On Wednesday 13th the vote passed.", "Wednesday 13th", "2025-08-13"),
    ("The fair opens on Friday the 5th.", "Friday the 5th", "2025-09-05"),
    ("Prices fell on Monday, the 4th.", "Monday, the 4th", "2025-08-04"),
    ("The meeting is on Tue 5th, at ten.", "Tue 5th", "2025-08-05"),
    ("She sat 5th in the race.", "5th", None),
)
def _weekday_day(m: re.Match[str], text: str) -> Expr | None:
    """ "Wednesday 13th", "Friday the 5th": a day of a month named by its weekday and number."""
    return Expr("calendar", day=_day(m["day"]), weekday=weekday_number(m["wd"]))


@rule(
    "edge-day-of-month",
    rf"\bthe\s+(?P<which>first|last|final|closing|opening)\s+(?P<work>(?:working|business|trading)\s+)?day\s+of\s+"
    rf"(?:(?P<month>{FULL_MONTH_RE})\b"
    rf"(?:,?\s+(?P<year>{YEAR_RE}){_YEAR_END})?|the\s+year\b|(?P<of_year>{YEAR_RE}){_YEAR_END}|(?P<rel>this|next|last|the)\s+month\b"
    r"|(?P<rel_year>this|next|last)\s+year\b)",
    ("The deal expires on the last day of March.", "the last day of March", "2026-03-31"),
    ("Voting opened on the first day of July.", "the first day of July", "2025-07-01"),
    ("He resigned on the final day of June 2024.", "the final day of June 2024", "2024-06-30"),
    ("It ended on the last day of February 2024.", "the last day of February 2024", "2024-02-29"),
    # February's last day, in a year not written, is not known: the month alone
    ("It ended on the last day of February.", "February", "2025-02"),
    # ... and the year's, a day of the year its tense tells
    ("The offer ends on the last day of the year.", "the last day of the year", "2025-12-31"),
    # ... and a month counted from the writer's (or, in a history, the story's)
    ("Payment is due on the last day of next month.", "the last day of next month", "2025-09-30"),
    ("It closed on the first day of this month.", "the first day of this month", "2025-08-01"),
    ("Rent is due on the last day of the month.", "the last day of the month", "2025-08-31"),
    # ... and of a year written out
    ("The museum closed on the last day of 2024.", "the last day of 2024", "2024-12-31"),
    ("The law took effect on the first day of 2025.", "the first day of 2025", "2025-01-01"),
    # ... or counted from the writer's
    ("The law takes effect on the first day of next year.", "the first day of next year", "2026-01-01"),
    ("Sales peaked on the last day of last year.", "the last day of last year", "2024-12-31"),
    # a working day: a weekday (and not New Year's Day), the nearest such to the edge
    ("The offer closes on the last working day of the month.", "the last working day of the month", "2025-08-29"),
    ("The bonus is paid on the first business day of November.", "the first business day of November", "2025-11-03"),
    ("Shares fell on the last trading day of 2022.", "the last trading day of 2022", "2022-12-30"),
    ("Markets reopen on the first trading day of next year.", "the first trading day of next year", "2026-01-02"),
    ("The fund closes on the last business day of February.", "the last business day of February", "2026-02-27"),
)
def _edge_day_of_month(m: re.Match[str], text: str) -> Expr | None:
    """ "the last day of March", "the first day of July 2024", "the last day of the year": that day
    of the month or of the year; "the last working day of the month": the working day nearest
    that edge, which the resolver finds once the month's year is known (``unit``)."""
    first = m["which"].lower() in ("first", "opening")
    work = ("first-workday" if first else "last-workday") if m["work"] else None
    if m["rel"]:
        # "the month" counts nothing (n None): the writer's, or one just told (see the engine)
        n = REL_OFFSETS.get(m["rel"].lower())
        return Expr(
            "calendar", day=1 if first else 28, rel="month", n=n, mod=None if first else "LAST_DAY", unit=work
        )
    if m["rel_year"]:  # "the first day of next year"
        n = REL_OFFSETS[m["rel_year"].lower()]
        return Expr("calendar", month=1 if first else 12, day=1 if first else 31, rel="year", n=n, unit=work)
    if not m["month"]:
        year = _year(m["of_year"]) if m["of_year"] else None  # "the last day of 2024"
        return (
            Expr("calendar", year=year, month=1, day=1, unit=work)
            if first
            else Expr("calendar", year=year, month=12, day=31, unit=work)
        )
    month, year = month_number(m["month"]), _year(m["year"]) if m["year"] else None
    if work:  # (the month, whose edge is moved to a working day once its year is known)
        return Expr("calendar", year=year, month=month, unit=work)
    if first:
        return Expr("calendar", year=year, month=month, day=1)
    if month == 2 and year is None:
        return None  # February's last day, in a year not written, is not known
    # (any year has the other months' lengths)
    return Expr("calendar", year=year, month=month, day=calendar.monthrange(year or 2001, month)[1])


#: A day of the month in words, as a transcript writes it ("March eighth", "the first of April").
#: The lexicon's ordinals in words up to "twentieth", and on to "thirty-first".
DAY_WORDS: Final[dict[str, int]] = {
    **{word: n for word, n in ORDINALS.items() if n <= 20 and word.isalpha()},
    **{f"twenty-{word}": 20 + n for word, n in ORDINALS.items() if n < 10 and word.isalpha()},
    "thirtieth": 30,
    "thirty-first": 31,
}
_DAY_WORD_RE: Final = "|".join(sorted(DAY_WORDS, key=len, reverse=True)).replace("-", r"[-\s]")


@rule(
    "spoken-day",
    rf"\b(?:{_WEEKDAY_BEFORE}(?P<month>{MONTH_RE})\.?\s+(?:the\s+)?(?P<day>{_DAY_WORD_RE})(?![-\w]){_CLOSE_PAREN}"
    rf"|the\s+(?P<day2>{_DAY_WORD_RE})\s+of\s+(?P<month2>{FULL_MONTH_RE})(?![-\w]))"
    rf"(?:,?[^\S\n]+(?P<year>{YEAR_RE}){_YEAR_END})?",
    ("The vote is on March eighth.", "March eighth", "2026-03-08"),
    ("He was born on the twenty-first of March, 1950.", "the twenty-first of March, 1950", "1950-03-21"),
    ("He was born on March the twenty-first 1950.", "March the twenty-first 1950", "1950-03-21"),
    ("The vote is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "2026-03-08"),
    ("Talks resume on January the fifth.", "January the fifth", "2026-01-05"),
    ("The deadline was the first of April.", "the first of April", "2025-04-01"),
    ("It ended on the twenty-third of June.", "the twenty-third of June", "2025-06-23"),
    ("Theresa May first said so.", "May first", None),
    ("The first of May's two votes failed.", "The first of May", "2025-05-01"),
)
def _spoken_day(m: re.Match[str], text: str) -> Expr | None:
    month_word = m["month"] or m["month2"]
    if not _month_ok(month_word, False) or (
        month_word.lower() == "may"
        and (m["month"] and not _MAY_DAY_BEFORE.search(text, m.start() - 6, m.start()))
    ):
        return None  # "Theresa May first said": a name, unless a word of time stands before
    if m["day2"] and text[m.start("day2")].isupper():
        return None  # "the Fourth of July": a holiday's name (see the holiday rule)
    day = DAY_WORDS[" ".join((m["day"] or m["day2"]).lower().split()).replace(" ", "-")]
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    year = int(m["year"]) if m["year"] else None
    return _weekday_det(
        Expr("calendar", year=year, month=month_number(month_word), day=day, weekday=weekday), m, text
    )


@rule(
    "day-of-relative-month",
    r"\bthe\s+(?:(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?P<dayw>" + _DAY_WORD_RE + r"))"
    r"\s+of\s+(?P<rel>this|next|last)\s+month\b(?!['’]s\b)",
    ("Payment is due on the 15th of next month.", "the 15th of next month", "2025-09-15"),
    ("The rent was paid on the 3rd of this month.", "the 3rd of this month", "2025-08-03"),
    ("It closed on the 30th of last month.", "the 30th of last month", "2025-07-30"),
    ("The new law takes effect on the first of next month.", "the first of next month", "2025-09-01"),
    ("The vote is on the twenty-first of this month.", "the twenty-first of this month", "2025-08-21"),
    # the first of this month's votes, not a day
    ("The first of this month's two votes failed.", "this month", "2025-08"),
)
def _day_of_relative_month(m: re.Match[str], text: str) -> Expr | None:
    """ "the 15th of next month", "the first of next month": a day of a month counted from the
    writer's."""
    n = REL_OFFSETS[m["rel"].lower()]
    day = _day(m["day"]) if m["day"] else DAY_WORDS[" ".join(m["dayw"].lower().split()).replace(" ", "-")]
    return Expr("calendar", day=day, rel="month", n=n)


#: What may stand before "May" and a day in words for it to be the month: "on May first".
_MAY_DAY_BEFORE: Final = compile_ascii(r"\b(?:on|by|until|from|since|of)\s+$", re.IGNORECASE)


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
