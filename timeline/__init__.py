"""timeline: turn news and reports into a timeline you can browse in a terminal.

The public API:

- :func:`extract`: the temporal mentions of a string, resolved against a reference date.
- :func:`load`: read files, directories or standard input into a :class:`Timeline`.
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from .documents import Document
from .model import Event, Query, Timeline
from .pipeline import load
from .temporal import Mention

if TYPE_CHECKING:
    from .temporal.engine import extract

__all__ = ["Document", "Event", "Mention", "Query", "Timeline", "__version__", "extract", "load"]


def __getattr__(name: str) -> Any:
    if name == "extract":  # the engine loads on first use (a cached run does without it)
        from .temporal.engine import extract

        globals()["extract"] = extract
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
