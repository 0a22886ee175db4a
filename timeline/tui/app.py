"""The timeline browser: the Textual app over a timeline.

A summary line and density strip on top, the filter line, the event list and the detail pane of
the highlighted event.  Loading and filtering run in worker threads that call the core and hand
their results back, so the interface never blocks.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from rich.highlighter import Highlighter
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from ..documents import Document
from ..documents.loader import LoadReport
from ..export import FORMATS
from ..export.files import write_export
from ..model import ZOOMS, Event, Timeline
from ..pipeline import collector_paused, iter_files
from ..processing import Options
from ..query import ParsedQuery, parse_query
from ..temporal import Mention
from ..temporal.values import day_from_ordinal, year_text
from ..textsafe import one_line
from .commands import TimelineCommands
from .density import DensityStrip
from .detail import DetailPane
from .document_view import DocumentScreen
from .event_list import EventList
from .index import EventIndex, Rows
from .render import event_as_text
from .screens import EventScreen, ExportRequest, ExportScreen, GotoScreen, HelpScreen

if TYPE_CHECKING:
    from ..cache import Cache

#: How many errors and warnings of a loading each get a toast of their own.
_TOASTS = {"error": 5, "warning": 3}
_BATCH_SECONDS = 0.25


class QueryHighlighter(Highlighter):
    """Underlines the terms of the filter line that cannot be read."""

    def highlight(self, text: Text) -> None:
        for error in parse_query(text.plain).errors:
            text.stylize("bold red underline", error.start, error.end)


class FilterInput(Input):
    """The filter line: Enter returns to the list; Escape clears the filter and returns to it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "clear_filter", "Clear filter", show=False)]

    def action_clear_filter(self) -> None:
        self.value = ""
        # back to the list, as Enter goes: the keys typed next move through it, not into the filter
        self.post_message(Input.Submitted(self, self.value))


