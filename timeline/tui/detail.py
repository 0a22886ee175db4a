"""The detail pane: everything about the highlighted event — the passage with the mention
highlighted, the value, interval and granularity, why it was resolved so, its document and the
other dates that document mentions."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

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


class DetailPane(VerticalScroll):
    """Follows the cursor of the list."""

    DEFAULT_CSS = """
    DetailPane { border-top: solid $primary 50%; padding: 0 1; }
    """

    def compose(self):
        yield Static(id="detail-body")

    def show(self, event: Event | None, siblings: Sequence[Event] = ()) -> None:
        """Show an event (or nothing)."""
        body = self.query_one("#detail-body", Static)
        if event is None:
            body.update(Text("No event selected.", style="dim italic"))
        else:
            body.update(describe(event, siblings))
        self.scroll_home(animate=False)
