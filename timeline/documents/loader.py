"""Finding and reading documents: paths, directories (recursively) and standard input.

Failures are collected, never raised: one bad file must not stop the others.  Each error is one
line naming the file and the reason.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .decode import decode, without_invisible
from .document import Document
from .errors import DocumentError, NotADocument
from .formats import READERS, Warn, read_jsonl, read_markdown, read_plain, read_timeml
from .reference import find_reference
from .walk import STDIN, display_name, expand


@dataclass
class LoadReport:
    """What loading produced: the documents, and one line per input that failed."""

    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Something went wrong that a rerun may not repeat (a worker process died).
    transient: bool = False


def reader_for(path: str, text: str) -> Callable[[str, str, Warn], Iterator[Document]]:
    """The reader for a file: by its suffix, else by a look at its first characters.  A page
    saved as text (``curl ... > story.txt``) is still read as HTML."""
    reader = READERS.get(Path(path).suffix.lower())
    head = text.lstrip()[:200]
    if reader is read_plain and head.lower().startswith(("<!doctype html", "<html")):
        return READERS[".html"]
    if reader:
        return reader
    if head.startswith("{") and '"format"' in head and '"timeline"' in head:
        return READERS[".json"]
    if head.startswith("{"):
        return read_jsonl
    if head.lower().startswith(("<!doctype html", "<html")):
        return READERS[".html"]
    if head.startswith("<?xml") or head.startswith("<TimeML"):
        return read_timeml
    if head.startswith("---"):
        return read_markdown
    return read_plain


def read_file(path: str, report: LoadReport, stdin: BinaryIO | None = None) -> list[Document]:
    """The documents of one file (or of standard input, for ``-``).

    Raises:
        DocumentError: the file cannot be read or decoded.
    """
    try:
        if path == STDIN:
            data = (stdin or sys.stdin.buffer).read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        raise DocumentError(exc.strerror.lower() if exc.strerror else str(exc)) from None
    return read_bytes(display_name(path), data, report.warnings.append)


def read_bytes(name: str, data: bytes, warn: Warn, first_line: int = 1) -> list[Document]:
    """The documents of a file's content, each id once, in the format its name says.

    Args:
        name: the file's name (decides the format and the documents' ids).
        data: the content.
        warn: told of records skipped within the file (a bad JSON line).
        first_line: for a run of lines from a larger JSON lines file, the number of its first.

    Raises:
        NotADocument: the content is binary or empty.
        DocumentError: the content cannot be read as its format.
    """
    text = decode(data)
    if first_line != 1:
        docs = read_jsonl(name, text, warn, first_line=first_line)
    elif not text.strip():
        raise NotADocument("empty file; skipped")
    else:
        docs = reader_for(name, text)(name, text, warn)
    seen: set[str] = set()
    unique = []
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            doc.text, doc.title = without_invisible(doc.text), without_invisible(doc.title)
            unique.append(doc)
    return unique


def load_documents(
    paths: Iterable[str],
    reference_date: date | None = None,
    stdin: BinaryIO | None = None,
) -> LoadReport:
    """Read documents and find each one's reference date.

    Args:
        paths: files, directories, or ``-`` for standard input.
        reference_date: overrides every document's own reference date.
        stdin: the stream ``-`` reads (standard input by default).

    Returns:
        The documents in input order, with the errors and warnings met on the way.
    """
    report = LoadReport()
    seen: set[str] = set()
    for path in expand(paths, report):
        try:
            docs = read_file(path, report, stdin)
        except NotADocument as exc:
            report.warnings.append(f"{display_name(path)}: {exc}")
            continue
        except DocumentError as exc:
            report.errors.append(f"{display_name(path)}: {exc}")
            continue
        for doc in docs:
            if doc.id in seen:
                continue
            seen.add(doc.id)
            assign_reference(doc, reference_date)
            report.documents.append(doc)
    return report


def assign_reference(doc: Document, reference_date: date | None = None) -> None:
    """Give a document its reference date: the override if there is one, else what its metadata
    said, else what its text says (dateline, ``Published:`` line, year inference)."""
    if reference_date is not None:
        doc.preextracted = None  # a new reference: extract again
        doc.reference_date = reference_date
        doc.reference_source = "option"
        doc.reference_explanation = f"given with --reference-date {reference_date.isoformat()}"
    elif doc.reference_date is None and doc.preextracted is None:
        ref = find_reference(doc.text)
        doc.reference_date, doc.reference_source, doc.reference_explanation = (
            ref.day,
            ref.source,
            ref.explanation,
        )
