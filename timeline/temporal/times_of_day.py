"""Times of day and their days: after the engine has resolved a text's mentions, each clock time
written with no day ("at 10:35 a.m.") is given one from the mentions around it, or from the
reference date, so that a live blog's entries and a report's hours are events of the calendar."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final

from .asciimode import compile_ascii
from .lexicon import FULL_WEEKDAY_RE
from .mention import Mention, restore_mention, revalued
from .sentences import alone_on_its_line
from .tense import SAID_DATED_BEFORE, SAID_REACH, direction
from .values import DAY_VALUE, clock_of, minute_of_day

#: Between a time of day and the day it is on: "5 p.m. EST, Nov. 6", "9 a.m. on Monday", "5:34 a.m.
#: Baghdad time on March 20".
_TIME_THEN_DAY: Final = compile_ascii(
    r"[^\S\n]*[()]?[^\S\n]*(?:\(?[A-Z]{2,4}\)?[^\S\n]*|(?:[A-Z][a-z]+|local)[^\S\n]+time[^\S\n]*)?,?[^\S\n]*(?:on[^\S\n]+)?"
)
#: ... where the two are one expression: "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6".
_TIME_WITH_DAY: Final = compile_ascii(r"[^\S\n]+(?:[A-Z]{2,4},?[^\S\n]+)?|,[^\S\n]+")
#: A time of every day, or of days of some kind, in its sentence: no one day's ("The shop opens
#: from 9 a.m. to 5 p.m. on weekdays", "The train leaves at 6.15pm every day", "Buses run every
#: 20 minutes from 7am"; not "declared first at 23:15, as at every election since 1992").
_EVERY_DAY: Final = compile_ascii(
    r"\b(?:(?i:(?:every|each)[^\S\n]+(?:other[^\S\n]+|single[^\S\n]+|working[^\S\n]+|week)?"
    r"(?:day|morning|afternoon|evening|night|[a-z]+day)s?|(?:every|each)[^\S\n]+(?:\d+[^\S\n]+|few[^\S\n]+)?(?:minute|hour)s?"
    r"|daily|nightly|hourly|weekdays|weekends|usually|typically|normally)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b"
)
#: A word of another event's time between a time of day and a day told after it in its sentence:
#: "The index fell 0.4% by 0937 GMT after hitting a record high on Friday" (the time is not
#: Friday's).
_OTHER_EVENT: Final = compile_ascii(
    r"\b(?:after|before|since|than|follow(?:ed|s|ing)|preced(?:ed|es|ing))\b", re.IGNORECASE
)
#: The end of a span from a time, told after it: "began at about 11 p.m. and sirens sounded until
#: early on Sunday" (an evening's time is then the evening before that day).
_UNTIL: Final = compile_ascii(r"\b(?:until|till)\b", re.IGNORECASE)
#: The hour from which a time before a span's end day is of the evening before it.
_EVENING_BEFORE: Final = 18
#: The minute of the day before which a part of the day or a time is of the morning.
_NOON: Final = 12 * 60
#: A day's word (a weekday's or a month's, not a zone's capitals) in a time told in brackets.
_DAY_WORD: Final = compile_ascii(r"[A-Z][a-z]{2}")
#: A clause of its own joined by a comma: ", and a yellow warning", ", but the vote".
_NEXT_CLAUSE: Final = compile_ascii(r",\s+(?:and|but|while|whereas)\s", re.IGNORECASE)
#: "before" right before a time: "shortly before midnight".
_BEFORE_IT: Final = compile_ascii(r"\bbefore\s+$", re.IGNORECASE)
#: A weekday's name.
_WEEKDAY: Final = compile_ascii(rf"\b(?:{FULL_WEEKDAY_RE})\b")
#: How far back the last day told may stand for a time of day to be on it.
TIME_DAY_REACH: Final = 400


def _zone_shift(text: str, m: Mention, n: Mention) -> int:
    """How many days the day of a time lies from that of the same moment told with its day in
    another zone, in brackets after it: "at 7:58 a.m. (2358 GMT Tuesday)" is on the Wednesday (1);
    "at 4:30 p.m. (1430 GMT Wednesday)" on the Wednesday (0).  No zone is more than 14 hours
    ahead of GMT nor 12 behind it."""
    if n.type != "TIME" or "(" not in text[m.end : n.start] or _DAY_WORD.search(n.text) is None:
        return 0
    here, there = clock_of(m.value), clock_of(n.value)
    if here is None or there is None:
        return 0
    ahead = (here[0] - there[0]) * 60 + here[1] - there[1]  # minutes, as if on the same day
    return 1 if ahead < -12 * 60 else -1 if ahead > 14 * 60 else 0


def date_other_zone_days(text: str, mentions: list[Mention]) -> None:
    """Date, in place, a time told with its weekday in another zone in brackets after a time told
    with its day ("struck at 10:15 p.m. Wednesday (0215 GMT Thursday)"): the same moment, on the day
    after (or before, or the same as) the first time's, not the weekday read on its own."""
    for i in range(1, len(mentions)):
        m, n = mentions[i - 1], mentions[i]
        if (
            m.type != "TIME"
            or n.type != "TIME"
            or n.start - m.end > 24
            or not DAY_VALUE.match(m.value)
            or not DAY_VALUE.match(n.value)
            or n.value[:10] == m.value[:10]
        ):
            continue
        shift = _zone_shift(text, m, n)
        day = _day_from(m, -shift)
        if day and day != n.value[:10] and date.fromisoformat(day).weekday() == date.fromisoformat(n.value[:10]).weekday():
            mentions[i] = revalued(
                n, day + n.value[10:], f'the same moment as "{m.text}" ({m.value[:10]}), told in another zone'
            )


