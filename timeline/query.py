"""The filter language: one line of terms, combined with AND.

- free words match the sentence, mention and source, case-insensitively; ``"New York"`` matches
  as a phrase;
- ``1967``, ``2025-08``, ``2025-08-17``, ``2023..2025``, ``>=2020``, ``<2020``, ``>2020``,
  ``<=2020`` restrict the date interval (an event passes if its interval overlaps);
- ``source:NAME`` keeps events from sources whose name contains NAME;
- ``granularity:day|week|month|season|quarter|half|year|decade|century`` (``g:`` for short)
  keeps events of those granularities (several separated by commas or ``|``).

A term that cannot be read is reported with its span, so an input can mark it; it does not stop
the rest of the query from applying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .model import Query
from .temporal.values import GRANULARITIES, span_of

_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_RANGE = re.compile(rf"^(?P<a>{_DATE})?\.\.(?P<b>{_DATE})?$")
_COMPARE = re.compile(rf"^(?P<op>>=|<=|>|<|=)(?P<d>{_DATE})$")
_DATE_ONLY = re.compile(rf"^{_DATE}$")
_GRANULARITY_ALIASES = {"g", "gran", "granularity"}
_SOURCE_ALIASES = {"s", "src", "source"}


@dataclass(frozen=True)
class TermError:
    """A term that could not be read: where it is in the input, and why."""

    start: int
    end: int
    message: str


@dataclass
class ParsedQuery:
    """A query and the terms of the input that were not understood."""

    query: Query
    errors: list[TermError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every term was understood."""
        return not self.errors


def _bounds(text: str) -> tuple[date, date] | None:
    span = span_of(text)
    return (span.start, span.end) if span else None


def _restrict(query: Query, start: date | None, end: date | None) -> None:
    if start is not None:
        query.start = max(query.start, start) if query.start else start
    if end is not None:
        query.end = min(query.end, end) if query.end else end


def _date_term(term: str, query: Query) -> str | None:
    """Apply a date term; returns an error message, or None when it was applied."""
    if m := _RANGE.match(term):
        if not (m["a"] or m["b"]):
            return "a range needs a date on at least one side, e.g. 2023..2025"
        a = _bounds(m["a"]) if m["a"] else None
        b = _bounds(m["b"]) if m["b"] else None
        if (m["a"] and a is None) or (m["b"] and b is None):
            return f"not a date: {term}"
        if a and b and a[0] > b[1]:
            return "the range ends before it starts"
        _restrict(query, a[0] if a else None, b[1] if b else None)
        return None
    if m := _COMPARE.match(term):
        bounds = _bounds(m["d"])
        if bounds is None:
            return f"not a date: {m['d']}"
        first, last = bounds
        op = m["op"]
        if op == ">=":
            _restrict(query, first, None)
        elif op == ">":
            _restrict(query, last + timedelta(days=1), None)
        elif op == "<=":
            _restrict(query, None, last)
        elif op == "<":
            _restrict(query, None, first - timedelta(days=1))
        else:
            _restrict(query, first, last)
        return None
    bounds = _bounds(term)
    if bounds is None:
        return f"not a date: {term}"
    _restrict(query, *bounds)
    return None


def parse_query(text: str) -> ParsedQuery:
    """Read a filter line into a :class:`Query`.

    Args:
        text: what the user typed.

    Returns:
        The query, and the terms that could not be read (each with its span and a message).
    """
    query = Query()
    errors: list[TermError] = []
    for m in _TOKEN.finditer(text):
        if m["phrase"] is not None:
            if m["phrase"].strip():
                query.words.append(m["phrase"].strip())
            continue
        term = m["word"]
        error: str | None = None
        key, sep, value = term.partition(":")
        if sep and key.lower() in _GRANULARITY_ALIASES:
            names = [v for v in re.split(r"[,|]", value.lower()) if v]
            unknown = [n for n in names if n not in GRANULARITIES]
            if not names or unknown:
                error = f"granularity is one of {'|'.join(GRANULARITIES)}"
            else:
                query.granularities.extend(names)
        elif sep and key.lower() in _SOURCE_ALIASES:
            if value:
                query.sources.append(value)
            else:
                error = "source: needs a name, e.g. source:reuters"
        elif _DATE_ONLY.match(term) or term.startswith((">", "<", "=")) or ".." in term:
            error = _date_term(term, query)
        else:
            query.words.append(term)
        if error:
            errors.append(TermError(m.start(), m.end(), error))
    if query.start and query.end and query.start > query.end:
        errors.append(TermError(0, len(text), "the date terms leave no time between them"))
    return ParsedQuery(query, errors)


def parse_date_target(text: str) -> tuple[date, str] | None:
    """A date to go to, typed in any form the engine understands ("1967", "Aug 2025",
    "2025-08-17", "June 4, 1967", "the 1990s").

    Returns:
        The first day it names and its TIMEX3 value, or None if it names no calendar date.
    """
    from .temporal import extract

    text = text.strip()
    if _DATE_ONLY.match(text):
        span = span_of(text)
        return (span.start, text) if span else None
    for mention in extract(text):
        if mention.interval:
            return mention.interval[0], mention.value
    return None
