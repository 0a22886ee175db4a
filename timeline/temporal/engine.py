"""The extraction engine: find every temporal expression in a text and resolve it.

Pure: the reference date is an argument, never the clock; no I/O.  The engine runs each rule of
``rules`` over the text, keeps the longest of overlapping matches, then resolves the survivors in
text order so that anaphoric phrases ("two weeks later") count from the last date before them.

A pattern looks back from a mention with ``PATTERN.search(text, start - 24, start)``: a search
from a position before the text's start starts at its start (the regular expression engine
clamps it, unlike a slice or ``str.find``, which count a negative position from the end; a test
checks), so no ``max(0, ...)`` is needed, and none is paid for, on the engine's busiest paths.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from .asciimode import compile_ascii
from .before_year_one import is_stand_in, restore, stand_in
from .context import (
    HABITUAL_NOTE,
    LAST_DATE,
    NARRATIVE_NOTE,
    UNDATED_NARRATIVE_NOTE,
    WEEKDAY_NAMES,
    Anchor,
    Context,
)
from .expressions import Expr, framed
from .headline import HEADLINE_LENGTH, told_again_in_lede, year_under_headline
from .lexicon import EVENT_DATED_AFTER, FULL_MONTH_RE, YEAR_RE
from .mention import Mention, restore_mention, revalued
from .narrative import (
    HAD,
    RECORD_SINCE,
    STORY_YEARS,
    THIS_IS_THE_WRITERS_NOTE,
    UNIT_YEARS,
    UNTIL_IN_CLAUSE,
    WRITERS_FUTURE_NOTE,
    after_the_story,
    dated_with_year,
    excursion,
    had_aside,
    is_narrative,
    lead_tells_news,
    next_years,
    range_end_year,
    speaks_from_story,
    steps_aside,
    writers_future,
)
from .offsets import (
    NO_DATE_TO_COUNT_FROM,
    UNDATED_REACH,
    count_from_undated_day,
    date_offsets_by_apposed_dates,
    date_offsets_by_day_told_after,
    date_present_offsets,
    undated_day,
)
from .ranges import (
    AND_JOINT,
    DAY_LIST_JOINT,
    MONTH_VALUE,
    PAIR_JOINT,
    after_pair,
    calendar_range,
    happened_later,
    moved_from,
    nearest_to,
    order_months,
    order_range,
    pair_back_from_story,
    planned_before,
    range_round_now,
    range_round_story,
    told_as_earlier,
    told_as_later,
    weekday_range,
)
from .resolve import counted_units, falls_on, resolve, unit_value
from .scan import Near, TriggerIndex
from .sentences import CHRONOLOGY_ITEMS, LIST_ITEM_BEFORE, PARAGRAPH_BREAK, SentenceIndex, alone_on_its_line
from .tense import (
    PAST_VERB_SOURCE,
    SAID_DATED_BEFORE,
    SAID_REACH,
    THAT_NEXT,
    ahead_of_dated_past,
    awaited_before,
    direction,
    forget_sentences,
    planned_then,
    starts_on,
    tells_of_future,
    tense_cue,
)
from .times_of_day import date_other_zone_days, date_the_times, names_a_day
from .values import DAY_VALUE, quarter_value, span_of, week_value
from .weekdays_beside import (
    THE_BEFORE,
    weekday_beside,
    weekday_by_day_after,
    weekday_by_event,
    weekday_by_holiday_before,
    weekday_nearest_day_told,
)

if TYPE_CHECKING:
    from .rules.base import Parser

_ANCHOR_GRANULARITIES: Final = frozenset({"day", "week", "month"})
#: Words of a period's results, which come after the period: a quarter told in the future in a
#: sentence with none of them is still to come, even just after one has ended.
_RESULTS: Final = compile_ascii(
    r"\b(?:results?|reports?|reporting|reported|earnings|profits?|loss|losses|revenues?|sales|income"
    r"|margins?|figures|numbers|data|gdp|growth|output|deliveries|shipments|eps|dividends?|per\s+share)\b",
    re.IGNORECASE,
)
#: A change looked for in a period, up to it: "expected margins to improve in |the second half",
#: "expects profits to recover in |the fourth quarter".  The period is still to come, though words
#: of results stand in the sentence.
_CHANGE_TO_COME: Final = compile_ascii(
    r"\bto[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:improve|recover|rebound|rise|grow|accelerate|slow|fall|decline"
    r"|increase|decrease|pick[^\S\n]+up|strengthen|weaken|ease|stabili[sz]e|peak|narrow|widen|shrink|expand"
    r"|contract|return)\b[^,;:.!?()\n]{0,40}?\b(?:in|during|over|by)[^\S\n]+$",
    re.IGNORECASE,
)
#: What is measured over a quarter or a half, right after it: "Q3 profit", "third-quarter net
#: income", "its H1 results"; known once the period is over.
_QUARTER_FIGURES: Final = compile_ascii(
    r"(?:['’]s)?[^\S\n]+(?:(?:net|operating|pre-?tax|core|adjusted|gross)[^\S\n]+)?"
    r"(?:profits?|results|earnings|revenues?|sales|loss(?:es)?|income|deliveries|shipments|gdp|growth"
    r"|output|eps|margins?|numbers|figures|data)\b"
    # not figures still to come, as a headline tells them: "Q3 profit to rise", "Q3 sales seen up"
    r"(?![^\S\n]+(?:to|seen|expected|forecast|projected|estimated|likely|set)\b)",
    re.IGNORECASE,
)
#: "two days after" counts from the last day told, not from a month told after it ("The Senate on
#: Tuesday confirmed her ... after her predecessor resigned in January. The vote came two days
#: after ..."), when that day is this close before (characters).
DAY_ANCHOR_REACH: Final = 300
#: ... and what "earlier in the day" is the day of, past a month looked ahead to (see ``extract``).
SAME_DAY_REACH: Final = 1000
_TENSE_KINDS: Final = frozenset({"calendar", "part", "weekday", "holiday", "week-ending"})


#: A modal or "will" before a verb other than "have": what may or will happen.
_LOOKS_AHEAD: Final = compile_ascii(
    r"\b(?:will|could|may|might|would|should|shall)\s+(?!have\b)(?:not\s+)?[a-z]+\b"
)
_POSSESSIVE: Final = ("'s", "’s")
#: A part of a time ("the end of", "the first day of") whose time is a possessive's: "the end of
#: last year's season" is the season's end, of last year; "the first day of this year's talks"
#: the talks' first day.  Only the time after the last "of" is a date.
#: (An ordinal with its unit: "the first of May's two votes" is a day.)
_PART_OF: Final = compile_ascii(
    r"(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|turn|close"
    r"|(?:first|last|final|second|third|fourth|early|earlier|latter|later)\s+[a-z]+)",
    re.IGNORECASE,
)
#: A weekday counted from the writer's day ("Tuesday", "last Tuesday", "next Monday", "Monday
#: week"), not from a story's ("the following Monday").
_OF_THE_WRITERS_WEEK: Final = frozenset({None, "last", "next", "this", "of-week", "week-after"})
#: Before a day, that a figure is given as known on it: "As of Sept. 30, the fund held ...".
_AS_OF_BEFORE: Final = compile_ascii(r"\bas\s+of\s+$", re.IGNORECASE)
#: "would" in the clause before a weekday, with no "will" nearer: a future seen from a day of the
#: story ("Officials said the oxygen would run out on Thursday").
_WOULD_BEFORE: Final = compile_ascii(r"\bwould\b(?:(?!\b(?:will|shall)\b)[^.;:!?,])*$", re.IGNORECASE)
#: Between a holiday and the day written beside it: "Thanksgiving Day, Nov. 28, 2019", "Easter
#: (April 20, 2025)", "Diwali falls on November 1 this year", "Armistice Day was November 11, 1918".
_APPOSED_DAY: Final = compile_ascii(
    r",[^\S\n]*|[^\S\n]*\([^\S\n]*"
    r"|[^\S\n]+(?:(?:falls|fell)[^\S\n]+(?:on|of)|(?:is|was|will[^\S\n]+be)(?:[^\S\n]+(?:on|of))?|on|of)[^\S\n]+"
)
#: A week named by the day it runs to: "the week to 5 December", "the week ended Dec. 5".
_WEEK_TO: Final = compile_ascii(r"\bweek\s+(?:to|end(?:ed|ing))\b", re.IGNORECASE)
#: A year written right before a finer time of it: "in 2026, most likely at the end of the year",
#: "in 2027, probably in the second half of the year".
_YEAR_REFINED: Final = compile_ascii(
    r"\b(?P<y>(?:1[5-9]|20)\d\d),?[^\S\n]+(?:(?:most[^\S\n]+)?likely|probably|possibly|perhaps|maybe"
    r"|presumably|at[^\S\n]+the[^\S\n]+(?:earliest|latest))?,?[^\S\n]*"
    r"(?:at|by|in|around|toward|towards|during|before|after|from|until)?[^\S\n]*$",
    re.IGNORECASE,
)
#: A part of a year that names the year as one told before it: "the first half of the year".
_OF_THE_YEAR: Final = compile_ascii(r"\bof\s+(?:the|that)\s+year\b", re.IGNORECASE)
#: What was expected, forecast or planned for a month, told in the past ("Economists had expected
#: the next hike in December", "Analysts forecast a cut in March"): the month was to come then,
#: and may still be to come, or have come since.
_EXPECTED_THEN: Final = compile_ascii(
    r"\b(?:expected|forecast|predicted|anticipated|projected|pencill?ed\s+in|priced\s+in|bet\s+on)\s+"
    # what was expected, before the month ("The report, expected in January, has not been
    # published": long due)
    r"(?!(?:in|for|by|around|until|before)\s)[^.;:!?]{1,40}?\b(?:in|for|by|around|until|before)\s+"
    r"(?:(?:early|late)\s+|mid-?)?$",
    re.IGNORECASE,
)
#: A day's event called off, right before its possessive: "called off Wednesday's strike".
_CALLED_OFF_BEFORE: Final = compile_ascii(
    r"\b(?:(?:call|calls|called|calling)\s+off|cancel(?:s|l?ed|l?ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)


#: The writer's year before or after the writer's own, which a count of years in its sentence
#: may go on from ("last year, down from the year before").
_LAST_OR_NEXT_YEAR: Final = compile_ascii(r"(?:last|next)\s+year", re.IGNORECASE)


#: A figure compared with, right before a date: "up from 18% a year earlier", "compared with
#: 2.1 million a year ago", "rose 5% in March from a year earlier", "3% higher than a year ago".
_FIGURE_COMPARED: Final = compile_ascii(
    # (a decimal point is no full stop: "up from 59.8% a year earlier")
    r"\b(?:from|compared\s+(?:with|to)|against|versus|than)\s(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,40}?\d"
    r"(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,24}$"
    r"|\d(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,40}?\b(?:from|compared\s+(?:with|to)|than"
    # ... "up 5% on a year earlier", as British copy has it; "3% below (the level of) a year earlier"
    r"|on|(?:below|above)(?:\s+(?:the|its|their)\s+(?:level|levels|figure|pace|rate)s?\s+of)?)\s+$",
    re.IGNORECASE,
)


def in_paragraph(pattern: re.Pattern[str], m: re.Match[str], text: str) -> re.Match[str] | None:
    """A match, or what the pattern matches of it before a paragraph break it runs across: no
    expression runs from one paragraph into the next."""
    if text.find("\n", m.start(), m.end()) < 0:
        return m
    brk = PARAGRAPH_BREAK.search(text, m.start(), m.end())
    return m if brk is None else pattern.match(text, m.start(), brk.start())


@functools.cache
def _plan() -> tuple[tuple[int, re.Pattern[str], Parser, frozenset[str], int, int, Near | None, bool], ...]:
    """Each rule with what the candidate loop needs of it, looked up once: its number, pattern,
    parser, trigger words, reach, what must stand near its trigger words and how near (the widest
    reach of the rules with the same trigger words and the same need, so that they share one
    look-up), and whether they must be capitalised."""
    # The grammar (some hundred regular expressions to compile) loads with the first text, not
    # with the package: a command that only reads cached extractions never needs it.
    from .rules import CAPITALISED, NEEDS, REACH, RULES, TRIGGERS

    near: dict[tuple[frozenset[str], frozenset[str]], tuple[int, int]] = {}
    for name, need in NEEDS.items():
        before, after = near.get((TRIGGERS[name], need), (0, 0))
        near[TRIGGERS[name], need] = (max(before, REACH[name][0]), max(after, REACH[name][1]))

    def needs(name: str) -> Near | None:
        if name not in NEEDS:
            return None
        return (NEEDS[name], *near[TRIGGERS[name], NEEDS[name]])

    # Rules with the same trigger words, need and case share one set of windows, the widest:
    # a window wider than a rule's reach finds no match the rule's own would not (a match lies
    # within its reach of its trigger word), and one set of windows costs less than several.
    reach: dict[tuple, tuple[int, int]] = {}
    for rule in RULES:
        key = (TRIGGERS[rule.name], needs(rule.name), rule.name in CAPITALISED)
        before, after = reach.get(key, (0, 0))
        reach[key] = (max(before, REACH[rule.name][0]), max(after, REACH[rule.name][1]))
    return tuple(
        (
            number,
            rule.pattern,
            rule.parse,
            TRIGGERS[rule.name],
            *reach[TRIGGERS[rule.name], needs(rule.name), rule.name in CAPITALISED],
            needs(rule.name),
            rule.name in CAPITALISED,
        )
        for number, rule in enumerate(RULES)
    )


@functools.cache
def _rules_by_word() -> dict[str, frozenset[int]]:
    """For each trigger word, the rules (their numbers) it triggers."""
    by_word: dict[str, set[int]] = {}
    for number, _, _, words, *_ in _plan():
        for word in words:
            by_word.setdefault(word, set()).add(number)
    return {word: frozenset(numbers) for word, numbers in by_word.items()}


def _candidates(text: str) -> list[tuple[int, int, int, Expr]]:
    """Every match of every rule, each rule run only in the windows around its trigger words."""
    from .rules import VOCABULARY

    index = TriggerIndex(text, VOCABULARY)
    plan, by_word = _plan(), _rules_by_word()
    # most rules find none of their words in a text: only those that do are run
    triggered: set[int] = set()
    for word in index.present:
        triggered.update(by_word.get(word, ()))
    found = []
    for number in sorted(triggered):
        _, pattern, parse, words, before, after, near, capital = plan[number]
        last_end = -1
        search = pattern.search
        for ws, we in index.windows(words, before, after, near, capital):
            # a loop of searches, not finditer: most windows hold no match, and one search
            # costs less than an iterator; no rule matches the empty string (a test checks), so
            # each search starts past the last match
            hit = search(text, ws if ws > last_end else last_end, we)
            while hit is not None:
                last_end = hit.end()
                m = in_paragraph(pattern, hit, text)
                if (
                    m is not None
                    and text.startswith(_POSSESSIVE, m.end())
                    and (of := text.rfind(" of ", m.start(), m.end())) > 0
                    and _PART_OF.fullmatch(text, m.start(), of) is not None
                ):
                    # "the end of last year's season": only "last year", looked for again
                    hit = search(text, of + 4, we)
                    continue
                if m is not None:
                    expr = parse(m, text)
                    if expr is not None:
                        found.append((m.start() - expr.lead, m.end(), number, expr))
                hit = search(text, last_end, we)
    return found


def _select(candidates: list[tuple[int, int, int, Expr]]) -> list[tuple[int, int, int, Expr]]:
    """The longest non-overlapping candidates (earlier rules win ties), in text order."""
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    # Which characters chosen candidates hold: checking and marking a span costs its length,
    # so the whole selection is linear in the text (a sorted list of spans was quadratic).
    taken = bytearray(max((c[1] for c in candidates), default=0))
    chosen = []
    for c in candidates:
        if taken.find(1, c[0], c[1]) >= 0:
            continue
        taken[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


#: The scans of the last texts: the reference inference of a document and its extraction read
#: the same text, and what the rules find does not depend on the reference date.
_RECENT: Final[list[tuple[str, SentenceIndex, list[tuple[int, int, int, Expr]]]]] = []


def forget_texts() -> None:
    """Drop what the engine keeps of the last texts it read (their scans, their sentences'
    tense cues): a benchmark that reads the same texts again must read them as new ones, as a
    stream of different documents would be read."""
    _RECENT.clear()
    forget_sentences()


def _scan(text: str) -> tuple[SentenceIndex, list[tuple[int, int, int, Expr]]]:
    for seen, sentences, selected in _RECENT:
        if seen is text or seen == text:
            return sentences, selected
    sentences, selected = SentenceIndex(text), _select(_outside_addresses(text, _candidates(text)))
    _RECENT[:] = [(text, sentences, selected), *_RECENT[:1]]
    return sentences, selected


#: A web address, up to the white space, bracket or quote that ends it ("https://example.com/
#: 2024/03/05/report", "www.example.com/news/2024-03-05").
_ADDRESS: Final = compile_ascii(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>()\[\]\"'“”‘’]*", re.IGNORECASE)


def _outside_addresses(
    text: str, candidates: list[tuple[int, int, int, Expr]]
) -> list[tuple[int, int, int, Expr]]:
    """The candidates but those within a web address, whose path pages and Markdown links write
    dates into: no date the text tells.  (Looked for only in a text with "://" or "www.".)"""
    if "://" not in text and "www." not in text:
        return candidates
    spans = [m.span() for m in _ADDRESS.finditer(text)]
    if not spans:
        return candidates
    starts = [start for start, _ in spans]
    kept = []
    for c in candidates:
        i = bisect.bisect_right(starts, c[0]) - 1
        if i < 0 or spans[i][1] <= c[0]:
            kept.append(c)
    return kept


#: A "sentence" reaching further than this on either side of a mention is cut at a word near
#: this distance: text without sentence ends (a list, a scraped page, one long line) must not
#: make each mention carry, and each tense look-up read, the whole of it.
SENTENCE_REACH: Final = 600


def _clamp(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    lo, hi = sentence
    if start - lo > SENTENCE_REACH:
        lo = start - SENTENCE_REACH
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi - end > SENTENCE_REACH:
        hi = end + SENTENCE_REACH
        space = text.rfind(" ", end, hi)
        hi = space if space > end else hi
    return lo, hi


#: A year this near the start of its sentence frames it ("In 2019, ...", "The 2022 season ..."):
#: a month or day later in the sentence with no year of its own is in that year.  Further in, a
#: year belongs to a clause of its own ("a plan approved in 1987 ... had bought shares through
#: Sept. 29": the September of the story).
FRAME_REACH: Final = 12
#: How far after "next week" a day of the writer's weekday, told as to come, is of that week.
NEXT_WEEK_REACH: Final = 300


#: A news story that goes back in time ("In September 2008, Lehman Brothers failed. On Sept. 29,
#: the House rejected the bailout."): a month or day with no year this close after a day or
#: month at least ``STORY_YEARS`` before the reference date, whose year is written, is in the
#: story's time.  A year alone starts no story ("growing since 1980. In September, it ..." is
#: news), unless it opens its sentence, and then only for its paragraph ("In 1989, guards opened
#: the checkpoints. On October 9, ...": see ``Anchor.opens``).
STORY_REACH: Final = 300
#: ... or at least this many days back, where the writer's time would put a date after its own.
YEAR_BACK_DAYS: Final = 300
#: Before a date that starts no story: one naming an event ("the Dec. 21, 1988, bombing") or a
#: look back ("since Sept. 11, 2001").
_NO_STORY_BEFORE: Final = compile_ascii(r"\b(?:the|its|their|his|her|since)\s+$", re.IGNORECASE)
#: ... or an event something is counted since ("the biggest prisoner exchange since the full-scale
#: invasion in February 2022").
#: ... or one a name opens ("the largest bank failure since Washington Mutual collapsed at the
#: height of the financial crisis in September 2008").
_SINCE_EVENT: Final = compile_ascii(
    r"\bsince\s+(?:(?:the|its|their|his|her|a)\s|(?-i:[A-Z]))[^,.;:!?()\n]{0,66}?"
    r"\b(?:in|of|on|(?:after|before)\s+the)\s+$",
    re.IGNORECASE,
)
#: How far back ``_SINCE_EVENT`` is looked for.
_SINCE_EVENT_REACH: Final = 80


def _since_event_before(text: str, start: int) -> bool:
    """Whether the date at ``start`` is that of an event something is counted since (see
    ``_SINCE_EVENT``); "since" is looked for first as text."""
    reach = max(0, start - _SINCE_EVENT_REACH)
    return text.find("ince", reach, start) >= 0 and _SINCE_EVENT.search(text, reach, start) is not None


def _record_since_before(text: str, start: int) -> bool:
    """Whether the date at ``start`` is one a record is counted from ("the highest since 2019",
    see ``RECORD_SINCE``); "since" is looked for first as text."""
    return (
        text.find("ince", max(0, start - 64), start) >= 0
        and RECORD_SINCE.search(text, max(0, start - 100), start) is not None
    )


#: The end day of a period told just before ("the third quarter of fiscal 2024, which ended |Oct.
#: 29", "for the year ended |March 31").
_PERIOD_ENDED_BEFORE: Final = compile_ascii(r"\b(?:ended|ending|ends|to)\s+(?:on\s+)?$", re.IGNORECASE)
_PERIOD_END_REACH: Final = 16
#: ... or a level last reached then ("a level last seen in August 2007", "was last this low in
#: 1969", "It last stood at 4.6 percent in November, and before that in October 1973").
_LAST_SEEN: Final = compile_ascii(
    r"\b(?:(?:last|not)\s+(?:seen|recorded|reached|hit|matched|touched)|before\s+that|last\s+(?:this|that|so)\s+\w+"
    r"|last\s+(?:stood|was|were|traded|closed)\s+(?:at|near|below|above|under|over)\s(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,30}?)"
    r"\s+(?:in|since|on)\s+$",
    re.IGNORECASE,
)
#: ... or when the last one was ("The last federal election was held in September 2021", "Its
#: previous peak was in March 2022"): a look back, from which no story goes on.
_LAST_ONE_WAS: Final = compile_ascii(
    r"\b(?:the|its|their|his|her)\s+(?:last|previous|prior|most\s+recent)\s[^.;:!?\n]{0,60}?"
    r"\b(?:was|were)\s+(?:[\w'’-]+\s+){0,3}?(?:in|on)\s+$",
    re.IGNORECASE,
)


def _last_one_was(text: str, start: int) -> bool:
    """Whether ``_LAST_ONE_WAS`` ends at ``start``; its words looked for first as text (few
    dates follow "was" or "were", fewer "the last")."""
    window = text[max(0, start - 90) : start]
    if " was " not in window and " were " not in window:
        return False
    lower = window.lower()
    return (
        "last " in lower or "previous " in lower or "prior " in lower or "most recent " in lower
    ) and _LAST_ONE_WAS.search(text, start - 90, start) is not None


#: The first so many months, weeks or days of a year: "the first 10 months", "first nine months".
_FIRST_SO_MANY: Final = compile_ascii(r"(?:the\s+)?first\s", re.IGNORECASE)


def _went_back_to(mentions: list[Mention], day: date) -> bool:
    """Whether a day told before ``day`` (among ``mentions``, those found so far) is later than it:
    the story went back to it."""
    later = day.isoformat()
    return any(DAY_VALUE.match(m.value) and m.value[:10] > later for m in mentions)


def _looked_back(text: str, start: int) -> bool:
    """Whether the date at ``start`` is one looked back to, as a level was last seen or the last
    one was then (``_LAST_SEEN``, ``_LAST_ONE_WAS``); its last word, "in", "on" or "since", looked
    for first."""
    return text[max(0, start - 8) : start].rstrip()[-2:].lower() in ("in", "on", "ce") and (
        _LAST_SEEN.search(text, start - 64, start) is not None or _last_one_was(text, start)
    )


#: Not right after a month's name: the day of a date follows it.
_NOT_AFTER_A_MONTH: Final = "".join(
    f"(?<!{month} )"
    for month in (
        *FULL_MONTH_RE.split("|"),
        *(f"{short}{dot}" for short in "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split() for dot in (".", "")),
    )
).replace(".", r"\.")
#: ... or a figure compared with one of then ("down from a peak of 7.1% in June 2022", "up from
#: 3.4% in April last year", "three cuts, down from six at the start of January"): a comparison,
#: not the story's time.
_COMPARED_WITH: Final = compile_ascii(
    # (or what went before: "rose 23.3% last year after gaining 24.2% in 2023")
    r"\b(?:from|compared\s+(?:with|to)|against|versus|than|after\s+[a-z]+ing)\s[^,;.()]{0,40}?"
    # (a figure, not a date's day: "launched from Sriharikota on July 14 and entered orbit on")
    rf"(?:(?<!\d){_NOT_AFTER_A_MONTH}\d|\b(?:peak|high|low|record|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    # (a comma between digits parts thousands: "from a peak of more than 100,000 a week in"; no
    # sentence ends between)
    # (nor a modal between, whose clause is another's: "retired from the Senate after 24 years and
    # will leave office in January")
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half)\b)"
    r"(?:(?!\.\s+[A-Z]|\b(?-i:will|would|shall|could|can|may|might|must|should)\s)[^,;()]|(?<=\d),(?=\d)){0,30}?"
    # (the figure a share set off after it: "compared with $228 million, or 77 cents, in")
    r"(?:,\s+or\s+[^,;()]{1,30}?,\s+)?"
    r"\b(?:in|on|at)\s+(?:(?:its|their|the|his|her|our)\s+)?$",
    re.IGNORECASE,
)
#: The words between "in" and a date that ``_COMPARED_WITH`` reads: "down from 1.5% in its
#: November forecast".
_COMPARED_OWNER: Final = (" its", " their", " the", " his", " her", " our")
#: ... or a date in a relative or participle clause set off by commas, about someone or something
#: of the story ("Wael Sawan, who took over in January 2023, has cut costs"; "the killings,
#: carried out between June 2015 and June 2016, were cruel"): background, not the story's time.
_RELATIVE_CLAUSE: Final = compile_ascii(
    r",\s*(?:who|which|whose|[a-z]+ed|born|built|held|made|written|taken|begun|founded|fought|won|led)\b[^,;.()]*$",
    re.IGNORECASE,
)
#: A relative clause set off by commas about the one who says, just before the saying: "Clinton,
#: who testified before a grand jury on Aug. 17, | said Friday".
_ASIDE_BEFORE_SAYING: Final = compile_ascii(r",\s*(?:who|which)\b[^,;()]*,\s*$", re.IGNORECASE)


#: A participle after a comma that goes on a series of them after one auxiliary, not a clause
#: set aside: "He was charged in 2016, arrested in March 2017 and released in August".
_PARTICIPLE_SERIES: Final = compile_ascii(
    r"\b(?:was|were|(?:had|has|have)\s+been)\s+[a-z]+ed\b[^,;.()]*,\s*[a-z]+ed\b[^,;.()]*$", re.IGNORECASE
)


def _after_a_written_date(expr: Expr, ctx: Context, gap: int, reach: int) -> bool:
    """Whether a month or day with no year comes within ``reach`` characters after a day or
    month written with its year, in news (with a reference date, not a narrative)."""
    last = ctx.last
    return (
        not ctx.narrative
        and ctx.reference is not None  # with none, a month or day stays unresolved (XXXX-05-31)
        and last is not None
        and (
            (last.written and last.granularity in ("day", "week", "month", "season"))
            or (last.opens and reach == STORY_REACH)  # a year opening its sentence: a story's
        )
        and gap <= reach
        and framed(expr)
    )


def _same_as_written(expr: Expr, last: Anchor) -> bool:
    """Whether a month or day with no year is the very month or day just written with its year
    ("in June 2022 ... by June"), which news would not write again so: another year's."""
    if expr.kind != "calendar" or expr.month is None or not any(c.isdigit() for c in last.mention):
        return False
    if expr.day is None:
        return last.granularity == "month" and last.day.month == expr.month
    return last.granularity == "day" and (last.day.month, last.day.day) == (expr.month, expr.day)


