"""Properties of the engine over any text (hypothesis), and linear time on pathological input."""

from __future__ import annotations

import itertools
import re
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.documents import find_reference
from timeline.temporal import extract, span_of
from timeline.temporal.asciimode import compile_ascii

REF = date(2025, 8, 18)

#: TIMEX3 values the engine may write for DATE and TIME.
_DATE_VALUE = re.compile(
    r"""^(?:
        PRESENT_REF|PAST_REF|FUTURE_REF
      | BC\d{2,4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))?       # BC: year, decade, century; month, day, season
      | BC\d{5,}                                            # ... a year before 9999 BC ("80,000 years ago")
      | T(?:\d{2}:\d{2}|MO|AF|EV|NI)                         # a time of day with no date
      | (?:\d{2,4}|XXXX|XX)                                 # century, decade, year
        (?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?                  # month, day
          |-W(?:\d{2}|XX)(?:-\d|-WE)?                       # week, weekday, weekend
          |-WXX-\d|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X]|-WE
        )?
        (?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|DT))?           # time of day
    )$""",
    re.VERBOSE,
)
_DURATION_VALUE = re.compile(r"^P(?:T?(?:[\dX.]+[YMWDHS])+|XY|XM|XW|XD|XH|X)$|^P.*$")

#: Text made of the pieces dates are made of, so that the properties meet real matches.
_PIECES = st.sampled_from(
    [
        "on", "Sunday", "last", "next", "year", "years", "ago", "later", "the", "1990s", "19th",
        "century", "July", "28", "2025", "Oct.", "7,", "2023", "June 4, 1967", "mid-July",
        "early", "2024", "a day after", "two weeks later", "Q4", "fourth quarter", "10/07/2023",
        "2023-10-07", "today", "yesterday", "spring", "of", "May", "Theresa", "61,944", "44 BC",
        "AD", "99999", "0000", "February 30, 2020", "45th", "at", "3 p.m.", "\n", ".", ",", " ",
        "Cairo, Aug 18 (IANS) -", "[bold]", "\x1b[2J", "\u202e", "\x00", "é", "—",
        "Monday last", "(PTI)", "Thursday, Jan. 6",
    ]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=40).map(" ".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join),
)


def _check(text: str, reference: date | None) -> None:
    for m in extract(text, reference):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.sentence[0] <= m.start and m.end <= m.sentence[1] <= len(text)
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        if m.type in ("DATE", "TIME"):
            assert _DATE_VALUE.match(m.value), m.value
        else:
            assert _DURATION_VALUE.match(m.value) or m.value.startswith(("XXXX", "P")), m.value
        if m.interval is not None:
            assert m.interval[0] <= m.interval[1]
            assert span_of(m.value) is not None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
@example("February 30, 2020 and the 45th of May")
@example("year 99999, year 0000, 44 BC, AD 64")
@example("JUL 1BC, the summer and autumn of 0 BC, 499-493 BC, the 0s BC, the 100th century BC")
@example("\x00" * 50 + "July 28")
@example("THE WEEKEND, the weekend of 8-9 February")
@example("21 CENTURY AGO")  # counted back before year 1: found by this test on a compiled build
def test_spans_values_and_intervals_are_valid_with_a_reference(text):
    _check(text, REF)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("0001/00/01:\nFEBRUARY")  # a list item after a dated one, found by bench/fuzz.py
@example("- **Jan. 26, 2024** — a ruling.\n- **May 31** — a plan.")
def test_spans_values_and_intervals_are_valid_without_a_reference(text):
    _check(text, None)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("The petitioners approached the court on Monday last.")  # found by bench/fuzz.py
