"""Documents: reading files and standard input, decoding, stripping markup, and finding each
document's reference date.  Knows nothing of the timeline or the TUI."""

from .document import Document
from .errors import DocumentError
from .loader import LoadReport, load_documents
from .reference import Reference, find_reference, infer_year, parse_date_string

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
