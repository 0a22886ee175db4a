"""The detail pane: everything about the highlighted event — the passage with the mention
highlighted, the value, interval and granularity, why it was resolved so, its document and the
other dates that document mentions."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..model import Event
from ..textsafe import one_line
from .render import passage, safe

MENTION_STYLE = "bold reverse"


def describe(event: Event, siblings: Sequence[Event], around: int = 400) -> Group:
    """The detail of an event as Rich renderables (document text always as plain text)."""
    m = event.mention
    doc = event.document
    head = Text()
    head.append(event.label, style="bold")
    head.append(f"  {event.value}", style="bold cyan")
    head.append(f"  {event.granularity}", style="magenta")
    if event.start == event.end:
        head.append(f"  {event.start.isoformat()}", style="dim")
    else:
        head.append(f"  {event.start.isoformat()} → {event.end.isoformat()}", style="dim")
    why = Text("Why: ", style="bold")
    why.append_text(safe(m.explanation))
    body = passage(doc.text, m.start, m.end, around, MENTION_STYLE)
    source = Text("Document: ", style="bold")
    source.append_text(safe(one_line(doc.title) or doc.source))
    source.append(f"\n  {one_line(doc.path)}", style="dim")
    if doc.url:
        source.append(f"\n  {one_line(doc.url)}", style="dim")
    ref = doc.reference_date.isoformat() if doc.reference_date else "none"
    source.append(f"\n  reference date {ref} ({doc.reference_source}): ", style="dim")
    source.append_text(safe(doc.reference_explanation, "dim"))
    others = Text("Other dates in this document: ", style="bold")
    shown = [s for s in siblings if s is not event][:40]
    if not shown:
        others.append("none", style="dim")
    for i, s in enumerate(shown):
        if i:
            others.append(" · ", style="dim")
        others.append_text(safe(one_line(s.mention.text)))
        others.append(f" {s.value}", style="cyan")
    return Group(head, why, Text(""), body, Text(""), source, others)


class DetailPane(ScrollView, can_focus=False):
    """Follows the cursor of the list.

    Drawn with the line API from lines rendered once per event, and with a virtual height that
    changes only in steps, so that moving the cursor repaints the pane without a new layout of
    the whole screen.
    """

    DEFAULT_CSS = """
    DetailPane { border-top: solid $primary 50%; padding: 0 1; overflow-x: hidden; }
    """
    _STEP = 16

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content: RenderableType = Text("No event selected.", style="dim italic")
        self._lines: list[Strip] = []
        self._width = 0

    def show(self, event: Event | None, siblings: Sequence[Event] = ()) -> None:
        """Show an event (or nothing)."""
        self.content = (
            Text("No event selected.", style="dim italic") if event is None else describe(event, siblings)
        )
        self._render_lines()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _render_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            self._lines = []
            return
        console = self.app.console
        options = console.options.update(width=width, min_width=width, max_width=width, height=None)
        self._lines = [Strip(line) for line in console.render_lines(self.content, options, pad=False)]
        self._width = width
        height = max(len(self._lines), self.size.height)
        height = -(-height // self._STEP) * self._STEP
        if self.virtual_size.height != height or self.virtual_size.width != width:
            self.virtual_size = Size(width, height)

    def on_resize(self) -> None:
        self._render_lines()

    def render_line(self, y: int) -> Strip:
        row = y + round(self.scroll_y)
        width = self.scrollable_content_region.width
        if row < len(self._lines):
            return self._lines[row].adjust_cell_length(width, self.rich_style).apply_style(self.rich_style)
        return Strip.blank(width, self.rich_style)

    @property
    def plain(self) -> str:
        """The text the pane shows, for tests and the clipboard."""
        return "\n".join(line.text for line in self._lines)
