"""The pre-filter that keeps the engine fast.  One pass splits the text into words and numbers and
remembers where the words that can start or anchor a date expression stand; each rule then runs
only in windows around its own trigger words (or around numbers), never over the whole text.

A rule pattern run from a window start still sees the real text before it (look-behinds and
``\\b`` behave as on the whole text); windows end only at white space, so no word is cut.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from typing import Final

from .asciimode import compile_ascii

#: The pseudo-word that stands for any number.
DIGIT: Final = "#"
#: The pseudo-word for a number of four digits (a year, perhaps).
DIGIT4: Final = "#4"
#: The pseudo-word for a number followed by "s" ("1990s", "'90s", "1990's").
DIGITS_S: Final = "#s"
#: The pseudo-word for a number that opens a range ("22-25 April", "May 4 and 5", "1915-16") or
#: closes all but the last day of a list ("3, 5, 10, and 12 December").
DIGIT_TO: Final = "#-"
#: The pseudo-word for a number that opens a numeric date ("10/07/2023", "7.10.2023").
DIGIT_DATE: Final = "#/"
#: The pseudo-word for a four-digit number that opens an ISO date ("2023-10-07").
DIGIT4_DATE: Final = "#4-"
#: The pseudo-word for a number read on a clock ("10:35", "8 p.m.").
DIGIT_CLOCK: Final = "#:"
#: The pseudo-word for the number of a quarter or half code ("Q4", "H1 2024").
DIGIT_Q: Final = "q#"
#: The pseudo-word for a number after an apostrophe ("in '87", "since ’08").
DIGIT_CUT: Final = "#'"
#: The pseudo-word for a number of two digits no month has as a day ("the 45th of May").
DIGIT_NO_DAY: Final = "#>31"

#: What must stand near a trigger word for a rule to match there: some other words (or
#: pseudo-words) of the index, and how far before and after the trigger word one is looked for
#: (see ``TriggerIndex.windows``).
Near = tuple[frozenset[str], int, int]

# written with a character class first, which the regular expression engine skips to fast
_PLURAL: Final = ("s", "'s", "’s", "S", "'S", "’S")  # "the 1990S" in a headline too
_RANGE_AFTER: Final = (
    r"(?:st|nd|rd|th)?[^\S\n]*(?:[-–—]|/\d\d(?![\d/])|(?:and|to|through|or|until)\s|,[^\S\n]*(?:and|or)\s)"
)
_DATE_AFTER: Final = r"[/.]\d|-\d\d?-\d{4}"  # "10/07", "7.10"; with dashes only with a year: "15-08-2024"
_ISO_AFTER: Final = compile_ascii(r"[-/.]\d")
_CLOCK_AFTER: Final = r":\d|\s*[ap]\.?m"  # in either case: "8 P.M."
#: A number, and in optional look-aheads (each succeeds, capturing only what is there) what
#: follows it, for the pseudo-words above: one pass over the text for all of them.
_DIGIT_FORMS: Final = compile_ascii(
    r"([0-9][0-9]*)"
    rf"(?=({'|'.join(re.escape(p) for p in _PLURAL)})?)"
    rf"(?=({_RANGE_AFTER})?)"
    rf"(?=({_DATE_AFTER})?)"
    rf"(?=((?i:{_CLOCK_AFTER}))?)"
)


#: Each ASCII letter lower-cased, every other byte made a space: where the trigger words are
#: looked for.
_LOWER_LETTERS_ONLY: Final = bytes(
    c + 0x20 if 0x41 <= c <= 0x5A else c if 0x61 <= c <= 0x7A else 0x20 for c in range(256)
)


#: Each digit made "0", every other byte a space: where the trigger index finds numbers.
_DIGITS_AS_ZEROS: Final = bytes(0x30 if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
#: "00*", not "0+": a pattern that opens with a character (not a repeat of one) is searched for
#: by that character.
_ZEROS: Final = re.compile(rb"00*")


@functools.lru_cache(maxsize=8)
def _ascii_words(vocabulary: frozenset[str]) -> dict[bytes, str]:
    """The words of a vocabulary made of ASCII letters only (the pseudo-words left out), as the
    text's lower-cased letters hold them (see ``_LOWER_LETTERS_ONLY``), and as the index names
    them."""
    return {word.encode(): word for word in vocabulary if word.isascii() and word.isalpha()}


class TriggerIndex:
    """Where each trigger word of a text stands, and the windows around sets of them."""

    def __init__(self, text: str, vocabulary: frozenset[str]) -> None:
        """Index the trigger words of a text.

        Args:
            text: the document text.
            vocabulary: the lower-case words any rule is triggered by, and the pseudo-words for
                numbers (``DIGIT`` and the others above), which are found whatever it holds.
        """
        self.text = text
        digits: list[tuple[int, int]] = []
        digits4: list[tuple[int, int]] = []
        plural: list[tuple[int, int]] = []
        to: list[tuple[int, int]] = []
        dated: list[tuple[int, int]] = []
        iso: list[tuple[int, int]] = []
        clock: list[tuple[int, int]] = []
        quarter: list[tuple[int, int]] = []
        cut: list[tuple[int, int]] = []
        no_day: list[tuple[int, int]] = []
        # The numbers are found in the text's bytes with each digit made "0" and every other
        # character a space, where the regular expression engine finds a run of "0" as fast as
        # it finds a byte (a class of characters costs a test of each); what follows each number
        # is read by the look-aheads of one pattern, in the text.
        encoded = text.encode("ascii", "replace")
        forms = _DIGIT_FORMS.match
        for run in _ZEROS.finditer(encoded.translate(_DIGITS_AS_ZEROS)):
            m = forms(text, run.start())
            span = m.span(1)  # type: ignore[union-attr]
            digits.append(span)
            _, after_plural, after_to, after_date, after_clock = m.groups()  # type: ignore[union-attr]
            if after_plural is not None:
                plural.append(span)
            if after_to is not None:
                to.append(span)
            if after_date is not None:
                dated.append(span)
            if after_clock is not None:
                clock.append(span)
            width = span[1] - span[0]
            if width == 4:
                digits4.append(span)
                if _ISO_AFTER.match(text, span[1]):
                    iso.append(span)
            elif width == 2 and text[span[0] : span[1]] > "31":
                no_day.append(span)
            elif width in (5, 6) and after_clock is not None and text[span[0] : span[0] + 2] in ("19", "20"):
                # a year a web page glued its time to: "March 5, 20255:06 AM GMT" (Reuters')
                digits4.append((span[0], span[0] + 4))
            if span[0] and text[span[0] - 1] in "QqHh'’":
                (cut if text[span[0] - 1] in "'’" else quarter).append(span)
        self.positions: dict[str, list[tuple[int, int]]] = {
            DIGIT: digits,
            DIGIT4: digits4,
            DIGITS_S: plural,
            DIGIT_TO: to,
            DIGIT_DATE: dated,
            DIGIT4_DATE: iso,
            DIGIT_CLOCK: clock,
            DIGIT_Q: quarter,
            DIGIT_CUT: cut,
            DIGIT_NO_DAY: no_day,
        }
        # The text's ASCII letters lower-cased, one byte a character (every other character a
        # space): offsets unchanged, and a word is a run of ASCII letters, whatever stands around
        # it.  Its words are split off and looked up (faster than a trie's pattern tried at
        # every word); a word found is found in the text again from the last one found, between
        # spaces, so that the first such whole word there is this one.
        padded = b" " + encoded.translate(_LOWER_LETTERS_ONLY) + b" "
        positions = self.positions
        names = _ascii_words(vocabulary)
        after = 0  # (in the padded text: the space after the last word found)
        for word in padded.split():
            name = names.get(word)
            if name is not None:
                at = padded.find(b" " + word + b" ", after)  # its space before: its start in the text
                positions.setdefault(name, []).append((at, at + len(word)))
                after = at + 1 + len(word)
        #: The words and pseudo-words the text holds at all: most rules find none of theirs.
        self.present = frozenset(word for word, spans in self.positions.items() if spans)
        self._windows: dict[tuple, list[tuple[int, int]]] = {}
        self._by_near: dict[tuple, list[tuple[int, int]]] = {}
        self._starts: dict[frozenset[str], list[int]] = {}
        self._by_words: dict[frozenset[str], list[tuple[int, int]]] = {}

    def windows(
        self,
        words: frozenset[str],
        before: int,
        after: int,
        near: Near | None = None,
        capital: bool = False,
    ) -> list[tuple[int, int]]:
        """Merged windows of text around the occurrences of some trigger words, each reaching
        ``before`` characters before a trigger word and ``after`` characters after it, and
        ending at white space so that no window cuts a word.  With ``near`` (some words, and how
        far before and after a trigger word it is looked for), only around the occurrences with
        one of those words that near them, for rules whose every match holds one ("July 28" a digit,
        "two weeks later" a unit of time): a match lies within its rule's reach of its trigger
        word, so a reach at least as wide as every such rule's loses none.  With ``capital``,
        only around the occurrences written with a capital ("Christmas", not "father")."""
        if self.present.isdisjoint(words) or (near is not None and self.present.isdisjoint(near[0])):
            return []
        key = (words, before, after, near, capital)
        cached = self._windows.get(key)
        if cached is None:
            if capital:  # (the cheaper test first: most such words are written in lower case)
                text = self.text
                spans = [s for s in self._sorted(words) if text[s[0]].isupper()]
                if near is not None:
                    spans = self._with_near(spans, near)
            else:
                spans = self._sorted(words) if near is None else self._near(words, near)
            cached = self._windows[key] = self._merge(spans, before, after)
        return cached

    def _near(self, words: frozenset[str], near: Near) -> list[tuple[int, int]]:
        """The occurrences of some words with one of some other words near them."""
        key = (words, near)
        cached = self._by_near.get(key)
        if cached is None:
            cached = self._by_near[key] = self._with_near(self._sorted(words), near)
        return cached

    def _with_near(self, spans: list[tuple[int, int]], near: Near) -> list[tuple[int, int]]:
        """Those of some spans with one of some words near them."""
        needed, before, after = near
        starts = self._starts.get(needed)
        if starts is None:  # several rules need the same words (a number, a month)
            starts = self._starts[needed] = [s for s, _ in self._sorted(needed)]
        n = len(starts)
        out = []
        for span in spans:
            # the first of the needed words from ``before`` the span on, if it starts before
            # ``after`` past it
            i = bisect_left(starts, span[0] - before)
            if i < n and starts[i] < span[1] + after:
                out.append(span)
        return out

    def _sorted(self, words: frozenset[str]) -> list[tuple[int, int]]:
        """Where any of some words stand, in text order (several rules share a set of words)."""
        cached = self._by_words.get(words)
        if cached is None:
            positions = self.positions  # a text holds few of the words: look up those it holds
            found = [positions[word] for word in self.present & words]
            cached = found[0] if len(found) == 1 else sorted(itertools.chain.from_iterable(found))
            self._by_words[words] = cached
        return cached

    def _merge(self, spans: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        if not spans:
            return out
        text = self.text
        low, high = spans[0][0] - before, spans[0][1] + after
        for start, end in spans:
            if start - before <= high + 1:
                end += after
                if end > high:
                    high = end
            else:
                out.append((low if low > 0 else 0, word_end(text, high)))
                low, high = start - before, end + after
        out.append((low if low > 0 else 0, word_end(text, high)))
        return out


def word_end(text: str, i: int) -> int:
    r"""Where a window ending at ``i`` ends: there if white space stands there, else past the next
    white space (or at the text's end), so that no window cuts a word.  A loop over the word's
    characters, which costs less than a match of a pattern (``(?:\S+\s?)?``, which a test holds
    it agrees with)."""
    n = len(text)
    if i >= n:
        return n
    j = i
    while j < n and not text[j].isspace():
        j += 1
    if i < j < n:  # the white space after the word
        j += 1
    return j
