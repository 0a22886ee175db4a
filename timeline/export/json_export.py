"""The JSON export: every document (with its text, reference date and undated mentions) and every
event, lossless so that it reads back into the same timeline (``read_json``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from ..documents import Document
from ..model import Event, Timeline
from ..temporal import Mention

FORMAT_VERSION = 1


def _mention(m: Mention) -> dict[str, Any]:
    return {
        "type": m.type,
        "value": m.value,
        "mention": m.text,
        "offset": [m.start, m.end],
        "sentence_offset": list(m.sentence),
        "explanation": m.explanation,
        "rule": m.rule,
        "mod": m.mod,
    }


def document_dict(doc: Document, timeline: Timeline) -> dict[str, Any]:
    """A document as the JSON export writes it."""
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "url": doc.url,
        "reference_date": doc.reference_date.isoformat() if doc.reference_date else None,
        "reference_source": doc.reference_source,
        "reference_explanation": doc.reference_explanation,
        "text": doc.text,
        "undated": [_mention(m) for m in timeline.undated.get(doc.id, [])],
    }


def event_dict(event: Event) -> dict[str, Any]:
    """An event as the JSON and JSON lines exports write it."""
    m = event.mention
    out = {
        "document": event.document.id,
        "source": event.document.source,
        "granularity": event.granularity,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "label": event.label,
        "sentence": event.sentence,
    }
    out.update(_mention(m))
    return out


def write_json(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the timeline as one JSON object, ``{"documents": [...], "events": [...]}``, each
    document and event on a line of its own."""
    out.write(f'{{\n "format": "timeline",\n "version": {FORMAT_VERSION},\n')
    write_items(out, "documents", (document_dict(d, timeline) for d in timeline.documents))
    out.write(",\n")
    write_items(out, "events", (event_dict(e) for e in (timeline.events if events is None else events)))
    out.write("\n}\n")


#: Compact JSON of one item, by the standard library's encoder in C (which an indent turns off).
_compact = json.JSONEncoder(ensure_ascii=False).encode


def write_items(out: TextIO, name: str, items: Iterable[Any]) -> None:
    """A member of the top-level object holding a list, one item a line: as readable as an
    indented file, greppable, and written at the speed of the C encoder."""
    out.write(f" {_compact(name)}: [")
    first = True
    for item in items:
        out.write(("\n  " if first else ",\n  ") + _compact(item))
        first = False
    out.write("]" if first else "\n ]")


def _read_mention(e: dict[str, Any]) -> Mention:
    return Mention(
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


def read_json(data: dict[str, Any]) -> Timeline:
    """Rebuild a timeline from the JSON export.

    Raises:
        ValueError: the data is not a timeline export (or refers to unknown documents).
    """
    if (
        not isinstance(data, dict)
        or data.get("format") != "timeline"
        or not isinstance(data.get("documents"), list)
    ):
        raise ValueError("not a timeline JSON export")
    try:
        documents: dict[str, Document] = {}
        undated: dict[str, list[Mention]] = {}
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
            if d.get("undated"):
                undated[d["id"]] = [_read_mention(m) for m in d["undated"]]
        events = [Event(documents[e["document"]], _read_mention(e)) for e in data.get("events", [])]
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        raise ValueError(f"a malformed timeline JSON export ({exc.__class__.__name__}: {exc})") from None
    return Timeline(documents.values(), events, undated)
