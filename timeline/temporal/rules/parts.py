"""Parts of a year: seasons, quarters and halves, written out ("the summer of 2022"), coded
("Q4 2024") or relative ("the latest quarter")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import (
    FULL_MONTH_RE,
    MODALS,
    MONTH_RE,
    MONTHS,
    NOUN_PHRASE_START,
    NUMBER_RE,
    SEASON_WORDS,
    YEAR_RE,
    month_number,
    number_value,
)
from .base import (
    _MOD_RE,
    _YEAR_END,
    EDGE_BEFORE,
    PLACE_AFTER,
    REL_OFFSETS,
    SAID_BEFORE,
    _mod,
    _year,
    next_word,
    prev_word,
    rule,
)
from .calendar import _event_year
from .years import _BC_ERA

# --- parts of a year --------------------------------------------------------------------------

#: Words after a bare season word that make it something else: a name ("the Winter Olympics")
#: or, after "spring", a verb or a source of water ("spring up", "spring water").
#: "Fall" alone is the season only after "the" (or "early", "late") and where a clause ends
#: after it ("announced in the fall, it closed"): "the fall of Rome", "a fall in prices", "the
#: fall lineup", "would eventually fall." are no seasons.
_FALL_SEASON: Final = compile_ascii(r"[^\S\n]*(?:[,;:.)]|\n|$|and\b|when\b)")
#: Nouns a season word describes rather than dates: "the Winter Olympics", "his summer residence".
_NAMED_AFTER: Final = frozenset(
    "olympics olympic games palace residence residences home homes house houses cottage villa "
    "retreat capital camp camps school schools clothes clothing wear coat coats collection tires "
    "tyres wheat crops sports solstice equinox "
    # a benefit ("winter fuel payments"), a kind of storm ("a winter storm closed roads")
    "fuel storm storms".split()
)
#: A title or a capitalised word straight before a capitalised season: a name ("the Arab
#: Spring", "Anna Winter", "Rep. Summer Lee"), unless the word is one that dates it.
_NAME_BEFORE: Final = compile_ascii(
    r"(?:\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr)\.|(?!(?:Last|Next|This|That|Every|Early|Late|Mid|In|By|Since|During|Until|The|Spring|Summer|Autumn|Fall|Winter)\s)\b[A-Z][a-z]+)\s+$"
)
_CAPITAL_AFTER: Final = compile_ascii(r"\s+[A-Z]")
_SPRING_AFTER: Final = frozenset(
    "up into back forth forward forwards ahead from to out onto open loaded water waters".split()
)
#: Words after "that fall" that make "fall" a verb after a relative "that": "Eurobonds that fall
#: due in February", "holidays that fall on a Monday", "prices that fall sharply".
_FALL_VERB_AFTER: Final = frozenset(
    "due short within under into below beneath above outside off apart back sharply further"
    " behind victim prey foul flat through away between among out on to".split()
)


def _a_name_in_the_text(word: str, text: str, at: int) -> bool:
    """Whether a capitalised season word, not opening its sentence, is a name the text gives
    elsewhere after a first name: "Britain's Gregory Winter ... a method in 1985 that Winter went
    on to use"."""
    if text[at - 2 : at] in (". ", "\n") or at == 0 or text[at - 1] in "\n\"“":
        return False
    if _CAPITAL_AFTER.match(text, at + len(word)):
        return False  # a name's word: "the Chinese Winter Offensive" (see ``_NAME_BEFORE``)
    start = text.find(word)
    while start >= 0:
        if (
            start != at
            and _CAPITAL_NAME_BEFORE.search(text, max(0, start - 30), start)
            and not _CAPITAL_AFTER.match(text, start + len(word))
        ):
            return True
        start = text.find(word, start + 1)
    return False


#: A capitalised word (a first name) straight before a word: "Gregory |Winter".
_CAPITAL_NAME_BEFORE: Final = compile_ascii(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:Last|Next|This|That|Every|Early|Late|Mid|In|By|Since|During|Until|The|Spring"
    r"|Summer|Autumn|Fall|Winter|Each|Its|Their|His|Her|Our|A|An|And|Or|Of|For|On|At|To|From)\s)[A-Z][a-z]+\s+$"
)


