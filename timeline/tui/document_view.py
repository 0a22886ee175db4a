"""The whole document, with every dated mention highlighted, opened at one of them; ``n`` and
``N`` move between mentions.  Drawn with the line API over pre-wrapped lines, so long documents
scroll without building one widget per line."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, Static

from ..documents import Document
from ..model import Event
from ..textsafe import neutralise, one_line
from .render import foreground


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Spans of the text's display lines: paragraphs broken at ``\\n``, wrapped at spaces."""
    width = max(width, 10)
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        while end - start > width:
            cut = text.rfind(" ", start, start + width + 1)
            cut = cut if cut > start else start + width
            lines.append((start, cut))
            start = cut + 1 if text[cut : cut + 1] == " " else cut
        lines.append((start, end))
        pos = end + 1
    return lines


class DocumentView(ScrollView, can_focus=True):
    """A document's text with its mentions highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"document-view--mention", "document-view--current"}
    DEFAULT_CSS = """
    DocumentView { padding: 0 1; overflow-x: hidden; }
    DocumentView > .document-view--mention { color: $warning; text-style: bold underline; }
    DocumentView > .document-view--current { background: $warning; color: $background; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]

    current: reactive[int] = reactive(0)

    def __init__(self, document: Document, events: list[Event], current: int) -> None:
        super().__init__()
        self.document = document
        self.events = sorted(events, key=lambda e: e.mention.start)
        self.lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self.set_reactive(DocumentView.current, max(0, min(current, len(self.events) - 1)))

    def on_resize(self, event: events.Resize) -> None:
        width = max(self.size.width - self.styles.scrollbar_size_vertical - 1, 10)
        self.lines = wrap_offsets(self.document.text, width)
        self._line_starts = [s for s, _ in self.lines]
        self.virtual_size = Size(width, len(self.lines))
        self.call_after_refresh(self.scroll_to_current)

    def line_of(self, offset: int) -> int:
        """The display line that holds a character offset."""
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def scroll_to_current(self) -> None:
        if self.events and self.lines:
            line = self.line_of(self.events[self.current].mention.start)
            self.scroll_to(y=max(0, line - self.size.height // 3), animate=False)

    def watch_current(self) -> None:
        self.scroll_to_current()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        row = y + round(self.scroll_y)
        width = self.scrollable_content_region.width
        if row >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        start, end = self.lines[row]
        text = Text(no_wrap=True)
        mention = foreground(self, "document-view--mention")
        current = foreground(self, "document-view--current")
        cursor = start
        for i, e in enumerate(self.events):
            s, t = max(e.mention.start, start), min(e.mention.end, end)
            if s >= t:
                continue
            text.append(neutralise(self.document.text[cursor:s]))
            text.append(neutralise(self.document.text[s:t]), style=current if i == self.current else mention)
            cursor = t
        text.append(neutralise(self.document.text[cursor:end]))
        text.truncate(width)
        segments = list(text.render(self.app.console))
        base: Style = self.rich_style
        return Strip(segments).adjust_cell_length(width, base).apply_style(base)

    def move(self, step: int) -> None:
        if self.events:
            self.current = (self.current + step) % len(self.events)


class DocumentScreen(Screen[None]):
    """A full-screen view of one document."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,o", "app.pop_screen", "Back"),
        Binding("n", "next_mention(1)", "Next date"),
        Binding("N", "next_mention(-1)", "Previous date"),
    ]
    DEFAULT_CSS = """
    DocumentScreen #doc-title { height: auto; padding: 0 1; background: $primary 30%; text-style: bold; }
    DocumentScreen #doc-status { height: 1; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, document: Document, events: list[Event], current: Event | None) -> None:
        super().__init__()
        ordered = sorted(events, key=lambda e: e.mention.start)
        index = next((i for i, e in enumerate(ordered) if e is current), 0)
        self.view = DocumentView(document, ordered, index)
        self.document = document

    def compose(self) -> ComposeResult:
        title = Text(one_line(self.document.title or self.document.source))
        yield Static(title, id="doc-title")
        yield self.view
        yield Static(id="doc-status")
        yield Footer()

    def on_mount(self) -> None:
        self.view.focus()
        self._status()

    def action_next_mention(self, step: int) -> None:
        self.view.move(step)
        self._status()

    def _status(self) -> None:
        view = self.view
        status = self.query_one("#doc-status", Static)
        if not view.events:
            status.update(Text("No dated mentions in this document."))
            return
        e = view.events[view.current]
        line = Text(f"Date {view.current + 1} of {len(view.events)}: ")
        line.append(one_line(e.mention.text), style="bold")
        line.append(f" → {e.value}  ·  {one_line(self.document.path)}")
        status.update(line)
