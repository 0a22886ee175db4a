"""The pre-filter that keeps the engine fast.  One pass splits the text into words and numbers and
remembers where the words that can start or anchor a date expression stand; each rule then runs
only in windows around its own trigger words (or around numbers), never over the whole text.

A rule pattern run from a window start still sees the real text before it (look-behinds and
``\\b`` behave as on the whole text); windows end only at white space, so no word is cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: How far before and after a trigger a match may reach.
REACH_BEFORE = 48
REACH_AFTER = 48
#: The pseudo-word that stands for any number.
DIGIT = "#"
#: The pseudo-word for a number of four digits (a year, perhaps).
DIGIT4 = "#4"
#: The pseudo-word for a number followed by "s" ("1990s", "'90s", "1990's").
DIGITS_S = "#s"

_TOKEN = re.compile(r"\d+|[A-Za-z]+")
_SPACE = re.compile(r"\s")


class TriggerIndex:
    """Where each trigger word of a text stands, and the windows around sets of them."""

    def __init__(self, text: str, vocabulary: frozenset[str]) -> None:
        """Index the trigger words of a text.

        Args:
            text: the document text.
            vocabulary: the lower-case words any rule is triggered by, and ``DIGIT``.
        """
        self.text = text
        self.positions: dict[str, list[tuple[int, int]]] = {}
        digits = self.positions.setdefault(DIGIT, [])
        fours = self.positions.setdefault(DIGIT4, [])
        plurals = self.positions.setdefault(DIGITS_S, [])
        for m in _TOKEN.finditer(text):
            token = m.group()
            if token[0].isdigit():
                span = m.span()
                digits.append(span)
                if len(token) == 4:
                    fours.append(span)
                after = text[span[1] : span[1] + 2]
                if after[:1] == "s" or after in ("'s", "’s"):
                    plurals.append(span)
                continue
            word = token.lower()
            if word in vocabulary:
                self.positions.setdefault(word, []).append(m.span())
        self._windows: dict[frozenset[str], list[tuple[int, int]]] = {}

    def windows(self, words: frozenset[str]) -> list[tuple[int, int]]:
        """Merged windows of text around the occurrences of some trigger words."""
        cached = self._windows.get(words)
        if cached is None:
            n = len(self.text)
            spans = (
                (max(0, start - REACH_BEFORE), min(n, end + REACH_AFTER))
                for word in words
                for start, end in self.positions.get(word, ())
            )
            cached = self._windows[words] = merge(self.text, spans)
        return cached


def merge(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap (or touch), each end then moved on to the next
    white space so that no window cuts a word."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + 1:
            if end > out[-1][1]:
                out[-1][1] = end
        else:
            out.append([start, end])
    n = len(text)
    for window in out:
        end = window[1]
        if end < n and not text[end].isspace():
            space = _SPACE.search(text, end)
            window[1] = space.end() if space else n
    return [(s, e) for s, e in out]
