"""Histories and the stories news tells of other years: whether a text reads as a narrative (its
partial dates follow the story, not the writer's date), and, within a story, which dates move it
on and which step outside it (a look back, a look ahead, an excursion to another year, what the
writer says of the present)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from .asciimode import compile_ascii
from .before_year_one import written_year
from .context import Anchor
from .expressions import Expr
from .mention import Mention
from .tense import looks_ahead, tense_cue

#: A year a record is counted from ("the biggest increase since privatisation in 1989", "the
#: highest since 2008"): often long before the story, so it only bounds a dateline's year from
#: below (see ``documents.reference``), and no count of years goes on from it (see the engine).
RECORD_SINCE: Final = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|sharpest|steepest|worst|best|strongest|weakest"
    r"|fastest|slowest|most|least|first|longest|shortest|hottest|coldest|wettest|driest|deadliest"
    r"|earliest|latest|heaviest|warmest|greatest|busiest|costliest|bloodiest|fewest|tightest|widest|deepest"
    # (a stop that ends an abbreviation before a figure is no sentence's end: "since the Sept. 11
    # attacks in 2001")
    # (or since one thing of a year: "the largest protests in the capital since a 1975 land march")
    # (nor one of initials: "the biggest failure of a U.S. lender since the 2008 crisis")
    r"|record)\b(?:[^.;:!?]|(?<=\b(?-i:[A-Z]))\.){0,70}\bsince[ \t]+(?:(?:[^.;:!?]|\.(?=[ \t]+\d)){0,40}?\b(?:in|of)[ \t]+)?(?:the|an?)?[ \t]*$",
    re.IGNORECASE,
)
#: How many calendar years back a written date must lie to start a story told years back (see
#: ``engine.STORY_REACH``).
STORY_YEARS: Final = 2


#: A year this far from the story's that the text leaves again at once, back to the story's own
#: ("declassified in 2005, ... no attack on 4 August" in a history of 1964), is an excursion.
EXCURSION_YEARS: Final = 10
SHORT_EXCURSION_YEARS: Final = 2


def range_end_year(text: str, expr: Expr, start: int, framing: str) -> bool:
    """Whether a year ends a span of years opened by the year that frames its sentence
    ("2023-24", "2022/23")."""
    return (
        expr.kind == "calendar"
        and expr.month is None
        and expr.year is not None
        and text.endswith(framing, 0, start - 1)
        and text[start - 1] in "-–/"
    )


_YEAR_DIGITS: Final = compile_ascii(r"\d{4}")


def dated_with_year(mention: Mention) -> Anchor | None:
    """A mention of a year, or of a month or day written with its year, as what "that December"
    or "that fall" counts from ("graduated in 2011 and enrolled that fall")."""
    if (
        mention.granularity not in ("year", "month", "day")
        or not mention.interval
        or not isinstance(mention.interval[0], date)
        or not _YEAR_DIGITS.search(mention.text)
    ):
        return None
    return Anchor(mention.interval[0], mention.granularity, mention.text, True)


def next_years(selected: list[tuple[int, int, int, Expr]]) -> list[tuple[int, int] | None]:
    """For each candidate, the next year the text writes out after it, other than its own, and
    where it is written (None after the last): "the Estates-General had last met in 1614 ...
    arranged as in 1614. The 1614 rules ..." steps out of 1788 once, not three times, each seen
    returning to 1614."""
    out: list[tuple[int, int] | None] = [None] * len(selected)
    following: tuple[int, int] | None = None  # the next year written
    beyond: tuple[int, int] | None = None  # the next year written other than ``following``
    for i in range(len(selected) - 1, -1, -1):
        start, end, _, expr = selected[i]
        year = expr.year if expr.kind in ("calendar", "part") else None
        if (
            year is not None
            and i + 1 < len(selected)
            and selected[i + 1][0] - end == 1
            and (to := selected[i + 1][3]).kind == "calendar"
            and to.year is not None
            and to.year > year
        ):
            # a span of years ("Exit of the Americans: 1973-1975") reaches its last: no step back
            # to its first from a year within it
            year = to.year
        same = following is not None and year == following[0]
        out[i] = beyond if same else following
        if year is not None and not same:
            beyond = following
            following = (year, start)
    return out


def excursion(story: int, year: int, after: int | None) -> bool:
    """Whether a year written in a narrative is a step out of the story and back: far from the
    story's year, with the next year written close to the story's year again."""
    if after is None:
        return False
    far = abs(year - story) > EXCURSION_YEARS and abs(after - story) <= EXCURSION_YEARS
    # a shorter step, with the story's own year written next ("On April 9 [2003] Baghdad fell.
    # In November 2008, protesters staged a similar stomping. ... on April 15 the invasion ended")
    return far or (abs(year - story) >= SHORT_EXCURSION_YEARS and after == story)


_SINCE: Final = compile_ascii(r"\b(?:since|until|till|before)\s+$", re.IGNORECASE)


#: "lasted until the fall of Budapest in February 1945": the end of a span, not the story's time.
UNTIL_IN_CLAUSE: Final = compile_ascii(r"\b(?:until|till)\b[^.;:,()]{0,48}$", re.IGNORECASE)


#: "Microsoft, which had invested $1 billion in OpenAI in 2019, announced ...": a past perfect
#: in a clause set off about someone or something, a look back from the story.
_HAD_ASIDE: Final = compile_ascii(r",\s*(?:which|who)\s+had\s[^.;:,()]{0,60}$", re.IGNORECASE)


def had_aside(text: str, start: int) -> bool:
    """Whether the date at ``start`` stands in a past perfect set off about someone or something
    ("Microsoft, which had invested in OpenAI in |2019, announced ..."): a look back."""
    return " had " in text[max(0, start - 70) : start] and _HAD_ASIDE.search(text, start - 80, start) is not None


#: "This followed the general election in December 2005": what came before, told after.
_FOLLOWED: Final = compile_ascii(r"\b(?:followed|follows|following)\b[^.;:,()]{0,48}$", re.IGNORECASE)


def steps_aside(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether a year or month in a narrative steps outside the story's time rather than moving it
    on: a look back ("had not met since 1614", "This followed the general election in December
    2005", "Microsoft, which had invested in OpenAI in 2019, announced ..."), the end of a span ("lasted until the fall of
    Budapest in February 1945") or a look ahead ("a campaign planned for 1976")."""
    if (
        _SINCE.search(text, start - 8, start)
        or UNTIL_IN_CLAUSE.search(text, start - 60, start)
        or (
            "follow" in text[max(0, start - 60) : start].lower() and _FOLLOWED.search(text, start - 60, start)
        )
        or had_aside(text, start)
    ):
        return True
    return looks_ahead(text[sentence[0] : sentence[1]], start - sentence[0], end - sentence[0], history=True)


