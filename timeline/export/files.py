"""Writing an export to where the user asked: a file (atomically), standard output, or for TimeML
with several documents a directory with one file per document."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from typing import TextIO

from ..model import Event, Timeline
from ..output import write_atomic
from . import FORMATS, documents_in_view, write_timeml_document


def write_export(
    timeline: Timeline,
    fmt: str,
    output: str,
    events: Iterable[Event] | None = None,
    *,
    wrap: Callable[[TextIO], TextIO] | None = None,
) -> list[str]:
    """Write a timeline in a format to a file, standard output (``-``) or, for TimeML with
    several documents, a directory of files; returns the paths written.  ``wrap``, if given,
    makes the stream a single file's export is written through (not a directory's).

    Raises:
        OSError: a file could not be written (existing files are left as they were).
        ValueError: the format cannot hold what is asked (several TimeML documents to one file).
    """
    writer = FORMATS[fmt]
    events = None if events is None else list(events)
    docs = documents_in_view(timeline, events)
    if fmt == "timeml" and (len(docs) > 1 or os.path.isdir(output)):
        if output == "-":
            raise ValueError(f"TimeML holds one document, and there are {len(docs)}: give -o a directory")
        os.makedirs(output, exist_ok=True)
        written = []
        used: set[str] = set()
        for doc in docs:
            name = _file_name(doc.source, used) + ".tml"
            path = os.path.join(output, name)
            write_atomic(path, lambda out, doc=doc: write_timeml_document(timeline, doc, out))
            written.append(path)
        return written
    if wrap is None:
        write_atomic(output, lambda out: writer(timeline, out, events))
    else:
        write_atomic(output, lambda out: writer(timeline, wrap(out), events))
    return [output]


def _file_name(source: str, used: set[str]) -> str:
    stem = (
        re.sub(r"[^A-Za-z0-9._-]+", "_", source.rsplit(".", 1)[0] if "." in source else source).strip("._")
        or "document"
    )
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name)
    return name
