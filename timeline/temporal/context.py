"""What a resolution looks at besides the expression: the reference date, the story's last
dates, the tense around the mention; and how a reason names them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

MONTH_NAMES: Final = (
    "January February March April May June July August September October November December"
).split()
WEEKDAY_NAMES: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
SEASON_ORDER: Final = ("WI", "SP", "SU", "FA")  # WI of year Y starts in December of Y
#: A month, day or season without a year this close to the reference date is taken as the
#: nearest one, unless an auxiliary ("will", "was") says otherwise: "must return by Jan. 14" in a
#: Jan. 6 story.
NEAR_DAYS: Final = 62


# Anchor and Context are not frozen, but never changed once built (``dataclasses.replace`` makes
# a changed copy): the engine builds them for every mention, and a frozen dataclass takes four
# times as long to build.  Their ``__init__`` is written out: compiled (see setup.py), it builds
# one several times faster than the one ``dataclass`` writes, which runs as Python.
@dataclass(slots=True, init=False)
class Anchor:
    """The narrative's last date: what "two weeks later" or "the following day" count from."""

    day: date
    granularity: str
    mention: str
    #: whether the year is written out ("in 2016"), not counted ("a year ago", "the full year")
    written: bool
    #: whether it opens its sentence ("In 1989, ...", "Thirty-five years ago tonight, ..."): the
    #: months and days of the sentences after it in its paragraph may be its story's, even where
    #: it is a year alone or counted back
    opens: bool
    #: whether news counts a record from it ("the highest since 2019"): a time the story is not
    #: at, which no figure is compared with ("up 3% from a year earlier")
    since: bool

    def __init__(
        self,
        day: date,
        granularity: str,
        mention: str,
        written: bool = False,
        opens: bool = False,
        since: bool = False,
    ) -> None:
        self.day = day
        self.granularity = granularity
        self.mention = mention
        self.written = written
        self.opens = opens
        self.since = since


@dataclass(slots=True, init=False)
class Context:
    """What a resolution may look at besides the expression itself."""

    reference: date | None
    reference_label: str
    anchor: Anchor | None
    tense: str | None
    day_first: bool
    last: Anchor | None
    narrative: bool
    strong_tense: bool
    #: the story's last day, when a month or week came after it: what "two days after" counts from
    day: Anchor | None
    #: whether the sentence may speak of a period's results ("expects fourth-quarter earnings to
    #: fall", told in January, is of the quarter just ended; "the cut could come in the fourth
    #: quarter" is not)
    results: bool
    #: whether the words are a period's figures ("Q3 profit rises", "its third-quarter results"):
    #: with no tense, of a period that is over
    figures: bool

    def __init__(
        self,
        reference: date | None,
        reference_label: str = "reference date",
        anchor: Anchor | None = None,
        tense: str | None = None,
        day_first: bool = False,
        last: Anchor | None = None,
        narrative: bool = False,
        strong_tense: bool = False,
        day: Anchor | None = None,
        results: bool = True,
        figures: bool = False,
    ) -> None:
        self.reference = reference
        self.reference_label = reference_label
        self.anchor = anchor
        self.tense = tense
        self.day_first = day_first
        self.last = last
        self.narrative = narrative
        self.strong_tense = strong_tense
        self.day = day
        self.results = results
        self.figures = figures


Resolution = tuple[str, str]


def named_reference(ctx: Context) -> str:
    """The reference date as a reason names it: "the dateline 2025-08-18"."""
    return f"the {ctx.reference_label} {ctx.reference.isoformat()}" if ctx.reference else ""


#: How a reason names the story's last date when it counts from it; the dateline's year inference
#: reads it to tell a date counted from another from one written out.
LAST_DATE: Final = "the last date mentioned"

#: How a reason says that a month or day is every year's ("usually in June"), in no one year.
HABITUAL_NOTE: Final = "what happens every year"

#: The reason of a date counted from the reference ("five months ago") when there is none.
NO_REFERENCE_TO_COUNT_FROM: Final = "no reference date to count from"

#: How a reason says that the narrative mode chose it.
NARRATIVE_NOTE: Final = "narrative mode: the text's dates lie mostly long before its own date"
#: ... and in a text with no date of its own, whose dates are all the story's.
UNDATED_NARRATIVE_NOTE: Final = "narrative mode: the text has no date of its own"


def narrative_note(ctx: Context) -> str:
    """Why the narrative mode holds for this text: its dates lie long before its own, or it has none."""
    return NARRATIVE_NOTE if ctx.reference is not None else UNDATED_NARRATIVE_NOTE
