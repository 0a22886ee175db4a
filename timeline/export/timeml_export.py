"""TimeML: each document with its DCT and its text with TIMEX3 tags (tid, type, value), the DCT
marked ``functionInDocument="CREATION_TIME"``.  A TimeML input exported again gives back its
text and DCT, and its TIMEX3s where the engine agrees."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape as _html_escape
from typing import TextIO

from ..documents import Document
from ..model import Event, Timeline


def escape(text: str) -> str:
    """Text as XML character data: ``&``, ``<`` and ``>`` escaped."""
    return _html_escape(text, quote=False)


def quoteattr(text: str) -> str:
    """Text as a double-quoted XML attribute value."""
    return f'"{_html_escape(text, quote=True)}"'


def documents_in_view(timeline: Timeline, events: Iterable[Event] | None) -> list[Document]:
    """The documents an export of some events covers (all of them when no view is given)."""
    if events is None:
        return list(timeline.documents)
    ids = {e.document.id for e in events}
    return [d for d in timeline.documents if d.id in ids]


def write_timeml_document(timeline: Timeline, doc: Document, out: TextIO) -> None:
    """Write one document as TimeML."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n')
    out.write(f"<DOCID>{escape(doc.id)}</DOCID>\n")
    if doc.reference_date:
        value = doc.reference_date.isoformat()
        out.write(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n'
        )
    if doc.title:
        out.write(f"<TITLE>{escape(doc.title)}</TITLE>\n")
    out.write("<TEXT>")
    cursor = 0
    text = doc.text
    for number, m in enumerate(timeline.mentions_of(doc), start=1):
        if m.start < cursor:
            continue  # overlapping mentions cannot both be tagged
        attributes = f'tid="t{number}" type={quoteattr(m.type)} value={quoteattr(m.value)}'
        if m.mod:
            attributes += f" mod={quoteattr(m.mod)}"
        out.write(escape(text[cursor : m.start]))
        out.write(f"<TIMEX3 {attributes}>{escape(text[m.start : m.end])}</TIMEX3>")
        cursor = m.end
    out.write(escape(text[cursor:]))
    out.write("</TEXT>\n</TimeML>\n")


def write_timeml(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the one document in view as TimeML.

    Raises:
        ValueError: more than one document is in view; write them to a directory instead.
    """
    docs = documents_in_view(timeline, None if events is None else list(events))
    if len(docs) != 1:
        raise ValueError(f"TimeML holds one document, and {len(docs)} are in view: give -o a directory")
    write_timeml_document(timeline, docs[0], out)
