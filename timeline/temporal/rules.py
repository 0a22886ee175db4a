"""The grammar: each rule is a compiled pattern, a parser from match to :class:`Expr`, and the
examples it must get right (checked by ``tests/test_rules.py`` against a Monday, 18 Aug 2025
reference date).

Rules say what words mean; ``resolve`` decides which calendar value they name.  Where two rules
match overlapping text, the engine keeps the longest match (then the earlier rule).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .expressions import Expr
from .lexicon import (
    DAY_RE,
    DECADE_WORDS,
    MONTH_RE,
    NUMBER_RE,
    ORDINALS,
    SEASON_WORDS,
    UNIT_RE,
    UNITS,
    WEEKDAY_RE,
    YEAR_RE,
    alternation,
    month_number,
    number_value,
    unit_of,
    weekday_number,
)

Parser = Callable[[re.Match[str], str], Expr | None]


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar.

    Attributes:
        name: short identifier, shown in explanations and exports.
        pattern: the compiled regular expression.
        parse: turns a match (and the whole text, for context checks) into an Expr, or None to
            reject the match.
        examples: ``(text, mention, value)`` triples resolved against 2025-08-18.
    """

    name: str
    pattern: re.Pattern[str]
    parse: Parser
    examples: tuple[tuple[str, str, str], ...] = ()


RULES: list[Rule] = []

#: The trigger kinds (see ``scan``) near which each rule can match; "word" when not listed.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso-date": ("digit",),
    "numeric-date": ("digit",),
    "month-day-year": ("month",),
    "day-month-year": ("month",),
    "month-day": ("month",),
    "day-month": ("month",),
    "month-year": ("month",),
    "month": ("month",),
    "year": ("digit",),
    "era-year": ("digit",),
    "decade": ("digit", "word"),
    "century": ("word",),
    "quarter-code": ("digit",),
    "weekday": ("weekday",),
    "clock-time": ("digit", "word"),
    "duration": ("digit", "word"),
    "ago": ("digit", "word"),
    "offset-later": ("digit", "word"),
}


def rule(name: str, pattern: str, *examples: tuple[str, str, str], flags: int = re.IGNORECASE):
    """Register a parser function as a rule of the grammar."""

    def register(parse: Parser) -> Parser:
        RULES.append(Rule(name, re.compile(pattern, flags), parse, tuple(examples)))
        return parse

    return register


# --- context checks ---------------------------------------------------------------------------

_PREV_WORD = re.compile(r"([A-Za-z.]+)[\s-]*$")
_NEXT_WORD = re.compile(r"^[\s-]*([A-Za-z]+)")


def prev_word(text: str, pos: int) -> str:
    """The word just before ``pos``, lower-cased ('' at the start)."""
    m = _PREV_WORD.search(text, max(0, pos - 25), pos)
    return m[1].lower() if m else ""


def next_word(text: str, pos: int) -> str:
    """The word just after ``pos``, lower-cased."""
    m = _NEXT_WORD.match(text[pos : pos + 25])
    return m[1].lower() if m else ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_ok(token: str, full_date: bool) -> bool:
    """A month word is a month if capitalised; lower-case only for unambiguous full names in a
    full date ("july 28")."""
    if _capitalised(token):
        return True
    return full_date and token.lower() in {
        "january",
        "february",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }


def _day(token: str) -> int:
    return int(re.match(r"\d+", token)[0])  # type: ignore[index]


def _year(token: str) -> int:
    token = token.lstrip("'’")
    return int(token) if len(token) == 4 else 1900 + int(token) if int(token) >= 30 else 2000 + int(token)


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().strip()
    if w.startswith(("early", "the beginning", "the start")):
        return "START"
    if w.startswith(("mid", "the middle")):
        return "MID"
    if w.startswith(("late", "the end")):
        return "END"
    return None


_PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_MOD_RE = r"(?:(?P<mod>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[-\s]+)?"

# --- full calendar dates ----------------------------------------------------------------------

_YEAR_END = r"(?![\d,.]\d)\b"


