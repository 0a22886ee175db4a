"""Years and what is counted in them: "1967", "fiscal 1989", "FY24", "44 BC", "the 1990s", "the
19th century", and the numbers that only look like years ("some 2000 troops", "Room 1967")."""

from __future__ import annotations

import re
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import DECADE_WORDS, MONTH_RE, ORDINALS, YEAR_RE, alternation, month_number, ordinal_value
from .base import _MOD_HALF_RE, _MOD_RE, ANOTHER_CENTURY_AFTER, _mod, _year, next_word, prev_word, rule

_COUNTED: Final = frozenset(
    "people persons men women children troops soldiers civilians workers residents employees "
    "jobs households homes houses cars vehicles votes voters members students patients cases "
    "deaths dead refugees migrants protesters police officers fighters militants rockets "
    "missiles tons tonnes tones kilometres kilometers km metres meters feet miles kg pounds "
    "dollars euros yen barrels shares points gmt utc hours hrs hrs. sq acres hectares units "
    # money of other kinds: "rose to 1999 cents", "Rs 1500 crore"
    "cents pence rupees rubles roubles pesos yuan francs lire crore lakh "
    "pages words calories mg ml rpm "
    # measures and more counted things: "reached 2000 degrees", "a 1500 megawatt plant"
    "degrees celsius fahrenheit kelvin volts watts kilowatts megawatts mw gw kw kwh mph knots "
    "ounces grams litres liters gallons bushels carats bytes kb mb gb tb pixels yards inches "
    "seats runs passengers visitors tourists flights infections doses beds pupils teachers doctors "
    "nurses companies firms businesses shops stores branches schools hospitals villages buildings "
    "cattle sheep animals trees "
    # an address's block: "the 1900 block of Main Street"
    "block".split()
)
#: Words after a hyphen that make a number before it a count: "a 2000-strong force", "a
#: 1500-seat hall", "a 1200-page report".
_HYPHEN_COUNTED: Final = frozenset(
    "strong member seat page mile man person bed room acre foot metre meter kilometre kilometer km "
    "tonne ton pound word unit home".split()
)
_HYPHEN_WORD: Final = compile_ascii(r"-([a-z]+)\b")
_NOT_YEAR_BEFORE: Final = frozenset(
    "resolution no no. number room flight route article section chapter page pp pp. model "
    "version v v. code item vol vol. volume highway bus lot unit apartment suite box windows "
    "office boeing airbus interstate channel level grade size type form bill rule law decree "
    "paragraph clause annex file case batch serial id ref platform gate seat row track "
    "population"
    # ... or an index's or a car's name: "the small-cap Russell 2000", "the Peugeot 2008"
    " russell peugeot".split()
    # a bill's number: "H.R. 2024", "S.B. 1047", "HB 1999", "S. 1986"
    + "h.r. hr s.b. sb h.b. hb a.b. ab s.".split()
)


#: After a year, the letters and number of a minor planet's provisional designation: "2012 DA14".
_DESIGNATION_AFTER: Final = compile_ascii(r" (?-i:[A-Z]{2})\d{1,3}\b")
#: A figure "of" or "out of" another, on either side: "1999 of 2000 entries" (a rank or a share).
_OF_A_FIGURE_AFTER: Final = compile_ascii(r"[^\S\n]+(?:out[^\S\n]+)?of[^\S\n]+\d")
_A_FIGURE_OF_BEFORE: Final = compile_ascii(r"\d[^\S\n]+(?:out[^\S\n]+)?of[^\S\n]+$")