#: The subject of news that came so long before or after something, and what may stand between
#: it and "came": "The explosion came", "Lehman's collapse, the largest ever, came" (group 1).
_SUBJECT_CAME: Final = compile_ascii(
    r"\b(?:the|this|that|its|their|his|her|[A-Z][\w.&-]*['’]s)\s+(?:[a-z0-9-]+\s+)?([a-z]{4,})"
    r"(?:,[^,.;\n]{1,80},)?\s+(?:came|comes)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: How far back the subject may have been told with its day.
_SUBJECT_REACH: Final = 2000
#: The verbs that tell of a subject's deed, where the sentence told it so: "The Supreme Court ruled
#: late Tuesday ... The 5-4 decision came two days after ...".
_SUBJECT_VERBS: Final = {
    "decision": "decided|ruled",
    "ruling": "ruled",
    "verdict": "convicted|acquitted|found",
    "vote": "voted",
    "announcement": "announced",
    "arrest": "arrested",
    "resignation": "resigned|quit",
    "approval": "approved",
    "agreement": "agreed",
    "deal": "agreed",
    "death": "died",
    "victory": "won",
    "defeat": "lost",
    "launch": "launched",
    "release": "released",
    "shooting": "shot",
    "crash": "crashed",
    "collapse": "collapsed",
    "explosion": "exploded",
    "invasion": "invaded",
    "withdrawal": "withdrew",
    "appointment": "appointed|named",
    "nomination": "nominated",
    "rejection": "rejected",
    "move": "moved",
    "visit": "visited",
}


def _subject_day(text: str, start: int, sentence_start: int, mentions: list[Mention]) -> Anchor | None:
    """The day of the subject of news that came so long before or after something, told with it
    in an earlier sentence ("A massive explosion ... on Tuesday killed 100. ... The explosion came
    three days before ..."): the day told nearest its name in the last sentence before that names it."""
    came = _SUBJECT_CAME.search(text, max(sentence_start, start - 140), start)
    if came is None:
        return None
    said = came[1].lower()
    verbs = _SUBJECT_VERBS.get(said)
    noun = re.compile(rf"\b(?:{re.escape(said)}s?" + (f"|{verbs}" if verbs else "") + r")\b", re.IGNORECASE)
    told: tuple[int, int] | None = None
    named_at = 0
    for m in reversed(mentions):
        if m.end <= max(0, sentence_start - _SUBJECT_REACH):
            break
        if m.sentence[0] < sentence_start and names_a_day(m) and (named := noun.search(text, *m.sentence)):
            told, named_at = m.sentence, named.start()
            break
    if told is None:
        return None
    # the day told nearest the subject's name in that sentence ("Police hunted on Wednesday for a
    # man seen before Tuesday's attacks": Tuesday)
    nearest = min(
        (m for m in mentions if m.sentence == told and names_a_day(m)),
        key=lambda m: abs(m.start - named_at),
    )
    return Anchor(date.fromisoformat(nearest.value[:10]), "day", nearest.text)


#: "would", which may tell a future of a time gone by.
_WOULD: Final = compile_ascii(r"\bwould\b|['’]d\s", re.IGNORECASE)
#: A future told from a time gone by: "would", "was to", "was expected to", "expected the
#: fighting to be over" ...
_FUTURE_IN_PAST: Final = compile_ascii(
    r"\b(?:would|(?:was|were)\s+(?:to|due|set|expected|scheduled|supposed|going|likely)"
    r"|expected|predicted|hoped|planned|intended|promised|vowed|pledged)\b",
    re.IGNORECASE,
)
#: ... and a future told from the writer's time, which a sentence with one tells of.
_FUTURE_FROM_NOW: Final = compile_ascii(
    r"\b(?:will|shall|won['’]t|(?:is|are|am)\s+(?:to|due|set|expected|scheduled|going|likely)"
    r"|expects?|plans?|hopes?|intends?)\b|['’]ll\b",
    re.IGNORECASE,
)
#: A saying in a sentence.
_SAID_IN: Final = compile_ascii(r"\b(?:said|says|told|tells|announced|added)\b", re.IGNORECASE)


def _story_tense(text: str, sentence: tuple[int, int], start: int, tense: str | None) -> str | None:
    """The tense of a date for a story told years back: a future told from a time gone by, with
    no future from the writer's time in its sentence, is the story's ("Germany declared war on
    Aug. 1. Many expected the fighting to be over by Christmas"): no tense of the writer's."""
    if (
        tense == "future"
        and _FUTURE_IN_PAST.search(text, sentence[0], start)
        and not _FUTURE_FROM_NOW.search(text, sentence[0], sentence[1])
        # (nor what someone said, which may be said now: "The bridge opened in May 2010.
        # Officials said it would close for repairs in June")
        and not _SAID_IN.search(text, sentence[0], sentence[1])
    ):
        return None
    return tense


def _in_story(expr: Expr, ctx: Context, gap: int, tense: str | None, aside: bool) -> bool:
    """Whether a month or day with no year goes on with a story told years back (``STORY_YEARS``
    calendar years), or about a year back where the writer's time cannot hold it.  ``aside``:
    the story's date stood after a date of the writer's week in its sentence ("The court ruled on
    Tuesday, in an opinion requested in December 2022. Hearings took place in February"): a look
    back, from which no story goes on."""
    if aside or tense == "future" or not _after_a_written_date(expr, ctx, gap, STORY_REACH):
        return False
    assert ctx.last is not None and ctx.reference is not None
    if _same_as_written(expr, ctx.last):
        return False  # "hit 9.1% in June 2022 and eased to 3% by June": another June, not that one
    if ctx.last.day.year <= ctx.reference.year - STORY_YEARS:
        return True
    if (ctx.reference - ctx.last.day).days < YEAR_BACK_DAYS:
        return False
    # A story told about a year back goes on only where the writer's time would put what it
    # tells after the reference date ("Fighting erupted on April 15, 2023 ... over the weekend
    # of April 22-23", told on 15 April 2024); "bought the unit on Aug. 1, 2024. Profits rose on
    # Aug. 14", told on 18 August 2025, is this August.
    # ... and where its own tense puts it in the story's year ("A ceasefire brokered on May 20
    # collapsed within a week. In June, ...", told in April of the next year): the same day,
    # and the story goes on from it
    span = span_of(resolve(expr, ctx)[0])
    return (
        span is not None
        and isinstance(span.start, date)
        and (span.start > ctx.reference or span.start.year == ctx.last.day.year)
    )


#: The words ``_COMPARED_WITH`` opens with, looked for first as plain text (as is the "in" or
#: "on" it ends with): most dates follow none of them.
_COMPARISON_WORDS: Final = ("from", "than", "compared", "against", "versus", "after")


#: After a month, a forecast it names ("its April forecast", "the Fed's June projections") ...
_FORECAST_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?:forecasts?|estimates?|projections?|outlooks?|guidance|targets?)\b", re.IGNORECASE
)
#: ... and before it, whose forecast it is, and the comparison it may stand in: "up from its
#: April forecast" (group 1).
_FORECAST_OWNER: Final = compile_ascii(
    r"(\b(?:from|compared\s+(?:with|to)|against|versus|than)\s+)?(?:\b(?:its|their|his|her|our|the)|['’]s)\s+$",
    re.IGNORECASE,
)


def _named_forecast(text: str, start: int, end: int) -> str | None:
    """Whether the month at ``start`` names someone's forecast: "compared" for one a figure is
    compared with ("up from its April forecast"), made before whatever the tense of the sentence;
    "named" for any other ("its June projections"); None for no forecast."""
    if _FORECAST_AFTER.match(text, end) is None:
        return None
    owner = _FORECAST_OWNER.search(text, start - 32, start)
    if owner is None:
        return None
    return "compared" if owner[1] else "named"


def _compared_with(text: str, start: int) -> bool:
    """Whether the date at ``start`` is that of a figure compared with ("down from a peak of 7.1%
    in June 2022")."""
    if text[max(0, start - 5) : start].rstrip()[-2:].lower() not in ("in", "on", "at") and not (
        (before := text[max(0, start - 13) : start].rstrip().lower()).endswith(_COMPARED_OWNER)
        and before.rsplit(None, 2)[-2:-1] in (["in"], ["on"])
    ):
        return False
    window = text[max(0, start - 90) : start].lower()
    if not any(word in window for word in _COMPARISON_WORDS):
        return False
    return _COMPARED_WITH.search(text, start - 90, start) is not None


#: A month compared with right after "from" ("rose 0.5% in September from August"), unless a
#: range runs on from it ("from August to October").
_FROM_BEFORE: Final = compile_ascii(r"\b(?:from|compared\s+(?:with|to)|versus)\s+$", re.IGNORECASE)
_RANGE_ON: Final = compile_ascii(
    r"[^\S\n]*(?:to|until|till|through|into|onwards?|and|[-–—])\b", re.IGNORECASE
)


def _compared_month(text: str, start: int, end: int) -> bool:
    """Whether a month stands right after "from" as what a figure is compared with."""
    return _FROM_BEFORE.search(text, start - 16, start) is not None and not _RANGE_ON.match(text, end)


#: A source's date, right before a month: "according to a study published in |June", "figures
#: released in |March showed": when the source came out, in the writer's time, not the time its
#: sentence tells of ("Last summer, 47,000 died, according to a study published in June").
_SOURCE_OUT_IN: Final = compile_ascii(
    r"(?:\baccording[^\S\n]+to\b[^.;:!?]{0,60}?|\b(?:data|figures|report|study|survey|statistics|poll|census|"
    r"estimates)[^\S\n]+)(?:published|released|issued|put[^\S\n]+out)[^\S\n]+in[^\S\n]+$",
    re.IGNORECASE,
)


def _source_out_in(text: str, start: int) -> bool:
    """Whether a month is the date a source came out, by the words before it (``_SOURCE_OUT_IN``)."""
    return (
        "in" in text[max(0, start - 4) : start] and _SOURCE_OUT_IN.search(text, start - 90, start) is not None
    )


def _held_by_last_span(
    expr: Expr, ctx: Context, mentions: list[Mention], text: str, last_end: int, start: int, tense: str | None
) -> tuple[str, str] | None:
    """A month or day with no year just after a season of another year that holds it is in that
    season: "killed on a canal path last summer. ... stabbed him on the night of 14 August", told
    in June 2024, is August 2023 (the August to come lies in no summer told).  Not so after a
    quarter: "a year earlier" than this year's third quarter is a comparison, from which "Assets
    as of Sept. 30" do not move.  Nor does a season years back hold a later paragraph that has come
    back to the news ("... peaked in the winter of 2005. ¶ The committee last met on Feb. 3.").
    Asked only of a month or day with no year (``_yearless``): the caller asks that first."""
    if (
        tense == "future"
        or not mentions
        or start - last_end > STORY_REACH
        or ctx.reference is None
        or ctx.narrative
        or _source_out_in(text, start)
        or expr.weekday is not None  # "on 30 August, a Friday": the weekday tells the year
    ):
        return None
    last = mentions[-1]
    if last.interval is None or not (
        last.granularity == "season"
        # a month of another year, written with it: "withdrew a bill in June 2024 after protesters
        # stormed parliament on June 25" is June 25, 2024
        or (last.granularity == "month" and expr.day is not None and any(c.isdigit() for c in last.text))
    ):
        return None
    first, final = last.interval
    if not isinstance(first, date) or not isinstance(final, date) or first <= ctx.reference <= final:
        return None  # the writer's own season: the reading from the reference stands
    for year in sorted({first.year, final.year}):
        value, _ = resolve(replace(expr, year=year), ctx)
        span = span_of(value)
        if span is not None and first <= span.start and span.end <= final:
            if _years_back(last, ctx.reference) and not _story_goes_on(text, last_end, start):
                return None
            return (
                value,
                f'in {year}: within "{last.text}" ({last.value}), the {last.granularity} told just before',
            )
    return None


def _years_back(mention: Mention, reference: date | None) -> bool:
    """Whether a mention ends ``STORY_YEARS`` years or more before the reference year: a story
    told years back, not the writer's recent past ("last summer")."""
    interval = mention.interval
    return (
        reference is not None
        and interval is not None
        and isinstance(interval[1], date)
        and reference.year - interval[1].year >= STORY_YEARS
    )


def _quarter_ended(
    expr: Expr,
    ctx: Context,
    text: str,
    end: int,
    selected: list[tuple[int, int, int, Expr]],
    number: int,
) -> tuple[str, str] | None:
    """A quarter or half with no year, followed by the day it ended, is in that day's year: "in
    the fourth quarter ended Dec. 31", told in November, is the last one of the year before (a
    company's fiscal quarter takes the year it ends in: "its fourth quarter ended June 30", "its
    fiscal fourth quarter, which ended June 30", "the quarter to December 2024").
    Asked only of a part of a year (``expr.kind == "part"``)."""
    if (
        expr.year is not None
        or expr.rel
        or expr.part is None
        or expr.part[0] not in "QH"
        or number + 1 >= len(selected)
    ):
        return None
    after = _ENDED.match(text, end)
    following = selected[number + 1]
    if (
        after is None
        or following[0] != after.end()
        or following[3].kind != "calendar"
        or not following[3].month
    ):
        return None
    day_value, _ = resolve(following[3], ctx)
    span = span_of(day_value)
    if span is None or not isinstance(span.start, date):
        return None
    year = span.start.year
    told = "day" if span.granularity == "day" else "month"
    return f"{year:04d}-{expr.part}", f"in {year}, the year of the {told} it ended, {day_value}"


_ENDED: Final = compile_ascii(
    r"(?:,?\s+(?:which|that)\s+|\s+)(?:ended|ending|ends|closed)\s+(?:on\s+)?|\s+to\s+", re.IGNORECASE
)


#: A present perfect, or "since", before a date in its sentence: what runs up to the writer's
#: now ("Russian forces have advanced slowly since the fall of Avdiivka in February").
_UP_TO_NOW: Final = compile_ascii(
    r"\b(?:(?:has|have|'ve)\s+(?:(?:not|never|already|also|now|\w+ly)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght)"
    r"|since)\b",
    re.IGNORECASE,
)


