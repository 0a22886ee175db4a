"""What besides a document's text decides its extraction: kept apart from the extraction so that
a cached run can name it without loading the engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Options:
    """What besides the text decides the extraction."""

    reference_date: date | None = None
    day_first: bool = False

    def key(self) -> str:
        """A short string that differs whenever the options do."""
        ref = self.reference_date.isoformat() if self.reference_date else "-"
        return f"ref={ref};dayfirst={int(self.day_first)}"
