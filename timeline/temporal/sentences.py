"""Sentence boundaries, for tense cues and for the sentence an event stands in.

A light splitter for news prose: a sentence ends at ., ! or ? followed by space and a capital
or quote, or at a blank line or line break.  Abbreviations common in news ("Mr.", "Oct.",
"U.S.") do not end a sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Final

from .asciimode import compile_ascii
from .lexicon import FULL_MONTH_RE, FULL_WEEKDAY_RE

#: What may stand on a line before the first words of an item of a list ("- **Oct. 27** — Israel
#: launches ...", "1. June - The dam burst."): a bullet or a number, and emphasis.
LIST_ITEM_BEFORE: Final = compile_ascii(
    r"(?:^|\n)[ \t]*(?:[-*•·+>]|\d{1,3}[.)])?[ \t]*(?:\*\*|__|\*|_)?[ \t]*$"
)
#: How many dates opening an item of a list (after ``LIST_ITEM_BEFORE``) make a text a chronology.
CHRONOLOGY_ITEMS: Final = 3
#: What may stand around words alone on their line, as a heading: "2022", "## 2023", "**2024:**",
#: "Sunday, Dec. 8".
_HEADING_BEFORE: Final = compile_ascii(r"(?:^|\n)[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*$")
_HEADING_AFTER: Final = compile_ascii(r"(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*(?:\n|$)")


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand alone on their line, as a heading does."""
    return _HEADING_BEFORE.search(text, start - 12, start) is not None and bool(
        _HEADING_AFTER.match(text, end)
    )


#: A blank line (white space but nothing else on it): a paragraph's end.
PARAGRAPH_BREAK: Final = compile_ascii(r"\n[^\S\n]*\n")

ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep rev st jr sr inc corp co ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "u.s u.k u.n e.g i.e a.m p.m ft mt".split()
)


def _not_after_abbreviation() -> str:
    """Look-behinds that fail after an abbreviation's stop ("Mr.", "u.s.") or a single letter's
    ("J. Smith"): one for each length of word, after a character that is no part of a word, or at
    the text's start."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(re.escape(word))
    words = [f"(?i:{'|'.join(group)})" for _, group in sorted(by_length.items())]
    return "".join(rf"(?<!{before}{word}\.)" for word in ["[A-Za-z]", *words] for before in (r"[^\w.]", "^"))


#: The words after "a.m." or "p.m." that go on the time it tells.
_TIME_GOES_ON: Final = (
    rf"(?:{FULL_WEEKDAY_RE}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|{FULL_MONTH_RE}"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Eastern|Pacific|Central|Mountain|Atlantic|Local"
    r"|Greenwich|British|Indian|Moscow|Beijing|Tokyo|Paris|London|New|Washington)\b"
)
#: A stop, a run of stops, a line break or a blank line; not the stop of an abbreviation.  Read
#: from its first character (a character class the regular expression engine can skip to fast); a
#: run of stops is matched only from its first stop and possessively, so that a run of a million
#: dots is read once, not once from each of its dots.
_BOUNDARY: Final = compile_ascii(
    r"""[.!?\n](?:(?<=\n)(?:\s*\n)?|"""
    # "a.m." and "p.m." end a sentence before a capital that goes on no time ("Polls close at 5 p.m.
    # Results are expected ..."), not before a day, a month or a zone ("at 5 p.m. Tuesday",
    # "4 p.m. ET")
    + r"""(?<=[ap]\.m\.)(?=\s+(?!"""
    + _TIME_GOES_ON
    + r""")[A-Z][a-z])|"""
    + _not_after_abbreviation()
    + r"""(?<![.!?][.!?])[.!?]*+["'”’)]*+(?=\s+["'“‘(]?[A-Z0-9]))"""
)


def _ends(text: str) -> list[int]:
    """Where each sentence of a text ends (after its stop), in order, the text's end excluded."""
    return [m.end() for m in _BOUNDARY.finditer(text)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a text, whitespace trimmed.

    Args:
        text: the document text.

    Returns:
        ``(start, end)`` pairs in order, covering every non-blank part of the text.
    """
    bounds = [0, *_ends(text), len(text)]
    spans = (_trim(text, s, e) for s, e in itertools.pairwise(bounds))
    return [(s, e) for s, e in spans if e > s]


class SentenceIndex:
    """Finds the sentence that holds an offset: where sentences end is found once, in one pass;
    a sentence's own span only when it is asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends = _ends(text)
        self._spans: dict[int, tuple[int, int]] = {}  # each sentence's span, once asked for

    def around(self, offset: int) -> tuple[int, int]:
        """The span of the sentence holding ``offset`` (or the nearest one before it)."""
        i = bisect.bisect_right(self._ends, offset)
        while i >= 0:
            start, end = self._sentence(i)
            if end > start and start <= offset:
                return start, end
            i -= 1
        for i in range(len(self._ends) + 1):  # before the first sentence: the first sentence
            start, end = self._sentence(i)
            if end > start:
                return start, end
        return (0, 0)

    def _sentence(self, i: int) -> tuple[int, int]:
        span = self._spans.get(i)
        if span is None:  # (a sentence often holds more than one date)
            ends = self._ends
            span = self._spans[i] = _trim(
                self.text, ends[i - 1] if i else 0, ends[i] if i < len(ends) else len(self.text)
            )
        return span
