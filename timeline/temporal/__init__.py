"""The temporal engine: recognise date expressions in text and normalise them to TIMEX3 values.

Pure and self-contained: no clock, no I/O, no knowledge of documents, the timeline or the TUI.
The engine itself (its compiled grammar) is imported on first use of :func:`extract`, so that
reading mentions back from the cache does not pay for it.
"""

from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from .mention import Mention
from .values import GRANULARITIES, display, span_of

if TYPE_CHECKING:
    from .engine import extract

__all__ = ["GRANULARITIES", "Mention", "display", "engine_build", "extract", "span_of"]


def engine_build() -> str:
    """How the engine was installed: "compiled" where ``pip install`` compiled its modules with
    mypyc (see setup.py), "Python" where they run as Python.  The engine is not imported."""
    spec = find_spec(f"{__name__}.engine")
    origin = (spec.origin or "") if spec else ""
    return "compiled" if origin.endswith((".so", ".pyd")) else "Python"


def __getattr__(name: str) -> Any:
    if name == "extract":
        from .engine import extract

        globals()["extract"] = extract
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
