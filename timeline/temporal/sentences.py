"""Sentence boundaries, for tense cues and for the sentence an event stands in.

A light splitter for news prose: a sentence ends at ., ! or ? followed by space and a capital
or quote, or at a blank line or line break.  Abbreviations common in news ("Mr.", "Oct.",
"U.S.") do not end a sentence.
"""

from __future__ import annotations

import bisect
import re

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep rev st jr sr inc corp co ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "u.s u.k u.n e.g i.e a.m p.m ft mt".split()
)
#: Possessive and anchored at the start of a run of stops, so that a run of a million dots is
#: read once, not once from each of its dots.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"'”’)]*+(?=\s+[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a text, whitespace trimmed.

    Args:
        text: the document text.

    Returns:
        ``(start, end)`` pairs in order, covering every non-blank part of the text.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group().startswith("."):
            w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
            if w and (w[1].lower() in _ABBREVIATIONS or (len(w[1]) == 1 and w[1].isalpha())):
                continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class SentenceIndex:
    """Finds the sentence that holds an offset, by binary search."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int]:
        """The span of the sentence holding ``offset`` (or the nearest one before it)."""
        if not self.spans:
            return (0, 0)
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.spans[i]