#: Roughly how many years a unit of a count is, to tell where a count from the writer's time lands.
UNIT_YEARS: Final = {
    "day": 1 / 365,
    "week": 7 / 365,
    "month": 1 / 12,
    "quarter": 1 / 4,
    "year": 1,
    "decade": 10,
    "century": 100,
}


#: How fine the story's last date must be to count a unit from: a day from a day, a month from a
#: month or finer ("15 months ago" from a year alone would make up its month).
_FINE_ENOUGH: Final = {
    "day": {"day"},
    "week": {"day", "week"},
    "month": {"day", "week", "month"},
    "quarter": {"day", "week", "month", "quarter"},
}


def after_the_story(expr: Expr, story: Anchor, reference: date | None) -> bool:
    """Whether a count from the writer's time ("two years ago", "the past decade") lands years after
    the story's last date, which is fine enough to count from: in a history of 1975 written in
    2009, "two years ago" cannot be the writer's (2007); "Fifty years ago", told in 2019 of 1969,
    is."""
    if reference is None or expr.unit not in UNIT_YEARS or expr.n is None:
        return False
    if expr.unit in _FINE_ENOUGH and story.granularity not in _FINE_ENOUGH[expr.unit]:
        return False
    return reference.year + expr.n * UNIT_YEARS[expr.unit] > story.day.year + STORY_YEARS


#: A past perfect: what had been by the story's time ("had tricked him", "had been a casualty").
HAD: Final = compile_ascii(r"\bhad\b", re.IGNORECASE)


#: How far back a quotation a mention may stand in is looked for.
_QUOTE_REACH: Final = 1000


#: Quotation marks, opening and closing: straight, curly, and the ``...'' of old news wires.
_QUOTES: Final = (('"', '"'), ("“", "”"), ("``", "''"))


#: "will" or "shall" before a date in its clause: the writer's own future, in a text that tells a
#: story of long ago (an obituary: "A memorial service will be held in January").
_WILL: Final = compile_ascii(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)
WRITERS_FUTURE_NOTE: Final = "told in the future, from the writer's day, not the story's"
#: Why "this summer" in a narrative, told in no past tense, is the writer's summer.
THIS_IS_THE_WRITERS_NOTE: Final = "\"this\", told in no past tense, is the writer's, not the story's"
#: ... or a plan or an expectation in the present ("is expected to", "are due to").
_PLANNED: Final = compile_ascii(
    r"\b(?:is|are)\s+(?:expected|due|scheduled|set|slated|planned|likely)\s+to\b", re.IGNORECASE
)


def writers_future(text: str, sentence: tuple[int, int], start: int, end: int, planned: bool = False) -> bool:
    """Whether a date is told in the writer's future: "will" before it in its sentence, the
    tense nearest it the future, and not in words said by a person of the story ("quoted").
    With ``planned``, also after a plan or an expectation told in the present, and whatever the
    strength of the future's cue (where the text gives no writer's day, nothing else tells it)."""
    if _WILL.search(text, sentence[0], start) is None and not (
        planned and _PLANNED.search(text, sentence[0], start)
    ):
        return False
    s0 = sentence[0]
    cue = tense_cue(text[s0 : sentence[1]], start - s0, end - s0, strength=not planned)
    told = cue is not None and cue[0] == "future" if planned else cue == ("future", True)
    return told and speaks_from_story(text, sentence, start) is None