@rule(
    "iso-date",
    r"\b(?P<y>\d{4})([-/])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b",
    ("Released 2023-10-07 at noon.", "2023-10-07", "2023-10-07"),
    ("Logged 2024-02-29T14:30Z.", "2024-02-29T14:30Z", "2024-02-29T14:30"),
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
)
def _numeric(m: re.Match[str], text: str) -> Expr | None:
    a, b = int(m["a"]), int(m["b"])
    if m[2] == "." and len(m["y"]) == 2:
        return None  # 1.5.24 is more likely a version number than a date
    # month first unless that is impossible; the day-first option swaps in the engine
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31 or month == 0 or day == 0:
        return None
    return Expr(
        "calendar", year=_year(m["y"]), month=month, day=day, mod="numeric" if a <= 12 and b <= 12 else None
    )


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
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY_RE})\s+(?:of\s+)?(?P<month>{MONTH_RE}),?\s+(?P<year>{YEAR_RE}){_YEAR_END}",
    ("on 7 October 2023 at dawn", "7 October 2023", "2023-10-07"),
    ("the 4th of July 1776", "the 4th of July 1776", "1776-07-04"),
)
def _dmy(m: re.Match[str], text: str) -> Expr | None:
    if not _month_ok(m["month"], True):
        return None
    return Expr("calendar", year=_year(m["year"]), month=month_number(m["month"]), day=_day(m["day"]))


# --- partial calendar dates -------------------------------------------------------------------


@rule(
    "month-day",
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})\b(?![.,]?\d|:)",
    ("which was held in New York on July 28 under", "July 28", "2025-07-28"),
    ("Cairo, Aug 18 (IANS)", "Aug 18", "2025-08-18"),
    ("The vote will be held on Sept. 2.", "Sept. 2", "2025-09-02"),
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
    rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY_RE})\s+(?:of\s+)?(?P<month>{MONTH_RE})\b",
    ("signed on 28 July in Paris", "28 July", "2025-07-28"),
)
def _dm(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]):
        return None
    return Expr("calendar", month=month_number(m["month"]), day=_day(m["day"]))


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


_MONTH_CONTEXT = frozenset(
    "in since until till by from to through throughout during before after between and or of "
    "early late mid last next this end beginning".split()
)
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


@rule(
    "month",
    rf"\b(?:(?P<rel>last|next|this|coming|past)\s+|{_MOD_RE})(?P<month>{_FULL_MONTHS})\b(?!\s*\d)",
    ("Talks resumed in May after", "May", "2025-05"),
    ("prices fell in mid-July", "mid-July", "2025-07"),
    ("elections last November", "last November", "2024-11"),
    ("the talks will resume in December", "December", "2025-12"),
)
def _month(m: re.Match[str], text: str) -> Expr | None:
    word = m["month"]
    if not _capitalised(word):
        return None
    if not (m["rel"] or m["mod"]) and prev_word(text, m.start()) not in _MONTH_CONTEXT:
        return None
    rel = m["rel"].lower() if m["rel"] else None
    return Expr(
        "calendar",
        month=month_number(word),
        rel={"coming": "next", "past": "last"}.get(rel or "", rel),
        mod=_mod(m["mod"]),
    )


_COUNTED = frozenset(
    "people persons men women children troops soldiers civilians workers residents employees "
    "jobs households homes houses cars vehicles votes voters members students patients cases "
    "deaths dead refugees migrants protesters police officers fighters militants rockets "
    "missiles tons tonnes tones kilometres kilometers km metres meters feet miles kg pounds "
    "dollars euros yen barrels shares points gmt utc hours hrs hrs. sq acres hectares units "
    "pages words calories mg ml rpm".split()
)
_NOT_YEAR_BEFORE = frozenset(
    "resolution no no. number room flight route article section chapter page pp pp. model "
    "version v v. code item vol vol. volume highway bus lot unit apartment suite box windows "
    "office boeing airbus interstate channel level grade size type form bill rule law decree "
    "paragraph clause annex file case batch serial id ref platform gate seat row track "
    "population".split()
)