@rule(
    "year",
    # (after a slash only as the second of two years running: "1999/2000")
    rf"(?:(?<![$€£#\w.,:/])|(?<=(?<![\w.,:/])(?:1\d{{3}}|20\d\d)/))(?<![A-Za-z]-)(?<!\D\d{{3}}-)(?:{_MOD_RE}|(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s*)|(?-i:CY)\s*|(?-i:ca?)\.\s*|(?:about|around|circa|the\s+years?|(?:the\s+)?(?:full|financial|calendar)\s+year|(?P<thisday>this\s+(?:day|date)\s+in))\s+|[Pp](?:re|ost)-)?(?P<year>{YEAR_RE})(?!%|\s*percent|[,.:]\d|/(?!\d\d(?![\d/])|(?:1\d{{3}}|20\d\d)(?![\d/]))\d|\d|-\d{{2}}-)(?-i:(?![a-z0-9]))",
    ("borders set in 1967 remain", "1967", "1967"),
    ("since early 2024", "early 2024", "2024"),
    ("Output should peak in mid-to-late 2026.", "mid-to-late 2026", "2026"),
    ("Sales rose in early to mid-2024.", "early to mid-2024", "2024"),
    ("profit in fiscal 1989", "fiscal 1989", "1989"),
    ("Capex in CY2026 will rise.", "CY2026", "2026"),
    ("by the end of 1998", "the end of 1998", "1998"),
    ("Fighting intensified in the closing months of 2023.", "the closing months of 2023", "2023"),
    ("the war of 1914-1918 ended", "1918", "1918"),
    ("It began early in 1914.", "early in 1914", "1914"),
    ("Later in 1792, the king fled.", "Later in 1792", "1792"),
    ("The year 1950 began badly.", "The year 1950", "1950"),
    ("On this day in 1969, Apollo 11 landed.", "this day in 1969", "1969-08-18"),
    ("For the full year 2024, profit was $23.7 billion.", "the full year 2024", "2024"),
    ("founded around 1910 by", "around 1910", "1910"),
    ("The manuscript dates to c. 1350.", "c. 1350", "1350"),
    ("a jug, ca.1600, in glass", "ca.1600", "1600"),
    ("a staff of c. 1500 people", "1500", None),
    ("around 1500 troops", "1500", None),
    ("Nearly 1998 ballots were lost.", "1998", None),
    ("Over 2023 as a whole, the economy grew by 0.1%.", "2023", "2023"),
    ("Temperatures reached 2000 degrees.", "2000", None),
    ("Fuel costs rose to 1999 cents a litre.", "1999", None),
    ("Seas could rise a metre by 2100.", "2100", "2100"),
    ("The curfew starts at 2100 local time.", "2100", None),
    ("The curfew starts at 2100.", "2100", None),
    ("They lost the 2019 local elections.", "2019", "2019"),
    ("A 2000-strong force arrived.", "2000", None),
    ("Police closed the 1900 block of Main Street.", "1900", None),
    ("The program runs in 2000 schools.", "2000", None),
    ("The transit deal signed in 2019 runs out on Jan. 1.", "2019", "2019"),
    ("The party founded in 2012 votes today to pick a leader.", "2012", "2012"),
    ("He scored 2019 runs in the season.", "2019", None),
    # a figure of or out of another: a rank or a share
    ("She ranked 1999 of 2000 entries.", "1999", None),
    ("She ranked 1999 of 2000 entries.", "2000", None),
    ("He won 1850 out of 1900 votes.", "1900", None),
    ("In 2019 of all years, the river froze.", "2019", "2019"),
    ("Call 0800 123 2024 for help.", "2024", None),
    ("Call +44 20 7946 2024 now.", "2024", None),
    ("The Top 10 2024 films.", "2024", "2024"),
    ("Fiscal Year 2026 runs from October 1, 2025.", "Fiscal Year 2026", "2026"),
    ("Sections 230 and 1983 apply.", "1983", None),
    ("Sales rose in 2023 and 2024.", "2024", "2024"),
    ("In 2020 schools closed for months.", "2020", "2020"),
    ("Since 2016 companies have moved abroad.", "2016", "2016"),
    ("In 1998 sales rose", "1998", "1998"),
    ("by around 1995 prices had doubled", "around 1995", "1995"),
    ("Call 555-1234 now.", "1234", None),
    ("The planet LHS 1140 b orbits a red dwarf.", "1140", None),
    ("The asteroid, 2012 DA14, will pass close by.", "2012", None),
    ("Sales in 2012 US markets rose.", "2012", "2012"),
    ("In 2020 EU27 output fell.", "2020", "2020"),
    ("The abbey was founded in AD 1140 by monks.", "AD 1140", "1140"),
    ("ABBEY FOUNDED IN 1140", "1140", "1140"),
    ("The bill, H.R. 2024, passed.", "2024", None),
    ("The bill is known as S. 1986 in the Senate.", "1986", None),
    ("© 2024 Example News. All rights reserved.", "2024", None),
    ("Copyright (c) 2019-2023 Example", "2023", None),
    ("emissions below 1990 levels", "1990", "1990"),
    ("In the 2022/23 financial year", "2022", "2022"),
    ("the ratio 2022/37 was", "2022", None),
    ("She lived there in 1999/2000.", "1999", "1999"),
    ("She lived there in 1999/2000.", "2000", "2000"),
    ("in the 2019/2020 season", "2020", "2020"),
    ("a ratio of 1999/2005", "2005", None),
    ("the post-1959 politics", "post-1959", "1959"),
    ("the pre-2008 banking system", "pre-2008", "2008"),
    # "about" after a verb of telling or a story is its preposition, not the year's hedge
    ("someone will write about 1976", "1976", "1976"),
    ("a film about 1968 in Paris", "1968", "1968"),
)
def _year_alone(m: re.Match[str], text: str) -> Expr | None:
    after = _SLASH_YEAR.match(text, m.end())
    if after and int(after[1]) != (int(m["year"]) + 1) % (100 if len(after[1]) == 2 else 10_000):
        return None  # "2022/23" is a financial or school year, "2022/37" no year at all
    if (
        m.start()
        and text[m.start() - 1] == "/"
        and int(text[m.start() - 5 : m.start() - 1]) != int(m["year"]) - 1
    ):
        return None  # "1999/2000": the second of two years running; "1999/2005" no year at all
    if prev_word(text, m.start()) in _NOT_YEAR_BEFORE or _COPYRIGHT.search(text, m.start() - 14, m.start()):
        return None
    if text.find(" and ", max(0, m.start() - 5), m.start()) >= 0 and _NUMBERED_BEFORE.search(
        text, m.start() - 40, m.start()
    ):
        return None  # "Sections 230 and 1983", "rooms 12 and 2019": a list of numbered things
    if (
        m["year"] < "1800"
        and (acronym := _ACRONYM_BEFORE.search(text, m.start() - 7, m.start())) is not None
        and acronym[1].lower() not in _ERA_OR_TIME_WORDS
    ):
        return None  # "LHS 1140 b", "NGC 1300": a catalogue's number, no year
    if _NUMBER_GROUP_BEFORE.search(text, m.start() - 8, m.start()):
        return None  # "Call 0800 123 2024", "+44 20 7946 2024": a group of a telephone number
    if _DESIGNATION_AFTER.match(text, m.end()) and prev_word(text, m.start()) not in _TIME_PREPOSITIONS:
        # "the asteroid 2012 DA14", "2024 YR4": a minor planet's designation (not "In 2020 EU27
        # output fell")
        return None
    if (hyphened := _HYPHEN_WORD.match(text, m.end())) and hyphened[1] in _HYPHEN_COUNTED:
        return None  # "a 2000-strong force"
    if _OF_A_FIGURE_AFTER.match(text, m.end()) or _A_FIGURE_OF_BEFORE.search(text, m.start() - 16, m.start()):
        return None  # "ranked 1999 of 2000 entries", "1999 out of 2000": a count of a whole
    following = next_word(text, m.end())
    if (following == "local" and _LOCAL_TIME.match(text, m.end())) or (
        m["year"] == "2100" and prev_word(text, m.start()) == "at"
    ):
        return None  # "at 2100 local time", "at 2100": a time on the 24-hour clock
    named = m["fiscal"] or "ear" in text[m.start() : m.start("year")]  # "Fiscal Year 2026", "the year 1950"
    if (
        following in _COUNTED
        and not named
        and not _FRONTED_YEAR.search(text, m.start() - 8, m.start())
        # "the deal signed in 2019 runs out": a verb after a year of a time phrase
        and not (following in _COUNTED_OR_VERB and prev_word(text, m.start()) in _TIME_PREPOSITIONS)
    ) or _STREET.match(text, m.end()):
        return None
    if (
        following.endswith("s")
        and following not in _WORDS_IN_S
        and _QUANTITY_BEFORE.search(text, m.start() - 24, m.start())
    ):
        if text.startswith(following, m.end() + 1):  # "nearly 1998 ballots": a count of things
            return None
    if m["thisday"]:  # "On this day in 1969": the reference date's day, in 1969
        return Expr("calendar", year=int(m["year"]), mod="this-day")
    if text[m.start() : m.start() + 5].lower() == "about" and prev_word(text, m.start()) in _ABOUT_WHAT:
        # "write about 1976": the year alone
        return Expr("calendar", year=int(m["year"]), lead=m.start() - m.start("year"))
    return Expr("calendar", year=int(m["year"]), mod=_mod(m["mod"]))


