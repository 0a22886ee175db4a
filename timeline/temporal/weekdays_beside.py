"""A weekday counted from a day told beside it: "the Sunday before Easter", "the Friday after
Christmas", "the Tuesday after the holiday", and the day a weekday's event was kept for ("the
office, closed for the holiday on Monday"), and "the Saturday" told after a day of the calendar,
which is the nearest such weekday to it ("runs until Sunday, July 13, with the final on the
Saturday")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from .asciimode import compile_ascii
from .context import Anchor, Context
from .expressions import Expr
from .mention import Mention
from .resolve import resolve
from .tense import tense_cue
from .values import span_of

#: "the" right before a word: "the Sunday after July Fourth"; and, for the engine, "the January
#: sales", which may be the shops' (a season of sales), not a month's figures.
THE_BEFORE: Final = compile_ascii(r"\bthe\s+$", re.IGNORECASE)
#: Between a weekday (after "the", ``THE_BEFORE``) and the day it is counted from: "the Sunday
#: after July Fourth".
_AFTER_OR_BEFORE: Final = compile_ascii(r"\s+(after|before)\s+(?:the\s+)?", re.IGNORECASE)


#: Between a weekday and the holiday it is kept for: "Markets are closed on Wednesday for
#: Christmas", "shut on Monday to mark Memorial Day".
_KEPT_FOR: Final = compile_ascii(
    r"\s+(?:for|to\s+(?:mark|observe|celebrate)|in\s+observance\s+of)\s+(?:the\s+)?", re.IGNORECASE
)


#: ... where what is done on it is a closing for the holiday, not a trip or a plan made for it
#: ("flew home on Friday for Christmas" is the Friday before).
_CLOSED_BEFORE: Final = compile_ascii(
    r"\b(?:closed?|closing|shut|off|observed?|halt(?:ed)?|suspend(?:ed)?|no\s+(?:trading|service|mail))\b"
    r"[^.;:!?]{0,24}$",
    re.IGNORECASE,
)


#: Where a weekday kept for a holiday may fall, by the holiday's weekday (5: Saturday), in days
#: from it: a holiday on a Saturday is kept on the Friday before or the Monday after, one on a
#: Sunday on the Monday or (after another holiday on the Monday) the Tuesday after; a holiday on a
#: weekday is kept on its own day.
_KEPT_ON: Final = {5: (-1, 2), 6: (1, 2)}


def weekday_by_day_after(
    text: str,
    selected: list[tuple[int, int, int, Expr]],
    number: int,
    end: int,
    ctx: Context,
    sentence: tuple[int, int],
) -> tuple[str, str] | None:
    """The day of "the Sunday after July Fourth" or "the Monday before Christmas": the first
    such weekday after (or the last before) the day written right after it, resolved as that
    day would be; and of "closed on Wednesday for Christmas": the holiday's own day, or the
    weekday it is kept on near it.  None where no day of the calendar follows."""
    start, weekday = selected[number][0], selected[number][3].weekday
    if number + 1 >= len(selected) or weekday is None:
        return None
    n_start, n_end, n_rule, n_expr = selected[number + 1]
    if (
        n_start - end <= 30
        and _is_holiday(n_rule, n_expr)
        and _KEPT_FOR.fullmatch(text, end, n_start)
        and _CLOSED_BEFORE.search(text, start - 40, start)
    ):
        # the holiday's day as it is read on its own, in its own tense: "with markets closed on
        # Thursday for Thanksgiving", told the week before, is this year's, though "closed" right
        # before the weekday would put a weekday alone in the week gone by
        s0 = sentence[0]
        cue = tense_cue(text[s0 : sentence[1]], n_start - s0, n_end - s0)
        own = replace(ctx, tense=cue[0] if cue else None, strong_tense=bool(cue and cue[1]))
        return _weekday_kept_for(text, (start, end), (n_start, n_end), n_expr, weekday, own)
    if not THE_BEFORE.search(text, start - 5, start):
        return None
    joint = _AFTER_OR_BEFORE.fullmatch(text, end, n_start)
    if joint is None or n_expr.kind not in ("calendar", "holiday") or (day := _day_of(n_expr, ctx)) is None:
        return None
    side = joint[1].lower()
    found = weekday_beside(day, weekday, side)
    told = " ".join(text[n_start:n_end].split())
    return found.isoformat(), f'the {text[start:end]} {side} "{told}" ({day.isoformat()})'


#: "the Tuesday after the holiday": a holiday named before.
_THE_HOLIDAY_AFTER: Final = compile_ascii(
    r"\s+(after|before)\s+the\s+holiday\b(?!\s+(?:season|period|weekend))", re.IGNORECASE
)


#: How far back the holiday "the holiday" names may be named.
_HOLIDAY_REACH: Final = 400


def weekday_by_holiday_before(
    text: str, mentions: list[Mention], start: int, end: int, weekday: int
) -> tuple[str, str] | None:
    """The day of "the Tuesday after the holiday", after a holiday named not long before on its
    day ("record Thanksgiving travel ... between Friday and the Tuesday after the holiday")."""
    joint = _THE_HOLIDAY_AFTER.match(text, end)
    if joint is None or not THE_BEFORE.search(text, start - 5, start):
        return None
    for m in reversed(mentions):
        if start - m.end > _HOLIDAY_REACH:
            return None
        if m.rule == "holiday" and (span := span_of(m.value)) and span.granularity == "day":
            day = span.start
            assert isinstance(day, date)
            found = weekday_beside(day, weekday, joint[1].lower())
            return (
                found.isoformat(),
                f'the {text[start:end]} {joint[1].lower()} the holiday, "{m.text}" ({day.isoformat()})',
            )
    return None


def weekday_beside(day: date, weekday: int, side: str) -> date:
    """The first such weekday (Monday 0) after a day, or the last before it (``side``)."""
    if side == "after":
        return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def _day_of(expr: Expr, ctx: Context) -> date | None:
    """The day an expression resolves to, if it resolves to one day of the calendar."""
    value, _ = resolve(expr, ctx)
    span = span_of(value) if value else None
    if span is None or span.granularity != "day" or not isinstance(span.start, date):
        return None
    return span.start


def _is_holiday(rule: int, expr: Expr) -> bool:
    """Whether a mention names a holiday, a moveable one or one of fixed date ("Christmas")."""
    from .rules import RULES

    return expr.kind == "holiday" or RULES[rule].name == "holiday"


def _weekday_kept_for(
    text: str,
    weekday_span: tuple[int, int],
    holiday_span: tuple[int, int],
    holiday: Expr,
    weekday: int,
    ctx: Context,
) -> tuple[str, str] | None:
    """The day a weekday is kept for a holiday on ("closed on Wednesday for Christmas"): the
    holiday's day, resolved as it would be, where it falls on that weekday, else the weekday it is
    kept on after a weekend (``_KEPT_ON``: Friday for a Saturday's holiday); None for any other."""
    day = _day_of(holiday, ctx)
    if day is None:
        return None
    shift = (weekday - day.weekday() + 3) % 7 - 3  # -3 .. +3 days
    if shift and shift not in _KEPT_ON.get(day.weekday(), ()):
        return None  # a holiday on a weekday is kept on its own day
    (w_start, w_end), (h_start, h_end) = weekday_span, holiday_span
    told = " ".join(text[h_start:h_end].split())
    return (
        day + timedelta(days=shift)
    ).isoformat(), f'the {text[w_start:w_end]} kept for "{told}" ({day.isoformat()})'


#: After a weekday, what it is counted from: "the Monday after the holidays", "the Saturday
#: closest to December 31", "the Sunday of the bank holiday weekend".
_COUNTED_FROM_AFTER: Final = compile_ascii(
    r"\s+(?:after|before|closest|nearest|following|preceding|prior|of|in)\b", re.IGNORECASE
)


def weekday_nearest_day_told(
    text: str, start: int, end: int, weekday: int, day: Anchor
) -> tuple[str, str] | None:
    """A weekday after "the", told after a day of the calendar ("runs until Sunday, July 13, with
    the final on the Saturday", "opens on Friday 8 August; the headliners play on the Sunday", "the
    strike began on Friday 1 March; on the Monday, talks resumed"): the nearest such weekday to
    that day, before or after it; not one counted from what follows it ("the Monday after the
    holidays", "the Saturday closest to December 31")."""
    if not THE_BEFORE.search(text, start - 5, start) or _COUNTED_FROM_AFTER.match(text, end):
        return None
    shift = (weekday - day.day.weekday()) % 7
    if shift > 3:
        shift -= 7
    found = day.day + timedelta(days=shift)
    return found.isoformat(), (
        f'the {text[start:end]} nearest to the last day told, "{day.mention}" ({day.day.isoformat()})'
    )


#: After a weekday, an event it is counted from, not dated in its words: "the Saturday| after the
#: election", "the Sunday| before the vote".
_EVENT_AFTER: Final = compile_ascii(
    r"[^\S\n]+(after|before)[^\S\n]+(?:the|a|an|his|her|its|their|this|that)\s", re.IGNORECASE
)


def weekday_by_event(
    text: str, start: int, end: int, weekday: int, day: Anchor, reference: date
) -> tuple[str, str] | None:
    """ "The vote was on Aug. 5. Results came the Saturday after the vote": the first such weekday
    after the story's last day gone by (the event's, most likely), or the last before it; None
    where no event follows the weekday, or the last day told is still to come."""
    joint = _EVENT_AFTER.match(text, end)
    if joint is None or not THE_BEFORE.search(text, start - 5, start) or day.day > reference:
        return None
    side = joint[1].lower()
    found = weekday_beside(day.day, weekday, side)
    which = "first" if side == "after" else "last"
    return found.isoformat(), (
        f'the {which} {text[start:end]} {side} the last day told, "{day.mention}" ({day.day.isoformat()}),'
        " the day of the event most likely"
    )
