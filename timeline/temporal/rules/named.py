"""Dates by name and by speech: holidays ("Thanksgiving", "Christmas Eve", "Easter"), years spelt
out ("nineteen ninety-six", "the year two thousand"), reporting periods ("the fiscal year",
"year-end", "year-earlier")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import FULL_MONTH_RE, NUMBERS, SEASON_WORDS, month_number
from .base import END_RE, REL_OFFSETS, _mod, _year, next_word, prev_word, rule
from .calendar import _event_year

# name → (month, day) for fixed days, or a key for days that move from year to year
HOLIDAYS: Final[dict[str, tuple[int, int] | str]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "new year's": (1, 1),
    "new year": (1, 1),  # "between Christmas and New Year" (see ``_holiday``)
    "hogmanay": (12, 31),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "bastille day": (7, 14),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "may day": (5, 1),
    "april fools' day": (4, 1),
    "april fool's day": (4, 1),
    "april fools day": (4, 1),
    "earth day": (4, 22),
    "international women's day": (3, 8),
    "world aids day": (12, 1),
    "all saints' day": (11, 1),
    "all souls' day": (11, 2),
    "canada day": (7, 1),
    "anzac day": (4, 25),
    "australia day": (1, 26),
    "waitangi day": (2, 6),
    "burns night": (1, 25),
    "fourth of july": (7, 4),
    "juneteenth": (6, 19),
    "st. patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "st. david's day": (3, 1),
    "saint david's day": (3, 1),
    "st. george's day": (4, 23),
    "saint george's day": (4, 23),
    "st. andrew's day": (11, 30),
    "saint andrew's day": (11, 30),
    "st. valentine's day": (2, 14),
    "saint valentine's day": (2, 14),
    "martin luther king day": "mlk-day",
    "martin luther king jr. day": "mlk-day",
    "presidents' day": "presidents-day",
    "presidents day": "presidents-day",
    "columbus day": "columbus-day",
    "indigenous peoples' day": "indigenous-peoples-day",
    "victoria day": "victoria-day",
    "remembrance sunday": "remembrance-sunday",
    # the bank holidays of England and Wales named by their month or season
    "early may bank holiday": "early-may-bank-holiday",
    "may bank holiday": "early-may-bank-holiday",
    "spring bank holiday": "spring-bank-holiday",
    "august bank holiday": "summer-bank-holiday",
    "summer bank holiday": "summer-bank-holiday",
    "easter bank holiday": "easter-monday",
    "mother's day": "mothers-day",
    "father's day": "fathers-day",
    "black friday": "black-friday",
    "cyber monday": "cyber-monday",
    "ash wednesday": "ash-wednesday",
    "shrove tuesday": "shrove-tuesday",
    "mardi gras": "shrove-tuesday",
    "maundy thursday": "maundy-thursday",
    "holy thursday": "maundy-thursday",
    "holy saturday": "holy-saturday",
    "ascension day": "ascension-day",
    "palm sunday": "palm-sunday",
    "pentecost": "pentecost",
    "whit monday": "whit-monday",
    "thanksgiving day": "thanksgiving",
    "thanksgiving": "thanksgiving",
    "labor day": "labor-day",
    "memorial day": "memorial-day",
    "election day": "election-day",
    "inauguration day": "inauguration-day",
    "easter sunday": "easter",
    "easter monday": "easter-monday",
    "easter": "easter",
    "good friday": "good-friday",
    # of the lunar and lunisolar calendars (see ``holidays``)
    "lunar new year": "lunar-new-year",
    "chinese new year": "lunar-new-year",
    "spring festival": "lunar-new-year",
    "diwali": "diwali",
    "deepavali": "diwali",
    "holi": "holi",
    "eid al-fitr": "eid-al-fitr",
    "eid al fitr": "eid-al-fitr",
    "eid ul-fitr": "eid-al-fitr",
    "eid-ul-fitr": "eid-al-fitr",
    "eid al-adha": "eid-al-adha",
    "eid al adha": "eid-al-adha",
    "eid ul-adha": "eid-al-adha",
    "eid-ul-adha": "eid-al-adha",
    "rosh hashanah": "rosh-hashanah",
    "rosh hashana": "rosh-hashanah",
    "yom kippur": "yom-kippur",
    "passover": "passover",
    "sukkot": "sukkot",
    "shavuot": "shavuot",
    "mid-autumn festival": "mid-autumn-festival",
    "moon festival": "mid-autumn-festival",
    "dragon boat festival": "dragon-boat-festival",
    "qingming festival": "tomb-sweeping-day",
    "tomb-sweeping day": "tomb-sweeping-day",
    "tomb sweeping day": "tomb-sweeping-day",
    "dussehra": "dussehra",
    "dasara": "dussehra",
    "vijayadashami": "dussehra",
    "guru nanak jayanti": "guru-nanak-jayanti",
    "maha shivaratri": "maha-shivaratri",
    "mahashivratri": "maha-shivaratri",
    "janmashtami": "janmashtami",
    "buddha purnima": "vesak",
    "vesak": "vesak",
    "islamic new year": "islamic-new-year",
    "hijri new year": "islamic-new-year",
    "mawlid": "mawlid",
    "hanukkah": "hanukkah",
    "chanukah": "hanukkah",
    "purim": "purim",
}


def _capitalised_name(name: str) -> str:
    """A holiday's name as a pattern: its first letter a capital, the rest in any case (matched
    case-sensitively, the engine rejects every lower-case word at its first letter)."""
    rest = re.escape(name[1:]).replace("'", "['’]").replace(r"\ ", r"\s+").replace(r"\.", r"\.?")
    return f"{name[0].upper()}(?i:{rest})"


_HOLIDAY_RE: Final = "|".join(_capitalised_name(name) for name in sorted(HOLIDAYS, key=len, reverse=True))

_HOLIDAY_KEYS: Final = {name.replace(".", ""): key for name, key in HOLIDAYS.items()}


def movable_holiday_key(words: str) -> str | None:
    """The key of a movable holiday named by ``words`` ("Passover", "Eid al-Fitr"), for
    ``holidays.holiday_dates``; None for a holiday of a fixed day or no holiday."""
    key = _HOLIDAY_KEYS.get(" ".join(words.lower().replace("’", "'").replace(".", "").split()))
    return key if isinstance(key, str) else None


#: The word before a holiday's name, on its line.
_WORD_BEFORE: Final = compile_ascii(r"([A-Za-z]+)[^\S\n]+$")


def _new_year_day(m: re.Match[str], text: str) -> bool:
    """Whether "New Year" is the first of January ("between Christmas and New Year"): both words
    capitalised, after no word that makes it a year ("the New Year"), a greeting ("Happy New
    Year") or another calendar's ("Lunar", "Persian", "Jewish New Year")."""
    if not m["name"].split()[-1][:1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    return before is None or not (before[1][0].isupper() or before[1].lower() in ("the", "a", "happy"))


#: What makes a holiday's name part of another name: "the Good Friday Agreement", "the Easter
#: Rising", "the Christmas Truce", "the Boxing Day tsunami", "the Tet Offensive".
_NAMED_EVENT: Final = compile_ascii(
    r"\s+(?:Agreement|Accords?|Rising|Uprising|[Oo]ffensive|[Mm]assacre|[Tt]ruce|Treaty|Revolution|Bombings?|Attacks?"
    r"|[Tt]sunami|[Ss]hootings?|[Kk]illings?|[Rr]iots?|Island|Parade|Act|Declaration|Proclamation|[Ww]ar)\b"
)


@rule(
    "holiday",
    # "the day after Christmas", "the day before Thanksgiving": a day from the holiday
    r"\b(?:[Tt]he\s+day\s+(?P<dir>before|after)\s+)?"
    rf"(?:(?P<rel>[Ll](?i:ast)|[Nn](?i:ext)|[Tt](?i:his))\s+|(?P<yrel>[Ll](?i:ast)|[Nn](?i:ext)|[Tt](?i:his))\s+year['’]s\s+)?"
    rf"(?P<name>{_HOLIDAY_RE})\b(?:\s+(?:(?P<year>1[0-9]{{3}}|20[0-9]{{2}})\b|['’](?P<yy>\d\d)(?![\d'’])))?"
    r"(?:\s+(?P<span>weekend|week)\b)?",
    ("we celebrated Thanksgiving Day", "Thanksgiving Day", "2024-11-28"),
    ("Sales were strong at Christmas '87.", "Christmas '87", "1987-12-25"),
    ("we met on Christmas Eve", "Christmas Eve", "2024-12-24"),
    # a year's, counted from the reference: "last year's Cyber Monday", "next year's Christmas"
    ("Sales beat last year's Cyber Monday record.", "last year's Cyber Monday", "2024-12-02"),
    ("Shops are planning for next year's Christmas.", "next year's Christmas", "2026-12-25"),
    ("by Easter 2026 the work", "Easter 2026", "2026-04-05"),
    ("voters went to the polls on Election Day", "Election Day", "2024-11-05"),
    # held once in four years: the last one by the reference date, however long ago
    ("The S&P 500 has fallen 8% since Inauguration Day.", "Inauguration Day", "2025-01-20"),
    ("fireworks on the Fourth of July", "Fourth of July", "2025-07-04"),
    ("sales on Black Friday", "Black Friday", "2025-11-28"),
    ("a parade on St. Patrick's Day", "St. Patrick's Day", "2025-03-17"),
    ("flowers for Mother's Day", "Mother's Day", "2025-05-11"),
    ("the Ash Wednesday service", "Ash Wednesday", "2025-03-05"),
    ("the Good Friday Agreement of 1998", "Good Friday", "1998-04-10"),
    ("the Good Friday Agreement held", "Good Friday", None),
    ("the Easter Rising", "Easter", None),
    ("the Easter Offensive of 1972", "Easter", "1972-04-02"),
    ("carried out over the Easter weekend", "Easter weekend", "2025-W16-WE"),
    # a Monday's holiday makes a long weekend of the one before it (Labor Day 2025: Sept. 1)
    ("Millions travel over the Labor Day weekend.", "Labor Day weekend", "2025-W35-WE"),
    ("in Easter week", "Easter week", "2025-W16"),
    ("Stores reopened the day after Christmas.", "the day after Christmas", "2024-12-26"),
    ("Traffic peaks the day before Thanksgiving.", "the day before Thanksgiving", "2025-11-26"),
    ("The party was held the day after New Year's Eve.", "the day after New Year's Eve", "2025-01-01"),
    # of other calendars: Lunar New Year fell on 29 January 2025, Eid al-Fitr on 30 March, Diwali
    # is on 20 October, Yom Kippur on 2 October
    ("Markets were shut for Lunar New Year.", "Lunar New Year", "2025-01-29"),
    ("Celebrations on Hogmanay drew crowds.", "Hogmanay", "2024-12-31"),
    ("Fireworks sales peak before Bonfire Night.", "Bonfire Night", "2025-11-05"),
    ("The period between Christmas and New Year is quiet.", "New Year", "2026-01-01"),
    ("Families marked Persian New Year.", "New Year", None),
    ("The New Year will bring change.", "New Year", None),
    ("Travel peaked before the Spring Festival holiday.", "Spring Festival", "2025-01-29"),
    ("Families gathered for Eid al-Fitr.", "Eid al-Fitr", "2025-03-30"),
    ("Sales of gold jump before Diwali.", "Diwali", "2025-10-20"),
    ("Israel marked Yom Kippur.", "Yom Kippur", "2024-10-12"),
    ("The Yom Kippur War began in October 1973.", "Yom Kippur", None),
    ("Stores will close for Passover next spring.", "Passover", "2026-04-02"),
    # (Hanukkah began on the evening of 14 December 2025, its first day the 15th; Purim fell on
    # 14 March 2025)
    ("Candles will be lit for Hanukkah.", "Hanukkah", "2025-12-15"),
    ("Children dressed up for Purim.", "Purim", "2025-03-14"),
    ("Millions travelled home for Chinese New Year 2024.", "Chinese New Year 2024", "2024-02-10"),
    # (the Mid-Autumn Festival fell on 6 October 2025, Dussehra on 2 October 2025)
    ("Mooncake sales peak before the Mid-Autumn Festival.", "Mid-Autumn Festival", "2025-10-06"),
    ("Effigies of Ravana were burnt on Dussehra.", "Dussehra", "2024-10-12"),
    ("Crowds gathered for Vesak.", "Vesak", "2025-05-12"),
    ("Protests followed the Hue Vesak shootings.", "Vesak", None),
    ('The song "White Christmas" was broadcast as the signal.', "Christmas", None),
    ("Families swept graves on Tomb-Sweeping Day.", "Tomb-Sweeping Day", "2025-04-04"),
    # national and saints' days of fixed date
    ("Veterans marched on Anzac Day.", "Anzac Day", "2025-04-25"),
    ("Fireworks lit up Ottawa on Canada Day.", "Canada Day", "2025-07-01"),
    ("Protesters gathered on Australia Day 2024.", "Australia Day 2024", "2024-01-26"),
    ("The flag flew for St George's Day.", "St George's Day", "2025-04-23"),
    ("Rallies were held on International Women's Day.", "International Women's Day", "2025-03-08"),
    ("The hoax was posted on April Fools' Day.", "April Fools' Day", "2025-04-01"),
    # kept on a weekday of a month: Columbus Day on the second Monday of October, Victoria Day on
    # the Monday before 25 May, Remembrance Sunday on the second Sunday of November
    ("Banks close on Columbus Day.", "Columbus Day", "2025-10-13"),
    ("The park opens on Victoria Day.", "Victoria Day", "2026-05-18"),
    ("Wreaths were laid on Remembrance Sunday.", "Remembrance Sunday", "2024-11-10"),
    # the bank holidays of England and Wales named by their month: the last Monday of August
    ("Roads will be busy on the August bank holiday.", "August bank holiday", "2025-08-25"),
    ("Temperatures hit 30C on the May bank holiday.", "May bank holiday", "2025-05-05"),
    # counted from Easter (20 April 2025)
    ("Parades filled the streets on Mardi Gras.", "Mardi Gras", "2025-03-04"),
    # a holiday naming a war is no date ("the 1973 Yom Kippur war")
    ("after Egypt and Syria launched the 1973 Yom Kippur war", "Yom Kippur", None),
    ("The pope washed feet on Maundy Thursday.", "Maundy Thursday", "2025-04-17"),
    ("Shops close on Ascension Day.", "Ascension Day", "2026-05-14"),
    flags=0,
)
def _holiday(m: re.Match[str], text: str) -> Expr | None:
    words = m["name"]
    if not words[:1].isupper():
        return None
    name = " ".join(words.lower().replace("’", "'").replace(".", "").split())
    if name == "new year" and not _new_year_day(m, text):
        return None
    key = _HOLIDAY_KEYS[name]
    if name == "christmas" and text.endswith("White", max(0, m.start() - 6), m.start() - 1):
        return None  # the song "White Christmas"
    written_year = m["year"] or m["yy"]  # "Christmas 2010", "Christmas '87"
    year = _year(written_year) if written_year else None
    if year is None and _NAMED_EVENT.match(text, m.end()):
        # "the Easter Offensive of 1972" is that year's; "the Good Friday Agreement", "the Easter
        # Rising" are names, no holiday
        year = _event_year(text, m.end())
        if year is None:
            return None
    rel = m["rel"].lower() if m["rel"] else None
    span = m["span"].lower() if m["span"] else None  # "the Easter weekend", "Christmas week"
    offset = 0 if not m["dir"] else 1 if m["dir"] == "after" else -1
    if offset and span:
        return None  # "the day after the Easter weekend": no one day
    if m["yrel"]:  # "last year's Cyber Monday", "next year's Easter": that year's, from the reference
        if offset or year is not None:
            return None
        n = REL_OFFSETS[m["yrel"].lower()]
        if isinstance(key, tuple):
            return Expr("calendar", month=key[0], day=key[1], rel="year", n=n, unit=span)
        return Expr("holiday", value=key, rel="year", n=n, unit=span)
    if isinstance(key, tuple):
        if offset:  # a fixed day: the day next to it ("the day after Christmas" is Dec. 26)
            moved = date(2001, key[0], key[1]) + timedelta(days=offset)
            if moved.year != 2001 and year is not None:  # "the day after New Year's Eve 2024"
                year += offset
            return Expr("calendar", year=year, month=moved.month, day=moved.day, rel=rel)
        return Expr("calendar", year=year, month=key[0], day=key[1], rel=rel, unit=span)
    return Expr("holiday", value=key, year=year, rel=rel, unit=span, n=offset or None)


@rule(
    "nine-eleven",
    r"(?<![\d/.,-])9/11(?![\d/]|\.\d)",
    ("since the 9/11 attacks", "9/11", "2001-09-11"),
    ("Since 9/11, security has tightened.", "9/11", "2001-09-11"),
    ("a score of 19/11 or 9/11/2002", "9/11", None),
)
def _nine_eleven(m: re.Match[str], text: str) -> Expr | None:
    """ "9/11": the attacks of September 11, 2001, as news names them."""
    return Expr("calendar", year=2001, month=9, day=11)


#: Days of the Second World War that news names without their dates.
_WAR_DAYS: Final = {"d": (1944, 6, 6), "ve": (1945, 5, 8), "vj": (1945, 8, 15)}
#: What makes "D-Day" a figure of speech: "D-Day for the plan", "Brexit D-Day".
_NOT_THE_WAR_S: Final = compile_ascii(r"\s+for\b")
_NAME_BEFORE: Final = compile_ascii(r"(?<![.!?:\n])\s(?-i:[A-Z])[\w'’]*\s+$")


@rule(
    "war-day",
    r"\b(?P<which>D|VE|VJ)[- ]Day\b",
    ("the 80th anniversary of D-Day", "D-Day", "1944-06-06"),
    ("On June 6, 1944 (known as D-Day), the Allies landed.", "D-Day", "1944-06-06"),
    ("crowds celebrated VE Day in London", "VE Day", "1945-05-08"),
    ("It is D-Day for the budget.", "D-Day", None),
    ("Ministers braced for Brexit D-Day.", "D-Day", None),
    flags=0,
)
def _war_day(m: re.Match[str], text: str) -> Expr | None:
    """ "D-Day", "VE Day", "VJ Day": the days of 1944 and 1945 they name."""
    if _NOT_THE_WAR_S.match(text, m.end()) or _NAME_BEFORE.search(text, m.start() - 30, m.start()):
        return None
    year, month, day = _WAR_DAYS[m["which"].lower()]
    return Expr("calendar", year=year, month=month, day=day)


_UNITS_WORDS: Final = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORDS: Final = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_CENTURY_WORDS: Final = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}


def spoken_year(words: str) -> int | None:
    """The year a spelt-out year names: 'nineteen ninety-six' → 1996, 'two thousand one' → 2001."""
    w = " ".join(words.lower().replace("-", " ").split())
    if w.startswith("two thousand"):
        after = w[len("two thousand") :].replace(" and ", " ").strip()
        if not after:
            return 2000
        tail = sum(NUMBERS.get(p, -1000) for p in after.split())
        return 2000 + tail if 0 < tail < 100 else None
    parts = w.split()
    if not parts or parts[0] not in _CENTURY_WORDS:
        return None
    century = _CENTURY_WORDS[parts[0]] * 100
    rest = parts[1:]
    if rest == ["hundred"]:
        return century
    if rest[:1] in (["oh"], ["o"]):
        rest = rest[1:]
        return century + NUMBERS[rest[0]] if len(rest) == 1 and NUMBERS.get(rest[0], 99) < 10 else None
    tail = sum(NUMBERS.get(p, -1000) for p in rest)
    return century + tail if 10 <= tail < 100 else None


@rule(
    "spoken-year",
    rf"\b(?:(?P<month>{FULL_MONTH_RE})\s+|(?P<season>the\s+(?:spring|summer|autumn|fall|winter))\s+of\s+)?(?:(?P<the>the\s+year)\s+)?(?P<words>(?:seventeen|eighteen|nineteen|twenty)[\s-]+(?:hundred|(?:oh|o)[\s-]+(?:{_UNITS_WORDS})|(?:{_TENS_WORDS})(?:[\s-]+(?:{_UNITS_WORDS}))?)|two\s+thousand(?:\s+(?:and\s+)?(?:{_TENS_WORDS}|{_UNITS_WORDS})(?:[\s-]+(?:{_UNITS_WORDS}))?)?)\b",
    ("in nineteen ninety-six the", "nineteen ninety-six", "1996"),
    ("the year two thousand", "the year two thousand", "2000"),
    ("January nineteen ninety-seven", "January nineteen ninety-seven", "1997-01"),
    ("That was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
    ("By twenty twenty-five, costs had doubled.", "twenty twenty-five", "2025"),
    ("She gave twenty twenty-dollar bills.", "twenty twenty", None),
    ("About two thousand people attended.", "two thousand", None),
    ("Nearly nineteen hundred troops landed.", "nineteen hundred", None),
    ("In two thousand and one, we moved.", "two thousand and one", "2001"),
    ("Two thousand was a leap year.", "Two thousand", "2000"),
)
def _spoken_year(m: re.Match[str], text: str) -> Expr | None:
    year = spoken_year(m["words"])
    if year is None:
        return None
    if (
        not m["the"]
        and not m["month"]
        and m["words"].lower().startswith("twenty")
        and not _YEAR_EXPECTED_BEFORE.search(text, m.start() - 8, m.start())
    ):
        return None  # "twenty twenty" is a year only where a year is expected
    if not (m["the"] or m["month"] or m["season"]) and _COUNTED_AFTER.match(text, m.end()):
        return None  # "two thousand people", "nineteen hundred troops": a count
    if m["season"]:
        return Expr("part", part=SEASON_WORDS[m["season"].split()[-1].lower()], year=year)
    return Expr("calendar", year=year, month=month_number(m["month"]) if m["month"] else None)


#: A noun in the plural after a number in words, which the number counts: "two thousand people".
_COUNTED_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?:(?!(?:was|has|is|as|his|its|this|us)\b)[a-z]+s|people|men|women|children|staff|police|feet)\b"
)