#: What "about" before a year is the preposition of, not the year's hedge: a verb of telling or
#: knowing, or a story ("write about 1976", "a film about 1968").
_ABOUT_WHAT: Final = frozenset(
    "talk talks talked talking write writes wrote written writing think thinks thought thinking know"
    " knew known learn learned learnt read reads hear heard speak speaks spoke care cared forget forgot"
    " remember remembered worry worried tell told ask asked complain complained joke joked dream dreamed"
    " sing sang argue argued film films book books story stories song songs documentary novel memoir"
    " play plays series exhibition lecture questions question".split()
)


_SLASH_YEAR: Final = compile_ascii(r"/(\d\d(?:\d\d)?)(?!\d)")
#: The numbers of things listed before a number: "Sections 230 and", "rooms 12, 14 and".
_NUMBERED_BEFORE: Final = compile_ascii(
    r"\b(?:sections|articles|rooms|flights|routes|pages|chapters|numbers|models|rules|bills|resolutions"
    r"|paragraphs|clauses|platforms|gates|seats|lots|units|items|cases|files)\s+[\w.-]*\d[\w.-]*"
    r"(?:,\s*[\w.-]*\d[\w.-]*)*,?\s+and\s+$",
    re.IGNORECASE,
)
_LOCAL_TIME: Final = compile_ascii(r"\s+local\s+time\b")
#: A word of capitals right before a number: a catalogue's or a list's name ("LHS 1140", "NGC
#: 1300") where the number is no year of the last centuries, ...
_ACRONYM_BEFORE: Final = compile_ascii(r"(?<![\w.])([A-Z]{2,5})[ ]$")
#: ... unless it says which era or time the year is of, or is a word of a headline in capitals
#: ("AD 1140", "BUILT IN 1140").
_ERA_OR_TIME_WORDS: Final = frozenset(
    "ad bc bce ce ah in of by to from since until till and or year before after around about circa ca c"
    " built founded died born".split()
)
#: A group of digits of three or more right before, as a telephone or account number is written
#: ("0800 123 2024"; a day before a year is read with its month, "June 5 2024", by a longer rule).
_NUMBER_GROUP_BEFORE: Final = compile_ascii(r"(?<![\d,.])\d{3,}[ ]$")
#: A year that opens its sentence after a preposition of time is one, whatever follows it: "In
#: 2020 schools closed", "Since 2016 companies have moved" (but "runs in 2000 schools" counts).
_FRONTED_YEAR: Final = compile_ascii(
    r"(?:^|[.!?\n]\s*|[\"“]\s*)(?:In|Since|By|Until|During|Before|After)\s+$"
)
#: Counted things whose word is also a verb in the present: after a year of a time phrase, the
#: verb ("the deal signed in 2019 runs out", "the firm founded in 1998 shares data").
_COUNTED_OR_VERB: Final = frozenset("runs shares points votes seats houses".split())
_TIME_PREPOSITIONS: Final = frozenset("in since by until till before after during".split())
#: A page's copyright line is no event: "© 2024 Example News", "Copyright (c) 2023".
_COPYRIGHT: Final = compile_ascii(r"(?:©|\([cC]\)|\bcopyright)\s*(?:\d{4}\s*[-–]\s*)?$", re.IGNORECASE)
#: Words in "s" that are no plural noun: "Over 2023 as a whole" is the year.
_WORDS_IN_S: Final = frozenset(
    "as is was has his its this thus plus us yes whereas unless across towards afterwards besides perhaps".split()
)
#: Words that make a number after them a count when a plural follows ("some 2000 troops").
_QUANTITY_BEFORE: Final = compile_ascii(
    r"\b(?:about|some|nearly|almost|roughly|approximately|around|over|least|most|only|just)\s+$",
    re.IGNORECASE,
)


