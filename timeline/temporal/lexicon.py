"""Words of English dates: month and weekday names, number words, units, and regex fragments
built from them (and one pattern the rules and the engine both read).  Data only; the rules that
use them live in ``rules``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .asciimode import compile_ascii

MONTHS: Final[dict[str, int]] = {}
for _n, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _n

#: Month words that are also common English words: a month only in a date-like context.
AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sep", "oct", "aug"})

WEEKDAYS: Final[dict[str, int]] = {}
for _n, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed", "weds"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _n

NUMBERS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
    # hundreds and thousands counted whole ("two hundred years ago"), in the trie with the rest
    **{
        f"{word} {multiple}": value * size
        for value, word in enumerate("one two three four five six seven eight nine".split(), 1)
        for multiple, size in (("hundred", 100), ("thousand", 1000))
    },
    "a couple of": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
}
#: Quantities with no exact number: TIMEX3 writes them with ``X``.
VAGUE_NUMBERS: Final = frozenset({"several", "a few", "few", "some", "many", "a number of"})
#: The modal verbs: "would spring a surprise" is no season; "said ... ships could be needed" looks
#: ahead from what is said.
MODALS: Final = frozenset("will would could can may might should must shall".split())

ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

#: Decades in words, by the digit of their tens: those of the 1900s, and the 2000s' "noughties".
DECADE_WORDS: Final[dict[str, int]] = {
    "noughties": 0,
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

#: Units of time: name → (TIMEX3 duration letter, granularity).
UNITS: Final[dict[str, tuple[str, str]]] = {
    "day": ("D", "day"),
    "week": ("W", "week"),
    "fortnight": ("W", "week"),
    "month": ("M", "month"),
    "quarter": ("Q", "quarter"),
    "year": ("Y", "year"),
    "decade": ("DE", "decade"),
    "century": ("CE", "century"),
}

SEASON_WORDS: Final = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def alternation(words: Iterable[object]) -> str:
    """A regex alternation of the words, longest first so that the longest one wins."""
    return "|".join(sorted((str(w).replace(" ", r"\s+") for w in words), key=len, reverse=True))


def trie_source(words: Iterable[str]) -> str:
    """A pattern matching any of some words, written as a trie so that the regular expression
    engine tests one letter per branch instead of every word in turn.  Where one word is the
    start of another, the longer is tried first (put a word-boundary test after it)."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [re.escape(letter) + branch(rest) for letter, rest in sorted(node.items()) if letter]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


#: The months and weekdays by their full names, as alternatives for a pattern.
FULL_MONTH_RE: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
FULL_WEEKDAY_RE: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTH_RE: Final = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAY_RE: Final = (
    r"(?:Mon(?:day|\.)?|Tue(?:s(?:day)?|\.)?|Wed(?:nesday|s\.?|\.)?|Thu(?:r(?:s(?:day)?)?|\.)?"
    r"|Fri(?:day|\.)?|Sat(?:urday|\.)?|Sun(?:day|\.)?)"
)
DAY_RE: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: The words that make a weekday a holiday's or a day's name: "Easter Monday", "Good Friday",
#: "Super Tuesday", as a pattern (capitalised: "a good Friday" is a Friday).
HOLIDAY_WEEKDAY_WORDS_RE: Final = r"(?:Easter|Good|Black|Cyber|Ash|Holy|Maundy|Palm|Whit|Shrove|Super)"
#: A year of four digits: 1000 to 2099, and 2100, the year that reports of the climate look to ("by
#: 2100"); a number past it is a count or a time ("at 2130").
YEAR_RE: Final = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
NUMBER_RE: Final = (
    # (a count in thousands written with commas: "for 46,000 years", "3,000 years ago")
    r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<!\d[,.])\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
    # a trie, not a list of words: with case ignored the engine would try every word in turn
    + trie_source([*NUMBERS, *VAGUE_NUMBERS]).replace(r"\ ", r"\s+")
    + ")"
)
UNIT_RE: Final = r"(?:day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
#: An amount of a unit, halves included: "three years", "two and a half years", "2 1/2 years",
#: "a year and a half", "half a century".  Read with :func:`amount`.
AMOUNT_RE: Final = (
    rf"(?P<half_a>half\s+(?=an?\s))?(?P<quarter_a>(?:a|one)\s+quarter\s+of\s+(?=an?\s+(?:centur|decade)))?"
    rf"(?P<n>{NUMBER_RE})(?P<half>\s+and\s+a\s+half|[^\S\n]*½|[^\S\n]+1/2)?"
    # ... and "a half century", "a quarter-century"
    r"(?:(?P<frac>\s+(?:half|quarter)[-\s]+(?=centur|decade))|\s+)"
    rf"(?P<unit>{UNIT_RE})(?P<half_h>\s+and\s+a\s+half)?"
)