def date_the_times(text: str, mentions: list[Mention], reference: date | None, reference_label: str) -> None:
    """Give each time of day with no date its day, in place: the day told right after it ("at 9
    a.m. on Monday", "4:30 p.m. (1430 GMT) on Wednesday"), else the last day told not long before
    it ("On Friday, ... at 10:35 a.m."), else the reference date (but in a history, no day of the
    writer's)."""
    undated = [i for i, m in enumerate(mentions) if _time_to_date(text, m)]
    if not undated:
        return
    # a time in a sentence of a timetable's days ("Monday to Friday, 9 a.m. to 8 p.m.") is a time
    # of each of them, no one day's
    timetables = {m.sentence for m in mentions if m.type == "SET"}
    if timetables:
        undated = [i for i in undated if mentions[i].sentence not in timetables]
    for i in reversed(undated):  # (from the last: a time may be dated by the time after it)
        m = mentions[i]
        if i + 1 < len(mentions):
            n = mentions[i + 1]
            if (
                n.granularity != "day"
                or n.start - m.end > 24
                or not _TIME_THEN_DAY.fullmatch(text, m.end, n.start)
            ):
                continue
            if shift := _zone_shift(text, m, n):
                # "at 7:58 a.m. (2358 GMT Tuesday)": the same moment, on the writer's Wednesday
                _dated_time(
                    mentions,
                    i,
                    _day_from(n, shift),
                    f"on the day {'after' if shift > 0 else 'before'} that of the same moment"
                    f' told in another zone, "{n.text}" ({n.value})',
                )
                continue
            if (
                n.type == "DATE"
                and DAY_VALUE.match(n.value)
                and _TIME_WITH_DAY.fullmatch(text, m.end, n.start)
            ):
                # "5 p.m. EST, Nov. 6": one time of that day, as "9 a.m. Tuesday" is
                value = n.value[:10] + m.value
                words = text[m.start : n.end]
                why = n.explanation.partition(": ")[2]
                mentions[i] = restore_mention(
                    m.start,
                    n.end,
                    words,
                    "TIME",
                    value,
                    f"{' '.join(words.split())} → {value}: {why}",
                    m.rule,
                    # (the day may run past the time's sentence: "1PM MAY\n1")
                    (m.sentence[0], max(m.sentence[1], n.sentence[1])),
                    m.mod,
                )
                del mentions[i + 1]
            else:
                _dated_time(
                    mentions, i, n.value[:10], f'on the day told right after it, "{n.text}" ({n.value[:10]})'
                )
    for i, m in enumerate(mentions):  # (pass one may have made one of two: looked for again)
        if not _time_to_date(text, m) or m.sentence in timetables:
            continue
        k = next(
            (
                k
                for k in range(i - 1, -1, -1)
                if m.start - mentions[k].end > TIME_DAY_REACH
                or (
                    names_a_day(mentions[k])
                    and not _counted_from(text, mentions, k)
                    # (in a sentence before: "Polls close on the Nov. 5 vote at 8 p.m." is of it)
                    and not (mentions[k].sentence != m.sentence and _names_an_event(text, mentions[k]))
                )
            ),
            None,
        )
        before = None if k is None else mentions[k]
        if before is not None and m.start - before.end > TIME_DAY_REACH:
            before = None
        elif before is not None and before.sentence != m.sentence and (told := _day_told_of(text, mentions, k)):
            # "went missing after visiting the consulate on Tuesday, his fiancee said on
            # Wednesday. He entered it at about 1 p.m.": the day the story told of, not the day
            # of the saying
            before = told
        stamp = _stamp(text, m)
        if (
            stamp
            and before is not None
            and reference is not None
            and (
                _after_a_later_stamp(text, mentions, i)
                # (oldest first, a blog may run on into a day an entry looked ahead to, but not
                # into one far ahead: "13:20 The minimum wage will rise from 1 April 2025")
                or (
                    before.value[:10] > (reference + _BLOG_RUNS_ON).isoformat()
                    # (after a stamp of the blog's own: a programme's first time is of its day)
                    and (earlier := next(_stamps_before(text, mentions, i), None)) is not None
                    and earlier.end <= before.start
                )
            )
            and _entry_ahead(text, before, m, reference)
        ):
            before = None  # a live blog's stamp, not on a day still to come an earlier entry told
        if (
            stamp
            and before is not None
            and not _stamp(text, before)
            and not alone_on_its_line(text, before.start, before.end)
            and (earlier := next(_stamps_before(text, mentions, i), None)) is not None
            and earlier.end <= before.start
        ):
            # "**16:05** – A man was swept away on Friday afternoon. **11:20** – ...": a day an
            # entry tells is not the next entry's; the entry before it is on the blog's day
            before = earlier if DAY_VALUE.match(earlier.value) else None
        # a day of its sentence told after it, when none is told before it there ("Polls open at
        # 7 a.m. and close at 8 p.m. on Thursday", "By 9 p.m. the fire was out, police said on
        # Sunday"), but for a stamp's
        later = None
        if not stamp and (before is None or before.sentence != m.sentence):
            for n in itertools.islice(mentions, i + 1, None):
                if n.sentence != m.sentence:
                    break
                if names_a_day(n):
                    if (
                        not _OTHER_EVENT.search(text, m.end, n.start)
                        # (not a day counted on from the time's: "waited until after midnight and
                        # returned the next morning")
                        and not _COUNTED_ON.match(n.text)
                        and not _zone_shift(text, m, n)
                        and not (
                            # "until 9pm, and a yellow warning is in place from Saturday morning":
                            # another clause, when a day told before may be the time's
                            before is not None and _NEXT_CLAUSE.search(text, m.end, n.start)
                        )
                    ):
                        later = n
                    break
        if (
            later is not None
            and (clock := clock_of(m.value)) is not None
            and clock[0] >= _EVENING_BEFORE
            and (
                (spans := _UNTIL.search(text, m.end, later.start) is not None)
                or 0 <= minute_of_day(later.value) < _NOON
            )
        ):
            # "The attack began at about 11 p.m. and sirens sounded until early on Sunday"; "The
            # blaze broke out at around 6:50 pm and was declared extinguished on Tuesday morning":
            # the evening before the day a span from it runs until, or told at an earlier hour
            how = "which a span from it runs until" if spans else "told after it in its sentence at an earlier hour"
            _dated_time(
                mentions, i, _day_from(later, -1), f'on the evening before "{later.text}" ({later.value[:10]}), {how}'
            )
        elif later is not None:
            _dated_time(
                mentions,
                i,
                later.value[:10],
                f'on the day told after it in its sentence, "{later.text}" ({later.value[:10]})',
            )
        elif before is not None and (
            _past_midnight(text, before, m) or (stamp and _stamps_past_midnight(text, mentions, i, before))
        ):
            # "from 9:40 p.m. Friday until 1:30 a.m.": the night goes on into the next day
            _dated_time(
                mentions,
                i,
                _day_from(before, 1),
                f'on the day after that of "{before.text}" ({before.value[:10]}): it runs on past midnight',
            )
        elif before is not None and not (
            reference is not None
            and (
                _other_side(text, m, before, reference)
                # (a midnight told on the dateline's own day: the reference date's, below; but the
                # one before which a thing was done ends that day, told by its weekday or an hour
                # of it: "said shortly before midnight", after "On Monday" or "Monday evening")
                or (
                    m.value == "T24:00"
                    and before.value[:10] == reference.isoformat()
                    and not (
                        _BEFORE_IT.search(text, max(0, m.start - 20), m.start)
                        and (before.type == "TIME" or _WEEKDAY.search(before.text))
                    )
                )
            )
        ):
            _dated_time(
                mentions, i, before.value[:10], f'on the last day told, "{before.text}" ({before.value[:10]})'
            )
        elif reference is not None:
            day = reference.isoformat()
            s0, s1 = m.sentence
            if m.value == "T24:00" and direction(text[s0:s1], m.start - s0, m.end - s0) == "past":
                # "The ship sank just before midnight": the midnight gone by, that ended the day
                # before the writer's (the writer's own midnight is still to come)
                day = (reference - timedelta(days=1)).isoformat()
                why = f"at the end of the day before the {reference_label} {reference.isoformat()}: told in the past"
                _dated_time(mentions, i, day, why)
                continue
            _dated_time(mentions, i, day, f"on the day of the {reference_label} {day}")