@rule(
    "season",
    rf"\b(?:(?P<the>the)\s+)?{_MOD_RE}(?:(?<=(?:of|in)\s)(?P<the2>the)\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming|this|that\s+same|that|coming|past|(?<=the\s)(?:following|next|previous|preceding|same))\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
    # a winter across two years: "the winter of 2009-10", "Winter 2022/23" (the season of the first)
    rf"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR_RE})(?:[-–/](?P<yy_next>\d\d)(?![\d%/]))?{_YEAR_END}|['’](?P<yy>\d\d)\b)|\s+(?:of\s+)?(?P<yrel>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year\b"
    # "a dry summer the year before", not "the summer the year before the war" (which the window
    # around the season's word reaches: see ``triggers.REACH``)
    rf"|\s+(?:of\s+)?the\s+year\s+(?P<ybefore>before|earlier)\b(?!\s+{NOUN_PHRASE_START})"
    # "the summer of last year", "the fall next year"
    r"|\s+(?:of\s+)?(?P<dyr>last|this|next)\s+year\b"
    # the one before the season last told: "Last winter ..., and the winter before that"
    r"|(?<=the\s(?:spring|summer|autumn|winter))(?P<before>\s+before)(?=\s+(?:that|last|then)\b|[^\S\n]*[,.;:!?)])"
    # ... or after it: "By Christmas we had water, and the pipe went in the spring after that"
    r"|(?<=the\s(?:spring|summer|autumn|winter))(?P<after>\s+after)(?=\s+(?:that|then)\b))?",
    ("the summer of 2022", "the summer of 2022", "2022-SU"),
    ("The offensive stalled in January 1943. That winter was harsh.", "That winter", "1942-WI"),
    # "that" opening what a forecast says, not "that summer"
    ("The authors project that summer sea ice could vanish.", "that summer", None),
    ("They finished the project that summer.", "that summer", "2025-SU"),
    (
        "Cases peaked in January last winter, and the winter before that in December.",
        "the winter before",
        "2023-WI",
    ),
    # an edge of the season is part of the expression, as of a month or a year
    ("They hope to finish before the end of the summer.", "the end of the summer", "2025-SU"),
    ("It will be done by the end of the summer of 2026.", "the end of the summer of 2026", "2026-SU"),
    (
        "Talks began in 2012; by the end of the following spring they had failed.",
        "the end of the following spring",
        "2013-SP",
    ),
    ("He was ill at the start of the fall.", "the start of the fall", "2024-FA"),
    ("Prices peaked early in the summer of 2024.", "early in the summer of 2024", "2024-SU"),
    ("Prices peaked in the summer of last year.", "the summer of last year", "2024-SU"),
    ("Work starts in the spring of next year.", "the spring of next year", "2026-SP"),
    ("The fair will move to the fall next year.", "the fall next year", "2026-FA"),
    ("It was cold in the fall of last year.", "the fall of last year", "2024-FA"),
    ("Tickets sold out in the spring last year.", "the spring last year", "2024-SP"),
    ("Rents rose in summer this year.", "summer this year", "2025-SU"),
    ("the summer of '69", "the summer of '69", "1969-SU"),
    ("During the winter of 2009-10, it snowed.", "the winter of 2009-10", "2009-WI"),
    ("Winter 2022/23 was mild.", "Winter 2022/23", "2022-WI"),
    ("the winter of 2009-17, no season's two years", "2009", "2009"),
    ("talks this spring", "this spring", "2025-SP"),
    ("the vote this past spring", "this past spring", "2025-SP"),
    ("the vote last fall", "last fall", "2024-FA"),
    ("The shops closed in March 2020. By that summer, half the staff had gone.", "that summer", "2020-SU"),
    ("The plant closed in 2015. The following spring, it reopened.", "The following spring", "2016-SP"),
    # ... after a month or a day: the next such season to begin, which may be in its year
    ("Talks failed in April 1963. The following summer, a pact was signed.", "The following summer", "1963-SU"),
    ("Talks failed in October 1962. The next winter was cold.", "The next winter", "1962-WI"),
    ("The city fell in October 1962. The previous summer had been hot.", "The previous summer", "1962-SU"),
    ("It shut in 1962. In the spring of the following year it reopened.", "the spring of the following year", "1963-SP"),
    ("It was signed in 1995 and ratified in the autumn of that year.", "the autumn of that year", "1995-FA"),
    (
        "The wells failed in 2022. They were fixed in summer the following year.",
        "summer the following year",
        "2023-SU",
    ),
    (
        "By Christmas 2022 we had water; the pipe went in the spring after that.",
        "the spring after",
        "2023-SP",
    ),
    ("The wells failed in 2022, after a dry summer the year before.", "summer the year before", "2021-SU"),
    ("a winter offensive", "winter", "2025-WI"),
    ("the summer offensive", "the summer", "2025-SU"),
    ("new parties spring up", "spring", None),
    ("The general said he would spring a surprise.", "spring", None),
    ("The trap may spring shut.", "spring", None),
    ("Clocks spring forward an hour on Sunday.", "spring", None),
    ("the Winter Olympics", "Winter", None),
    ("a cut announced in the Autumn Statement in November", "the Autumn", None),
    ("Los Angeles will stage the next Summer Games in 2028.", "the next Summer", None),
    ("the papal summer residence at Castel Gandolfo", "summer", None),
    ("Rep. Summer Lee voted no. Anna Winter spoke.", "Summer", None),
    ("Rep. Summer Lee voted no. Anna Winter spoke.", "Winter", None),
    ("It went to Britain's Gregory Winter. Smith made a method in 1985 that Winter went on to use.", "that Winter", None),
    ("The river rose. In Spring, it floods.", "Spring", "2025-SP"),
    ("The Arab Spring began in Tunisia.", "Spring", None),
    ("since the Prague Spring of", "Spring", None),
    ("The Chinese Winter Offensive of 1951 failed", "Winter", "1951-WI"),
    ("German Spring Offensive of 1918", "Spring", "1918-SP"),
    ("the summer floods in 2021 killed 200", "the summer", "2021-SU"),
    ("launched their summer offensive against southern Russia in June 1942", "summer", "1942-SU"),
    ("spent the spring and early summer of 1943 making preparations", "the spring", "1943-SP"),
    ("The launch was delayed from autumn to spring 2026.", "autumn", "2025-FA"),
    ("gathered in Asia Minor in the summer and autumn of 481 BC", "the summer", "BC0481-SU"),
    ("Last Summer, prices rose", "Last Summer", "2024-SU"),
    ("after the fall of Rome", "the fall", None),
    ("The deal, announced in the fall, closed", "the fall", "2024-FA"),
    ("a fall in prices and the fall lineup", "fall", None),
    ("communism would eventually fall. But", "fall", None),
    ("a summery dress and a springboard", "summer", None),
    ("Ms Reeves also confirmed that winter fuel payments will be means-tested.", "that winter", None),
    ("He told MPs that summer schools would close.", "that summer", None),
    ("Troops landed in May 1944. That summer, Paris fell.", "That summer", "1944-SU"),
    ("Saigon fell in 1975; Laos was overrun that same spring.", "that same spring", "1975-SP"),
    ("The dam burst in 1953, and the same winter a second one failed.", "the same winter", "1953-WI"),
    ("Kenya must repay Eurobonds that fall due in February.", "that fall", None),
    ("holidays that fall on a Monday", "that fall", None),
    ("The plant closed in May 2019. That fall, it reopened.", "That fall", "2019-FA"),
    ("It closed in May 2019, and that fall in Paris it reopened.", "that fall", "2019-FA"),
    ("Spring Street was closed.", "Spring", None),
    ("The government cut winter fuel payments last autumn.", "winter", None),
    ("A winter storm closed roads.", "winter", None),
    ("The clocks go back at the end of British Summer Time.", "Summer", None),
    ("The UK stayed on summer time all year round.", "summer", None),
    ("In the summer time, tourists flock to the coast.", "the summer", "2025-SU"),
)
def _season(m: re.Match[str], text: str) -> Expr | None:
    if m["yy_next"] and int(m["yy_next"]) != (int(m["year"]) + 1) % 100:
        return None  # "2009-17": no season's two years
    season = SEASON_WORDS[m["season"].lower()]
    rel = (m["rel"] or "").lower() or None
    if rel is not None and rel.endswith("same"):  # "that same spring", "the same summer": the story's
        return Expr("part", part=season, rel="story", n=0, mod=_mod(m["mod"]))
    year = int(m["year"]) if m["year"] else _year(m["yy"]) if m["yy"] else None
    after = next_word(text, m.end())
    if rel and not year and after in _NAMED_AFTER:
        return None  # "the next Summer Games", "last Winter Olympics": a name's
    the = m["the"] or m["the2"]
    if not year and m["season"][0].isupper() and _a_name_in_the_text(m["season"], text, m.start("season")):
        return None  # "that Winter went on to use", after "Gregory Winter"
    if not (year or rel or m["yrel"] or m["dyr"]):
        word = m["season"].lower()
        if word == "fall" and not ((the or m["mod"]) and _FALL_SEASON.match(text, m.end())):
            return None
        if after in _NAMED_AFTER or (word == "spring" and after in _SPRING_AFTER):
            return None
        if after == "time" and not the:
            return None  # "British Summer Time", "stayed on summer time": the clock's, no season
        if not (the or m["mod"]) and prev_word(text, m.start()) in MODALS:
            return None  # "he would spring a surprise", "the trap may spring shut": a verb
        if m["season"][0].isupper() and PLACE_AFTER.match(text, m.end()):
            return None  # "Spring Street", "Summer Avenue": a place
        if m["season"][0].isupper() and after in ("statement", "statements") and text[m.end() + 1 : m.end() + 2] == "S":
            return None  # "the Autumn Statement": a fiscal event's name (not "her spring statement")
        name = _NAME_BEFORE.search(text, m.start() - 30, m.start()) if m["season"][0].isupper() else None
        if name and (name.group().rstrip().endswith(".") or not _CAPITAL_AFTER.match(text, m.end())):
            return None  # a name ("the Chinese Winter Offensive" is a season's)
    if m["dyr"]:  # "the summer of last year": the season of the year counted from the reference
        return Expr("part", part=season, rel="year", n=REL_OFFSETS[m["dyr"].lower()], mod=_mod(m["mod"]))
    if m["before"] or m["after"]:  # "the winter before that": the one before the season last told
        n = -1 if m["before"] else 1
        return Expr("part", part=season, rel="story", n=n, unit="season", mod=_mod(m["mod"]))
    if m["ybefore"]:  # "a dry summer the year before": the season of the year before the story's
        return Expr("part", part=season, rel="story", n=-1, mod=_mod(m["mod"]))
    if m["yrel"] or (the and rel in _STORY_OFFSETS):  # "the autumn of that year", "the following spring"
        n = _STORY_OFFSETS[(m["yrel"] or rel or "").split()[-1]]
        # ("the following spring" is the next such season, "the spring of the following year" the
        # one of the next year)
        unit = "season" if n and not m["yrel"] else None
        return Expr("part", part=season, rel="story", n=n, unit=unit, mod=_mod(m["mod"]))
    if rel == "that" and not year and m["season"] == "fall" and after in _FALL_VERB_AFTER:
        return None  # "Eurobonds that fall due in February": a verb
    if rel == "that" and SAID_BEFORE.search(text, m.start() - 24, m.start()):
        return None  # "confirmed that winter fuel payments will be means-tested": no season
    rel = {"coming": "next", "past": "last", "that": "story"}.get(rel or "", rel)
    mod = _mod(m["mod"])
    until = None if year or rel or m["yrel"] else _SEASON_TO_YEAR.match(text, m.end())
    if until and until["bc"] and int(until["bc"]):  # "the summer and autumn of 481 BC"
        return Expr("fixed", value=f"BC{int(until['bc']):04d}-{season}", mod=mod)
    if until and until["year"]:
        year, mod = int(until["year"]), mod or "joined"  # "the spring and early summer of 1943"
        if _SEASON_ORDER[season] > _SEASON_ORDER[SEASON_WORDS[until["end"].lower()]]:
            year -= 1  # "delayed from autumn to spring 2026": the autumn before
            mod = "joined-before" if mod == "joined" else mod
    elif not (year or rel) and (year := _event_year(text, m.end(), _SEASON_MONTHS[season])):
        # "the Spring Offensive of 1918", "their summer offensive ... in June 1942"
        mod = mod or "event"
    return Expr("part", part=season, year=year, rel=rel, mod=mod)