@rule(
    "year",
    rf"(?<![$€£#\w.,:/])(?<![A-Za-z]-)(?:{_MOD_RE}|(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s*))?(?P<year>{YEAR_RE})(?!%|\s*percent|[,.:/]\d|\d|-\d{{2}}-)(?-i:(?![a-z0-9]))",
    ("borders set in 1967 remain", "1967", "1967"),
    ("since early 2024", "early 2024", "2024"),
    ("profit in fiscal 1989", "fiscal 1989", "1989"),
    ("by the end of 1998", "the end of 1998", "1998"),
    ("the war of 1914-1918 ended", "1918", "1918"),
)
def _year_alone(m: re.Match[str], text: str) -> Expr | None:
    if prev_word(text, m.start()) in _NOT_YEAR_BEFORE:
        return None
    if next_word(text, m.end()) in _COUNTED or _STREET.match(text, m.end()):
        return None
    return Expr("calendar", year=int(m["year"]), mod=_mod(m["mod"]))


_STREET = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Terrace|Highway|Parkway)\b"
)


@rule(
    "era-year",
    r"\b(?:(?:ca\.|c\.|circa)\s+)?(?:(?P<y>\d{1,4})\s*(?P<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE)(?![\w.])|(?P<ad>AD|A\.D\.)\s*(?P<y2>\d{1,4})\b)",
    ("Athens fell in 404 BC after", "404 BC", "BC0404"),
    ("crowned in AD 800 at Rome", "AD 800", "0800"),
    ("ca. 480 B.C. the fleet", "ca. 480 B.C.", "BC0480"),
    flags=0,
)
def _era_year(m: re.Match[str], text: str) -> Expr | None:
    year = int(m["y"] or m["y2"])
    if m["era"] and m["era"].startswith("B"):
        return Expr("fixed", value=f"BC{year:04d}") if year > 0 else None
    return Expr("calendar", year=year) if year > 0 else None


@rule(
    "decade",
    rf"(?:\b{_MOD_RE}(?P<full>1[0-9]{{2}}0|20[0-9]0)['’]?s|(?<=the )['’](?P<short>[0-9]0)['’]?s|(?<=the )\b(?P<word>{alternation(DECADE_WORDS)}))\b",
    ("a boom in the 1990s", "1990s", "199"),
    ("since the early 2000s", "early 2000s", "200"),
    ("music of the '80s", "'80s", "198"),
    ("in the nineties", "nineties", "199"),
)
def _decade(m: re.Match[str], text: str) -> Expr | None:
    if m["full"]:
        value = m["full"][:3]
    elif m["short"]:
        value = ("19" if int(m["short"]) >= 30 else "20") + m["short"][0]
    else:
        value = "19" + str(DECADE_WORDS[m["word"].lower()])
    return Expr("fixed", value=value, mod=_mod(m["mod"]))


