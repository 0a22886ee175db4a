"""The reference date of a document: the dateline ("Cairo, Aug 18 (IANS)"), a ``Published:`` or
``Date:`` line, or a metadata value; and, for a dateline without a year, the year inferred from
the text itself.

Year inference: the document cannot be older than the latest past year it mentions explicitly,
and the weekdays it mentions must fall where wire copy puts them: on the day before the dateline
(most often: "on Sunday" in a Monday story), else on the same day, else earlier that week.  The
earliest year that fits best wins, and the explanation says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..temporal import extract
from ..temporal.lexicon import DAY_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE, month_number
from ..temporal.tense import direction

_HEAD = 600  # datelines and Published: lines stand in the first few hundred characters

_DATELINE = re.compile(
    rf"(?:^|[\s)\]])(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){{0,3}}),\s+"
    rf"(?:[A-Z][a-z]+,?\s+)?(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})(?:,?\s*(?P<year>{YEAR_RE}))?"
    r"\s*(?=\(|--|[-–—:/]|\s+[A-Z]{2,}\b)"
)
_PUBLISHED = re.compile(
    r"^[ \t]*(?:published|date|dated|posted|updated|first published)(?:\s+on)?\s*:\s*(?P<d>[^\n]{4,60})$",
    re.IGNORECASE | re.MULTILINE,
)
#: The same words without a colon, at a line's start or after a by-line separator: "Updated
#: March 14, 2024 10:32 am ET", "By Jane Doe | Published 14 March 2024".
_PUBLISHED_BARE = re.compile(
    r"(?:^|[|·•])[ \t]*(?:published|posted|updated|last updated|first published)(?:\s+on)?[ \t]+"
    rf"(?P<d>(?=\d|(?:{MONTH_RE}|{WEEKDAY_RE})\b)[^\n|·•]{{6,60}})",  # a date straight after the word
    re.IGNORECASE | re.MULTILINE,
)
#: How many of a text's first lines may be a line with nothing but its date ("Thu 14 Mar 2024
#: 09.00 GMT", "March 14, 2024"), and how long such a line may be.
_DATE_LINES = 4
_DATE_LINE_LENGTH = 40
_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@dataclass(frozen=True)
class Reference:
    """A document's reference date and how it was found."""

    day: date | None
    source: str
    explanation: str


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")

NO_REFERENCE = Reference(None, "none", "no reference date: relative and partial dates stay unresolved")


def parse_date_string(value: str) -> date | None:
    """A full calendar date written in any common form ('2024-03-05', 'March 5, 2024',
    'Tue, 05 Mar 2024 10:00 GMT'), or None when the string names no complete date.

    The project's own engine reads most forms; dateparser reads the rest.
    """
    value = value.strip()
    if _ISO_DAY.fullmatch(value):  # the commonest form, read without the engine
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None  # "2024-02-30": no such day
    for mention in extract(value):
        interval = mention.interval
        if interval and mention.granularity == "day" and isinstance(interval[0], date):
            return interval[0]  # a real calendar day (a reference date of 44 BC is no use)
    if not re.search(r"\d{4}", value):
        return None
    import dateparser  # slow to import: only for strings our grammar could not read

    parsed = dateparser.parse(
        value, settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    )
    return parsed.date() if parsed else None


def find_reference(text: str) -> Reference:
    """The reference date written in a document's own text.

    Args:
        text: the document text.

    Returns:
        The date from a ``Published:``/``Date:`` line or the dateline, with its source and an
        explanation; :data:`NO_REFERENCE` when there is none.
    """
    head = text[:_HEAD]
    for m in (*_PUBLISHED.finditer(head), *_PUBLISHED_BARE.finditer(head)):
        day = parse_date_string(m["d"])
        if day:
            return Reference(day, "published-line", f'from the line "{m.group().strip(" |·•")}"')
    m = _DATELINE.search(head)
    if not m:
        return _date_line(head)
    month = month_number(m["month"])
    day_of_month = int(re.match(r"\d+", m["day"])[0])  # type: ignore[index]
    written = f"{m['place']}, {m['month']} {m['day']}" + (f", {m['year']}" if m["year"] else "")
    if m["year"]:
        try:
            return Reference(
                date(int(m["year"]), month, day_of_month), "dateline", f'from the dateline "{written}"'
            )
        except ValueError:
            return NO_REFERENCE
    return infer_year(text, month, day_of_month, written)


def _date_line(head: str) -> Reference:
    """The date of a short line near the top that holds a full date and little else, as news
    pages put it above or below the headline; :data:`NO_REFERENCE` when there is none."""
    lines = [line.strip() for line in head.splitlines() if line.strip()][:_DATE_LINES]
    for line in lines:
        if len(line) > _DATE_LINE_LENGTH or line.endswith((".", "?", "!")):
            continue
        for mention in extract(line):
            covers = len(mention.text) * 2 >= len(line)  # the date is most of the line
            if (
                covers
                and mention.granularity == "day"
                and mention.interval
                and re.search(r"\d{4}", mention.text)
            ):
                day = mention.interval[0]
                if isinstance(day, date):
                    return Reference(day, "date-line", f'from the line "{line}" at the top of the text')
    return NO_REFERENCE


def infer_year(text: str, month: int, day: int, written: str) -> Reference:
    """The reference date of a dateline without a year, inferred from the text.

    Args:
        text: the document text.
        month: the dateline's month.
        day: the dateline's day.
        written: the dateline as written, for the explanation.

    Returns:
        The inferred reference, or one without a date when the text gives no year to start from.
    """
    explicit: list[date] = []
    weekdays: list[tuple[int, str, str | None]] = []
    for mention in extract(text):
        s0, s1 = mention.sentence
        tense = direction(text[s0:s1], mention.start - s0, mention.end - s0)
        if (
            mention.rule == "weekday"
            and mention.type in ("DATE", "TIME")
            and mention.value.startswith("XXXX-WXX-")
        ):
            weekdays.append((int(mention.value[9]) - 1, mention.text, tense))
        elif mention.interval and mention.type == "DATE" and tense != "future":
            if isinstance(mention.interval[0], date) and mention.interval[0].year < 9970:
                explicit.append(mention.interval[0])  # a real calendar day (not 44 BC)
    if not explicit:
        return Reference(
            None, "dateline", f'from the dateline "{written}", but the text gives no year to infer it from'
        )
    latest = max(explicit)
    low = latest.year
    try:
        if date(low, month, day) < latest:
            low += 1
    except ValueError:
        low += 1
    best: tuple[int, int, date] | None = None
    for year in range(low, low + 28):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February
        cost = sum(_weekday_cost(candidate, wd) for wd, _, tense in weekdays if tense != "future")
        if best is None or cost < best[0]:
            best = (cost, year, candidate)
        if cost == 0:
            break
    if best is None:
        return Reference(None, "dateline", f'from the dateline "{written}", but no year fits it')
    cost, year, candidate = best
    why = f'year {year} inferred for the dateline "{written}": not before {latest.year}, the latest year the text mentions'
    if weekdays:
        wd, words, _ = weekdays[0]
        back = (candidate.weekday() - wd) % 7
        where = {0: "the same day", 1: "the day before"}.get(back, f"{back} days before")
        why += f'; in {year} "{words}" falls on {where} ({(candidate - timedelta(days=back)).isoformat()}, a {_WEEKDAY_NAMES[wd]})'
    return Reference(candidate, "dateline", why)


def _weekday_cost(reference: date, weekday: int) -> int:
    back = (reference.weekday() - weekday) % 7
    return 0 if back == 1 else 1 if back == 0 else 2