@rule(
    "seasons-ago",
    rf"\b(?P<n>{NUMBER_RE})\s+(?P<season>springs|summers|autumns|falls|winters)\s+ago\b",
    ("A similar plan was dropped two winters ago after protests.", "two winters ago", "2023-WI"),
    ("The river dried up three summers ago.", "three summers ago", "2022-SU"),
    ("It flooded two springs ago.", "two springs ago", "2024-SP"),
    ("He left some summers ago.", "summers ago", None),
)
def _seasons_ago(m: re.Match[str], text: str) -> Expr | None:
    """ "two winters ago": the winter before the last one over by the writer's day (told on 18
    August 2025, "two winters ago" is the winter of 2023-24, "three summers ago" 2022's)."""
    n = number_value(m["n"])
    if n is None or n < 1:
        return None
    season = SEASON_WORDS[m["season"].lower()[:-1]]
    return Expr("part", part=season, rel="last", n=1 - n)


#: A season joined to another with its year: "the spring and early summer of 1943", "the summer
#: and autumn of 481 BC" (a year BC first: "1000 BC" is no year 1000).
_SEASON_TO_YEAR: Final = compile_ascii(
    r"\s+(?:and|or|to|through|into)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?P<end>spring|summer|autumn|fall|winter)"
    rf"\s+(?:of\s+)?(?:(?P<bc>\d{{1,4}}){_BC_ERA}|(?P<year>{YEAR_RE}){_YEAR_END})",
    re.IGNORECASE,
)
#: The seasons in the order of a year (a winter is the one its December opens).
_SEASON_ORDER: Final = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
#: The months of each season (of the northern hemisphere, as TimeML has them).
_SEASON_MONTHS: Final = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
#: Seasons counted from the story's year: "the following spring", "the winter of the previous year".
_STORY_OFFSETS: Final = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}


_SPORT: Final = frozenset(
    "touchdown goal goals points point lead run rally comeback penalty score try field".split()
)
#: What a quarter may be a quarter of, if not of a year.
_NO_CALENDAR_QUARTER: Final = compile_ascii(
    r"\s+of\s+(?:(?:the|its|their|his|her|this|a)\s+)?(?:\d+(?:st|nd|rd|th)\s+|twenty-first\s+|twentieth\s+)?"
    r"(?:operations?|play|game|match|season|century|trading|existence|life|contest|final)\b"
    # ... or a count of quarters: "fell for the second quarter in a row", "the fourth quarter running"
    r"|\s+(?:in\s+a\s+row|running|straight|on\s+the\s+trot)\b",
    re.IGNORECASE,
)
#: "for a second quarter" and its clause's end: a count of quarters ("Sales fell for a second
#: quarter as demand weakened"), not "for a first quarter charge".
_FOR_A_BEFORE: Final = compile_ascii(r"\bfor\s+an?\s+$", re.IGNORECASE)
_COUNT_ENDS: Final = compile_ascii(
    r"[ \t]*(?:[.,;:!?)\"”\n]|$)"
    r"|\s+(?:as|after|amid|while|and|but|despite|since|because|even|though|following)\b",
    re.IGNORECASE,
)
#: Words of a game report near a quarter: it is a quarter of the game.
_GAME: Final = frozenset(
    "scored scoring touchdown touchdowns quarterback halftime half-time rebound rebounds three-pointer "
    "three-pointers layup layups dunk dunks fumble fumbled intercepted interception interceptions "
    "buzzer overtime tip-off free-throw outscored outscoring".split()
)
_WORDS: Final = compile_ascii(r"[a-z][a-z-]*")