#: How many days a live blog told oldest first may run on past its reference date.
_BLOG_RUNS_ON: Final = timedelta(days=3)


#: What follows a live blog's stamp: its time zone, and a colon or a dash ("08:50 GMT: Rail
#: services ...", "11:50 - The cabinet met"), the line's end, or the entry's first word, with its
#: capital ("22:00 Polls have closed", "09:40 A red warning", "10:20 UK rail lines").
_STAMP_AFTER: Final = compile_ascii(
    r"(?:[^\S\n]*[A-Z]{2,4}\b)?(?:\*{1,3}|_{1,3})?"  # (closing Markdown's emphasis: "**09:00** –")
    r"(?:[^\S\n]*(?::|[-–—][^\S\n]|\n|$)|[^\S\n]+(?=[A-Z](?:[A-Za-z]|[^\S\n])|[\"“‘']))"
)
#: What may stand before a stamp on its line: Markdown's emphasis or a heading's marks.
_STAMP_MARKS: Final = " \t*_#"


def _stamp(text: str, m: Mention) -> bool:
    """Whether a time of day stamps an entry of a live blog or a programme: it opens its line,
    and a colon or a dash follows it.  It is the hour of the entry, not that of a day the entry
    tells after it."""
    return not text[text.rfind("\n", 0, m.start) + 1 : m.start].strip(_STAMP_MARKS) and bool(
        _STAMP_AFTER.match(text, m.end)
    )


