"""Exports of a timeline.  Each writer takes a timeline, a text stream and (optionally) the events
of a filtered view; choosing the file and writing it safely is left to ``output``.

``timeml`` writes one document per file: with several documents, the command line writes a
directory of them (see ``write_timeml_document``).
"""

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from ..lazy import lazy_names

if TYPE_CHECKING:
    from ..model import Event, Timeline
    from .ics_export import write_ics
    from .json_export import read_json, write_json
    from .markdown_export import write_markdown
    from .tabular import write_csv, write_jsonl
    from .text_export import write_text
    from .timelinejs_export import write_timelinejs
    from .timeml_export import documents_in_view, write_timeml, write_timeml_document

    Writer = Callable[[Timeline, TextIO, Iterable[Event] | None], None]
    FORMATS: dict[str, Writer]

#: The formats, and the writer of each (``FORMATS`` maps each name to its writer).
_WRITERS = {
    "text": "write_text",
    "json": "write_json",
    "jsonl": "write_jsonl",
    "csv": "write_csv",
    "markdown": "write_markdown",
    "ics": "write_ics",
    "timelinejs": "write_timelinejs",
    "timeml": "write_timeml",
}
#: The format names, known without loading a writer (the command line's choices).
FORMAT_NAMES: tuple[str, ...] = tuple(_WRITERS)

# Each name loads with its module on first use.
_HOMES = {
    "write_ics": ".ics_export",
    "read_json": ".json_export",
    "write_json": ".json_export",
    "write_markdown": ".markdown_export",
    "write_csv": ".tabular",
    "write_jsonl": ".tabular",
    "write_text": ".text_export",
    "write_timelinejs": ".timelinejs_export",
    "documents_in_view": ".timeml_export",
    "write_timeml": ".timeml_export",
    "write_timeml_document": ".timeml_export",
}


_writer = lazy_names(__name__, _HOMES)


def __getattr__(name: str) -> Any:
    if name != "FORMATS":
        return _writer(name)
    formats = {fmt: _writer(writer) for fmt, writer in _WRITERS.items()}
    globals()["FORMATS"] = formats
    return formats


#: File name endings, for exports that pick a name.
SUFFIXES = {
    "text": "txt",
    "json": "json",
    "jsonl": "jsonl",
    "csv": "csv",
    "markdown": "md",
    "ics": "ics",
    "timelinejs": "timelinejs.json",
    "timeml": "tml",
}

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "SUFFIXES",
    "documents_in_view",
    "read_json",
    "write_csv",
    "write_ics",
    "write_json",
    "write_jsonl",
    "write_markdown",
    "write_text",
    "write_timelinejs",
    "write_timeml",
    "write_timeml_document",
]
