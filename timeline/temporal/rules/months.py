"""Months without a day: "July 2025", "in May", "mid-July", "July last year", "August of that
year", and the words that make a month word a name instead ("the May government", "June Carter
sang").  Registered right after ``calendar``, whose day-and-month rules come first."""

from __future__ import annotations

import re
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import (
    DAY_RE,
    FULL_MONTH_RE,
    MONTH_RE,
    MONTHS,
    NOUN_PHRASE_START,
    YEAR_RE,
    month_number,
)
from ..sentences import ABBREVIATIONS, LIST_ITEM_BEFORE, PARAGRAPH_BREAK
from .base import (
    _MOD_RE,
    _YEAR_END,
    SAID_BEFORE,
    _capitalised,
    _day,
    _mod,
    _year,
    next_word,
    prev_word,
    rule,
)
from .calendar import _END_YEAR, _TO, YEAR_COUNTED, counted_range_start


@rule(
    "month-year",
    rf"\b{_MOD_RE}(?P<month>{MONTH_RE})(?:,?\s+(?:of\s+)?|-(?={YEAR_RE}))(?P<year>{YEAR_RE}|['’]\d\d){_YEAR_END}",
    ("prices in July 2025 rose", "July 2025", "2025-07"),
    # as tables and statistics write it: "Mar-2024" (not "Sep-24", which may be a day)
    ("Sales in Mar-2024 rose 5%.", "Mar-2024", "2024-03"),
    ("Sales in Sep-24 rose 5%.", "Sep-24", None),
    ("Sales in Aug '24 rose.", "Aug '24", "2024-08"),
    ("In Sept. ’01 the towers fell.", "Sept. ’01", "2001-09"),
    ("until the end of March 2020", "the end of March 2020", "2020-03"),
)
def _my(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]):
        return None
    return Expr("calendar", year=_year(m["year"]), month=month_number(m["month"]), mod=_mod(m["mod"]))


#: A noun phrase after "the year before": "the year before the war", of an event, not the story.
_NOUN_PHRASE_AFTER: Final = compile_ascii(rf"\s+{NOUN_PHRASE_START}")


@rule(
    "month-of-year",
    rf"\b(?:(?:the\s+)?(?P<dfirst>{DAY_RE})\s+(?:of\s+)?|{_MOD_RE})(?P<month>{MONTH_RE})(?:\s*(?P<day>{DAY_RE}))?,?\s+(?:of\s+)?"
    r"(?:(?:(?P<rel>this|last|next)|(?P<story>that|the\s+same|the\s+following|the\s+next|the\s+previous"
    r"|the\s+preceding))\s+year\b"
    # "a drought in March the year before" (not "in March the year before the war": see below)
    r"|the\s+year\s+(?P<before>before|earlier)\b)",
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
    (
        "The wells failed in 2022, after a drought in March the year before.",
        "March the year before",
        "2021-03",
    ),
    ("The war ended in 1945. It began in March the year before the treaty.", "March", "2025-03"),
)
def _month_of_year(m: re.Match[str], text: str) -> Expr | None:
    if not _capitalised(m["month"]) or (m["dfirst"] and m["day"]):
        return None
    day = _day(m["day"] or m["dfirst"]) if m["day"] or m["dfirst"] else None
    if m["before"]:  # "in March the year before": the year before the story's
        if _NOUN_PHRASE_AFTER.match(text, m.end()):
            return None  # "in March the year before the war": of an event the text may not date
        return Expr(
            "calendar", month=month_number(m["month"]), day=day, rel="story-year", n=-1, mod=_mod(m["mod"])
        )
    if m["story"]:  # "August of that year": the year the story is in
        n = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(
            m["story"].split()[-1].lower(), 0
        )
        return Expr(
            "calendar", month=month_number(m["month"]), day=day, rel="story-year", n=n, mod=_mod(m["mod"])
        )
    n = YEAR_COUNTED[m["rel"].lower()]
    return Expr("calendar", month=month_number(m["month"]), day=day, rel="year", n=n, mod=_mod(m["mod"]))