def _stamps_before(text: str, mentions: list[Mention], i: int) -> Iterator[Mention]:
    """The live blog's stamps before mention ``i``, nearest first."""
    return (m for k in range(i - 1, -1, -1) if (m := mentions[k]).type == "TIME" and _stamp(text, m))


def _after_a_later_stamp(text: str, mentions: list[Mention], i: int) -> bool:
    """Whether the stamp before a stamp is of a later hour: a live blog's entries, newest first
    (a programme's times run on in their order)."""
    earlier = next(_stamps_before(text, mentions, i), None)
    if earlier is None:
        return False
    clock, before = clock_of(mentions[i].value), clock_of(earlier.value)
    return clock is not None and before is not None and before > clock


def _stamps_past_midnight(text: str, mentions: list[Mention], i: int, before: Mention) -> bool:
    """Whether a live blog's stamp goes on past midnight from the evening stamp before it, the
    last day told, in a blog whose stamps run oldest first ("22:00 Polls have closed ... 23:15 The
    first result ... 01:30 Turnout is down": the 01:30 of the next day)."""
    stamps = list(itertools.islice(_stamps_before(text, mentions, i), 2))
    if len(stamps) < 2 or stamps[0] is not before:
        return False
    earliest, evening = clock_of(stamps[1].value), clock_of(before.value)
    then = clock_of(mentions[i].value)
    if earliest is None or evening is None or then is None:
        return False
    return earliest < evening and evening[0] >= _EVENING and then < evening and then[0] < 12


