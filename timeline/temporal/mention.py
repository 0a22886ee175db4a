"""A recognised temporal expression: where it stands, what TIMEX3 value it has, and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from .values import Day, span_of


@dataclass(frozen=True, slots=True)
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
        granularity: day, week, month, season, quarter, half, year, decade or century; None
            for values with no calendar span.  Derived from ``value``.
        interval: first and last day the value covers, or None.  Derived from ``value``.
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
    granularity: str | None = field(init=False, default=None, compare=False)
    interval: tuple[Day, Day] | None = field(init=False, default=None, compare=False)

    def __post_init__(self) -> None:
        span = span_of(self.value)
        if span is not None:
            object.__setattr__(self, "granularity", span.granularity)
            object.__setattr__(self, "interval", (span.start, span.end))

    @property
    def dated(self) -> bool:
        """True for a DATE or TIME with a calendar interval: a point on the timeline."""
        return self.interval is not None and self.type in ("DATE", "TIME")


_new = object.__new__
_SET = tuple(
    Mention.__dict__[name].__set__  # type: ignore[attr-defined]
    for name in ("start", "end", "text", "type", "value", "explanation", "rule", "sentence", "mod")
)
_SET_GRANULARITY = Mention.__dict__["granularity"].__set__  # type: ignore[attr-defined]
_SET_INTERVAL = Mention.__dict__["interval"].__set__  # type: ignore[attr-defined]


def restore_mention(
    start: int,
    end: int,
    text: str,
    type: str,
    value: str,
    explanation: str,
    rule: str,
    sentence: tuple[int, int],
    mod: str | None,
) -> Mention:
    """A mention read back (from the cache, from a worker): the same as ``Mention(...)``, three
    times faster, for the hundreds of thousands an archive holds.  A frozen dataclass's own
    ``__init__`` sets each field through ``object.__setattr__``; this sets the slots directly."""
    m = _new(Mention)
    s = _SET
    s[0](m, start)
    s[1](m, end)
    s[2](m, text)
    s[3](m, type)
    s[4](m, value)
    s[5](m, explanation)
    s[6](m, rule)
    s[7](m, sentence)
    s[8](m, mod)
    span = span_of(value)
    if span is None:
        _SET_GRANULARITY(m, None)
        _SET_INTERVAL(m, None)
    else:
        _SET_GRANULARITY(m, span.granularity)
        _SET_INTERVAL(m, (span.start, span.end))
    return m


def revalued(mention: Mention, value: str, why: str) -> Mention:
    """A mention given another value, its explanation the words on one line and the reason."""
    return restore_mention(
        mention.start,
        mention.end,
        mention.text,
        mention.type,
        value,
        f"{' '.join(mention.text.split())} → {value}: {why}",
        mention.rule,
        mention.sentence,
        mention.mod,
    )
