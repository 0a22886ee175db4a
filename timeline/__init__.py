"""timeline: turn news and reports into a timeline you can browse in a terminal.

The public API:

- :func:`extract`: the temporal mentions of a string, resolved against a reference date.
- :func:`load`: read files, directories or standard input into a :class:`Timeline`.
"""

__version__ = "0.1.0"

from .documents import Document
from .model import Event, Query, Timeline
from .pipeline import load
from .temporal import Mention, extract

__all__ = ["Document", "Event", "Mention", "Query", "Timeline", "__version__", "extract", "load"]