#: ... and phrases: a game tied or won, the clock ("with 1:02 left"); or a score ("led 24-17", not
#: "10-12%", nor a range of days after a month: "Sept. 10-12").
_GAME_PHRASE: Final = compile_ascii(
    r"\b(?:tied|won|lost|led|leading|trailed|trailing)\s+(?:the\s+)?(?:game|match)\b"
    r"|\bwith\s+\d{1,2}:\d\d\s+(?:left|remaining|to\s+play|to\s+go)\b"
    # a margin: "trailed by 15", "led by nine points" (not "led by the chairman")
    r"|\b(?:trailed|trailing|led|leading)\s+by\s+(?:\d{1,2}|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty)\b(?!\s*(?:%|per\b|percent|percentage))",
    re.IGNORECASE,
)
_SCORE: Final = compile_ascii(
    r"(?<![\d.,/:-])\d{1,3}[-–]\d{1,3}(?![\d.,/:-]|\s*(?:%|percent|per\b|million|billion|[a-z]+s?\s+(?:old|long)))",
    re.IGNORECASE,
)
_WORD_BEFORE: Final = compile_ascii(r"([A-Za-z]+)\.?\s+$")


def _game_near(text: str, start: int, end: int) -> bool:
    """Whether words of a game report stand within a sentence or so of a quarter."""
    near = text[max(0, start - 160) : end + 160]
    lower = near.lower()
    if not _GAME.isdisjoint(_WORDS.findall(lower)):
        return True
    # (each looked for first as plain text: most quarters are of a year)
    if ("game" in lower or "match" in lower or ":" in near or " by " in lower) and _GAME_PHRASE.search(near):
        return True
    if "-" not in near and "–" not in near:
        return False
    for score in _SCORE.finditer(near):
        month = _WORD_BEFORE.search(near, 0, score.start())
        if month is None or month[1].lower() not in MONTHS:
            return True
    return False


_QUARTER_NUMBERS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "last": 4,  # "the last quarter of 1997"
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


@rule(
    "quarter",
    rf"\b(?:(?P<yrel>this|last|next)\s+year['’]s\s+|(?P<year1>{YEAR_RE})['’]s\s+|(?:the\s+(?:fiscal[-\s]+)?|fiscal[-\s]+|(?<=[Ii]ts\s)|(?<=[Tt]heir\s)|(?<=[Oo]ur\s))(?P<year0>{YEAR_RE})\s+|(?P<ago>the\s+year-(?:ago|earlier)\s+)|the\s+(?!\w+-quarter\s+(?!of\b)[a-z])|(?:this|last|next)\s+)?(?:fiscal[-\s]+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\s+quarter\s+of\s))[-\s]quarter"
    # (of the year counted with or without "of": "the third quarter last year")
    rf"(?:\s+of\s+(?:(?P<year>{YEAR_RE})|the\s+(?:year|current\s+year))|\s+(?:of\s+)?(?P<rel>last|next|this)\s+year)?"
    rf"(?:\s+(?:of\s+)?(?:(?:(?:fiscal|FY)\s*(?:year\s+)?)?(?P<year2>{YEAR_RE})|FY\s?['’]?(?P<yy2>\d\d)(?!\d)))?{_YEAR_END}",
    ("profit in the fourth quarter", "the fourth quarter", "2025-Q4"),
    ("Sales in the second quarter of FY26 rose.", "the second quarter of FY26", "2026-Q2"),
    # a quarter just ended is the one still to be reported on; any other lies ahead
    ("it expects to report a second-quarter loss", "second-quarter", "2025-Q2"),
    ("it expects growth to return in the first quarter", "the first quarter", "2026-Q1"),
    # ... unless no results are told of: an event in a quarter, told in the future
    ("the cut could come in the second quarter", "the second quarter", "2026-Q2"),
    ("third-quarter earnings", "third-quarter", "2025-Q3"),
    ("the third-quarter results", "third-quarter", "2025-Q3"),  # "the" is the results'
    ("in the fiscal first quarter", "the fiscal first quarter", "2025-Q1"),
    ("the third-quarter of 2024", "the third-quarter of 2024", "2024-Q3"),
    ("the first quarter of 2024", "the first quarter of 2024", "2024-Q1"),
    ("this year's third quarter", "this year's third quarter", "2025-Q3"),
    ("Profit fell in 2024's third quarter.", "2024's third quarter", "2024-Q3"),
    ("the 1988 second quarter", "the 1988 second quarter", "1988-Q2"),
    ("results for its fiscal 2025 first quarter", "fiscal 2025 first quarter", "2025-Q1"),
    ("the company posted its 2024 fourth quarter results", "2024 fourth quarter", "2024-Q4"),
    ("the first quarter of next year", "the first quarter of next year", "2026-Q1"),
    ("the fourth quarter of last year", "the fourth quarter of last year", "2024-Q4"),
    ("a profit in the third quarter last year", "the third quarter last year", "2024-Q3"),
    ("Growth slowed in the last quarter of 2024.", "the last quarter of 2024", "2024-Q4"),
    ("traffic in its first quarter of operation was high", "first quarter", None),
    ("Sales fell for the second quarter in a row.", "the second quarter", None),
    ("Output rose for the fourth quarter running.", "the fourth quarter", None),
    ("Sales fell for a second quarter as demand weakened.", "second quarter", None),
    ("Profit slides as sales fall for a second quarter\n\nAUSTIN, Texas", "second quarter", None),
    ("It set aside money for a fourth quarter charge.", "fourth quarter", "2025-Q4"),
    ("in the first quarter of the 21st century", "the first quarter", None),
    ("James scored 12 points in the third quarter.", "the third quarter", None),
    ("The Chiefs led 21-7 in the second quarter before a fumble.", "the second quarter", None),
    ("Buffalo led 24-17 late in the fourth quarter.", "the fourth quarter", None),
    ("Kansas City tied the game late in the fourth quarter.", "the fourth quarter", None),
    ("They trailed late in the fourth quarter, with 1:02 left.", "the fourth quarter", None),
    ("The Lakers trailed by 15 in the third quarter before James took over.", "the third quarter", None),
    ("Boston, who led by nine, were outscored in the fourth quarter.", "the fourth quarter", None),
    ("The board, led by its chairman, will meet in the fourth quarter.", "the fourth quarter", "2025-Q4"),
    ("Sales led by 5% growth in Asia rose in the third quarter.", "the third quarter", "2025-Q3"),
    ("Sales should grow 10-12% in the fourth quarter.", "the fourth quarter", "2025-Q4"),
    ("Talks on Sept. 10-12 will set output for the fourth quarter.", "the fourth quarter", "2025-Q4"),
    ("Third quarter fiscal 2025 net income rose.", "Third quarter fiscal 2025", "2025-Q3"),
    ("results for the fourth quarter and full year 2024", "the fourth quarter", "2024-Q4"),
    ("The deal closes by the end of the fourth quarter.", "the end of the fourth quarter", "2025-Q4"),
    ("Sales picked up late in the third quarter.", "late in the third quarter", "2025-Q3"),
)
def _quarter(m: re.Match[str], text: str) -> Expr | None:
    if next_word(text, m.end()) in _SPORT:
        return None
    if not (m["year"] or m["rel"]) and _NO_CALENDAR_QUARTER.match(text, m.end()):
        return None  # "its first quarter of operation", "the first quarter of the century"
    if (
        not (m["year"] or m["rel"])
        and _FOR_A_BEFORE.search(text, max(0, m.start() - 8), m.start())
        and _COUNT_ENDS.match(text, m.end())
    ):
        return None  # "Sales fell for a second quarter as demand weakened": a count of quarters
    if not (m["year"] or m["year2"] or m["yy2"] or m["year0"] or m["year1"]) and _game_near(
        text, m.start(), m.end()
    ):
        return None  # "scored 12 points in the third quarter": a quarter of a game
    year = m["year"] or m["year2"] or m["year0"] or m["year1"] or (m["yy2"] and f"20{m['yy2']}")
    part = f"Q{_QUARTER_NUMBERS[m['ord'].lower()]}"
    if m["ago"]:
        return Expr("anaphoric", unit="year", n=-1, part="Q")
    if not (year or m["rel"] or m["yrel"]) and (whole := _AND_FULL_YEAR.match(text, m.end())):
        return Expr("part", part=part, year=int(whole["year"]), mod="with-year")
    expr = _part_of_year(part, int(year) if year else None, m["rel"] or m["yrel"])
    if edge := EDGE_BEFORE.search(text, m.start() - 24, m.start()):
        # "by the end of the fourth quarter": the quarter's end, within the expression
        return replace(expr, mod=_mod(edge.group()), lead=m.start() - edge.start())
    return expr


