"""From paths to a timeline: read the documents, extract each one's mentions against its own
reference date, and assemble the timeline.  The public entry points of the package."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import BinaryIO

from .documents import Document, LoadReport, load_documents
from .model import Timeline
from .temporal import Mention, extract

#: How each kind of reference is named in explanations.
REFERENCE_LABELS = {
    "option": "given reference date",
    "metadata": "publication date",
    "published-line": "publication date",
    "dateline": "dateline",
    "timeml-dct": "document date",
}


def extract_document(doc: Document, day_first: bool = False) -> list[Mention]:
    """The mentions of one document, resolved against its own reference date (or, for a document
    read from a timeline JSON export, the mentions it came with)."""
    if doc.preextracted is not None:
        return list(doc.preextracted)
    label = REFERENCE_LABELS.get(doc.reference_source, "reference date")
    return extract(doc.text, doc.reference_date, reference_label=label, day_first=day_first)


def load(
    paths: Iterable[str],
    reference_date: date | None = None,
    *,
    day_first: bool = False,
    stdin: BinaryIO | None = None,
) -> tuple[Timeline, LoadReport]:
    """Read paths (files, directories, ``-``) into one timeline.

    Args:
        paths: what to read.
        reference_date: overrides every document's own reference date.
        day_first: read ``03/04/2024`` as 3 April.
        stdin: the stream ``-`` reads.

    Returns:
        The timeline, and the report of what was read and what failed.
    """
    report = load_documents(paths, reference_date, stdin=stdin)
    timeline = Timeline.from_mentions((doc, extract_document(doc, day_first)) for doc in report.documents)
    return timeline, report
