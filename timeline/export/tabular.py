"""Row exports: CSV (RFC 4180, one row per event, with a header) and JSON lines (one event a
line, written as it goes)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from ..model import Event, Timeline
from .common import chosen
from .json_export import event_dict

CSV_COLUMNS = (
    "document", "source", "label", "value", "granularity", "start", "end", "type", "mention",
    "offset_start", "offset_end", "sentence", "explanation",
)  # fmt: skip


def write_csv(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """One row per event under a header; fields quoted where RFC 4180 needs it."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in chosen(timeline, events):
        m = e.mention
        writer.writerow(
            (
                e.document.id, e.document.source, e.label, m.value, e.granularity, e.start.isoformat(),
                e.end.isoformat(), m.type, m.text, m.start, m.end, e.sentence, m.explanation,
            )
        )  # fmt: skip


def write_jsonl(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """One JSON object per event and per line, flushed as it goes."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for e in timeline.events if events is None else events:
        out.write(encode(event_dict(e)) + "\n")