#: Where "twenty twenty-five" is a year: after a preposition of time, in either case ("By twenty
#: twenty-five, costs had doubled").
_YEAR_EXPECTED_BEFORE: Final = compile_ascii(
    r"\b(?:in|of|since|by|until|from|before|after|during)\s+$", re.IGNORECASE
)


#: Before a time a thing is to be done by: "by the turn of the decade".
_BY_WORDS: Final = frozenset("by before until till towards toward".split())
_NEW_YEAR_THINGS: Final = frozenset(
    "holiday holidays eve day celebration celebrations party parties honours honors message address"
    " resolution resolutions".split()
)


@rule(
    "reporting-year",
    r"\b(?:the\s+(?:(?P<rel>current|latest|previous|next|coming|same)\s+)?(?:full\s+(?:fiscal\s+|financial\s+)?|fiscal\s+|financial\s+)year(?!\s+\d)"
    r"|(?P<rel2>this|last|next)\s+(?:fiscal|financial)\s+year"
    rf"|(?P<end>(?P<eu>year|month)(?:[- ]end|['’]s\s+end)|(?P<eu2>week|decade)['’]s\s+end)|(?:the\s+)?(?P<edge>{END_RE}|beginning|start|turn|middle|(?:early|earlier|first|latter|later|last|final)\s+part"
    r"|(?:final|closing|last|first|opening|early|dying)\s+(?:days|weeks|months)|(?P<half>(?:first|second|latter|last)\s+half))"
    r"\s+of\s+(?:the\s+)?(?P<unit>year|month|week|decade|century|millennium)(?!\s+\d)"
    r"|(?P<inside>earlier|later|early|late)\s+in\s+the\s+(?P<unit2>year|month|week|day|decade)"
    r"|(?P<new>(?-i:the\s+new\s+year))|(?P<mid>mid-?(?P<mu>century|decade|year|month|week))(?![\s-]+(?:modern|design|style|furniture|architecture)))\b",
    ("profit for the fiscal year", "the fiscal year", "2025"),
    # named by the day it ended, the twelve months to that day (as "the year ended June 30")
    ("Form 10-K for the fiscal year ended December 31, 2024", "the fiscal year", "P1Y"),
    ("In the fiscal year that ended June 30, sales fell.", "the fiscal year", "P1Y"),
    ("Sales will rise in the fiscal year ending March 2026.", "the fiscal year", "P1Y"),
    ("a budget for the fiscal year that begins July 1", "the fiscal year", "P1Y"),
    ("The fiscal year ended in June.", "The fiscal year", "2025"),  # when it ended
    ("The rebound came in the closing weeks of the year.", "the closing weeks of the year", "2025"),
    ("GDP grew 2.3% in the fourth quarter. For the full year, it grew 2.8%.", "the full year", "2024"),
    (
        "Revenue rose in the fourth quarter. For the full fiscal year, it doubled.",
        "the full fiscal year",
        "2024",
    ),
    ("For the full fiscal year 2027, it raised its outlook.", "fiscal year 2027", "2027"),
    ("The company expects sales to rise in the full year.", "the full year", "2025"),
    # (not the year of a half or quarter a figure is compared with)
    (
        "Revenue was $2.3 billion in the first half, compared with $2.1 billion in the first half of"
        " 2024. It now expects sales to rise in the full year.",
        "the full year",
        "2025",
    ),
    ("Profit for the full year rose 5%.", "the full year", "2025"),  # not ended by 18 August
    ("In January it raised its forecast for the full year.", "the full year", "2025"),
    ("its budget this fiscal year", "this fiscal year", "2025"),
    ("sales last financial year", "last financial year", "2024"),
    ("by year-end", "year-end", "2025"),
    ("in place by year's end", "year's end", "2025"),
    ("a decision by month's end", "month's end", "2025-08"),
    ("The board meets by week's end.", "week's end", "2025-W34"),
    ("By decade's end, output will double.", "decade's end", "202"),
    ("delayed earlier in the year by rain", "earlier in the year", "2025"),
    ("Talks ended on Monday. Later in the week, talks resume.", "Later in the week", "2025-W34"),
    ("Rebels entered on Friday. Later in the day, police came.", "Later in the day", "2025-08-15"),
    ("Earlier in the day, the minister met protesters.", "Earlier in the day", "2025-08-18"),
    ("Later in the decade, emissions will fall.", "Later in the decade", "202"),
    ("before the end of the month", "the end of the month", "2025-08"),
    ("Demand should pick up towards the back end of the year.", "the back end of the year", "2025"),
    ("Sales slowed at the tail end of last year.", "the tail end of last year", "2024"),
    ("by the end of the decade, emissions", "the end of the decade", "202"),
    # ... whose end is still to come: one told in the past is the story's, or the one before
    (
        "Production resumed in 1946, and by the end of the decade the firm employed 300 people.",
        "the end of the decade",
        "194",
    ),
    ("By the end of the decade, the firm had doubled its sales.", "the end of the decade", "201"),
    ("Most of the rise came in the first half of the decade.", "the first half of the decade", "202"),
    ("Flu peaked by the end of year.", "the end of year", "2025"),
    ("Prices have risen every month since the turn of the year.", "the turn of the year", "2025"),
    # the turn of a century nearest to the writer's time (or, in a history, to the story's)
    ("The tower was built at the turn of the century.", "the turn of the century", "20"),
    (
        "In 1897 the city grew fast; by the turn of the century it had a million people.",
        "the turn of the century",
        "19",
    ),
    # ... or to the decade or the century told just before
    ("In the 1890s Benz built a car. By the turn of the century, France led.", "the turn of the century", "19"),
    (
        "In the late 19th century Benz built a car. By the turn of the century, France led.",
        "the turn of the century",
        "19",
    ),
    ("The 1990s were a boom. Since the turn of the century, growth has slowed.", "the turn of the century", "20"),
    # ... and of a decade, the latest (or, looked ahead to, the next)
    ("Rates hit record lows at the turn of the decade.", "the turn of the decade", "202"),
    ("The line should open by the turn of the decade.", "the turn of the decade", "203"),
    # the turn of the millennium: the year 2000 (no other turn is written so in news)
    ("The school closed at the turn of the millennium.", "the turn of the millennium", "2000"),
    ("the end of the millennium", "millennium", None),
    ("The firm expects to close the deal by end of year.", "end of year", "2025"),
    ("pupils at the start of year 7", "year", None),
    ("the beginning of Year One of the Republican Calendar", "Year", None),
    ("fighting during the latter part of the year", "the latter part of the year", "2025"),
    # "in the new year" goes on from the story (in a history, "In the new year, the Nationalists
    # attacked" is the year after the story's), else from the writer's year; lower case only:
    # "New Year's Day" is the holiday
    ("talks will resume in the new year", "the new year", "2026"),
    # ... and what is to come in it is in the writer's next year, whatever the story told before
    ("The chief, who left in 2018, is due to give evidence in the new year.", "the new year", "2026"),
    # ... but what a December day of a year gone by puts off to the new year is the year after it
    ("On 19 December 2023 the verdict was delayed until the new year.", "the new year", "2024"),
    ("2023\n- 19 December: The verdict is delayed until the new year.", "the new year", "2024"),
    ("the new year holiday", "the new year", None),
    ("it was a new year for the club", "new year", None),
    # the middle of the writer's century, after a word of time only: not the style of furniture
    ("Emissions must fall to net zero by mid-century.", "mid-century", "20"),
    ("a mid-century house", "mid-century", None),
    ("The line should open by mid-decade.", "mid-decade", "202"),
    # the middle of the writer's year, month or week, as a time, not as a word before a noun
    ("Prices peaked mid-month before easing.", "mid-month", "2025-08"),
    ("The plant should reopen by mid-year.", "mid-year", "2025"),
    ("Stocks rallied midweek, then fell.", "midweek", "2025-W33"),  # told on a Monday: last week's
    ("The payment arrives by mid-week.", "mid-week", "2025-W34"),
    ("A mid-year review is due.", "mid-year", None),
    ("Midweek trading was thin.", "Midweek", None),
)
def _reporting_year(m: re.Match[str], text: str) -> Expr | None:
    if m["mid"]:  # "by mid-century", "peaked mid-month"
        if prev_word(text, m.start()) not in _BEFORE_MID_CENTURY and not (
            m["mu"].lower() in ("year", "month", "week") and _MID_AS_TIME.match(text, m.end())
        ):
            return None
        return Expr("deictic", unit=m["mu"].lower(), n=0, mod="MID")
    if m["new"]:  # "in the new year": the year after the story's last date, or the writer's
        if next_word(text, m.end()) in _NEW_YEAR_THINGS:
            return None  # "the new year holiday": the holiday, or what is named after it
        return Expr("anaphoric", unit="year", n=1, rel="new")
    if m["end"]:
        return Expr("deictic", unit=(m["eu"] or m["eu2"]).lower(), n=0, mod="END")
    if m["inside"]:  # "earlier in the year": the year the story is in
        return Expr("anaphoric", unit=m["unit2"].lower(), n=0, mod=_mod(m["inside"]))
    if m["edge"]:  # "the end of the month", "the latter part of the year"
        unit = m["unit"].lower()
        if m["half"] and unit not in ("decade", "century"):
            return None  # "the first half of the year" is H1, read by the rule of halves
        if unit == "millennium" and m["edge"].lower() != "turn":
            return None  # "the end of the millennium": which one, news seldom says
        if m["unit"][0].isupper() and m["edge"][0].islower():
            return None  # "the beginning of Year One of the French Republican Calendar": a name
        if m["edge"].lower() == "turn":  # "since the turn of the year"; "the turn of the century"
            if unit == "century":  # the nearest turn of a century, seldom said which
                return Expr("deictic", unit="century", n=0, mod="START", rel="turn")
            if unit == "decade":  # "by the turn of the decade": may be the next (see ``resolve``)
                by = prev_word(text, m.start()) in _BY_WORDS
                return Expr("deictic", unit="decade", n=0, mod="START", rel="turn-by" if by else "turn")
            if unit == "millennium":
                return Expr("fixed", value="2000", rel="millennium")
            return Expr("deictic", unit="year", n=0, mod="START") if unit == "year" else None
        return Expr("deictic", unit=unit, n=0, mod=_mod(f"the {m['edge']}"))
    n = {"previous": -1, "last": -1, "next": 1, "coming": 1}.get((m["rel"] or m["rel2"] or "").lower(), 0)
    if (
        not (m["rel"] or m["rel2"])
        and (ended := _YEAR_ENDED.match(text, m.end()))
        and (
            ended["which"]
            or prev_word(text, m.start()) in _THE_YEAR_BEFORE
            or prev_word(text, m.start()) == "in"
        )
    ):
        # "for the fiscal year ended Jan. 31", "the fiscal year that ended June 30"; not "The
        # fiscal year ended in June", which tells when it ended
        return Expr("fixed", "DURATION", value="P1Y")
    if (
        not (m["rel"] or m["rel2"])
        and "full" in m.group().lower()
        and not _FORECAST_FOR.search(text, m.start() - 40, m.start())
    ):
        # "For the full year, growth was 2.8%", after the fourth quarter: that quarter's year
        return Expr("anaphoric", unit="year", n=0, rel="full")
    return Expr("deictic", unit="year", n=n)