@rule(
    "fiscal-year-short",
    # (or a calendar year, as analysts write it: "CY26")
    r"\b(?:(?-i:FY|CY)\s?|fiscal\s+(?:year\s+)?)['’]?(?P<yy>\d{2})"
    # (the first of two years: "FY24-25", the second read by the "range" rule)
    r"(?![\d%]|[.,:]\d|[-/](?!\d\d\b)\d|\s*per\s?cent)\b",
    ("profit rose in FY24", "FY24", "2024"),
    ("Analysts see capex rising in CY26.", "CY26", "2026"),
    ("The budget for FY24-25 is tight.", "FY24", "2024"),
    ("The FY24-26 plan", "FY24", None),
    ("guidance for FY '25 was cut", "FY '25", "2025"),
    ("sales in fiscal '89 fell", "fiscal '89", "1989"),
    ("a fiscal 23 percent rise", "fiscal 23", None),
    ("results for fiscal 23 beat", "fiscal 23", "2023"),
    ("the FY 3 budget", "FY 3", None),
)
def _fiscal_year_short(m: re.Match[str], text: str) -> Expr | None:
    if next_word(text, m.end()) in _COUNTED:
        return None
    second = text[m.end() + 1 : m.end() + 3]
    if (
        text[m.end() : m.end() + 1] in ("-", "/")
        and second.isdigit()
        and int(second) != (int(m["yy"]) + 1) % 100
    ):
        return None  # "FY24-26": no one fiscal year
    return Expr("calendar", year=_year(m["yy"]))


