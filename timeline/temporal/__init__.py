"""The temporal engine: recognise date expressions in text and normalise them to TIMEX3 values.

Pure and self-contained: no clock, no I/O, no knowledge of documents, the timeline or the TUI.
"""

from .engine import extract
from .mention import Mention
from .values import GRANULARITIES, display, span_of

__all__ = ["GRANULARITIES", "Mention", "display", "extract", "span_of"]
