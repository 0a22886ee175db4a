"""The timeline model: order, queries, grouping."""

from __future__ import annotations

from datetime import date

from timeline.documents import Document
from timeline.model import Query, Timeline, group_label
from timeline.pipeline import extract_document


def make_timeline(text: str, ref: date = date(2025, 8, 18), doc_id: str = "a.txt") -> Timeline:
    doc = Document(id=doc_id, path=doc_id, text=text, reference_date=ref, reference_source="option")
    return Timeline.from_mentions([(doc, extract_document(doc))])


def test_coarser_before_finer_at_same_start():
    tl = make_timeline("In 2024, and in January 2024, and on January 1, 2024, and in the 2020s.")
    assert [e.value for e in tl.events] == ["202", "2024", "2024-01", "2024-01-01"]


def test_stable_order_for_equal_dates():
    tl = make_timeline("On Sunday they met. On Sunday they left.")
    assert [e.mention.start for e in tl.events] == sorted(e.mention.start for e in tl.events)


def test_the_times_of_one_day_are_in_their_order():
    text = (
        "14:05 - The chancellor sat down. 13:12 - Growth forecast raised. Reeves rose this morning."
        " On Monday, markets were calm. 11:50 - The cabinet met."
    )
    tl = make_timeline(text)
    assert [(e.mention.text, e.label) for e in tl.events] == [
        ("Monday", "Mon 18 Aug 2025"),  # a day with no time first
        ("this morning", "Mon 18 Aug 2025 morning"),
        ("11:50", "Mon 18 Aug 2025 11:50"),
        ("13:12", "Mon 18 Aug 2025 13:12"),
        ("14:05", "Mon 18 Aug 2025 14:05"),
    ]


def test_query_filters():
    tl = make_timeline("Talks opened on July 28. Fighting began in 1967. The 1990s were calm.")
    assert [e.value for e in tl.filter(Query(words=["fighting"]))] == ["1967"]
    assert [e.value for e in tl.filter(Query(start=date(1990, 1, 1), end=date(2000, 1, 1)))] == ["199"]
    assert [e.value for e in tl.filter(Query(granularities=["day"]))] == ["2025-07-28"]
    assert tl.filter(Query(sources=["other"])) == []
    assert len(tl.filter(Query(sources=["a.TXT"]))) == 3


def test_group_labels_by_zoom():
    tl = make_timeline("Talks opened on July 28.")
    (event,) = tl.events
    assert [group_label(event, z) for z in ("decade", "year", "month", "day")] == [
        "2020s",
        "2025",
        "Jul 2025",
        "Mon 28 Jul 2025",
    ]
    assert [label for label, _ in tl.groups("month")] == ["Jul 2025"]
    # events coarser than the zoom fall under their own label, not under the day they start on
    tl = make_timeline("Prices rose in March. Talks resume next week. They met on Friday at 9 a.m.")
    assert [label for label, _ in tl.groups("day")] == [
        "Mar 2025",
        "Fri 15 Aug 2025",
        "week of 25 Aug 2025",
    ]


def test_undated_mentions_are_not_events():
    tl = make_timeline("They will meet soon, and now; for three years.")
    assert tl.events == []


def test_years_before_year_one_are_events_in_order():
    tl = make_timeline(
        "Caesar was killed in 44 BC. Augustus ruled from 27 BC to AD 14; Rome burned in AD 64.",
        ref=date(2020, 1, 1),
    )
    assert [(e.value, e.label) for e in tl.events] == [
        ("BC0044", "44 BC"),
        ("BC0027", "27 BC"),
        ("0014", "14"),
        ("0064", "64"),
    ]
    assert [group_label(e, "year") for e in tl.events[:2]] == ["44 BC", "27 BC"]
    assert group_label(tl.events[0], "decade") == "40s BC"
    # ... and a month or day BC under its own, at those zooms
    days = make_timeline("The battle was fought on August 2, 216 BC. In March 44 BC, Caesar died.").events
    assert [group_label(e, "day") for e in days] == ["2 Aug 216 BC", "Mar 44 BC"]
    assert [group_label(e, "month") for e in days] == ["Aug 216 BC", "Mar 44 BC"]
    assert [group_label(e, "year") for e in days] == ["216 BC", "44 BC"]
    assert tl.events[0].start.isoformat() == "-0043-01-01"
    assert tl.filter(Query(end=date(1, 1, 1))) == tl.events[:2]


def test_far_days_count_like_dates():
    from timeline.temporal.values import FarDay, day_from_ordinal

    for d in (date(1, 1, 1), date(1600, 2, 29), date(2025, 8, 18)):
        assert FarDay(d.year, d.month, d.day).toordinal() == d.toordinal()
        assert FarDay.fromordinal(d.toordinal()) == FarDay(d.year, d.month, d.day)
    assert (
        FarDay(0, 12, 31).toordinal() == 0 and FarDay(0, 2, 29).toordinal() == -306
    )  # year 0 is a leap year
    assert day_from_ordinal(0) == FarDay(0, 12, 31) and day_from_ordinal(1) == date(1, 1, 1)
    assert sorted([date(1, 1, 1), FarDay(-43), FarDay(0, 12, 31)]) == [
        FarDay(-43),
        FarDay(0, 12, 31),
        date(1, 1, 1),
    ]
