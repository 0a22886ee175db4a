"""The seed article: the timeline it must give with no option, checked against its gold file."""

from __future__ import annotations

from timeline import load

from .conftest import SEED_ARTICLE, SEEDS


def read_gold() -> list[tuple[str, str]]:
    rows = []
    for line in (SEEDS / "000_136052ccbc52f36e.gold.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            mention, value = line.split("\t")
            rows.append((mention, value))
    return rows


def test_seed_events_match_gold():
    timeline, report = load([str(SEED_ARTICLE)])
    assert report.errors == []
    found = sorted((e.mention.start, e.mention.text, e.value) for e in timeline.events)
    assert [(text, value) for _, text, value in found] == read_gold()


def test_seed_reference_date_inferred_from_weekday():
    timeline, _ = load([str(SEED_ARTICLE)])
    doc = timeline.documents[0]
    assert doc.reference_date.isoformat() == "2025-08-18"
    assert doc.reference_source == "dateline"
    assert "Sunday" in doc.reference_explanation and "2025" in doc.reference_explanation


def test_seed_timeline_is_chronological():
    timeline, _ = load([str(SEED_ARTICLE)])
    values = [e.value for e in timeline.events]
    assert values == [
        "1967-06-04",
        "2023-10-07",
        "2025-07-28",
        "2025-08-16",
        "2025-08-17",
        "2025-08-17",
        "2025-08-18",
    ]


def test_seed_explanations_say_why():
    timeline, _ = load([str(SEED_ARTICLE)])
    by_value = {e.value: e.mention.explanation for e in timeline.events}
    assert (
        by_value["2025-07-28"]
        == "July 28 → 2025-07-28: the most recent July 28 on or before the dateline 2025-08-18 (past tense)"
    )
    assert "Sunday" in by_value["2025-08-16"] and "2025-08-17" in by_value["2025-08-16"]
