"""Rule patterns run in ASCII mode: the same matches as in Unicode mode on text of ASCII characters
and Unicode white space, and white space of any kind still reads as white space."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import extract
from timeline.temporal.asciimode import compile_ascii, unicode_spaces
from timeline.temporal.rules import RULES
from timeline.temporal.rules.firstchars import with_first_chars


@pytest.mark.parametrize(
    "pattern, rewritten",
    [
        (r"May\s+\d", r"May(?u:\s)+\d"),
        (r"a\Sb", r"a(?u:\S)b"),
        (r"x[^\S\n]*y", r"x(?u:[^\S\n])*y"),
        (r"[,\s]", r"(?u:[,\s])"),
        (r"[\w.]+\.", r"[\w.]+\."),  # no white space in the class: left in ASCII mode
        (r"\\s", r"\\s"),  # a backslash, then "s"
        (r"[]\s]", r"(?u:[]\s])"),  # "]" first in a class is a literal
        (r"[^]a]\s", r"[^]a](?u:\s)"),
        (r"[\]]\s", r"[\]](?u:\s)"),
        (r"(?<!\bwill\slast)", r"(?<!\bwill(?u:\s)last)"),
    ],
)
def test_white_space_is_kept_in_unicode_mode(pattern: str, rewritten: str):
    assert unicode_spaces(pattern) == rewritten
    re.compile(rewritten, re.ASCII)  # still a pattern, look-behinds still of fixed width


def test_an_unterminated_class_is_an_error():
    with pytest.raises(ValueError):
        unicode_spaces(r"[a-z")


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u3000", "\u2028"])
def test_unicode_white_space_matches(space: str):
    pattern = compile_ascii(r"\bMay\s+\d+(?:[^\S\n]*p\.m\.)?", re.IGNORECASE)
    assert pattern.fullmatch(f"may{space}5{space}p.m.")
    assert not compile_ascii(r"\S").match(space)


@pytest.mark.parametrize(
    "text, mention, value",
    [
        ("The talks were held on Oct.\u00a07, 2023 in Doha.", "Oct.\u00a07, 2023", "2023-10-07"),
        ("Voting ended on 5\u00a0March.", "5\u00a0March", "2024-03-05"),
        ("It ended on Tuesday\u202fnight.", "Tuesday\u202fnight", "2024-03-12TNI"),
        ("The polls close at 8\u202fp.m.", "8\u202fp.m.", "2024-03-14T20:00"),
        ("It happened two\u00a0weeks\u00a0ago.", "two\u00a0weeks\u00a0ago", "2024-W09"),
    ],
)
def test_dates_written_with_unicode_white_space_are_found(text: str, mention: str, value: str):
    found = {m.text: m.value for m in extract(text, date(2024, 3, 14))}
    assert found.get(mention) == value


#: Text of the characters dates are written in: ASCII letters, digits, punctuation and white
#: space of both kinds (where ASCII mode reads like Unicode mode).
_PIECES = st.sampled_from(
    [
        "May", "march", "Sept.", "4", "28", "1967", "2024", "'90s", "1990s", "Q3", "H1", "the",
        "last", "next", "week", "weeks", "years", "ago", "later", "early", "mid-", "on", "Monday",
        "night", "a.m.", "p.m.", "fiscal", "century", "19th", "BC", "2023-10-07", "10/07/2023",
        "Christmas", "Eve", "quarter", "half", "spring", " ", " ", " ", "\u00a0", "\u2009", "\n",
        ",", ".", "-", "–", "/", ":", "(", ")", "'s", "’s", "said", "will", "was", "_", "x",
    ]
)  # fmt: skip


def _in_unicode_mode(pattern: re.Pattern[str], source: str) -> re.Pattern[str]:
    flags = pattern.flags & ~(re.ASCII | re.UNICODE)
    return re.compile(with_first_chars(source, flags), flags)


#: Each rule's pattern as it was compiled before ASCII mode.
_UNICODE_TWINS = [(rule, _in_unicode_mode(rule.pattern, rule.source)) for rule in RULES]


_WRITTEN = [(rule, compile_ascii(rule.source, rule.pattern.flags & ~re.ASCII)) for rule in RULES]


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_the_look_aheads_before_a_pattern_change_no_match(pieces: list[str]):
    """A rule's pattern behind the look-aheads for its first characters and its openings (see
    ``firstchars``) finds what the pattern as written finds."""
    text = "".join(pieces)
    for rule, written in _WRITTEN:
        assert [m.span() for m in rule.pattern.finditer(text)] == [
            m.span() for m in written.finditer(text)
        ], rule.name


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_ascii_mode_finds_what_unicode_mode_finds(pieces: list[str]):
    text = "".join(pieces)
    for rule, unicode in _UNICODE_TWINS:
        found = [m.span() for m in rule.pattern.finditer(text)]
        assert found == [m.span() for m in unicode.finditer(text)], rule.name
