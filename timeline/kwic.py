"""Keyword in context: a sentence cut around a mention so that the words next to the date stay
visible, whatever the width."""

from __future__ import annotations

from .textsafe import one_line

ELLIPSIS = "…"


def cut_around(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """A window of ``text`` about ``width`` characters long that shows ``text[start:end]`` with
    as much context on each side as fits, cut at word boundaries and marked with ellipses.

    Args:
        text: one line of text (whitespace already folded).
        start: the mention's start within ``text``.
        end: the mention's end within ``text``.
        width: the room available.

    Returns:
        ``(window, mention_start, mention_end)``: the shortened text and the mention's span in it.
    """
    if len(text) <= width:
        return text, start, end
    room = max(0, width - (end - start) - 2)
    left_room = min(start, max(room // 3, room - (len(text) - end)))
    right_room = room - left_room
    left = start - left_room
    right = min(len(text), end + right_room)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(text) else ""
    window = prefix + text[left:right].strip() + suffix
    shift = len(prefix) - left - (len(text[left:right]) - len(text[left:right].lstrip()))
    return window, start + shift, end + shift


def context_line(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, int, int]:
    """The sentence around a mention as one safe line, with the mention's span in that line.

    Whitespace is folded and control characters are made visible (see ``textsafe``).
    """
    s0, s1 = min(sentence[0], start), max(sentence[1], end)
    before, words, after = one_line(text[s0:start]), one_line(text[start:end]), one_line(text[end:s1])
    if before and text[start - 1 : start].isspace():
        before += " "
    if after and text[end : end + 1].isspace():
        after = " " + after
    line = before + words + after
    return line, len(before), len(before) + len(words)