_AS_EARLY_AS: Final = compile_ascii(r"\b(?:early|late|soon|recently|long\s+ago)\s+as\s+$", re.IGNORECASE)
_POSSESSIVE: Final = ("'s ", "’s ")  # "November's election"
#: A noun's possessive before a month: "the company's January sales" (not "the Women's March").
_OWNER_BEFORE: Final = compile_ascii(r"\b([A-Za-z]+)['’]s[^\S\n]+$")
_MONTH_CONTEXT: Final = frozenset(
    "in since until till by from to through throughout during before after between and or of "
    "early late mid last next this end beginning for into each".split()
)
#: Before these, a month word is a date only when it is no name ("the May government").
#: A capitalised word after a month that opens a sentence makes it a name ("the February
#: Revolution" is dated by its month, as TimeML has it).
_NAME_AFTER: Final = compile_ascii(r"[^\S\n]+(?!(?:The|A|An|In|On|At|By|And|But)\b)[A-Z][a-z]")
_MARCHING: Final = frozenset(
    "to on against through across toward towards into for organizers organisers participants route".split()
)
#: What a month issues or reports, after it: "its May forecast", "the June figures".
_REPORT_NOUNS: Final = frozenset(
    "forecast forecasts projection projections figures data survey surveys reading readings estimate"
    " estimates payrolls inflation minutes meeting statement sales report".split()
)
_MONTH_CONTEXT_BUT_MAY: Final = frozenset(
    "the its their his her our your a an least than targeting targets targeted eyeing".split()
)  # "NASA is targeting September"; "targeting May" may be Theresa May
#: A determiner and a comparative, superlative or word of weather before a month make it the
#: month it names: "a cooler December", "the hottest June on record", "its worst June", "a wet April".
_WEATHER_WORDS: Final = (
    # (a comparative by name: many nouns end in -er, "The singer April Wine")
    r"(?:[a-z]{2,}est|(?:cold|cool|warm|hott|wett|dri|dry|mild|sunni|snowi|raini|stormi|windi|chilli|calm|dull"
    r"|grey|gray|bright|dark|busi|quiet|slow|strong|weak|high|low|long|short|earli|lat|bigg|small|tough|soft"
    r"|firm|hard|fast|cheap|wild|harsh)er|best|worst|better|worse|cold|hot|warm|mild|wet|dry|snowy"
    r"|rainy|stormy|sunny|chilly|record|busy|quiet|difficult|tough|brutal|strong|weak|bumper)"
)
_WEATHER_BEFORE: Final = compile_ascii(
    r"(?:\b(?:a|an|the|this|that|its|their|last|since)|\b[a-z]+['’]s)\s+" + _WEATHER_WORDS + r"\s+$",
    re.IGNORECASE,  # "The wettest June ever", opening a sentence; "the year's hottest June day"
)
#: Months that are no one's name and no other word: a date after any word ("The company said
#: December sales were strong", "a report covering October to December"), where "May", "June",
#: "April", "August" and "March" need a word of time before them.
_NEVER_A_NAME: Final = frozenset("January February July September October November December".split())
#: A thing of a year counted from the reference, then the month it is in: "next year's assembly in
#: May", "last year's festival in August".
_YEARS_THING_BEFORE: Final = compile_ascii(
    r"\b(this|last|next)[^\S\n]+year['’]s[^\S\n]+"
    # ... or the month itself: "Last year's July was the warmest", "last year's hottest June day"
    r"(?:(?:[A-Za-z-]+[^\S\n]+){1,4}(?:in|during|from|until|through|by)[^\S\n]+|"
    + _WEATHER_WORDS
    + r"[^\S\n]+)?$",
    re.IGNORECASE,
)
#: A month and "and" or "or" before another month: "between March and May", "in April or June".
_MONTH_AND_BEFORE: Final = compile_ascii(rf"\b(?:{MONTH_RE})\.?[^\S\n]+(?:and|or)[^\S\n]+$", re.IGNORECASE)
#: A month it is set against before another month: "a first cut in June, rather than May",
#: "in June, not May" (where "than May" or "not May" alone may be Theresa May).
_MONTH_CONTRASTED_BEFORE: Final = compile_ascii(
    rf"\b(?:{MONTH_RE})\.?,?[^\S\n]+(?:rather[^\S\n]+than|not)[^\S\n]+$",
    re.IGNORECASE,
)
#: A month and a comma before another month, in a list: "July, August and September".
_MONTH_COMMA_BEFORE: Final = compile_ascii(rf"\b(?:{MONTH_RE})\.?,[^\S\n]*$", re.IGNORECASE)
#: What may stand before a month that opens a sentence, a quote or a line ("December was hard").
_OPENING: Final = compile_ascii(r"(?:^|[\n\"“‘'(?!:;])[^\S\n]*$")


