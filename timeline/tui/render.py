"""Rich ``Text`` built from document text, which is untrusted: every piece passes through
``textsafe`` first and is added as plain text, never parsed as markup, so "[bold]" shows as
those characters and escape sequences cannot reach the terminal."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from ..kwic import context_line, cut_around
from ..model import Event
from ..textsafe import neutralise, one_line


def safe(text: str, style: str | Style = "") -> Text:
    """Plain text, neutralised, as a ``Text`` (never markup)."""
    return Text(neutralise(text), style=style)


def kwic(event: Event, width: int, mention_style: str | Style) -> Text:
    """The event's sentence on one line, cut around the mention, the mention highlighted."""
    m = event.mention
    line, s, e = context_line(event.document.text, m.sentence, m.start, m.end)
    window, s, e = cut_around(line, s, e, max(width, 10))
    text = Text(window, no_wrap=True, overflow="ellipsis")
    text.stylize(mention_style, s, e)
    return text


def passage(text: str, start: int, end: int, around: int, mention_style: str | Style) -> Text:
    """The paragraph holding ``text[start:end]`` (at most ``around`` characters each side),
    neutralised, with that span highlighted."""
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    lo = max(lo, start - around)
    hi = min(hi, end + around)
    before, words, after = neutralise(text[lo:start]), neutralise(text[start:end]), neutralise(text[end:hi])
    out = Text("…" if lo > 0 and text[lo - 1] not in "\n" else "")
    out.append(before)
    out.append(words, style=mention_style)
    out.append(after)
    if hi < len(text) and text[hi] not in "\n":
        out.append("…")
    return out


def event_as_text(event: Event) -> str:
    """An event as one line of plain text, for the clipboard."""
    m = event.mention
    line, _, _ = context_line(event.document.text, m.sentence, m.start, m.end)
    return f"{event.label} ({event.value}) — {line} — {one_line(event.document.source)}"


def foreground(widget: object, component: str) -> Style:
    """A component's style with its background dropped, so that a row's own background (the
    cursor's) shows through, while colours with transparency stay blended as the theme meant."""
    full: Style = widget.get_component_rich_style(component)  # type: ignore[attr-defined]
    return Style(
        color=full.color, bold=full.bold, italic=full.italic, underline=full.underline, reverse=full.reverse
    )