def _up_to_now(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the sentence of a date, before it, speaks of what runs up to now."""
    return _UP_TO_NOW.search(text, sentence[0], start) is not None


def _story_goes_on(
    text: str,
    last_end: int,
    start: int,
    story_year: int | None = None,
    selected: list[tuple[int, int, int, Expr]] | None = None,
    number: int = 0,
) -> bool:
    """Whether a story told years back goes on to a month or day at ``start``: within its
    paragraph, or in a later one that opens with that date ("In September 2008, Lehman failed.
    ¶ On Sept. 29, the House ..."), or whose next year written is the story's ("... by the end
    of June [1944] Cherbourg had fallen. ¶ Paris was liberated on Aug. 25. The following spring
    ... on May 8, 1945"); a later paragraph that only mentions one has come back to the news
    ("... discovered in the spring of 2019. ¶ The defendant was convicted in October")."""
    breaks = list(PARAGRAPH_BREAK.finditer(text, last_end, start))
    if (
        not breaks
        or start - breaks[-1].end() <= FRAME_REACH
        or _STORY_OPENER.match(text, breaks[-1].end()) is not None
    ):
        return True
    if story_year is None or selected is None:
        return False
    later = _year_later_in_paragraph(text, selected, number)
    return later is not None and abs(later - story_year) <= STORY_YEARS


#: How many days after the story's last day a day with no year may fall and go on with the story
#: in a later paragraph ("burst its banks on Feb. 28, 2022 ... ¶ By the morning of March 1").
_JUST_AFTER_DAYS: Final = 31


def _day_just_after(expr: Expr, last: Anchor | None) -> bool:
    """Whether a day with no year falls within ``_JUST_AFTER_DAYS`` after the story's last day (a
    day written with its year): the next paragraph goes on with the story ("The river burst its
    banks on Feb. 28, 2022. ¶ Residents had little warning. By the morning of March 1, ..."),
    where a month or a day further on may be the writer's news ("... discovered in the spring of
    2019. ¶ The defendant was convicted in October")."""
    if (
        last is None
        or last.granularity != "day"
        or expr.kind != "calendar"
        or expr.year is not None
        or expr.month is None
        or expr.day is None
        or expr.rel
    ):
        return False
    for year in (last.day.year, last.day.year + 1):  # "Dec. 30 ... ¶ On Jan. 2": the next year's
        try:
            gap = (date(year, expr.month, expr.day) - last.day).days
        except ValueError:
            continue
        if 0 <= gap <= _JUST_AFTER_DAYS:
            return True
    return False


def _year_later_in_paragraph(
    text: str, selected: list[tuple[int, int, int, Expr]], number: int
) -> int | None:
    """The first year written after candidate ``number`` in its paragraph, if any."""
    start = selected[number][0]
    found = PARAGRAPH_BREAK.search(text, start)
    paragraph_end = found.start() if found else len(text)
    for later_start, _, _, later in selected[number + 1 :]:
        if later_start >= paragraph_end:
            return None
        if later.year is not None and later.kind in ("calendar", "part"):
            return later.year
    return None


#: What opens a paragraph that goes on with the story before it ("Within days, the RSF had seized
#: the capital. Diplomats left over the weekend of April 22-23.").
_STORY_OPENER: Final = compile_ascii(
    r"[ \t]*(?:Within\s+(?:hours|days|weeks|months)|(?:Hours|Days|Weeks|Months|An?\s+(?:hour|day|week|month))"
    r"\s+later|(?:Soon|Shortly)\s+after(?:wards?)?|The\s+(?:next|following)\s+(?:day|morning|week|month)"
    r"|That\s+(?:day|night|evening|morning|afternoon|week|month)|By\s+then"
    # "In the weeks that followed", "Over the following months", "In the aftermath"
    r"|(?:In|Over|During)\s+the\s+(?:(?:hours|days|weeks|months)\s+(?:that|which)\s+followed"
    r"|(?:following|next)\s+(?:hours|days|weeks|months)|aftermath)|Afterwards?)\b"
)


#: In a list of dated items, one a line ("- **Oct. 27** — Israel launches ...", each date after
#: what ``LIST_ITEM_BEFORE`` allows on its line): how far the item before may stand (a line of
#: text and a half).
LIST_REACH: Final = 600


def _a_chronology(text: str, selected: list[tuple[int, int, int, Expr]]) -> bool:
    """Whether the text is a chronology: enough of its dates open an item of a list ("- Aug. 1:
    A famine is declared"), whose items follow one another, however its lead tells its news."""
    items = 0
    for start, *_ in selected:
        if LIST_ITEM_BEFORE.search(text, max(0, start - 12), start) is not None:
            items += 1
            if items >= CHRONOLOGY_ITEMS:
                return True
    return False


def _in_list(expr: Expr, ctx: Context, text: str, start: int, last: tuple[int, int]) -> bool:
    """Whether a month or day with no year opens an item of a chronology after an item whose
    date has its year ("- Jan. 26, 2024 — ...", "- May 31 — ..."): it follows the list, however
    near the list comes to the reference date.  The date before (at ``last``) must open an item
    too: a list after prose that writes a year ("... runs until June 2026. ¶ - Sept. 20: group
    stage opens") does not go on from the prose; nor is a date alone on its line, the text's
    date line ("December 30, 2024 ¶ January began with floods"), an item."""
    return (
        _after_a_written_date(expr, ctx, start - last[1], LIST_REACH)
        and LIST_ITEM_BEFORE.search(text, start - 12, start) is not None
        and LIST_ITEM_BEFORE.search(text, last[0] - 12, last[0]) is not None
        and not alone_on_its_line(text, *last)
    )


def _story_resolution(expr: Expr, ctx: Context, listed: bool = False) -> tuple[str, str] | None:
    """The story's reading of a month or day, if it moves the story on (a date before the story's
    last one returns to the writer's time: "founded in May 1987. On March 3, it reported ...").
    ``listed``: the date opens an item of a dated list, and follows the list."""
    assert ctx.last is not None and ctx.reference is not None
    value, why = resolve(expr, replace(ctx, narrative=True))
    span = span_of(value)
    if span is None or not isinstance(span.start, date):
        return None
    if (span.end if expr.kind == "part" else span.start) < ctx.last.day.replace(day=1):
        return None  # before the story's date (a season may hold it: "26 July 1956 ... over the summer")
    years = ctx.reference.year - ctx.last.day.year
    note = (
        "the order of a dated list"
        if listed
        else f"a story told {years} year{'s' if years != 1 else ''} back"
    )
    return value, why.replace(NARRATIVE_NOTE, note)


#: A year that opens an item of a list ("In 1620, ...", "- 1989: ..."): what stands before it on
#: its line, and after it.
_ITEM_YEAR_BEFORE: Final = compile_ascii(r"[^\S\n]*(?:[-*•][^\S\n]*)?(?:In[^\S\n]+)?")
_ITEM_YEAR_AFTER: Final = compile_ascii(r"[^\S\n]*(?:,|:|[-–—][^\S\n])")
#: The heading of a list of what happened on this day of the month in other years.
_THIS_DATE_HEADING: Final = compile_ascii(
    r"[^\S\n]*(?:[#*]+[^\S\n]*)?(?:On[^\S\n]+this[^\S\n]+(?:date|day)|(?:Today|This[^\S\n]+day)[^\S\n]+in[^\S\n]+history)\b[^\n]*",
    re.IGNORECASE,
)
_MONTH_DAY_VALUE: Final = compile_ascii(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)")


#: Not looked for yet.
_UNSEEN: Final = object()


#: How many characters may stand before a year that opens an item, on its line ("  - In ").
_ITEM_LEAD: Final = 16


def _opens_item(text: str, start: int, end: int) -> bool:
    """Whether the words open an item of a list ("In 1620, ...", "- 1989: ...")."""
    # (what may stand before them on the line is short: no looking back further)
    line_start = text.rfind("\n", max(0, start - _ITEM_LEAD), start) + 1
    if line_start == 0 and start > _ITEM_LEAD:
        return False
    return bool(_ITEM_YEAR_BEFORE.fullmatch(text, line_start, start) and _ITEM_YEAR_AFTER.match(text, end))


def _in_dated_item(text: str, last_start: int, last_end: int, start: int) -> bool:
    """Whether the words stand in an item of a list opened by the story's last date, on its line
    ("- 1 February: Mubarak says he will not run in the September election"): told from that
    day, whatever its tense, not from the writer's."""
    return (
        0 <= last_start < last_end <= start
        and text.find("\n", last_end, start) < 0
        and _opens_item(text, last_start, last_end)
    )


def _this_date_heading(text: str) -> re.Match[str] | None:
    """The first heading of a list of this day's events in other years, looked for at the words
    it holds (a pattern anchored at every line's start would try every character of the text)."""
    lower = text.lower()
    found = []
    for key in ("on this da", "in history"):
        at = lower.find(key)
        while at >= 0:
            heading = _THIS_DATE_HEADING.match(text, text.rfind("\n", 0, at) + 1)
            if heading is not None:
                found.append(heading)
                break
            at = lower.find(key, at + 1)
    return min(found, key=lambda heading: heading.start(), default=None)


def _on_this_date(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    reference: date | None,
    heading: re.Match[str],
) -> tuple[str, str] | None:
    """The day of a year that opens an item of a list headed "On this date", "On This Day:
    November 9" or "Today in History" (``heading``): that day of the month in that year (the
    heading's day, or else the reference date's)."""
    if heading.end() > start:
        return None
    day = next(
        (
            (int(m[1]), int(m[2]))
            for mention in mentions
            if heading.start() <= mention.start < heading.end()
            and (m := _MONTH_DAY_VALUE.fullmatch(mention.value))
        ),
        (reference.month, reference.day) if reference is not None else None,
    )
    if day is None:
        return None
    year = int(text[start:end][-4:]) if text[start:end][-4:].isdigit() else None
    if year is None or (day == (2, 29) and not calendar.isleap(year)):
        return None
    value = f"{year:04d}-{day[0]:02d}-{day[1]:02d}"
    return value, f'{calendar.month_name[day[0]]} {day[1]} of {year}, in the list "{heading.group().strip()}"'


#: A week's value: "2025-W44".
_WEEK_VALUE: Final = compile_ascii(r"(\d{4})-W(\d\d)")

#: What joins two dates of one list: "in December and January", "on Monday, Tuesday or Friday".
_JOINED: Final = compile_ascii(r"(?:,?[^\S\n]+(?:and|or)|,)[^\S\n]+")

#: "since January": in a history, a month before the story's date.
_SINCE_THEN: Final = compile_ascii(r"\bsince\s+$", re.IGNORECASE)


def _dated_clause_after(
    text: str,
    sentence: tuple[int, int],
    end: int,
    selected: list[tuple[int, int, int, Expr]],
    number: int,
    ctx: Context,
) -> tuple[str, str] | None:
    """The day of the clause after "came two days before" or "a day after", where that clause
    writes its own day in the sentence ("... before a teenager stabbed a bishop on Monday
    evening"): the phrase dates that clause (see the "offset-later" rule), so that day."""
    told = _day_told_next(text, sentence, end, selected, number, ctx)
    if told is None:
        return None
    day, words, why = told
    return day, f'the day the clause after the phrase writes, "{words}" ({why})'


def _day_told_next(
    text: str,
    sentence: tuple[int, int],
    end: int,
    selected: list[tuple[int, int, int, Expr]],
    number: int,
    ctx: Context,
) -> tuple[str, str, str] | None:
    """The day the next mention writes in the sentence (a weekday or a calendar day, resolved by
    its own tense, not from the story's dates), its words and why: None where it is no day, is
    across a semicolon, or names another event ("the Nov. 13 Paris attacks")."""
    if number + 1 >= len(selected):
        return None
    s2, e2, _, then = selected[number + 1]
    if s2 >= sentence[1] or then.kind not in ("weekday", "calendar") or ";" in text[end:s2]:
        return None
    if text[max(0, s2 - 4) : s2].lower() == "the ":
        # "came four days after police arrested Abdeslam, the prime suspect in the Nov. 13 Paris
        # attacks": a date that names another event is not the clause's
        return None
    s0 = sentence[0]
    cue = tense_cue(text[s0 : sentence[1]], s2 - s0, e2 - s0)
    tense, strong = cue if cue else (None, False)
    value, why = resolve(
        then, replace(ctx, tense=tense, strong_tense=strong, anchor=None, last=None, day=None)
    )
    span = span_of(value)
    if span is None or span.granularity != "day" or not isinstance(span.start, date):
        return None
    return value[:10], " ".join(text[s2:e2].split()), why


def _since_before_story(expr: Expr, ctx: Context, last: Anchor) -> tuple[str, str] | None:
    """A month or day after "since" in a history that the story's order puts after the story's
    last date, a year earlier: what has gone on since then began before the story's time."""
    value, _ = resolve(expr, ctx)
    span = span_of(value)
    told = span_of(f"{last.day.year:04d}" + (f"-{last.day.month:02d}" if last.granularity != "year" else ""))
    if span is None or told is None or not isinstance(span.start, date) or span.start <= told.end:
        return None
    earlier = f"{span.start.year - 1:04d}{value[4:]}"
    if span_of(earlier) is None:
        return None
    return earlier, (
        f"a year before {value}, where the story's order puts it: what has gone on since then began"
        f" before {LAST_DATE}, {last.mention!r}"
    )




def _the_weekend(expr: Expr) -> bool:
    """ "the weekend", whose tense says which (see the "the-weekend" rule)."""
    return expr.kind == "deictic" and expr.unit == "weekend" and expr.rel == "the"


def _weekend_of_story(day: Anchor) -> tuple[str, str]:
    """The weekend of a story's day (the one after it, from a weekday)."""
    saturday = day.day + timedelta(days=5 - day.day.weekday())
    why = f'the weekend of {LAST_DATE}, "{day.mention}" ({day.day.isoformat()})'
    return week_value(saturday) + "-WE", why


#: What may stand before a weekday that opens its sentence: "On", "By", "Early on".
_OPENS_SENTENCE: Final = compile_ascii(r"(?:^|[.!?]\s|\n)\s*(?:(?:On|By|Early|Late|Then|And)\s+(?:on\s+)?)?$")
#: How near the start of the paragraph after a story's day a weekday must stand to go on with it.
_NEXT_PARAGRAPH_OPENING: Final = 60


def _next_days_paragraph(text: str, expr: Expr, day: Anchor, day_end: int, start: int) -> bool:
    """Whether a weekday opens the paragraph right after that of a story's day told day by day
    ("On Tuesday, the line ...", "It did not help. On Wednesday ..."), and falls a day or two
    after it: the story goes on."""
    if expr.weekday is None or not 1 <= (expr.weekday - day.day.weekday()) % 7 <= 2:
        return False
    paragraph = text.rfind("\n\n", day_end, start)
    return (
        paragraph >= 0
        and start - paragraph <= _NEXT_PARAGRAPH_OPENING
        and text.find("\n\n", day_end, paragraph) < 0
        # ... opening its sentence: not "The regulator closed the bank on Saturday", which tells
        # the writer's news
        and _OPENS_SENTENCE.search(text, paragraph, start) is not None
    )


def _opening_day_year(
    last: Anchor | None, sentence_start: int, last_start: int, reference: date | None
) -> int | None:
    """The year of a day written with its year that opens its sentence, as a year that opens it
    frames it ("On May 25, 1961, Kennedy called for landing on the Moon by the end of the
    decade"); not the dateline's day."""
    if (
        last is not None
        and last.written
        and last.granularity == "day"
        and sentence_start <= last_start <= sentence_start + FRAME_REACH
        and last.day != reference
    ):
        return last.day.year
    return None


def _weeks_back(day: Anchor, reference: date | None) -> bool:
    """Whether a day lies more than a week before the reference date: no day of the writer's week."""
    return reference is not None and (reference - day.day).days > 7


def _opens_frame(rule: str, expr: Expr, words: str, text: str, end: int) -> bool:
    """Whether an expression opening its sentence sets the year of the months and days after it:
    a year ("In 2019, ..."), or a season or month with its year written ("The summer of 2022 was
    the hottest, with deaths between May 30 and Sept. 4 that year").  Not a fiscal year, which
    is a company's, not the calendar's ("It now sees fiscal 2025 revenue up 25%, from the 18% it
    forecast in November": last November), nor a year that names a report or plan about it, made
    after or before it ("The firm's 2023 results, published in March": March 2024)."""
    if _ABOUT_THE_YEAR.match(text, end):
        return False
    if rule == "year":
        return _FISCAL_WORDS.match(words) is None
    if expr.kind == "deictic":  # "Last year, the firm cut jobs in March": the year before the writer's
        # (not a year's thing: "Entries for next year's race open on Friday and close a week later")
        return (
            expr.unit == "year"
            and (
                expr.n in (-1, 1)
                or (expr.n is not None and expr.n < 0 and _AGO_WORDS.search(words) is not None)
            )
            and not expr.rel
            and not text.startswith(("'s", "’s"), end)
        )
    return (
        expr.kind in ("calendar", "part")
        and expr.year is not None
        and expr.day is None
        and not expr.rel
        # (nor a fiscal year's part: "the third quarter of fiscal 2024, which ended Oct. 29")
        and _FISCAL_WORDS.search(words) is None
    )


#: "Four years ago": a year counted back, which opens a frame as "Last year" does.
_AGO_WORDS: Final = compile_ascii(r"\bago$", re.IGNORECASE)
#: The writer's year named before a month in its sentence ("so far this year", "earlier this year").
_THIS_YEAR_BEFORE: Final = compile_ascii(r"\bthis\s+year\b", re.IGNORECASE)
_FISCAL_WORDS: Final = compile_ascii(r"(?:the\s+)?(?:fiscal|FY|financial\s+year)", re.IGNORECASE)
_ABOUT_THE_YEAR: Final = compile_ascii(
    r"[^\S\n]+(?:annual[^\S\n]+|full-year[^\S\n]+)?(?:results|report|accounts|earnings|figures|data|budgets?"
    r"|forecasts?|outlook|guidance|targets?|statistics)\b",
    re.IGNORECASE,
)


#: A span of two years said to begin (or end) at a month: "The 2026-27 financial year begins on
#: 1 April", "The 2025-26 season ends in May" (group 1 when it begins).
_SPAN_EDGE_VERB: Final = compile_ascii(
    r"\b(?:(begins?|began|begun|starts?|started|opens?|opened|commences?|commenced|kicks?[^\S\n]+off)"
    r"|ends?|ended|closes?|closed|finishes|finished|concludes?|concluded)\b",
    re.IGNORECASE,
)


#: The verbs of a saying that may look ahead.
_SAYING: Final = r"said|announced|confirmed|promised|pledged|agreed|decided|warned"
#: A saying dated by the date right after it ("said in March that", "announced on Sept. 3") ...
_SAID_ON: Final = compile_ascii(rf"\b(?:{_SAYING}|told\s+\w+)\s+(?:in|on)\s+$", re.IGNORECASE)
#: ... or by the date that opens its sentence ("In March, the firm said"), and the future of then
#: between the date and the month it looks ahead to ("would", "was to").
_SAID_AFTER: Final = compile_ascii(rf",?\s+[^.;:!?\n]{{0,60}}?\b(?:{_SAYING}|told)\b", re.IGNORECASE)
_WOULD_THEN: Final = compile_ascii(
    r"[^.;:!?\n]{0,80}?\b(?:would|was\s+to|were\s+to|was\s+going\s+to|were\s+going\s+to|planned\s+to"
    # (what was expected, aimed at or promised then: "said in June that it expected to finish by
    # October")
    r"|intended\s+to|hoped\s+to|expected\s+to|aimed\s+to|promised\s+to|pledged\s+to|vowed\s+to"
    r"|(?:was|were)\s+due\s+to)\b[^.;:!?\n]{0,80}$",
    re.IGNORECASE,
)
#: ... or by the date of a verb its saying is joined to: "sold the unit in October and said"
#: (not "Smith, who took over in January, said": another's clause).
_AND_SAID_AFTER: Final = compile_ascii(rf",?\s+and\s+(?:\w+\s+)?(?:{_SAYING})\b", re.IGNORECASE)
#: ... or what a past clause dated to a month was done ahead of, or in the run-up to: "The group
#: cut output in October, angering Washington ahead of the midterm elections in November".
_AHEAD_THEN: Final = compile_ascii(
    r"[^.;:!?\n]{0,80}?\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|in\s+preparation\s+for)\b"
    r"[^.;:!?\n]{0,60}$",
    re.IGNORECASE,
)
#: ... with no verb of the writer's present between ("and investors are positioning ahead of").
_PRESENT_BETWEEN: Final = compile_ascii(
    r"\b(?:is|are|am|will|expects?|plans?|says|remains?|looks?|now)\b", re.IGNORECASE
)
#: A date in its clause, right after the verb's preposition: "cut output |in| October".
_IN_ON_BEFORE: Final = compile_ascii(r"\b(?:in|on)\s+$", re.IGNORECASE)
#: ... with no past tense of its own: "said in March it would sell the unit it bought in July".
_OWN_PAST_BETWEEN: Final = compile_ascii(
    r"\b(?:it|which|that|they|he|she)\s+(?:had\s+)?\w+ed\s+(?:\w+\s+){0,3}$"
)


def _day_or_month_told(said: Mention) -> tuple[date, date] | None:
    """The first and last day of a date told as a day or a month of the calendar ("in March", "on
    Sept. 3"), which a saying may be dated by; None for any other."""
    interval = said.interval
    if (
        said.type != "DATE"
        or said.granularity not in ("day", "month")
        or interval is None
        or not isinstance(interval[0], date)
        or not isinstance(interval[1], date)
    ):
        return None
    return interval[0], interval[1]


def _year_of_saying(text: str, said: Mention, reference: date) -> int | None:
    """The year of a saying dated to a month or a day of the writer's year or the last ("said in
    January that"), for what it said of "the year"."""
    told = _day_or_month_told(said)
    if (
        told is None
        or told[1] > reference
        or not _SAID_ON.search(text, max(0, said.start - 24), said.start)
        or not THAT_NEXT.match(text, said.end)
    ):
        return None
    return told[0].year


def _future_from_saying(
    text: str, said: Mention, sentence_start: int, start: int, expr: Expr, reference: date, value: str
) -> tuple[str, str] | None:
    """A month (or a day of one) with no year that a saying dated to a month or day gone by looks
    ahead to, in the future of then ("would", "was to"), or that a past clause so dated was done
    ahead of ("cut output in October, ahead of the elections in November"): the first such after
    that date, where the first after the writer's day lies further on."""
    interval = _day_or_month_told(said)
    if (
        interval is None
        or interval[1] >= reference
        or expr.month is None
        or _OWN_PAST_BETWEEN.search(text, said.end, start)
    ):
        return None
    in_clause = _IN_ON_BEFORE.search(text, max(0, said.start - 4), said.start) is not None
    if _SAID_ON.search(text, max(0, said.start - 24), said.start):
        then_from = said.end  # "said in March that the law would take effect in July"
    elif (
        text[sentence_start : said.start].strip() in ("In", "On", "Back in")
        and (opening := _SAID_AFTER.match(text, said.end, start)) is not None
    ) or (in_clause and (opening := _AND_SAID_AFTER.match(text, said.end, start)) is not None):
        # "In March, the firm said it would cut jobs in July", "sold the unit in October and said
        # it would close the deal in December"
        then_from = opening.end()
    elif (
        in_clause
        and _AHEAD_THEN.fullmatch(text, said.end, start)
        and not _PRESENT_BETWEEN.search(text, said.end, start)
    ):
        then_from = -1  # "cut output in October, ahead of the elections in November"
    else:
        return None
    if then_from >= 0 and not _WOULD_THEN.fullmatch(text, then_from, start):
        return None
    told = interval[0]
    for year in (told.year, told.year + 1):
        try:
            then = date(year, expr.month, expr.day or 1)
        except ValueError:
            return None
        if then > told if expr.day else (year, expr.month) > (told.year, told.month):
            break
    else:
        return None
    then_value = f"{year:04d}-{expr.month:02d}" + (f"-{expr.day:02d}" if expr.day else "")
    if then_value >= value[: len(then_value)]:
        return None  # the same, or later: the reading from the writer's day stands
    return then_value, (
        f'the first {"day" if expr.day else "month"} of that name after "{said.text}" ({said.value}),'
        " when what was still to come was told"
    )


#: The verbs that say who said words quoted.
_QUOTE_SAYING: Final = r"said|told[^\S\n]+\w+|wrote|added|recalled|declared"
#: After a quotation's closing mark, who said it and the year they said it in: "'I will be back
#: next year,' he said in 2019", "..." Smith told reporters in 2019.
_SAID_IN_YEAR: Final = compile_ascii(
    rf"[,.!?]?[\"”'’]{{1,2}}[^\S\n]*,?[^\S\n]*(?:(?:he|she|they|it|[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){{0,3}})"
    rf"[^\S\n]+(?:{_QUOTE_SAYING})[^\S\n]+in[^\S\n]+(?P<year>{YEAR_RE}))\b"
)
#: ... or before its opening mark, the year opening the sentence: 'In 2015 he said: "...'.
_SAID_IN_YEAR_BEFORE: Final = compile_ascii(
    rf"\b[Ii]n[^\S\n]+(?P<year>{YEAR_RE}),?[^\S\n]+[^\"“.;!?\n]{{0,60}}?\b(?:{_QUOTE_SAYING})"
    r"[^\S\n]*[,:]?[^\S\n]*$"
)
#: How far a quotation's closing mark may stand after a year counted in it.
_QUOTE_END_REACH: Final = 200


def _quote_said_in(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, str] | None:
    """The year a quotation was said in, told right after it, for a year counted in it ("next
    year"), and the words that tell it."""
    if speaks_from_story(text, sentence, start) != "quoted":
        return None
    opening = max(text.rfind(mark, sentence[0], start) for mark in ('"', "“", "``"))
    if opening >= 0 and (before := _SAID_IN_YEAR_BEFORE.search(text, sentence[0], opening)) is not None:
        # 'In 2015 he said: "Next year we will build it."'
        return int(before["year"]), " ".join(before.group().strip(",:; ").split())
    close = min(
        (at for mark in ('"', "”", "''") if (at := text.find(mark, end, end + _QUOTE_END_REACH)) >= 0),
        default=-1,
    )
    if close < 0:
        return None
    said = _SAID_IN_YEAR.match(text, max(close - 1, end))
    if said is None:
        return None
    return int(said["year"]), " ".join(said.group().strip(",.!?\"”'’ ").split())


#: The hours after midnight, as a clock time's part ("T01:14"), and the words of the night before.
_SMALL_HOURS: Final = frozenset(f"T{hour:02d}:{minute:02d}" for hour in range(5) for minute in range(60))
_NIGHT_TOLD: Final = compile_ascii(r"\b(?:night|evening|late)\b|\bp\.?m\b", re.IGNORECASE)


#: How many digits the value of a decade, a century or a year has.
_PERIOD_DIGITS: Final = {"decade": 3, "century": 2, "year": 4}


def _period_told_before(last: Mention, digits: tuple[int, ...], text: str, start: int) -> bool:
    """Whether the mention before ``start`` is a decade, a century or a year (a value of one of
    so many ``digits``) told just before it in its paragraph."""
    return (
        last.type == "DATE"
        and len(last.value) in digits
        and last.value.isdigit()
        and start - last.end <= STORY_REACH
        and PARAGRAPH_BREAK.search(text, last.end, start) is None
    )


def _from_period_told(expr: Expr, last: Mention, text: str, start: int) -> tuple[str, str] | None:
    """A count of decades or centuries on from the decade or century told just before, in its
    paragraph ("passed in the 1970s ... amended a decade later": the 1980s; "built in the 1880s,
    restored a century later": the 1980s), which no story's
    date counts from (a decade is no day to go on from); so too a count of years from a fiscal
    year ("peaked in fiscal 1998 ... Three years later": 2001), which sets no story's months."""
    unit = expr.unit or "decade"
    digits = _PERIOD_DIGITS[unit]
    told = unit
    step = 1
    if unit == "century" and expr.n and _period_told_before(last, (_PERIOD_DIGITS["decade"],), text, start):
        # "built in the 1880s, restored a century later": the 1980s, a decade
        digits, told, step = _PERIOD_DIGITS["decade"], "decade", 10
    elif not _period_told_before(last, (digits,), text, start):
        return None
    value = int(last.value) + (expr.n or 0) * step
    if value < 0:
        return None
    counted = f"{counted_units(unit, expr.n)} " if expr.n else ""
    return f"{value:0{digits}d}", f'{counted}the {told} told just before, "{last.text}" ({last.value})'


def _turn_after_period_told(expr: Expr, last: Mention, text: str, start: int) -> tuple[str, str] | None:
    """ "the turn of the century" after a decade or a century told just before it, in its
    paragraph: the turn nearest to the decade ("In the 1890s ... By the turn of the century":
    1900), or at the end of the century ("In the late 19th century ... by the turn of the
    century": 1900, as a story goes on), not the writer's turn."""
    if (
        expr.kind != "deictic"
        or expr.rel not in ("turn", "turn-by")
        or expr.unit != "century"
        or not _period_told_before(last, (_PERIOD_DIGITS["century"], _PERIOD_DIGITS["decade"]), text, start)
    ):
        return None
    if len(last.value) == 3:  # a decade: the turn nearest to it
        turn = (int(last.value) * 10 + 50) // 100
    else:  # a century: the turn it ends with
        turn = int(last.value) + 1
    return f"{turn:02d}", f'the turn of a century nearest to the period told just before, "{last.text}": {turn * 100}'


def _counts_from_period_told(expr: Expr, last: Mention, tense: str | None) -> bool:
    """Whether an expression is of the decade, century or fiscal year told just before it (see
    ``_from_period_told``), not of a story's day nor of the writer's time."""
    if expr.kind == "anaphoric" and expr.n and expr.unit in ("decade", "century"):
        return True  # "The law, passed in the 1970s, was amended a decade later": the 1980s
    if expr.kind == "anaphoric" and expr.n and expr.unit == "year":
        # "Revenue peaked in fiscal 1998 at $4.2 billion. Three years later, it was sold": 2001
        return _FISCAL_WORDS.match(last.text) is not None
    # "In the 1990s, the firm grew fast, and by the end of the decade it employed 300 people":
    # the 1990s' end, not the writer's decade's nor the one before it; but "this decade", and
    # what looks ahead, are the writer's
    return (
        expr.kind in ("deictic", "anaphoric")
        and expr.unit == "decade"
        and not expr.n
        and expr.rel != "this"
        and tense != "future"
    )


def _year_of(value: str) -> int | None:
    """The year of a year's value ("2024"), None for any other."""
    return int(value) if len(value) == 4 and value.isdigit() else None


def _framing_year(year: int | None, first: int | None, expr: Expr, between: str = "") -> int | None:
    """The year a month takes from the year that frames its sentence; of a span of two years
    (a season, a fiscal year: "2025/26"), a month from July on is in the first, and so is the
    month the span is said to begin at (``between``: the words from the span to the month):
    "The 2026-27 financial year begins on 1 April" is 2026-04-01."""
    if first is not None and expr.kind == "part" and expr.part in ("FA", "WI"):
        return first  # "the 2020-21 winter": the winter that starts in December 2020 (2020-WI)
    if first is not None and expr.month is not None:
        edges = _SPAN_EDGE_VERB.findall(between) if between else None
        if edges:  # the verb nearest the month: "kicked off in August and ends on May 24"
            return first if edges[-1] else year
        if expr.month >= 7:
            return first
    return year


#: Between a year and a month in a clause that it sets in that year: "in the 2019-20 season, when
#: the title was decided in June", "in 1998, when prices fell in March".
_WHEN_CLAUSE: Final = compile_ascii(r"(?:[^\S\n]+[a-z]+){0,2},[^\S\n]+when\b[^.;:!?\n]{0,80}$")


def _when_clause_year(text: str, mentions: list[Mention], start: int, expr: Expr) -> tuple[int, str] | None:
    """The year written just before a clause opened by "when" that a month with no year stands in,
    and the words it was written in (with the first of a span of two years: "2019-20")."""
    i = len(mentions) - 1
    while i > 0 and mentions[i].type != "DATE":  # past a duration: "in 2003, when it lost power for a day on"
        i -= 1
    last = mentions[i]
    if last.granularity != "year" or not last.value.isdigit() or len(last.value) != 4:
        return None
    if last.rule not in ("year", "range") or not _WHEN_CLAUSE.fullmatch(text, last.end, start):
        return None
    year, first, words = int(last.value), None, last.text
    if i > 0 and (before := mentions[i - 1]).end == last.start - 1 and before.value == str(year - 1):
        first, words = year - 1, text[before.start : last.end]  # "the 2019-20 season"
    return _framing_year(year, first, expr) or year, words


#: Between a year and the months that say when in it: "three cuts last year, in February, May and
#: August", "earlier this year: March and June", "in 2019, during May".
_APPOSED: Final = compile_ascii(r"(?:,|:|[^\S\n][—–-])[^\S\n]*(?:(?:in|during|on)[^\S\n]+)?$")
#: ... or between a year that names an event and the day or month it was on: "the 1961 season,
#: Oct. 1", "the 2004 election, on Nov. 2" (after "the", see ``_THE_YEAR_BEFORE``).
_APPOSED_AFTER_EVENT: Final = compile_ascii(
    r"[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?,[^\S\n]*(?:(?:in|on)[^\S\n]+)?$"
)
_THE_YEAR_BEFORE: Final = compile_ascii(r"\bthe\s+$", re.IGNORECASE)
_APPOSED_EVENT_REACH: Final = 40
#: Between two months of a list ("February, May and August", "March or June").
_LIST_JOINT: Final = compile_ascii(r",?[^\S\n]*(?:(?:and|or)[^\S\n]+)?(?:(?:in|on)[^\S\n]+)?", re.IGNORECASE)
_APPOSED_NOTE: Final = "which the months after it place"
_COMPARED_YEAR: Final = compile_ascii(
    r"\b(?:since|than|from|to|until|till|before|after|with)\s+$", re.IGNORECASE
)


def _apposed_year(
    text: str, mentions: list[Mention], start: int, set_by: tuple[int, str] | None
) -> tuple[int, str] | None:
    """The year a month with no year takes from a year set just before it, and the words of that
    year ("last year, in February": 2024, told in 2025); a month that goes on a list of such
    months takes the year of the one before it ("..., May and August"): ``set_by`` tells where
    the last month so set ends, and the words of its year."""
    last = mentions[-1]
    # "on the final day of the 1961 season, Oct. 1": a day beside the event a year names
    beside_event = (
        start - last.end <= _APPOSED_EVENT_REACH
        and _THE_YEAR_BEFORE.search(text, last.start - 4, last.start) is not None
        and _APPOSED_AFTER_EVENT.fullmatch(text, last.end, start) is not None
    )
    if start - last.end > 16 and not beside_event:
        return None  # more than a comma, "and" or "in" between: most dates
    if set_by is not None and set_by[0] == last.end and last.granularity in ("month", "day"):
        if last.end < start and _LIST_JOINT.fullmatch(text, last.end, start):
            return int(last.value[:4]), set_by[1]
        return None
    if (
        last.granularity != "year"
        or not last.value.isdigit()
        or len(last.value) != 4
        or _FISCAL_WORDS.match(last.text)
        or not (beside_event or _APPOSED.fullmatch(text, last.end, start))
        # a year compared with, not set: "the highest since 2021, in March" is this March
        or _COMPARED_YEAR.search(text, last.start - 8, last.start)
    ):
        return None
    return int(last.value), last.text


#: Between a year and a month or season later in its clause, with no verb between: "hit in 2011
#: by the earthquake in Japan in March" (not "approved in 1987 had bought shares through March"):
#: "in" or "during" right before the month, no break of the clause, no verb.
_CLAUSE_REACH: Final = 80
_IN_BEFORE_MONTH: Final = compile_ascii(r"\b(?:in|during)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK: Final = compile_ascii(r"[,;:.!?()\"“”\n]")
_IN_YEAR: Final = compile_ascii(r"\b(?:in|during)\s+$", re.IGNORECASE)
_VERB_BETWEEN: Final = compile_ascii(
    r"\b(?:has|have|is|are|be|been|will|would|could|can|may|might|must|should|does|do|says|say|[a-z]+s\s+to"
    rf"|{PAST_VERB_SOURCE})\b",
    re.IGNORECASE,
)

#: A past verb that goes on with the subject of a year's clause, to a month or season: "imposed in
#: 2022 and lifted in October", "was in 2022, and lasted until the autumn"
_GOES_ON_IN_PAST: Final = compile_ascii(
    rf"^,?\s+and\s+(?:was\s+|were\s+)?(?:{PAST_VERB_SOURCE})\b[^,;:.!?()\"“”\n]*?"
    r"\b(?:in|during|until|till|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How many years before the writer's a year must be for a month told after it in the past to be
#: of it: "Prices fell in 2024 and rose in March" may be this March.
_STORY_YEARS_BACK: Final = 2


def _year_gone_on_from(
    text: str, mentions: list[Mention], start: int, reference: date | None
) -> tuple[int, str] | None:
    """The year of the clause before a month or season with no year, and its words, where a past
    verb goes on with the same subject, in a year some years before the writer's: "The last ban
    was imposed in 2022 and lifted in October" is October 2022 (``_GOES_ON_IN_PAST``)."""
    last = mentions[-1]
    if (
        reference is not None
        and _clause_year(text, last)
        and int(last.value) <= reference.year - _STORY_YEARS_BACK
        and start - last.end <= _CLAUSE_REACH
        and _GOES_ON_IN_PAST.search(text[last.end : start])
    ):
        return int(last.value), last.text
    return None


def _clause_year(text: str, told: Mention) -> bool:
    """Whether a mention is a year written alone as its clause's time, after "in" or "during"
    ("in 2011"): not an event's name ("the 2026 tournament") nor a year compared with ("the highest
    since 2021 in March" is this March)."""
    return (
        told.rule == "year"
        and told.granularity == "year"
        and told.value.isdigit()
        and len(told.value) == 4
        and _IN_YEAR.search(text, told.start - 8, told.start) is not None
    )


def _year_in_clause(
    text: str, mentions: list[Mention], start: int, sentence: tuple[int, int], set_by: tuple[int, str] | None
) -> tuple[int, str] | None:
    """The year written alone earlier in the clause of a month or season with no year, and its
    words, where only the clause's own words stand between, no verb: "sales were hit in 2011 by
    the earthquake and tsunami in Japan in March and by floods in Thailand in the autumn" (each
    of 2011; ``set_by``, as for ``_apposed_year``, carries the year on to the autumn)."""
    last = mentions[-1]
    if last.start < sentence[0] or start - last.end > _CLAUSE_REACH:
        return None
    if set_by is not None and set_by[0] == last.end and last.granularity in ("month", "day", "season"):
        year, words = int(last.value[:4]), set_by[1]
    elif _clause_year(text, last) and not _FISCAL_WORDS.match(last.text):
        year, words = int(last.value), last.text
    else:
        return None
    if (
        not _IN_BEFORE_MONTH.search(text, start - 12, start)
        or _CLAUSE_BREAK.search(text, last.end, start)
        or _VERB_BETWEEN.search(text, last.end, start)
    ):
        return None
    return year, words


#: How many years a count must span to be read as a look back from the writer's year.
_ANNIVERSARY_YEARS: Final = 2


def _count_to_writers_year(expr: Expr, mentions: list[Mention], reference: date) -> tuple[str, str] | None:
    """A count of years forward ("Twenty years on", "a decade later") that would pass the
    writer's year from the last date told, counted instead from the first date told that it
    brings to the writer's year: a look back from an anniversary.  None where no date does."""
    years = round((expr.n or 0) * UNIT_YEARS[expr.unit or "year"])
    if years < _ANNIVERSARY_YEARS:
        return None  # "over the next year or so": no look back
    for told in mentions:
        first = told.interval[0] if told.interval else None
        if isinstance(first, date) and told.type == "DATE" and first.year + years == reference.year:
            words = " ".join(told.text.split())
            return (
                f"{reference.year:04d}",
                f'{years} years after "{words}" ({first.year}), the writer\'s year: counted from the last'
                " date mentioned, it would pass the writer's day",
            )
    return None


#: Between a month or season and the year its record is told of: "the hottest summer on record
#: in 2024", "the wettest June ever in 2023", "the hottest summer on record was in 2024", "The
#: wettest May was in 1979"; or any other year written right after it ("the summer of 2022" is one
#: expression, "a cold January night in 1942" two).
_RECORD_THEN: Final = compile_ascii(
    r"(?:\s+(?P<record>on\s+record|ever(?:\s+recorded)?|yet|so\s+far))?(?:\s+(?:was|came))?"
    r"(?:\s+(?:day|night|morning|afternoon|evening|weekend))?\s+(?:in|of)\s+",
    re.IGNORECASE,
)


def _record_year_after(
    text: str, selected: list[tuple[int, int, int, Expr]], number: int, end: int
) -> tuple[int, str, bool] | None:
    """The year written alone right after a month or season, with only a record's words between
    ("the hottest summer on record in 2024") or none ("a cold January night in 1942"), its words,
    and whether a record's were between."""
    if number + 1 >= len(selected):
        return None
    n_start, n_end, _, n_expr = selected[number + 1]
    if (
        n_expr.kind != "calendar"
        or n_expr.year is None
        or n_expr.month is not None
        or n_start - end > 30
        or not (between := _RECORD_THEN.fullmatch(text, end, n_start))
        or PARAGRAPH_BREAK.search(text, end, n_start) is not None  # (not in the next paragraph)
    ):
        return None
    return n_expr.year, text[n_start:n_end], between["record"] is not None


#: The title of a round-up of a year, near the top: "2024: the year in review", "What to watch in
#: 2025", "The year ahead: 2025", "2023 in pictures" (a line of a title's length, with no
#: sentence's end).
_ROUND_UP_TITLE: Final = compile_ascii(
    r"^[^\S\n]*(?:#{1,6}[^\S\n]*)?(?=[^\n]{0,80}$)"
    r"(?=[^\n]*\b(?:review|preview|ahead|recap|to\s+watch|look(?:ing)?\s+back|in\s+pictures|key\s+dates"
    r"|round-?up|(?:year|month)\s+by\s+(?:month|day)|year\s+in\s+[a-z]+)\b)"
    r"[^\n]*?\b((?:19|20)\d\d)\b[^\n.!?]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ROUND_UP_WORDS: Final = (
    "review",
    "preview",
    "ahead",
    "recap",
    "watch",
    "look",
    "pictures",
    "key dates",
    "round",
    " by ",
    "year in ",  # "The year in science: 2024"
)
#: How far into a text a round-up's title may stand (under a date line and a by-line).
_ROUND_UP_REACH: Final = 300


def _same_holiday(holiday: str, day: str) -> bool:
    """Whether a day written beside a holiday may be its day: in the holiday's month, or within a
    week of the day reckoned for it in the same year (a lunar holiday kept a day apart: "Diwali
    falls on November 1 this year", reckoned October 31)."""
    if not DAY_VALUE.fullmatch(holiday):
        return False
    if holiday[:4] != day[:4]:
        return holiday[5:7] == day[5:7]
    return abs((date.fromisoformat(holiday) - date.fromisoformat(day)).days) <= 7


def _round_up_year(text: str) -> tuple[int, str, int] | None:
    """The year of a round-up's title ("2024: the year in review"), the title, and where it ends:
    the year its yearless months and days are of."""
    head = text[:_ROUND_UP_REACH].lower()
    if not any(word in head for word in _ROUND_UP_WORDS):  # (most texts: looked for first as text)
        return None
    found = _ROUND_UP_TITLE.search(text, 0, _ROUND_UP_REACH)
    if found is None:
        return None
    return int(found[1]), found.group().strip(), found.end()


def _month_told_in_sentence(mentions: list[Mention], sentence: tuple[int, int], day: date) -> Anchor | None:
    """The month of a day, told by itself earlier in a sentence ("April brings Easter on the
    20th"), as what a day of the month after it ("the 15th") is of."""
    for m in reversed(mentions):
        if m.start < sentence[0]:
            return None
        if (
            m.granularity == "month"
            and m.interval is not None
            and isinstance(m.interval[0], date)
            and (m.interval[0].year, m.interval[0].month) == (day.year, day.month)
        ):
            return Anchor(m.interval[0], "month", m.text)
    return None


def _edge_of_a_year_told(
    expr: Expr, ctx: Context, sentence: str, framing: int | None, in_sentence: bool = True
) -> bool:
    """Whether "the end of the year" or of the decade (the start, the middle) is the one of the
    story's last date, before the writer's.  Told in its ``sentence``, after a year written
    out: in a sentence that tells no future ("Sales rose in 2019, and by the end of the year the
    firm had hired 300"), or in any tense where that year opens the sentence ("June 2023: The
    offensive begins, but makes little headway by the end of the year"); rather than the
    writer's year, which it is alone ("The firm expects to hire 300 by the end of the year") or
    in a sentence that looks ahead ("The force will review why a warning issued in May 2023 was
    missed by the end of the year").  Told in a sentence after (not ``in_sentence``), in the
    past: "In 1966 she joined the ACLU. By the end of the decade she was leading a team", where
    the writer's decade has yet to end."""
    last, reference = ctx.last, ctx.reference
    if not (
        expr.kind == "deictic"
        and expr.unit in ("year", "decade")
        and expr.n == 0
        and expr.mod is not None
        and expr.rel is None
        and last is not None
        and reference is not None
        and not ctx.narrative
    ):
        return False
    size = 1 if expr.unit == "year" else 10
    if last.day.year // size >= reference.year // size:
        return False
    if not in_sentence:
        return ctx.tense == "past"
    return last.written and (
        framing == last.day.year or (ctx.tense != "future" and not tells_of_future(sentence))
    )


#: How near after a quarter told "the previous quarter" counts from it (characters).
QUARTER_TOLD_REACH: Final = 400
#: How far after a fiscal year's quarter ("the first quarter of fiscal 2025") the quarters told
#: with no year are still that fiscal year's: an earnings release's length.
FISCAL_TOLD_REACH: Final = 2000
_NUMBERED_QUARTERS: Final = frozenset({"Q1", "Q2", "Q3", "Q4"})


#: How far after "the week" a figure closes a day may be that closes it: "closed the week 1.7
#: percent lower on Friday" (characters).
_WEEK_DAY_AFTER_REACH: Final = 40
#: Before a weekday, what makes it a later or earlier time of that day: "will vote later Friday".
_LATER_THAT_DAY_BEFORE: Final = compile_ascii(r"\b(?:later|earlier)\s+(?:on\s+)?$", re.IGNORECASE)


def _bare_numbered_quarter(expr: Expr) -> bool:
    """Whether an expression is a quarter by its number alone ("the second quarter",
    "third-quarter"), with no year and not counted from another."""
    return (
        expr.kind == "part"
        and expr.part in _NUMBERED_QUARTERS
        and expr.year is None
        and expr.rel is None
        and not expr.n
    )


#: How near after a month or day told "the month" may be that month (characters).
MONTH_TOLD_REACH: Final = 250


#: What was then still to come: "was due to", "were to", "would".
_FUTURE_IN_THE_PAST: Final = compile_ascii(
    r"\b(?:(?:was|were)\s+(?:(?:due|set|scheduled|expected|slated|supposed|planned|going)\s+)?to|would)\b",
    re.IGNORECASE,
)


def _month_just_told(expr: Expr, ctx: Context, text: str, last_end: int, start: int) -> bool:
    """Whether "the end of the month" (its start, its middle), "the last day of the month", "the
    last week of the month" or "the end of the week", told in the past, is the month (or week) of
    a day or month told just before in its paragraph, one before the writer's ("Prices rose in
    March, and by the end of the month the firm had hired 300"; "The plane crashed on May 3. By
    the end of the week, the airline had grounded its fleet"), rather than the writer's, whose
    end is still to come.  (Told in the future it stays the writer's: "must report to prison by
    May 1. His lawyers would appeal by the end of the month.")"""
    if expr.kind == "deictic":
        if not (
            expr.unit in ("month", "week")
            and expr.n == 0
            and expr.rel is None
            and expr.mod in ("START", "MID", "END")
        ):
            return False
    elif not (expr.kind == "calendar" and expr.rel == "month" and expr.n is None):
        return False
    last, reference = ctx.last, ctx.reference
    if (
        ctx.narrative
        or last is None
        or reference is None
        or not (
            ctx.tense == "past"
            # ... or the future of the past, after the day told: "On Sept. 17 the council ordered
            # a survey, which was due to start at the end of the month"
            or (ctx.tense == "future" and _FUTURE_IN_THE_PAST.search(text, last_end, start) is not None)
        )
        or not 0 <= start - last_end <= MONTH_TOLD_REACH
        or PARAGRAPH_BREAK.search(text, last_end, start) is not None
    ):
        return False
    if expr.kind == "deictic" and expr.unit == "week":  # (not "the last week of the month")
        if last.granularity not in ("day", "week"):
            return False
        told, own = last.day.isocalendar()[:2], reference.isocalendar()[:2]
    else:
        if last.granularity not in ("day", "week", "month"):
            return False
        told, own = (last.day.year, last.day.month), (reference.year, reference.month)
    return told < own


#: Before the day of an update to a story, opening its line: "Update, March 4:", "**Update (March
#: 4):**", "UPDATED on March 4 -".
_UPDATE_BEFORE: Final = compile_ascii(
    r"(?:^|\n)[^\S\n]*[*_]*(?i:update[ds]?)[*_]*[^\S\n]*[,:(]?[^\S\n]*(?:on[^\S\n]+)?$"
)


#: A mail's line over the message it quotes: "On Tue, Mar 4, 2025 at 10:12 AM John Smith
#: <john@example.com> wrote:" (its day, then the line's end after "wrote:").
_ON_BEFORE: Final = compile_ascii(r"(?:^|\n)[^\S\n]*>*[^\S\n]*On[^\S\n]+$")
_WROTE_AFTER: Final = compile_ascii(r"[^\n]{0,120}?\bwrote:[^\S\n]*(?:\n|$)")


#: Between two months told together: "November and December", "October to December".
_MONTHS_JOINED: Final = compile_ascii(r"\s*(?:and|or|to|through|[-–])\s*", re.IGNORECASE)


def _second_of_months(text: str, mentions: list[Mention], end: int) -> bool:
    """Whether the month told last, ending at ``end``, closes a pair or range of months ("in
    November and December")."""
    if len(mentions) < 2 or mentions[-1].end != end:
        return False
    first, second = mentions[-2], mentions[-1]
    return (
        MONTH_VALUE.fullmatch(first.value) is not None
        and MONTH_VALUE.fullmatch(second.value) is not None
        and _MONTHS_JOINED.fullmatch(text, first.end, second.start) is not None
    )


def _holiday_on_weekday(mentions: list[Mention], sentence: tuple[int, int], value: str) -> Mention | None:
    """A holiday told before a weekday in its sentence that falls on that weekday, within a week
    of the day the weekday was read as ("will celebrate Easter Mass on Sunday")."""
    day = date.fromisoformat(value)
    for m in reversed(mentions):
        if m.start < sentence[0]:
            return None
        if m.rule == "holiday" and DAY_VALUE.fullmatch(m.value):
            feast = date.fromisoformat(m.value)
            if feast.weekday() == day.weekday() and abs((feast - day).days) <= 7:
                return m
    return None


def _last_weekday_in(mentions: list[Mention], sentence: tuple[int, int]) -> Mention | None:
    """The last weekday told in a sentence so far ("Thursday brings PMI readings for November,
    and on Friday ...": Thursday, past the month between)."""
    for m in reversed(mentions):
        if m.start < sentence[0]:
            return None
        if m.rule == "weekday":
            return m
    return None


#: Between a year that opens a sentence and a weekday, a clause of its own, which may be the
#: writer's week: "In 2019 he won the title, and on Saturday he lost it" (see ``_AFTER_AN_EVENT``).
_NEW_CLAUSE: Final = compile_ascii(r"[;:]|,\s+(?:and|but|while|whereas)\b|\s(?:but|while)\s", re.IGNORECASE)
#: After a weekday, an event it is counted from that no date names: "the Saturday after the
#: election", which is no day of the writer's week in a sentence of another year.
_AFTER_AN_EVENT: Final = compile_ascii(
    r"\s+(?:after|before|following|preceding)\s+(?:the|a|an|his|her|its|their)\s+[a-z]", re.IGNORECASE
)


def _year_opening(
    frame: tuple[int, int | None, str, int | None] | None, sentence: tuple[int, int]
) -> tuple[int, str] | None:
    """The one year (not a span of two) that opens a sentence, and its words (see ``frame`` in
    ``extract``)."""
    if frame is None or frame[0] != sentence[0] or frame[1] is None or frame[3] is not None:
        return None
    return frame[1], frame[2]


def _day_told_again(mentions: list[Mention], sentence: tuple[int, int], value: str) -> bool:
    """Whether a weekday is read as a day its sentence has told already: "more rain would arrive
    on Wednesday and last into Thursday, with a warning from Wednesday evening until midday
    Thursday" tells one Wednesday, not a second a week on."""
    for m in reversed(mentions):
        if m.start < sentence[0]:
            return False
        if m.rule == "weekday" and m.value[:10] == value[:10]:
            return True
    return False


#: A place in capitals opening a paragraph, before a dateline's day: "\n\nTOKYO, ", "\nNEW
#: DELHI, India, ".
_LATER_DATELINE_BEFORE: Final = compile_ascii(r"\n[^\S\n]*[A-Z][A-Z.'’ -]+,(?:[^\S\n]+[A-Z][A-Za-z.]+,)?[^\S\n]+$")


def _update_day(text: str, start: int, end: int, value: str) -> str | None:
    """Whether a day of the calendar dates an update to the story ("update"), heads a section of
    it ("heading"), a later item's dateline in a digest ("dateline") or a message a mail quotes
    ("message"): it opens its line after "Update", stands alone on its line, follows a place in
    capitals at a line's start, or stands in "On ... wrote:"."""
    if DAY_VALUE.fullmatch(value) is None:
        return None
    if _UPDATE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return "update"
    if _ON_BEFORE.search(text, max(0, start - 8), start) is not None and _WROTE_AFTER.match(text, end):
        return "message"  # "On Tue, Mar 4, 2025 at 10:12 AM John Smith wrote:": the quoted message's day
    if _LATER_DATELINE_BEFORE.search(text, max(0, start - _DATELINE_START), start) is not None and (
        _DATELINE_AFTER.match(text, end) is not None
    ):
        return "dateline"  # a digest's later item: "TOKYO, March 4 (Reuters) - ..."
    return "heading" if alone_on_its_line(text, start, end) else None


def extract(
    text: str,
    reference: date | None = None,
    *,
    reference_label: str = "reference date",
    day_first: bool = False,
) -> list[Mention]:
    """Find and resolve the temporal expressions of a text.

    Args:
        text: the document text.
        reference: the date the text was written (dateline, DCT); relative and partial dates
            are resolved against it.  None leaves them unresolved (``XXXX-07-28``).
        reference_label: how the reference is named in explanations ("dateline").
        day_first: read ``03/04/2024`` as 3 April rather than March 4.

    Returns:
        The mentions in text order.
    """
    from .rules import RULES

    sentences, selected = _scan(text)
    day_first, order = _numeric_order(text, selected, RULES, day_first, reference)
    anchor: Anchor | None = None
    anchor_end = 0
    quarter_told: tuple[Anchor, int] | None = None  # the last quarter told, and where it ends
    # the last fiscal year a quarter was told of with ("the first quarter of fiscal 2025"), its
    # words, and where they end: the quarters told after it with no year are that year's
    fiscal_told: tuple[int, str, int] | None = None
    # the first quarter a sentence tells of, not compared with, and where the sentence starts; and
    # the last quarter compared with ("expects first-quarter revenue of $25 billion, down from the
    # fourth quarter but up 35% from a year ago": a year before the first quarter)
    sentence_quarter: tuple[int, Anchor] | None = None
    compared_quarter: Anchor | None = None
    quarters_told: set[str] = set()  # ... and the quarters told so far
    day_anchor: Anchor | None = None
    day_anchor_end = 0
    day_anchor_counted = False  # the last day told was counted on from another ("The next day")
    # where the last month set by a year before it ends, and that year's words
    set_by: tuple[int, str] | None = None
    last: Anchor | None = None
    last_end = 0
    mentions: list[Mention] = []
    undated: Mention | None = None  # with no reference date, the last day told of no known year
    # the day of an update or a heading after the reference date ("Update, March 4:"), and its
    # words: the weekdays told under it count from it
    section: tuple[date, str] | None = None
    narrative = is_narrative(
        [c[3] for c in selected],
        reference,
        reference is None and lead_tells_news(text) and not _a_chronology(text, selected),
    )
    review = None if narrative else _round_up_year(text)
    following = next_years(selected)
    # a year opening the sentence: where, which year, its words, and for a span of two years
    # ("2025/26") the first, for the months of its second half (see ``_framing_year``)
    frame: tuple[int, int | None, str, int | None] | None = None
    frame_end = 0  # where the year of the frame ends
    yearless_before = False  # the last mention was a month or day with no year written
    story_before: Anchor | None = None  # the story's last date before the previous mention
    heading: tuple[int, str] | None = None  # a year on a line of its own, over a chronology
    this_week_sentence = -1  # the start of the last sentence with a day of the writer's week
    last_aside = False  # the story's last date followed such a day in its sentence
    last_start = -1  # where the story's last date starts (has it opened an item of a list?)
    # for each weekday told bare in the writer's week, the side of the reference date it fell on
    weekday_sides: dict[int, str] = {}
    # the weekday (0 for Monday) of the last such day read as still to come, while the last one
    # read was: the days of a week ahead are told in its order
    ahead_weekday: int | None = None
    ahead_day = ""  # ... and that day
    habit_told: tuple[int, str] | None = None  # where the last month told as every year's ends, and the word
    # the sentence a week opens ("Last week, ..."), its Monday, the words that name it, and whether
    # it is the week before (-1) or after (1) the writer's
    week_frame: tuple[int, date, str, int] | None = None
    # the end of the last "next week" told, the Monday of that week, and its words
    next_week_told: tuple[int, date, str] | None = None
    # the heading of a list of this day's events in other years ("On this date:"), once looked for
    this_date: object = _UNSEEN
    joined_cue: tuple[int, tuple[str, bool]] | None = None  # where the last cue read ends, and it
    # in a narrative, the last year told aside in a main clause ("will be held in 2025"), and
    # where it ends
    year_aside: tuple[Anchor, int] | None = None
    # "the week before the budget on March 26": the phrase, its rule, count and unit, and where
    # the day of its event is told
    event_on: tuple[int, int, str, int, str, int] | None = None
    for number, (start, end, index, expr) in enumerate(selected):
        last_here = last
        yearless = _yearless(expr)  # (looked up once: many of the checks below ask)
        rule_name = RULES[index].name
        sentence = sentences.around(start)
        if sentence[1] < end:  # the words run across a break the splitter took for a sentence end
            sentence = (min(sentence[0], start), max(end, sentences.around(end - 1)[1]))
        if event_on is not None and start > event_on[5]:
            event_on = None
        if (
            expr.mod == "event"
            and expr.unit in ("day", "week")
            and expr.n
            and (dated := EVENT_DATED_AFTER.match(text, end)) is not None
        ):
            # a calendar week ("the week before"), or a count of days ("a week after")
            event_count = (
                (expr.unit, expr.n)
                if expr.rel == "unit"
                else ("days", expr.n * (7 if expr.unit == "week" else 1))
            )
            event_on = (start, end, rule_name, event_count[1], event_count[0], dated.end())
        if start - sentence[0] > SENTENCE_REACH or sentence[1] - end > SENTENCE_REACH:
            sentence = _clamp(text, sentence, start, end)
        cue = None
        looked = False  # whether the tense around the mention was looked up
        if (
            (
                expr.kind in _TENSE_KINDS
                or expr.rel in ("the", "new", "full", "overnight")
                # "For the year, profit rose": the year just ended, told early in the next
                or (
                    expr.kind == "anaphoric"
                    and expr.unit in ("year", "month", "week")
                    and not expr.n
                    and expr.rel is None
                )
                or _edge_of_now(expr)
                # "The Fed meets this week", told on a Sunday: next week, if told as to come; and
                # "Protests erupted this weekend", told on a Monday: the weekend gone by
                or (
                    expr.kind == "deictic"
                    and not expr.n
                    and reference is not None
                    and (
                        (expr.unit == "week" and reference.weekday() == 6)
                        or (expr.unit == "weekend" and expr.rel == "this" and reference.weekday() <= 2)
                    )
                )
                # "Earlier in the week, ..." or "the previous weekend" after a day still to come:
                # told in the past, it is not that day's week (see ``resolve``)
                or (
                    expr.kind == "anaphoric"
                    and (expr.n or 0) <= 0
                    and anchor is not None
                    and reference is not None
                    and anchor.day > reference
                )
                # ... and, after a day gone by, "later in the day" (told in the future, the
                # writer's) and "the day after the funeral", counted from an event (told in the
                # future, no date gone by dates it: see ``resolve``)
                or (
                    expr.kind == "anaphoric"
                    and ((not expr.n and expr.unit == "day") or expr.mod == "event")
                    and anchor is not None
                    and reference is not None
                    and anchor.day < reference
                )
            )
            and expr.year is None
            and reference is not None
            and not narrative
        ):
            s0 = sentence[0]
            said = text[s0 : sentence[1]]
            reported = expr.kind == "part" and expr.part is not None and expr.part[0] in "QH"
            cue = tense_cue(said, start - s0, end - s0, reported)
            looked = True
            if (
                cue is not None
                and not cue[1]
                and (expr.kind == "part" or (expr.kind == "calendar" and expr.day is None))
                and ahead_of_dated_past(said, start - s0)
            ):
                # "The council voted on Tuesday to close the bridge in March": still to come from
                # this week's day, however near last March lies (a day of a month may be that
                # day's own: "said on Friday he would appear in court on Nov. 14")
                cue = ("future", True)
        if (
            cue is not None
            and not cue[1]
            and joined_cue is not None
            and joined_cue[1] == (cue[0], True)
            and _JOINED.fullmatch(text, joined_cue[0], start)
        ):
            # "dropped points in December and January": a date joined to one its verb governs is
            # governed as surely (told in November: last January, however near the next one lies)
            cue = joined_cue[1]
        elif (
            looked
            and cue is None
            and joined_cue is not None
            and _JOINED.fullmatch(text, joined_cue[0], start)
        ):
            # "The holiday falls on Good Friday and Easter Monday": a date joined to one with a
            # tense, with none of its own, has that one's (it was the nearest Easter Monday, of
            # another year than the Good Friday's)
            cue = joined_cue[1]
        if (
            cue == ("past", False)
            and expr.kind == "calendar"
            and expr.unit == "week"
            and _WEEK_TO.search(text, start, end) is not None
        ):
            # "Admissions rose 12% in the week to 5 December": a figure for a week gone by, as
            # surely as one for "the three months to November" (see ``tense_cue``)
            cue = ("past", True)
        if cue is not None:
            joined_cue = (end, cue)
        tense, strong = cue if cue else (None, False)
        measured = this_year_past = starting = False
        week_ahead_day = ""  # a later day of the week ahead: the day of the week ahead told before it
        # a month alone, in news: no year, day or word counting it ("in its November forecast")
        month_alone = (
            reference is not None
            and not narrative
            and expr.kind == "calendar"
            and expr.year is None
            and expr.day is None
            and not expr.rel
        )
        forecast = _named_forecast(text, start, end) if month_alone else None
        unplanned = False
        if reference is not None and not narrative and _unplanned_then(text, expr, end):
            # "the January leak", "the Tuesday blast": what no one plans has happened
            tense, strong, unplanned = "past", True, True
        elif (
            reference is not None
            and not narrative
            and _measured_month(text, expr, start, end)
            # ... but figures still to be published for a month long gone by are the next such
            # month's: "January's figures will be published in mid-February", told in December
            and not (tense == "future" and (reference.month - (expr.month or 0)) % 12 >= _FIGURES_OUT_MONTHS)
        ):
            # "below its December peak", "the October jobs report": a month's figures come after it
            tense, strong, measured = "past", True, True
        elif (month_alone and forecast == "compared") or (
            # ... or at an edge of the writer's year or month: "expects $2.10, down from $2.40
            # at the start of the year"
            (month_alone or (_edge_of_now(expr) and reference is not None and not narrative))
            and _compared_with(text, start)
        ):
            # "expects growth of 0.75%, down from 1.5% in its November forecast": a figure
            # compared with is known, whatever the tense of the sentence
            tense, strong = "past", False
        elif forecast == "named" and tense == "future":
            # "The Fed will publish its June projections", told in July: a forecast named by the
            # month it was made in, the nearest such month (one told in the past has been made)
            tense, strong = None, False
        elif (
            strong
            and (tense == "past" or _POSSESSED_AFTER.match(text, end) is not None)
            and _attributive_month(text, expr, start, end)
        ):
            # "a December cut was far from certain", "the June meeting's minutes will be published":
            # the verb is the cut's or the minutes', not the month's (but what "will" happen at a
            # month's event is still to come: "The June summit will be held in Rome", told in August)
            strong = False
        elif (
            tense == "past"
            and not strong
            and expr.kind == "calendar"
            and expr.year is None
            and not expr.rel
            and _THIS_YEAR_BEFORE.search(text, sentence[0], start)
            # (not a day of this year still to come: "raised prices twice this year, in January and
            # June, and plans another increase Dec. 1", told in October)
            and not (
                reference is not None
                and expr.month is not None
                and (expr.month, expr.day or 1) > (reference.month, reference.day)
            )
        ):
            # "its third cut this year, after moves in February and May", told in December: this
            # year's February, gone by, not the one a weak past would yield to, two months on
            strong = this_year_past = True
        if tense == "past" and not strong and yearless and _AS_OF_BEFORE.search(text, start - 8, start):
            # "As of Sept. 30, the fund held $2 billion", told in August: a figure known as of a
            # day gone by, last September's (not the nearest, to come)
            strong = True
        if expr.rel == "overnight" and tense is None and "tonight" in text[sentence[0] : start].lower():
            # "Tonight: Rain clearing east overnight": a forecast's night, tonight's
            tense = "future"
        if (
            expr.kind == "weekday"
            and expr.rel is None
            and tense is None
            and (side := weekday_sides.get(expr.weekday)) is not None  # type: ignore[arg-type]
        ):
            # "Outlook for Saturday to Monday ... Rain returns on Monday": with no tense of its
            # own, a day of the week told before is that day again, on its side of the writer's
            tense = side
        if expr.kind == "weekday" and expr.rel is None and starts_on(text, start):
            # "with pre-orders starting Friday": a start told of, still to come
            tense, strong, starting = "future", False, True
        elif expr.kind == "weekday" and tense is not None and planned_then(text, start):
            # "The plane was due to land on Friday", "prepared to leave on Friday": what was to
            # come then, which may have come since; the nearest such day
            tense, strong = None, False
        elif (
            tense == "past"
            and yearless
            and expr.kind == "calendar"
            and expr.day is None
            and _EXPECTED_THEN.search(text, start - 72, start)
        ):
            # "Economists had expected the next hike in December", told in August: the nearest
            # December, whichever side of the writer's date
            tense, strong = None, False
        later_in_week_ahead = (
            expr.kind == "weekday"
            and expr.rel is None
            and ahead_weekday is not None
            and tense in (None, "future")
            and expr.weekday > ahead_weekday  # type: ignore[operator]
            # ... but the day after the writer's is that day, whichever days were told before it
            # ("warnings until Monday ... until midnight on Sunday", told on a Saturday)
            and not (reference is not None and expr.weekday == (reference.weekday() + 1) % 7)
            # ... and so is a day of the week ahead told before ("Outlook for Saturday to Monday:
            # Unsettled on Saturday"): that day again
            and weekday_sides.get(expr.weekday) != "future"  # type: ignore[arg-type]
        )
        if later_in_week_ahead:
            # "On Wednesday, the Fed publishes its minutes. Thursday brings jobless claims. The main
            # event is Friday's jobs report": a later day of the week ahead, told in its order
            # (which the explanation tells where no tense did)
            later_in_week_ahead, week_ahead_day = tense is None, ahead_day
            tense = "future"
        elif (
            expr.kind == "weekday"
            and expr.rel is None  # ("This Friday's deadline looms": the word before tells)
            and not (strong and tense == "future")
            and text.startswith(_POSSESSIVE, end)
        ):
            # "Wednesday's ruling", "Thursday's closing price": what has happened; but "Investors
            # await Friday's jobs report", "preparing for Saturday's final": what is to come; and
            # the day of that name told before ("Germans vote Sunday ... Sunday's vote comes a
            # week after"), on its side of the reference date
            tense = (
                "future"
                if awaited_before(text, start)
                # "The union called off Wednesday's strike": called off before its day, told
                # before or after it: the nearest such day
                else None
                if _CALLED_OFF_BEFORE.search(text, start - 24, start)
                else weekday_sides.get(expr.weekday, "past")  # type: ignore[arg-type]
            )
        reach = DAY_ANCHOR_REACH
        if (
            expr.kind == "anaphoric"
            and expr.unit == "day"
            and not expr.n
            and anchor is not None
            and reference is not None
            and anchor.granularity != "day"
            and anchor.day > reference
        ):
            # "Earlier in the day", "later that day" after a month looked ahead to ("a decision
            # is expected in October"), which moved no story on: the day told before it, though
            # a paragraph or two back
            reach = SAME_DAY_REACH
        day = day_anchor if start - day_anchor_end <= reach else None
        day_left = (
            expr.kind == "anaphoric"
            and expr.unit == "day"
            and not expr.n
            and not narrative
            and reference is not None
            and anchor is not None
            and anchor.granularity == "day"
            and anchor.day.year < reference.year
            and last is not None
            and last.granularity in ("year", "decade")
            and last.day.year > anchor.day.year
        )
        # ("... on May 1 of that year, but violence surged in 2006 and 2007. ¶ Obama visited
        # soldiers earlier in the day": the story has left that day for later years; the writer's
        # day)
        ctx = Context(
            reference,
            reference_label,
            None if day_left else anchor,
            tense,
            day_first,
            last,
            narrative,
            strong,
            None if day_left else day,
        )
        if (
            expr.inverted
            and expr.unit in ("day", "week")
            and not narrative
            and (subject_day := _subject_day(text, start, sentence[0], mentions)) is not None
        ):
            # "A massive explosion in Beirut's port on Tuesday killed ... The explosion came three
            # days before a tribunal was due to deliver its verdict": from the day of the subject
            ctx = replace(ctx, anchor=subject_day, day=subject_day)
        if (
            expr.kind == "anaphoric"
            and not expr.n
            and expr.unit in ("day", "week")
            and tense == "future"
            and not narrative
            and reference is not None
            and anchor is not None
            and anchor_end < sentence[0]
            and anchor.day < reference - timedelta(days=7)
            # (a look back, no time the story went on from; or told with no "would", which may
            # tell a future of then: "On Feb. 13, 2022, officials met. They said talks would resume
            # later in the week")
            and (
                (last is not None and last_end < 0 and last.day == anchor.day)
                or _WOULD.search(text, sentence[0], start) is None
            )
        ):
            # "The last time Central Park had an inch of snow was on Feb. 13, 2022. Forecasters
            # said another blast would arrive later in the week": a day or week still to come is
            # the writer's, not that of a day gone by told aside in a sentence before
            ctx = replace(ctx, anchor=None, last=None, day=None)
        if (
            expr.rel == "year-back"
            and expr.unit == "period"
            and mentions
            and mentions[-1].sentence == sentence
            and mentions[-1].type == "DURATION"
            and _FIRST_SO_MANY.match(mentions[-1].text)
        ):
            # "In the first 10 months, CPI rose 2.1 percent from the same period last year": a span
            # of the writer's year, of which only the year before can be named (not the month
            # told last, a year back)
            ctx = replace(ctx, anchor=None, last=None)
        if (
            last is not None
            and last.since
            and expr.kind == "anaphoric"
            and expr.unit == "year"
            and _FIGURE_COMPARED.search(text, start - 60, start)
        ):
            # "the highest since 2019 ... up 3% from a year earlier": a figure compared with the
            # year before its own, not with the year before the record's
            ctx = replace(ctx, last=None)
        if section is not None and (
            (expr.kind == "weekday" and expr.rel in _OF_THE_WRITERS_WEEK) or expr.kind == "deictic"
        ):
            # "Update, March 4: The council said on Tuesday": that Tuesday, the update's own day;
            # so too "yesterday", "last week" or "next Monday" under a log's dated heading
            ctx = replace(ctx, reference=section[0], reference_label=section[1])
        if (
            narrative
            and expr.kind == "part"
            and expr.year is None
            and year_aside is not None
            and year_aside[1] >= sentence[0]
            and year_aside[1] > last_end
            and _OF_THE_YEAR.search(text, start, end)
        ):
            # "A session will be held in 2025, probably in the first half of the year": the year
            # told aside in the sentence, not the story's
            ctx = replace(ctx, last=year_aside[0])
        if (
            expr.kind == "calendar"
            and expr.month is None
            and expr.day is not None
            and anchor is not None
            and anchor.granularity == "day"
            and expr.day < anchor.day.day
            and (month := _month_told_in_sentence(mentions, sentence, anchor.day)) is not None
        ):
            # "April brings Easter on the 20th and the tax deadline on the 15th": a day of the
            # month the sentence names, not of the next one
            ctx = replace(ctx, anchor=month)
        elif (
            expr.kind == "calendar"
            and expr.month is None
            and expr.day is not None
            and expr.year is None
            and not narrative
            and reference is not None
            and anchor is not None
            and anchor.day > reference
            and anchor_end < sentence[0]
            and PARAGRAPH_BREAK.search(text, anchor_end, start) is not None
        ):
            # "Elections are due on June 7th. ¶ The Cabinet will meet again on the 19th", told on
            # March 15: a day looked ahead to in a paragraph before moves no story on; the
            # writer's month's
            ctx = replace(ctx, anchor=None)
        if (
            expr.kind == "part"
            and tense == "future"
            and (
                not _RESULTS.search(text, sentence[0], sentence[1])
                or _CHANGE_TO_COME.search(text, max(sentence[0], start - 80), start)
            )
        ):
            ctx = replace(ctx, results=False)
        elif expr.kind == "part" and tense is None and _QUARTER_FIGURES.match(text, end):
            ctx = replace(ctx, figures=True)  # "Infosys Q3 profit rises 11%" (see ``resolve_part``)
        if (
            narrative
            and expr.kind == "weekday"
            and anchor is not None
            and anchor.granularity == "day"
            # ... not when the story has moved to another year since ("Born on 3 February 1931 ...
            # retired in 1991 ... died on Sunday"): that year's Sunday is not told
            and (last is None or last.day.year == anchor.day.year)
        ):
            ctx = Context(
                anchor.day,
                f'last date mentioned, "{anchor.mention}",',
                anchor,
                None,
                day_first,
                last,
                narrative,
            )
        elif (
            narrative
            and last is not None
            and expr.kind == "deictic"
            and after_the_story(expr, last, reference)
            and (spoken := speaks_from_story(text, sentence, start))
            and (expr.n or spoken == "quoted")  # "tonight" in a quotation, not "had ... this year"
        ):
            # "Thieu resigned, saying Kissinger had tricked him into signing two years ago": a
            # person of the story, or what had been by the story's time, counts from that time
            ctx = replace(ctx, reference=last.day, reference_label=f'story\'s time, "{last.mention}",')
        if (
            # ("that December", "that fall", "that same spring")
            (expr.rel == "story-year" or (expr.kind == "part" and expr.rel == "story" and not expr.n))
            and mentions
            and mentions[-1].start >= sentence[0]
            and (told_year := dated_with_year(mentions[-1])) is not None
            and (last is None or last.day.year != told_year.day.year)
            # (not a year told in an aside: "Britain, which would lose its empire by 1960, fought
            # on through the summer of that year" is of the year of the war told before)
            and not (
                told_year.granularity == "year"
                and _RELATIVE_CLAUSE.search(text, mentions[-1].start - 80, mentions[-1].start)
            )
        ):
            # "barred from school since March 2022, and from universities since that December":
            # the year written just before, in the sentence, though what has gone on since a
            # date moves no story on
            ctx = replace(ctx, last=told_year)
        if (
            compared_quarter is not None
            and expr.unit == "year"
            and expr.n == -1
            and last is compared_quarter
            and sentence_quarter is not None
            and sentence_quarter[0] == sentence[0]
        ):
            # "first-quarter revenue ..., down from the fourth quarter but up 35% from a year
            # ago": a year before the quarter the sentence tells of, not the one compared with
            ctx = replace(
                ctx,
                last=sentence_quarter[1],
                anchor=sentence_quarter[1] if ctx.anchor is compared_quarter else ctx.anchor,
            )
        elif quarter_told is not None and start - quarter_told[1] <= QUARTER_TOLD_REACH:
            if expr.kind == "part" and expr.part == "Q" and expr.rel == "previous":
                if last is None or last.granularity != "quarter" or last.since:
                    # "GDP grew 5.4% in the first quarter ... this month. Growth matched the pace of
                    # the previous quarter": the quarter before the one told, though a date came between
                    ctx = replace(ctx, last=quarter_told[0])
            elif (
                expr.unit == "year"
                and expr.n == -1
                and last is not None
                and last.granularity == "quarter"
                and last is not quarter_told[0]
                # (not the quarter its own sentence tells of: "Third-quarter profit rose ... It
                # expects fourth-quarter earnings to be in line with last year's results")
                and not (
                    sentence_quarter is not None
                    and sentence_quarter[0] == sentence[0]
                    and sentence_quarter[1] is last
                    and last is not compared_quarter
                )
            ):
                # "Revenue for the quarter was $1.24 billion, up from $1.15 billion in the third
                # quarter of 2023. Net income was $142 million, compared with $118 million in the
                # prior-year period": a year before the quarter reported on, not the one compared with
                ctx = replace(ctx, last=quarter_told[0])
            elif (
                expr.unit == "year"
                and expr.n == -1
                and expr.kind in ("anaphoric", "deictic")
                and last is not None
                and last.granularity == "year"
                and not last.written
                and last.day.year > quarter_told[0].day.year
                and _FIGURE_COMPARED.search(text, start - 60, start)
            ):
                # "posted a drop in third-quarter earnings, and said it would cut spending next year.
                # It earned $41 million, compared with $165 million a year earlier": a year before
                # the quarter reported on, not before the year looked ahead to
                ctx = replace(ctx, last=quarter_told[0], anchor=quarter_told[0])
            elif (
                expr.rel == "year-back"
                and expr.unit in ("quarter", "period")
                and quarter_told[1] >= sentence[0]
            ):
                # "for its first quarter of fiscal 2025, ended July 28, 2024, up 18% from the same
                # quarter a year ago": the quarter the sentence reports on, not the one its end
                # day falls in
                ctx = replace(ctx, last=quarter_told[0])
        if (
            expr.kind == "anaphoric"
            and expr.unit == "year"
            and expr.n
            and last is not None
            and not last.written
            and last.granularity == "year"
            and last_start >= sentence[0]
            and _LAST_OR_NEXT_YEAR.fullmatch(last.mention)
        ):
            # "Revenue dropped to $300 million last year, down from $450 million the year before":
            # counted from the year just told in the sentence, as from one written out
            ctx = replace(ctx, last=replace(last, written=True))
        in_story = False
        in_story_week = False  # a day of a story told day by day, weeks back (below)
        year_told = False  # given the year of a year written near it (below)
        if heading is not None and framed(expr) and LIST_ITEM_BEFORE.search(text, start - 12, start):
            # a chronology under a year on a line of its own: "2022" ... "Feb 24 - Russia invades"
            value, why = resolve(replace(expr, year=heading[0]), ctx)
            year_told = True
            why = f'in {heading[0]}, under the heading "{heading[1]}"'
        elif (
            start < HEADLINE_LENGTH
            and expr.kind == "calendar"
            and framed(expr)
            and (
                lede := year_under_headline(
                    text, selected, number, expr, start, reference.year if reference is not None else None
                )
            )
            is not None
        ):
            # "Artemis II moon mission slips to April" over "NASA delayed it to no earlier than
            # April 2026": the headline's month is the one the story writes out under it
            value, why = resolve(replace(expr, year=lede[0]), ctx)
            year_told = True
            why = (
                f'in {lede[0]}, of "{lede[1]}", the same {"day" if expr.day else "month"} under the headline'
            )
        elif (
            frame is not None
            and frame[0] == sentence[0]
            and framed(expr)
            # not across a semicolon into a clause that looks ahead: "The 2019 final was held in
            # Paris; the next one is in May"
            and not (tense == "future" and text.find(";", frame_end, start) >= 0)
            # nor the date a source came out: "Last year, 3,000 jobs went, according to figures
            # released in March" (in a history, a source of its time may be meant)
            and (narrative or not _source_out_in(text, start))
        ):
            year = _framing_year(
                frame[1], frame[3], expr, text[frame_end:start] if frame[3] is not None else ""
            )
            value, why = resolve(replace(expr, year=year), ctx)
            year_told = year is not None
            of = f'in {year}, of "{frame[2]}"' if frame[3] is not None else f'in the year of "{frame[2]}"'
            why = f"{of}, which opens the sentence"
        elif framed(expr) and mentions and (when := _when_clause_year(text, mentions, start, expr)):
            value, why = resolve(replace(expr, year=when[0]), ctx)
            year_told = True
            why = f'in {when[0]}, of "{when[1]}", in which the "when" clause it stands in is set'
        elif framed(expr) and mentions and (apposed := _apposed_year(text, mentions, start, set_by)):
            # "cut three times last year, in February, May and August": each in 2024; "in 1988,
            # the summer of a record heat wave": that summer
            value, why = resolve(replace(expr, year=apposed[0]), ctx)
            year_told = True
            why = f'in {apposed[0]}, of "{apposed[1]}", {_APPOSED_NOTE if yearless else "which it is set beside"}'
            set_by = (end, apposed[1])
        elif (
            framed(expr)
            and mentions
            and (in_clause := _year_in_clause(text, mentions, start, sentence, set_by))
        ):
            # "sales were hit in 2011 by the earthquake in March and by floods in the autumn"
            value, why = resolve(replace(expr, year=in_clause[0]), ctx)
            year_told = True
            why = f'in {in_clause[0]}, of "{in_clause[1]}", earlier in its clause'
            set_by = (end, in_clause[1])
        elif framed(expr) and mentions and (gone_on := _year_gone_on_from(text, mentions, start, reference)):
            # "The last ban was imposed in 2022 and lifted in October"
            value, why = resolve(replace(expr, year=gone_on[0]), ctx)
            year_told = True
            why = f'in {gone_on[0]}, of "{gone_on[1]}": the past verb before it goes on with the same subject'
            set_by = (end, gone_on[1])
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and expr.part is None
            and (opening := _year_opening(frame, sentence)) is not None
            and reference is not None
            and opening[0] < reference.year
            and not narrative
            and tense != "future"
            and (
                _NEW_CLAUSE.search(text, frame_end, start) is None
                or _AFTER_AN_EVENT.match(text, end) is not None
            )
            # (not the day a saying is dated by: "Last year was the warmest on record, the
            # climate service said on Tuesday")
            and not SAID_DATED_BEFORE.search(text, start - SAID_REACH, start)
        ):
            # "In 2020, the race was called on Saturday", "Four years ago, the count took days, and
            # the race was called on the Saturday after the election": a Saturday of that year,
            # of no week told, not the writer's
            value = f"{opening[0]:04d}"
            why = (
                f'a {WEEKDAY_NAMES[expr.weekday or 0]} of {opening[0]}, of "{opening[1]}", which'
                " opens the sentence: no week of that year is told"
            )
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and week_frame is not None
            and week_frame[0] == sentence[0]
            and not narrative
            # ... but what was to come then may be to come still ("Last week, the firm said it would
            # report on Thursday"), and what will have been may be gone by
            and tense != ("future" if week_frame[3] < 0 else "past")
        ):
            # a day of the week that opens its sentence (see ``week_frame``): from its Monday on
            value, _ = resolve(expr, replace(ctx, reference=week_frame[1], tense="future", strong_tense=True))
            why = f'the {date.fromisoformat(value[:10]):%A} of "{week_frame[2]}", which opens its sentence'
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and next_week_told is not None
            and start - next_week_told[0] <= NEXT_WEEK_REACH
            and not narrative
            and tense == "future"
            and reference is not None
            and expr.weekday == reference.weekday()
            # (not "later Friday", told on a Friday: later that day)
            and _LATER_THAT_DAY_BEFORE.search(text, max(0, start - 12), start) is None
        ):
            # "The Treasury plans to sell $30 billion of notes next week ... The sale will include
            # $10 billion of notes on Tuesday", told on a Tuesday: that day of the week told
            value, _ = resolve(expr, replace(ctx, reference=next_week_told[1], tense="future", strong_tense=True))
            why = f'the {date.fromisoformat(value[:10]):%A} of "{next_week_told[2]}", told just before'
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and (by_day := weekday_by_day_after(text, selected, number, end, ctx, sentence)) is not None
        ):
            # "the Sunday after July Fourth", "the Monday before Christmas": counted from that day
            value, why = by_day
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and mentions
            and expr.weekday is not None
            and (by_holiday := weekday_by_holiday_before(text, mentions, start, end, expr.weekday))
            is not None
        ):
            value, why = by_holiday
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and expr.weekday is not None
            and reference is not None
            and day is not None
            and day.granularity == "day"
            and (by_event := weekday_by_event(text, start, end, expr.weekday, day, reference)) is not None
        ):
            value, why = by_event
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and day is not None
            and day.granularity == "day"
            and (nearest := weekday_nearest_day_told(text, start, end, expr.weekday, day)) is not None  # type: ignore[arg-type]
        ):
            value, why = nearest
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and tense == "past"
            and not strong
            and expr.weekday is not None
            and day is not None
            and day.granularity == "day"
            and day_anchor_end >= sentence[0]
            and day.day.year < 9999  # (a week on from it stays on the calendar)
            and ahead_of_dated_past(text[sentence[0] : sentence[1]], start - sentence[0])
        ):
            # "Ministers agreed on Monday to open some air corridors on Tuesday": what a deed of
            # a day looked ahead to, the first such day after it
            would_day = weekday_beside(day.day, expr.weekday, "after")
            value = would_day.isoformat() + (expr.part or "")
            why = (
                f'the first {would_day:%A} after "{day.mention}" ({day.day.isoformat()}),'
                " the day of the deed that looks ahead to it"
            )
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and tense == "future"
            and expr.weekday is not None
            and day is not None
            and day.granularity == "day"
            and reference is not None
            and day.day < reference
            and day.day.year < 9999  # (a week on from it stays on the calendar)
            and (would_day := weekday_beside(day.day, expr.weekday, "after")) < reference
            and _WOULD_BEFORE.search(text, start - 64, start)
            # (in news, not a day years back told in a paragraph before: "... after the
            # Challenger exploded on Jan. 28, 1986. ¶ O'Keefe said a board would begin its
            # inquiry on Monday" is the writer's next Monday)
            and (narrative or reference - day.day <= timedelta(days=366) or "\n" not in text[day_anchor_end:start])
            # (nor, in news, a day the story went back to from a later one told before it: "Spain
            # won the World Cup on Sunday ... lost their opening game on June 16 ... Del Bosque
            # said his team would celebrate on Monday night" is the writer's Monday)
            and (narrative or not _went_back_to(mentions, day.day))
        ):
            # "The next day, more sounds were heard. Officials said the oxygen would run out on
            # Thursday", told on a Sunday: a future of the story's day, the first Thursday after
            # it, not after the writer's
            value = would_day.isoformat() + (expr.part or "")
            why = f'the first {would_day:%A} after the last day told, "{day.mention}" ({day.day.isoformat()}): what would come then'
        elif (yearless or (expr.kind == "part" and expr.year is None and not expr.rel and expr.part not in ("Q", "H"))) and (
            record := _record_year_after(text, selected, number, end)
        ) is not None:
            # "the hottest summer on record in 2024", "the wettest June ever in 2023": that year's
            value, why = resolve(replace(expr, year=record[0]), ctx)
            why = f'in {record[0]}, of "{record[1]}", the year {"the record is told of" if record[2] else "written right after it"}'
        elif (
            (
                yearless
                or (expr.kind == "part" and expr.part in _SEASONS and expr.year is None and not expr.rel)
            )
            and expr.weekday is None
            and (habit := _habitual(text, start, end) or _habit_goes_on(text, habit_told, sentence, start))
        ):
            # "The rainy season typically runs from June to October", "Tourism usually peaks in
            # summer": every year's June or summer, no one
            value, _ = resolve(expr, Context(None, reference_label, day_first=day_first))
            why = f'{HABITUAL_NOTE} ("{habit}"): no one year'
            habit_told = (end, habit)
        elif (
            narrative
            and reference is None
            and yearless
            and last is not None
            # (a story told back from the latest year the text writes: not "Nov. 6 ... is expected
            # to cut them at its next meeting on Dec. 18", told of the text's own latest year)
            and last.day.year < max((c[3].year for c in selected if c[3].year is not None), default=0)
            and not _in_dated_item(text, last_start, last_end, start)
            and writers_future(text, sentence, start, end, planned=True)
        ):
            # "Elected on March 13, 2013 ... He was born on Dec. 17, 1936. The conclave is expected
            # to begin in May": the writer's May, in a text that does not say when the writer wrote
            value, _ = resolve(expr, Context(None, reference_label, day_first=day_first))
            why = f"no reference date: the year is unknown; {WRITERS_FUTURE_NOTE}"
        elif (
            narrative
            and reference is not None
            and expr.rel == "this"
            and expr.kind in ("part", "deictic")
            # (a narrative reads no tense for its dates: read here)
            and direction(text[sentence[0] : sentence[1]], start - sentence[0], end - sentence[0]) != "past"
            and speaks_from_story(text, sentence, start) is None
        ):
            # "For me it was the long, hot summer of 1976 ... This summer, the one just ending,
            # may be remembered for something else": "this", told in no past tense, is the writer's
            value, why = resolve(expr, replace(ctx, narrative=False))
            why = f"{why}; {THIS_IS_THE_WRITERS_NOTE}"
        elif (
            narrative
            and reference is not None
            and yearless
            and not _in_dated_item(text, last_start, last_end, start)
            and writers_future(text, sentence, start, end)
        ):
            # "She died in 1998 ... A memorial service will be held in January": what the writer
            # says will be is still to come from the writer's day, not in the story's year
            value, why = resolve(expr, replace(ctx, narrative=False, tense="future", strong_tense=True))
            why = f"{why}; {WRITERS_FUTURE_NOTE}"
        elif (
            (listed := _in_list(expr, ctx, text, start, (last_start, last_end)))
            or (
                _in_story(expr, ctx, start - last_end, _story_tense(text, sentence, start, tense), last_aside)
                # "have advanced since the fall of Avdiivka in February": up to the writer's now
                and not _up_to_now(text, sentence, start)
                and (
                    _story_goes_on(text, last_end, start, last.day.year if last else None, selected, number)
                    or _day_just_after(expr, last)
                )
                # a year that opens a sentence holds its paragraph, no more ("In 2011, the council
                # pushed back. ¶ On Feb. 28, Deutsche Bank released a note" is news)
                and not (
                    PARAGRAPH_BREAK.search(text, last_end, start)
                    and (
                        (last is not None and not (last.written and last.granularity != "year"))
                        # nor does a later paragraph that looks ahead ("The last shutdown, in
                        # December 2018 ... ¶ Mid-October: Military pay could be delayed")
                        or _LOOKS_AHEAD.search(text, sentence[0], sentence[1])
                    )
                )
            )
        ) and (story := _story_resolution(expr, ctx, listed)):
            in_story = True
            value, why = story
        elif yearless and (by_span := _held_by_last_span(expr, ctx, mentions, text, last_end, start, tense)):
            value, why = by_span
        elif (
            _bare_numbered_quarter(expr)
            and fiscal_told is not None
            and start - fiscal_told[2] <= FISCAL_TOLD_REACH
        ):
            # "its first quarter of fiscal 2025 ... 'We expect second-quarter revenue of $1.3
            # billion'": fiscal 2025's, whatever calendar quarter the writer's day is in
            value = f"{fiscal_told[0]:04d}-{expr.part}"
            why = f'a quarter of the fiscal year told before, "{fiscal_told[1]}"'
        elif (
            _bare_numbered_quarter(expr)
            and reference is not None
            and not narrative
            and _FISCAL_WORDS.search(text, start, end)
        ):
            # "Oracle's fiscal third-quarter revenue was flat", told in March 2013: a company's
            # quarter, numbered in its own year, named (as TimeML has it) by the writer's year,
            # not the calendar's third quarter gone by
            value = f"{reference.year:04d}-{expr.part}"
            why = f"a fiscal quarter, named by the year of {reference_label} {reference.isoformat()}"
        elif (
            expr.kind == "part"
            and expr.part == "Q"
            and expr.year is None
            and quarter_told is not None
            and start - quarter_told[1] <= QUARTER_TOLD_REACH
            and (
                # "Net loss for the third quarter ended Sept. 30 was $2 million. This quarter's
                # loss includes charges" ("the current quarter" is the one going on)
                (
                    expr.n == 0
                    and expr.rel is None
                    and tense != "future"
                    and text[start : start + 4].lower() == "this"
                )
                # "In the second quarter of 2023, sales fell. Revenue for the quarter was $412
                # million"; where several were told, the one reported on is not known ("grew 8.2%
                # in the July-September quarter ... Growth in the April-June quarter was revised
                # ... had projected growth of 7% for the quarter")
                or (expr.rel == "the" and len(quarters_told) == 1)
            )
        ):
            # the quarter reported on, not the one the writer's day is in or the last one over
            value = quarter_value(quarter_told[0].day)
            why = f'the quarter reported on, "{quarter_told[0].mention}", told just before'
        elif expr.kind == "part" and (ended := _quarter_ended(expr, ctx, text, end, selected, number)):
            value, why = ended
        elif (
            expr.kind == "anaphoric"
            and expr.unit in ("day", "week")
            and expr.n
            and expr.part is None
            and (opening := _year_opening(frame, sentence)) is not None
            and anchor is not None
            and anchor.day.year != opening[0]
            # (not a day told after the year in its sentence: "Next year marks 80 years since the
            # bombing of Hiroshima on Aug. 6, 1945, and of Nagasaki three days later")
            and anchor_end <= sentence[0]
        ):
            # "On Dec. 5, 1933, ... In 1955, Parks was fined after being arrested four days
            # earlier": counted from a day of the year that opens the sentence, not an older day
            value = f"{opening[0]:04d}"
            why = (
                f'{"after" if expr.n > 0 else "before"} a day of {opening[0]}, of "{opening[1]}", which'
                " opens the sentence: no day can be named, only the year"
            )
        elif (
            expr.unit == "year"
            and expr.n == -1
            and expr.kind in ("anaphoric", "deictic")
            and expr.rel is None
            and expr.mod is None
            and not narrative
            and anchor is not None
            and anchor.granularity == "month"
            and anchor_end >= sentence[0]
            # (not after a month counted back from now, itself compared with: "up 20 cents from a
            # month ago but 5 cents lower than a year ago" are both counted from now)
            and not anchor.mention.lower().endswith(" ago")
            and _FIGURE_COMPARED.search(text, start - 60, start)
        ):
            # "Unemployment hit 26.2% in January, up from 18% a year earlier": a monthly figure
            # compared with the same month's a year before
            value = f"{anchor.day.year - 1:04d}-{anchor.day.month:02d}"
            why = f'the same month a year before "{anchor.mention}", whose figure it is compared with'
            if _second_of_months(text, mentions, anchor_end):
                # "sales in November and December to rise 4% from last year": both months of it,
                # no one month
                value = value[:4]
                why = f'the year before that of "{anchor.mention}" and the month told with it, whose figure it is compared with'
        elif (
            expr.kind == "deictic"
            and (
                sentence[0] <= last_end
                # ... or in a sentence just after, in its paragraph
                or (
                    start - last_end <= MONTH_TOLD_REACH
                    and expr.mod is not None
                    and PARAGRAPH_BREAK.search(text, last_end, start) is None
                )
            )
            and _edge_of_a_year_told(
                expr,
                ctx,
                text[sentence[0] : sentence[1]],
                frame[1]
                if frame is not None and frame[0] == sentence[0]
                else _opening_day_year(ctx.last, sentence[0], last_start, reference),
                sentence[0] <= last_end,
            )
        ):
            # "Sales rose in 2019, and by the end of the year the firm had hired 300": that year
            value, why = resolve(replace(expr, kind="anaphoric"), ctx)
        elif (expr.unit in ("month", "week") or expr.rel == "month") and _month_just_told(
            expr, ctx, text, last_end, start
        ):
            # "In June, a heatwave hit Spain. By the last day of the month, 2,000 had died": June's
            value, why = resolve(
                replace(expr, kind="anaphoric")
                if expr.kind == "deictic"
                else replace(expr, rel="story-month"),
                ctx,
            )
        elif expr.inverted and (clause := _dated_clause_after(text, sentence, end, selected, number, ctx)):
            # "The attack came two days before a teenager stabbed a bishop on Monday evening"
            value, why = clause
        elif (
            rule_name == "the-year"
            and expr.unit == "week"
            and number + 1 < len(selected)
            and selected[number + 1][0] - end <= _WEEK_DAY_AFTER_REACH
            and (closed_on := _day_told_next(text, sentence, end, selected, number, ctx)) is not None
        ):
            # "Stocks had closed the week 1.7 percent lower on Friday": the week of that Friday
            value = week_value(date.fromisoformat(closed_on[0]))
            why = f'the week of the day told after it, "{closed_on[1]}" ({closed_on[2]})'
        elif (
            narrative
            and last is not None
            and yearless
            and _SINCE_THEN.search(text, start - 7, start)
            and (back := _since_before_story(expr, ctx, last))
        ):
            # "boycotting the Council since January", told of June 1950: the January before
            value, why = back
        elif (
            ((expr.kind == "weekday" and expr.rel is None) or _the_weekend(expr))
            and tense == "past"
            and day is not None
            and day_anchor_counted
            and _weeks_back(day, reference)
            and (
                "\n" not in text[day_anchor_end:start].strip()  # in the paragraph of that day
                # ... or opening the next, a day or two on ("... withdrew $40 million that
                # afternoon. ¶ On Tuesday, the line stretched around the block")
                or _next_days_paragraph(text, expr, day, day_anchor_end, start)
            )
            and not SAID_DATED_BEFORE.search(text, start - SAID_REACH, start)
            and not text.startswith(_POSSESSIVE, end)  # "as of Friday's close": the writer's week
            # "The post, shared 20,000 times since Tuesday, omits that vote": up to the writer's
            # day, from the writer's week (not "had been closed since Saturday")
            and not (
                _SINCE_THEN.search(text, start - 7, start)
                and not HAD.search(text, sentence[0], sentence[1])
            )
        ):
            # a story told day by day, weeks back: "On April 24, a blog reported it. The next day,
            # customers withdrew $40 million. By Saturday, the regulator had closed the bank."
            value, why = (
                _weekend_of_story(day) if _the_weekend(expr) else resolve(replace(expr, rel="story"), ctx)
            )
            in_story_week = True
        elif (
            expr.kind == "anaphoric"
            and expr.n
            and expr.mod is None
            and expr.rel is None
            and not expr.inverted
            and mentions
            and mentions[-1].start >= sentence[0]
            and text[mentions[-1].end : start] == ", "
            and mentions[-1].granularity in _BESIDE_A_COUNT.get(expr.unit or "", ())
            and _APPOSITION_ENDS.match(text, end) is not None
        ):
            # "The ship sank in 1545 and was raised in 1982, 437 years later": the date it stands
            # beside, so long after the one before it (not 437 years after 1982)
            value = mentions[-1].value
            why = (
                f'the date it stands beside, "{mentions[-1].text}":'
                f" {counted_units(expr.unit or 'day', expr.n)} a date before it"
            )
        elif (
            expr.mod == "event"
            and expr.unit in ("day", "week")
            and mentions
            and text.endswith(", ", 0, start)
            and (beside := _day_beside(text, mentions, start, sentence, expr.rel != "unit")) is not None
        ):
            # "Jobs died on October 5, the day after the iPhone 4S was unveiled": the phrase
            # stands beside the day it names, counted from an event it does not date ("in early
            # November, three weeks before the Eurogroup meets": the month)
            beside_day = beside.granularity == "day"
            value = beside.value.partition("T")[0] if beside_day else beside.value
            side = "after" if (expr.n or 0) > 0 else "before"
            count = (
                "the day"
                if expr.rel == "unit"
                else counted_units(expr.unit or "day", abs(expr.n or 0)).rsplit(" ", 1)[0]
            )
            why = (
                f'the {"day" if beside_day else "month"} it stands beside, "{beside.text}": {count} {side}'
                " an event the text does not date"
            )
        elif (
            (
                expr.kind == "deictic"
                and expr.unit == "year"
                and expr.n == 0
                and expr.mod is not None
                and expr.rel is None
            )
            or (
                expr.kind == "part"
                and expr.year is None
                and not expr.rel
                and _OF_THE_YEAR.search(text, start, end) is not None
            )
        ) and (refined := _YEAR_REFINED.search(text, start - 48, start)) is not None:
            # "The plant will reopen in 2026, most likely at the end of the year", "in 2027,
            # probably in the second half of the year": the year just written, made finer
            year = int(refined["y"])
            value, _ = resolve(
                Expr("calendar", year=year, mod=expr.mod)
                if expr.kind == "deictic"
                else replace(expr, year=year),
                ctx,
            )
            why = f"in {year}, the year written just before it"
        elif (
            review is not None
            and framed(expr)
            and start >= review[2]
            # (not what a verb tells of another year: "In March, Nvidia reported record sales",
            # under "Stocks to watch in 2025", told in December 2024)
            and not (
                strong
                and reference is not None
                and tense == ("past" if review[0] > reference.year else "future")
            )
        ):
            # "2024: the year in review" over "January: Taiwan elects ...", "What to watch in
            # 2025" over "In June, the G7 meets": the round-up's year
            value, _ = resolve(replace(expr, year=review[0]), ctx)
            why = f'in {review[0]}, the year of the round-up "{review[1]}"'
        else:
            value, why = resolve(expr, ctx)
        if (
            expr.kind == "anaphoric"
            and expr.unit in ("year", "decade", "century")
            and (expr.n or 0) > 0
            and reference is not None
            and tense != "future"
            and value[:4].isdigit()
            and int(value[:4]) > reference.year
            and (landed := _count_to_writers_year(expr, mentions, reference)) is not None
        ):
            # "The blackout hit on Aug. 14, 2003 ... its rules became law in 2005. Twenty years
            # on, engineers say": from the day the story is about, to the writer's year, not past it
            value, why = landed
        if (
            yearless
            and tense == "future"
            and reference is not None
            and not narrative
            and mentions
            and mentions[-1].start >= sentence[0]
            and (then := _future_from_saying(text, mentions[-1], sentence[0], start, expr, reference, value))
            is not None
        ):
            # "The minister said in March that the law would take effect in July", told in
            # October: the July after the saying, not the next one after the writer's day
            value, why = then
        if (
            expr.kind == "part"
            and expr.year is None
            and reference is not None
            and not narrative
            and mentions
            and mentions[-1].start >= sentence[0]
            and _OF_THE_YEAR.search(text, start, end) is not None
            and (said_year := _year_of_saying(text, mentions[-1], reference)) is not None
        ):
            # "had said in January that his working assumption was an election in the second half
            # of the year": the year of the saying, whatever the tense of what was said (but what
            # was to come of a half over by then is of the next: "said in December that growth
            # would slow in the first half of the year")
            said_value, _ = resolve(replace(expr, year=said_year), ctx)
            said_span = span_of(said_value)
            if said_span is not None and not (
                tense == "future" and mentions[-1].interval and said_span.end < mentions[-1].interval[0]
            ):
                value = said_value
                why = f'in the year of the saying dated "{mentions[-1].text}" ({mentions[-1].value})'
        if (
            expr.kind == "deictic"
            and expr.unit == "year"
            and expr.n is not None
            and expr.mod is None
            and (said_in := _quote_said_in(text, sentence, start, end)) is not None
        ):
            # "'I will be back next year,' he said in 2019": counted from the year it was said
            year = said_in[0] + expr.n
            value, why = (
                f"{year:04d}",
                f"{counted_units('year', expr.n) if expr.n else 'the year'} {said_in[0]},"
                f' when it was said ("{said_in[1]}")',
            )
        if (
            expr.kind == "weekday"
            and expr.type == "TIME"
            and day is not None
            and reference is not None
            and day.day == reference
            and expr.part in _SMALL_HOURS
            and _NIGHT_TOLD.search(day.mention) is not None
            and (after_night := reference + timedelta(days=1)).weekday() == expr.weekday
            and value[:10] != after_night.isoformat()
        ):
            # "beat Lehecka on Monday night ... The match finished at 1:14 a.m. Tuesday": the
            # small hours after the night told, past the story's own date, not a week back
            value = after_night.isoformat() + (expr.part or "")
            why = f'the small hours after "{day.mention}" ({day.day.isoformat()}), the night told just before'
        if (
            mentions
            and _counts_from_period_told(expr, mentions[-1], tense)
            and (counted := _from_period_told(expr, mentions[-1], text, start)) is not None
        ):
            value, why = counted
        elif mentions and (turned := _turn_after_period_told(expr, mentions[-1], text, start)) is not None:
            value, why = turned
        if (
            rule_name == "year"
            and expr.month is None
            and expr.rel is None
            and expr.year is not None
            and _opens_item(text, start, end)
            # (the heading looked for once a text, where a year first opens an item)
            and (this_date := _this_date_heading(text) if this_date is _UNSEEN else this_date) is not None
            and (on_this := _on_this_date(text, start, end, mentions, reference, this_date))  # type: ignore[arg-type]
            is not None
        ):
            # "On this date: ¶ In 1620, the Mayflower sighted land": that year's day of the list
            value, why = on_this
        if not value:
            continue
        if measured:
            why = why.replace("(past tense)", "(what is measured over a month is known once it is over)")
        elif unplanned:
            why = why.replace("(past tense)", "(what no one plans is told of once it has happened)")
        elif this_year_past:
            why = why.replace("(past tense)", '(past tense, after "this year" in its sentence)')
        elif starting:
            why = why.replace("(future tense)", "(what starts then is still to come)")
        elif later_in_week_ahead:
            why = why.replace(
                "(future tense)",
                f"(told after {WEEKDAY_NAMES[ahead_weekday]}, a day of the week ahead)",  # type: ignore[index]
            )
        if (
            expr.kind == "weekday"
            and expr.rel is None
            and DAY_VALUE.fullmatch(value[:10])
            and (feast := _holiday_on_weekday(mentions, sentence, value[:10])) is not None
        ):
            # "will celebrate Easter Mass on Sunday", told on Good Friday: Easter Sunday, whatever
            # days of the week ahead were told before it
            value = feast.value[:10] + value[10:]
            why = f'the day of "{feast.text}" ({feast.value[:10]}), told before it in its sentence'
        elif week_ahead_day and DAY_VALUE.fullmatch(value[:10]) and value[:10] <= week_ahead_day:
            # "Thursday brings PMI readings. On Friday, ...", told on a Friday: the Friday after
            # that Thursday, not the writer's own day
            day_on = date.fromisoformat(value[:10]) + timedelta(days=7)
            value = day_on.isoformat() + value[10:]
            why = (
                f"the first {WEEKDAY_NAMES[day_on.weekday()]} after {week_ahead_day}, a day of the week"
                " ahead told before it"
            )
        if is_stand_in(value, ctx):  # counted from a story's day before year 1: written back there
            value, why = restore(value, why)
        if expr.mod == "numeric":  # "05/03/2024": which number is the month
            why = f"{why}, read {order}"
        if (
            expr.kind == "weekday"
            and expr.rel is None
            and not (narrative or in_story_week)
            and reference
            and value[:4].isdigit()  # a day, not any such weekday ("XXXX-...")
        ):
            ahead = value > reference.isoformat()
            weekday_sides[expr.weekday] = "future" if ahead else "past"  # type: ignore[index]
            # (a day of the week ahead: not "the Monday after Easter", told 12 days before it)
            in_week_ahead = ahead and value[:10] <= (reference + timedelta(days=6)).isoformat()
            ahead_weekday = expr.weekday if in_week_ahead else None
            ahead_day = value[:10] if in_week_ahead else ""
        if expr.kind == "weekday" and mentions and weekday_range(text, mentions[-1], start, expr.weekday):
            # "from Monday to Friday", "between Tuesday and Thursday": the range runs forwards
            value, why, mentions[-1] = order_range(mentions[-1], value, why, tense)
        elif (
            expr.kind == "weekday"
            and mentions
            and reference is not None
            and (earlier := told_as_earlier(text, mentions[-1], sentence, start, value, reference))
        ):
            # "announced on Thursday that it had agreed on Tuesday": the Tuesday before it
            value, why = earlier
        elif (
            expr.kind == "weekday"
            and expr.rel is None
            and tense == "future"
            and reference is not None
            and (weekday_told := _last_weekday_in(mentions, sentence)) is not None
            and not _day_told_again(mentions, sentence, value)
            and (week_on := told_as_later(text, weekday_told, sentence, (start, end), value, reference))
        ):
            # "will close on Saturday and reopen on Monday", told on a Monday: the Monday after
            value, why = week_on
        elif (
            expr.kind == "calendar"
            and yearless
            and mentions
            and (moved := moved_from(text, mentions[-1], sentence, start, expr))
        ):
            # "moved the release to May 1, 2026, from its original Feb. 13 date": Feb. 13, 2026
            value, why = moved
        elif (
            expr.kind == "calendar"
            and yearless
            and mentions
            and (planned := planned_before(text, mentions, start, expr))
        ):
            # "will now launch no earlier than April 2026 ... had been aiming for February": 2026's
            value, why = planned
        elif (
            yearless
            and expr.kind == "calendar"
            and expr.day is None
            and number > 0
            and selected[number - 1][3].inverted
            and selected[number - 1][0] >= sentence[0]
            and mentions
            and mentions[-1].end == selected[number - 1][1]
            and MONTH_VALUE.fullmatch(mentions[-1].value) is not None
            and (near := nearest_to(expr, mentions[-1].value)) is not None
            and near != value
        ):
            # "They came 10 months after gunmen killed 12 people ... in January": the month the
            # count dates the clause after it to, not the one nearest the writer's
            value = near
            why = (
                f'the one nearest to "{" ".join(mentions[-1].text.split())}" ({mentions[-1].value}),'
                " which the clause after the phrase is counted to"
            )
        elif (
            yearless
            and yearless_before
            and expr.day is not None
            and DAY_VALUE.fullmatch(value) is not None
            and DAY_VALUE.fullmatch(mentions[-1].value) is not None
            and mentions[-1].value[5:7] == value[5:7]
            and mentions[-1].value[8:] < value[8:]
            and mentions[-1].value[:4] != value[:4]
            and DAY_LIST_JOINT.fullmatch(text, mentions[-1].end, start)
        ):
            # "will walk out on 24, 25 and 27 June", told in August: each of next June's, though the
            # nearest 27 June lies back in this one; the days of a list are of the first one's year
            value = f"{mentions[-1].value[:4]}{value[4:]}"
            why = f'in the year of "{mentions[-1].text}", the day before it in a list'
        elif yearless and yearless_before and calendar_range(text, mentions[-1], start):
            # "between January and October", "from Dec. 28 to Jan. 3": within one year's turn
            value, why, mentions[-1] = order_months(mentions[-1], value, why, tense)
            if (narrative or in_story) and story_before is not None:
                value, why, mentions[-1] = range_round_story(mentions[-1], value, why, story_before)
            elif reference is not None:
                value, why, mentions[-1] = range_round_now(mentions[-1], value, why, reference)
        elif (
            yearless
            and yearless_before
            and _THEN_ENDS.fullmatch(text, mentions[-1].end, start)
            and MONTH_VALUE.fullmatch(value)
            and MONTH_VALUE.fullmatch(mentions[-1].value)
            and value[4:] < mentions[-1].value[4:]
            and value[:4] <= mentions[-1].value[:4]
        ):
            # "Classes will begin on Aug. 20 and end on June 5": what begins one day ends after it,
            # in the next year
            value = f"{int(mentions[-1].value[:4]) + 1:04d}{value[4:]}"
            why = (
                f'in the year after "{" ".join(mentions[-1].text.split())}" ({mentions[-1].value}):'
                " what ends here begins then"
            )
        elif (
            (narrative or in_story)
            and story_before is not None
            and yearless
            and yearless_before
            and AND_JOINT.fullmatch(text, mentions[-1].end, start)
        ):
            # "compared to the carnage of November and January", told from April: a look back
            value, why, mentions[-1] = pair_back_from_story(mentions[-1], value, why, story_before)
        elif (
            not (narrative or in_story)
            and tense is None
            and yearless
            and yearless_before
            and PAIR_JOINT.fullmatch(text, mentions[-1].end, start)
        ):
            # "the playoffs in May and June": with no tense of its own, June goes on from May
            value, why = after_pair(mentions[-1], value, why)
        elif (
            expr.kind == "anaphoric"
            and (expr.n or 0) > 0
            # (not "The attacks came two weeks before Paris is due to host a summit": what the
            # past tense tells is the subject's, not the clause after the phrase)
            and not expr.inverted
            and yearless_before
            and not narrative
            and reference is not None
            and (later := happened_later(text, sentence, start, end, value, mentions[-1], reference))
        ):
            # "married in June and divorced six months later", told in November: last June
            value, why, mentions[-1] = later
        if (
            reference is not None
            and expr.kind == "calendar"
            and expr.year is None
            and (value == reference.isoformat() or (reference_label == "dateline" and expr.weekday is None))
            and (expr.month, expr.day) == (reference.month, reference.day)
            # near the start of its line (looked for only that far back: one long line stays linear)
            and (
                start <= _DATELINE_START
                or (line_start := text.rfind("\n", start - _DATELINE_START - 1, start)) >= 0
            )
            # in the first sentence, or the first date of all under a headline and a by-line, or
            # the first of its line under a headline that tells dates of its own ("Two years on,
            # Israel marks anniversary of October 7 attack\n\nJERUSALEM, Oct 7 (Reuters) -")
            and (
                sentences.around(start)[0] == sentences.around(0)[0]
                or (
                    start < _HEAD_DATELINE
                    and (not mentions or (start > _DATELINE_START and mentions[-1].end <= line_start))
                    # ... followed as a dateline is: not a story's "On Nov. 9, a spokesman ..." told
                    # on an anniversary under "BERLIN, Nov. 9, 2024"
                    and _DATELINE_AFTER.match(text, end) is not None
                )
            )
        ):
            # "LONDON, Nov 3 (Reuters) - ...": the dateline the reference date was read from
            value, why = reference.isoformat(), f"the day of the {reference_label} itself"
        if (
            expr.kind == "anaphoric"
            and (expr.n or 0) > 0
            and mentions
            and (
                (now := mentions[-1]).rule == "today"
                or (now.rule == "present-ref" and now.value == "PRESENT_REF")
            )
            and _BESIDE_NOW.fullmatch(text, now.end, start)
        ):
            # "Today, 80 years on, the last veterans are in their nineties": the present, not 80
            # years after the story's last date
            value = _now_in_unit(now.value, expr.unit)
            why = f'the present, set beside "{now.text}"'
        if (
            expr.kind == "anaphoric"
            and expr.unit == "day"
            and not expr.n
            and tense == "future"
            and reference is not None
            and not narrative
            and DAY_VALUE.fullmatch(value[:10]) is not None
            and value[:10] < reference.isoformat()
            and LAST_DATE in why
            and _FUTURE_IN_THE_PAST.search(text, sentence[0], start) is None
        ):
            # "Labour won Thursday's election. Starmer will name his cabinet later in the day",
            # told on Friday: what is still to come is not on a day gone by, but the writer's
            value = reference.isoformat() + value[10:]
            why = f"the day of the {reference_label} {reference.isoformat()}: told in the future tense, not the day gone by of {why.split(LAST_DATE, 1)[1].lstrip(', ')}"
        if (
            undated is not None
            # (or from a date told before the last day of no known year: "April 2024: ... Jan. 19:
            # ... is inaugurated the next day")
            and (why == NO_DATE_TO_COUNT_FROM or (LAST_DATE in why and undated.start > last_start))
            and expr.kind == "anaphoric"
            and expr.n is not None
            and (expr.unit == "day" or (expr.unit == "week" and expr.rel != "unit" and expr.n))
            and start - undated.end <= UNDATED_REACH
            and (
                counted := count_from_undated_day(
                    expr.n * (7 if expr.unit == "week" else 1),
                    expr.part if expr.type == "TIME" else None,
                    undated,
                )
            )
            is not None
        ):
            # "He came on March 3. The next day, he left", in a text with no date of its own:
            # March 4 of the year the text does not tell
            value, why = counted
        yearless_before = yearless
        story_before = last_here
        words = text[start:end]
        told = " ".join(words.split())  # the words on one line, as explanations quote them
        mention = restore_mention(  # Mention(...), faster
            start,
            end,
            words,
            expr.type,
            value,
            f"{told} → {value}: {why}",
            rule_name,
            sentence,
            expr.mod if expr.mod in ("START", "MID", "END") else None,
        )
        if (
            mentions
            and expr.kind == "calendar"
            and expr.month is None
            and expr.year is not None
            and number
            and (
                selected[number - 1][3].kind == "holiday"
                or (
                    selected[number - 1][3].kind == "calendar"
                    and selected[number - 1][3].year is None
                    and selected[number - 1][3].month is not None
                    and not selected[number - 1][3].rel
                )
            )
            and selected[number - 1][0] == mentions[-1].start
            and text[mentions[-1].end : start] in (" in ", ", in ")
        ):
            # "The attack came on Yom Kippur in 1973", "Sales rose in March in 2023": that year's
            holiday = mentions[-1]
            held, _ = resolve(
                replace(selected[number - 1][3], year=expr.year), Context(reference, reference_label)
            )
            if held:
                mentions[-1] = revalued(holiday, held, f"in {expr.year}, the year written after it")
        if (
            mentions
            and mentions[-1].rule == "holiday"
            and expr.day is not None
            and _APPOSED_DAY.fullmatch(text, mentions[-1].end, start)
            and DAY_VALUE.fullmatch(value)
            and _same_holiday(mentions[-1].value, value)
        ):
            # "Thanksgiving Day, Nov. 28, 2019", "Armistice Day, November 11, 1918": the holiday
            # of the day written beside it, not the writer's year's
            mentions[-1] = revalued(mentions[-1], value, f'the day written beside it, "{told}"')
        mentions.append(mention)
        if event_on is not None and start == event_on[5]:
            if (on_day := _event_on_day(text, event_on, mention)) is not None:
                if len(mentions) > 1 and mentions[-2].start == event_on[0]:
                    mentions[-2] = on_day
                else:
                    mentions.insert(-1, on_day)
            event_on = None
        if reference is not None and not narrative and (update := _update_day(text, start, end, value)):
            day_of = date.fromisoformat(value[:10])
            # (a day before it too: a live page, its newest day first, the text's date)
            section = (day_of, f'{update} "{words}", dated') if day_of != reference else None
        if reference is None:  # the last day told of no known year or week, if no date came after
            undated = mention if undated_day(mention) else None if value[:4].isdigit() else undated
        if frame is not None and frame[0] == sentence[0] and range_end_year(text, expr, start, frame[2]):
            # "The 2023-24 season ends in May": the season's May is in its later year, its
            # August in the earlier ("The 2025/26 season starts in August")
            frame = (sentence[0], expr.year, f"{frame[2]}{text[start - 1]}{words}", frame[1])
            frame_end = end
        elif (
            start - sentence[0] <= FRAME_REACH
            # ... or of a clause after a semicolon: "unlikely before Easter; after the 2021 vote,
            # talks took until Dec. 8"
            or start - text.rfind(";", sentence[0], start) <= FRAME_REACH + 1
        ) and _opens_frame(rule_name, expr, words, text, end):
            frame = (sentence[0], expr.year if expr.kind != "deictic" else _year_of(value), words, None)
            frame_end = end
        if not in_story and (expr.kind == "weekday" or (expr.kind == "deictic" and expr.unit == "day")):
            this_week_sentence = sentence[0]
        if (
            expr.kind == "deictic"
            and expr.unit == "week"
            and expr.n in (-1, 1)
            and expr.mod is None
            and (week := _WEEK_VALUE.fullmatch(value))
        ):
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
            if start - sentence[0] <= FRAME_REACH:
                # "Last week, shares fell on Tuesday", "Next week: GDP figures on Thursday": the
                # days told after it in its sentence are that week's
                week_frame = (sentence[0], monday, told, expr.n)
            if expr.n == 1:
                next_week_told = (end, monday, told)
        if rule_name == "year" and alone_on_its_line(text, start, end):  # a chronology's heading
            heading = (expr.year or 0, words)
        span = span_of(value)
        # a day before year 1 has a stand-in the story can count from (see ``before_year_one``)
        before_one = span is not None and not isinstance(span.start, date)
        first = None
        if span is not None:
            first = span.start if isinstance(span.start, date) else stand_in(span.start)
        if first is not None and span is not None and expr.type in ("DATE", "TIME"):
            # a year counted from a written one ("later that year" after "in 2012") is the story's
            written = (
                expr.year is not None
                or before_one  # "480 BC": written out
                or in_story
                or (expr.kind == "anaphoric" and last is not None and last.written)
                # "That summer", "that March": in the year of a date written before it
                or (expr.rel in ("story", "story-year") and last is not None and last.written)
                # a chronology with no date of its own: a month or season given the year of a
                # written date goes on with it ("26 July ... Over the summer ... in late October")
                or (reference is None and UNDATED_NARRATIVE_NOTE in why)
            )
            # (not after a possessive, where the year names a thing: "Nirvana's 1991 album")
            opens = start - sentence[0] <= FRAME_REACH and text[max(0, start - 3) : start] not in ("'s ", "’s ")
            here = Anchor(first, span.granularity, told, written, opens)
            if expr.inverted and expr.unit == "day" and expr.n and span.granularity == "day":
                # "The ruling came a day after the court ended affirmative action, and on the same
                # day it sided with ...": what is told on from it is of the subject's day
                here = replace(here, day=first - timedelta(days=expr.n))
            compared_period = False
            if span.granularity == "quarter" and expr.kind == "part":
                if _COMPARED_PERIOD_BEFORE.search(text, start - 40, start) is not None:
                    compared_quarter = here  # "down from the record fourth quarter"
                    compared_period = True
                elif sentence_quarter is None or sentence_quarter[0] != sentence[0]:
                    sentence_quarter = (sentence[0], here)
            if (
                span.granularity == "quarter"
                and expr.kind == "part"
                # (nor one compared with right after "from": "up 14% from the first quarter of
                # fiscal 2021")
                and not compared_period
                and isinstance(span.end, date)
                # (a company's fiscal quarter, valued as the calendar's, may end after the
                # writer's day: "the third quarter fiscal 2025", told in November 2024)
                and (reference is None or span.end < reference or "fiscal" in text[start:end].lower())
                and not _compared_with(text, start)
                # (nor one a record is counted from: "its best result since the third quarter of 2018")
                and not _record_since_before(text, start)
            ):
                # a quarter reported on: over by the writer's day, and not "a year earlier" nor
                # one compared with ("up from $1.15 billion in the third quarter of 2023")
                quarter_told = (here, end)
                quarters_told.add(quarter_value(first))
                if expr.year is not None and _FISCAL_WORDS.search(text, start, end):
                    fiscal_told = (expr.year, told, end)
            compared: bool | None = None  # looked up once, here or below
            # "- 1 February: Mubarak says he will not run in the September election. ¶ - 2
            # February: ...": the item's day stays what the next item counts from
            in_dated_item = yearless and _in_dated_item(text, last_start, last_end, start)
            # "Revenue in the third quarter of fiscal 2024, which ended Oct. 29, more than tripled
            # from a year earlier": the end day of the period just told, which the story stays in
            period_end = (
                span.granularity == "day"
                and len(mentions) > 1  # (the last of them is this one)
                and mentions[-2].granularity in ("quarter", "half", "year")
                and start - mentions[-2].end <= _PERIOD_END_REACH
                and _PERIOD_ENDED_BEFORE.search(text, max(0, start - 24), start) is not None
            )
            if (
                span.granularity in _ANCHOR_GRANULARITIES
                and not in_dated_item
                and not period_end
                and expr.rel != "overnight"  # (the news' night, told aside: "hit by overnight losses")
                # (nor, in news, a look back set off about someone: "Djokovic, who had knee
                # surgery in early June, ... had beaten Alcaraz three weeks earlier")
                and not (not narrative and anchor is not None and had_aside(text, start))
                and not (
                    # in news, what has gone on since a date, or a figure compared with, leaves the
                    # anaphora where they were: "rose to 48.7 in November from 48.2 in October ...
                    # below 50 since July. Output fell more slowly than in the previous month" is October
                    not narrative
                    and (
                        (
                            (
                                _SINCE_THEN.search(text, start - 7, start) is not None
                                # ... or since an event: "the biggest reshuffle since the
                                # president's re-election in July 1996"
                                or _since_event_before(text, start)
                            )
                            # (not a day written with its year: "Much has changed since April 25,
                            # 2015. The tower, which collapsed that day"; but an event's, its year
                            # after it: "since the days after the September 11 attacks in 2001")
                            and not (expr.year is not None and span.granularity == "day" and expr.mod != "event")
                        )
                        # ... or a level looked back to: "It last stood at 4.6 percent in
                        # November, and before that in October 1973"
                        or (anchor is not None and _looked_back(text, start))
                        or (anchor is not None and (compared := _compared_with(text, start)))
                        or (anchor is not None and span.granularity == "month" and _compared_month(text, start, end))
                    )
                )
                and not (
                    # the day a saying is dated by, after the day it tells of in its sentence ("will
                    # present her budget on Nov. 26, the Treasury said on Monday. The forecast comes
                    # on the same day"): the day told stays what "the same day" is (or the week:
                    # "in the week ended Nov. 2, the Labor Department said on Thursday. Claims for
                    # the prior week ...")
                    expr.kind == "weekday"
                    and anchor is not None
                    and anchor.granularity in ("day", "week", "month")
                    and anchor_end >= sentence[0]
                    and (saying := SAID_DATED_BEFORE.search(text, start - SAID_REACH, start)) is not None
                    # (not a day told aside about the one who says: "Clinton, who testified on
                    # Aug. 17, said Friday he would not resign")
                    and not (
                        (aside_said := _ASIDE_BEFORE_SAYING.search(text, sentence[0], saying.start())) is not None
                        and aside_said.start() < anchor_end
                    )
                )
            ):
                anchor, anchor_end = here, end
                if span.granularity == "day":
                    day_anchor, day_anchor_end = here, end
                    day_anchor_counted = (
                        (expr.kind == "anaphoric" and (expr.n or 0) > 0)
                        # ("That afternoon" keeps the story's day, and how it was told)
                        or (
                            expr.kind == "anaphoric"
                            and not expr.n
                            and expr.unit == "day"
                            and day_anchor_counted
                        )
                        or in_story_week
                        # a day told with its weekday opens a story told day by day: "On
                        # Wednesday, March 8, the bank announced ... By Thursday afternoon"
                        or (expr.kind == "calendar" and expr.weekday is not None and expr.day is not None)
                    )
            comparison = span.granularity == "quarter" and expr.kind in ("deictic", "anaphoric")
            # "last year" is the writer's time; "next summer", "the spring of next year" look
            # ahead from the story's, which stays where it was
            story_time = expr.rel != "overnight" and not period_end and not (
                narrative
                and (
                    expr.kind == "deictic"
                    or (
                        expr.kind == "part"
                        and (expr.rel == "next" or (expr.rel == "year" and (expr.n or 0) > 0))
                    )
                )
            )
            # a look back ("the previous year", "a year earlier", "the previous April") leaves the
            # story where it is; so does a year or month told aside (looked up last, as it costs
            # most: see ``steps_aside`` below)
            may_be_aside = narrative and span.granularity in ("year", "month") and story_time
            if may_be_aside and ((expr.kind == "anaphoric" and (expr.n or 0) < 0) or expr.rel == "previous"):
                story_time = may_be_aside = False
            if (
                narrative
                and span.granularity == "year"
                and text[start - 1 : start] == "("
                and text[end : end + 1] == ")"
            ):
                # "Presidential Proclamation No. 2914, 3 C.F.R. 99 (1953)", "Casablanca (1942)":
                # a citation's or a title's year, in brackets, is no time of the story
                story_time = False
            if story_time and span.granularity == "year" and _FISCAL_WORDS.match(words):
                # "Fiscal 2025 ends on March 31": a company's or a government's year, which
                # need not be the calendar's, sets no year for the months told after it
                story_time = False
            if narrative and story_time and (compared := _compared_with(text, start)):
                # "under 100 a month in the second half of 2008, from a high of 300 in summer
                # 2007": a figure of then compared with, not the story's time
                story_time = False
            if story_time and last is not None and expr.year is not None and (narrative or last.written):
                after = following[number]
                story_time = not excursion(last.day.year, expr.year, after and after[0]) or (
                    # in news, a year opening its sentence holds its paragraph, where no other is
                    # written: "In the summer of 1914, few expected war. By August, ... ¶ A
                    # pandemic shut the world in early 2020"
                    not narrative
                    and opens
                    and after is not None
                    and PARAGRAPH_BREAK.search(text, end, after[1]) is not None
                )
            if (
                span.granularity == "year"
                and last is not None
                and last.granularity in ("day", "month")
                and last.day.year == first.year
                and last_start >= sentence[0]
            ):
                # the year of the day or month just told, again in its sentence ("On December 7
                # (December 8 in Asian time zones), 1941, Japan attacked"): the story stays there
                story_time = False
            if (
                story_time
                and last is not None
                and last.written
                and (
                    (
                        expr.kind in ("deictic", "weekday")
                        and SAID_DATED_BEFORE.search(text, start - SAID_REACH, start)
                    )
                    or _SINCE_THEN.search(text, start - 7, start)
                )
            ):
                # when something was said, or what has gone on since ("'We had lived here since
                # 1998,' she said last week"), after a story told with its year: the story stays
                # at its date ("Rebuilding began that autumn" is the autumn of the flood)
                story_time = False
            if story_time and (
                (may_be_aside and steps_aside(text, sentence, start, end))
                or (
                    narrative
                    and span.granularity == "day"
                    and expr.year is not None
                    and UNTIL_IN_CLAUSE.search(text, start - 60, start)
                )
            ):
                story_time = False
                if span.granularity == "year" and not _RELATIVE_CLAUSE.search(text, start - 80, start):
                    year_aside = (here, end)
            if span.granularity not in ("decade", "century") and story_time and not comparison:
                # "the Dec. 21, 1988, bombing", "since 9/11": no story starts there
                looked_back = _looked_back(text, start)
                aside = (
                    _NO_STORY_BEFORE.search(text, start - 6, start)
                    or _since_event_before(text, start)
                    or (
                        _RELATIVE_CLAUSE.search(text, start - 80, start)
                        and not _PARTICIPLE_SERIES.search(text, start - 120, start)
                    )
                    or looked_back
                    or (_compared_with(text, start) if compared is None else compared)
                )
                # (a year opening its sentence as an aside, "Since 2019, ...", frames nothing)
                if in_dated_item:
                    pass
                elif aside and year_told and last is not None and last.written and last.day.year == first.year:
                    # an aside in the story's own year, which it took from the sentence ("By the
                    # autumn of 1989, thousands had fled through Hungary, which opened its border
                    # in May. Protests drew 70,000 on Oct. 9"): the story goes on past it
                    last_end = end
                elif aside and last is not None and had_aside(text, start):
                    pass  # "Microsoft, which had invested in OpenAI in 2019, announced ...": a look back
                elif (
                    not narrative
                    and last is not None
                    and (
                        span.granularity == "year"
                        or (span.granularity in ("half", "quarter") and expr.year is not None)
                    )
                    and (compared if compared is not None else _compared_with(text, start))
                ):
                    # "rose 23.3% last year after gaining 24.2% in 2023. The Nasdaq jumped 28.6%
                    # over the year": a year a figure is compared with is no year the story is in;
                    # nor a half or a quarter of a year written ("compared with $2.1 billion in the
                    # first half of 2023. The company now expects ... for the full year")
                    pass
                elif not narrative and (looked_back or _record_since_before(text, start)):
                    # "the highest since 2019", "a level last seen in 2007": the last date told,
                    # but none a count back goes on from
                    last = replace(here, opens=False, since=True)
                    last_end = -STORY_REACH if aside else end
                else:
                    last, last_end = (replace(here, opens=False), -STORY_REACH) if aside else (here, end)
                last_aside = this_week_sentence == sentence[0]
                last_start = start
            elif not narrative and expr.kind == "deictic":
                # "by the end of the century", "this decade": back in the writer's time, the
                # story told before ends ("The year began with record heat in January")
                last_end = -STORY_REACH
    if (
        mentions
        and mentions[0].start < HEADLINE_LENGTH
        and (again := told_again_in_lede(text, selected, mentions))
    ):
        mentions[0] = again
    date_offsets_by_apposed_dates(text, mentions)
    if not narrative:
        date_offsets_by_day_told_after(text, mentions, reference, reference_label)
        date_present_offsets(text, mentions, reference)
    date_the_times(text, mentions, None if narrative else reference, reference_label)
    date_other_zone_days(text, mentions)
    return mentions


