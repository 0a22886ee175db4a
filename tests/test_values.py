"""TIMEX3 values: spans and readable labels."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.values import display, span_of


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end", "label"),
    [
        ("2025-08-17", "day", date(2025, 8, 17), date(2025, 8, 17), "Sun 17 Aug 2025"),
        ("2025-08-17TNI", "day", date(2025, 8, 17), date(2025, 8, 17), "Sun 17 Aug 2025"),
        ("2025-W33", "week", date(2025, 8, 11), date(2025, 8, 17), "week of 11 Aug 2025"),
        ("2025-07", "month", date(2025, 7, 1), date(2025, 7, 31), "Jul 2025"),
        ("2022-SU", "season", date(2022, 6, 1), date(2022, 8, 31), "Summer 2022"),
        ("2022-WI", "season", date(2022, 12, 1), date(2023, 2, 28), "Winter 2022"),
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


@pytest.mark.parametrize("value", ["XXXX-07-28", "PRESENT_REF", "P3Y", "2020-02-30", "T08:00", ""])
def test_no_span(value):
    assert span_of(value) is None