#: What names a year by the day it ended or began: "the fiscal year ended Jan. 31", "... that ended
#: June 30", "the fiscal year that begins July 1".
_YEAR_ENDED: Final = compile_ascii(
    r"\s+(?P<which>(?:that|which)\s+)?(?:ended|ending|ends|began|begins|beginning|started|starts|starting)\s"
)


#: A forecast or a target for the full year is for the writer's: "raised its forecast for the full year".
_FORECAST_FOR: Final = compile_ascii(
    r"\b(?:forecasts?|guidance|outlook|targets?|estimates?|projections?|expectations?|goals?)\s+(?:\w+\s+){0,3}(?:for|in)\s+$",
    re.IGNORECASE,
)


#: The words after which "mid-century" is a time, not a style: "by mid-century".
_BEFORE_MID_CENTURY: Final = frozenset(
    "by until till before around after toward towards from since at in".split()
)
#: What follows "mid-year", "mid-month" or "midweek" told as a time ("peaked mid-month before
#: easing", "rallied midweek, then fell"), not as a word before a noun ("a mid-year review").
_MID_AS_TIME: Final = compile_ascii(
    r"[^\S\n]*(?:[.,;:!?)\"”\n]|$|(?:before|after|and|but|as|when|while|then|to|from|with|than|on|amid)\b)",
    re.IGNORECASE,
)


