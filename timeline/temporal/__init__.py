"""The temporal engine: recognise date expressions in text and normalise them to TIMEX3 values.

Pure and self-contained: no clock, no I/O, no knowledge of documents, the timeline or the TUI.
The engine itself (its compiled grammar) is imported on first use of :func:`extract`, so that
reading mentions back from the cache does not pay for it.
"""

from typing import TYPE_CHECKING, Any

from .mention import Mention
from .values import GRANULARITIES, display, span_of

if TYPE_CHECKING:
    from .engine import extract

__all__ = ["GRANULARITIES", "Mention", "display", "extract", "span_of"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from .engine import extract

        globals()["extract"] = extract
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