_ORDINAL_RE = alternation(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"


@rule(
    "century",
    rf"\b(?:the\s+)?{_MOD_RE}(?P<n>{_ORDINAL_RE})[-\s]+century\b",
    ("the 19th century", "the 19th century", "18"),
    ("since the twentieth century", "the twentieth century", "19"),
)
def _century(m: re.Match[str], text: str) -> Expr | None:
    n = ORDINALS.get(m["n"].lower()) or int(re.match(r"\d+", m["n"])[0])  # type: ignore[index]
    return Expr("fixed", value=f"{n - 1:02d}", mod=_mod(m["mod"]))


# --- parts of a year --------------------------------------------------------------------------

_SEASON_PREP = frozenset("in during over by since until through this last next the of early late".split())


@rule(
    "season",
    rf"\b(?:(?P<the>the)\s+)?{_MOD_RE}(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR_RE}){_YEAR_END})?",
    ("the summer of 2022", "the summer of 2022", "2022-SU"),
    ("talks this spring", "this spring", "2025-SP"),
    ("the vote last fall", "last fall", "2024-FA"),
)
def _season(m: re.Match[str], text: str) -> Expr | None:
    season = SEASON_WORDS[m["season"].lower()]
    rel = (m["rel"] or "").lower() or None
    if not (m["year"] or rel):
        if m["season"].lower() == "fall" or (not m["the"] and prev_word(text, m.start()) not in _SEASON_PREP):
            return None
    rel = {"coming": "next", "past": "last"}.get(rel or "", rel)
    return Expr("part", part=season, year=int(m["year"]) if m["year"] else None, rel=rel, mod=_mod(m["mod"]))


_SPORT = frozenset(
    "touchdown goal goals points point lead run rally comeback penalty score try field".split()
)
_QUARTER_NUMBERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


@rule(
    "quarter",
    rf"\b(?:(?:the|this|last|next)\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]quarter"
    rf"(?:\s+of\s+(?:(?P<year>{YEAR_RE})|(?P<rel>last|next|this)\s+year|the\s+(?:year|current\s+year)))?(?:\s+(?P<year2>{YEAR_RE}))?{_YEAR_END}",
    ("profit in the fourth quarter", "the fourth quarter", "2025-Q4"),
    ("third-quarter earnings", "third-quarter", "2025-Q3"),
    ("the first quarter of 2024", "the first quarter of 2024", "2024-Q1"),
    ("the first quarter of next year", "the first quarter of next year", "2026-Q1"),
    ("the fourth quarter of last year", "the fourth quarter of last year", "2024-Q4"),
)
def _quarter(m: re.Match[str], text: str) -> Expr | None:
    if next_word(text, m.end()) in _SPORT:
        return None
    year = m["year"] or m["year2"]
    part = f"Q{_QUARTER_NUMBERS[m['ord'].lower()]}"
    return _part_of_year(part, int(year) if year else None, m["rel"])


_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _part_of_year(part: str, year: int | None, rel: str | None) -> Expr:
    """A quarter, half or season; "of next year" counts whole years from the reference."""
    if rel:
        return Expr("part", part=part, rel="year", n=_YEAR_OFFSETS[rel.lower()])
    return Expr("part", part=part, year=year)


@rule(
    "quarter-code",
    rf"\bQ(?P<q>[1-4])(?:[\s/-]*(?:(?P<year>{YEAR_RE})|['’](?P<yy>\d\d)))?\b",
    ("sales in Q4 2024 rose", "Q4 2024", "2024-Q4"),
    ("Q3 results", "Q3", "2025-Q3"),
    flags=0,
)
def _quarter_code(m: re.Match[str], text: str) -> Expr | None:
    year = int(m["year"]) if m["year"] else _year(m["yy"]) if m["yy"] else None
    return Expr("part", part=f"Q{m['q']}", year=year)


@rule(
    "relative-quarter",
    r"\b(?P<det>the|this|last|next)\s+(?P<rel>(?:latest|last|previous|past|current|next|coming|same|year-earlier|year-ago)\s+)?quarter\b(?!ly)",
    ("sales rose in the latest quarter", "the latest quarter", "2025-Q2"),
    ("the current quarter", "the current quarter", "2025-Q3"),
    ("profit for the quarter rose", "the quarter", "2025-Q2"),
    ("next quarter", "next quarter", "2025-Q4"),
)
def _relative_quarter(m: re.Match[str], text: str) -> Expr | None:
    det = m["det"].lower()
    rel = (m["rel"] or "").strip().lower()
    if next_word(text, m.end()) in _SPORT:
        return None
    if rel in ("year-earlier", "year-ago"):
        return Expr("anaphoric", unit="year", n=-1, part="Q")
    if rel == "same":
        return None
    if rel in ("latest", "last", "previous", "past") or det == "last":
        return Expr("part", part="Q", n=-1)
    if rel in ("next", "coming") or det == "next":
        return Expr("part", part="Q", n=1)
    if det == "the" and not rel:
        return Expr("part", part="Q", rel="the")
    return Expr("part", part="Q", n=0)


@rule(
    "half",
    rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)[-\s]half(?:\s+of\s+(?:(?P<year>{YEAR_RE})|(?P<rel>last|next|this)\s+year|the\s+year))?{_YEAR_END}",
    ("in the second half of the year", "the second half of the year", "2025-H2"),
    ("the first half of 2023", "the first half of 2023", "2023-H1"),
    ("first-half profit", "first-half", "2025-H1"),
)
def _half(m: re.Match[str], text: str) -> Expr | None:
    written_of = "of" in m.group()[m.group().lower().find("half") :]
    hyphen_adj = "-" in m.group() and next_word(text, m.end()) in _FINANCE
    if not (written_of or hyphen_adj):
        return None
    part = "H1" if m["ord"].lower() in ("first", "1st") else "H2"
    return _part_of_year(part, int(m["year"]) if m["year"] else None, m["rel"])