@rule(
    "year-earlier",
    r"\b(?:year-earlier|year-ago|year\s+earlier)\b(?!\s+(?:quarter|period))",
    ("compared with year-earlier profit", "year-earlier", "2024"),
)
def _year_earlier(m: re.Match[str], text: str) -> Expr | None:
    return Expr("anaphoric", unit="year", n=-1)


#: Before "the year," these make it the year a report covers: "For the year, sales rose", "a high
#: for the year", "the first nine months of the year.", "Shares rose 3% on the week."
_THE_YEAR_BEFORE: Final = frozenset("for of through throughout on over during".split())
#: ... and the verbs of a figure that ends or starts the year: "Inflation ended the year at 2.9%".
_THE_YEAR_VERBS: Final = frozenset(
    "ended ends closed closes finished finishes began begins started starts end close finish begin start".split()
)


@rule(
    "the-year",
    r"\bthe\s+(?P<unit>year|week|month|day)\b(?:(?=\s+(?:ended|ending)\s)(?P<ended>)|(?=[^\S\n]*[,.;])"
    # ... or joined to another such figure's period: "down 4% for the week and 11% for the month"
    r"|(?=\s+and\s+(?:[^\s.;]{1,12}\s+){0,2}(?:for|on|over)\s+the\s+(?:year|week|month)\b)"
    # (a figure may come first: "closed the week 2% higher")
    r"|(?P<figure>(?=\s+(?:[$€£]?\d[\d.,]*(?:%|\s*(?:percent|per\s+cent|points?|cents?))?\s+)?(?:at|up|down|with|higher|lower)\b))"
    # ... and the figures for it, with their verb: "Sales for the year were flat"
    r"|(?P<for>(?=\s+(?:were|was|rose|fell|grew|jumped|slipped|dropped|totall?ed|reached|came|stood|amounted)\b)))",
    ("For the year, sales rose 4%.", "the year", "2025"),
    ("Inflation ended the year at 2.9%.", "the year", "2025"),
    # told on a Monday: the week just ended; what is to come, this week
    ("The index closed the week up 2%.", "the week", "2025-W33"),
    ("Shares closed the week 2% higher.", "the week", "2025-W33"),
    ("The Dow ended the year 300 points lower.", "the year", "2025"),
    ("Stocks are set to end the week higher.", "the week", "2025-W34"),
    ("Prices rose 3% over the year.", "the year", "2025"),
    ("Sales for the year were flat.", "the year", "2025"),
    ("He was named player of the year was how it read.", "the year", None),
    ("He was at the year at its end.", "the year", None),
    ("net income for the year ended June 30 rose", "the year", "P1Y"),
    ("Sales fell in the first nine months of the year.", "the year", "2025"),
    ("Shares rose 3% on the week.", "the week", "2025-W33"),
    ("It is down 4% for the week and 11% for the month.", "the week", "2025-W34"),
    ("Oil rose 1% on the day and 3% over the week.", "the day", "2025-08-18"),
    ("He spent the week and then the month there", "the week", None),
    # a market's day and month: "Oil fell 2% on the day", "ended the day up 1%"
    ("Oil fell 2% on the day.", "the day", "2025-08-18"),
    ("Shares fell 3% on the month.", "the month", "2025-08"),
    ("The index ended the day up 1%.", "the day", "2025-08-18"),
    ("It was the quote of the day.", "the day", None),
    ("The ceremony took place on the day of the attack.", "the day", None),
    ("she was named Person of the Year.", "the Year", None),
    ("it was the year, they said, of", "the year", None),
)
def _the_year(m: re.Match[str], text: str) -> Expr | None:
    """ "the year" (or week) a report covers: the year of its last date, or of the reference."""
    unit = m["unit"]
    if not unit.islower():
        return None  # "Person of the Year": a title
    if m["ended"] is not None:  # "the year ended June 30": the twelve months to that day
        return Expr("fixed", "DURATION", value=f"P1{unit[0].upper()}")
    before = prev_word(text, m.start())
    if m["for"] is not None:
        if before != "for" or unit == "day":
            return None
    elif before not in (_THE_YEAR_VERBS if m["figure"] is not None else _THE_YEAR_BEFORE):
        return None
    if unit == "day" and m["figure"] is None and before != "on":
        return None  # "the quote of the day": only a market's "on the day"
    return Expr("anaphoric", unit=unit, n=0)


