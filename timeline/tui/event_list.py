"""The event list: one row per event under group headings, drawn with the line API so that only
the visible rows are ever rendered, whatever the number of events."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..model import Event
from ..textsafe import one_line
from .index import Rows
from .render import foreground, kwic

LABEL_WIDTH = 21
#: Shorter words for a label too long for its column ("early week of 27 Oct 2025", "Wed 26 Nov
#: 2025 afternoon").
_SHORTER = (
    ("weekend ", "wknd "),
    ("week of ", "wk "),
    (" afternoon", " aft."),
    (" morning", " morn."),
    (" evening", " eve."),
    (" daytime", " day"),
)


def fit_label(event: Event, fine: bool) -> str:
    """An event's date in at most ``LABEL_WIDTH`` characters: "≈" before a date coarser than a
    day, unless "early", "mid" or "late" already says it is no one day; weeks in shorter words
    where the whole would not fit; cut with "…" only as a last resort."""
    label = event.label
    if not fine and not label.startswith(("early ", "mid ", "late ")):
        label = f"≈ {label}"
    for long, short in _SHORTER:
        if len(label) > LABEL_WIDTH:
            label = label.replace(long, short)
    return label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"


SOURCE_WIDTH = 24
_FINE = frozenset({"day"})
_MIDDLE = frozenset({"week", "month"})


class EventList(ScrollView, can_focus=True):
    """Scrollable, virtual list of a timeline's rows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown,ctrl+f", "page(1)", "Page down", show=False),
        Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False),
        Binding("home", "edge(-1)", "First", show=False),
        Binding("end,G", "edge(1)", "Last", show=False),
        Binding("right_square_bracket", "group(1)", "Next group", key_display="]"),
        Binding("left_square_bracket", "group(-1)", "Prev group", key_display="["),
        Binding("enter", "select", "Open", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "event-list--heading",
        "event-list--count",
        "event-list--cursor",
        "event-list--mention",
        "event-list--day",
        "event-list--month",
        "event-list--coarse",
        "event-list--source",
        "event-list--empty",
    }

    DEFAULT_CSS = """
    EventList { background: $surface; overflow-x: hidden; }
    EventList > .event-list--heading { color: $accent; text-style: bold; }
    EventList > .event-list--count { color: $text-muted; }
    EventList > .event-list--cursor { background: $primary 40%; }
    EventList:focus > .event-list--cursor { background: $primary 70%; }
    EventList > .event-list--mention { color: $warning; text-style: bold; }
    EventList > .event-list--day { color: $text; text-style: bold; }
    EventList > .event-list--month { color: $text-success; }
    EventList > .event-list--coarse { color: $text-secondary; text-style: italic; }
    EventList > .event-list--source { color: $text-muted; }
    EventList > .event-list--empty { color: $text-muted; text-style: italic; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        """The cursor moved to an event."""

        def __init__(self, event: Event | None) -> None:
            super().__init__()
            self.event = event

    class Selected(Message):
        """Enter (or a double click) on an event."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Rows | None = None
        self.empty_message = "No events."
        self._cache: dict[tuple, Strip] = {}

    # --- data ---------------------------------------------------------------------------------

    def set_rows(self, rows: Rows, keep: int | None = None) -> None:
        """Show new rows; keep the cursor on the event at index position ``keep`` if present."""
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        target = rows.row_of_position(keep) if keep is not None else None
        if target is None:
            target = rows.first_event_row_from(min(self.cursor, max(len(rows) - 1, 0)), 1)
            if target is None:
                target = rows.first_event_row_from(len(rows) - 1, -1) or 0
        self.cursor = target
        self.refresh()

    @property
    def current(self) -> Event | None:
        """The event under the cursor."""
        if self.rows is None or not len(self.rows):
            return None
        return self.rows.event_at(self.cursor)

    # --- movement -----------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh_line_of(old)
        self.refresh_line_of(new)
        self.post_message(self.Highlighted(self.current))

    def refresh_line_of(self, row: int) -> None:
        y = row - round(self.scroll_y)
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _scroll_to_cursor(self) -> None:
        height = max(self.size.height, 1)
        top = round(self.scroll_y)
        # show the heading above the first event of a group too
        want_top = (
            self.cursor - 1
            if self.rows is not None and self.cursor > 0 and self.rows.at(self.cursor - 1)[0] >= 0
            else self.cursor
        )
        if want_top < top:
            self.scroll_to(y=want_top, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def _go(self, row: int, step: int) -> None:
        if self.rows is None or not len(self.rows):
            return
        row = max(0, min(row, len(self.rows) - 1))
        found = self.rows.first_event_row_from(row, step)
        if found is None:
            found = self.rows.first_event_row_from(row, -step)
        if found is not None:
            self.cursor = found

    def action_move(self, step: int) -> None:
        """Move the cursor one event."""
        self._go(self.cursor + step, step)

    def action_page(self, step: int) -> None:
        """Move the cursor one screen."""
        self._go(self.cursor + step * max(self.size.height - 1, 1), step)

    def action_edge(self, step: int) -> None:
        """Go to the first or last event."""
        if self.rows is not None:
            self._go(0 if step < 0 else len(self.rows) - 1, -step if step > 0 else 1)

    def action_group(self, step: int) -> None:
        """Go to the first event of the next (or previous) group."""
        if self.rows is None or not len(self.rows.heading_rows):
            return
        heading = self.rows.heading_of_row(self.cursor)
        if step < 0:
            # first go to the start of the current group, then to the previous one
            first_of_group = int(self.rows.heading_rows[heading]) + 1
            heading = heading if self.cursor > first_of_group else heading - 1
        else:
            heading += 1
        heading = max(0, min(heading, len(self.rows.heading_rows) - 1))
        self._go(int(self.rows.heading_rows[heading]) + 1, 1)

    def go_to_row(self, row: int) -> None:
        """Put the cursor on a row (the nearest event row)."""
        self._go(row, 1)

    def action_select(self) -> None:
        event = self.current
        if event is not None:
            self.post_message(self.Selected(event))

    def on_click(self, event: events.Click) -> None:
        if self.rows is None:
            return
        row = event.y + round(self.scroll_y)
        if 0 <= row < len(self.rows) and self.rows.at(row)[1] >= 0:
            self.cursor = row
            if event.chain >= 2:
                self.action_select()

    # --- rendering ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + round(self.scroll_y)
        base = self.rich_style
        if self.rows is None or not len(self.rows):
            if y == 1:
                text = Text(f"  {self.empty_message}", style=foreground(self, "event-list--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        if row >= len(self.rows):
            return Strip.blank(width, base)
        heading, offset = self.rows.at(row)
        is_cursor = row == self.cursor
        key = (row, width, is_cursor, id(self.rows), self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            if heading >= 0:
                strip = self._strip(self._heading(heading, width), width, base)
            else:
                event = self.index_event(offset)
                style = base + self.get_component_rich_style("event-list--cursor") if is_cursor else base
                strip = self._strip(self._event_row(event, width, is_cursor), width, style)
            if len(self._cache) > 4 * max(self.size.height, 10):
                self._cache.clear()
            self._cache[key] = strip
        return strip

    def index_event(self, offset: int) -> Event:
        assert self.rows is not None
        return self.rows.index.events[int(self.rows.positions[offset])]

    def _heading(self, heading: int, width: int) -> Text:
        assert self.rows is not None
        label = self.rows.heading_label(heading)
        count = self.rows.group_size(heading)
        text = Text(f"── {label} ", style=foreground(self, "event-list--heading"))
        tail = f" {count} event{'s' if count != 1 else ''} "
        fill = max(0, width - text.cell_len - len(tail) - 2)
        text.append("─" * fill, style=foreground(self, "event-list--count"))
        text.append(tail, style=foreground(self, "event-list--count"))
        return text

    def _event_row(self, event: Event, width: int, is_cursor: bool) -> Text:
        g = event.granularity
        klass = (
            "event-list--day" if g in _FINE else "event-list--month" if g in _MIDDLE else "event-list--coarse"
        )
        marker = "▶ " if is_cursor else "  "
        text = Text(marker)
        text.append(f"{fit_label(event, g in _FINE):<{LABEL_WIDTH}} ", style=foreground(self, klass))
        source = one_line(event.document.source)
        source_width = min(SOURCE_WIDTH, max(0, width // 5))
        room = width - text.cell_len - source_width - 2
        context = kwic(event, room, foreground(self, "event-list--mention"))
        context.truncate(room, overflow="ellipsis", pad=True)
        text.append_text(context)
        if source_width:
            shown = source if len(source) <= source_width else source[: source_width - 1] + "…"
            text.append(f"  {shown:>{source_width}}", style=foreground(self, "event-list--source"))
        return text

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.no_wrap = True
        text.overflow = "ellipsis"
        text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console))
        return (
            Strip(segments).adjust_cell_length(width, style).apply_style(style)
            if segments
            else Strip.blank(width, style)
        )

    def notify_style_update(self) -> None:
        self._cache.clear()
        super().notify_style_update()

    def on_resize(self, event: events.Resize) -> None:
        if self.rows is not None:
            self.virtual_size = Size(event.size.width, len(self.rows))
