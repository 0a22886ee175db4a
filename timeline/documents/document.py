"""A document as the program holds it: its text, where it came from, and its reference date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Document:
    """One article.

    Attributes:
        id: unique within a timeline: the path as given, ``path#id`` for a line of a JSON lines
            file, ``<stdin>`` for standard input.
        path: the file it came from (``-`` for standard input).
        text: the text that offsets point into (markup and front matter removed).
        title: a title from metadata or the first line.
        reference_date: the date the document was written, if known.
        reference_source: how it was found: ``option``, ``metadata``, ``dateline``,
            ``published-line``, ``date-line`` (a line with the date alone, near the top),
            ``closing-line`` (the same, ending the text), ``lead``, ``timeml-dct``, or ``none``.
        reference_explanation: one line saying how, e.g. the year inference.
        url: where the article was published, if known.
    """

    id: str
    path: str
    text: str
    title: str = ""
    reference_date: date | None = None
    reference_source: str = "none"
    reference_explanation: str = "no reference date: relative and partial dates stay unresolved"
    url: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    #: Mentions read with the document (from a timeline JSON export): used instead of extracting.
    preextracted: list | None = field(default=None, repr=False, compare=False)

    @property
    def source(self) -> str:
        """A short name for the document in listings: the file name, or the line's id (with the
        file's name where the id is a number, as a line's number is: "feed.jsonl#3")."""
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        if "#" in self.id and self.path.endswith((".jsonl", ".json")):
            ident = self.id.rsplit("#", 1)[1]
            return f"{name}#{ident}" if ident.isdigit() else ident
        return name or self.id


class LazyDocument(Document):
    """A document whose text is not held: it is read back (from the cache) when asked for, so a
    timeline of a whole archive holds events and offsets, not every article's text."""

    _loader: Callable[[int], str] | None = None
    _number: int = 0
    _held: str | None = None

    def bind(self, loader: Callable[[int], str], number: int) -> None:
        """Read the text back with ``loader(number)`` from now on."""
        self._loader, self._number, self._held = loader, number, None

    @property  # type: ignore[override]
    def text(self) -> str:
        if self._held is not None or self._loader is None:
            return self._held or ""
        return self._loader(self._number)

    @text.setter
    def text(self, value: str) -> None:
        self._held = value or None