#: A quarter reported with its whole year: "the fourth quarter and full year 2024".
_AND_FULL_YEAR: Final = compile_ascii(
    rf"\s+and\s+(?:the\s+)?(?:full|whole|fiscal)[-\s]+year\s+(?:of\s+)?(?P<year>{YEAR_RE}){_YEAR_END}",
    re.IGNORECASE,
)


def _part_of_year(part: str, year: int | None, rel: str | None) -> Expr:
    """A quarter, half or season; "of next year" counts whole years from the reference."""
    if rel:
        return Expr("part", part=part, rel="year", n=REL_OFFSETS[rel.lower()])
    return Expr("part", part=part, year=year)


@rule(
    "month-quarter",
    r"\b(?:the\s+)?(?:(?-i:(?P<first>January|April|July|October|Jan|Apr|Jul|Oct))\.?\s*[-–/]\s*)?"
    rf"(?-i:(?P<month>March|June|September|December|Mar|Jun|Sept?|Dec))(?:(?<=[a-z])\.)?[-\s](?P<noun>quarter|period)\b"
    # (of the year counted with or without "of": "the September quarter last year")
    rf"(?:\s+of\s+(?P<year>{YEAR_RE}){_YEAR_END}|\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b)?",
    ("revenue for the June quarter", "the June quarter", "2025-Q2"),
    ("up from 1.1 million in the September quarter last year", "the September quarter last year", "2024-Q3"),
    # its months: "the July-September quarter", "the Oct-Dec quarter"
    ("earnings in the July-September quarter fell", "the July-September quarter", "2025-Q3"),
    ("profit for the Oct-Dec quarter of 2024 rose", "the Oct-Dec quarter of 2024", "2024-Q4"),
    ("Sales in the Jan.-March quarter beat forecasts.", "the Jan.-March quarter", "2025-Q1"),
    ("The Oct.-Dec. quarter was weak.", "The Oct.-Dec. quarter", "2024-Q4"),
    ("a loss in the December quarter of 2002", "the December quarter of 2002", "2002-Q4"),
    ("September-quarter sales rose", "September-quarter", "2025-Q3"),
    # a span of a quarter's three months is that quarter, whatever it is called
    ("the economy shrank in the July-September period", "the July-September period", "2025-Q3"),
    ("since the January-March quarter of last year", "the January-March quarter of last year", "2024-Q1"),
    ("the June period", "June", "2025-06"),
    ("the April-July period", "April", "2025-04"),
)
def _month_quarter(m: re.Match[str], text: str) -> Expr | None:
    """ "the June quarter": the quarter that ends in June."""
    end = month_number(m["month"])
    if m["first"] is None and m["month"] not in ("March", "June", "September", "December"):
        return None  # "the Dec quarter": an abbreviation only in a span of months
    if m["first"] is not None and month_number(m["first"]) != end - 2:
        return None  # "the April-September quarter": no quarter
    if m["first"] is None and m["noun"] == "period":
        return None  # "the June period": a month's, not a quarter's
    part = f"Q{end // 3}"
    return _part_of_year(part, int(m["year"]) if m["year"] else None, m["rel"])


#: The second quarter or half of a range and its year: "Q1-Q3 2024", "H1 to H2 2025".
_QUARTER_TO_YEAR: Final = compile_ascii(
    rf"\s*(?:[-–/]|to|through)\s*[QH][1-4][\s/-]*(?:FY\s?|[Ff]iscal\s+)?(?P<year>{YEAR_RE}){_YEAR_END}"
)


