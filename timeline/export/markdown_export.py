"""A readable Markdown timeline: events under year headings, the mention in bold, the sources
listed at the end.  Document text is escaped so that it cannot turn into Markdown."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from ..model import Event, Timeline
from ..textsafe import neutralise, one_line
from .common import chosen, summary

_SPACES = re.compile(r"\s+")
_ESCAPED = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+!|~"})


def escape(text: str) -> str:
    """Text with every Markdown-active character backslash-escaped, on one line."""
    return _SPACES.sub(" ", neutralise(text)).translate(_ESCAPED)


def write_markdown(timeline: Timeline, out: TextIO, events: Iterable[Event] | None = None) -> None:
    """Write the timeline as Markdown."""
    items = chosen(timeline, events)
    out.write("# Timeline\n")
    if not items:
        out.write("\nNo dated events found.\n")
    numbers = {d.id: i for i, d in enumerate(timeline.documents, start=1)}
    for heading, group in timeline.groups("year", items):
        out.write(f"\n## {heading}\n\n")
        for e in group:
            line = summary(e)  # one safe line already: only Markdown's characters to escape
            words = one_line(e.mention.text)
            at = line.find(words)
            text = (
                line.translate(_ESCAPED)
                if at < 0
                else f"{line[:at].translate(_ESCAPED)}**{words.translate(_ESCAPED)}**"
                f"{line[at + len(words) :].translate(_ESCAPED)}"
            )
            out.write(f"- **{escape(e.label)}** (`{e.value}`) — {text} [{numbers[e.document.id]}]\n")
    used = {e.document.id for e in items}
    out.write("\n## Sources\n\n")
    for doc in timeline.documents:
        if doc.id not in used:
            continue
        ref = doc.reference_date.isoformat() if doc.reference_date else "no reference date"
        title = escape(doc.title or doc.source)
        where = f"<{one_line(doc.url)}>" if doc.url else f"`{one_line(doc.path)}`"
        out.write(f"{numbers[doc.id]}. {title} — {where}, {ref} ({doc.reference_source})\n")