#: The words after which a year cut to two digits is one: "in '87", "since ’08", "the class of '69".
_CUT_YEAR_AFTER: Final = frozenset(
    "in of since from by until till to and or through between before after during "
    "spring summer autumn fall winter early late mid".split()
)


@rule(
    "cut-year",
    r"(?<=\s)['’](?P<yy>\d\d)(?![\d'’]|[^\S\n]*(?:%|per\s?cent)|[,.:]\d|['’]?s\b)\b",
    ("The ice shelf we camped on in '87 collapsed.", "'87", "1987"),
    ("He won the title in ’94 and ’95.", "’95", "1995"),
    ("We have not met since '08.", "'08", "2008"),
    ("The class of '69 met again.", "'69", "1969"),
    ("the '90s were good", "the '90s", "199"),  # a decade's, not a year's
    ("She said '23 times' to him.", "'23", None),
    ("Woodstock '69 drew crowds.", "'69", None),
)
def _cut_year(m: re.Match[str], text: str) -> Expr | None:
    if prev_word(text, m.start()) not in _CUT_YEAR_AFTER or next_word(text, m.end()) in _COUNTED:
        return None
    return Expr("calendar", year=_year(m["yy"]), mod="cut")  # the century is the resolver's to pick


_STREET: Final = compile_ascii(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Terrace|Highway|Parkway)\b"
)


@rule(
    "era-year",
    r"\b(?:(?:ca\.|c\.|circa)\s+)?(?:(?P<y>\d{1,4})\s*(?P<era>B\.C\.E\.?|B\.C\.?|BCE|BC|A\.D\.?|AD|CE)(?!\w)|(?P<ad>AD|A\.D\.?)\s*(?P<y2>\d{1,4})\b)",
    ("Athens fell in 404 BC after", "404 BC", "BC0404"),
    ("Caesar died in 44 BC.", "44 BC", "BC0044"),
    ("crowned in AD 800 at Rome", "AD 800", "0800"),
    ("crowned in 800 A.D. at Rome", "800 A.D.", "0800"),
    ("crowned in A.D. 800 at Rome", "A.D. 800", "0800"),
    ("ca. 480 B.C. the fleet", "ca. 480 B.C.", "BC0480"),
    # the last full stop left out: "(149 B.C to 146 B.C)"
    ("Third Punic War (149 B.C to 146 B.C) The", "149 B.C", "BC0149"),
    flags=0,
)
def _era_year(m: re.Match[str], text: str) -> Expr | None:
    year = int(m["y"] or m["y2"])
    if m["era"] and m["era"].startswith("B"):
        return Expr("fixed", value=f"BC{year:04d}") if year > 0 else None
    return Expr("calendar", year=year) if year > 0 else None


