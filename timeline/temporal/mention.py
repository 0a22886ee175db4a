"""A recognised temporal expression: where it stands, what TIMEX3 value it has, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .values import span_of


@dataclass(frozen=True)
class Mention:
    """One temporal expression found in a text.

    Attributes:
        start: offset of its first character in the text.
        end: offset just past its last character (``text[start:end] == mention.text``).
        text: the words as written.
        type: TIMEX3 type: DATE, TIME, DURATION or SET.
        value: TIMEX3 value (``2025-08-17``, ``XXXX-07-28``, ``PRESENT_REF``, ``P3Y``).
        explanation: one line saying how the value was found.
        rule: the name of the grammar rule that matched.
        sentence: span of the sentence it stands in.
        mod: TIMEX3 mod (START, MID, END) when the words qualify the value ("early 2024").
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    explanation: str
    rule: str
    sentence: tuple[int, int]
    mod: str | None = None

    @property
    def granularity(self) -> str | None:
        """day, week, month, season, quarter, half, year, decade or century; None if undated."""
        span = span_of(self.value)
        return span.granularity if span else None

    @property
    def interval(self) -> tuple[date, date] | None:
        """First and last day the value covers, or None for values with no calendar span."""
        span = span_of(self.value)
        return (span.start, span.end) if span else None

    @property
    def dated(self) -> bool:
        """True for a DATE or TIME with a calendar interval: a point on the timeline."""
        return self.type in ("DATE", "TIME") and span_of(self.value) is not None