_FINANCE = frozenset(
    "profit profits earnings results sales revenue revenues loss losses net growth output income".split()
)

# --- deictic expressions: relative to the reference date --------------------------------------


@rule(
    "today",
    r"\b(?P<w>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b(?!['’]s)(?:\s+(?P<part>morning|afternoon|evening|night))?|\b(?P<w2>today|yesterday|tomorrow)(?=['’]s)",
    ("Talks resume today.", "today", "2025-08-18"),
    ("He said yesterday that", "yesterday", "2025-08-17"),
    ("ends tomorrow", "tomorrow", "2025-08-19"),
    ("yesterday morning", "yesterday morning", "2025-08-17TMO"),
)
def _today(m: re.Match[str], text: str) -> Expr | None:
    w = " ".join((m["w"] or m["w2"]).lower().split())
    n = {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    part = _PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    return Expr("deictic", unit="day", n=n, part=part)


@rule(
    "part-of-day",
    r"\b(?:(?P<this>this)\s+(?P<part>morning|afternoon|evening)|(?P<tonight>tonight)|(?P<last>last)\s+night)\b",
    ("Officials met this morning.", "this morning", "2025-08-18TMO"),
    ("fighting last night", "last night", "2025-08-17TNI"),
)
def _part_of_day(m: re.Match[str], text: str) -> Expr | None:
    if m["last"]:
        return Expr("deictic", unit="day", n=-1, part="TNI")
    part = "TNI" if m["tonight"] else _PARTS_OF_DAY[m["part"].lower()]
    return Expr("deictic", unit="day", n=0, part=part)


@rule(
    "weekday",
    r"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?!['’]s?\s+(?:Child|Island))(?:\s+(?P<part>morning|afternoon|evening|night))?",
    ("the meeting on Sunday, Madbouly", "Sunday", "2025-08-17"),
    ("will meet next Thursday", "next Thursday", "2025-08-21"),
    ("arrived last Friday", "last Friday", "2025-08-15"),
    ("clashes on Saturday night", "Saturday night", "2025-08-16TNI"),
)
def _weekday(m: re.Match[str], text: str) -> Expr | None:
    if m.group().lower().endswith("s") and not m["part"] and m["wd"].lower() + "s" == m.group().lower():
        return Expr("fixed", "SET", value="XXXX-WXX-" + str(weekday_number(m["wd"]) + 1))
    rel = (m["rel"] or "").lower() or None
    rel = {"coming": "next", "past": "last", "previous": "last"}.get(rel or "", rel)
    part = _PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    return Expr("weekday", weekday=weekday_number(m["wd"]), rel=rel, part=part)


_REL_UNITS = r"week|weekend|month|year|quarter|decade|century"


@rule(
    "relative-unit",
    rf"\b(?:(?P<mod>early|earlier|mid|late|later|the\s+(?:end|beginning|start|middle)\s+of)[-\s]+)?(?:(?P<the>the)\s+)?(?P<rel>last|next|this|coming|past|previous|current)\s+(?P<unit>{_REL_UNITS})\b",
    ("prices rose last year", "last year", "2024"),
    ("Talks resume next week.", "next week", "2025-W35"),
    ("earlier this month", "earlier this month", "2025-08"),
    ("late last year", "late last year", "2024"),
    ("over the weekend", "the weekend", "2025-W33-WE"),
)
def _relative_unit(m: re.Match[str], text: str) -> Expr | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if rel == "previous":
        return Expr("anaphoric", unit=unit, n=-1)
    n = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[rel]
    if unit == "quarter":
        return Expr("part", part="Q", n=n)
    mod = m["mod"].lower() if m["mod"] else None
    return Expr(
        "deictic", unit=unit, n=n, mod=_mod({"earlier": "early", "later": "late"}.get(mod or "", mod))
    )


@rule(
    "the-weekend",
    r"\b(?:the|this)\s+weekend\b",
    ("clashes over the weekend", "the weekend", "2025-W33-WE"),
)
def _the_weekend(m: re.Match[str], text: str) -> Expr | None:
    return Expr("deictic", unit="weekend", n=0 if m.group().lower().startswith("this") else -1)


@rule(
    "ago",
    rf"\b(?P<n>{NUMBER_RE})\s+(?P<unit>{UNIT_RE})\s+(?P<dir>ago|from\s+now|hence)\b",
    ("three years ago", "three years ago", "2022"),
    ("two weeks ago", "two weeks ago", "2025-W32"),
    ("a day ago", "a day ago", "2025-08-17"),
    ("several years ago", "several years ago", "PAST_REF"),
)
def _ago(m: re.Match[str], text: str) -> Expr | None:
    n = number_value(m["n"])
    sign = -1 if m["dir"].lower() == "ago" else 1
    if n is None:
        return Expr("fixed", value="PAST_REF" if sign < 0 else "FUTURE_REF")
    return Expr("deictic", unit=unit_of(m["unit"]), n=sign * n)


# --- anaphoric expressions: relative to the narrative's last date -----------------------------

_CAME = re.compile(
    r"\b(?:came|comes|come|coming|followed|follows|was|were|is|are)\s+(?:just\s+|only\s+|barely\s+)?$", re.I
)


@rule(
    "offset-later",
    rf"\b(?P<n>{NUMBER_RE})\s+(?P<unit>{UNIT_RE})\s+(?P<dir>later|earlier|before|after|afterwards?|previously)\b",
    ("Two weeks later, the talks", "Two weeks later", "2025-09-01"),
    ("The remarks came a day after Israel announced plans", "a day after", "2025-08-17"),
)
def _offset(m: re.Match[str], text: str) -> Expr | None:
    n = number_value(m["n"])
    if n is None:
        return None
    d = m["dir"].lower()
    sign = -1 if d in ("earlier", "before", "previously") else 1
    inverted = d in ("after", "before") and bool(_CAME.search(text, max(0, m.start() - 30), m.start()))
    return Expr(
        "anaphoric", unit=unit_of(m["unit"]), n=-sign * n if inverted else sign * n, inverted=inverted
    )


@rule(
    "following-unit",
    r"\b(?:the\s+)?(?P<rel>following|next|previous|preceding|prior|same)\s+(?P<unit>day|week|month|year)\b"
    r"|\b(?:(?:earlier|later)\s+)?(?P<that>that(?:\s+same)?|the\s+same)\s+(?P<unit2>day|week|month|year)\b"
    r"|\bthe\s+(?P<unit3>day|week|month|year)\s+(?P<dir>before|after|earlier)\b(?!\s+(?:tomorrow|yesterday))",
    ("The following day, police", "The following day", "2025-08-19"),
    ("the previous year", "the previous year", "2024"),
)
def _following(m: re.Match[str], text: str) -> Expr | None:
    if m["unit"]:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        if rel == "next" and not m.group().lower().startswith("the"):
            return None  # "next week" is deictic
        n = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[rel]
    elif m["unit2"]:
        unit, n = m["unit2"].lower(), 0
    else:
        unit, n = m["unit3"].lower(), (1 if m["dir"].lower() == "after" else -1)
    return Expr("anaphoric", unit=unit, n=n)


# --- references to now, the past, the future --------------------------------------------------


@rule(
    "present-ref",
    r"\b(?:(?P<present>now|currently|at\s+present|the\s+present|nowadays|these\s+days|at\s+the\s+moment)"
    r"|(?P<past>recently|recent\s+(?:years|months|weeks)|the\s+past(?!\s+(?:\d|"
    + NUMBER_RE
    + r"|"
    + UNIT_RE
    + r")))"
    r"|(?P<future>the\s+future|the\s+coming\s+(?:years|months|weeks|days)|the\s+years\s+ahead))\b",
    ("plans for the future", "the future", "FUTURE_REF"),
    ("is now closed", "now", "PRESENT_REF"),
    ("had recently left", "recently", "PAST_REF"),
)
def _present_ref(m: re.Match[str], text: str) -> Expr | None:
    g = m.group().lower()
    if m["present"]:
        if g == "now" and next_word(text, m.end()) in ("that", "on"):
            return Expr("fixed", value="PRESENT_REF") if next_word(text, m.end()) == "that" else None
        return Expr("fixed", value="PRESENT_REF")
    return Expr("fixed", value="PAST_REF" if m["past"] else "FUTURE_REF")


# --- durations and sets: recognised so that they are not taken for dates ----------------------


@rule(
    "duration",
    rf"\b(?:(?:the\s+)?(?:past|last|next|coming|first|final|previous)\s+)?(?P<n>{NUMBER_RE}|\d+(?:\.\d+)?)[-\s]+(?P<unit>{UNIT_RE}|hours?|minutes?)(?:[-\s]+(?:long|old))?\b",
    ("a war lasting three years", "three years", "P3Y"),
    ("the past two decades", "the past two decades", "P2DE"),
    ("a 50-year-old man", "50-year-old", "P50Y"),
)
def _duration(m: re.Match[str], text: str) -> Expr | None:
    n = number_value(m["n"]) if not re.fullmatch(r"\d+\.\d+", m["n"]) else None
    unit = unit_of(m["unit"])
    letter = {"hour": "TH", "minute": "TM"}.get(unit) or UNITS[unit][0]
    amount = "X" if n is None and not re.fullmatch(r"\d+\.\d+", m["n"]) else m["n"] if n is None else str(n)
    if letter.startswith("T"):
        return Expr("fixed", "DURATION", value=f"PT{amount}{letter[1]}")
    return Expr("fixed", "DURATION", value=f"P{amount}{letter}")


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "hour": "PT1H"}