#: An ordinal: "fifth", "5th".
_ORDINAL_RE: Final = alternation(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"
_BC_ERA: Final = r"(?:\s+|(?<=\d))(?:B\.C\.E\.?|B\.C\.?|BCE|BC)(?!\w)"  # (not "10SBC")
_BC_SEASONS: Final = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


#: The most days each month may have (February's in a leap year: the calendar BC is not checked).
_DAYS_IN_MONTH: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@rule(
    "era-part",
    # a month or season of a year BC, a decade or century BC, and the first year of a range BC
    # (a day of a month BC too: "August 2, 216 BC", "15 March 44 BC")
    rf"\b(?:the\s+)?{_MOD_RE}(?:(?<=of\s)the\s+)?(?:(?:(?P<dd>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{MONTH_RE})\s+(?:(?P<md>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?,\s*)?(?:of\s+)?(?P<my>\d{{1,4}})"
    rf"|(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+of\s+(?P<sy>\d{{1,4}})"
    rf"|(?P<decade>\d{{1,3}}0)['’]?s|(?P<n>{_ORDINAL_RE})[-\s]+century){_BC_ERA}"
    rf"|\b(?P<first>\d{{1,4}})(?=\s*(?:-|–|to|and)\s*\d{{1,4}}{_BC_ERA})",
    ("the Battle of Thermopylae in August 480 BC", "August 480 BC", "BC0480-08"),
    ("The Battle of Cannae was fought on August 2, 216 BC.", "August 2, 216 BC", "BC0216-08-02"),
    ("Caesar was killed on 15 March 44 BC.", "15 March 44 BC", "BC0044-03-15"),
    ("On March 15, 44 B.C., Caesar died.", "March 15, 44 B.C.", "BC0044-03-15"),
    ("in the late autumn of 481 BC the army", "the late autumn of 481 BC", "BC0481-FA"),
    ("Throughout the 470s BC, the League campaigned", "the 470s BC", "BC047"),
    ("by the 4th century BC", "the 4th century BC", "BC03"),
    ("in the middle of the 9th century BC", "the middle of the 9th century BC", "BC08"),
    ("by the end of the 460s BC", "the end of the 460s BC", "BC046"),
    ("the Ionian Revolt (499-493 BC)", "499", "BC0499"),
    ("lasting from 499 to 493 BC", "499", "BC0499"),
    flags=re.IGNORECASE,
)
def _era_part(m: re.Match[str], text: str) -> Expr | None:
    """Months, seasons, decades and centuries before year 1, and the first year of a range BC."""
    if m["first"]:
        year = int(m["first"])
        return Expr("fixed", value=f"BC{year:04d}") if year > 0 else None
    mod = _mod(m["mod"])
    if m["month"]:
        if not m["month"][0].isupper():
            return None
        year = int(m["my"])
        if year <= 0:
            return None
        value = f"BC{year:04d}-{month_number(m['month']):02d}"
        if m["dd"] or m["md"]:
            day = int(m["dd"] or m["md"])
            if day > _DAYS_IN_MONTH[month_number(m["month"]) - 1]:
                return None  # "February 30, 44 BC": no such day
            value += f"-{day:02d}"
        return Expr("fixed", value=value, mod=mod)
    if m["season"]:
        year = int(m["sy"])
        return (
            Expr("fixed", value=f"BC{year:04d}-{_BC_SEASONS[m['season'].lower()]}", mod=mod)
            if year > 0
            else None
        )
    if m["decade"]:
        decade = int(m["decade"]) // 10
        return Expr("fixed", value=f"BC{decade:03d}", mod=mod) if decade > 0 else None
    n = ordinal_value(m["n"])
    return Expr("fixed", value=f"BC{n - 1:02d}", mod=mod) if n is not None and 1 <= n <= 99 else None


#: What is counted in tens, before a decade written bare ("90s"): temperatures, scores, ages.
_MEASURED_IN_TENS: Final = compile_ascii(
    r"\b(?:temperatures?|degrees|highs?|lows?|heat|mercury|fahrenheit|celsius|thermometers?|readings?"
    r"|scores?|scored|grades?|percent|polls?|polling|ratings?|speeds?|mph|age[ds]?)\b[^.!?;\n]*$",
    re.IGNORECASE,
)
_UNIT_AFTER: Final = compile_ascii(r"\s*(?:%|°|mph|km|kph|percent|per\s+cent|degrees|[FC]\b)", re.IGNORECASE)
#: A decade after "the" and another decade shares its "the": "the 1950s and '60s".
_AFTER_A_DECADE: Final = compile_ascii(
    rf"\bthe\s+(?:(?:early|mid|late)[-\s]+)?(?:(?:1[0-9]{{2}}0|20[0-9]0|['’][0-9]0)['’]?s|{alternation(DECADE_WORDS)})"
    r"\s*(?:,|and|or|to|through|into|[-–])\s*(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$",
    re.IGNORECASE,
)


@rule(
    "decade",
    rf"(?:\b|(?=['’][0-9]0['’]?s))(?:(?P<the>the)\s+)?{_MOD_HALF_RE}(?:(?<=of\s)(?P<the2>the)\s+)?(?:(?P<full>1[0-9]{{2}}0|20[0-9]0)['’]?s|['’](?P<short>[0-9]0)['’]?s|(?<![\d.,])(?P<bare>[3-9]0)s|(?:(?P<century>seventeen|eighteen|nineteen)[-\s])?(?P<word>{alternation(DECADE_WORDS)}))\b",
    ("a boom in the 1990s", "the 1990s", "199"),
    # ... and in words, with the century's: "the nineteen-sixties", "the eighteen-nineties"
    ("In the nineteen-sixties, the city grew.", "the nineteen-sixties", "196"),
    ("in the early eighteen nineties", "the early eighteen nineties", "189"),
    ("since the early 2000s", "the early 2000s", "200"),
    ("It happened in the first half of the 1990s.", "the first half of the 1990s", "199"),
    ("music of the '80s", "the '80s", "198"),
    ("in the nineties", "the nineties", "199"),
    ("In the noughties, the firm expanded into Asia.", "the noughties", "200"),
    ("prices of 1990s models", "1990s", "199"),
    ("in the late '80s", "the late '80s", "198"),
    ("by the end of the 1990s", "the end of the 1990s", "199"),
    ("by the end of the '80s", "the end of the '80s", "198"),
    ("prices in the 1800s", "the 1800s", "18"),
    ("she is in her nineties", "nineties", None),
    ("In the 1950s and '60s, measles killed millions.", "'60s", "196"),
    # written without its apostrophe, after "the" only, and not of what is measured in tens
    ("Sales were much stronger in the 90s.", "the 90s", "199"),
    ("The plant was built in the late 70s.", "the late 70s", "197"),
    ("Highs will be in the 90s on Friday.", "90s", None),
    ("Temperatures stayed in the upper 80s.", "80s", None),
    ("She is in her 70s.", "70s", None),
    ("Speeds in the 60s mph were recorded.", "60s", None),
)
def _decade(m: re.Match[str], text: str) -> Expr | None:
    if not (m["full"] or m["the"] or m["the2"] or _AFTER_A_DECADE.search(text, m.start() - 40, m.start())):
        return None  # "'80s" and "nineties" are decades after "the" ("the '80s"), not alone
    if m["bare"] and (
        not (m["the"] or m["the2"])
        or _MEASURED_IN_TENS.search(text, m.start() - 60, m.start())
        or _UNIT_AFTER.match(text, m.end())
    ):
        return None  # "highs in the 90s", "speeds in the 60s mph": not a decade
    if m["full"] and m["full"].endswith("00") and m["full"] != "2000":
        value = m["full"][:2]  # "the 1800s", "the early 1900s": a century
    elif m["full"]:
        value = m["full"][:3]
    elif m["short"] or m["bare"]:
        short = m["short"] or m["bare"]
        value = ("19" if int(short) >= 30 else "20") + short[0]
    else:
        digit = DECADE_WORDS[m["word"].lower()]
        if m["century"]:  # "the eighteen-nineties"
            if digit == 0:
                return None  # ("nineteen-noughties": no such words)
            century = {"seventeen": "17", "eighteen": "18", "nineteen": "19"}[m["century"].lower()]
            value = century + str(digit)
        else:
            value = ("20" if digit == 0 else "19") + str(digit)  # "the noughties": the 2000s
    return Expr("fixed", value=value, mod=_mod(m["mod"]))


#: Which decade of its century an ordinal names ("the first decade of the 20th century": the
#: 1900s, as the decade is written; "the last decade": the tenth).
_DECADE_OF: Final = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
    "eighth": 7, "ninth": 8, "tenth": 9, "last": 9, "final": 9,
}  # fmt: skip