def speaks_from_story(text: str, sentence: tuple[int, int], start: int) -> str | None:
    """Whether a mention is in words said by a person of the story ("quoted": within quotation
    marks opened on its line, read no more than ``_QUOTE_REACH`` back), or in a sentence in the
    past perfect, which tells from the story's time ("had")."""
    reach = max(0, start - _QUOTE_REACH)
    line = max(reach, text.rfind("\n", reach, start) + 1)
    for opening, closing in _QUOTES:
        if opening == closing:
            if text.count(opening, line, start) % 2:
                return "quoted"
        elif text.rfind(opening, line, start) > text.rfind(closing, line, start):
            return "quoted"
    return "had" if HAD.search(text, sentence[0], sentence[1]) else None


#: A text is read as a narrative when the years it writes out lie, by their median, at least
#: this many years before its reference date (or when it has no reference date at all)...
NARRATIVE_YEARS: Final = 10


#: ... or when it writes out this many years, ten for every word that speaks of the writer's
#: own time ("yesterday", "last week", a weekday): a chronicle, whose "in March" is the story's.
CHRONICLE_YEARS: Final = 20


#: A text with no reference date that tells at least two weekdays and one for every this many
#: years it writes out is news whose date is lost, not a history.
_WEEKDAYS_PER_YEAR: Final = 5


#: A verb in the present perfect: "has been jailed", "have charged", "has died", "has just won".
_PRESENT_PERFECT: Final = compile_ascii(
    r"\b(?<!would )(?<!could )(?<!should )(?<!might )(?<!must )(?<!may )(?<!will )(?<!to )"
    r"(?:has|have)\s+(?:(?:not|just|now|also|finally|already)\s+)?(?:been|[a-z]+ed|[a-z]+en|[a-z]+wn"
    r"|died|won|lost|said|told|made|left|found|held|met|sold|paid|struck|hit|cut|put|set|begun|run"
    r"|become|come|gone|seen)\b",
    re.IGNORECASE,
)
#: A news agency's credit in a lead: "ATLANTA (Reuters) -", "KYIV (AP) —".
_AGENCY: Final = compile_ascii(
    r"\((?:Reuters|AP|AFP|UPI|Bloomberg|IANS|PTI|ANI|UNI|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|TASS|Bernama|WAM)\)"
)
#: How far into a text its lead may begin (after a headline and a byline).
_LEAD_REACH: Final = 800
#: How many words a paragraph needs to be a lead, not a headline or a byline.
_LEAD_WORDS: Final = 8
#: A sentence's end in a paragraph (a headline has none), and the break after a lead's first one.
_SENTENCE_END: Final = compile_ascii(r"[.!?][\"'’”]?(?:\s|$)")
_FIRST_SENTENCE_END: Final = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z\"“])")


def lead_tells_news(text: str) -> bool:
    """Whether the text's lead, the first sentence of its first paragraph of prose, tells its news
    in the present perfect ("A man who murdered a schoolgirl in 2022 has been jailed for life") or
    under a news agency's credit ("ATLANTA (Reuters) - A federal judge on Tuesday blocked"): news,
    told from a present after the dates it names, not a history."""
    for paragraph in text[:_LEAD_REACH].split("\n\n"):
        words = paragraph.split()
        if len(words) < _LEAD_WORDS or not _SENTENCE_END.search(paragraph):
            continue  # a headline, a byline, a dateline alone
        first = _FIRST_SENTENCE_END.split(paragraph.strip(), maxsplit=1)[0]
        return _PRESENT_PERFECT.search(first) is not None or _AGENCY.search(first) is not None
    return False


def is_narrative(exprs: list[Expr], reference: date | None, lead_is_news: bool = False) -> bool:
    """Whether partial dates should follow the story (a history) rather than the reference
    date (news).  Decided from the years the text writes out in full; with no reference date,
    ``lead_is_news`` (see ``lead_tells_news``) makes it news whose date is lost."""
    years = sorted(
        year
        for e in exprs
        if (year := e.year if e.kind in ("calendar", "part") else written_year(e)) is not None
    )
    if not years:
        return False
    if reference is None:
        # news whose date is lost ("KYIV (AP) - ... said Sunday ... on Saturday"): days of the
        # writer's week are told, which a history seldom tells without their dates
        weekdays = sum(1 for e in exprs if e.kind == "weekday")
        return (
            len(years) >= 2
            and not (weekdays >= 2 and weekdays * _WEEKDAYS_PER_YEAR >= len(years))
            and not lead_is_news
        )
    # news that looks back ("an explainer") still speaks of its own present: "three years ago"
    deictic = sum(1 for e in exprs if e.kind == "deictic" or (e.kind == "weekday"))
    long_ago = years[len(years) // 2] <= reference.year - NARRATIVE_YEARS
    return len(years) >= 3 and (long_ago or len(years) >= CHRONICLE_YEARS) and deictic * 10 < len(years)