def _after_a_sentence_end(word: str) -> bool:
    """Whether the word before a month ends a sentence ("... inevitable. September saw")."""
    return word.endswith(".") and len(word.strip(".")) > 3 and word.strip(".") not in ABBREVIATIONS


def _opens(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` open the text, a line, a quote or a sentence ended by "?"."""
    return _OPENING.search(text, pos - 8, pos) is not None


#: A record of a month's, after it: "the previous May |record", "the last July |high".
_RECORD_AFTER: Final = compile_ascii(r"[^\S\n]+(?:record|high|low|peak|best|mark)\b", re.IGNORECASE)
#: ... which "previous" or "last" before the month is of: "the previous |May record".
_RECORD_REL_BEFORE: Final = compile_ascii(r"\b(?:previous|preceding|last)[^\S\n]+$", re.IGNORECASE)


@rule(
    "month",
    # (both: "the beginning of this November", "late last May")
    rf"\b{_MOD_RE}(?:(?P<rel>last|next|this|that|coming|past|the\s+(?:previous|preceding|following))\s+)?"
    # a month written short only where it cannot be a word or a name: after "early", "mid", "late"
    # ("mid-Sept.") or opening a range ("Jan-Mar 2024"; see ``_short_month``)
    # ... or its end written after it, as Indian English does ("by October-end")
    rf"(?:(?P<month>{FULL_MONTH_RE})(?P<end>-end(?![\w-]))?\b|(?P<short>(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\b\.?)"
    r"(?![^\S\n]*\n?[^\S\n]*\d)",
    ("Talks resumed in May after", "May", "2025-05"),
    ("prices fell in mid-July", "mid-July", "2025-07"),
    ("rates will be cut by end-March", "end-March", "2026-03"),
    ("The panel is to report by October-end.", "October-end", "2025-10"),
    ("Deposits rose 9% by March-end.", "March-end", "2025-03"),
    ("Results are due in the final days of March.", "the final days of March", "2026-03"),
    ("November's election", "November", "2025-11"),
    ("a cut could come as early as May", "May", "2026-05"),
    ("Arsenal, who led the table as recently as April, finished second.", "April", "2025-04"),
    ("the data for January-March show", "March", "2025-03"),
    ("elections last November", "last November", "2024-11"),
    ("The plan was unveiled at the beginning of this August.", "the beginning of this August", "2025-08"),
    ("Prices fell in late last May.", "late last May", "2025-05"),
    # ... the month just gone is "last month": "last July", told in August, is the July before
    ("He was relisted last July.", "last July", "2024-07"),
    ("Talks failed in May 2023; the previous April, fighting began", "the previous April", "2023-04"),
    ("They met in May 2023 and again the following March.", "the following March", "2024-03"),
    ("He joined in 2019. The following March, he quit.", "The following March", "2020-03"),
    ("The firm was founded in 2009. That May, it hired its first worker.", "That May", "2009-05"),
    ("the talks will resume in December", "December", "2025-12"),
    ("the Pusan Perimeter (August-September 1950)", "August", "1950-08"),
    # ... or the year before, where the range turns a year
    ("The mission was pushed from November to April 2026.", "November", "2025-11"),
    # ... or after "in" or "of" it
    ("The festival moved from May to June in 2019.", "May", "2019-05"),
    ("in March and April 1918", "March", "1918-03"),
    ("The talks stalled. September saw a truce.", "September", "2024-09"),
    ('"December was tough," she said.', "December", "2024-12"),
    ("Sales beat its November guidance.", "November", "2024-11"),
    # a thing of a year counted from the reference, in a month: that year's month
    ("They hope to finish by next year's assembly in May.", "May", "2026-05"),
    ("Last year's July was the warmest ever measured.", "July", "2024-07"),
    ("Last year's festival in November drew 10,000.", "November", "2024-11"),
    # a month that is no name is a date after any word
    ("The company said December sales were strong.", "December", "2024-12"),
    ("Agents said August Wilson left.", "August", None),
    ("He was the April Fool.", "April", None),
    ('his "March to the Sea" and the March on Rome', "March", None),
    ("The team lost in the first round of March Madness.", "March", None),
    ("March organizers said turnout was high.", "March", None),
    ("The March for Life took place on Friday.", "March", None),
    ("NASA is targeting September for the launch.", "September", "2025-09"),
    ("Critics were targeting May over the deal.", "May", None),
    ("Officials said that May would decide.", "May", None),
    ("The plant shut in 2019 and reopened that May.", "that May", "2019-05"),
    ("Sales rose in March for the first time.", "March", "2025-03"),
    ("June Carter sang. April Ryan asked.", "June", None),
    ("Jane Doe, 34, and June Carter met the mayor.", "June", None),
    ("Talks ran in April and June Carter's team left.", "June", "2025-06"),
    ("The talks failed. April Ryan asked why.", "April", None),
    ("Did it work? March showed it did.", "March", "2025-03"),
    ("after the February Revolution", "February", "2025-02"),
    ("as Theresa May said. May the talks succeed.", "May", None),
    ("the May government fell", "May", None),
    ("The year ended with a cooler December.", "December", "2024-12"),
    # a record of the month's, which "previous" or "last" is of: no one May
    ("It beat the previous May record, set in 2019.", "May", None),
    ("It broke the last December record, set in 2010.", "December", None),
    ("This was the hottest June on record.", "June", "2025-06"),
    ("The index had its worst June since 1930.", "June", "2025-06"),
    # in a list of months
    ("Prices rose in July, August and September.", "August", "2025-08"),
    # written short after "in", "since", "until" and the like: with its stop, any month; without
    # it, none that is a word or a name ("confidence in Jan", "in Mar")
    ("He arrived in Sept. and left.", "Sept.", "2024-09"),
    ("Sales rose in Dec.", "Dec.", "2024-12"),
    ("Prices have risen since Feb.", "Feb.", "2025-02"),
    ("Talks stalled in Oct and resumed.", "Oct", "2024-10"),
    ("Confidence in Jan fell.", "Jan", None),
    # ... and closing a range whose first month is written short: "Apr-Jun", "Jul–Sep"
    ("Revenue for Apr-Jun rose.", "Jun", "2025-06"),
    ("In July, August Wilson visited.", "August", None),
    # after a noun's possessive: "the company's January sales"; not "Britain's May", "the Women's March"
    ("The company's January sales rose.", "January", "2025-01"),
    ("the company's March sales", "March", "2025-03"),
    ("Britain's May said no.", "May", None),
    ("Theresa May lost. It came two years after May triggered Article 50.", "May", None),
    ("Theresa May lost. Sales rose in May compared with April.", "May", "2025-05"),
    # ... but a report or meeting of May, whoever's: "the Federal Reserve's May meeting"
    ("Investors await the minutes of the Federal Reserve's May meeting.", "May", "2025-05"),
    ("the Women's March drew thousands", "March", None),
    # heading an item of a chronology, May too
    ("- May: A coalition government is formed.", "May", "2025-05"),
    ("**March** — Talks began.", "March", "2025-03"),
    ("1. June - The dam burst.", "June", "2025-06"),
    ("Theresa May: a life in politics", "May", None),
    # ... nor a name in a by-line or after "by", nor after a noun in -er ("the singer")
    ("By Ann May and June Lee", "June", None),
    ("Photo by August Schmidt/Reuters", "August", None),
    ("The singer April Wine performed.", "April", None),
    ("Sales should recover by March.", "March", "2026-03"),
    # written short: after "early", "mid", "late" or "end", or opening a range
    ("Prices peaked in mid-Sept. and fell.", "mid-Sept.", "2024-09"),
    ("Results are due in late Oct.", "late Oct.", "2025-10"),
    ("in early Jan Smith said", "early Jan", None),
    ("Sales in Jan-Mar 2024 rose.", "Jan", "2024-01"),
    ("The survey ran Oct.-Dec. 2023.", "Oct.", "2023-10"),
    ("Sales for Jan-March rose 4%.", "Jan", "2025-01"),
    # a range's year counted from the reference, written with its end, is its start's too
    ("Exports fell between March and May last year.", "March", "2024-03"),
    ("Investors now expect a first cut in June, rather than May.", "May", "2026-05"),
    ("The vote is set for June, not May.", "May", "2026-05"),
    ("Voters trust him more than May.", "May", None),
    ("The festival runs from June to August next year.", "June", "2026-06"),
    ("He will mar-Mar the record", "Mar", None),
    ("Jan said no.", "Jan", None),
)
def _month(m: re.Match[str], text: str) -> Expr | None:
    if m["short"]:
        return _short_month(m, text)
    word = m["month"]
    if not _capitalised(word):
        return None
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else None
    if m["end"] and not m["mod"]:  # "by October-end": a month, whatever the words before it
        return Expr("calendar", month=month_number(word), rel=_MONTH_REL.get(rel or "", rel), mod=_mod("end"))
    if rel == "that" and SAID_BEFORE.search(text, m.start() - 24, m.start()):
        return None  # "Officials said that May would decide": "that" opens what is said
    if _RECORD_AFTER.match(text, m.end()) and (
        rel in ("last", "the previous", "the preceding")
        or _RECORD_REL_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        return None  # "beat the previous May record, set in 2019": a record of Mays, no one May
    lo = max(0, m.start() - 60)
    if (
        not (rel or m["mod"])
        and (text.find("ear", lo, m.start()) >= 0 or text.find("EAR", lo, m.start()) >= 0)  # looked for first
        and (owner := _YEARS_THING_BEFORE.search(text, lo, m.start()))
    ):
        # "next year's assembly in May", "last year's festival in August": that year's month
        return Expr("calendar", month=month_number(word), rel="year", n=YEAR_COUNTED[owner[1].lower()])
    if (
        not rel
        and (until := _MONTH_TO_YEAR.match(text, m.end()))
        and PARAGRAPH_BREAK.search(until.group()) is None  # (no range runs into the next paragraph)
    ):
        # "August-September 1950": the first of a range takes the year written after the second
        if until["rel"] and not m["mod"]:  # "between March and May last year": the end's year
            month = month_number(word)
            return counted_range_start(month, until["rel"], month > month_number(until["end"]))
        if until["year"]:  # ... or the year before, where the range turns a year ("November to April 2026")
            month = month_number(word)
            turns = month > month_number(until["end"])
            return Expr(
                "calendar",
                year=int(until["year"]) - turns,
                month=month,
                mod=_mod(m["mod"]) or ("range-before" if turns else "range"),
            )
    if (
        word == "May"
        and not (rel or m["mod"])
        and _DEED_AFTER.match(text, m.end())
        and prev_word(text, m.start()) not in ("in", "of", "during", "for", "on", "from", "to", "through")
        and _NAMED_MAY.search(text)
    ):
        return None  # "Theresa May ... two years after May triggered Article 50": her deed
    if (
        not (rel or m["mod"])
        and not (word != "May" and text.startswith(_POSSESSIVE, m.end()))
        and not _item_head(text, m.start(), m.end())
    ):
        before = prev_word(text, m.start())
        if word == "March" and before not in _MONTH_CONTEXT and next_word(text, m.end()) in _MARCHING:
            return None  # "the March on Rome", "his March to the Sea": a march
        if word == "April" and next_word(text, m.end()).startswith("fool"):
            return None  # "the April Fool" (its day is a holiday, read as one)
        if word == "March" and text.startswith(" Madness", m.end()):
            return None  # "the first round of March Madness": the college basketball tournament
        opening = not before or _after_a_sentence_end(before)
        if opening and _NAME_AFTER.match(text, m.end()):
            return None  # "June Carter sang", "April Ryan asked", "March Madness": a name
        if (
            before in ("and", "or")
            and word not in _NEVER_A_NAME
            and _NAME_AFTER.match(text, m.end())
            and (
                not _MONTH_AND_BEFORE.search(text, m.start() - 16, m.start())
                or _BYLINE.search(text, max(0, m.start() - 80), m.start())
            )
        ):
            # "Jane Doe, 34, and June Carter met", "By Ann May and June Lee": a name; not "March
            # and May Day"
            return None
        if (
            before == "by"
            and word not in _NEVER_A_NAME
            and _NAME_AFTER.match(text, m.end())
            and next_word(text, m.end()).capitalize() not in _DAY_WORDS
        ):
            return None  # "Photo by August Schmidt", "written by June Lee": a name
        if not (
            before in _MONTH_CONTEXT
            or word.capitalize() in _NEVER_A_NAME  # "said December sales were strong"
            or before in MONTHS
            or (
                not before  # a list of months: "July, August and September"
                and _MONTH_COMMA_BEFORE.search(text, m.start() - 14, m.start()) is not None
                and not _NAME_AFTER.match(text, m.end())
            )
            or _WEATHER_BEFORE.search(text, m.start() - 24, m.start())
            or (
                before in ("than", "not") and _MONTH_CONTRASTED_BEFORE.search(text, m.start() - 40, m.start())
            )
            or (before == "as" and _AS_EARLY_AS.search(text, m.start() - 16, m.start()))
            or (
                before == "s"
                and word != "May"  # "Britain's May": Theresa May
                and (owner := _OWNER_BEFORE.search(text, m.start() - 30, m.start())) is not None
                and (word != "March" or owner[1].islower())
            )
            # "up from its May forecast", "the May jobs report": a month's report, whoever May is
            or (
                (before in _MONTH_CONTEXT_BUT_MAY or (before == "s" and _OWNER_BEFORE.search(text, m.start() - 30, m.start())))
                and next_word(text, m.end()) in _REPORT_NOUNS
            )
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


#: A past verb right after "May", whose subject she is: "after May |triggered Article 50".
_DEED_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?:[a-z]{3,}ed|said|told|won|lost|met|made|took|left|became|was|had|has|says|tells|faces)\b"
)
#: Someone named May in the text: "Theresa May", "Prime Minister May".
_NAMED_MAY: Final = compile_ascii(
    r"(?<![.!?]\s)\b(?!(?:In|By|Since|Until|During|Early|Late|Mid|Last|Next|This|That|The|Every|From|To|And|Or"
    r"|Of|On|For|Before|After|Through|Each|Since|Between)\b)[A-Z][a-z]+\.?[^\S\n]+May\b(?![^\S\n]+\d)"
)
#: A by-line, from the start of its line: "By Ann May and June Lee".
_BYLINE: Final = compile_ascii(r"(?:^|\n)[^\S\n]*(?:By|BY)[^\S\n]+[A-Z][^\n]{0,60}$")
#: The words that may follow "by" and a month as a date: "by May Day", "by June 30" are read by
#: other rules; "by March Friday" is none.
_DAY_WORDS: Final = frozenset("Day Monday Tuesday Wednesday Thursday Friday Saturday Sunday Madness".split())
#: After a month heading an item of a chronology ("- May: A coalition is formed.", "**March** —
#: Talks"): a colon or a dash.
_ITEM_SEPARATOR: Final = compile_ascii(r"(?:\*\*|__|\*|_)?[ \t]*(?::|[—–]|-[ \t])")


def _item_head(text: str, start: int, end: int) -> bool:
    """Whether a month opens a line of a chronology and a colon or a dash follows it."""
    return (
        _ITEM_SEPARATOR.match(text, end) is not None
        and LIST_ITEM_BEFORE.search(text, start - 12, start) is not None
    )


#: What follows the first month of a range written short: the second, and the range's year.
_SHORT_RANGE: Final = compile_ascii(
    rf"[^\S\n]*[-–/][^\S\n]*(?:{MONTH_RE})(?:[^\S\n]+(?P<year>{YEAR_RE}){_YEAR_END})?"
)
#: A name after a month written short: "early Jan Smith said".
_NAME_NEXT: Final = compile_ascii(r"[^\S\n]*[A-Z][a-z]")


def _short_month(m: re.Match[str], text: str) -> Expr | None:
    """A month written short ("Sept.", "Jan"), which alone may be a word or a name ("Mar", "Jan"):
    a month after "early", "mid", "late" or "end" ("mid-Sept."), not before a name; or the first
    of a range ("Jan-Mar 2024", "Oct.-Dec. 2023"), with the range's year."""
    month = month_number(m["short"])
    if (until := _SHORT_RANGE.match(text, m.end())) is not None and not m["rel"]:
        year = int(until["year"]) if until["year"] else None
        return Expr("calendar", year=year, month=month, mod=_mod(m["mod"]) or ("range" if year else None))
    if m["mod"] and not m["rel"] and not _NAME_NEXT.match(text, m.end()):
        return Expr("calendar", month=month, mod=_mod(m["mod"]))
    if not m["mod"] and not m["rel"] and _SHORT_RANGE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return Expr("calendar", month=month)  # "Apr-Jun": the range's end
    if (
        not m["mod"]
        and not m["rel"]
        and (m.group().endswith(".") or m["short"] not in _SHORT_WORDS)
        and _SHORT_AFTER.search(text, max(0, m.start() - 10), m.start()) is not None
        and not _NAME_NEXT.match(text, m.end())
        and not text.startswith(("'", "’"), m.end())  # "in Jan's house"
        and _FIGURE_JOINED.match(text, m.end()) is None  # "in Sep-24": a day or a year, which is unknown
    ):
        return Expr("calendar", month=month)  # "in Sept.", "since Feb."
    return None


#: A month written short and a dash before a month: "Apr-|Jun", "Oct.–|Dec.".
_SHORT_RANGE_BEFORE: Final = compile_ascii(
    r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[^\S\n]*[-–][^\S\n]*$"
)
_FIGURE_JOINED: Final = compile_ascii(r"[-–/.]?\d")
#: Months written short that are words or names without their stop: "Jan", "Mar", "Jun".
_SHORT_WORDS: Final = frozenset({"Jan", "Mar", "Jun"})
#: What a month written short stands after alone: "in Sept.", "since Feb.", "until Dec.".
_SHORT_AFTER: Final = compile_ascii(r"\b(?:in|since|until|till|through|during|from|before|after)[^\S\n]+$")


_MONTH_REL: Final = {
    "coming": "next",
    "past": "last",
    "the previous": "previous",
    "the preceding": "previous",
    "the following": "following",
    "that": "story-year",
}


#: The first month of a range takes the year written after the second: "August-September 1950".
_MONTH_TO_YEAR: Final = compile_ascii(
    rf"{_TO}(?P<end>(?-i:{FULL_MONTH_RE}))\s+(?:(?:in|of)\s+(?=\d))?{_END_YEAR}"
)