@rule(
    "quarter-code",
    # "the end of Q3", "early 2Q25": a part of the quarter or half
    rf"(?i:{_MOD_RE})(?:"
    rf"\b(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?:(?:[\s/-]*|\s+of\s+)(?:(?:FY\s?|[Ff]iscal\s+)?(?P<year>{YEAR_RE})|(?:FY\s?['’]?|['’])(?P<yy>\d\d))\b"
    # "Q4 last year", "H1 this year": the year counted from the reference
    r"|\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b)?\b"
    # analysts' and Asian companies' order: "2Q25", "1H25", "4Q"
    rf"|\b(?:(?P<q2>[1-4])Q|(?P<h2>[12])H)(?:(?P<yy2>\d\d)|[ -]?(?P<year2>{YEAR_RE}))?\b"
    # the fiscal year first: "FY24 Q4", "FY2025 H1"
    rf"|\bFY\s?(?:(?P<year3>{YEAR_RE})|['’]?(?P<yy3>\d\d))[\s/-]+(?:Q(?P<q3>[1-4])|H(?P<h3>[12]))\b)",
    ("sales in Q4 2024 rose", "Q4 2024", "2024-Q4"),
    ("sales in Q4 of 2024 rose", "Q4 of 2024", "2024-Q4"),
    ("Q3 results", "Q3", "2025-Q3"),
    ("profits rose in H1 2024", "H1 2024", "2024-H1"),
    ("hydrogen (H2) output", "H2", None),
    # a bare half, among a company's figures, not hydrogen's
    ("Margins improved in H2.", "H2", "2025-H2"),
    ("H1 sales rose 4%.", "H1", "2025-H1"),
    ("Investment in H2 production rose.", "H2", None),
    ("Sales of green H2 rose in 2024.", "H2", None),
    ("Demand for H2 is rising, analysts said.", "H2", None),
    ("It earned 4.7 trillion won in 2Q25, against 10.4 trillion in 2Q24.", "2Q24", "2024-Q2"),
    ("For 1H25, operating profit was 11.4 trillion won.", "1H25", "2025-H1"),
    ("Analysts expect a recovery in 4Q.", "4Q", "2025-Q4"),
    ("Sketch it with a 2H pencil.", "2H", None),
    ("In 1H 2025, sales rose 4%.", "1H 2025", "2025-H1"),
    ("Margins fell in 3Q2024.", "3Q2024", "2024-Q3"),
    ("Sales in Q3 last year were weaker.", "Q3 last year", "2024-Q3"),
    ("The plan targets Q1 next year.", "Q1 next year", "2026-Q1"),
    ("Margins improved in H1 this year.", "H1 this year", "2025-H1"),
    # a company's fiscal quarter, read as the calendar's (as "fiscal 2025" is read as 2025)
    ("The company's Q2 FY25 earnings beat estimates.", "Q2 FY25", "2025-Q2"),
    ("Revenue in FY24 Q4 rose 8%.", "FY24 Q4", "2024-Q4"),
    ("Q3 fiscal 2025 sales fell.", "Q3 fiscal 2025", "2025-Q3"),
    # a part of one: what is still to come at the end of a quarter is in one not over
    ("The contract expires at the end of Q2.", "the end of Q2", "2026-Q2"),
    ("Growth slowed in late Q2 2024.", "late Q2 2024", "2024-Q2"),
    # the first of a range takes the year written after the second
    ("The data cover Q1-Q3 2024.", "Q1", "2024-Q1"),
    flags=0,
)
def _quarter_code(m: re.Match[str], text: str) -> Expr | None:
    yy = m["yy"] or m["yy2"] or m["yy3"]
    written = m["year"] or m["year2"] or m["year3"]
    year = int(written) if written else _year(yy) if yy else None
    half = m["h"] or m["h2"] or m["h3"]
    part = f"H{half}" if half else f"Q{m['q'] or m['q2'] or m['q3']}"
    mod = _mod(m["mod"])
    if year is None and not m["rel"] and (until := _QUARTER_TO_YEAR.match(text, m.end())):
        # "Q1-Q3 2024": the first of a range takes the year written after the second
        year, mod = int(until["year"]), mod or "range"
    if m["rel"]:
        return replace(_part_of_year(part, None, m["rel"]), mod=mod)
    if half and year is None and not (m["h"] and _bare_half(m, text)):
        return None  # "H1 2024"; a bare "H2" is more often hydrogen than a half
    return Expr("part", part=part, year=year, mod=mod)


#: What a bare half code ("H1", "H2") is a half of the year before: a company's figures ("H2
#: sales", "H1 results"), not hydrogen's ("H2 production", "green H2").
_HALF_FIGURES: Final = frozenset(
    "sales revenue revenues profit profits results earnings margin margins guidance growth outlook loss"
    " losses income ebitda performance deliveries shipments orders".split()
)
#: ... or where it ends a phrase of time in a company's figures: "Margins improved in H2."
_HALF_TIME_BEFORE: Final = frozenset("in for during over through since by until into".split())
_WORD_ON_LINE: Final = compile_ascii(r"[^\S\n]+([A-Za-z]+)")
_HALF_TIME_AFTER: Final = compile_ascii(
    r"[^\S\n]*(?:[.,;:!?)\n]|$)"
)  # (a line's end too: what follows is another)
_HYDROGEN_NEAR: Final = compile_ascii(
    r"\b(?:hydrogen|fuel|gas|electroly\w*|green|molecules?|CO2|O2)\b", re.IGNORECASE
)


def _bare_half(m: re.Match[str], text: str) -> bool:
    """Whether "H1" or "H2" without its year is a half of the year: before a company's figures,
    or after a preposition of time at the end of a phrase, among a company's figures and with no
    word of hydrogen near."""
    start, end = m.start("h") - 1, m.end()
    if (after := _WORD_ON_LINE.match(text, end)) is not None and after[1].lower() in _HALF_FIGURES:
        return True
    if prev_word(text, start).lower() not in _HALF_TIME_BEFORE or _HALF_TIME_AFTER.match(text, end) is None:
        return False
    reach = _within_line(text, end, 100)
    return (
        _ACCOUNTS_NEAR.search(text, start - 100, reach) is not None
        and _HYDROGEN_NEAR.search(text, start - 100, reach) is None
    )