#: Before a period a figure is compared with: "down from the record |fourth quarter", "higher
#: than the |third quarter", "compared with the same |quarter".
_COMPARED_PERIOD_BEFORE: Final = compile_ascii(
    # (or a quarter's code right after: "up 17% from Q2")
    r"\b(?:from|than|with|versus|vs\.?)[^\S\n]+(?:(?:the|its|their|a)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2})?$",
    re.IGNORECASE,
)


#: The dates a count of each unit may stand beside as their apposition ("in 1982, 437 years
#: later"; "on May 3, two days later"): a count of days names a day, of years a year or less.
_BESIDE_A_COUNT: Final = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year"),
    "decade": ("day", "month", "year"),
}
#: What ends such an apposition: the end of its clause or sentence.
_APPOSITION_ENDS: Final = compile_ascii(r"[^\S\n]*(?:[.;:!?),]|$)")


def _day_beside(
    text: str, mentions: list[Mention], start: int, sentence: tuple[int, int], in_clause: bool
) -> Mention | None:
    """The day (or month) a count from an undated event, after a comma at ``start``, stands
    beside: the date right before the comma ("on October 5, the day after ..."), or with
    ``in_clause`` the last day told in the clause it closes ("woke on Sunday to a country
    transformed, a day after U.S. forces captured Maduro")."""
    last = mentions[-1]
    if text[last.end : start] == ", " and last.granularity in ("day", "month"):
        return last
    if not in_clause:
        return None
    for m in reversed(mentions):
        if m.end < sentence[0]:
            break
        if m.granularity == "day":
            return m
    return None


