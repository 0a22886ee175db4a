"""Resolution: from what an expression says (:class:`Expr`) to the TIMEX3 value it names, given
the reference date, the narrative's last anchor and the tense around the mention.

Pure: no clock and no I/O.  Every answer comes with a short reason that the engine turns into
the mention's explanation ("the most recent July 28 on or before the dateline 2025-08-18").
"""

from __future__ import annotations

from calendar import isleap, monthrange
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from .before_year_one import stand_in_span
from .context import (
    LAST_DATE,
    MONTH_NAMES,
    NARRATIVE_NOTE,
    NEAR_DAYS,
    NO_REFERENCE_TO_COUNT_FROM,
    WEEKDAY_NAMES,
    Anchor,
    Context,
    Resolution,
    named_reference,
    narrative_note,
)
from .expressions import Expr
from .holidays import EVERY_FEW_YEARS, holiday_dates, holiday_name, nth_weekday
from .narrative import UNIT_YEARS
from .resolve_parts import resolve_part, year_before_quarter
from .values import add_months, bc_year, quarter_value, span_of, week_value

__all__ = ["Anchor", "Context", "Resolution", "resolve"]


def resolve(expr: Expr, ctx: Context) -> Resolution:
    """The TIMEX3 value an expression names in a context, and why.

    Args:
        expr: the parsed expression.
        ctx: reference date, anchor, tense and options.

    Returns:
        ``(value, reason)``.  Without the reference it needs, the value keeps its unknown parts
        as ``X`` (``XXXX-07-28``) or becomes ``PAST_REF``/``FUTURE_REF``; never today's date.
    """
    handler = _HANDLERS[expr.kind]
    try:
        return handler(expr, ctx)
    except OverflowError:  # counted back before 1 January 1 or on past 9999 ("Tuesday" on 0001-01-01)
        return "", "beyond the dates the calendar holds"


#: How much of a date's ISO form tells it at a granularity coarser than a day: "2022-12".
_GRAIN_CHARS: Final = {"year": 4, "month": 7}


def _fixed(expr: Expr, ctx: Context) -> Resolution:
    value = expr.value or ""
    if expr.type in ("DURATION", "SET"):
        return value, "a duration, not a date" if expr.type == "DURATION" else "a recurring time, not a date"
    if expr.rel in ("some-later", "some-earlier"):  # "days later", "a few weeks earlier"
        way = "after" if expr.rel == "some-later" else "before"
        if ctx.last is not None:
            day = ctx.last.day.isoformat()[: _GRAIN_CHARS.get(ctx.last.granularity, 10)]
            told = f'{LAST_DATE}, "{ctx.last.mention}" ({day})'
            return value, f"some time {way} {told}, no calendar date"
        return value, f"some time {way} the story's time, no calendar date"
    if value.endswith("_REF"):
        return value, "no calendar date: refers to " + value[:-4].lower()
    if expr.type == "TIME" and value.startswith("T"):
        return value, "a time of day with no date"
    if expr.rel == "millennium":
        return value, "the year the millennium turned"
    if expr.rel == "any":
        return value, "any such day, no one day"
    return value, "written in full"


def _choose_year(month: int, day: int | None, ctx: Context, what: str) -> Resolution:
    """The year of a month (and day) written without one, from the reference date and tense."""
    ref = ctx.reference
    assert ref is not None
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            start = date(y, month, day or 1)
        except ValueError:
            continue
        candidates.append((y, start))
    if not candidates:  # 29 February with no leap year near
        return "", "not a real calendar date in the years around the reference date"
    ref_key = ref if day else date(ref.year, ref.month, 1)
    past = [c for c in candidates if c[1] <= ref_key]
    future = [c for c in candidates if c[1] >= ref_key]
    best = min(candidates, key=lambda c: (abs((c[1] - ref_key).days), c[1] > ref_key))
    by_tense = (
        past[-1] if ctx.tense == "past" and past else future[0] if ctx.tense == "future" and future else None
    )
    if by_tense is not None and by_tense != best and _near_outweighs_tense(best[1], ref_key, ctx):
        y = best[0]
        why = _nearer_than_tense(what, named_reference(ctx), ctx)
    elif ctx.tense == "past" and past:
        y = past[-1][0]
        why = f"the most recent {what} on or before {named_reference(ctx)} (past tense)"
    elif ctx.tense == "future" and future:
        y = future[0][0]
        why = f"the first {what} on or after {named_reference(ctx)} (future tense)"
    else:
        y = best[0]
        why = f"the {what} nearest to {named_reference(ctx)}"
    return f"{y:04d}", why


def _near_outweighs_tense(nearest: date, base: date, ctx: Context) -> bool:
    """Whether a day (or month) this near the date it is read from outweighs the weak tense
    around it: news speaks of days close to its own."""
    return not ctx.strong_tense and abs((nearest - base).days) <= NEAR_DAYS


def _nearer_than_tense(what: str, label: str, ctx: Context) -> str:
    return f"the {what} nearest to {label} (within {NEAR_DAYS} days: closer than the {ctx.tense} tense around it)"


def _narrative_year(month: int, day: int | None, ctx: Context, what: str) -> Resolution:
    """In a narrative, a month (and day) without a year follows the story: the year of the last
    date mentioned, or the next one when the month lies well before the month of the last day or
    month mentioned in that same year ("December 7" ... "In January": the next January)."""
    # (with no story's date yet, the last day or month told, though an aside: "until in March
    # 1980 ... The tension increased in April")
    last, fine = ctx.last or ctx.anchor, ctx.anchor
    assert last is not None
    year = last.day.year
    if (
        fine is not None
        and fine.day.year == year
        and month < fine.day.month - NARRATIVE_FLASHBACK
        # a year written after the last month takes the story back to the year as a whole: "By
        # October, ... fewer bombs were found in 2008. In May, the army ..." is May 2008
        and last.granularity != "year"
    ):
        year += 1
        why = f"the first {what} after {fine.mention!r} ({narrative_note(ctx)})"
    else:
        why = f"{what} in the year of {LAST_DATE}, {last.mention!r} ({narrative_note(ctx)})"
    return f"{year:04d}", why


#: In a narrative, a month this many months (or fewer) before the story's last month is read as
#: a look back within the same year; further back, as the next year.
NARRATIVE_FLASHBACK: Final = 4


def _weekday_year(month: int, day: int, weekday: int, ref: date, ahead: bool) -> Resolution | None:
    """The one year near the reference in which a day falls on the weekday written beside it
    ("Monday, Oct. 26"), if one fits; if none does, the last year before that in which it does,
    up to ``WEEKDAY_YEARS_BACK`` back (a story told again: "on the night of Friday, Oct. 23",
    written in January 2000, is of 1998), unless the tense looks ``ahead``."""
    name = WEEKDAY_NAMES[weekday]
    # a weekday moves on one or two days a year: it fits at most one of three years running
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if falls_on(y, month, day, weekday):
            return (
                f"{y:04d}",
                f"the year near {ref.isoformat()} in which {MONTH_NAMES[month - 1]} {day} is a {name}",
            )
    if ahead:
        return None  # what is still to come is no story told again: the weekday is a slip
    for y in range(ref.year - 2, ref.year - WEEKDAY_YEARS_BACK - 1, -1):
        if falls_on(y, month, day, weekday):
            return (
                f"{y:04d}",
                f"the last year before {ref.isoformat()} in which {MONTH_NAMES[month - 1]} {day} is a {name}",
            )
    return None


#: How many years back a day written with its weekday is looked for when no year near the
#: reference fits: a day falls on the same weekday again within six years (eleven at most).
WEEKDAY_YEARS_BACK: Final = 6


def falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether a day of the calendar is that weekday (0: Monday); False if there is no such day."""
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _day_of_relative_month(
    day: int, n: int, ctx: Context, edge: str | None = None, story: bool = False
) -> Resolution:
    """A day of the month ``n`` months from the reference date's: "the 15th of next month"; with
    ``edge`` "LAST_DAY", that month's last day ("the last day of next month"), "LAST_WEEK" the
    middle of its last seven ("the last week of next month"); in a history, or with ``story`` (a
    past told of a month just named: "In June, a heatwave hit. By the last day of the month, ..."),
    of the last month mentioned ("the last day of the month")."""
    base, label = ctx.reference, named_reference(ctx)
    if (ctx.narrative or story) and ctx.last is not None and ctx.last.granularity in ("day", "week", "month"):
        base, label = ctx.last.day, f'{LAST_DATE}, "{ctx.last.mention}"'
        if ctx.narrative:
            label += f" ({narrative_note(ctx)})"
    if base is None:
        return (
            f"XXXX-XX-{day:02d}" if edge is None else "XXXX-XX-XX"
        ), "no reference date: the month is unknown"
    year, month = divmod(base.year * 12 + base.month - 1 + n, 12)
    if edge == "LAST_DAY":
        day = monthrange(year, month + 1)[1]
    elif edge == "LAST_WEEK":
        day = monthrange(year, month + 1)[1] - 3
    try:
        value = date(year, month + 1, day).isoformat()
    except ValueError:
        return "", "not a real calendar date"
    if base is ctx.reference:
        which = {0: "this month", -1: "last month", 1: "next month"}.get(n, f"{n} months on")
    else:  # the story's month
        which = {0: "the month", -1: "the month before", 1: "the month after"}.get(n, f"{n} months on")
    what = _EDGE_DAYS.get(edge or "", f"day {day}")
    return value, f"{what} of {which}, counted from {label}"


_EDGE_DAYS: Final = {"LAST_DAY": "the last day", "LAST_WEEK": "the middle of the last week"}


def _cut_year(year: int, ctx: Context) -> Resolution:
    """A year written with two digits ("in '87", read by the rule as ``year``, 1987): of the
    century that puts it nearest the last date mentioned, or the reference date ("the Club of
    '89", in a history of the 1790s: 1789); with neither, as the rule read it."""
    yy = year % 100
    if ctx.last is not None:
        near = ctx.last.day.year
        year = min(((near // 100 + k) * 100 + yy for k in (-1, 0, 1)), key=lambda y: abs(y - near))
        return (
            f"{year:04d}",
            f'\'{yy:02d} of the century that puts it nearest {LAST_DATE}, "{ctx.last.mention}"',
        )
    if ctx.reference is not None:
        # news tells mostly of years gone by: not more than ten years after its own
        latest = ctx.reference.year + _CUT_YEAR_AHEAD
        year = (latest // 100) * 100 + yy
        if year > latest:
            year -= 100
        return (
            f"{year:04d}",
            f"'{yy:02d} of the latest century that puts it no later than {latest}, ten years after"
            f" {named_reference(ctx)}",
        )
    return f"{year:04d}", f"'{yy:02d}: no date to place its century by, so {year}"


_CUT_YEAR_AHEAD: Final = 10


def _calendar(expr: Expr, ctx: Context) -> Resolution:
    if expr.mod == "cut" and expr.year is not None:
        return _cut_year(expr.year, ctx)
    if expr.mod == "this-day" and expr.year is not None and ctx.reference is not None:
        # "On this day in 1969": the reference date's day and month, in that year
        ref = ctx.reference
        day_of_month = min(ref.day, monthrange(expr.year, ref.month)[1])
        return (
            f"{expr.year:04d}-{ref.month:02d}-{day_of_month:02d}",
            f"the day and month of {named_reference(ctx)}, in {expr.year}",
        )
    if (
        expr.mod == "named"
        and ctx.reference is not None
        and expr.year is not None
        and ctx.reference.year <= expr.year
    ):
        expr = replace(expr, year=None, mod=None)  # written before that event: some other day
    if expr.unit in ("week", "weekend"):  # "the week of March 6": the week that day falls in
        value, why = _calendar(replace(expr, unit=None), ctx)
        if value.startswith("XXXX-") and len(value) == 10:
            # no ISO week without a year: its month, not one day of it as though that were told
            named = MONTH_NAMES[int(value[5:7]) - 1]
            return value[:7], f"a {expr.unit} in {named} (no ISO week without a year; {why})"
        day_of = span_of(value)
        if day_of is None or day_of.granularity != "day" or not isinstance(day_of.start, date):
            return value, why
        weekend = "-WE" if expr.unit == "weekend" else ""
        return week_value(day_of.start) + weekend, f"the {expr.unit} of {value}: {why}"
    if expr.unit == "nth-weekday" and expr.month is None and expr.rel in ("month", "story-month"):
        # "the first Monday of next month" (``day`` holds which: 1, 2, 3, 4 or -1 for the last)
        value, why = _day_of_relative_month(1, expr.n or 0, ctx, story=expr.rel == "story-month")
        first_day = span_of(value)
        if first_day is None or not isinstance(first_day.start, date) or expr.weekday is None:
            return value[:7] if value[:1] == "X" else value, why
        nth = nth_weekday(first_day.start.year, first_day.start.month, expr.weekday, expr.day or -1)
        return nth.isoformat(), f"that day of {value[:7]}: {why.replace('day 1 of ', '', 1)}"
    if expr.unit in ("first-workday", "last-workday"):  # "the last working day of the month"
        value, why = _calendar(replace(expr, unit=None), ctx)
        day_of = span_of(value)
        if day_of is None or day_of.granularity not in ("day", "month") or not isinstance(day_of.start, date):
            return (value[:7] if value.startswith("XXXX-") else value), why  # (no weekday without a year)
        return _working_day(day_of.start, expr.unit == "first-workday", why)
    if expr.unit in ("nth-weekday", "nth-weekend"):  # "the last Sunday in March": in that March
        if expr.rel == "year":  # "of May next year": ``day`` holds which, ``n`` the year's count
            nth_of = expr.day or -1
            value, why = _calendar(replace(expr, unit=None, weekday=None, day=None), ctx)
        else:
            nth_of = expr.n or -1
            value, why = _calendar(replace(expr, unit=None, weekday=None, n=None), ctx)
        month_of = span_of(value)
        if month_of is None or month_of.granularity != "month" or expr.weekday is None:
            return value, why
        nth = nth_weekday(month_of.start.year, month_of.start.month, expr.weekday, nth_of)
        if expr.unit == "nth-weekend":  # "the first weekend of January": that of its first Saturday
            return week_value(nth) + "-WE", f"the weekend of {nth.isoformat()} in {value}: {why}"
        return nth.isoformat(), f"that day of {value}: {why}"
    month, day = expr.month, expr.day
    if month and day and ctx.day_first and expr.mod == "numeric":
        month, day = day, month
    if expr.year is not None:
        value = f"{expr.year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        if span_of(value) is None:
            return "", "not a real calendar date"
        if expr.mod == "named":  # "the Oct. 7 attacks"
            return value, f"the day names an event of {expr.year:04d}"
        if expr.mod == "event":  # "the Sept. 11 attacks in 2001"
            return value, f"in {expr.year:04d}, the year written after the event the day names"
        if expr.mod == "span-end":  # "the 2025-26 school year"
            return value, "the second year of a span of two years, in the century of the first"
        if expr.mod == "range":  # "from June 11 to July 19, 2026"
            return value, f"in {expr.year:04d}, the year written with the end of the range it opens"
        if expr.mod == "range-before":  # "from Dec. 28 to Jan. 3, 2026"
            return (
                value,
                f"in {expr.year:04d}, the year before the one written with the end of the range it opens",
            )
        return value + _time_suffix(expr), "written in full"
    if month is None:
        assert day is not None
        if expr.rel in ("month", "story-month"):  # "the 15th of next month", "the last day of the month"
            edge = expr.mod if expr.mod in ("LAST_DAY", "LAST_WEEK") else None
            return _day_of_relative_month(day, expr.n or 0, ctx, edge, story=expr.rel == "story-month")
        if expr.weekday is not None and (fit := _weekday_day(day, expr.weekday, ctx)) is not None:
            return fit  # "Wednesday 13th": the month near whose 13th is a Wednesday
        return _day_of_month(day, ctx)
    what = MONTH_NAMES[month - 1] + (f" {day}" if day else "")
    tail = (f"-{month:02d}" + (f"-{day:02d}" if day else "")) + _time_suffix(expr)
    if expr.rel == "story-year":  # "August of that year", "January 24 of the following year"
        if ctx.last is not None:
            base, source = ctx.last.day.year, repr(ctx.last.mention)
        elif ctx.reference is not None:
            base, source = ctx.reference.year, named_reference(ctx)
        else:
            return "XXXX" + tail, "no date to count the year from"
        y = base + (expr.n or 0)
        return f"{y:04d}" + tail, f"{what} of {y}, counted from {source}"
    if expr.rel in ("previous", "following"):  # "the previous April": before the story's date
        return _story_month(month, tail, what, expr.rel, ctx)
    if ctx.reference is None:
        if (
            ctx.narrative
            and ctx.last is not None
            # (with no reference date, a year not written was counted from one written: "the
            # next month" after "September 1854")
            and (ctx.last.granularity in ("day", "week", "month", "season") or ctx.last.opens)
            and expr.rel is None
            and expr.weekday is None
        ):
            # a chronology with no date of its own, after a day or month written with its year,
            # or a year opening its sentence: "Jan 19, 2025 - A ceasefire takes effect. It
            # collapses in March.", "2022: Two maintainers join. In June, ..." (after a year
            # alone elsewhere, a month may be the writer's: "growing since 2019 ... in November")
            year, why = _narrative_year(month, day, ctx, what)
            if not day or span_of(f"{year}-{month:02d}-{day:02d}") is not None:
                return year + tail, why
        return "XXXX" + tail, "no reference date: the year is unknown"
    ref = ctx.reference
    if expr.rel == "year":  # "July last year"
        y = ref.year + (expr.n or 0)
        if expr.mod in ("range", "range-before"):  # "from June 11 to July 19 next year"
            year_of = "the year" if expr.mod == "range" else "the year before the one"
            return (
                f"{y:04d}" + tail,
                f"in {y:04d}, {year_of} of the end of the range it opens, counted from {named_reference(ctx)}",
            )
        which = {0: "this year", -1: "last year", 1: "next year"}[expr.n or 0]
        return f"{y:04d}" + tail, f"{what} of {which}, counted from {named_reference(ctx)}"
    if expr.rel in ("last", "next", "this"):
        if expr.rel == "this":
            y = ref.year
            why = f"{what} of the year of {named_reference(ctx)}"
        elif expr.rel == "last":
            y = ref.year if month < ref.month else ref.year - 1
            why = f"the last {what} before {named_reference(ctx)}"
            if not day and (ref.month - month) % 12 == 1:
                # "relisted last September", told in October: the month just gone is "last
                # month"; "last September" is the one before it
                y -= 1
                why = f'the {what} before the one just ended by {named_reference(ctx)} (that one would be "last month")'
        else:
            y = ref.year if month > ref.month else ref.year + 1
            why = f"the next {what} after {named_reference(ctx)}"
        return f"{y:04d}" + tail, why
    if (
        day
        and expr.weekday is not None
        and (fit := _weekday_year(month, day, expr.weekday, ctx.reference, ctx.tense == "future"))
    ):
        year, why = fit
    elif ctx.narrative and (ctx.last is not None or ctx.anchor is not None):
        year, why = _narrative_year(month, day, ctx, what)
    else:
        year, why = _choose_year(month, day, ctx, what)
        if expr.mod == "named-far" and expr.value and year and int(expr.value) < int(year) < ref.year:
            # "after Sept. 11", told in July 2005: not last year's (which would be written with its
            # year), but the event's
            year, why = expr.value, f"the day alone names an event of {expr.value}, not a day of last year"
    if not year:
        return "", why
    if day and span_of(f"{year}-{month:02d}-{day:02d}") is None:
        return "", "not a real calendar date"
    return year + tail, why


def _story_month(month: int, tail: str, what: str, rel: str, ctx: Context) -> Resolution:
    """ "the previous April", "the following March": the nearest such month before or after the
    last date mentioned (the reference date when there is none): the story's last date when it
    lies after the last day or month told ("Born on Feb. 2, 1931 ... In the summer of 1968 ...
    published the following January" is January 1969)."""
    anchor = ctx.anchor
    if ctx.last is not None and (
        anchor is None
        or ctx.last.day > anchor.day
        # (nor the writer's own day, told at the top: "Published 3 August 2025 ... By that autumn
        # it had stopped. ¶ The first tanker arrived the following January" is January 2020)
        or anchor.day == ctx.reference
    ):
        anchor = ctx.last
    if anchor is not None:
        base, source = anchor.day, f"{LAST_DATE}, {anchor.mention!r}"
    elif ctx.reference is not None:
        base, source = ctx.reference, named_reference(ctx)
    else:
        return "XXXX" + tail, "no date to count the year from"
    whole_year = anchor is not None and anchor.granularity not in ("day", "week", "month")
    if rel == "previous":  # after a year ("In 2019 ... the previous April"): the year before's
        y = base.year if month < base.month and not whole_year else base.year - 1
    else:
        y = base.year if month > base.month and not whole_year else base.year + 1
    return f"{y:04d}" + tail, f"the {what} {'before' if rel == 'previous' else 'after'} {source}"


def _weekday_day(day: int, weekday: int, ctx: Context) -> Resolution | None:
    """ "Wednesday 13th", "on Friday the 8th": the day of that number nearest to the story's last
    day (or the reference date), in a month where it falls on that weekday, within half a year."""
    story = ctx.anchor if ctx.anchor is not None and ctx.anchor.granularity == "day" else None
    if story is not None and story.day != ctx.reference:
        base, source = story.day, f"{LAST_DATE}, {story.mention!r}"
    elif ctx.reference is not None:
        base, source = ctx.reference, named_reference(ctx)
    else:
        return None
    start = date(base.year, base.month, 1)
    fits = []
    for step in range(-6, 7):
        first = add_months(start, step)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            fits.append(candidate)
    if not fits:
        return None
    best = min(fits, key=lambda d: (abs((d - base).days), d > base))
    return best.isoformat(), f"the {WEEKDAY_NAMES[weekday]} the {day} nearest to {source}"


def _day_of_month(day: int, ctx: Context) -> Resolution:
    """A day written without its month ("on the 12th"): in the month of the last day or month
    mentioned (the month after, when the last day came later in its month), else in the month of
    the reference date, the one before or after as the tense says."""
    anchor = ctx.anchor if ctx.anchor is not None and ctx.anchor.granularity in ("day", "month") else None
    what = f"day {day}"
    if anchor is not None:
        base = anchor.day
        if anchor.granularity == "day" and day < base.day:
            before = date(base.year, base.month, day)
            if (
                ctx.tense == "past"
                and ctx.reference is not None
                and before <= ctx.reference < add_months(before, 1)
            ):
                # "The hearing was adjourned until the 26th. The council met on the 5th": told in
                # the past, not the 5th after a day still to come, but the one before it
                why = f"{what} of the month of {LAST_DATE}, {anchor.mention!r}, before it (past tense)"
            else:
                base = add_months(date(base.year, base.month, 1), 1)
                why = f"the first {what} after {LAST_DATE}, {anchor.mention!r}"
        else:
            why = f"{what} of the month of {LAST_DATE}, {anchor.mention!r}"
    elif ctx.reference is not None:
        base = ctx.reference
        if ctx.tense == "past" and day > base.day:
            base = add_months(date(base.year, base.month, 1), -1)
            why = f"the most recent {what} before {named_reference(ctx)} (past tense)"
        elif ctx.tense == "future" and day < base.day:
            base = add_months(date(base.year, base.month, 1), 1)
            why = f"the first {what} after {named_reference(ctx)} (future tense)"
        else:
            why = f"{what} of the month of {named_reference(ctx)}"
    else:
        return f"XXXX-XX-{day:02d}", "no reference date: the month is unknown"
    value = f"{base.year:04d}-{base.month:02d}-{day:02d}"
    if span_of(value) is None:
        return "", "not a real calendar date"
    return value, why


def _time_suffix(expr: Expr) -> str:
    return f"T{expr.part[1:]}" if expr.part and expr.part.startswith("T") else ""


def _weekday(expr: Expr, ctx: Context) -> Resolution:
    wd = expr.weekday
    assert wd is not None
    name = WEEKDAY_NAMES[wd]
    suffix = _time_suffix(expr)
    if ctx.reference is None:
        return f"XXXX-WXX-{wd + 1}{suffix}", "no reference date: the week is unknown"
    ref = ctx.reference
    back = (ref.weekday() - wd) % 7  # days back to the most recent such weekday (0: today)
    fwd = (wd - ref.weekday()) % 7
    # weeks beyond the last or next such weekday: -1 for "the Friday before last", 1 for "the
    # Tuesday after next" (with a unit, ``n`` counts from the weekday: "a week from next Monday")
    beyond = (expr.n or 0) if expr.unit is None else 0
    if expr.rel == "last":
        d = ref - timedelta(days=(back or 7) - 7 * beyond)
        why = f"the {name} before " * -beyond + f"the last {name} before {named_reference(ctx)}"
    elif expr.rel == "next":
        d = ref + timedelta(days=(fwd or 7) + 7 * beyond)
        why = f"the {name} after " * beyond + f"the next {name} after {named_reference(ctx)}"
    elif expr.rel == "this" and ctx.tense == "past":
        # "Police arrested him this Monday", told on a Wednesday: this week's, gone by
        d = ref - timedelta(days=back)
        why = f"this {name}, told in the past: the last one on or before {named_reference(ctx)}"
    elif expr.rel == "this":
        d, why = ref + timedelta(days=fwd), f"this {name}: the coming one, from {named_reference(ctx)}"
    elif expr.rel == "of-week":  # "Tuesday last week": the weekday of the week so many weeks on
        n = expr.n or 0
        d = ref + timedelta(days=wd - ref.weekday() + 7 * n)
        which = {-1: "last week", 0: "this week", 1: "next week"}.get(n, f"{n} weeks on")
        why = f"the {name} of {which}, counted from {named_reference(ctx)}"
    elif expr.rel == "week-after":  # "Monday week": a week after the coming Monday
        d = ref + timedelta(days=(fwd or 7) + 7)
        why = f"a week after the coming {name}, from {named_reference(ctx)}"
    elif expr.rel == "story" and (story := _story_day(ctx)) is not None:
        # "that Tuesday", "the following Friday", "the previous Friday": in the story's week
        day, mention = story
        ahead, behind = (wd - day.weekday()) % 7, (day.weekday() - wd) % 7
        if expr.n == -1:
            d, which = day - timedelta(days=behind or 7), "the last {} before"
        elif expr.n == 1:
            d, which = day + timedelta(days=ahead or 7), "the first {} after"
        else:
            d, which = day + timedelta(days=ahead), "the first {} on or after"
        why = f'{which.format(name)} {LAST_DATE}, "{mention}" ({day.isoformat()})'
    elif expr.rel == "story" and expr.n and (month := _story_month_told(ctx)) is not None:
        # "The first warning came in early March. By the following Monday, ...": a day of that
        # month's story, whose week is unknown (not the week after the writer's day)
        value, mention = month
        return value, f'a {name} {"after" if expr.n > 0 else "before"} {LAST_DATE}, "{mention}": its month'
    elif expr.rel == "story" and expr.n:  # no day told before: counted from the reference
        d = ref + timedelta(days=(fwd or 7) if expr.n > 0 else -(back or 7))
        why = f"the {'next' if expr.n > 0 else 'last'} {name} {'after' if expr.n > 0 else 'before'} {named_reference(ctx)}"
    elif expr.n and expr.n < 0 and expr.unit is not None:
        # "a week ago Sunday": the last one, whatever the tense ("will mark what happened a
        # week ago Sunday")
        d, why = ref - timedelta(days=back), f"the most recent {name} on or before {named_reference(ctx)}"
    elif ctx.tense == "past":
        d, why = (
            ref - timedelta(days=back),
            f"the most recent {name} on or before {named_reference(ctx)} (past tense)",
        )
    elif ctx.tense == "future":
        d, why = (
            ref + timedelta(days=fwd),
            f"the first {name} on or after {named_reference(ctx)} (future tense)",
        )
    elif expr.n and expr.n > 0 and expr.unit in _DAYS_IN:  # "a week from Friday": the coming one
        d, why = ref + timedelta(days=fwd), f"the coming {name}, from {named_reference(ctx)}"
    elif back <= fwd:
        d, why = ref - timedelta(days=back), f"the {name} nearest to {named_reference(ctx)}"
    else:
        d, why = ref + timedelta(days=fwd), f"the {name} nearest to {named_reference(ctx)}"
    if expr.n and expr.unit in _DAYS_IN:  # "a week from Friday": so long after that Friday
        try:
            d = d + timedelta(days=expr.n * _DAYS_IN[expr.unit])
        except OverflowError:
            return "", "past the calendar's end"
        why = f"{_amount(expr.unit, abs(expr.n))} {'after' if expr.n > 0 else 'before'} {why}"
    elif expr.n and expr.unit == "year":  # "a year ago Tuesday": that day so many years before
        year = d.year + expr.n
        if not 1 <= year <= 9999:
            return "", "past the calendar's end"
        d = _in_year(d, year)
        why = f"{_amount('year', abs(expr.n))} before {why}"
    return d.isoformat() + suffix, why


def _story_month_told(ctx: Context) -> tuple[str, str] | None:
    """The story's last date where it is a month other than the writer's, and its words."""
    anchor, ref = ctx.anchor, ctx.reference
    if anchor is None or anchor.granularity != "month" or ref is None:
        return None
    if (anchor.day.year, anchor.day.month) == (ref.year, ref.month):
        return None
    return anchor.day.isoformat()[:7], anchor.mention


def _story_day(ctx: Context) -> tuple[date, str] | None:
    """The story's last day, which "that Tuesday" or "the following Friday" fall near."""
    for anchor in (ctx.anchor, ctx.day):
        if anchor is not None and anchor.granularity == "day":
            return anchor.day, anchor.mention
    return None


#: Units counted in days: a count of them moves a day by so many days.
_DAYS_IN: Final = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


def _shift(base: date, unit: str, n: int, part: str | None = None, by_day: bool = False) -> str:
    """The value ``n`` units from ``base`` at the unit's granularity (at day granularity for days
    and weeks when ``by_day``: "two weeks later" than a known day is a day)."""
    if unit == "day" or (by_day and unit in ("week", "fortnight")):
        return (base + timedelta(days=n * _DAYS_IN[unit])).isoformat()
    if unit in ("week", "fortnight"):
        return week_value(base + timedelta(days=n * _DAYS_IN[unit]))
    if unit == "weekend":
        return week_value(base + timedelta(weeks=n)) + "-WE"
    if unit == "month":
        return add_months(base, n).isoformat()[:7]
    if unit == "quarter":
        return quarter_value(add_months(base, 3 * n))
    if unit == "year":
        if part == "Q":
            return quarter_value(date(base.year + n, base.month, 1))
        year = _before_10000(base.year + n)
        return f"{year:04d}" if year >= 1 else f"BC{bc_year(year):04d}"  # "3,000 years ago"
    if unit == "decade":
        return stand_in_span(_before_10000(base.year + 10 * n), 10)
    return stand_in_span(_before_10000(base.year + 100 * n), 100)


def _before_10000(year: int) -> int:
    """A year counted to, which the calendar holds only up to 9999 ("10,000 years later" does
    not name one: see ``resolve``)."""
    if year > 9999:
        raise OverflowError("after 9999")
    return year


def unit_value(day: date, unit: str) -> str:
    """The value of the day, week, month, quarter, year, decade or century a day falls in."""
    return _shift(day, unit, 0)


def counted_units(unit: str, n: int) -> str:
    """ "2 weeks before", "1 day after": so many units, and which way."""
    return f"{_amount(unit, n)} {'before' if n < 0 else 'after'}"


def _overnight(expr: Expr, ctx: Context) -> Resolution:
    """ "overnight": in a story told day by day, the night of its last day ("On June 5 the fleet
    sailed. Overnight, paratroopers landed"); in news, the night before the writer's day, or,
    looked ahead to, the night of it ("Heavy rain is expected overnight")."""
    if ctx.narrative and ctx.last is not None and ctx.last.granularity == "day":
        return f"{ctx.last.day.isoformat()}TNI", f'the night of {LAST_DATE}, "{ctx.last.mention}"'
    ahead = ctx.tense == "future"
    value, why = _deictic(replace(expr, rel=None, n=0 if ahead else -1), ctx)
    if ctx.reference is None:
        return value, why
    return value, f"the night of {named_reference(ctx)} (future tense)" if ahead else f"the night before {named_reference(ctx)}"


def _amount(unit: str, n: int) -> str:
    word = {"day": "day", "week": "week", "fortnight": "fortnight", "weekend": "weekend"}.get(unit, unit)
    if unit == "century" and abs(n) != 1:
        word = "centuries"
    elif abs(n) != 1:
        word += "s"
    return f"{abs(n)} {word}"


def _deictic(expr: Expr, ctx: Context) -> Resolution:
    if expr.rel == "overnight":
        return _overnight(expr, ctx)
    unit, n = expr.unit or "day", expr.n or 0
    if expr.rel in ("turn", "turn-by"):
        return _turn_of_century(ctx) if unit == "century" else _turn_of_decade(ctx, by=expr.rel == "turn-by")
    if unit == "century" and expr.mod is not None and expr.mod.startswith("DECADE"):
        return _decade_of_century(int(expr.mod[6:]), n, ctx)
    if expr.rel == "today" and ctx.narrative and ctx.reference is not None:
        # "Most of the battlefield is farmland today": in a history, the present, no day of the story
        return "PRESENT_REF", f'"today" in a history: the present, not a day ({NARRATIVE_NOTE})'
    if (quarter := year_before_quarter(expr, ctx)) is not None:
        return quarter
    if (
        ctx.narrative
        and n == 0
        and ctx.last is not None
        and unit in ("month", "year", "week", "decade")
        # ... which the story's date holds: a year has no one month ("appointed in 2014 ... until
        # the end of the month")
        and (unit in ("year", "decade") or ctx.last.granularity in _WITHIN[unit])
    ):
        # "the end of the month" in a history is the story's month, not the writer's; "by the end
        # of the decade", the story's decade
        why = f"the {unit} of {LAST_DATE}, {ctx.last.mention!r} ({narrative_note(ctx)})"
        return _shift(ctx.last.day, unit, 0), why
    if (
        unit == "decade"
        and n == 0
        and expr.mod == "END"
        and expr.rel != "this"
        and ctx.tense == "past"
        and ctx.reference is not None
    ):
        # "Production resumed in 1946, and by the end of the decade the firm employed 300 people":
        # the end of the writer's decade is still to come, so one told in the past is another's,
        # the story's (or, with none told before it, the decade before the writer's)
        if ctx.last is not None and ctx.last.day.year // 10 < ctx.reference.year // 10:
            return _shift(ctx.last.day, unit, 0), (
                f"the decade of {LAST_DATE}, {ctx.last.mention!r}: told in the past tense, and the"
                f" end of the decade of {named_reference(ctx)} is still to come"
            )
        return _shift(ctx.reference, unit, -1), (
            f"the decade before that of {named_reference(ctx)}: told in the past tense, and this"
            " decade's end is still to come"
        )
    if ctx.reference is None:
        if unit == "weekend" and expr.rel == "the":  # "through the weekend": a weekend, of no known week
            return "XXXX-WXX-WE", "no reference date: the week is unknown"
        return ("PAST_REF" if n < 0 else "FUTURE_REF" if n > 0 else "PRESENT_REF"), NO_REFERENCE_TO_COUNT_FROM
    if (
        unit == "weekend"
        and expr.rel == "the"
        and (
            ctx.tense == "future"
            or ctx.reference.weekday() >= 5
            or (ctx.tense is None and ctx.reference.weekday() >= 3)
        )
    ):
        n = 0  # the coming weekend, or the one under way; told late in the week, the next one
    if unit == "weekend" and n == 0 and expr.rel == "this" and ctx.tense == "past" and ctx.reference.weekday() <= 2:
        # "Protests erupted this weekend", told on a Monday: the weekend just gone by
        return _shift(ctx.reference, unit, -1), (
            f"the weekend before {named_reference(ctx)}, early in its week: told in the past tense"
        )
    if (
        unit == "week"
        and n == 0
        and expr.rel in (None, "this")
        and expr.mod is None
        and ctx.tense == "future"
        and ctx.reference.weekday() == 6
    ):
        # "Congress returns this week", told on a Sunday: the week that starts the next day, as
        # the writer's own ends that day
        return _shift(ctx.reference, unit, 1), (
            f"the week after that of {named_reference(ctx)}, a Sunday: told in the future tense,"
            " and the writer's week ends that day"
        )
    if n == 0 and (turn := _turned_edge(expr, unit, ctx.reference, ctx.tense)):
        value = _shift(ctx.reference, unit, turn)
        told = "in the past tense" if turn < 0 else "in the future tense"
        edge = "middle" if expr.mod == "MID" else "end" if turn < 0 else "start"
        return value, (
            f"the {unit} {'before' if turn < 0 else 'after'} that of {named_reference(ctx)}: "
            f"told {told}, and this {unit}'s {edge} is {'still to come' if turn < 0 else 'past'}"
        )
    if expr.mod in _ON_THE and n != 0:
        grain, step = _ON_THE[expr.mod]
        # "20 years ago next month": counted from the month after the reference
        base = _stepped(ctx.reference, grain, step)
        if base is not None and (on := _on_the(base, unit, n, grain)):
            if step:
                return (
                    on,
                    f"{counted_units(unit, n)} the {grain} {'after' if step > 0 else 'before'} that of {named_reference(ctx)}",
                )
            return on, f"{counted_units(unit, n)} {named_reference(ctx)}, to the {grain}"
    value = _shift(ctx.reference, unit, n) + _time_suffix(expr)
    if n == 0:
        why = f"the {unit} of {named_reference(ctx)}"
    else:
        why = f"{counted_units(unit, n)} {named_reference(ctx)}"
    return value, why


def _decade_of_century(decade: int, n: int, ctx: Context) -> Resolution:
    """ "the first decade of this century" (``decade`` 0), "the last decade of the last century"
    (9, with ``n`` -1): that decade of the writer's century, or in a history of the story's."""
    ordinal = "first second third fourth fifth sixth seventh eighth ninth last".split()[decade]
    if ctx.narrative and ctx.last is not None:
        base, source = ctx.last.day, f"{LAST_DATE}, {ctx.last.mention!r} ({narrative_note(ctx)})"
    elif ctx.reference is not None:
        base, source = ctx.reference, named_reference(ctx)
    else:
        return ("PAST_REF" if n < 0 else "PRESENT_REF"), NO_REFERENCE_TO_COUNT_FROM
    century = _shift(base, "century", n)
    which = "the century before that of" if n else "the century of"
    return f"{century}{decade}", f"the {ordinal} decade of {which} {source}"


#: The granularities of a date that lies within one week or one month.
_WITHIN: Final = {"week": ("day", "week"), "month": ("day", "week", "month")}

#: "A year ago today", "Fifty years ago this week", "20 years ago next month": what grain the day
#: counted back to is read in, and how many of them from the reference it is counted from.
_ON_THE: Final = {
    "ON_DAY": ("day", 0),
    "ON_WEEK": ("week", 0),
    "ON_MONTH": ("month", 0),
    "ON_NEXT_WEEK": ("week", 1),
    "ON_LAST_WEEK": ("week", -1),
    "ON_NEXT_MONTH": ("month", 1),
    "ON_LAST_MONTH": ("month", -1),
    "ON_YEAR": ("year", 0),
}


def _stepped(reference: date, grain: str, step: int) -> date | None:
    """The reference moved by ``step`` weeks or months (None off the calendar)."""
    try:
        return reference + timedelta(weeks=step) if grain == "week" else add_months(reference, step)
    except (ValueError, OverflowError):
        return None


_MONTHS_IN: Final = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def _on_the(reference: date, unit: str, n: int, grain: str) -> str | None:
    """The day ``n`` units from the reference, to the day, week or month; None if the calendar
    has no such day."""
    try:
        if unit in _DAYS_IN:
            day = reference + timedelta(days=n * _DAYS_IN[unit])
        else:
            day = add_months(reference, n * _MONTHS_IN[unit])
    except (KeyError, ValueError, OverflowError):
        return None
    if grain == "day":
        return day.isoformat()
    if grain == "year":  # "A century ago this year"
        return day.isoformat()[:4]
    return week_value(day) if grain == "week" else day.isoformat()[:7]


def _turned_edge(expr: Expr, unit: str, reference: date, tense: str | None) -> int:
    """-1 for the end of a year or month told in the past near the start of the next one
    ("Inflation fell to 3.2% by the end of the year", told on 9 January: last year's end); 1 for
    the start of one told in the future near the end of the one before ("The law takes effect at
    the start of the year", told on 10 December); the same for the middle of a year, a month or a
    week told early or late in the writer's ("rallied midweek", told on a Monday; "will report by
    mid-year", told in November); else 0.  Not "later this year",
    "early this month": their "this" names the writer's own."""
    if expr.rel == "this":
        return 0
    if unit == "year":
        early, late = reference.month <= 3, reference.month >= 10
    elif unit == "month":
        early, late = reference.day <= 10, reference.day >= 21
    elif unit == "week":  # "Stocks rose at the end of the week", told on a Monday
        early, late = reference.weekday() <= 1, reference.weekday() >= 3
    else:
        return 0
    # "Stocks rallied midweek", told on a Monday: last week's middle; "will rally midweek", told
    # on a Friday, next week's; so too a year's or a month's ("will report by mid-year", told in
    # November: next year's)
    middle = expr.mod == "MID"
    if (expr.mod == "END" or middle) and tense == "past" and early:
        return -1
    # (a middle still to come, told on a Wednesday, is next week's: "a risk of frost by midweek",
    # in a forecast issued on a Wednesday afternoon)
    if (
        (expr.mod == "START" or middle)
        and tense == "future"
        and (late or (middle and unit == "week" and reference.weekday() == 2))
    ):
        return 1
    return 0


#: A year told in the past this soon after it ended is the one a report covers: results come after.
_YEAR_JUST_ENDED: Final = timedelta(days=75)


def _just_ended(unit: str, reference: date) -> str | None:
    """The year, month or week a figure told in the past covers where the writer's own has barely
    begun (up to ``_YEAR_JUST_ENDED`` into the year, ``_MONTH_JUST_ENDED_DAYS`` into the month, a
    Monday or a Tuesday): the one just ended; None otherwise, and for any other unit."""
    if unit == "year":
        return (
            f"{reference.year - 1:04d}"
            if reference <= date(reference.year, 1, 1) + _YEAR_JUST_ENDED
            else None
        )
    if unit == "week":
        return week_value(reference - timedelta(days=7)) if reference.weekday() <= 1 else None
    if unit == "month" and reference.day <= _MONTH_JUST_ENDED_DAYS:
        # "Oil fell 3% on the month", told on the 1st: the month that ended the day before
        before = reference - timedelta(days=reference.day)
        return f"{before.year:04d}-{before.month:02d}"
    return None


#: How many days into a month a figure told in the past for "the month" is the last month's.
_MONTH_JUST_ENDED_DAYS: Final = 3


#: From which month on a year's days look ahead to "the new year" as the next one.
_NEW_YEAR_NEAR: Final = 11


def _anaphoric(expr: Expr, ctx: Context) -> Resolution:
    unit, n = expr.unit or "day", expr.n or 0
    if expr.rel == "year-back":
        return _year_back(unit, ctx, told_as_last=expr.value == "last year")
    if (
        expr.rel == "new"
        and ctx.tense == "future"
        and ctx.reference is not None
        and ctx.last is not None
        and ctx.last.granularity in ("day", "month")
        and ctx.last.day.month >= _NEW_YEAR_NEAR
        and ctx.last.day.year < ctx.reference.year
    ):
        # "On 19 December 2023 the verdict was delayed until the new year": the year after that
        # December, whatever the writer's
        year = ctx.last.day.year + 1
        return f"{year:04d}", f'the year after {LAST_DATE}, "{ctx.last.mention}", late in {year - 1}'
    if expr.rel == "new" and ctx.tense == "future" and ctx.reference is not None:
        # "is due to give evidence in the new year": the year after the writer's, still to come
        return _shift(
            ctx.reference, unit, n
        ), f"{counted_units(unit, n)} {named_reference(ctx)} (future tense)"
    if (quarter := year_before_quarter(expr, ctx)) is not None:
        return quarter
    if (
        unit == "year"
        and n == -1
        and expr.rel is None
        and ctx.last is not None
        and ctx.last.granularity == "day"
        and any(c.isdigit() for c in ctx.last.mention)
    ):
        # "assets of $2 billion on Sept. 30, up from $1.8 billion a year earlier": that day of
        # the year before, as a balance sheet compares (29 February: the 28th)
        before = _in_year(ctx.last.day, ctx.last.day.year - 1)
        return before.isoformat(), f'the same day a year before {LAST_DATE}, "{ctx.last.mention}"'
    if (
        not n
        and expr.rel is None
        and ctx.anchor is None
        and ctx.last is None
        and (ref := ctx.reference) is not None
        and ctx.tense == "past"
        and not ctx.narrative
        and (ended := _just_ended(unit, ref)) is not None
    ):
        # "For the year, profit rose 10%", "Inflation ended the year at 2.9%", told in January;
        # "The index closed the week up 2%", told on a Monday or a Tuesday; with no date before:
        # the year or week just ended
        return ended, f"the {unit} just ended by {named_reference(ctx)} (past tense)"
    # a quarter or half told last: "For the year" and "the full year" after it are its year (not
    # one looked ahead to after a quarter of a year gone by: "Boeing reported fourth-quarter
    # profit. For the year, it expects revenue of $110 billion", told in January)
    after_a_part = (
        ctx.last is not None
        and ctx.last.granularity in ("quarter", "half")
        and not (ctx.tense == "future" and ctx.reference is not None and ctx.last.day.year < ctx.reference.year)
    )
    if expr.rel == "full" and not after_a_part:
        ref = ctx.reference
        if (
            ref is not None
            and ctx.tense == "past"
            and not ctx.narrative
            and (ended := _just_ended("year", ref)) is not None
        ):
            # "For the full year, growth was 2.8%", told in February: the year just ended
            return ended, f"the year just ended by {named_reference(ctx)} (past tense)"
        # "forecast an earnings increase for the full year": the writer's, after no quarter
        return _deictic(replace(expr, kind="deictic", rel=None), ctx)
    if expr.mod == "event" and expr.rel != "unit":
        # "It made landfall near Siesta Key, less than two weeks after Hurricane Helene devastated
        # the Southeast", beside no day: counted from an event the text does not date, not from
        # the last date told (the day it stands beside, or the event's day told after it, the
        # engine reads)
        return "", f"{counted_units(unit, n)} an event the text does not date"
    if (
        expr.mod == "event"
        and ctx.tense == "future"
        and not ctx.narrative
        and ctx.reference is not None
        and ctx.anchor is not None
        and ctx.anchor.day < ctx.reference
    ):
        # "Mourning will last until the day after the funeral", after a coronation told in June
        # 1953: an event still to come, which no date gone by dates
        return "", f"{counted_units(unit, n)} an event still to come, which the text does not date"
    year_base = False  # counting from a year: "a decade later" than 2009 is the year 2019
    if unit in ("year", "decade", "century") and ctx.narrative and ctx.last is not None:
        # "the same year", "the following year": the story's year, which a year alone moves too
        base = ctx.last.day
        source = f'{LAST_DATE}, "{ctx.last.mention}" ({ctx.last.day.year})'
        by_day = ctx.last.granularity == "day"
        year_base = ctx.last.granularity == "year"
    elif (
        unit in ("month", "year", "decade", "century")
        and _year_after_anchor(ctx)
        and (unit, n) != ("month", 0)
        # (not the very year a record is counted from: "its biggest fall since the Black Monday
        # crash of 1987 ... The index has erased all its gains for the year"; a count of years on
        # from it goes on from it: "the worst theft since the painting was stolen in 1911. It was
        # found two years later"); nor a count back from it, which goes back from the story's
        # time ("his earliest exit since 2006. He had won gold in Paris a month earlier")
        and not (n <= 0 and ctx.last is not None and ctx.last.since)
    ):
        # (not "the month" after a year, which names no month of it: "the hottest June day since
        # 1976. The record for the month, 35.6C, ...")
        # "He was elected in 2016. Four years later ...": the year written after the last day
        assert ctx.last is not None
        base = ctx.last.day
        source = f'{LAST_DATE}, "{ctx.last.mention}" ({ctx.last.day.year})'
        by_day, year_base = False, ctx.last.granularity == "year"
    elif (
        unit in ("day", "week")
        and n
        and expr.mod is None
        and not expr.inverted
        and _year_after_anchor(ctx)
        and ctx.last is not None
        and not ctx.last.since
        and (
            ctx.anchor is None
            # (a day of another year told before it: the writer's own, or any in a history; in
            # news, a day of the story's, which a year told aside does not move: "won gold on
            # Sunday ... bronze at the 2008 Beijing Games. ... three weeks earlier")
            or (
                ctx.anchor.day.year != ctx.last.day.year
                and (ctx.narrative or (ctx.anchor.granularity == "day" and ctx.anchor.day == ctx.reference))
            )
        )
    ):
        # "The first warning came in the spring of 2019. Two weeks later, a second crack was
        # found": days or weeks on from a year or a season, with no day of it told, fall in
        # that year; no day can be named (not days on from the writer's day)
        return f"{ctx.last.day.year:04d}", (
            f'{counted_units(unit, n)} {LAST_DATE}, "{ctx.last.mention}", a'
            f" {ctx.last.granularity}: no day can be named, only its year"
        )
    elif unit == "year" and n == 0 and after_a_part:
        # "For the year, profit is up 10%" after the third quarter: the year of that quarter
        assert ctx.last is not None
        base, by_day = ctx.last.day, False
        source = f'{LAST_DATE}, "{ctx.last.mention}" ({ctx.last.day.year})'
    elif (
        unit == "year"
        and n == 0
        and expr.rel is None
        and expr.mod is None
        and ctx.tense == "past"
        and not ctx.narrative
        and ctx.last is not None
        and ctx.last.granularity == "year"
        and not ctx.last.since
    ):
        # "The S&P 500 rose 23.3% last year. The Nasdaq jumped 28.6% over the year": the year
        # just told, counted or written
        base, by_day = ctx.last.day, False
        source = f'{LAST_DATE}, "{ctx.last.mention}" ({ctx.last.day.year})'
    elif ctx.anchor is not None and not (
        # "Published: 3 March 2025 ... Storm Eowyn: six weeks on, thousands still without water":
        # so long after an event, counted to the writer's day, not on from it; so too where the
        # count from the last day told would pass the writer's day, told not as to come ("The
        # river burst its banks on Sunday. Three weeks on, the clean-up continues")
        expr.mod == "on"
        and ctx.reference is not None
        and (
            (ctx.anchor.granularity == "day" and ctx.anchor.day == ctx.reference)
            or (
                ctx.tense != "future"
                and not ctx.narrative
                # (in ordinals: a count may reach past the calendar's end)
                and ctx.anchor.day.toordinal() + UNIT_YEARS.get(unit, 0) * 365 * n > ctx.reference.toordinal()
            )
        )
    ):
        anchor = ctx.anchor
        if (
            unit in ("day", "week")
            and (n or unit == "day")  # "later that day", after a month told in an aside
            and anchor.granularity != "day"
            and ctx.day is not None
            and abs(ctx.day.day.year - anchor.day.year) <= 1  # not the dateline, told of 1944
            # not a month told with its year ("arrested in May last year", "in May 2024"): the
            # story has moved there from the day told before it
            and not (anchor.granularity == "month" and _names_its_year(anchor.mention))
            # not a day the story has moved on from: "Feb. 24: Russia invades. March: its troops
            # withdraw. Two days later, ..." is in March (but a month looked ahead to moves no
            # story on: "agreed on Thursday night ... a decision is expected in October. Earlier in
            # the day, ..." is Thursday)
            and (ctx.day.day >= anchor.day or (ctx.reference is not None and anchor.day > ctx.reference))
            # not a day still to come, told in the past of, or as news come ("Interest starts to
            # accrue Sept. 1 ... The ruling came a day after the court ended affirmative action")
            and not (
                (ctx.tense == "past" or (ctx.tense != "future" and expr.inverted))
                and not ctx.narrative
                and ctx.reference is not None
                and ctx.day.day > ctx.reference
            )
        ):
            anchor = ctx.day  # "two days after", counted from a month ("in January"): from the last day
        # "Three officers will stand trial in August. The governor had called up the Guard the
        # previous weekend": told in the past, counted back not from a time still to come, but
        # from the writer's day
        back_from = (
            ctx.reference
            if (
                n <= 0
                and (not n or expr.mod is None)  # (not "the week before it": counted from what it names)
                and ctx.tense == "past"
                and not ctx.narrative
                and ctx.reference is not None
                and anchor.day > ctx.reference
                and _shift(anchor.day, unit, 0) != _shift(ctx.reference, unit, 0)
            )
            else None
        )
        if (
            expr.inverted
            and unit in ("day", "week")
            and not ctx.narrative
            and ctx.reference is not None
            and (
                anchor.granularity not in ("day", "week")
                # (nor one still to come, told not as to come: "with interest starting to accrue
                # Sept. 1. The ruling came a day after the court ended affirmative action")
                or (anchor.day > ctx.reference and ctx.tense != "future")
            )
        ):
            # "The results came a day after BP said ...", with no day told near: the news of the
            # story's own day came then, as "comes a day after" says in the present
            value = _shift(ctx.reference, unit, n, None, True)
            return (
                value,
                f"{counted_units(unit, n)} {named_reference(ctx)}: the clause after the phrase happened first",
            )
        if (
            unit == "day"
            and not n
            and expr.part is None
            and anchor.granularity == "week"
            and not ctx.narrative
            and ctx.reference is not None
        ):
            # "an infection kept him in bed for much of last week ... Shares fell 3 percent, after
            # falling 10 percent earlier in the day": no day of the week was told; in news, the
            # writer's day
            return _shift(ctx.reference, unit, 0), (
                f'the day of {named_reference(ctx)}: {LAST_DATE}, "{anchor.mention}", is a week, no day'
            )
        if (
            unit == "week"
            and not n
            and anchor.granularity == "month"
            and ctx.reference is not None
            and (anchor.day.year, anchor.day.month) == (ctx.reference.year, ctx.reference.month)
        ):
            # "Silver hit a high earlier this month ... Platinum was flat over the week": no week
            # of a month can be named from it; in the writer's month, the writer's week
            return _shift(ctx.reference, unit, 0), (
                f'the week of {named_reference(ctx)}, in the month of {LAST_DATE}, "{anchor.mention}"'
            )
        if (
            back_from is None
            and unit in ("day", "week", "weekend")
            and anchor.granularity == "month"
            and expr.part is None
        ):
            # "four days later" than October 1915, with no day told near: no day can be named,
            # only the month it most likely falls in, counted from the middle of the month, either
            # way ("Last month, floods ... A week earlier, a landslide": last month, most likely;
            # "Five days later ... that weekend": the month)
            month = _shift(anchor.day.replace(day=15), "week" if unit == "weekend" else unit, n, None, True)[:7]
            return month, (
                f"{counted_units(unit, n) if n else f'the same {unit} as'} {LAST_DATE}, "
                f'"{anchor.mention}", a month: no day can be named, only a month'
            )
        base = anchor.day
        source = f'{LAST_DATE}, "{anchor.mention}" ({anchor.day.isoformat()})'
        by_day = anchor.granularity == "day"
        if back_from is not None:
            # "The bank meets next Wednesday. Earlier in the week, the World Bank cut its
            # forecast": told in the past, not in the week of a day still to come, but the writer's
            base, by_day = back_from, True
            source = (
                f"{named_reference(ctx)} (past tense: not"
                f" {'counted from' if n else f'the {unit} of'} {LAST_DATE}, still to come)"
            )
    elif expr.mod == "event":
        # "The day after the vote, markets rallied", with no date before it: not the day after
        # the reference date, but after an event the text does not date
        return "", f"{counted_units(unit, n)} an event the text does not date"
    elif ctx.reference is not None and expr.mod == "on":
        # "A year on, survivors still wait": so long after an event the text has not dated, now
        if ctx.anchor is not None and ctx.anchor.day != ctx.reference:
            return _shift(ctx.reference, unit, 0, None, False), (
                f"the {unit} of {named_reference(ctx)}: {_amount(unit, n)} after "
                f'"{ctx.anchor.mention}" would pass it, and is not told as to come'
            )
        return _shift(ctx.reference, unit, 0, None, False), (
            f"the {unit} of {named_reference(ctx)}: {_amount(unit, n)} after an event not dated before it"
        )
    elif ctx.reference is not None:
        base, source, by_day = ctx.reference, named_reference(ctx), True
    else:
        return ("PAST_REF" if n < 0 else "FUTURE_REF" if n > 0 else "PRESENT_REF"), "no date to count from"
    if unit == "decade" and n and year_base and expr.rel != "unit":  # not "the following decade"
        value = f"{base.year + 10 * n:04d}"
    elif unit == "weekend" and n > 0 and by_day and base.weekday() < 5:
        # "the following weekend" after a Thursday: the weekend that closes the Thursday's week
        value = _shift(base, unit, n - 1)
    else:
        # "a week later" than a day is a day; "later in the week" and "the following week" a week
        value = _shift(base, unit, n, expr.part, by_day and n != 0 and expr.rel != "unit")
    if expr.type == "TIME" and expr.part:  # "that night", "the next morning": a time of a day
        if not by_day or unit != "day":
            return "", f"no day to count from: {source} is no day"
        value += expr.part
    if n == 0:
        return value, f"the same {unit} as {source}"
    why = f"{counted_units(unit, n)} {source}"
    if expr.inverted:
        why += ": the clause after the phrase happened first"
    return value, why


def _names_its_year(mention: str) -> bool:
    """Whether a month's words name its year: "May 2024", "May last year", "May of that year",
    "last May"."""
    lower = mention.lower()
    return any(ch.isdigit() for ch in mention) or " year" in lower or lower.startswith(("last ", "next ", "this "))


#: What "the same period" a year back can be: the period last told, if it is one of these.
_PERIODS: Final = ("week", "month", "quarter", "half")


#: A story this many years from the reference has a turn of the century of its own.
_FAR_STORY_YEARS: Final = 50


def _turn_of_century(ctx: Context) -> Resolution:
    """ "the turn of the century": the start of the century that begins nearest to the story's
    year in a history or a story told half a century back or more, else to the reference's
    (1897 is near 1900, 2025 near 2000)."""
    last = ctx.last
    if last is not None and (
        ctx.narrative or ctx.reference is None or abs(ctx.reference.year - last.day.year) >= _FAR_STORY_YEARS
    ):
        year, source = last.day.year, f'{LAST_DATE}, "{last.mention}"'
    elif ctx.reference is not None:
        year, source = ctx.reference.year, named_reference(ctx)
    else:
        return "PAST_REF", NO_REFERENCE_TO_COUNT_FROM
    turn = (year + 50) // 100
    return stand_in_span(turn * 100, 100), f"the turn of a century nearest to {source}: {turn * 100}"


def _turn_of_decade(ctx: Context, by: bool) -> Resolution:
    """ "the turn of the decade": the start of the decade of the story's year in a history, else
    of the writer's (the lows "of the turn of the decade", told in 2025, were in 2020), or of the
    next where something is to be done ``by`` it ("should open by the turn of the decade")."""
    if ctx.narrative and ctx.last is not None:
        year, source = ctx.last.day.year, f'{LAST_DATE}, "{ctx.last.mention}"'
    elif ctx.reference is not None:
        year, source = ctx.reference.year, named_reference(ctx)
    else:
        return "PAST_REF", NO_REFERENCE_TO_COUNT_FROM
    turn = year // 10 * 10
    if by and ctx.tense == "future" and turn < year:
        turn += 10
        return stand_in_span(turn, 10), f"the first turn of a decade after {source}: {turn}"
    return stand_in_span(turn, 10), f"the last turn of a decade by {source}: {turn}"


def _in_year(day: date, year: int) -> date:
    """The same day of the calendar in another year (29 February: the 28th where it has none)."""
    if (day.month, day.day) == (2, 29) and not isleap(year):
        return day.replace(year=year, day=28)
    return day.replace(year=year)


def _year_back(unit: str, ctx: Context, told_as_last: bool = False) -> Resolution:
    """ "the same quarter last year", "the same day a year earlier": the story's quarter (or day,
    week, month) a year before; the writer's when the story has told none.  "The same period" is
    the week, month, quarter or half last told (the year before a year told last: "in the first
    two months of 2024 ... the same period a year earlier"), or without one the year before the
    writer's.  Told as "last year", it is no more than two years before the writer's."""
    value, why = _a_year_back(unit, ctx)
    ref = ctx.reference
    if told_as_last and ref is not None and not ctx.narrative and value[:4].isdigit():
        if not ref.year - 2 <= int(value[:4]) < ref.year:
            # "Volumes in the first two months of 2024 were flat on the same period of last year",
            # after "a year earlier" than December: not the period before that one
            return f"{ref.year - 1:04d}", f"the year before {named_reference(ctx)}: told as last year's"
    return value, why


def _a_year_back(unit: str, ctx: Context) -> Resolution:
    """``_year_back``, before it is held to the writer's last year."""
    last = ctx.last
    if unit == "period" and last is not None and last.granularity == "year" and last.written:
        return f"{last.day.year - 1:04d}", f'the year before {LAST_DATE}, "{last.mention}"'
    if unit == "period":
        periods = [a for a in (ctx.last, ctx.anchor) if a is not None and a.granularity in _PERIODS]
        if not periods:
            if ctx.reference is None:
                return "PAST_REF", "no date to count from"
            return (
                f"{ctx.reference.year - 1:04d}",
                f"the year before {named_reference(ctx)}: no period told before",
            )
        period = periods[0]
        if period.granularity == "half":
            half = 1 if period.day.month <= 6 else 2
            return (
                f"{period.day.year - 1:04d}-H{half}",
                f'the same half a year before {LAST_DATE}, "{period.mention}"',
            )
        unit = period.granularity
    told = [a for a in (ctx.anchor, ctx.last) if a is not None and a.granularity in (unit, "day")]
    # a month told before the day its news was said ("rose in September, Halifax said on Friday.
    # Prices were up on the same month last year"): the month
    told.sort(key=lambda a: a.granularity != unit)
    if told:
        base, source = told[0].day, f'{LAST_DATE}, "{told[0].mention}" ({told[0].day.isoformat()})'
    elif ctx.reference is not None:
        base, source = ctx.reference, named_reference(ctx)
    else:
        return "PAST_REF", "no date to count from"
    why = f"the same {unit} a year before {source}"
    if unit == "week":  # the week of the same number: a day a year back may fall a week apart
        year, week, _ = base.isocalendar()
        return f"{year - 1:04d}-W{min(week, date(year - 1, 12, 28).isocalendar()[1]):02d}", why
    return _shift(_in_year(base, base.year - 1), unit, 0), why


def _working_day(day: date, first: bool, why: str) -> Resolution:
    """The first or last working day of the month of ``day``: a weekday, and not New Year's Day
    (the one holiday nearly every market and office keeps); other holidays are not known."""
    if first:
        found = day.replace(day=1)
        while found.weekday() >= 5 or (found.month, found.day) == (1, 1):
            found += timedelta(days=1)
    else:
        found = day.replace(day=monthrange(day.year, day.month)[1])
        while found.weekday() >= 5:
            found -= timedelta(days=1)
    edge = "first" if first else "last"
    return found.isoformat(), f"the {edge} working day (Monday to Friday) of {found:%Y-%m}: {why}"


def _year_after_anchor(ctx: Context) -> bool:
    """Whether the last date mentioned is a year (or season, quarter) written out after the last
    day, week or month: the date a count of years goes on from."""
    last = ctx.last
    return last is not None and last.written and last.granularity not in ("day", "week", "month")


def _holiday(expr: Expr, ctx: Context) -> Resolution:
    value, why = _holiday_day(expr, ctx)
    if (
        expr.n
        and expr.rel != "year"
        and (day_of := span_of(value)) is not None
        and isinstance(day_of.start, date)
    ):
        # "the day after Thanksgiving", "the day before Easter"
        moved = day_of.start + timedelta(days=expr.n)
        return moved.isoformat(), f"the day {'after' if expr.n > 0 else 'before'} {value}: {why}"
    day = span_of(value) if expr.unit in ("week", "weekend") else None
    if day is None or day.granularity != "day" or not isinstance(day.start, date):
        return value, why
    first = day.start
    ref = ctx.reference
    if ref is not None and expr.year is None and not expr.rel and not ctx.narrative:
        coming = next((d for d in holiday_dates(expr.value or "", ref.year) if d >= ref), None)
        if coming is not None and week_value(coming) == week_value(ref):  # told in that very week
            value, why = (
                coming.isoformat(),
                f"the {holiday_name(expr.value or '')} in the week of {named_reference(ctx)}",
            )
            first = coming
    if expr.unit == "weekend" and first.weekday() < 2:
        # "Labor Day weekend", "the Memorial Day weekend": a Monday's (or Tuesday's) holiday
        # makes a long weekend of the one before it
        sunday = first - timedelta(days=first.weekday() + 1)
        return week_value(sunday) + "-WE", f"the weekend before {value}, its long weekend: {why}"
    # "the Easter weekend", "Easter week": the week (or weekend) the holiday falls in
    weekend = "-WE" if expr.unit == "weekend" else ""
    return week_value(first) + weekend, f"the {expr.unit} of {value}: {why}"


def _holiday_day(expr: Expr, ctx: Context) -> Resolution:
    key = expr.value or ""
    name = holiday_name(key)
    if expr.year is not None:
        return _holiday_of_year(key, name, expr.year, "")
    base = ctx.last.day if ctx.narrative and ctx.last is not None else ctx.reference
    if base is None:
        return "XXXX-XX-XX", "no reference date: the year is unknown"
    label = (
        f'{LAST_DATE}, "{ctx.last.mention}"'
        if base is not ctx.reference and ctx.last
        else named_reference(ctx)
    )
    if expr.rel == "year":  # "last year's Cyber Monday": of the year counted from the reference
        return _holiday_of_year(key, name, base.year + (expr.n or 0), f", counted from {label}")
    every = EVERY_FEW_YEARS.get(key, 1)
    days = [d for y in range(base.year - every, base.year + every + 1) for d in holiday_dates(key, y)]
    if not days:
        return "XXXX-XX-XX", f"no day known for {name} near {base.year}"
    past = [d for d in days if d <= base]
    future = [d for d in days if d >= base]
    nearest = min(days, key=lambda d: (abs((d - base).days), d > base))
    if not past or not future:  # (a holiday of another calendar, at the edge of the years known)
        return nearest.isoformat(), f"the {name} nearest to {label}, of the years its day is known for"
    if (
        not expr.rel
        and ctx.tense in ("past", "future")
        and nearest != (past[-1] if ctx.tense == "past" else future[0])
        and _near_outweighs_tense(nearest, base, ctx)
    ):
        # as for a month or day: "urged a vote before the Easter recess", told 19 days before
        # Easter, is this Easter, however weakly the verb looks back
        return nearest.isoformat(), _nearer_than_tense(name, label, ctx)
    if expr.rel == "this":
        # "this Labor Day weekend", told the Friday before; "this Christmas was quiet", told on
        # Dec. 27: the one nearest, whatever the tense
        return nearest.isoformat(), f"this {name}: the nearest to {label}"
    if expr.rel == "last" or (ctx.tense == "past" and expr.rel != "next"):
        day = past[-1] if expr.rel != "last" or past[-1] != base or len(past) < 2 else past[-2]
        return day.isoformat(), f"the most recent {name} by {label}"
    if expr.rel == "next" or ctx.tense == "future":
        return future[0].isoformat(), f"the first {name} from {label}"
    return nearest.isoformat(), f"the {name} nearest to {label}"


def _holiday_of_year(key: str, name: str, year: int, counted: str) -> Resolution:
    """A holiday in a year written or counted (``counted`` says from what); the year alone where
    its day that year is not known."""
    told = holiday_dates(key, year)
    if not told:
        return f"{year:04d}", f"{name} of {year}{counted}, a day not known for that year"
    return told[0].isoformat(), f"{name} of {year}{counted}"


def _week_ending(expr: Expr, ctx: Context) -> Resolution:
    """ "the week ended Sunday", "the week to Thursday": the week of that weekday, read as one."""
    value, why = _weekday(replace(expr, kind="weekday"), ctx)
    day_of = span_of(value)
    if day_of is None or day_of.granularity != "day" or not isinstance(day_of.start, date):
        return f"{value[:4]}-WXX" if value.startswith("XXXX") else value, why
    return week_value(day_of.start), f"the week ending {value}: {why}"


_HANDLERS: Final = {
    "week-ending": _week_ending,
    "holiday": _holiday,
    "fixed": _fixed,
    "calendar": _calendar,
    "part": resolve_part,
    "weekday": _weekday,
    "deictic": _deictic,
    "anaphoric": _anaphoric,
}
