"""The JSON export: every document (with its text and reference date) and every event, lossless
so that it can be read back into the same timeline."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from ..documents import Document
from ..model import Event, Timeline
from ..temporal import Mention

FORMAT_VERSION = 1


def _document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "url": doc.url,
        "reference_date": doc.reference_date.isoformat() if doc.reference_date else None,
        "reference_source": doc.reference_source,
        "reference_explanation": doc.reference_explanation,
        "text": doc.text,
    }


def _event(event: Event) -> dict[str, Any]:
    m = event.mention
    return {
        "document": event.document.id,
        "type": m.type,
        "value": m.value,
        "granularity": event.granularity,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "label": event.label,
        "mention": m.text,
        "offset": [m.start, m.end],
        "sentence": event.sentence,
        "sentence_offset": list(m.sentence),
        "explanation": m.explanation,
        "rule": m.rule,
        "mod": m.mod,
    }


def write_json(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the timeline as one JSON object: ``{"documents": [...], "events": [...]}``."""
    chosen = list(timeline.events if events is None else events)
    data = {
        "format": "timeline",
        "version": FORMAT_VERSION,
        "documents": [_document(d) for d in timeline.documents],
        "events": [_event(e) for e in chosen],
    }
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def read_json(data: dict[str, Any]) -> Timeline:
    """Rebuild a timeline from the JSON export.

    Raises:
        ValueError: the data is not a timeline export.
    """
    if data.get("format") != "timeline" or not isinstance(data.get("documents"), list):
        raise ValueError("not a timeline JSON export")
    documents = {}
    for d in data["documents"]:
        documents[d["id"]] = Document(
            id=d["id"],
            path=d.get("path", d["id"]),
            text=d.get("text", ""),
            title=d.get("title", ""),
            url=d.get("url", ""),
            reference_date=date.fromisoformat(d["reference_date"]) if d.get("reference_date") else None,
            reference_source=d.get("reference_source", "none"),
            reference_explanation=d.get("reference_explanation", ""),
        )
    events = []
    for e in data.get("events", []):
        mention = Mention(
            start=e["offset"][0],
            end=e["offset"][1],
            text=e["mention"],
            type=e["type"],
            value=e["value"],
            explanation=e.get("explanation", ""),
            rule=e.get("rule", ""),
            sentence=tuple(e.get("sentence_offset", e["offset"])),  # type: ignore[arg-type]
            mod=e.get("mod"),
        )
        events.append(Event(documents[e["document"]], mention))
    return Timeline(documents.values(), events)
