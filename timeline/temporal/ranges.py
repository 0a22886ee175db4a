"""Two dates told together: a range ("Monday to Friday", "from May to July"), a pair ("in May and
June"), or a date told as before or after the one just before it ("announced on Thursday that it
had agreed on Tuesday").  What the engine resolved of each on its own is put in order here: the
end of a range is not before its start, a pair lies on one side of the writer's date, a weekday
told as earlier is a week back."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .asciimode import compile_ascii
from .context import WEEKDAY_NAMES, Anchor
from .expressions import Expr
from .lexicon import FULL_WEEKDAY_RE
from .mention import Mention, revalued
from .tense import plan_moved_to, tense_cue
from .values import DAY_VALUE, span_of

#: Between the two weekdays of a range ("Monday to Friday", "Monday-Friday", "the Monday-to-Friday
#: week"); "and" only after "between" ("on Monday and Friday" are two days).
_WEEKDAY_TO: Final = compile_ascii(
    r"\s*(?:to|through|thru|until|till|[-–—](?:to[-–—])?)\s*|\s+and\s+", re.IGNORECASE
)
_BETWEEN: Final = compile_ascii(r"\bbetween\s+$", re.IGNORECASE)


def _range_joint(text: str, first: Mention, start: int) -> bool:
    """Whether only the words of a range stand between a mention and the one before it ("to",
    a dash, or "and" after "between")."""
    joint = _WEEKDAY_TO.fullmatch(text, first.end, start)
    return joint is not None and (
        "and" not in joint.group().lower() or _BETWEEN.search(text, first.start - 12, first.start) is not None
    )


def weekday_range(text: str, first: Mention, start: int, weekday: int | None) -> bool:
    """Whether a weekday closes a range opened by the weekday just before it, or a pair of days
    that follow each other ("on Monday and Tuesday", "on Wednesday or Thursday"), in one week as
    a range is ("statements made Friday and Thursday" are each read on their own)."""
    if first.rule != "weekday" or DAY_VALUE.fullmatch(first.value) is None:
        return False
    if _range_joint(text, first, start):
        return True
    return (
        weekday is not None
        and (weekday - date.fromisoformat(first.value).weekday()) % 7 == 1
        and _WEEKDAY_PAIR.fullmatch(text, first.end, start) is not None
    )


#: Before a weekday, in its clause, what tells it as earlier than the weekday told before it:
#: "announced on Thursday that it had agreed on Tuesday", "Thursday's vote came after a debate
#: that began on Tuesday" (not "identified Thursday as suspects who had been arrested,
#: newspapers reported Friday").
_EARLIER_BETWEEN: Final = compile_ascii(
    r"\b(?:had|'d|after|following|since)\b[^,;:()\"“”]{0,50}$", re.IGNORECASE
)


def told_as_earlier(
    text: str, first: Mention, sentence: tuple[int, int], start: int, value: str, reference: date
) -> tuple[str, str] | None:
    """A weekday gone by that its sentence tells as before the weekday told just before it, but
    that was read as after it: the same weekday a week earlier."""
    if (
        first.rule != "weekday"
        or first.sentence[0] != sentence[0]
        or DAY_VALUE.fullmatch(first.value) is None
        or DAY_VALUE.fullmatch(value) is None
        or not first.value < value <= reference.isoformat()
        or _EARLIER_BETWEEN.search(text, max(first.end, start - 60), start) is None
    ):
        return None
    day = date.fromisoformat(value) - timedelta(days=7)
    return day.isoformat(), (
        f'the {WEEKDAY_NAMES[day.weekday()]} before "{first.text}" ({first.value}), which its sentence'
        " tells as later"
    )


_SPAN_END_BEFORE: Final = compile_ascii(r"\b(?:until|till|through|by)\s+(?:on\s+)?$", re.IGNORECASE)


#: After a weekday, the other day of a pair or range it opens: "on Thursday and Friday".
_PAIRED_WITH: Final = compile_ascii(
    rf"\s*(?:and|or|to|through|[-–])\s*(?:on\s+)?(?P<wd>{FULL_WEEKDAY_RE})\b",
    re.IGNORECASE,
)


def told_as_later(
    text: str, first: Mention, sentence: tuple[int, int], span: tuple[int, int], value: str, reference: date
) -> tuple[str, str] | None:
    """A weekday still to come, told after a later one still to come in its sentence but read as
    before it: the same weekday a week on ("Frost is likely on Sunday night and into Monday",
    "The road will close on Saturday and reopen on Monday", told on a Monday). Not a day paired
    with that later one again: "will meet on Friday, and leaders will hold a summit on Thursday
    and Friday"."""
    start, end = span
    if (
        first.rule != "weekday"
        or first.sentence[0] != sentence[0]
        or DAY_VALUE.fullmatch(first.value[:10]) is None
        or DAY_VALUE.fullmatch(value[:10]) is None
        or not reference.isoformat() < first.value[:10]
        or not value[:10] < first.value[:10]
        or _EARLIER_BETWEEN.search(text, max(first.end, start - 60), start) is not None
        # (the end of a span or a deadline orders nothing told after it: "Schools will remain
        # closed until Wednesday, and flights resume on Tuesday")
        or _SPAN_END_BEFORE.search(text, first.start - 12, first.start) is not None
        or (
            (paired := _PAIRED_WITH.match(text, end)) is not None
            and paired["wd"].lower() == WEEKDAY_NAMES[date.fromisoformat(first.value[:10]).weekday()].lower()
        )
    ):
        return None
    try:
        day = date.fromisoformat(value[:10]) + timedelta(days=7)
    except OverflowError:  # the calendar's last week
        return None
    return day.isoformat() + value[10:], (
        f'the first {WEEKDAY_NAMES[day.weekday()]} after "{first.text}" ({first.value[:10]}), which its'
        " sentence tells as earlier"
    )