@rule(
    "fiscal-noun",
    # "fiscal" as a noun, the fiscal year, as Indian English writes it: "the current fiscal", "last
    # fiscal (2023-24)"; not the adjective of a noun after it ("the current fiscal deficit")
    r"\b(?:the\s+)?(?P<rel>this|last|next|current|previous|coming)\s+fiscal"
    r"(?=[^\S\n]*(?:[,.;:)(]|\n|$)|\s+(?:is|was|were|are|will|would|has|had|and|but|to|at|in|as|of|from"
    r"|compared|against|ended|ending|ends|began|begins|that|which|so|than|too|while|when)\b)",
    ("Growth in the current fiscal is seen at 7 per cent.", "the current fiscal", "2025"),
    ("GDP grew 6.5 per cent in the last fiscal (2024-25).", "the last fiscal", "2024"),
    ("Inflation this fiscal is projected at 4.5 per cent.", "this fiscal", "2025"),
    ("the current fiscal deficit", "current", "PRESENT_REF"),
    ("Last fiscal policy failed.", "Last fiscal", None),
)
def _fiscal_noun(m: re.Match[str], text: str) -> Expr | None:
    """ "the current fiscal": the fiscal year, named (as "this fiscal year" is) by the writer's."""
    n = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(m["rel"].lower(), 0)
    return Expr("deictic", unit="year", n=n)
