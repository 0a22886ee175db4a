"""TIMEX3 values: spans and readable labels."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.values import display, span_of


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end", "label"),
    [
        ("2025-08-17", "day", date(2025, 8, 17), date(2025, 8, 17), "Sun 17 Aug 2025"),
        ("2025-08-17TNI", "day", date(2025, 8, 17), date(2025, 8, 17), "Sun 17 Aug 2025 night"),
        ("2025-W33", "week", date(2025, 8, 11), date(2025, 8, 17), "week of 11 Aug 2025"),
        ("2025-07", "month", date(2025, 7, 1), date(2025, 7, 31), "Jul 2025"),
        ("2022-SU", "season", date(2022, 6, 1), date(2022, 8, 31), "Summer 2022"),
        ("2022-WI", "season", date(2022, 12, 1), date(2023, 2, 28), "Winter 2022/23"),
        ("1999-WI", "season", date(1999, 12, 1), date(2000, 2, 29), "Winter 1999/00"),
        ("2025-Q4", "quarter", date(2025, 10, 1), date(2025, 12, 31), "Q4 2025"),
        ("2023-H2", "half", date(2023, 7, 1), date(2023, 12, 31), "H2 2023"),
        ("2025", "year", date(2025, 1, 1), date(2025, 12, 31), "2025"),
        ("199", "decade", date(1990, 1, 1), date(1999, 12, 31), "1990s"),
        ("18", "century", date(1800, 1, 1), date(1899, 12, 31), "19th century"),
    ],
)
def test_span_and_label(value, granularity, start, end, label):
    span = span_of(value)
    assert (span.granularity, span.start, span.end) == (granularity, start, end)
    assert display(value) == label


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end", "label"),
    [
        # before year 1, in astronomical years: 1 BC is year 0, 480 BC is year -479
        ("BC0480", "year", (-479, 1, 1), (-479, 12, 31), "480 BC"),
        ("BC0480-08", "month", (-479, 8, 1), (-479, 8, 31), "Aug 480 BC"),
        ("BC0001-02", "month", (0, 2, 1), (0, 2, 29), "Feb 1 BC"),  # a leap year
        ("BC0481-FA", "season", (-480, 9, 1), (-480, 11, 30), "Autumn 481 BC"),
        ("BC0481-WI", "season", (-480, 12, 1), (-479, 2, 28), "Winter 481/480 BC"),
        ("BC0001-WI", "season", (0, 12, 1), (1, 2, 28), "Winter 1 BC/AD 1"),
        ("BC047", "decade", (-478, 1, 1), (-469, 12, 31), "470s BC"),
        ("BC03", "century", (-399, 1, 1), (-300, 12, 31), "4th century BC"),
    ],
)
def test_span_and_label_before_year_one(value, granularity, start, end, label):
    span = span_of(value)
    assert span.granularity == granularity and display(value) == label
    assert (span.start.year, span.start.month, span.start.day) == start
    assert (span.end.year, span.end.month, span.end.day) == end


@pytest.mark.parametrize(
    "value", ["XXXX-07-28", "PRESENT_REF", "P3Y", "2020-02-30", "T08:00", "", "BC0000-04", "BC0480-13"]
)
def test_no_span(value):
    assert span_of(value) is None


@pytest.mark.parametrize("year", [0, -1, -3, -4, -99, -100, -399, -400, -401, -479, -512, -2000])
def test_days_before_year_one_count_as_the_proleptic_calendar_does(year):
    """FarDay's day count agrees with numpy's proleptic Gregorian calendar, and back."""
    import numpy as np

    from timeline.temporal.values import FarDay

    epoch = date(1970, 1, 1).toordinal()
    for month, day in ((1, 1), (2, 28), (3, 1), (12, 31)):
        ordinal = FarDay(year, month, day).toordinal()
        expected = int(np.datetime64(f"{year:05d}-{month:02d}-{day:02d}", "D").astype(np.int64)) + epoch
        assert ordinal == expected
        assert FarDay.fromordinal(ordinal) == FarDay(year, month, day)
        back = FarDay.fromordinal(ordinal)
        assert (back.year, back.month, back.day) == (year, month, day)