def _event_on_day(text: str, event_on: tuple[int, int, str, int, str, int], on: Mention) -> Mention | None:
    """The count of ``event_on`` made from the day its event is told on, ``on``: "the week before
    the budget on March 26" is the week before that day, not before a day told earlier; "a week
    after the vote on May 4" (a count of days, its unit "days") the day a week after it."""
    start, end, rule_name, n, unit, _ = event_on
    if on.granularity != "day" or not DAY_VALUE.fullmatch(on.value[:10]):
        return None
    day = date.fromisoformat(on.value[:10]) + timedelta(days=n * (7 if unit == "week" else 1))
    value = week_value(day) if unit == "week" else day.isoformat()
    words = text[start:end]
    side = "after" if n > 0 else "before"
    told = f'the event dated right after it, "{" ".join(on.text.split())}" ({on.value[:10]})'
    why = f"the {unit} {side} {told}" if unit != "days" else f"{counted_units('day', n)} {told}"
    sentence = (min(on.sentence[0], start), on.sentence[1])
    return restore_mention(
        start,
        end,
        words,
        "DATE",
        value,
        f"{' '.join(words.split())} → {value}: {why}",
        rule_name,
        sentence,
        None,
    )


#: Between the day something begins and the day it ends: "begin on Aug. 20 and end on June 5".
_THEN_ENDS: Final = compile_ascii(
    r"[^\S\n]*,?[^\S\n]+and[^\S\n]+(?:(?:will|would|is\s+to|are\s+to)[^\S\n]+)?"
    r"(?:end|ends|ended|close|closes|closed|finish|finishes|finished|conclude|concludes|concluded)"
    r"[^\S\n]+(?:on[^\S\n]+|in[^\S\n]+)?",
    re.IGNORECASE,
)