class TimelineApp(App[None]):
    """Browse a timeline: scroll, filter, zoom and inspect."""

    CSS_PATH = "app.tcss"
    TITLE = "timeline"
    COMMANDS = App.COMMANDS | {TimelineCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        # (a priority binding: read as the key arrives, so that the keys typed right after it
        # go to the filter, not to the list they were already on their way to; see
        # ``check_action`` for a "/" typed into a line of text)
        Binding("slash", "focus_filter", "Filter", key_display="/", priority=True),
        Binding("plus,equals_sign", "zoom(1)", "Zoom in", key_display="+"),
        Binding("minus", "zoom(-1)", "Zoom out", key_display="-"),
        Binding("g", "goto", "Go to"),
        Binding("o", "open_document", "Document"),
        Binding("e", "export", "Export"),
        Binding("c", "copy", "Copy"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]
    #: Keys shown in the help screen, beyond the bindings above.
    MORE_KEYS: ClassVar[list[tuple[str, str]]] = [
        ("j / k / ↓ / ↑", "next / previous event"),
        ("PgDn / PgUp", "a screen down / up"),
        ("Home / End", "first / last event"),
        ("] / [", "next / previous group (year, or month at month zoom)"),
        ("Enter", "open the event in full; Escape closes it"),
        ("n / N", "in the document view: next / previous date"),
        ("Escape", "in the filter: clear it and go back to the list"),
        ("Ctrl+P", "command palette: filter, go to, export, view"),
    ]

    def __init__(
        self,
        paths: Sequence[str] = (),
        *,
        timeline: Timeline | None = None,
        reference_date: date | None = None,
        day_first: bool = False,
        zoom: str = "year",
        jobs: int = 1,
        cache: Cache | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.jobs = jobs
        self.cache = cache
        self.reference_date = reference_date
        self.day_first = day_first
        self.timeline = timeline or Timeline()
        self.index = EventIndex(self.timeline)
        self.zoom = zoom
        self.parsed: ParsedQuery = parse_query("")
        self.positions: np.ndarray = np.arange(len(self.index))
        self.rows = Rows.build(self.index, self.positions, zoom)
        self.loading = timeline is None and bool(self.paths)
        self.load_progress = (0, 0)
        self._siblings: dict[int, list[Event]] = {}

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="summary")
        yield DensityStrip(id="density")
        yield FilterInput(
            placeholder="/ filter: words, 1967, 2023..2025, source:NAME, granularity:day",
            id="filter",
            highlighter=QueryHighlighter(),
        )
        yield Static(id="filter-error")
        with Container(id="main"):
            yield EventList(id="events")
            yield DetailPane(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        # A timeline of millions of long-lived objects would make each full garbage collection
        # pause the interface for a second: keep what exists now out of the collector's scans.
        gc.freeze()
        self._show(self.rows, None)
        self.event_list.focus()
        self._warm_up()
        if self.loading:
            self.event_list.empty_message = "Loading…"
            self._load()

    def on_resize(self) -> None:
        self.query_one("#main").set_class(self.size.width >= 150, "wide")

    @property
    def event_list(self) -> EventList:
        return self.query_one("#events", EventList)

    # --- loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        """Read and extract the documents; a failure stops the loading, not the browser."""
        try:
            self._load_documents()
        except Exception as exc:
            self.call_from_thread(self._load_failed, f"{exc.__class__.__name__}: {exc}")

    def _load_failed(self, reason: str) -> None:
        self.loading = False
        self.event_list.empty_message = "Loading failed."
        self.notify(reason, title="Loading stopped", severity="error", timeout=15, markup=False)
        self._refresh_summary()

    def _load_documents(self) -> None:
        """Read and extract the documents, handing the timeline so far to the app now and then."""
        worker = get_current_worker()
        report = LoadReport()
        last = time.monotonic()
        told = (0, 0)
        done = total = 0

        def tell(last: bool = False) -> None:
            """Show the errors and warnings found since the last call, each in a toast up to a
            few of each kind (an archive may hold thousands of undated stories: toasts would
            cover the timeline); at the end, how many more there were."""
            nonlocal told
            errors, warnings = report.errors[told[0] :], report.warnings[told[1] :]
            shown = (min(told[0], _TOASTS["error"]), min(told[1], _TOASTS["warning"]))
            told = (len(report.errors), len(report.warnings))
            for message in errors[: max(0, _TOASTS["error"] - shown[0])]:
                self.call_from_thread(
                    self.notify,
                    one_line(message),
                    title="Cannot read",
                    severity="error",
                    timeout=10,
                    markup=False,
                )
            for message in warnings[: max(0, _TOASTS["warning"] - shown[1])]:
                self.call_from_thread(
                    self.notify, one_line(message), severity="warning", timeout=8, markup=False
                )
            more = max(0, told[0] - _TOASTS["error"]) + max(0, told[1] - _TOASTS["warning"])
            if last and more:
                self.call_from_thread(
                    self.notify,
                    f"{more:,} more not shown: `timeline export` with the same paths prints every"
                    " error and warning",
                    title="More errors and warnings",
                    severity="warning",
                    timeout=12,
                    markup=False,
                )

        def hand_over(progress: tuple[int, int]) -> float:
            """Build the timeline so far here, off the interface's thread; returns the seconds
            it took."""
            started = time.monotonic()
            timeline = Timeline.from_mentions(pairs)
            index = EventIndex(timeline)
            self.call_from_thread(self._add_documents, timeline, index, progress)
            return time.monotonic() - started

        options = Options(self.reference_date, self.day_first)
        pairs: list[tuple[Document, list[Mention]]] = []
        wait = _BATCH_SECONDS
        with collector_paused():  # an archive's events are made without collections in between
            for extracted in iter_files(
                self.paths, options, report=report, jobs=self.jobs, cache=self.cache, lazy_text=True
            ):
                if worker.is_cancelled:
                    return
                done, total = done + extracted.last, extracted.total
                pairs.extend(extracted.pairs)
                tell()
                if time.monotonic() - last > wait and extracted.pairs:
                    # Rebuilding costs more as the timeline grows: space the rebuilds out in
                    # proportion, so that loading stays linear in the number of documents.
                    wait = max(_BATCH_SECONDS, 4 * hand_over((done, max(done, total))))
                    last = time.monotonic()
            tell(last=True)
            hand_over((done, done))

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_up(self) -> None:
        """Build what the first filter keystroke needs before the user types it."""
        self.index.haystack()

    def _add_documents(self, timeline: Timeline, index: EventIndex, progress: tuple[int, int]) -> None:
        self.load_progress = progress
        self.loading = progress[0] < progress[1]
        self.set_timeline(timeline, self.event_list.current, index)
        if not self.loading:
            self.event_list.empty_message = "No events."
        self._refresh_summary()

    def set_timeline(
        self, timeline: Timeline, keep: Event | None = None, index: EventIndex | None = None
    ) -> None:
        """Show another timeline, keeping the filter and zoom."""
        self.timeline = timeline
        self.index = index or EventIndex(timeline)
        self._siblings.clear()
        gc.freeze()
        if not self.loading:
            self._warm_up()
        self.positions = self.index.filter(self.parsed.query)
        position = next((i for i, e in enumerate(timeline.events) if e is keep), None) if keep else None
        self._show(Rows.build(self.index, self.positions, self.zoom), position)

    # --- filtering and zoom -------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "filter":
            return
        self.parsed = parse_query(event.value)
        error = self.query_one("#filter-error", Static)
        if self.parsed.errors:
            error.update(
                Text("  ·  ".join(f"{event.value[e.start : e.end]}: {e.message}" for e in self.parsed.errors))
            )
        error.set_class(bool(self.parsed.errors), "visible")
        self._filter(self.parsed)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.screen.set_focus(self.event_list)  # (at once: see ``action_focus_filter``)

    @work(thread=True, exclusive=True, group="filter")
    def _filter(self, parsed: ParsedQuery) -> None:
        positions = self.index.filter(parsed.query)
        rows = Rows.build(self.index, positions, self.zoom)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._filtered, parsed, positions, rows)

    def _filtered(self, parsed: ParsedQuery, positions: np.ndarray, rows: Rows) -> None:
        if parsed is not self.parsed:
            return  # a newer filter is on its way
        self.positions = positions
        self._show(rows, self._current_position())

    def _current_position(self) -> int | None:
        rows = self.event_list.rows
        if rows is None or not len(rows):
            return None
        _, offset = rows.at(self.event_list.cursor)
        return int(rows.positions[offset]) if offset >= 0 else None

    def _show(self, rows: Rows, keep: int | None) -> None:
        self.rows = rows
        self.event_list.set_rows(rows, keep)
        self.query_one(DensityStrip).set_data(
            self.index.year[rows.positions], self.index.month[rows.positions]
        )
        self._refresh_summary()
        self._update_detail(self.event_list.current)

    def set_filter(self, text: str) -> None:
        """Replace the filter line (and so the filter)."""
        self.query_one("#filter", FilterInput).value = text

    def add_filter_term(self, term: str) -> None:
        """Add a term to the filter line."""
        current = self.query_one("#filter", FilterInput).value.strip()
        self.set_filter(f"{current} {term}".strip())

    def set_zoom(self, zoom: str) -> None:
        """Group the list by decade, year, month or day."""
        if zoom not in ZOOMS:
            return
        keep = self._current_position()
        self.zoom = zoom
        self._show(Rows.build(self.index, self.positions, zoom), keep)

    def action_zoom(self, step: int) -> None:
        """Zoom in (+1: towards days) or out (-1: towards decades)."""
        i = ZOOMS.index(self.zoom) + step
        if 0 <= i < len(ZOOMS):
            self.set_zoom(ZOOMS[i])
        else:
            self.bell()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "/" is a character in a line of text (the filter's own, the export path), not the key
        that moves to the filter."""
        if action == "focus_filter" and isinstance(self.focused, Input):
            return None  # (shown in the footer as before, not run: the key goes to the line)
        return True

    def action_focus_filter(self) -> None:
        # at once, not after the messages already queued (as ``focus()`` does): the keys typed
        # right after "/" are the filter's, not bindings of the list ("e" would open Export)
        found = self.screen.query("#filter")
        if found:  # (on the main screen only: not over an event in full or a document)
            self.screen.set_focus(found.first(FilterInput))

    # --- summary and detail -------------------------------------------------------------------

    def _refresh_summary(self) -> None:
        total = len(self.index)
        shown = len(self.positions)
        text = Text()
        text.append(f"{shown:,} of {total:,} events", style="bold")
        docs = len(self.timeline.documents)
        text.append(f" · {docs:,} document{'s' if docs != 1 else ''}")
        if shown:
            first = int(self.index.year[self.positions].min())
            last = day_from_ordinal(int(self.index.end[self.positions].max())).year
            span = f"{year_text(first)}–{year_text(last)}" if first != last else year_text(first)
            text.append(f" · {span}")
        text.append(f" · zoom: {self.zoom}")
        if self.loading:
            done, of = self.load_progress
            text.append(f" · loading {done} of {of} files…", style="italic")
        self.query_one("#summary", Static).update(text)

    def on_event_list_highlighted(self, message: EventList.Highlighted) -> None:
        self._update_detail(message.event)

    def _update_detail(self, event: Event | None) -> None:
        self.query_one(DetailPane).show(event, self.siblings(event) if event else ())
        density = self.query_one(DensityStrip)
        density.marker = (
            density.bucket_of(event.start.year, (event.start.year - 1970) * 12 + event.start.month - 1)
            if event
            else None
        )

    def siblings(self, event: Event) -> list[Event]:
        """The dated events of an event's document, in text order."""
        key = id(event.document)
        if key not in self._siblings:
            positions = np.flatnonzero(self.index.doc == self.index.doc_number(event.document))
            events = [self.index.events[int(p)] for p in positions]
            self._siblings[key] = sorted(events, key=lambda e: e.mention.start)
        return self._siblings[key]

    def on_event_list_selected(self, message: EventList.Selected) -> None:
        self.push_screen(EventScreen(message.event, self.siblings(message.event)))

    # --- actions ------------------------------------------------------------------------------

    def action_open_event(self) -> None:
        event = self.event_list.current
        if event is not None:
            self.push_screen(EventScreen(event, self.siblings(event)))

    def action_open_document(self) -> None:
        event = self.event_list.current
        if event is None:
            self.bell()
            return
        self.push_screen(DocumentScreen(event.document, self.siblings(event), event))

    def action_goto(self) -> None:
        def go(target: tuple[date, str] | None) -> None:
            if target is None:
                return
            row = self.rows.first_row_on_or_after(target[0])
            if row is None:
                self.notify("No events to go to.", severity="warning")
                return
            self.event_list.go_to_row(row)
            self.event_list.focus()

        self.push_screen(GotoScreen(), go)

    def group_labels(self) -> list[str]:
        """The headings of the list at the current zoom, in order."""
        return [self.rows.heading_label(i) for i in range(len(self.rows.heading_rows))]

    def go_to_group(self, label: str) -> None:
        """Put the cursor on the first event under a heading."""
        labels = self.group_labels()
        if label in labels:
            self.event_list.go_to_row(int(self.rows.heading_rows[labels.index(label)]) + 1)

    def export_formats(self) -> list[str]:
        """The formats the export offers."""
        return sorted(FORMATS)

    def action_export(self, fmt: str | None = None) -> None:
        def write(request: ExportRequest | None) -> None:
            if request is not None:
                self.export_view(request.format, request.path)

        self.push_screen(ExportScreen(self.export_formats(), len(self.positions), fmt), write)

    def export_view(self, fmt: str, path: str) -> bool:
        """Write the events in view to a file; says how it went in a notification."""
        events = [self.index.events[int(p)] for p in self.positions]
        try:
            write_export(self.timeline, fmt, path, events)
        except (OSError, ValueError) as exc:
            reason = (exc.strerror or str(exc)).lower() if isinstance(exc, OSError) else str(exc)
            self.notify(f"Could not write {path}: {reason}", severity="error", timeout=10, markup=False)
            return False
        self.notify(f"Wrote {len(events):,} events to {Path(path).resolve()}", title="Exported", markup=False)
        return True

    def action_copy(self) -> None:
        event = self.event_list.current
        if event is None:
            self.bell()
            return
        text = event_as_text(event)
        self.copy_to_clipboard(text)
        self.notify(one_line(text)[:120], title="Copied", markup=False)

    def action_help(self) -> None:
        keys = [(b.key_display or b.key, b.description) for b in self.BINDINGS if isinstance(b, Binding)]
        self.push_screen(HelpScreen(self.MORE_KEYS + keys))

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"


def run_browser(
    paths: Iterable[str],
    reference_date: date | None = None,
    day_first: bool = False,
    *,
    jobs: int = 1,
    cache_dir: str | None = None,
    use_cache: bool = True,
) -> int:
    """Open the browser on some paths; returns the exit status."""
    cache = None
    if use_cache:
        from ..cache import Cache

        warnings: list[str] = []
        cache = Cache(cache_dir, warn=warnings.append)
        for message in warnings:
            print(f"timeline: warning: {message}", file=sys.stderr)
        cache = cache if cache.usable else None
    app = TimelineApp(list(paths), reference_date=reference_date, day_first=day_first, jobs=jobs, cache=cache)
    app.run()
    return app.return_code or 0