@rule(
    "relative-quarter",
    r"\b(?P<det>the|this|last|next)\s+(?P<rel>(?:latest|last|previous|preceding|past|current|next|coming|same|(?:comparable\s+)?(?:year-ago|prior-year|previous-year)|comparable|year-earlier)\s+)?(?:quarter|(?<=latest )period|(?<=year-earlier )period|(?<=year-ago )period|(?<=prior-year )period|(?<=previous-year )period)\b(?!ly|[-\s]finals?\b|[-\s]finalists?\b)"
    rf"|\bthe\s+(?P<year>{YEAR_RE})\s+(?:quarter|period)\b(?!ly|[-\s]finals?\b|[-\s]finalists?\b)",
    ("sales rose in the latest quarter", "the latest quarter", "2025-Q2"),
    ("the current quarter", "the current quarter", "2025-Q3"),
    ("profit for the quarter rose", "the quarter", "2025-Q2"),
    # the month it ends in names the quarter: a report may come long after it
    ("It lost $5 million in the quarter ended March 31.", "the quarter", "2025-Q1"),
    ("Results for the quarter ending Sept. 30 are due.", "the quarter", "2025-Q3"),
    ("Apple sold 17 million iPads in the quarter ending in June.", "the quarter", "2025-Q2"),
    ("Sales rose 4% in the quarter to June.", "the quarter", "2025-Q2"),
    ("Deposits grew in the quarter to March-end.", "the quarter", "2025-Q1"),
    ("Profit rose in the quarter to December 2023.", "the quarter", "2023-Q4"),
    ("next quarter", "next quarter", "2025-Q4"),
    # a round of a tournament is no quarter of a year
    ("Portugal were knocked out in the quarter-finals last month.", "the quarter", None),
    ("They lost in the quarter final on Sunday.", "the quarter", None),
    # the quarter before the one told
    ("In the fourth quarter, output fell 0.2% from the previous quarter.", "the previous quarter", "2024-Q3"),
    ("Profit fell in the second quarter, from $5 million in the 2024 period.", "the 2024 period", "2024-Q2"),
    ("Net income in the year-ago quarter was $1 billion.", "the year-ago quarter", "2024-Q2"),
    ("Revenue was up 31% from the prior-year quarter.", "the prior-year quarter", "2024-Q2"),
    (
        "Sales fell from the comparable previous-year period.",
        "the comparable previous-year period",
        "2024-Q2",
    ),
)
def _relative_quarter(m: re.Match[str], text: str) -> Expr | None:
    if m["year"]:  # "the 1988 period": the quarter under discussion, in that year
        return Expr("part", part="Q", rel="the", year=int(m["year"]))
    det = m["det"].lower()
    rel = (m["rel"] or "").strip().lower()
    if next_word(text, m.end()) in _SPORT:
        return None
    if rel.rpartition(" ")[2] in ("year-earlier", "year-ago", "prior-year", "previous-year"):
        return Expr("anaphoric", unit="year", n=-1, part="Q")
    if rel == "same":
        return None
    if rel in ("previous", "preceding") and det == "the":  # the quarter before the one told
        return Expr("part", part="Q", n=-1, rel="previous")
    if rel in ("latest", "last", "previous", "past") or det == "last":
        return Expr("part", part="Q", n=-1)
    if rel in ("next", "coming") or det == "next":
        return Expr("part", part="Q", n=1)
    if det == "the" and not rel:
        if ended := _ENDED_IN.match(text, m.end()):  # "the quarter ended Sept. 30": the third
            month = month_number(ended["month"] or ended["month_in"] or ended["month_to"])
            return Expr("part", part=f"Q{(month + 2) // 3}")
        return Expr("part", part="Q", rel="the")
    return Expr("part", part="Q", n=0)


#: The month a quarter ends in, written after it: "the quarter ended Sept. 30", "the quarter to
#: June", "the quarter to June-end".
_ENDED_IN: Final = compile_ascii(
    rf"\s+(?:end(?:ed|ing)\s+(?:in\s+(?P<month_in>(?-i:{MONTH_RE}))\b|(?P<month>{MONTH_RE})(?=\s*\d))"
    rf"|to\s+(?:end-)?(?!May\b)(?P<month_to>(?-i:{FULL_MONTH_RE}))(?:-end)?\b)"
)


#: "of" after a half that is not a year's: "the first half of the decade".
_OF_ANOTHER: Final = compile_ascii(
    r"[^\S\n]+of\b(?![^\S\n]+(?:(?:the|its|their|this|our)[^\S\n]+)?(?:current[^\S\n]+)?(?:fiscal|financial|year)\b)"
)

#: "of" a year that may be a fiscal one, after a half ("of fiscal 2025", "of FY 2026", "of 2024").
_OF_FISCAL: Final = r"\s+of\s+(?:(?:fiscal|FY)\s*(?:year\s+)?(?=\d))?"
#: A half's months in brackets after it: "the first half (April-September) of FY26".
_MONTHS_IN_BRACKETS: Final = r"[^\S\n]*\([^()\n]{1,30}\)"

_HALF_ENDED: Final = compile_ascii(
    rf"\s+(?:ended|ending)\s+(?:on\s+)?(?:{MONTH_RE}\s*\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE})",
    re.IGNORECASE,
)


