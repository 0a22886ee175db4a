"""Modal screens: the event in full, go to a date, export, and help.  Each is typed by what it
returns to the app."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from ..export import SUFFIXES
from ..model import Event
from ..query import parse_date_target
from .detail import describe


class EventScreen(ModalScreen[None]):
    """One event in full: the detail pane's content with room to read it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter,q", "dismiss", "Close")]
    DEFAULT_CSS = """
    EventScreen { align: center middle; }
    EventScreen > VerticalScroll { width: 90%; height: 85%; border: thick $primary; background: $surface; padding: 0 1; }
    """

    def __init__(self, event: Event, siblings: Sequence[Event]) -> None:
        super().__init__()
        self.event = event
        self.others = siblings

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(describe(self.event, self.others, around=2000), id="event-full")

    def action_dismiss(self) -> None:
        self.dismiss(None)


class GotoScreen(ModalScreen[tuple[date, str] | None]):
    """Ask for a date in any form the engine understands; returns its first day and value."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    GotoScreen { align: center middle; }
    GotoScreen > Vertical { width: 60; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    GotoScreen #goto-error { color: $error; height: auto; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Go to a date (1967, Aug 2025, June 4, 1967, the 1990s):")
            yield Input(placeholder="date", id="goto-input")
            yield Static("", id="goto-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        target = parse_date_target(event.value)
        if target is None:
            self.query_one("#goto-error", Static).update(Text(f"Not a calendar date: {event.value!r}"))
            return
        self.dismiss(target)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class ExportRequest:
    """What the export screen returns: a format and a file."""

    format: str
    path: str


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Choose a format and a file for the current (filtered) view."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 70; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    ExportScreen #export-error { color: $error; height: auto; }
    """

    def __init__(self, formats: Sequence[str], count: int, chosen: str | None = None) -> None:
        super().__init__()
        self.formats = list(formats)
        self.count = count
        self.chosen = (
            chosen if chosen in self.formats else ("text" if "text" in self.formats else self.formats[0])
        )

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Export the {self.count} events in view")
            yield Select(
                [(f, f) for f in self.formats], value=self.chosen, allow_blank=False, id="export-format"
            )
            yield Input(value=self._default_path(self.chosen), id="export-path")
            yield Static("Enter to write, Escape to cancel.", id="export-error")

    def _default_path(self, fmt: str) -> str:
        return f"timeline-export.{SUFFIXES.get(fmt, fmt)}"

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        if path.value.startswith("timeline-export."):
            path.value = self._default_path(str(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not path:
            self.query_one("#export-error", Static).update(Text("Give a file name."))
            return
        self.dismiss(ExportRequest(str(self.query_one("#export-format", Select).value), path))

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """Every key of the browser, from the bindings themselves, and the filter language."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 84; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    """

    def __init__(self, keys: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.key_rows = keys

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for key, description in self.key_rows:
            table.add_row(key, description)
        language = Text.assemble(
            ("Filter language", "bold"),
            " (press / to type; terms combine with AND)\n",
            ("  words", "cyan"), '  match the sentence, mention and source; "a phrase" matches as written\n',
            ("  1967  2025-08  2025-08-17", "cyan"), "  events overlapping that year, month or day\n",
            ("  2023..2025  >=2020  <2020", "cyan"), "  date ranges\n",
            ("  source:NAME", "cyan"), "  events from sources whose name contains NAME\n",
            ("  granularity:day|month|year|decade", "cyan"), "  (g: for short; several with commas)\n",
            "An invalid term is underlined in red and ignored.",
        )  # fmt: skip
        with VerticalScroll():
            yield Static(Text("timeline — keys", style="bold"))
            yield Static(table)
            yield Static(language)

    def action_dismiss(self) -> None:
        self.dismiss(None)
