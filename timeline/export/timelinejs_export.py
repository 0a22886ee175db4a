"""TimelineJS3 JSON: each event with the known parts of its start (and end, for spans), a
headline and text, grouped by source.  Negative years stand for BCE."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from ..model import Event, Timeline
from ..temporal.values import clock_of
from ..textsafe import one_line
from .common import chosen, summary, uid
from .json_export import write_items

_PARTS = {
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
}


def _date(day: date, granularity: str) -> dict[str, Any]:
    return {part: getattr(day, part) for part in _PARTS[granularity]}


def _event(e: Event) -> dict[str, Any]:
    start = _date(e.start, e.granularity)
    if e.granularity == "day" and (clock := clock_of(e.value)) is not None and clock[0] < 24:
        start |= {"hour": clock[0], "minute": clock[1]}
    item: dict[str, Any] = {
        "start_date": start | {"display_date": e.label},
        "text": {
            "headline": f"{e.label}: {one_line(e.mention.text)}",
            "text": f"{summary(e)}\n\n{one_line(e.mention.explanation)}",
        },
        "group": one_line(e.document.source),
        "unique_id": uid(e),
    }
    if e.start != e.end and e.granularity not in ("day",):
        item["end_date"] = _date(e.end, e.granularity)
    return item


def write_timelinejs(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the events as a TimelineJS3 JSON document, one event a line."""
    title = {"text": {"headline": "Timeline", "text": f"{len(timeline.documents)} documents"}}
    out.write(f'{{\n "title": {json.dumps(title, ensure_ascii=False)},\n')
    write_items(out, "events", (_event(e) for e in chosen(timeline, events)))
    out.write("\n}\n")