@rule(
    "half",
    rf"\b(?:the\s+|(?P<year0>{YEAR_RE})['’]s\s+)?(?P<ord>first|second|1st|2nd|last|latter|back|front)[-\s]half"
    # a half of a month: "the first half of November", "the second half of March 2024"
    rf"(?:\s+of\s+(?P<month>{MONTH_RE})\.?(?:,?\s+(?P<myear>{YEAR_RE})|\s+(?P<myrel>last|next|this)\s+year)?(?![\w'’])|{_OF_FISCAL}(?:(?P<year>{YEAR_RE})|(?P<rel>last|next|this)\s+year|the\s+(?:current\s+)?year)"
    # ... or of a year counted without "of": "the first half last year"
    r"|\s+(?P<rel2>last|next|this)\s+year"
    # ... its months in brackets before the year: "the first half (April-September) of FY26"
    rf"|{_MONTHS_IN_BRACKETS}{_OF_FISCAL}(?P<byear>{YEAR_RE})"
    rf"|(?:{_MONTHS_IN_BRACKETS})?\s+of\s+FY\s?['’]?(?P<yy>\d\d)(?!\d))?"
    rf"{_YEAR_END}",
    ("in the second half of the year", "the second half of the year", "2025-H2"),
    (
        "The deficit for the first half (April-September) of FY26 was 36.5% of the target.",
        "the first half (April-September) of FY26",
        "2026-H1",
    ),
    # no half of a year: of a decade (read by "reporting-year"), of a season
    ("Unemployment fell in the first half of the decade.", "the first half of the decade", "202"),
    ("United scored twice in the first half of the season.", "the first half", None),
    ("For the first half of FY26, revenue fell 12%.", "the first half of FY26", "2026-H1"),
    ("Sales rose in the first half of fiscal 2025.", "the first half of fiscal 2025", "2025-H1"),
    ("the first half of 2023", "the first half of 2023", "2023-H1"),
    ("Sales fell in the first half last year.", "the first half last year", "2024-H1"),
    ("first-half profit", "first-half", "2025-H1"),
    ("The firm reported a loss in 2025's first half.", "2025's first half", "2025-H1"),
    ("Shares fell 8% in the first half of November.", "the first half of November", "2024-11"),
    ("Trading was slow in the second half of March 2024.", "the second half of March 2024", "2024-03"),
    (
        "Trading was slow in the second half of March last year.",
        "the second half of March last year",
        "2024-03",
    ),
    ("losses in the latter half of 2008", "the latter half of 2008", "2008-H2"),
    ("The firm expects a recovery in the back half of the year.", "the back half of the year", "2025-H2"),
    ("The merger is expected to close in the second half.", "the second half", "2025-H2"),
    ("The sale is expected to close in the second half.", "the second half", "2025-H2"),
    ("The move is due to complete in the first half.", "the first half", "2026-H1"),
    ("Analysts expect a recession in the second half.", "the second half", "2025-H2"),
    ("The coach expects a better second half.", "second half", None),
    ("The defence held firm in the back half of the game.", "the back half", None),
    ("Profit rose in the first half ended June 30.", "the first half", "2025-H1"),
    ("He scored in the second half.", "the second half", None),
    ("Sales in the first half fell 3%.", "the first half", "2025-H1"),
    ("Profit for the first half rose.", "the first half", "2025-H1"),
    ("The fund lost 8% in the first half, its worst six months since 2008.", "the first half", "2025-H1"),
    ("City led 2-0 in the first half, with 60% of possession.", "the first half", None),
    ("The team's sales pitch fell flat in the second half of the game.", "the second half", None),
)
def _half(m: re.Match[str], text: str) -> Expr | None:
    if m["month"]:  # a half of a month: its start or its end
        mod = "START" if m["ord"].lower() in ("first", "1st") else "END"
        if m["myrel"]:  # "the second half of August last year"
            return Expr(
                "calendar",
                month=month_number(m["month"]),
                rel="year",
                n=REL_OFFSETS[m["myrel"].lower()],
                mod=mod,
            )
        return Expr(
            "calendar", year=int(m["myear"]) if m["myear"] else None, month=month_number(m["month"]), mod=mod
        )
    written_of = "of" in m.group()[m.group().lower().find("half") :]
    if not written_of and _OF_ANOTHER.match(text, m.end()):
        return None  # "the first half of the decade", "of the 1990s", "of the season": not a year's
    hyphen_adj = "-" in m.group() and next_word(text, m.end()) in _FINANCE
    # "the first half ended June 30": a company's half-year, by the day it ended (not a match's)
    ended = not written_of and _HALF_ENDED.match(text, m.end()) is not None
    if not (written_of or m["year0"] or hyphen_adj or ended or _half_of_accounts(m, text)):
        return None
    if m["ord"].lower() in ("last", "latter", "back", "front") and not (written_of or m["year0"]):
        return None  # "last-half" is no adjective of a report, nor "the back half" a year's
    part = "H1" if m["ord"].lower() in ("first", "1st", "front") else "H2"
    year = m["year"] or m["byear"] or m["year0"] or (m["yy"] and f"20{m['yy']}")
    return _part_of_year(part, int(year) if year else None, m["rel"] or m["rel2"])


@rule(
    "months-of-year",
    rf"\b(?:the\s+)?(?P<edge>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+"
    rf"(?:(?P<year>{YEAR_RE})|(?P<rel>last|next|this)\s+year|the\s+(?:current\s+)?year){_YEAR_END}",
    ("In the first six months of 2025, exports rose", "the first six months of 2025", "2025-H1"),
    ("profit in the first three months of the year", "the first three months of the year", "2025-Q1"),
    ("in the last three months of last year", "the last three months of last year", "2024-Q4"),
)
def _months_of_year(m: re.Match[str], text: str) -> Expr | None:
    """The first or last three or six months of a year: its first or last quarter or half."""
    last = m["edge"].lower() != "first"
    six = m["n"].lower() in ("six", "6")
    part = ("H2" if last else "H1") if six else ("Q4" if last else "Q1")
    return _part_of_year(part, int(m["year"]) if m["year"] else None, m["rel"])


#: What a company or an economy reports for a half of its year, written just before "the first
#: half" ("profit for the first half", "Sales in the second half") or just after it ("the first
#: half saw exports fall") ...
_ACCOUNTS_NEAR: Final = compile_ascii(
    r"\b(?:profits?|earnings|results|sales|revenues?|loss(?:es)?|growth|output|income|economy|gdp|"
    r"inflation|exports|imports|demand|spending|deficit|margins?|orders|deliveries|production|"
    r"investment|shipments|dividend|funds?|shares|stocks|prices|index|markets?|percent|"
    r"mergers?|acquisitions?|takeovers?|deals?|transactions?|recovery|rebound|rates|"
    # a deal's steps: "The sale is expected to close in the second half"
    r"sale|purchase|listing|ipo|offering|spin-?off|(?:expected|due|set|scheduled)\s+to\s+(?:close|complete)|"
    # the economy's turns and who foresee them: "Analysts expect a recession in the second half"
    r"recession|slowdown|downturn|expansion|contraction|unemployment|outlook|guidance|forecasts?|"
    r"analysts|economists)\b"
    # a share of a figure: "The fund lost 8% in the first half"
    r"|\d%|\bper\s+cent\b",
    re.IGNORECASE,
)
#: ... unless the half is a game's: "scored in the second half", "led 2-0 at the end of the first".
_GAME_NEAR: Final = compile_ascii(
    r"\b(?:scor\w*|goals?|minutes?|half-?time|match|game|led|trailed|penalty|points|touchdowns?|"
    r"kick\w*|header|striker|coach|team|inning|quarterback|referee|whistle|equali[sz]\w*)\b",
    re.IGNORECASE,
)


def _half_of_accounts(m: re.Match[str], text: str) -> bool:
    """Whether "the first half" with no year is a half of the accounts' year ("Sales in the
    first half fell 3%") rather than of a game ("He scored in the second half")."""
    before, after = max(0, m.start() - 40), _within_line(text, m.end(), 30)
    return (
        m.group()[:4].lower() == "the "
        and _ACCOUNTS_NEAR.search(text, before, after) is not None
        and _GAME_NEAR.search(text, m.start() - 120, _within_line(text, m.end(), 120)) is None
    )


def _within_line(text: str, end: int, reach: int) -> int:
    """Where a look ``reach`` characters on from ``end`` stops: at the end of the line, so that
    what a later line or paragraph holds does not decide what a date is."""
    line_end = text.find("\n", end, end + reach)
    return end + reach if line_end < 0 else line_end


_FINANCE: Final = frozenset(
    "profit profits earnings results sales revenue revenues loss losses net growth output income".split()
)