@rule(
    "decade-of-century",
    rf"\bthe\s+(?P<nth>{'|'.join(_DECADE_OF)})\s+decade\s+of\s+(?:the\s+(?P<n>{_ORDINAL_RE})[-\s]+"
    r"|(?P<rel>this|the(?:\s+(?:last|previous|past|current))?|last)\s+)century\b",
    ("It happened in the first decade of the 21st century.", "the first decade of the 21st century", "200"),
    ("in the last decade of the nineteenth century", "the last decade of the nineteenth century", "189"),
    ("in the second decade of the 20th century", "the second decade of the 20th century", "191"),
    # ... of the writer's century, or the one before
    ("In the first decade of the century, growth was fast.", "the first decade of the century", "200"),
    ("in the second decade of this century", "the second decade of this century", "201"),
    ("in the last decade of the last century", "the last decade of the last century", "199"),
)
def _decade_of_century(m: re.Match[str], text: str) -> Expr | None:
    """ "the first decade of the 21st century": that decade, as a decade is written (the 2000s);
    "the first decade of this century", of the writer's century (``mod`` holds which decade)."""
    if m["rel"]:
        before = m["rel"].split()[-1].lower() in ("last", "previous", "past")
        return Expr("deictic", unit="century", n=-1 if before else 0, mod=f"DECADE{_DECADE_OF[m['nth'].lower()]}")
    n = ordinal_value(m["n"])
    if n is None or not 1 <= n <= 99:
        return None
    return Expr("fixed", value=f"{(n - 1) * 10 + _DECADE_OF[m['nth'].lower()]:03d}")