#: Between the date a plan was moved to and the date it was moved from: "to May 1, 2026, from its
#: original Feb. 13 date", "to Nov. 3 from Oct. 27".
_MOVED_FROM_AFTER: Final = compile_ascii(
    r"[^.;:!?]{0,40}?\bfrom\s+(?:(?:its|the|their|his|her|an?)\s+)?"
    r"(?:(?:original|originally\s+(?:planned|scheduled)|initial|earlier|previous|planned|scheduled)\s+)?$",
    re.IGNORECASE,
)


def moved_from(
    text: str, moved_to: Mention, sentence: tuple[int, int], start: int, expr: Expr
) -> tuple[str, str] | None:
    """The month or day a plan was moved from, told right after the date it was moved to ("pushed
    the opening to May 1, 2026, from its original Feb. 13 date"): the one nearest to that date,
    whatever the tense (a plan delayed has not yet come; one brought forward had not)."""
    if (
        moved_to.sentence[0] != sentence[0]
        or MONTH_VALUE.fullmatch(moved_to.value) is None
        or _MOVED_FROM_AFTER.fullmatch(text, moved_to.end, start) is None
        or not plan_moved_to(text, moved_to.start)
        or expr.month is None
    ):
        return None
    found = nearest_to(expr, moved_to.value)
    if found is None:
        return None
    return found, f'the one nearest to "{moved_to.text}" ({moved_to.value}), the date it was moved to'


def nearest_to(expr: Expr, told: str) -> str | None:
    """The value of the month (or day of a month) of ``expr`` nearest to a month or day told."""
    if expr.month is None:
        return None
    try:
        new = date.fromisoformat(told if len(told) == 10 else f"{told}-01")
    except ValueError:  # no calendar day ("0000-03": a stand-in's year)
        return None
    candidates = []
    for year in (new.year - 1, new.year, new.year + 1):
        try:
            candidates.append(date(year, expr.month, expr.day or 1))
        except ValueError:  # 29 February
            continue
    if not candidates:
        return None
    day = min(candidates, key=lambda d: (abs((d - new).days), d))
    return day.isoformat() if expr.day else day.isoformat()[:7]


#: Before a month or day a plan was set for until it changed: "The agency had been aiming for
#: February", "had been scheduled for", "was originally planned for".
_ONCE_PLANNED_BEFORE: Final = compile_ascii(
    # (what someone had expected in a month is when they expected it: "higher than policymakers
    # had expected in September"; what had been expected for one, the plan)
    r"\b(?:had\s+(?:been\s+(?:expected|due|slated)|(?:been\s+)?(?:aim(?:ed|ing)|plann(?:ed|ing)"
    r"|target(?:ed|ing)|scheduled|set|hop(?:ed|ing)))|(?:was|were)\s+(?:originally|initially|first|previously)\s+(?:planned|scheduled"
    r"|set|expected|due|slated|targeted))\s+(?:to\s+(?:be\s+)?[a-z]+(?:\s+place)?\s+)?(?:for|in|on|by|until)\s+"
    r"(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?|late\s+)?$",
    re.IGNORECASE,
)
#: How far after the date a plan is now set for the one it was set for before may be told.
_PLAN_REACH: Final = 250


def planned_before(text: str, mentions: list[Mention], start: int, expr: Expr) -> tuple[str, str] | None:
    """The month or day a plan was set for before it changed to the one told just before ("will
    now launch no earlier than April 2026, a delay of about two months. The agency had been aiming
    for February"; "The vote was held on Dec. 3, 2024. It had been planned for November"): the one
    nearest to the new date, not to the writer's."""
    plan = next((m for m in reversed(mentions) if m.type == "DATE" or m.end < start - _PLAN_REACH), None)
    if (
        plan is None
        or not 0 <= start - plan.end <= _PLAN_REACH
        or MONTH_VALUE.fullmatch(plan.value) is None
        or _ONCE_PLANNED_BEFORE.search(text, max(plan.end, start - 60), start) is None
    ):
        return None
    found = nearest_to(expr, plan.value)
    if found is None:
        return None
    return found, f'the one nearest to "{plan.text}" ({plan.value}), the date the plan was changed to'


