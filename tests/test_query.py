"""The filter language."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.query import parse_query


def test_free_words_and_phrase():
    q = parse_query('july "New York"  conference').query
    assert q.words == ["july", "New York", "conference"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1967", date(1967, 1, 1), date(1967, 12, 31)),
        ("2025-08", date(2025, 8, 1), date(2025, 8, 31)),
        ("2025-08-17", date(2025, 8, 17), date(2025, 8, 17)),
        ("2023..2025", date(2023, 1, 1), date(2025, 12, 31)),
        ("2023..", date(2023, 1, 1), None),
        ("..2023-06", None, date(2023, 6, 30)),
        (">=2020", date(2020, 1, 1), None),
        (">2020", date(2021, 1, 1), None),
        ("<=2020", None, date(2020, 12, 31)),
        ("<2020", None, date(2019, 12, 31)),
        ("2020..2025 2023", date(2023, 1, 1), date(2023, 12, 31)),
    ],
)
def test_date_terms(text, start, end):
    parsed = parse_query(text)
    assert parsed.ok
    assert (parsed.query.start, parsed.query.end) == (start, end)


def test_source_and_granularity():
    q = parse_query("source:reuters g:day,month granularity:year").query
    assert q.sources == ["reuters"]
    assert q.granularities == ["day", "month", "year"]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("gaza granularity:weekly", "granularity:weekly"),
        ("2025-13", "2025-13"),
        ("source:", "source:"),
        ("2025..2020", "2025..2020"),
        ("..", ".."),
        (">=20x", ">=20x"),
    ],
)
def test_invalid_terms_are_marked_not_raised(text, bad):
    parsed = parse_query(text)
    assert not parsed.ok
    (error,) = parsed.errors
    assert text[error.start : error.end] == bad
    assert error.message


def test_invalid_term_does_not_stop_the_rest():
    parsed = parse_query("gaza granularity:weekly 2025")
    assert parsed.query.words == ["gaza"] and parsed.query.start == date(2025, 1, 1)


def test_numbers_that_are_not_dates_are_words():
    assert parse_query("61,944").query.words == ["61,944"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("1967", date(1967, 1, 1)),
        ("Aug 2025", date(2025, 8, 1)),
        ("2025-08-17", date(2025, 8, 17)),
        ("June 4, 1967", date(1967, 6, 4)),
        ("the 1990s", date(1990, 1, 1)),
        ("summer of 2022", date(2022, 6, 1)),
    ],
)
def test_date_target(text, first):
    from timeline.query import parse_date_target

    assert parse_date_target(text)[0] == first


@pytest.mark.parametrize("text", ["", "soon", "July 28", "2025-13"])
def test_date_target_needs_a_calendar_date(text):
    from timeline.query import parse_date_target

    assert parse_date_target(text) is None
