"""timeline: turn news and reports into a timeline you can browse in a terminal.

The public API:

- :func:`extract`: the temporal mentions of a string, resolved against a reference date.
- :func:`load`: read files, directories or standard input into a :class:`Timeline`.

Each name loads with its module on first use: a cached export needs neither the engine nor the
readers.
"""

__version__ = "0.1.0"

from importlib import import_module
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value
    return value