_WEEKDAY_PAIR: Final = compile_ascii(r"\s+(?:and|or)\s+(?:on\s+)?", re.IGNORECASE)


def happened_later(
    text: str, sentence: tuple[int, int], start: int, end: int, value: str, before: Mention, reference: date
) -> tuple[str, str, Mention] | None:
    """What a past tense says came so long after a month or day with no year has happened: where
    counting on from the nearest such month runs past the reference date, the month was the one
    a year before ("The couple married in June and divorced six months later", told in November:
    June and December of the year before)."""
    if MONTH_VALUE.fullmatch(value) is None or MONTH_VALUE.fullmatch(before.value) is None:
        return None
    span, earlier = span_of(value), span_of(_years_on(value, -1))
    if span is None or earlier is None or span.start <= reference or earlier.start > reference:
        return None
    s0 = sentence[0]
    cue = tense_cue(text[s0 : sentence[1]], start - s0, end - s0, strength=False)
    if cue is None or cue[0] != "past":
        return None
    later = " ".join(text[start:end].split())
    note = f'the year before: what the past tense tells came "{later}" has happened by {reference}'
    moved = revalued(before, _years_on(before.value, -1), note)
    why = f"counted from {' '.join(before.text.split())!r} read a year back ({moved.value}): what the past tense tells has happened by {reference}"
    return _years_on(value, -1), why, moved


def _years_on(value: str, years: int) -> str:
    """A month or day value (``2025-07``, ``2025-07-28``) that many years on."""
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def order_range(first: Mention, value: str, why: str, tense: str | None) -> tuple[str, str, Mention]:
    """The two ends of a weekday range in order: each was read on its own, within a week of the
    reference; where the end came out before the start, a range told in the past starts a week
    earlier ("Between Tuesday and Thursday, flights were cancelled", told on a Wednesday: the
    Tuesday of the week before), any other ends a week later ("Talks will run from Monday to
    Friday")."""
    if DAY_VALUE.fullmatch(value) is None:
        return value, why, first
    begin, end = date.fromisoformat(first.value), date.fromisoformat(value)
    if end >= begin:
        return value, why, first
    try:
        if tense == "past":
            moved = (begin - timedelta(days=7)).isoformat()
            note = f"the {WEEKDAY_NAMES[begin.weekday()]} before {value}, where the range it opens ends"
            return value, why, revalued(first, moved, note)
        moved = (end + timedelta(days=7)).isoformat()
    except OverflowError:  # the calendar's first or last week: no week before or after it
        return value, why, first
    return (
        moved,
        f"the first {WEEKDAY_NAMES[end.weekday()]} after {first.value}, where the range it closes begins",
        first,
    )


#: A month or a day of the calendar, as a value.
MONTH_VALUE: Final = compile_ascii(r"\d{4}-\d\d(?:-\d\d)?")


#: What joins the days of a list: "24, 25 and 27 June", "June 24, 25, and 27".
DAY_LIST_JOINT: Final = compile_ascii(r",[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or|&)[^\S\n]+")


def calendar_range(text: str, first: Mention, start: int) -> bool:
    """Whether a month or day closes a range opened by the month or day just before it
    ("from November to February", "between Jan. 3 and March 5", "December-January")."""
    return MONTH_VALUE.fullmatch(first.value) is not None and _range_joint(text, first, start)


def order_months(first: Mention, value: str, why: str, tense: str | None) -> tuple[str, str, Mention]:
    """The two ends of a range of months or days in order: each was read on its own, near the
    reference; where the end came out before the start, a range starts a year earlier ("Between
    January and October, cases rose", told in March: January of the year before), unless it is
    told in the future: then it ends a year later ("Talks will run from Sept. 1 to Aug. 20")."""
    if MONTH_VALUE.fullmatch(value) is None or len(value) != len(first.value):
        return value, why, first
    if value > _years_on(first.value, 1):
        # the end a year and more after the start ("closed from 24 December to 2 January", the
        # start read in the past, the end as the nearest): the range turns one year only
        if tense == "future":
            moved = _years_on(first.value, 1)
            if span_of(moved) is not None and moved <= value:
                note = (
                    f"a year after {first.value}, read on its own, so that the range it opens runs to {value}"
                )
                return value, why, revalued(first, moved, note)
        else:
            moved = _years_on(value, -1)
            if span_of(moved) is not None and moved >= first.value:
                return (
                    moved,
                    f"a year before {value}, read on its own, so that the range it closes runs from {first.value}",
                    first,
                )
        return value, why, first
    if value >= first.value:
        return value, why, first
    if tense != "future":
        moved = _years_on(first.value, -1)
        if span_of(moved) is None or moved > value:  # 29 February in no leap year; no order
            return value, why, first
        return (
            value,
            why,
            revalued(
                first,
                moved,
                f"a year before {first.value}, read on its own, so that the range it opens runs to {value}",
            ),
        )
    moved = _years_on(value, 1)
    if span_of(moved) is None or moved < first.value:
        return value, why, first
    return (
        moved,
        f"a year after {value}, read on its own, so that the range it closes runs from {first.value}",
        first,
    )


