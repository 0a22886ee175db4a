"""Exports: the plain-text timeline against its golden file; JSON that reads back losslessly."""

from __future__ import annotations

import io
import json
import re

from timeline import load
from timeline.documents import Document
from timeline.export import read_json, write_json, write_text
from timeline.model import Timeline
from timeline.pipeline import extract_document

from .conftest import ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden" / "sample_text.txt"


def test_text_export_matches_golden_file():
    result = run_cli("export", "sample_data", "seeds", "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")


def test_text_export_is_chronological_under_year_headings():
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    headings = [line for line in lines if line and not line.startswith(" ")]
    assert len(headings) == len(set(headings))
    values = [line.split()[0] for line in lines if line.startswith("  ")]
    assert values  # every event line is indented under a heading


def test_text_export_neutralises_control_characters():
    doc = Document(
        id="x", path="x", text="On July 28 the \x1b[2Jscreen [bold]cleared[/bold].", reference_date=None
    )
    doc.reference_date = __import__("datetime").date(2025, 8, 18)
    tl = Timeline.from_mentions([(doc, extract_document(doc))])
    out = io.StringIO()
    write_text(tl, out)
    assert "\x1b" not in out.getvalue()
    assert "\\x1b[2Jscreen [bold]cleared[/bold]" in out.getvalue()


def test_text_export_keeps_its_columns_for_a_long_label():
    # "Sat 23 Nov 2024 afternoon" is longer than a day's label: the values still line up
    from datetime import date

    doc = Document(
        id="x",
        path="x",
        text="The storm hit on Saturday afternoon. Roads closed on Friday. Power returned on Nov. 24.",
        reference_date=date(2024, 11, 24),
    )
    tl = Timeline.from_mentions([(doc, extract_document(doc))])
    out = io.StringIO()
    write_text(tl, out)
    lines = [line for line in out.getvalue().splitlines() if line.startswith("  ")]
    assert any("afternoon" in line for line in lines) and len(lines) == 3
    columns = [re.match(r"  .*?\S\s+(2024-11-\S+)\s+(\S)", line) for line in lines]
    assert len({m.start(1) for m in columns if m}) == 1  # the values, and the text after them
    assert len({m.start(2) for m in columns if m}) == 1 and all(columns)


def test_json_export_fields():
    tl, _ = load([str(ROOT / "seeds")])
    out = io.StringIO()
    write_json(tl, out)
    data = json.loads(out.getvalue())
    doc = data["documents"][0]
    assert {"id", "path", "reference_date", "reference_source", "text"} <= doc.keys()
    event = data["events"][0]
    assert {
        "document",
        "type",
        "value",
        "granularity",
        "start",
        "end",
        "mention",
        "offset",
        "sentence",
        "explanation",
    } <= event.keys()
    assert event["document"] == doc["id"]
    start, end = event["offset"]
    assert doc["text"][start:end] == event["mention"]


def test_json_round_trip_is_lossless():
    tl, _ = load([str(ROOT / "sample_data"), str(ROOT / "seeds")])
    first = io.StringIO()
    write_json(tl, first)
    again = io.StringIO()
    write_json(read_json(json.loads(first.getvalue())), again)
    assert again.getvalue() == first.getvalue()


def test_the_format_names_the_command_line_offers_are_those_with_writers():
    import timeline.export as export

    assert tuple(export.FORMATS) == export.FORMAT_NAMES
    assert all(callable(writer) for writer in export.FORMATS.values())
