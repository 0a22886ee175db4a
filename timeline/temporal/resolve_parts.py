"""Resolution of the parts of a year: seasons, quarters and halves ("last summer", "the third
quarter", "the quarter", "H2"), and the year-earlier quarter of earnings reports."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final, NamedTuple

from .context import (
    LAST_DATE,
    NEAR_DAYS,
    SEASON_ORDER,
    Context,
    Resolution,
    named_reference,
    narrative_note,
)
from .expressions import Expr
from .values import add_months, quarter_value, span_of


def _part_value(year: int, part: str) -> str:
    return f"{year:04d}-{part}"


def discussed_quarter(ctx: Context) -> tuple[date, str] | None:
    """A day of the quarter "the quarter" means, and why: in a narrative (or with no reference
    date) the last quarter mentioned; in news the last full quarter before the reference date,
    the one a report at that date covers."""
    if (
        ctx.last is not None
        and ctx.last.granularity == "quarter"
        and (ctx.reference is None or ctx.narrative)
    ):
        return ctx.last.day, f"the quarter last mentioned, {ctx.last.mention!r}"
    if (
        ctx.last is not None
        and ctx.last.granularity == "quarter"
        and ctx.reference is not None
        and quarter_value(ctx.last.day) >= quarter_value(ctx.reference)
    ):
        # "will take a charge in the fourth quarter ... a loss for the quarter": the quarter not
        # over yet just told, no report's
        return ctx.last.day, f"the quarter last mentioned, {ctx.last.mention!r}, not over yet"
    if ctx.reference is not None:
        return add_months(
            ctx.reference, -3
        ), f"the last full quarter before {named_reference(ctx)} (the quarter a report covers)"
    return None


def resolve_part(expr: Expr, ctx: Context) -> Resolution:
    """A season, quarter or half of a year."""
    part = expr.part or "Q"
    names = {"Q": "quarter", "H": "half", "S": "season"}
    if part == "Q" and expr.rel == "the":  # "the quarter", "the 1988 period"
        discussed = discussed_quarter(ctx)
        if expr.year is not None:
            if discussed is None:
                return f"{expr.year:04d}-QX", "no quarter to go by"
            day, why = discussed
            return f"{expr.year:04d}-{quarter_value(day)[-2:]}", f"{why}, in {expr.year}"
        if discussed is None:
            return "XXXX-QX", "no reference date: the year is unknown"
        return quarter_value(discussed[0]), discussed[1]
    if expr.year is not None:
        if expr.mod == "joined":  # "the spring and early summer of 1943"
            return _part_value(expr.year, part), f"in {expr.year}, the year written with the season after it"
        if expr.mod == "joined-before":  # "from autumn to spring 2026"
            return _part_value(
                expr.year, part
            ), f"in {expr.year}, the year before the one written with the season after it"
        if expr.mod == "with-year":  # "the fourth quarter and full year 2024"
            return _part_value(expr.year, part), f"in {expr.year}, the full year written after it"
        if expr.mod == "range":  # "Q1-Q3 2024"
            return _part_value(
                expr.year, part
            ), f"in {expr.year}, the year written with the end of the range it opens"
        if expr.mod == "event":  # "the Spring Offensive of 1918"
            return _part_value(expr.year, part), f"in {expr.year}, the year written after the event it names"
        return _part_value(expr.year, part), "written in full"
    story = ctx.last or ctx.anchor
    if expr.rel == "story" and story is not None:  # "that summer", "the following spring"
        if expr.unit == "season" and expr.n and story.granularity in ("day", "month", "season"):
            # "the following summer" after April 1963 is that year's, the next to begin after it;
            # "the previous winter" after March 1963, the one over by then, 1961-62
            rel = "next" if expr.n > 0 else "last"
            y = _last_or_next(part, rel, 0, story.day)
            which = "the next such season after" if expr.n > 0 else "the last such season over by"
            return _part_value(y, part), f"{which} {LAST_DATE}, {story.mention!r}"
        y = story.day.year + (expr.n or 0)
        begun = ""
        if part == "WI" and story.granularity in ("day", "month") and story.day.month < 3:
            # a winter told from its January is the one that began the December before
            y -= 1
            begun = f", in the winter begun in {story.day.year - 1}"
        return _part_value(y, part), f"in {y}, counted from {LAST_DATE}, {story.mention!r}{begun}"
    kind = "season" if part in SEASON_ORDER else names[part[0]]
    if ctx.narrative and ctx.last is not None and len(part) > 1:
        story_day, told = ctx.last.day, f"{LAST_DATE}, {ctx.last.mention!r} ({narrative_note(ctx)})"
        if expr.rel == "year":  # "the spring of next year": of the year after the story's
            y = story_day.year + (expr.n or 0)
            return _part_value(y, part), f"in {y}, counted from {told}"
        if expr.rel == "next":  # "next summer": the first after the story's date
            if ctx.last.granularity == "year":
                # ... after all of a year: "appeared in 2016 ... next spring" is the spring of 2017
                story_day = date(story_day.year, 12, 31)
            y = _last_or_next(part, "next", expr.n or 0, story_day)
            return _part_value(y, part), f"the next such {kind} after {told}"
        if expr.rel == "last":
            y = _last_or_next(part, "last", expr.n or 0, story_day)
            return _part_value(y, part), f"the last such {kind} over by {told}"
        return _part_value(story_day.year, part), f"in the year of {told}"
    if ctx.reference is None:
        return f"XXXX-{part}" if len(part) > 1 else "XXXX-QX", "no reference date: the year is unknown"
    ref = ctx.reference
    if part == "Q" and expr.rel == "previous" and ctx.last is not None and ctx.last.granularity == "quarter":
        # "In the fourth quarter, output fell from the previous quarter": the one before that
        return quarter_value(
            add_months(ctx.last.day, -3)
        ), f"the quarter before {LAST_DATE}, {ctx.last.mention!r}"
    if part == "Q":  # relative quarter: the reference's quarter shifted by n
        shifted = add_months(ref, 3 * (expr.n or 0))
        which = {0: "the quarter of", -1: "the quarter before", 1: "the quarter after"}.get(
            expr.n or 0, "a quarter relative to"
        )
        return quarter_value(shifted), f"{which} {named_reference(ctx)}"
    if expr.rel == "year":
        y = ref.year + (expr.n or 0)
        return _part_value(y, part), f"the {kind} of the year {y}, counted from {named_reference(ctx)}"
    candidates = [(y, _days(_part_value(y, part))) for y in range(ref.year - 2, ref.year + 2)]
    # the season the reference date falls in: in January, "this winter" began last December
    current = next((y for y, s in candidates if s and s.start <= ref <= s.end), None)
    if expr.rel == "this":
        if current is not None:
            return _part_value(current, part), f"the {kind} {named_reference(ctx)} falls in"
        if part == "WI" and ref.month in (3, 4):
            # "the third break this winter", told in March: the winter just gone, begun last December
            return _part_value(ref.year - 1, part), f"the winter just gone by {named_reference(ctx)}"
        return _part_value(ref.year, part), f"this year's {kind}, from {named_reference(ctx)}"
    if expr.rel == "last":  # (n -1: "the summer before last")
        y = _last_or_next(part, "last", expr.n or 0, ref)
        before = "" if not expr.n else f"the {kind} before " if expr.n == -1 else f"{-expr.n} such {kind}s before "
        return _part_value(y, part), f"{before}the last {kind} over by {named_reference(ctx)}"
    if expr.rel == "next":  # (n 1: "the spring after next")
        y = _last_or_next(part, "next", expr.n or 0, ref)
        after = f"the {kind} after " if expr.n else ""
        return _part_value(y, part), f"{after}the next such {kind} after {named_reference(ctx)}"
    past = [y for y, s in candidates if s and s.start <= ref]
    future = [y for y, s in candidates if s and s.end >= ref]
    # the years of such a part that ended within ``_JUST_ENDED`` before the reference
    ended = [y for y, s in candidates if s and s.end < ref <= s.end + _JUST_ENDED]
    if ctx.tense == "past" and past:
        if kind == "season" and not ctx.strong_tense and _season_coming(candidates, past[-1], ref):
            # "He said Ukraine needs air defenses before winter", told in late October: a season
            # about to start, nearer than a weak past tense's last one, long over (as a month is)
            return _part_value(past[-1] + 1, part), (
                f"the {kind} starting within {NEAR_DAYS} days of {named_reference(ctx)}:"
                " nearer than the past tense's last one"
            )
        return _part_value(
            past[-1], part
        ), f"the most recent such {kind} by {named_reference(ctx)} (past tense)"
    if ctx.tense == "future" and future:
        # "expects to report a third-quarter loss" in November; but what is still to come at the
        # end (or start) of a quarter cannot be in one that is over ("expires at the end of Q3")
        if kind in ("quarter", "half") and ended and ctx.results and expr.mod not in ("START", "MID", "END"):
            why = f"the {kind} just ended by {named_reference(ctx)} (results come after it)"
            return _part_value(ended[-1], part), why
        return _part_value(
            future[0], part
        ), f"the first such {kind} not over by {named_reference(ctx)} (future tense)"
    if current is not None:
        return _part_value(current, part), f"the {kind} {named_reference(ctx)} falls in"
    if kind == "quarter" and ended:
        # "Apple reports record December quarter revenue" in January
        return _part_value(ended[-1], part), f"the {kind} just ended by {named_reference(ctx)}"
    if ctx.figures and kind != "season" and (over := [y for y, s in candidates if s and s.end < ref]):
        # "Infosys Q3 profit rises 11%", told in January: a quarter's figures come once it is over
        return _part_value(over[-1], part), (
            f"the most recent such {kind} over by {named_reference(ctx)} (its figures come once it is over)"
        )
    if kind != "season":  # a quarter or half: of the year a report speaks of
        return _part_value(ref.year, part), f"the year of {named_reference(ctx)}"
    # a season with no tense: the nearer of the last one over and the next to come
    gaps = [((ref - s.end).days if s.end < ref else (s.start - ref).days, y) for y, s in candidates if s]
    _, y = min(gaps)
    return _part_value(y, part), f"the {kind} nearest to {named_reference(ctx)} (no tense tells which)"


class _Days(NamedTuple):
    """The first and last day of a part of a year of the calendar (years 1 to 9999)."""

    start: date
    end: date


def _days(value: str) -> _Days | None:
    span = span_of(value)
    if span is None or not isinstance(span.start, date) or not isinstance(span.end, date):
        return None
    return _Days(span.start, span.end)


def _season_coming(candidates: list[tuple[int, _Days | None]], last: int, ref: date) -> bool:
    """Whether the season after the last one begun by ``ref`` starts within ``NEAR_DAYS`` of it,
    and that last one ended longer ago than that."""
    spans = dict(candidates)
    over, coming = spans.get(last), spans.get(last + 1)
    return (
        over is not None
        and coming is not None
        and (over.end - ref).days < -NEAR_DAYS
        and (coming.start - ref).days <= NEAR_DAYS
    )


def _last_or_next(part: str, rel: str, n: int, base: date) -> int:
    """The year of the last such part over by ``base`` (``rel`` "last") or of the next to begin
    after it ("next"), and ``n`` more of them on ("the summer before last": -1)."""
    near = [(y, span_of(_part_value(y, part))) for y in range(base.year - 2, base.year + 3)]
    if rel == "next":
        return min(y for y, s in near if s and s.start > base) + n
    return max(y for y, s in near if s and s.end < base) + n


#: A quarter that ended this recently is the one a company is still to report on.
_JUST_ENDED: Final = timedelta(days=75)


def year_before_quarter(expr: Expr, ctx: Context) -> Resolution | None:
    """ "a year earlier", "a year ago", "the year-earlier quarter" right after a quarter: the same
    quarter of the year before, as earnings reports compare."""
    # the quarter discussed ("Revenue for the quarter was $1.24 billion, up from $1.15 billion in
    # the third quarter of 2023. Net income was $142 million, compared with $118 million in the
    # prior-year period": not the quarter compared with), else the story's last
    if expr.mod in ("START", "MID", "END"):
        return None  # "since the start of last year": an edge of the year, no quarter compared with
    if expr.rel == "came":
        return None  # "The launch comes a year after Apple introduced ...": a year before now
    if expr.rel == "whole":
        return None  # "the whole of last year", "last year as a whole": all of it
    # (not a quarter a record is counted from: "its best quarterly result since the third quarter
    # of 2018. Revenue doubled from the year-earlier period")
    told = next(
        (a for a in (ctx.anchor, ctx.last) if a is not None and a.granularity == "quarter" and not a.since), None
    )
    if expr.unit == "year" and expr.n == -1 and told is not None:
        day = told.day
        return quarter_value(
            date(day.year - 1, day.month, 1)
        ), f"the same quarter a year before {told.mention!r}"
    if expr.unit == "year" and expr.n == -1 and expr.part == "Q" and not ctx.narrative:
        # "the year-ago quarter" with no quarter named: a year before the quarter a report covers
        discussed = discussed_quarter(ctx)
        if discussed is not None:
            day, why = discussed
            return quarter_value(date(day.year - 1, day.month, 1)), f"a year before {why}"
    return None