def _entry_ahead(text: str, before: Mention, m: Mention, reference: date) -> bool:
    """Whether the last day told before a stamp is one still to come that an earlier line tells
    ("... hope to restore supplies by Sunday evening"): not a heading line of the day alone
    ("Sunday, Dec. 8"), under which the entries are that day's, nor an earlier stamp's day."""
    return (
        not alone_on_its_line(text, before.start, before.end)
        and not _stamp(text, before)  # (an earlier stamp's day, the entries' own, goes on)
        and text.find("\n", before.end, m.start) >= 0
        and before.value[:10] > reference.isoformat()
    )


def _other_side(text: str, m: Mention, before: Mention, reference: date) -> bool:
    """Whether a time of day is told on the other side of the reference date from the last day
    told: still to come after a day gone by ("The parade is scheduled to begin at 6 p.m."), or
    gone by after a day still to come ("... the fiscal year that begins July 1. The vote came
    after a meeting that ran past midnight")."""
    day, ref = before.value[:10], reference.isoformat()
    if day == ref or before.sentence == m.sentence or _told_alone(text, before):
        # "On 8 October inspectors arrived at 8am": the day of the time's own sentence; "8 October.
        # Inspectors arrived at 8am.": a diary's day, which its lines are of
        return False
    if (
        day > ref
        and date.fromisoformat(day) - reference <= _AHEAD_BUT_TOLD
        # (not a day told as still to come: "warned of more disruption on Monday. ... Services
        # were suspended until midday" is the writer's day)
        and "(future tense)" not in before.explanation
    ):
        return False  # a day just after a dateline of the day before, as news filed overnight tells
    side = direction(text[m.sentence[0] : m.sentence[1]], m.start - m.sentence[0], m.end - m.sentence[0])
    return side == ("future" if day < ref else "past")


def _told_alone(text: str, day: Mention) -> bool:
    """Whether a day is a sentence of its own ("8 October."), as a diary heads its entries."""
    s0, s1 = day.sentence
    return text[s0:s1].strip(" \t\n.:-–—") == day.text


#: How far after the reference date a day may be and still be one a time gone by is on: a story
#: filed overnight, or updated, tells the day after its dateline as past.
_AHEAD_BUT_TOLD: Final = timedelta(days=7)


#: What runs from one time on to another: "from 9:40 p.m. until 1:30 a.m.", "10 p.m. to 2 a.m.",
#: "10pm-2am" (a dash only where it is all that stands between: not "11:50 - The cabinet met at
#: 11am", a live blog's stamp).
# (or one told after it with "and": "started at 10 p.m. and ended at 2 a.m.", "close at midnight
# and 1 a.m.")
_RUNS_ON_TO: Final = compile_ascii(r"\b(?:until|till|to|through|and)\b", re.IGNORECASE)
_DASH_BETWEEN: Final = compile_ascii(r"[^\S\n]*[-–][^\S\n]*")


def _past_midnight(text: str, before: Mention, m: Mention) -> bool:
    """Whether a time runs on past midnight from a late day or an evening time of its sentence: a
    morning hour, after a word of running on to it ("lasted from 9:40 p.m. Friday until 1:30
    a.m.") or of what came after it ("The party started at 10 p.m. and ended at 2 a.m."), or a
    small hour after a late day, in its sentence or the next ("late Wednesday ... shortly before
    3:45 a.m.", "resumed their work on Wednesday night. Pence announced the tally at 3:41 a.m.")."""
    first, then = clock_of(before.value), clock_of(m.value)
    if then is None or then[0] >= 12:
        return False
    if (
        then[0] < _SMALL_HOURS_END
        and (before.text.lower().startswith("late ") or before.value.endswith("TNI"))
        and (before.sentence == m.sentence or text[before.sentence[1] : m.sentence[0]].isspace())
    ):
        # "Lawmakers resumed their work late Wednesday, and the tally was read shortly before
        # 3:45 a.m.": the small hours after a late day's night are the next day's
        return True
    if before.sentence != m.sentence:
        return False  # (a morning hour of the same sentence, or none)
    if first == (24, 0):
        # "The fire broke out shortly after midnight and was put out by 6:20 a.m.": the morning
        # after the midnight that ends a day is the next day's
        return True
    return (
        first is not None
        and first[0] >= _EVENING
        and (
            _RUNS_ON_TO.search(text, before.end, m.start) is not None
            or _DASH_BETWEEN.fullmatch(text, before.end, m.start) is not None
        )
    )