def month_number(token: str) -> int:
    """Month number of a month word ('Sept.' → 9)."""
    return MONTHS[token.rstrip(".").lower()]


def ordinal_value(token: str) -> int | None:
    """The value of an ordinal in words or digits ("twenty-first" → 21, "50th" → 50); None for
    anything else."""
    t = " ".join(token.lower().split())
    if t in ORDINALS:
        return ORDINALS[t]
    if t[:-2].isdigit() and t[-2:] in ("st", "nd", "rd", "th"):
        return int(t[:-2])
    return None


def weekday_number(token: str) -> int:
    """Weekday number, Monday 0, of a weekday word ('Thurs' → 3)."""
    return WEEKDAYS[token.rstrip(".").lower()]


_TENS: Final = frozenset(range(20, 100, 10))


def number_value(token: str) -> int | None:
    """The value of a number written in digits or words; None for vague quantities."""
    t = " ".join(token.lower().replace("-", " ").split())
    if t.isdigit():
        return int(t)
    if t[:1].isdigit() and t.replace(",", "").isdigit():  # "46,000"
        return int(t.replace(",", ""))
    if t in NUMBERS:
        return NUMBERS[t]
    parts = t.split()
    if len(parts) == 2 and NUMBERS.get(parts[0], 0) in _TENS and NUMBERS.get(parts[1], 10) < 10:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]  # "twenty-one"; not "a two" (a two-day meeting)
    return None


#: How many of the next smaller unit a unit holds, to count halves in whole units.
_SMALLER: Final = {
    "year": ("month", 12),
    "decade": ("year", 10),
    "century": ("year", 100),
    "month": ("week", 4),
    "week": ("day", 7),
}


def amount(m: re.Match[str]) -> tuple[str, int | None, str]:
    """The unit, the whole number of units (None for "several") and the amount as written in
    ISO 8601 ("2.5") of a match of :data:`AMOUNT_RE`.  A half is counted in the next smaller
    unit: "two and a half years" is 30 months; a half month or day stays a half (None)."""
    unit, n = unit_of(m["unit"]), number_value(m["n"])
    if "frac" in m.re.groupindex and (m["quarter_a"] or m["frac"]):  # (the duration rule has neither)
        if n != 1 or m["half"] or m["half_h"] or m["half_a"]:
            return unit, None, "X"
        share = 4 if m["quarter_a"] or "quarter" in m["frac"].lower() else 2
        years = {"century": 100, "decade": 10}[unit] / share
        if years.is_integer():  # "a quarter of a century": 25 years
            return "year", int(years), str(int(years))
        return "month", int(years * 12), f"{years:g}"
    if m["half_a"] and n == 12 and not (m["half"] or m["half_h"]):
        return unit, 6, "6"  # "half a dozen years": six whole years
    half = bool(m["half"] or m["half_a"] or m["half_h"])
    if m["half_a"] or (m["half_h"] and m["half"]):
        n = 0 if m["half_a"] and n == 1 else None  # "half a century"; not "half two years"
    if not half or n is None:
        return unit, n, "X" if n is None else str(n)
    written = f"{n}.5"
    if unit in _SMALLER:
        smaller, size = _SMALLER[unit]
        return smaller, n * size + size // 2, written
    return unit, None, written


def unit_of(token: str) -> str:
    """Singular unit name of a unit word ('centuries' → 'century')."""
    t = token.lower()
    if t.startswith("centur"):
        return "century"
    return t[:-1] if t.endswith("s") else t


#: An event dated right after a count from it: "the week before| the budget on |March 26", "a
#: day after| the vote on |Thursday".
EVENT_DATED_AFTER: Final = compile_ascii(
    r"[^\S\n]+the[^\S\n]+(?:[a-z][\w'’-]*[^\S\n]+){1,3}?(?:on|of)[^\S\n]+", re.IGNORECASE
)


#: The start of a noun phrase, after "the year before": "the year before |the war", "the year
#: before |Brexit" (an event's year, not the story's).
NOUN_PHRASE_START: Final = r"(?:(?:the|a|an|his|her|its|their|this|that|these|those)\b|[A-Z])"
