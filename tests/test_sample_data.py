"""The bundled sample articles give the timeline annotated by hand in tests/gold/sample_data.tsv."""

from __future__ import annotations

from collections import defaultdict

import pytest

from timeline import load

from .conftest import ROOT, SAMPLE_DATA


def gold() -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in (ROOT / "tests" / "gold" / "sample_data.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc, mention, value = line.split("\t")
            rows[doc].append((mention, value))
    return rows


@pytest.fixture(scope="module")
def sample_timeline():
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return load(["sample_data"])
    finally:
        os.chdir(cwd)


def test_at_least_eight_articles(sample_timeline):
    timeline, report = sample_timeline
    # the one warning: the brief with no date of its own, whose "July 28" cannot be placed
    assert report.errors == [] and report.warnings == [
        "sample_data/news-briefs.jsonl#committee-findings: no reference date found: 1 date left off"
        ' the timeline ("July 28"); give one with --reference-date YYYY-MM-DD'
    ]
    assert len(timeline.documents) >= 8
    assert len(list(SAMPLE_DATA.iterdir())) >= 8


def test_each_document_matches_gold(sample_timeline):
    timeline, _ = sample_timeline
    expected = gold()
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for event in sorted(timeline.events, key=lambda e: (e.document.id, e.mention.start)):
        found[event.document.id].append((event.mention.text, event.value))
    for doc in timeline.documents:
        assert found.get(doc.id, []) == expected.get(doc.id, []), doc.id


def test_reference_sources(sample_timeline):
    timeline, _ = sample_timeline
    sources = {
        d.source: (d.reference_source, d.reference_date and d.reference_date.isoformat())
        for d in timeline.documents
    }
    assert sources["rotterdam-strike-1.txt"] == ("dateline", "2024-03-05")
    assert sources["rotterdam-strike-2.txt"] == ("published-line", "2024-03-19")
    assert sources["rotterdam-strike-3.md"] == ("metadata", "2024-04-02")
    assert sources["city-election.txt"] == ("published-line", "2024-11-06")
    assert sources["khartoum-floods.txt"] == ("dateline", "2023-09-21")
    assert sources["central-bank.tml"] == ("timeml-dct", "2024-05-16")
    assert sources["committee-findings"] == ("none", None)


def test_undated_document_keeps_partial_dates_unresolved(sample_timeline):
    timeline, _ = sample_timeline
    doc = next(d for d in timeline.documents if d.source == "committee-findings")
    from timeline.pipeline import extract_document

    values = {m.text: m.value for m in extract_document(doc)}
    assert values["July 28"] == "XXXX-07-28"
    assert not any(e.document is doc and e.mention.text == "July 28" for e in timeline.events)


def test_story_followed_across_articles_is_merged(sample_timeline):
    timeline, _ = sample_timeline
    strike_start = [e for e in timeline.events if e.value == "2024-03-04"]
    assert {e.document.source for e in strike_start} == {
        "rotterdam-strike-1.txt",
        "rotterdam-strike-2.txt",
        "rotterdam-strike-3.md",
    }
