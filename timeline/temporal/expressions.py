"""What a date expression says, before it is resolved against a reference date.

A rule turns matched words into an :class:`Expr`; the resolver turns an ``Expr`` and its context
(reference date, narrative anchor, tense) into a TIMEX3 value.  Keeping the two apart lets the
same words be read once and resolved against any reference.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import SEASON_ORDER


#: Not frozen, but never changed once built (``dataclasses.replace`` makes a changed copy): the
#: rules build one for every match, and a frozen dataclass takes four times as long to build.  Its
#: ``__init__`` is written out: compiled (see setup.py), it builds one eight times faster than the
#: one ``dataclass`` writes, which runs as Python.
@dataclass(slots=True, init=False)
class Expr:
    """The meaning of a date expression as written.

    ``kind`` says which fields matter:

    - ``calendar``: ``year``/``month``/``day``, each possibly unknown (``July 28``: year unknown);
      ``rel`` "last"/"next"/"this" for "last May"; ``part`` a time of day ("TNI") for TIME.
    - ``part``: a season, quarter or half of a year (``part`` "SU", "Q4", "H2"), ``year`` if
      written, ``rel`` for "last summer", ``n`` an offset in parts ("the previous quarter": -1).
    - ``weekday``: ``weekday`` (Monday 0), ``rel``, ``part`` time of day.
    - ``deictic``: ``n`` ``unit``s from the reference date ("last year": -1 year); ``part``.
    - ``anaphoric``: ``n`` ``unit``s from the narrative's last date ("two weeks later");
      ``inverted`` when the phrase dates the clause it introduces ("came a day after ...");
      ``rel`` "unit" for a whole unit ("the following week"), "new" for "the new year" (which
      the future tense counts from the reference date), "year-back" for "the same quarter a year
      earlier" (``value`` "last year" where told so: "the same period last year").
    - ``fixed``: ``value`` is final (``199``, ``PRESENT_REF``, ``P3Y``, ``T08:00``).
    """

    kind: str
    type: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    part: str | None
    rel: str | None
    unit: str | None
    n: int | None
    value: str | None
    mod: str | None
    inverted: bool
    #: how many characters before the matched words belong to the expression too ("last" in
    #: "last Friday, March 8"): words a rule looks back for rather than starting its pattern
    #: with them, which would make the pattern try at every word that opens them
    lead: int

    def __init__(
        self,
        kind: str,
        type: str = "DATE",
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
        weekday: int | None = None,
        part: str | None = None,
        rel: str | None = None,
        unit: str | None = None,
        n: int | None = None,
        value: str | None = None,
        mod: str | None = None,
        inverted: bool = False,
        lead: int = 0,
    ) -> None:
        self.kind = kind
        self.type = type
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.part = part
        self.rel = rel
        self.unit = unit
        self.n = n
        self.value = value
        self.mod = mod
        self.inverted = inverted
        self.lead = lead


def framed(expr: Expr) -> bool:
    """A month, a day of a month, a season, a quarter or a half written without its year: what
    takes its year from the sentence's year or the story's date ("In 1956, ... over the summer",
    "A year ago, it made $10.9 billion in the third quarter alone")."""
    if expr.kind == "part":
        return (
            expr.year is None
            and not expr.rel
            and (expr.part in SEASON_ORDER or (expr.part or "")[:1] in ("Q", "H"))
        )
    if expr.kind == "holiday":  # "In 2020, ballots were cast before Election Day"
        return expr.year is None and not expr.rel
    return expr.kind == "calendar" and expr.year is None and expr.month is not None and not expr.rel
