"""The density strip: how many events fall in each year (or month) of the visible range, as a
one-line bar chart, with the cursor's place marked."""

from __future__ import annotations

import calendar
from typing import ClassVar

import numpy as np
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..temporal.values import year_text
from .render import foreground

_BARS = " ▁▂▃▄▅▆▇█"


class DensityStrip(Widget):
    """Events per bucket over a range of years, with a marker."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"density--bar", "density--marker", "density--axis"}
    DEFAULT_CSS = """
    DensityStrip { height: 1; }
    DensityStrip > .density--bar { color: $primary; }
    DensityStrip > .density--marker { color: $warning; background: $warning 30%; text-style: bold; }
    DensityStrip > .density--axis { color: $text-muted; }
    """

    marker: reactive[int | None] = reactive(None)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.counts = np.zeros(0, dtype=np.int64)
        self.first_label = ""
        self.last_label = ""
        self._origin = 0
        self._by_month = False

    def set_data(self, years: np.ndarray, months: np.ndarray) -> None:
        """Count events per year, or per month when they span three years or less.

        Args:
            years: the start year of each event shown.
            months: the start month (months since 1970-01) of each event shown.
        """
        if len(years) == 0:
            self.counts = np.zeros(0, dtype=np.int64)
            self.first_label = self.last_label = ""
        else:
            lo, hi = int(years.min()), int(years.max())
            self._by_month = hi - lo < 3
            values = months if self._by_month else years
            self._origin = int(values.min())
            self.counts = np.bincount(values - self._origin)
            self.first_label, self.last_label = self._label(0), self._label(len(self.counts) - 1)
        self.refresh()

    def _label(self, bucket: int) -> str:
        value = self._origin + bucket
        if self._by_month:
            year, month = divmod(value, 12)
            if 1970 + year < 1:
                return f"{calendar.month_abbr[month + 1]} {year_text(1970 + year)}"
            return f"{1970 + year}-{month + 1:02d}"
        return year_text(value)

    def bucket_of(self, year: int, month: int) -> int | None:
        """The bucket a date falls in, or None if outside."""
        if not len(self.counts):
            return None
        value = (month if self._by_month else year) - self._origin
        return value if 0 <= value < len(self.counts) else None

    def render(self) -> Text:
        width = self.size.width
        if not len(self.counts) or width < 12:
            return Text("")
        axis = foreground(self, "density--axis")
        left, right = f"{self.first_label} ", f" {self.last_label}"
        room = max(1, width - len(left) - len(right))
        counts = self.counts
        n = len(counts)
        # resample buckets to the room available: each cell shows the busiest bucket under it
        edges = np.linspace(0, n, num=min(room, n) + 1).astype(int)
        cells = np.maximum.reduceat(counts, edges[:-1]) if n else counts
        top = max(int(cells.max()), 1)
        marker_cell = None
        if self.marker is not None:
            marker_cell = int(np.searchsorted(edges, self.marker, side="right")) - 1
        text = Text(left, style=axis)
        bar = foreground(self, "density--bar")
        mark = foreground(self, "density--marker")
        for i, c in enumerate(cells.tolist()):
            level = 0 if c == 0 else 1 + (c * (len(_BARS) - 2)) // top
            text.append(
                _BARS[min(level, len(_BARS) - 1)] if c else "·", style=mark if i == marker_cell else bar
            )
        text.append(right, style=axis)
        return text
