"""The plain-text timeline: chronological, under year headings, one event a line.

    2025
      Mon 28 Jul 2025       2025-07-28       …which was held in New York on «July 28» under…   seed.txt

Document text is neutralised (no control characters reach the terminal or file).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..kwic import context_line, cut_around
from ..model import Event, Timeline
from ..textsafe import one_line

CONTEXT_WIDTH = 100
#: The least widths of the label and value columns; a timeline with a longer label or value
#: ("Sat 23 Nov 2024 afternoon") widens its column, so that the columns stay aligned.
LABEL_WIDTH = 21
VALUE_WIDTH = 16


def event_line(
    event: Event,
    width: int = CONTEXT_WIDTH,
    source: str | None = None,
    columns: tuple[int, int] = (LABEL_WIDTH, VALUE_WIDTH),
) -> str:
    """One event as a line of the text export (without indentation); ``source`` is the
    document's name made safe, when the caller already has it; ``columns``, the widths of the
    label and the value."""
    m = event.mention
    line, s, e = context_line(event.document.text, m.sentence, m.start, m.end)
    window, s, e = cut_around(line, s, e, width)
    context = f"{window[:s]}«{window[s:e]}»{window[e:]}"
    if source is None:
        source = one_line(event.document.source)
    label_width, value_width = columns
    return f"{event.label:<{label_width}} {event.value:<{value_width}} {context}   [{source}]"


def write_text(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the timeline as plain text.

    Args:
        timeline: the timeline.
        out: the stream to write to.
        events: the events to write (a filtered view); all of them by default.
    """
    count = 0
    sources: dict[int, str] = {}  # each document's name, made safe once
    shown = timeline.events if events is None else list(events)
    columns = (
        max([LABEL_WIDTH, *(len(event.label) for event in shown)]),
        max([VALUE_WIDTH, *(len(event.value) for event in shown)]),
    )
    for heading, group in timeline.groups("year", shown):
        if count:
            out.write("\n")
        out.write(f"{heading}\n")
        for event in group:
            source = sources.get(id(event.document))
            if source is None:
                source = sources[id(event.document)] = one_line(event.document.source)
            out.write(f"  {event_line(event, source=source, columns=columns)}\n")
            count += 1
    if not count:
        out.write("No dated events found.\n")