def test_a_texts_reference_date_is_found_without_fail(text):
    ref = find_reference(text)
    assert ref.day is None or ref.source != "none"


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _TEXTS)
# what follows a time at the end of a text is a paragraph on: it decides nothing about the time
@example("MIDWEEK", "0")
@example("Margins improved in H2", "Green hydrogen")
@example("green H2", "sales rose")
@example("It happened on March 23", "Movement")
@example("Sales rose in the second half", "He scored a goal")
@example("10SBC", "B")  # a decade BC needs a space before "BC" (found by hypothesis)
@example("TWO WEEK LATER LAST", "YEAR")  # what follows a count is read within its paragraph (CI)
@example("0 DAY AFTER\n ", "")  # a count that ends its text, white space after it (found by hypothesis)
def test_appending_text_keeps_the_mentions_before_it(text, more):
    """What was found before the end of a document is found again when more text follows
    (after a paragraph break, so no expression can run across the boundary)."""
    before = [(m.start, m.end, m.type) for m in extract(text, REF)]
    joined = text + "\n\n" + more
    after = [(m.start, m.end, m.type) for m in extract(joined, REF) if m.end <= len(text)]
    assert after == before


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        extract(text, REF)
        best = min(best, time.perf_counter() - t0)
    return best


PATHOLOGICAL = {
    "digits": "7",
    "commas between digits": "1,",
    "repeated month names": "May ",
    "month-day runs": "July 28, ",
    "hyphens and digits": "2023-",
    "slashes": "10/",
    "spaces": " ",
    "weekday runs": "on Sunday ",
    "dots": ".",
    "stops and quotes": "?!'\"",
    "newlines": "\n",
    "blank lines with spaces": "\n \n",
    "dashes": "-",
    "parentheses": "(",
    "apostrophes and digits": "'9",
    "words": "word ",
    "ordinals": "21st ",
    "years and s": "1990s ",
}


