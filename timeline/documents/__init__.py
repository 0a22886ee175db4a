"""Documents: reading files and standard input, decoding, stripping markup, and finding each
document's reference date.  Knows nothing of the timeline or the TUI.

The names below load with their modules on first use: listing files (``walk``) needs none of
the readers."""

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .document import Document
    from .errors import DocumentError
    from .loader import LoadReport, load_documents
    from .reference import Reference, find_reference, infer_year, parse_date_string

_HOMES = {
    "Document": ".document",
    "DocumentError": ".errors",
    "LoadReport": ".loader",
    "load_documents": ".loader",
    "Reference": ".reference",
    "find_reference": ".reference",
    "infer_year": ".reference",
    "parse_date_string": ".reference",
}

__all__ = [
    "Document",
    "DocumentError",
    "LoadReport",
    "Reference",
    "find_reference",
    "infer_year",
    "load_documents",
    "parse_date_string",
]

__getattr__ = lazy_names(__name__, _HOMES)
