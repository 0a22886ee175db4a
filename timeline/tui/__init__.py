"""The Textual browser over a timeline.  Imported only when the browser opens."""

from .app import TimelineApp, run_browser

__all__ = ["TimelineApp", "run_browser"]