def test_pathological_inputs_take_time_linear_in_their_size():
    """Ten times the input may take about ten times as long, not a hundred as a quadratic would:
    a ratio within one run (40, to allow for a busy machine), never a timed threshold."""
    for name, unit in PATHOLOGICAL.items():
        small = unit * (4000 // len(unit))
        large = unit * (40000 // len(unit))
        ratio = _seconds(large) / max(_seconds(small), 1e-4)
        assert ratio < 40, f"{name}: ten times the text took {ratio:.0f} times as long"


def test_a_sentence_without_end_is_cut_around_each_mention():
    """One endless line: each mention carries a bounded piece of it, and time stays linear."""
    unit = "the council met on March 3, 2021 and again two weeks later, a spokesman said on monday; "
    small, large = unit * 200, unit * 2000
    found = extract(large, REF)
    assert len(found) > 4000
    assert max(m.sentence[1] - m.sentence[0] for m in found) < 1400
    assert all(m.sentence[0] <= m.start and m.end <= m.sentence[1] for m in found)
    assert _seconds(large) / max(_seconds(small), 1e-4) < 40


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
@example("Q4/'24 at 10:35 a.m., 8 P.M. on 7.10.2023 and 2023/10/07")
@example("1000S")
@example("JAN11000")  # a day and a year glued together: no date (found by the compiled build's run)
@example("Jan 12000")
def test_the_windows_around_trigger_words_find_what_a_full_scan_finds(text):
    """The pre-filter (trigger words, pseudo-words for numbers, each rule's reach) loses no
    match that running every rule over the whole text would keep."""
    from timeline.temporal import engine

    from .conftest import full_scan

    windowed = engine._select(engine._candidates(text))
    assert [c[:3] for c in windowed] == [c[:3] for c in engine._select(full_scan(text))]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("Mondays and mid-July, today's holidays; Wee\u212a and \u0130stanbul, DAY-after")
def test_the_trigger_index_finds_each_trigger_word_where_a_word_loop_does(text):
    from timeline.temporal.rules import VOCABULARY
    from timeline.temporal.scan import TriggerIndex

    expected: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"[A-Za-z]+", text):
        if m.group().lower() in VOCABULARY:
            expected.setdefault(m.group().lower(), []).append(m.span())
    found = TriggerIndex(text, VOCABULARY).positions
    assert {w: p for w, p in found.items() if not w.startswith("#") and w != "q#"} == expected


_CUE_PIECES = st.sampled_from(
    [
        "will",
        "was",
        "said",
        "'ll",
        "he'll",
        "it's expected",
        "'s",
        "expected",
        "would have",
        "may",
        "May",
        "due to",
        "due",
        "postponed",
        "beat",
        "be cleared",
        "won't",
        "wo n't",
        "since",
        "Mr.",
        "(",
        ")",
        '"',
        "’",
        "'",
        "-",
        ",",
        ".",
        " ",
        " ",
        "é",
        "naïve",
        "1990s",
        "_x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=14).map("".join))
@example("will meet")
@example("'ll go, he'll say, it's expected")
@example("é will")
def test_the_fast_cue_scan_finds_what_the_plain_one_finds(sentence: str):
    from timeline.temporal import tense

    lower = sentence.lower()
    fast = [(m.span("cue"), tense._cue_tense(m["cue"])) for m in tense._cue_matches(lower)]
    plain = [(m.span("cue"), tense._cue_tense(m["cue"])) for m in tense._CUE.finditer(lower)]
    assert fast == plain


_AHEAD_PIECES = st.sampled_from(
    ["will", "would", "is", "are", "to", "be", "heard", "if", "If", "when", "until", "by", "till",
     "through", "postponed", "has", "deadline", "of", "on", "in", "set", "for", "expected", "looms",
     "said", "was", "met", "fought", "'ll", "going", "plans", "the", "vote", "5", "p.m.", ",", ".",
     '"', "  ", "\n", "K", "\u212a"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_AHEAD_PIECES, max_size=16), st.lists(_AHEAD_PIECES, max_size=8))
@example(["when", "the", "case", "is", "heard", "in"], [])
@example(["the", "vote", "was", "postponed", "until"], [])
@example(["has", "until", "5", "p.m.", "on"], [])
@example(["If", "talks", "fail", "on"], [])
@example(["The", "next", "game", "is", "at", "home", "on"], [])  # a timetable, no word of the future
def test_looks_ahead_settles_what_the_full_tense_look_settles(before: list[str], after: list[str]):
    """``looks_ahead`` skips reading a sentence's past tenses where no word of the future stands:
    it must say the future exactly where ``direction`` does."""
    from timeline.temporal import tense

    head = " ".join(before) + " "
    sentence = f"{head}Friday {' '.join(after)}"
    start, end = len(head), len(head) + 6
    assert tense.looks_ahead(sentence, start, end) == (tense.direction(sentence, start, end) == "future")


@pytest.mark.parametrize("reference", [date(1, 1, 1), date(1, 1, 2), date(9999, 12, 28), date(9999, 12, 31)])
def test_a_reference_at_the_calendars_ends_gives_no_error(reference: date):
    """Counting back before 1 January 1, or on past 9999, leaves a mention out, never raises."""
    text = (
        "Flights were cancelled on Tuesday. Between Tuesday and Thursday, talks stalled. Talks will"
        " run from Monday to Friday, next week and the 15th of next month, two weeks later."
    )
    for m in extract(text, reference):
        assert m.interval is None or m.interval[0] <= m.interval[1]


_DEFERRAL_PIECES = st.sampled_from(
    ["postponed", "delayed", "gave", "pushed", "back", "moved", "brought", "forward", "from",
     "the", "vote", "until", "Until", "till",
     "to", "onto", "into", "TO", "Friday", " ", "  ", "\n", ".", ",", "x", "ſ", "İ"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_DEFERRAL_PIECES, max_size=30).map(" ".join), st.integers(min_value=0, max_value=200))
def test_a_deferral_is_looked_for_only_where_its_last_words_stand(text, start):
    """``tense_cue`` looks for "postponed ... until" only where "until", "till" or "to" ends the
    text before the date: wherever the whole pattern matches, that first test does too."""
    from timeline.temporal import tense

    start = min(start, len(text))
    reach = max(0, start - tense._DEFERRED_REACH)
    for pattern in (tense._DEFERRED, tense._MOVED_TO):
        if pattern.search(text, reach, start):
            assert tense._DEFERRED_END.search(text, reach, start)


#: The pieces of ranges of dates as news writes them, each end with or without its year (written,
#: or counted from the reference): every combination is read without an error, and each mention
#: keeps to the properties above.
_RANGE_STARTS = ["December", "Dec. 20", "20 December", "early December", "March", "Monday, Dec. 22"]
_RANGE_ENDS = ["February", "Jan. 5", "5 January", "late February", "Jan. 5, 2026", "February 2024"]
_RANGE_YEARS = ["last year", "this year", "next year", "of last year", "2024", ""]
_RANGE_JOINTS = ["from {} to {}", "between {} and {}", "{}-{}", "{} until {}"]


@pytest.mark.parametrize("told", [REF, date(2025, 1, 3), None])
def test_every_range_of_dates_is_read_without_error(told: date | None):
    for start, end, year, joint in itertools.product(_RANGE_STARTS, _RANGE_ENDS, _RANGE_YEARS, _RANGE_JOINTS):
        text = "Flights stopped " + joint.format(start, f"{end} {year}".strip()) + "."
        for m in extract(text, told):
            assert text[m.start : m.end] == m.text, text
            if m.type in ("DATE", "TIME"):
                assert _DATE_VALUE.match(m.value), (text, m.value)


def test_forgetting_the_texts_read_gives_the_same_mentions_from_a_cold_start():
    """``forget_texts`` (for benchmarks that read the same texts again) drops the scans and the
    sentences' tense cues, and a text read after it gives what it gave before."""
    from timeline.temporal import engine, tense

    text = "Talks ended on Monday. The bank will meet on Friday, officials said last week."
    before = [(m.text, m.value) for m in extract(text, date(2025, 8, 18))]
    assert engine._RECENT and tense._cues.cache_info().currsize
    engine.forget_texts()
    assert not engine._RECENT
    assert tense._cues.cache_info().currsize == 0 and tense.tells_of_future.cache_info().currsize == 0
    assert [(m.text, m.value) for m in extract(text, date(2025, 8, 18))] == before


_NEAR_A_PARTICIPLE = st.lists(
    st.sampled_from(
        [
            "be",
            "been",
            "the",
            "The",
            "newly",
            "quickly",
            "badly",
            "x",
            "3",
            "_",
            "-",
            "'",
            "bathe",
            "stays",
            "Gets",
            "an",
            "\n",
            "\t",
            " ",
            "  ",
            "\xa0",
            "really",
            "o",
        ]
    ),
    max_size=10,
)


@given(_NEAR_A_PARTICIPLE)
@example(["the", " ", "newly", " "])
@example(["remains", " ", "extraordinarily", " "])
def test_the_participle_look_up_reads_as_its_pattern(words: list[str]):
    # ``_not_finite`` stands in for a regular expression on every past tense: it must tell the same
    from timeline.temporal.tense import _NOT_FINITE, _not_finite

    sentence = "".join(words) + "rose"
    start = len(sentence) - 4
    assert _not_finite(sentence.lower(), start) == bool(_NOT_FINITE.search(sentence, start - 24, start))


#: What ``prev_word`` and ``word_end`` read by hand, as the patterns they stand for, compiled as
#: the engine compiles its own (ASCII letters, Unicode white space).
_PREV_WORD = compile_ascii(r"(?<![A-Za-z.])([A-Za-z.]+)[\s-]*$")
_WORD_END = compile_ascii(r"(?:\S+\s?)?")
_UNICODE_SPACE = "".join(chr(c) for c in range(0x3000 + 1) if chr(c).isspace())
#: Text of letters, stops, hyphens, digits and every kind of white space.
_WORDY = st.text(alphabet=st.sampled_from(list("aZq.-1é’ \n\t") + list(_UNICODE_SPACE)), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_WORDY, st.integers(min_value=0, max_value=70))
@example("the  U.S. -\u3000", 13)
@example("x" * 30 + " May", 34)
@example("a" * 30, 30)  # a word longer than the 25 characters looked at: none
def test_prev_word_reads_the_word_its_pattern_finds(text: str, pos: int) -> None:
    from timeline.temporal.rules.base import prev_word

    pos = min(pos, len(text))
    m = _PREV_WORD.search(text, pos - 25, pos)
    assert prev_word(text, pos) == (m[1].lower() if m else "")


@settings(max_examples=400, deadline=None)
@given(_WORDY, st.integers(min_value=0, max_value=70))
@example("word\u3000next", 1)
@example("end", 3)
def test_word_end_is_where_its_pattern_ends(text: str, i: int) -> None:
    from timeline.temporal.scan import word_end

    assert word_end(text, i) == _WORD_END.match(text, i).end()  # type: ignore[union-attr]
