"""Extraction of one file as a pure function of its bytes and the options, and the compact,
JSON-able record of the result that worker processes send back and the cache stores.

``process_bytes`` is what a worker process (or a Dask worker) runs: bytes in, record out, no
access to the file system, the clock or the cache.  Importing this module does not import the TUI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .documents.document import Document
from .documents.errors import DocumentError, NotADocument
from .documents.loader import assign_reference, read_bytes
from .options import Options
from .temporal import Mention
from .temporal.context import HABITUAL_NOTE, NO_REFERENCE_TO_COUNT_FROM
from .temporal.mention import restore_mention
from .textsafe import one_line

#: How each kind of reference is named in explanations.
REFERENCE_LABELS = {
    "option": "given reference date",
    "metadata": "publication date",
    "published-line": "publication date",
    "dateline": "dateline",
    "timeml-dct": "document date",
    "date-line": "date at the top of the text",
    "closing-line": "date at the end of the text",
    "lead": "date the lead tells",
}

#: Stands for the file's name in a record, so that a record does not depend on where the file
#: lies (the cache serves the same content under any path).
_NAME = "\x00"


@dataclass
class FileRecord:
    """What one file gave: its documents with their mentions, its texts, and its warnings; or
    the one-line reason it could not be read."""

    docs: list[dict[str, Any]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def extract_document(doc: Document, day_first: bool = False) -> list[Mention]:
    """The mentions of one document, resolved against its own reference date (or, for a document
    read from a timeline JSON export, the mentions it came with)."""
    if doc.preextracted is not None:
        return list(doc.preextracted)
    from .temporal.engine import extract  # loaded on first use: a cached run needs no engine

    label = REFERENCE_LABELS.get(doc.reference_source, "reference date")
    return extract(doc.text, doc.reference_date, reference_label=label, day_first=day_first)


def _unplaced(mentions: list[Mention]) -> list[Mention]:
    """The dates that only a reference date would have placed ("Thursday", "July 28", "five
    months ago"); not those of every year ("usually in June"), which no reference date places."""
    return [
        m
        for m in mentions
        if m.type in ("DATE", "TIME")
        and (
            (m.value.startswith("XXXX") and HABITUAL_NOTE not in m.explanation)
            or m.explanation.endswith(NO_REFERENCE_TO_COUNT_FROM)
        )
    ]


def _no_reference_warning(doc: Document, unplaced: list[Mention]) -> str:
    """One line; the document's id and words are its own (untrusted) and shown literally."""
    why = doc.reference_explanation if doc.reference_source == "dateline" else "no reference date found"
    some = ", ".join(f'"{one_line(m.text)}"' for m in unplaced[:3])
    n = len(unplaced)
    return one_line(
        f"{doc.id}: {why}: {n} date{'s' if n != 1 else ''} left off the timeline"
        f" ({some}{', ...' if n > 3 else ''}); give one with --reference-date YYYY-MM-DD"
    )


def _rel(value: str, name: str) -> str:
    return _NAME + value[len(name) :] if value.startswith(name) else value


def _abs(value: str, name: str) -> str:
    return name + value[1:] if value.startswith(_NAME) else value


def _encode_mention(m: Mention) -> list[Any]:
    return [
        m.start,
        m.end,
        m.text,
        m.type,
        m.value,
        m.explanation,
        m.rule,
        m.sentence[0],
        m.sentence[1],
        m.mod,
    ]


def process_bytes(name: str, data: bytes, options: Options, first_line: int = 1) -> FileRecord:
    """Read one file's bytes as the documents its name's format says, find each one's reference
    date, and extract its mentions.  Never raises for bad content: the record carries the error.

    Args:
        name: the file's name as given (decides the format and the documents' ids).
        data: the file's content.
        options: the reference date override and the day-first reading.
        first_line: for a part of a JSON lines file, the number of its first line.
    """
    record = FileRecord()
    try:
        for doc in read_bytes(name, data, record.warnings.append, first_line):
            assign_reference(doc, options.reference_date)
            mentions = extract_document(doc, options.day_first)
            if doc.reference_date is None and (unplaced := _unplaced(mentions)):
                record.warnings.append(_no_reference_warning(doc, unplaced))
            record.texts.append(doc.text)
            record.docs.append(
                {
                    "id": _rel(doc.id, name),
                    "path": _rel(doc.path, name),
                    "title": doc.title,
                    "url": doc.url,
                    "meta": doc.meta,
                    "reference_date": doc.reference_date.isoformat() if doc.reference_date else None,
                    "reference_source": doc.reference_source,
                    "reference_explanation": doc.reference_explanation,
                    "mentions": [_encode_mention(m) for m in mentions],
                }
            )
    except NotADocument as exc:
        return FileRecord(warnings=[f"{_NAME}: {exc}"])
    except DocumentError as exc:
        return FileRecord(error=str(exc))
    except RecursionError:
        return FileRecord(error="too deeply nested to read")
    except Exception as exc:  # a bug met on one file must not stop an archive of thousands
        return FileRecord(
            error=f"internal error while extracting ({exc.__class__.__name__}: {exc}); please report it"
        )
    record.warnings = [_rel(w, name) for w in record.warnings]
    return record


def documents_of(
    record: FileRecord, name: str, text_loader: Callable[[int], str] | None = None
) -> list[tuple[Document, list[Mention]]]:
    """The documents and mentions a record holds, under the file name they were read from.

    Args:
        record: what ``process_bytes`` returned, or the cache gave back.
        name: the file's name as given this time.
        text_loader: for documents whose text is read back on demand: called with the document's
            number in the file, returns its text; used instead of ``record.texts`` when given.
    """
    out = []
    for number, d in enumerate(record.docs):
        fields = dict(
            id=_abs(d["id"], name),
            path=_abs(d["path"], name),
            title=d["title"],
            reference_date=date.fromisoformat(d["reference_date"]) if d["reference_date"] else None,
            reference_source=d["reference_source"],
            reference_explanation=d["reference_explanation"],
            url=d["url"],
            meta=dict(d["meta"]),
        )
        if text_loader is not None:
            from .documents.document import LazyDocument

            lazy = LazyDocument(text="", **fields)
            lazy.bind(text_loader, number)
            doc: Document = lazy
        else:
            doc = Document(text=record.texts[number], **fields)
        restore = restore_mention
        mentions = [
            restore(r[0], r[1], r[2], r[3], r[4], r[5], r[6], (r[7], r[8]), r[9]) for r in d["mentions"]
        ]
        out.append((doc, mentions))
    return out


def warnings_of(record: FileRecord, name: str) -> list[str]:
    """The record's warnings under the file name given this time."""
    return [_abs(w, name) for w in record.warnings]
