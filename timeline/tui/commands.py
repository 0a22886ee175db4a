"""The command palette (Ctrl+P): every action of the browser under a "group: action" name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..temporal.values import GRANULARITIES
from ..textsafe import one_line

if TYPE_CHECKING:
    from .app import TimelineApp

_MAX_SOURCES = 60
_MAX_GROUPS = 300


class TimelineCommands(Provider):
    """Commands for filtering, going to a date, exporting and changing the view."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: TimelineApp = self.app  # type: ignore[assignment]
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("filter: clear", partial(app.set_filter, ""), "Show every event"),
            ("filter: edit…", app.action_focus_filter, "Type a filter (/)"),
        ]
        for g in GRANULARITIES:
            commands.append(
                (
                    f"filter: granularity:{g}",
                    partial(app.add_filter_term, f"granularity:{g}"),
                    f"Only {g} events",
                )
            )
        for doc in app.timeline.documents[:_MAX_SOURCES]:
            name = one_line(doc.source)
            term = f"source:{name}" if " " not in name else f'"{name}"'
            commands.append((f"filter: {term}", partial(app.add_filter_term, term), one_line(doc.title)[:80]))
        commands.append(("go to: date…", app.action_goto, "Go to a date typed in any form (g)"))
        for label in app.group_labels()[:_MAX_GROUPS]:
            commands.append((f"go to: {label}", partial(app.go_to_group, label), "Jump to this group"))
        for fmt in app.export_formats():
            commands.append(
                (f"export: {fmt}…", partial(app.action_export, fmt), f"Write the events in view as {fmt} (e)")
            )
        commands.append(("export: copy event", app.action_copy, "Copy the highlighted event as text (c)"))
        for zoom in ("decade", "year", "month", "day"):
            commands.append((f"view: zoom {zoom}", partial(app.set_zoom, zoom), f"Group the list by {zoom}"))
        commands += [
            ("view: open document", app.action_open_document, "The whole document of the event (o)"),
            ("view: open event", app.action_open_event, "The event in full (Enter)"),
            ("view: toggle light/dark", app.action_toggle_dark, "Switch between the light and dark themes"),
            ("view: help", app.action_help, "Every key (?)"),
        ]
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            if not name.startswith(("go to: ", "filter: source:")) or name == "go to: date…":
                yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