_DAY_FIRST_RULES: Final = frozenset({"day-month-year", "day-month"})
_MONTH_FIRST_RULES: Final = frozenset({"month-day-year", "month-day"})


def _numeric_order(
    text: str,
    selected: list[tuple[int, int, int, Expr]],
    rules: list,
    day_first: bool,
    reference: date | None,
) -> tuple[bool, str]:
    """Whether to read a date such as "05/03/2024" day first, and how an explanation says so: as
    asked; as the text writes other numeric dates that only one order reads ("25/12/2024"); as
    it writes its dates in words ("5 March" against "March 5"); or else so that no such date lies
    after the reference date (news writes mostly what has happened)."""
    if day_first:
        return True, "day first, as asked"
    numeric = [expr for _, _, _, expr in selected if expr.mod == "numeric"]
    if not numeric:
        return False, "month first"
    # a weekday written with the date and its year: "Mon 10/07/2023" is a Monday day first only
    fits = [
        (
            falls_on(expr.year, expr.month, expr.day, expr.weekday),
            falls_on(expr.year, expr.day, expr.month, expr.weekday),
        )
        for expr in numeric
        if expr.weekday is not None and expr.year is not None and expr.month and expr.day
    ]
    if fits and all(day_order and not month_order for month_order, day_order in fits):
        return True, "day first, as its weekday falls on that day only"
    if fits and all(month_order and not day_order for month_order, day_order in fits):
        return False, "month first, as its weekday falls on that day only"
    days = months = 0
    for start, _, index, expr in selected:
        if rules[index].name == "numeric-date" and expr.mod is None and (m := _SLASHED.match(text, start)):
            days += int(m[1]) > 12  # "25/12/2024"
            months += int(m[2]) > 12  # "12/25/2024"
    if days != months:
        first = "day" if days > months else "month"
        return days > months, f"{first} first, as the text writes its other numeric dates"
    names = [rules[index].name for _, _, index, _ in selected]
    days = sum(name in _DAY_FIRST_RULES for name in names)
    months = sum(name in _MONTH_FIRST_RULES for name in names)
    if days > months:
        return True, f"day first, as the text writes its other dates ({days} day first, {months} month first)"
    if months:
        return (
            False,
            f"month first, as the text writes its other dates ({months} month first, {days} day first)",
        )
    if reference is not None:
        dated = [expr for expr in numeric if expr.year is not None and expr.month and expr.day]
        later_month_first = any(_after(expr.year, expr.month, expr.day, reference) for expr in dated)
        later_day_first = any(_after(expr.year, expr.day, expr.month, reference) for expr in dated)
        if later_month_first and not later_day_first:
            return True, "day first, as month first would put a date after the reference date"
        if later_day_first and not later_month_first:
            return False, "month first, as day first would put a date after the reference date"
    return False, "month first, as US copy writes it"