@rule(
    "set",
    r"\b(?:(?:every|each|per)\s+(?P<unit>day|week|month|year|quarter|hour)\b|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly)\b)",
    ("published weekly", "weekly", "P1W"),
    ("twice every year", "every year", "P1Y"),
)
def _set(m: re.Match[str], text: str) -> Expr | None:
    if m["unit"]:
        value = _SET_UNITS[m["unit"].lower()]
    else:
        adv = m["adv"].lower()
        value = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "quarterly": "P3M",
            "annually": "P1Y",
            "yearly": "P1Y",
            "hourly": "PT1H",
        }[adv]
    return Expr("fixed", "SET", value=value)


@rule(
    "clock-time",
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)|\b(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)\b(?!:?\d)|\b(?P<word>noon|midnight)\b",
    ("The polls close at 8 p.m. tonight", "8 p.m.", "T20:00"),
    ("at 14:30 local time", "14:30", "T14:30"),
)
def _clock(m: re.Match[str], text: str) -> Expr | None:
    if m["word"]:
        return Expr("fixed", "TIME", value="T12:00" if m["word"].lower() == "noon" else "T24:00")
    if m["h24"]:
        return Expr("fixed", "TIME", value=f"T{m['h24']}:{m['mi24']}")
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return Expr("fixed", "TIME", value=f"T{h:02d}:{m['mi'] or '00'}")