def range_round_now(first: Mention, value: str, why: str, reference: date) -> tuple[str, str, Mention]:
    """A range of months or days read as still to come, whose same months a year earlier hold the
    writer's day, is that one, going on: "The festival, which runs from Aug. 8 to Aug. 31, drew
    record crowds", told on Aug. 18, is this August's (a timetable's present looks ahead); not a
    range that turns a year ("Talks will run from Sept. 1 to Aug. 20")."""
    if len(value) != len(first.value) or MONTH_VALUE.fullmatch(value) is None:
        return value, why, first
    now = reference.isoformat()[: len(value)]
    if first.value <= now or first.value[:4] != value[:4]:  # (not one that turns a year)
        return value, why, first
    start, end = _years_on(first.value, -1), _years_on(value, -1)
    if not start <= now <= end or span_of(start) is None or span_of(end) is None:
        return value, why, first
    note = f"the range that holds the reference date {reference.isoformat()}, a year before the one read on its own"
    return end, note, revalued(first, start, note)


def range_round_story(first: Mention, value: str, why: str, story: Anchor) -> tuple[str, str, Mention]:
    """A range of months that turns a year, read on from the story's last date, reaches a year
    ahead of it: "seized Manila in March [1945] ... fought in Burma from October to March" is
    October 1944 to March 1945, around the story's date, not October 1945 to March 1946."""
    if len(value) != len(first.value) or MONTH_VALUE.fullmatch(value) is None:
        return value, why, first
    begin, end = int(first.value[:4]), int(value[:4])
    told = story.day.isoformat()[: len(value)]
    if end != begin + 1 or first.value <= told <= value:
        return value, why, first  # no turn of a year, or the story's date is within the range
    earlier = (_years_on(first.value, -1), _years_on(value, -1))
    if not (earlier[0] <= told <= earlier[1]) or span_of(earlier[0]) is None or span_of(earlier[1]) is None:
        return value, why, first
    note = f'the range around the story\'s date, "{story.mention}" ({told})'
    return earlier[1], note, revalued(first, earlier[0], note)


AND_JOINT: Final = compile_ascii(r"\s+and\s+")
PAIR_JOINT: Final = compile_ascii(r",?\s+(?:and|or)\s+|,\s*")


def after_pair(first: Mention, value: str, why: str) -> tuple[str, str]:
    """The second of two months or days joined by "and" ("in May and June") that came out before
    the first, read on from it: the first such month after it."""
    if len(value) != len(first.value) or MONTH_VALUE.fullmatch(value) is None or value >= first.value:
        return value, why
    moved = _years_on(value, 1)
    if span_of(moved) is None or moved < first.value:
        return value, why
    return moved, f"the first after {' '.join(first.text.split())!r} ({first.value}), which it follows"


#: How far before the story's date two months joined by "and" may lie to be read as a look back.
LOOK_BACK_MONTHS: Final = 6


def pair_back_from_story(first: Mention, value: str, why: str, story: Anchor) -> tuple[str, str, Mention]:
    """Two months joined by "and" that turn a year ("November and January"), read on from the
    story's date into the months after it, are a look back when a year earlier they end within
    a few months before it: told in April 2005, November 2004 and January 2005."""
    if len(value) != 7 or len(first.value) != 7 or MONTH_VALUE.fullmatch(value) is None:
        return value, why, first
    begin, end = int(first.value[:4]), int(value[:4])
    told = story.day
    if end != begin + 1 or first.value <= f"{told.year:04d}-{told.month:02d}":
        return value, why, first  # no turn of a year, or not all after the story's date
    back_end = (end - 1, int(value[5:7]))
    months_before = (told.year - back_end[0]) * 12 + told.month - back_end[1]
    if not 0 <= months_before <= LOOK_BACK_MONTHS:
        return value, why, first
    earlier = (_years_on(first.value, -1), _years_on(value, -1))
    note = f'a look back from the story\'s date, "{story.mention}" ({told.isoformat()[:7]})'
    return earlier[1], note, revalued(first, earlier[0], note)