#: The two numbers of a numeric date written with slashes or dashes (dots are read day first).
_SLASHED: Final = compile_ascii(r"(\d+)[/-](\d+)")


def _after(year: int | None, month: int | None, day: int | None, reference: date) -> bool:
    if year is None or month is None or day is None:
        return False
    try:
        return date(year, month, day) > reference
    except ValueError:
        return False


_DETERMINER_BEFORE: Final = compile_ascii(r"\b(?:a|an|the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_NOUN_AFTER: Final = compile_ascii(r"\s+[a-z]")


#: After a month, a noun and its possessive: "the June meeting's minutes".
_POSSESSED_AFTER: Final = compile_ascii(r"[^\S\n]+[A-Za-z-]+['’]s\b")


def _attributive_month(text: str, expr: Expr, start: int, end: int) -> bool:
    """A month with no year that qualifies a noun ("a December cut", "the October jobs report")."""
    return (
        expr.kind == "calendar"
        and expr.day is None
        and expr.year is None
        and not expr.rel
        and _NOUN_AFTER.match(text, end) is not None
        and _DETERMINER_BEFORE.search(text, start - 8, start) is not None
    )


#: Nouns for what is measured over a month, and known only once it is over: after a month with
#: no year, they make it one that has been ("its December peak", "the company's January sales").
_MEASURED_AFTER: Final = compile_ascii(
    r"(?:['’]s)?[^\S\n]+(?:(?:monthly|quarterly|preliminary|provisional|final|flash|official)[^\S\n]+)?"
    r"(?:(?:sales|exports|imports|output|production|inflation|payrolls|deliveries|shipments"
    r"|revenues?|earnings|figures?|data|numbers|readings?|peak|highs?|lows?|jobs\s+(?:report|data|figures|numbers)"
    r"|trade\s+(?:data|figures|balance|deficit|surplus)|retail\s+sales|factory\s+orders|consumer\s+prices)\b"
    r"|(?:PMI|CPI|GDP)\b)"
)
#: ... or after what covers it or is for it: "a report covering October to December", "the
#: figures for November", "The report for October will be released Dec. 4", "Retail sales growth for
#: October will be released on Thursday".
_MEASURED_BEFORE: Final = compile_ascii(
    r"\b(?:covering|covers|covered|(?:data|figures|statistics|numbers|readings?|results|accounts|report"
    r"|sales|growth|output|production|exports|imports|inflation)\s+(?:for|on))"
    r"\s+(?:(?:the\s+)?(?:months?|period)\s+(?:of\s+)?)?(?:[A-Z][a-z]+\.?[^\S\n]*(?:to|and|through|[-–])[^\S\n]*)?$",
    re.IGNORECASE,
)


#: How many months after a month its figures are all out: figures still to come for a month that
#: long gone by are for the next one of its name.
_FIGURES_OUT_MONTHS: Final = 4


def _measured_month(text: str, expr: Expr, start: int, end: int) -> bool:
    """A month with no year before a noun for what is measured over it ("its December peak",
    "the October jobs report", "Germany's March exports"), or after what covers it ("a report
    covering October"): a month that has been."""
    if expr.kind != "calendar" or expr.day is not None or expr.year is not None or expr.rel or expr.mod:
        return False
    if _MEASURED_BEFORE.search(text, start - 32, start):
        return True  # "the report covering October to December", "figures for November"
    after = _MEASURED_AFTER.match(text, end)
    if after is None:
        return False
    return not (after.group().strip() == "sales" and THE_BEFORE.search(text, start - 5, start))


#: What no one plans, which news tells of only once it has happened: "the January leak", "the
#: March floods", "April's attack".
_UNPLANNED_AFTER: Final = compile_ascii(
    r"(?:['’]s)?[^\S\n]+(?:(?:deadly|fatal|massive|major|devastating|twin|terror|cyber)[^\S\n]+)?"
    r"(?:leaks?|attacks?|crash(?:es)?|raids?|fires?|wildfires?|floods?|flooding|shootings?|bombings?|blasts?"
    r"|explosions?|earthquakes?|quakes?|hacks?|breach(?:es)?|riots?|coup|collapse|outages?|spill|massacres?"
    r"|ambush|derailment|accident|disaster|landslides?|stampede|mudslides?|killings?|murders?|assassination)\b"
    # (not what is planned against one or for one: "the March fire drill", "its June flood defences")
    r"(?![^\S\n]+(?:drills?|exercises?|ads?|courses?|defen[cs]es?|barriers?|plans?|insurance|season|warnings?"
    r"|alerts?|risks?|tests?|safety|simulations?|preparedness)\b)"
)


def _unplanned_then(text: str, expr: Expr, end: int) -> bool:
    """A month with no year, or a weekday, before a noun for what no one plans ("the January
    leak", "the March floods", "the Tuesday blast", "Sunday's crash"): one that has been,
    whatever the tense (it will be investigated)."""
    return (
        (
            (expr.kind == "calendar" and expr.day is None and expr.year is None and not expr.mod)
            or expr.kind == "weekday"
        )
        and not expr.rel
        and _UNPLANNED_AFTER.match(text, end) is not None
    )


def _edge_of_now(expr: Expr) -> bool:
    """The start, the middle or the end of the writer's own year, month or week ("the end of the
    year", "by mid-year", "midweek"), whose direction the tense may tell (see ``resolve``)."""
    return expr.kind == "deictic" and not expr.n and expr.mod in ("START", "MID", "END")


#: Words that make a month every year's ("usually in June", "held each year in August", "twice a
#: year, in spring and autumn"): before
#: the month in its clause, or, for the years themselves, after it; and the calendar of a year
#: kept in the present ("Microsoft's fiscal year runs from July through June", "The school year
#: starts in September").
_HABIT_WORDS: Final = (
    "usually typically normally traditionally customarily ordinarily routinely annually".split()
)
_HABIT_BEFORE: Final = compile_ascii(
    rf"\b({'|'.join(_HABIT_WORDS)}|(?:each|every)\s+year|yearly"
    # ... or so many times a year: "The group meets twice a year, in spring and autumn"
    r"|(?:once|twice|thrice|(?:\d{1,2}|two|three|four|several|many)\s+times)\s+(?:a|per|each|every)\s+year"
    # (a year kept, not this one: "The current school year ends on June 6")
    r"|(?<!current\s)(?<!this\s)(?<!next\s)(?<!last\s)(?<!coming\s)"
    r"(?:fiscal|financial|tax|school|academic|business|budget)\s+years?\s+(?:runs|starts|begins|ends|run|start|begin|end)"
    # ... and of a season that comes round each year ("Hurricane season peaks in August"), not
    # this one ("This year's hurricane season peaked in September")
    r"|(?<!current\s)(?<!this\s)(?<!next\s)(?<!last\s)(?<!coming\s)(?<!year's\s)(?<!year’s\s)"
    r"(?:hurricane|typhoon|cyclone|tornado|monsoon|rainy|dry|wet|flu|fire|wildfire|tourist|breeding|nesting"
    r"|growing|harvest|allergy|pollen)\s+seasons?(?:,?\s+(?:which|that))?\s+(?:runs|starts|begins|ends|peaks|lasts|run|start"
    r"|begin|end|peak|last))"
    # (a comma may set the months off: "twice a year, in spring and autumn")
    r"\b,?(?:(?!\bthat\b)[^,;:.!?()\n—–]){0,40}$",
    re.IGNORECASE,
)
#: What ``_HABIT_BEFORE`` cannot match without: looked for first, as plain text.
_HABIT_PIECES: Final = (*_HABIT_WORDS, "year", "season")
_HABIT_AFTER: Final = compile_ascii(r"\s+((?:each|every)\s+year|annually|yearly)\b", re.IGNORECASE)


def _habitual(text: str, start: int, end: int) -> str | None:
    """The word that makes a month or day written without its year every year's, if any:
    "The monsoon usually arrives in June", "Farmers harvest in September each year"."""
    lo = max(0, start - 60)
    near = text[lo:start].lower()
    # most months have none of the words before them: a look for pieces of them first is cheaper
    if any(piece in near for piece in _HABIT_PIECES):
        before = _HABIT_BEFORE.search(text, lo, start)
        if before is not None:
            return before[1]
    after = _HABIT_AFTER.match(text, end)
    return after[1] if after is not None else None


#: What ends a habit told of months in a sentence: a contrast, a year of its own ("but this
#: year it came in May") or a verb in the past ("and fell in March").
_HABIT_ENDS: Final = compile_ascii(
    r"[.;:!?]|\b(?:but|yet|though|although|while|whereas|except|unlike|this|last|next|year|\d{4}"
    rf"|{PAST_VERB_SOURCE})\b",
    re.IGNORECASE,
)


def _habit_goes_on(
    text: str, habit_told: tuple[int, str] | None, sentence: tuple[int, int], start: int
) -> str | None:
    """The word of habit a month goes on with, where a month before it in its sentence was every
    year's (``habit_told``: where it ends, and the word) and nothing between ends the habit: "The
    season usually runs from June to November, with the strongest storms in September"."""
    if habit_told is None or habit_told[0] < sentence[0] or _HABIT_ENDS.search(text, habit_told[0], start):
        return None
    return habit_told[1]


#: Between "today" or "now" and a count of time set beside it: "Today, 80 years on", "Now - two
#: decades later -".
_BESIDE_NOW: Final = compile_ascii(r",[^\S\n]*|[^\S\n]+[—–-][^\S\n]*")
#: The units a count set beside "today" is told in at their own grain: the year of "2025-05-08" for
#: "80 years on" (a count of days or weeks keeps the day).
_UNITS_OF_NOW: Final = frozenset({"month", "year", "decade", "century"})


def _now_in_unit(now: str, unit: str | None) -> str:
    """The value of "today" or "now" (a day, or ``PRESENT_REF``) in a count's unit."""
    if unit not in _UNITS_OF_NOW or not DAY_VALUE.fullmatch(now):
        return now
    return unit_value(date.fromisoformat(now), unit)


#: The parts of a year that are seasons.
_SEASONS: Final = frozenset(("SP", "SU", "FA", "WI"))


def _yearless(expr: Expr) -> bool:
    """A month, or a day of a month, written without its year ("October", "Dec. 28")."""
    return expr.kind == "calendar" and expr.year is None and expr.month is not None and not expr.rel


#: How far into its line a dateline's day stands ("SAN FRANCISCO, California, Nov 3").
_DATELINE_START: Final = 40
#: How far into a text a dateline may stand, under a headline, a note and a by-line.
_HEAD_DATELINE: Final = 600
#: What follows a dateline's day: the wire's name, a dash, a colon, the line's end, or the story
#: in capitals ("JERUSALEM, Oct 7 (Reuters) -", "Boston, Nov. 20", "Cairo, Aug 18 IANS").
_DATELINE_AFTER: Final = compile_ascii(r"[^\S\n]*(?:[(\-–—:]|\n|$|[A-Z]{2,}\b)")
