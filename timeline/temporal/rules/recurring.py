"""Durations, sets and clock times: recognised so that they are never taken for dates ("three
years", "every week", "8 p.m.")."""

from __future__ import annotations

import re
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import (
    FULL_MONTH_RE,
    FULL_WEEKDAY_RE,
    NUMBER_RE,
    NUMBERS,
    SEASON_WORDS,
    UNIT_RE,
    UNITS,
    amount,
    month_number,
    number_value,
    unit_of,
    weekday_number,
)
from .base import _PARTS_OF_DAY, _clock_time, after_midnight, next_word, rule

# --- durations and sets: recognised so that they are not taken for dates ----------------------


_DECIMAL: Final = compile_ascii(r"\d+\.\d+")

# tested after "last" has matched (where it stands first, every word start would test them all)
_NOT_THE_VERB: Final = "".join(
    rf"(?<!\b{word}\slast)" for word in "will would could can may might must should shall to not and".split()
)


#: A modal right before "one day": "will one day be", "would one day return".
_MODAL_BEFORE: Final = compile_ascii(
    r"\b(?:will|would|could|might|may|shall|can|might\s+yet|must)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$|['’]ll[^\S\n]+$",
    re.IGNORECASE,
)
#: After "One day" opening a sentence, a hope or a future in its clause: "One day, she hopes to".
_HOPED_AFTER: Final = compile_ascii(
    r",?[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?(?:will|['’]ll|would|could|might|may|hopes?|hoped|plans?|wants?|dreams?"
    r"|intends?|wishes)\b",
    re.IGNORECASE,
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether nothing but a sentence's end or a line's start stands right before ``start``."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n"


@rule(
    "duration",
    # one path for every amount (a second alternative would read each number twice)
    # "last" after a modal is the verb: "the visit will last three days"
    rf"\b(?P<lead>(?:the\s+)?(?:past|last{_NOT_THE_VERB}|next|coming|first|final|previous)\s+)?(?P<half_a>half\s+(?=an?\s))?"
    rf"(?P<n>{NUMBER_RE}|(?<!\d[,.])\d+(?:\.\d+)?)(?P<half>\s+and\s+a\s+half|[^\S\n]*½|[^\S\n]+1/2|-1/2)?[-\s]+"
    rf"(?P<unit>{UNIT_RE}|hours?|minutes?)(?P<half_h>\s+and\s+a\s+half)?(?:[-\s]+(?:long|old))?\b"
    # (not "a day care center", a "day-care" worker)
    r"(?![-\s]?care\b)"
    # "Twenty years on, ...": read in the same pass, a date (see ``_duration``)
    r"(?P<on>\s+on(?=[^\S\n]*[,;:.!?)\"”’—–]))?",
    ("a war lasting three years", "three years", "P3Y"),
    ("children in a day care center", "a day", None),
    ("The strike will begin on Monday and last 48 hours.", "48 hours", "PT48H"),
    ("a war lasting two and a half years", "two and a half years", "P2.5Y"),
    ("a term of a year and a half", "a year and a half", "P1.5Y"),
    ("was sentenced to 22-1/2 years in prison", "22-1/2 years", "P22.5Y"),
    ("more than half a century of rule", "half a century", "P50Y"),
    ("a decade and a half of growth", "a decade and a half", "P15Y"),
    ("The talks lasted half an hour.", "half an hour", "PT30M"),
    ("half a dozen years of war", "half a dozen years", "P6Y"),
    ("the past two decades", "the past two decades", "P2DE"),
    ("a 50-year-old man", "50-year-old", "P50Y"),
    # some units, no count: the article is the noun's
    ("ending a months-long saga", "months-long", "PXM"),
    ("an hours-long siege", "hours-long", "PTXH"),
    ("a month-long strike", "month-long", "P1M"),
    ("a 2.5-hour meeting", "2.5-hour", "PT2.5H"),
    ("the visit will last three days", "three days", "P3D"),
    ("over the last three days", "the last three days", "P3D"),
    # "one day" to come is no duration
    ("Islam will one day be the second largest religion.", "one day", "FUTURE_REF"),
    ("One day, she hopes to open a school.", "One day", "FUTURE_REF"),
    ("The strike lasted one day.", "one day", "P1D"),
    ("It opened on 9 July 2004. Twenty years on, the barrier stands.", "Twenty years on", "2024"),
    ("The plant closed in 1995. A decade on, the town is empty.", "A decade on", "2005"),
    # with no date before it, so long after what the story marks: the time of writing
    ("A year on, survivors are still waiting for help.", "A year on", "2025"),
    ("Two days on the run ended in arrest.", "Two days", "P2D"),
    ("a fortnight after the deadline", "a fortnight", "P2W"),
    ("three and a half fortnights", "three and a half fortnights", "P7W"),
    # a share, no time: "by a quarter point", "a quarter of voters"
    ("The bank cut rates by a quarter point.", "a quarter", None),
    ("A quarter of voters said no.", "A quarter", None),
    ("Profit fell for a quarter.", "a quarter", "P1Q"),
    ("It returned to profit after several quarters of losses.", "several quarters", "PXQ"),
    # a war's name, no span of time: "the Six-Day War", "the Thirty Years' War"
    ("The Six-Day War began in 1967.", "Six-Day", None),
    ("The Hundred Years' War ended in 1453.", "Hundred Years", None),
    # a title's
    ('She revealed on CBS\'s "60 Minutes" that she had leaked them.', "60 Minutes", None),
)
def _duration(m: re.Match[str], text: str) -> Expr | None:
    if m["unit"][:1].isupper() and _WAR_NAMED.match(text, m.end()):
        return None
    if m["unit"][:1].isupper() and not m["lead"] and m.start() and text[m.start() - 1] in _QUOTES:
        return None  # "revealed on CBS's \"60 Minutes\"": a title
    if m["lead"] and next_word(text, m.end()) == "ago":
        return None  # "the French Open final five weeks ago": a count back, not the final weeks
    unit = unit_of(m["unit"])
    if (
        not m["lead"]
        and not m["half_h"]
        and m["n"].lower() in ("a", "an")
        and text[m.start("unit") : m.end()].lower().endswith(("-long", "-old"))
    ):
        # "a month-long strike", "a months-long saga": the article is the noun's; one month, or
        # some months (no count of them)
        letter = {"hour": "TH", "minute": "TM"}.get(unit) or UNITS[unit][0]
        some = "X" if m["unit"][-1:].lower() == "s" else "1"
        value = f"PT{some}{letter[1:]}" if letter.startswith("T") else f"P{some}{letter}"
        return Expr("fixed", "DURATION", value=value, lead=m.start() - m.start("unit"))
    if (
        unit == "day"
        and not m["lead"]
        and m["n"].lower() == "one"
        and m.end() - m.start() == 7  # "one day", no more
        and (
            _MODAL_BEFORE.search(text, max(0, m.start() - 16), m.start())
            or (_opens_sentence(text, m.start()) and _HOPED_AFTER.match(text, m.end()))
        )
    ):
        # "Islam will one day be ...", "One day, she hopes to open a school": some day to come
        return Expr("fixed", value="FUTURE_REF")
    if (
        unit == "quarter"
        and not m["lead"]
        and (after := next_word(text, m.end())) in _A_SHARE_OF
        and (after != "of" or m["n"].lower() in ("a", "one", "three"))  # "several quarters of losses"
    ):
        return None  # "by a quarter point", "a quarter of voters": a share, no time
    if m["on"] and unit in UNITS and not m["lead"]:
        # "Twenty years on, the barrier stands": so long after the story's last date, as "twenty
        # years later" is (an amount after "the past", "the next" and the like is no such date)
        _, n, _ = amount(m)
        if n is not None:
            return Expr("anaphoric", unit=unit, n=n, mod="on")
    letter = {"hour": "TH", "minute": "TM"}.get(unit) or UNITS[unit][0]
    if m["half"] or m["half_a"] or m["half_h"]:  # "two and a half years": P2.5Y
        smaller, count, written = amount(m)
        if smaller == "year" and count is not None and unit in ("decade", "century"):
            # TIMEX3's own units take no fraction: "half a century" is P50Y, not P0.5CE
            return Expr("fixed", "DURATION", value=f"P{count}Y")
        if written == "0.5" and unit in _HALF_OF:  # "half an hour": PT30M, not PT0.5H
            return Expr("fixed", "DURATION", value=_HALF_OF[unit])
    elif _DECIMAL.fullmatch(m["n"]):
        written = m["n"]
    else:
        n = number_value(m["n"])
        written = "X" if n is None else str(n)
    if letter.startswith("T"):
        return Expr("fixed", "DURATION", value=f"PT{written}{letter[1]}")
    if unit == "fortnight" and written != "X":  # counted in weeks: "a fortnight" is P2W
        weeks = float(written) * 2
        written = f"{weeks:g}"
    return Expr("fixed", "DURATION", value=f"P{written}{letter}")


#: Words of a cricket report, where a half-century is fifty runs.
_CRICKET: Final = compile_ascii(r"\b(?:runs|balls|innings|wickets?|overs|batting|batsman|batter|bowler)\b", re.IGNORECASE)


@rule(
    "unit-fraction",
    rf"\b(?P<lead>(?:the\s+)?(?:past|last{_NOT_THE_VERB}|next|coming|first|previous)\s+)?"
    r"(?:(?P<frac>half|quarter)[-\s](?P<unit>century|decade)"
    r"|(?:a|one)\s+quarter\s+of\s+a\s+(?P<q_unit>century)"
    r"|(?P<h_unit>year|decade|century)\s+and\s+a\s+half)\b",
    ("for much of the past half century", "the past half century", "P50Y"),
    ("over the last half-century", "the last half-century", "P50Y"),
    ("a half-decade of cuts", "half-decade", "P5Y"),
    ("in the past quarter century", "the past quarter century", "P25Y"),
    ("for more than a quarter of a century", "a quarter of a century", "P25Y"),
    ("over the past decade and a half", "the past decade and a half", "P15Y"),
    ("in the past year and a half", "the past year and a half", "P1.5Y"),
    ("the next century and a half", "the next century and a half", "P150Y"),
    ("the past decade", "the past decade", "201"),  # (no fraction: a date)
    ("Root made a half-century off 61 balls.", "half-century", None),
)
def _unit_fraction(m: re.Match[str], text: str) -> Expr | None:
    """A half or a quarter of a century or a decade ("the past half century"), or a unit and a
    half after "the past" or the like ("the past decade and a half"), which the duration rule
    reads only after a number ("a decade and a half")."""
    if m["frac"] and not m["lead"] and _CRICKET.search(text, max(0, m.start() - 150), m.end() + 150):
        return None  # "Root made a half-century off 61 balls": fifty runs, no time
    if m["h_unit"]:
        if not m["lead"]:
            return None  # "a decade and a half": the duration rule's
        value = {"year": "P1.5Y", "decade": "P15Y", "century": "P150Y"}[m["h_unit"].lower()]
    elif m["q_unit"]:
        value = "P25Y"
    else:
        years = {"century": 100, "decade": 10}[m["unit"].lower()] * (0.5 if m["frac"].lower() == "half" else 0.25)
        value = f"P{years:g}Y"
    return Expr("fixed", "DURATION", value=value)


#: Half of a unit, counted whole in a smaller one.
_HALF_OF: Final = {"year": "P6M", "day": "PT12H", "hour": "PT30M", "minute": "PT30S"}


#: After a capitalised span, what makes it a war's name: "the Six-Day War", "the Seven Years' War".
_WAR_NAMED: Final = compile_ascii(r"['’]?\s+War\b")
#: Marks that open a title: "\"60 Minutes\"", "‘48 Hours’".
_QUOTES: Final = "\"“‘'"
#: After "a quarter" or "three quarters": what it is a share of, no span of time.
_A_SHARE_OF: Final = frozenset(
    "point points percentage of mile miles inch inches pound pounds final finals".split()
)


_SET_UNITS: Final = {
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "year": "P1Y",
    "quarter": "P3M",
    "hour": "PT1H",
}


#: What stands before a word within a sentence (a letter, a digit or a comma, and spaces): not its
#: first word.
_WITHIN_SENTENCE: Final = compile_ascii(r"[\w,][^\S\n]*$")


#: A paper named after "daily", "weekly" or "monthly", which stands for it: "the satirical weekly
#: Charlie Hebdo", "Israel's daily Haaretz".
_PAPER_NAMED: Final = compile_ascii(r"[^\S\n]+[A-Z]")
_PAPER_BEFORE: Final = compile_ascii(r"(?:\b(?:the|an?)|['’]s)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}$", re.IGNORECASE)


@rule(
    "set",
    r"\b(?:(?:(?:once|twice|thrice|(?:\d{1,2}|two|three|four|five|six|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
    r"|(?:every|each|per)\s+)(?P<unit>day|week|month|year|quarter|hour)\b"
    rf"|every\s+(?P<n>other|{NUMBER_RE}|\d{{1,3}})\s+(?P<units>days|weeks|months|years|decades|hours|minutes|{UNIT_RE})\b|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly)\b"
    rf"|(?:every|each)\s+(?:(?:(?i:other|second)\s+)?(?P<wd>{FULL_WEEKDAY_RE})(?:\s+(?P<part>morning|afternoon|evening|night))?|(?P<month>{FULL_MONTH_RE})|(?P<season>spring|summer|autumn|fall|winter))\b)",
    ("published weekly", "weekly", "P1W"),
    ("The group meets twice a year, in spring.", "twice a year", "P1Y"),
    ("The drug is taken three times a day.", "three times a day", "P1D"),
    ("twice every year", "twice every year", "P1Y"),
    ("I still bake every Saturday morning", "every Saturday morning", "XXXX-WXX-6TMO"),
    ("the race, held every April since 1897", "every April", "XXXX-04"),
    ("Elections are held every four years.", "every four years", "P4Y"),
    ("The bins are emptied every other week.", "every other week", "P2W"),
    ("The bus runs every 15 minutes.", "every 15 minutes", "PT15M"),
    ("They meet every other Tuesday.", "every other Tuesday", "XXXX-WXX-2"),
    # a capital within a sentence makes it a name: "The Daily Briefing", "the Daily Mail"
    ("Welcome to The Daily Briefing.", "Daily", None),
    ("She writes for the Daily Mail.", "Daily", None),
    ("Weekly, the figures are revised.", "Weekly", "P1W"),
    # ... and a paper named after it: "the satirical weekly Charlie Hebdo", "the daily Haaretz"
    ("an attack on the satirical weekly Charlie Hebdo", "weekly", None),
    ("Israel's daily Haaretz reported it.", "daily", None),
    ("The paper is published weekly on Fridays.", "weekly", "P1W"),
)
def _set(m: re.Match[str], text: str) -> Expr | None:
    if m["units"]:  # "every four years", "every other week"
        n = 2 if m["n"].lower() == "other" else number_value(m["n"])
        if m["units"].lower() == "minutes" and n is not None:
            return Expr("fixed", "SET", value=f"PT{n}M")
        unit = unit_of(m["units"])
        if n is None or unit not in UNITS:
            return None
        if unit == "hour":
            return Expr("fixed", "SET", value=f"PT{n}H")
        if unit in ("fortnight", "quarter"):  # TIMEX3 counts them in weeks and months
            n, unit = (2 * n, "week") if unit == "fortnight" else (3 * n, "month")
        return Expr("fixed", "SET", value=f"P{n}{UNITS[unit][0]}")
    if m["wd"]:  # "every Saturday morning"
        part = _PARTS_OF_DAY[m["part"].lower()] if m["part"] else ""
        return Expr("fixed", "SET", value=f"XXXX-WXX-{weekday_number(m['wd']) + 1}{part}")
    if m["month"]:
        return Expr("fixed", "SET", value=f"XXXX-{month_number(m['month']):02d}")
    if m["season"]:
        return Expr("fixed", "SET", value=f"XXXX-{SEASON_WORDS[m['season'].lower()]}")
    if m["unit"]:
        value = _SET_UNITS[m["unit"].lower()]
    else:
        capitalised = m["adv"][0].isupper() and m["adv"][1:].islower()
        if capitalised and _WITHIN_SENTENCE.search(text, max(0, m.start() - 8), m.start()):
            return None  # "The Daily Briefing", "the Daily Mail": a name
        if _PAPER_NAMED.match(text, m.end()) and _PAPER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "the satirical weekly Charlie Hebdo": a paper, named after it
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


#: Words after a clock time that put it in the afternoon or evening: "at 7:45 tonight".
_EVENING_AFTER: Final = compile_ascii(
    r"\s+(?:tonight|(?:this|in\s+the|on\s+\w+)\s+(?:afternoon|evening)|pm\b|p\.m\.)", re.IGNORECASE
)


#: The hours on the clock in words: "six o'clock".
_CLOCK_HOURS: Final = {word: n for word, n in NUMBERS.items() if 1 <= n <= 12 and word.isalpha()}


@rule(
    "clock-time",
    # (not the minutes of another time, "5:06 AM"; but after a year a web page glued it to: "March
    # 5, 20255:06 AM GMT", as Reuters' pages copy)
    r"(?:(?<!:)\b|(?<=,\s(?:19|20)\d\d))(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap](?:\.m\.?|m\b))(?!\w)|(?<![\d:])\b(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?::[0-5]\d)?\b(?!:?\d)|\b(?P<word>noon|midday|midnight)\b"
    r"|\b(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s*(?-i:GMT|UTC)\b"
    # an hour of one digit with no a.m. or p.m., where a time is plainly meant: after "at", "by",
    # "until" and the like ("The meeting starts at 7:30"; not "John 3:16", "a 4:05 mile")
    r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)"
    r"|(?<=\babout\s))"
    r"(?P<h1>[1-9]):(?P<mi1>[0-5]\d)\b(?![:.]?\d)"
    # the hour on the clock: "10 o'clock", "six o'clock"
    rf"|\b(?P<oc>1[0-2]|[1-9]|{'|'.join(_CLOCK_HOURS)})\s+o['’]clock\b",
    ("The polls close at 8 p.m. tonight", "8 p.m.", "2025-08-18T20:00"),
    ("He was arrested at 7:30 this morning.", "7:30", "2025-08-18T07:30"),
    ("The match kicks off at 7:45 tonight.", "7:45", "2025-08-18T19:45"),
    ("He read John 3:16 aloud.", "3:16", None),
    ("at 14:30 local time", "14:30", "2025-08-18T14:30"),
    ("Voting ends at midday on Thursday.", "midday", "2025-08-21T12:00"),
    ("The fire broke out shortly after midnight on Tuesday.", "midnight", "2025-08-12T00:00"),
    ("The deadline expires at midnight on Tuesday.", "midnight", "2025-08-19T24:00"),
    ("The attack began shortly after midnight.", "midnight", "2025-08-18T00:00"),
    ("Tonight: rain clearing after midnight.", "midnight", "2025-08-18T24:00"),
    ("A preliminary result is expected after midnight.", "midnight", "2025-08-18T24:00"),
    ("until 4:30 p.m. (1430 GMT) on Wednesday", "1430 GMT", "2025-08-20T14:30"),
    ("The fire broke out at 11.30 pm.", "11.30 pm", "2025-08-18T23:30"),
    ("Date: Thu, 14 Mar 2024 09:00:00 +0000", "09:00:00", "2024-03-14T09:00"),
    # ... after "about" too, and by the hour on the clock, in figures or words
    ("It happened at about 2:15 in the afternoon.", "2:15", "2025-08-18T14:15"),
    ("The vote is set for 10 o'clock tonight.", "10 o'clock", "2025-08-18T22:00"),
    ("The bells rang at six o'clock this morning.", "six o'clock", "2025-08-18T06:00"),
    ("It was twelve o'clock.", "twelve o'clock", "2025-08-18T12:00"),
)
def _clock(m: re.Match[str], text: str) -> Expr | None:
    if m["word"]:
        if m["word"].lower() == "midnight":
            # "shortly after midnight on Tuesday": the start of the day, not its end
            return Expr(
                "fixed", "TIME", value="T00:00" if after_midnight(text, m.start(), m.end()) else "T24:00"
            )
        return Expr("fixed", "TIME", value="T12:00")
    if m["h24"] or m["h4"]:
        return Expr("fixed", "TIME", value=f"T{m['h24'] or m['h4']}:{m['mi24'] or m['mi4']}")
    if m["oc"]:  # "ten o'clock": the morning's (or noon), but the evening's where the words after say so
        hour = int(m["oc"]) if m["oc"].isdigit() else _CLOCK_HOURS[m["oc"].lower()]
        evening = hour < 12 and _EVENING_AFTER.match(text, m.end()) is not None
        return Expr("fixed", "TIME", value=f"T{hour + (12 if evening else 0):02d}:00")
    if m["h1"]:  # "at 7:30": the morning's, but the evening's where the words after say so
        evening = _EVENING_AFTER.match(text, m.end()) is not None
        return Expr("fixed", "TIME", value=f"T{int(m['h1']) + (12 if evening else 0):02d}:{m['mi1']}")
    return Expr("fixed", "TIME", value=_clock_time(m["h"], m["mi"], m["ap"]))