#: The first hour of the evening, from which a night may run on past midnight.
_EVENING: Final = 18
#: The hour the small hours end, which a late day's night runs on into.
_SMALL_HOURS_END: Final = 5


def _time_to_date(text: str, m: Mention) -> bool:
    """Whether a mention is a time of day with no day, in a sentence of no day of every kind."""
    return m.type == "TIME" and m.value.startswith("T") and not _EVERY_DAY.search(text, *m.sentence)


#: A count told beside the day it counts from: "four days after Election Day".
_COUNT_BESIDE: Final = compile_ascii(r"\b(?:after|before)$", re.IGNORECASE)


def _counted_from(text: str, mentions: list[Mention], k: int) -> bool:
    """Whether mention ``k`` is a day a count beside it is from, or that count ("Biden won on
    Saturday, four days after Election Day. The race was called at 11:25 a.m."): the story is on
    the day counted to, not on the day counted from, and a time told after it is not of that day."""
    m = mentions[k]
    if k + 1 < len(mentions) and _COUNT_BESIDE.search(m.text):
        m, n = mentions[k + 1], m
    elif k > 0 and _COUNT_BESIDE.search(mentions[k - 1].text):
        n = mentions[k - 1]
    else:
        return False
    return n.type == "DATE" and n.value == m.value and not text[n.end : m.start].strip()


#: A day that names an event, before the event's noun: "in retaliation for the |Aug. 7| bombings",
#: "Clinton's |Aug. 17| admission" (not "on Aug. 7 at 5 p.m.", "the Aug. 7 deadline" is one too).
_EVENT_NAMED_BEFORE: Final = compile_ascii(r"(?:\bthe|['’]s)[^\S\n]+$", re.IGNORECASE)
_EVENT_NOUN_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?!(?:at|in|on|and|or|to|by|for|with|when|as|is|was|were|will|would|from|until|till|after"
    r"|before|of|that|which|the|an?|local|gmt|utc|est|edt|pst|pdt)\b)[a-z]{3,}\b"
)


def _names_an_event(text: str, m: Mention) -> bool:
    """Whether a day told names an event, as an adjective before its noun ("the Aug. 7
    bombings"): the day of that event, not one a time told in a later sentence is on."""
    return (
        _EVENT_NAMED_BEFORE.search(text, max(0, m.start - 6), m.start) is not None
        and _EVENT_NOUN_AFTER.match(text, m.end) is not None
    )


#: A day counted on from the one before it: "the next morning", "the following day".
_COUNTED_ON: Final = compile_ascii(r"(?:the\s+)?(?:next|following)\b", re.IGNORECASE)


def _day_told_of(text: str, mentions: list[Mention], k: int | None) -> Mention | None:
    """The other day of its sentence that a day a saying is dated by comes after: the day the
    sentence tells of ("visited the consulate on Tuesday, his fiancee said on Wednesday")."""
    if not k:
        return None
    said, told = mentions[k], mentions[k - 1]
    if (
        told.sentence != said.sentence
        or not names_a_day(told)
        or told.value[:10] == said.value[:10]
        or not SAID_DATED_BEFORE.search(text, max(0, said.start - SAID_REACH), said.start)
    ):
        return None
    return told


def names_a_day(m: Mention) -> bool:
    """Whether a mention names one day of the calendar (with its year)."""
    return m.granularity == "day" and DAY_VALUE.match(m.value) is not None


def _day_from(told: Mention, days: int) -> str:
    """The day so many ``days`` from the day a mention tells, as a value ("" for a day of no
    known year or week, which no count reaches)."""
    if not DAY_VALUE.match(told.value):
        return ""
    return (date.fromisoformat(told.value[:10]) + timedelta(days=days)).isoformat()


def _dated_time(mentions: list[Mention], i: int, day: str, why: str) -> None:
    """A time of day (mention ``i``) given a day, if it is one of the calendar."""
    if not DAY_VALUE.match(day):
        return
    mentions[i] = revalued(mentions[i], day + mentions[i].value, f"a time of day {why}")
