"""timeline: turn news and reports into a timeline you can browse in a terminal.

The public API:

- :func:`extract`: the temporal mentions of a string, resolved against a reference date.
- :func:`load`: read files, directories or standard input into a :class:`Timeline`.

Each name loads with its module on first use: a cached export needs neither the engine nor the
readers.
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from .lazy import lazy_names

if TYPE_CHECKING:
    from .documents import Document
    from .model import Event, Query, Timeline
    from .pipeline import load
    from .temporal import Mention
    from .temporal.engine import extract

_HOMES = {
    "Document": ".documents",
    "Event": ".model",
    "Query": ".model",
    "Timeline": ".model",
    "load": ".pipeline",
    "Mention": ".temporal",
    "extract": ".temporal.engine",
}

__all__ = ["Document", "Event", "Mention", "Query", "Timeline", "__version__", "extract", "load"]

__getattr__ = lazy_names(__name__, _HOMES)