@rule(
    "century",
    # (the article of a thing a hyphened century tells the time of is the thing's: "The
    # 19th-century spire")
    rf"\b(?:the\s+(?!(?:{_ORDINAL_RE})-century[^\S\n]+[a-z]))?{_MOD_HALF_RE}(?:(?<=of\s)the\s+)?(?P<n>{_ORDINAL_RE})(?:[-\s]+centur(?:y|ies)\b"
    # the first of two: "the 15th and 16th centuries", "the 18th-19th centuries"
    rf"|(?={ANOTHER_CENTURY_AFTER.format(ordinal=_ORDINAL_RE)}))",
    ("the 19th century", "the 19th century", "18"),
    ("The 19th-century spire was added in the 1860s.", "19th-century", "18"),
    ("It dates back to the 15th and 16th centuries.", "the 15th", "14"),
    ("a custom of the 15th and 16th centuries", "16th centuries", "15"),
    ("in the 18th-19th centuries", "the 18th", "17"),
    ("since the twentieth century", "the twentieth century", "19"),
    ("at the end of the 19th century", "the end of the 19th century", "18"),
    ("in the latter half of the 19th century", "the latter half of the 19th century", "18"),
)
def _century(m: re.Match[str], text: str) -> Expr | None:
    n = ordinal_value(m["n"])
    return Expr("fixed", value=f"{n - 1:02d}", mod=_mod(m["mod"])) if n is not None else None
