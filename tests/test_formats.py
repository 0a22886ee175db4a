"""Every export format against its golden file, and read back with the library its users read it
with (csv, icalendar, json, an XML parser); HTML and the project's JSON as inputs."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import load
from timeline.export import FORMATS
from timeline.temporal.values import clock_of

from .conftest import ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden"
SEED = "seeds/000_136052ccbc52f36e.txt"
CASES = {
    "csv": ("export.csv", ["sample_data", "seeds"]),
    "jsonl": ("export.jsonl", ["sample_data", "seeds"]),
    "markdown": ("export.md", ["sample_data", "seeds"]),
    "ics": ("export.ics", ["sample_data", "seeds"]),
    "timelinejs": ("export.timelinejs.json", ["sample_data", "seeds"]),
    "timeml": ("seed.tml", [SEED]),
    "json": ("seed.json", [SEED]),
}


def export(fmt: str, paths: list[str]) -> str:
    result = run_cli("export", *paths, "--format", fmt)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def test_every_format_has_a_golden_case():
    assert set(CASES) | {"text"} == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(CASES))
def test_golden(fmt):
    name, paths = CASES[fmt]
    assert export(fmt, paths) == (GOLDEN / name).read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def sample():
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return load(["sample_data", "seeds"])[0]
    finally:
        os.chdir(cwd)


def test_csv_reads_back(sample):
    text = (GOLDEN / "export.csv").read_bytes().decode("utf-8")
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(sample.events)
    first = rows[0]
    assert first["value"] == sample.events[0].value and first["sentence"] == sample.events[0].sentence
    for row in rows:
        doc_text = next(d.text for d in sample.documents if d.id == row["document"])
        assert doc_text[int(row["offset_start"]) : int(row["offset_end"])] == row["mention"]


def test_jsonl_one_event_a_line(sample):
    lines = (GOLDEN / "export.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["value"] for e in events] == [e.value for e in sample.events]
    assert {"document", "value", "start", "end", "mention", "offset", "explanation"} <= events[0].keys()


def test_ics_reads_back_with_icalendar(sample):
    import icalendar

    calendar = icalendar.Calendar.from_ical((GOLDEN / "export.ics").read_bytes())
    items = list(calendar.walk("VEVENT"))
    assert len(items) == len(sample.events)
    assert len({str(i["UID"]) for i in items}) == len(items)
    timed = 0
    for item, event in zip(items, sample.events, strict=True):
        clock = clock_of(event.value)
        if clock is None:
            assert item.decoded("DTSTART") == event.start
            assert item.decoded("DTEND") == event.end + timedelta(days=1)
        else:  # a time of a day: an event at that local time ("The meeting ended at 8 p.m.")
            start = datetime(event.start.year, event.start.month, event.start.day, *clock)
            assert item.decoded("DTSTART") == start and "DTEND" not in item
            timed += 1
        assert event.mention.text.split()[0] in str(item["DESCRIPTION"])
    assert timed == 1


def test_timelinejs_gives_the_hour_of_a_time_of_day(sample):
    data = json.loads((GOLDEN / "export.timelinejs.json").read_text(encoding="utf-8"))
    timed = [item["start_date"] for item in data["events"] if "hour" in item["start_date"]]
    assert timed == [
        {
            "year": 2025,
            "month": 2,
            "day": 14,
            "hour": 20,
            "minute": 0,
            "display_date": "Fri 14 Feb 2025 20:00",
        }
    ]


def test_ics_uids_are_stable():
    assert export("ics", [SEED]) == export("ics", [SEED])


def test_timelinejs_dates_hold_known_parts_only(sample):
    data = json.loads((GOLDEN / "export.timelinejs.json").read_text(encoding="utf-8"))
    by_granularity = {e.granularity: item for e, item in zip(sample.events, data["events"], strict=True)}
    assert set(by_granularity["day"]["start_date"]) == {"year", "month", "day", "display_date"}
    assert set(by_granularity["month"]["start_date"]) == {"year", "month", "display_date"}
    assert set(by_granularity["decade"]["start_date"]) == {"year", "display_date"}
    assert by_granularity["decade"]["end_date"]["year"] - by_granularity["decade"]["start_date"]["year"] == 9
    assert "end_date" not in by_granularity["day"]
    assert {item["group"] for item in data["events"]} >= {
        "rotterdam-strike-1.txt",
        "000_136052ccbc52f36e.txt",
    }


def test_markdown_lists_sources_and_escapes(sample):
    text = (GOLDEN / "export.md").read_text(encoding="utf-8")
    assert text.startswith("# Timeline\n") and "\n## 2025\n" in text and "\n## Sources\n" in text
    assert "**July 28**" in text


def test_timeml_parses_and_round_trips(tmp_path):
    tml = (GOLDEN / "seed.tml").read_text(encoding="utf-8")
    root = ET.fromstring(tml)
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == "2025-08-18"
    text = "".join(root.find("TEXT").itertext())
    assert text == (ROOT / SEED).read_text(encoding="utf-8")
    values = [t.get("value") for t in root.iter("TIMEX3") if t.get("tid") != "t0"]
    assert "2025-08-16" in values and "2023-10-07" in values
    # a TimeML input exported again as TimeML gives back the same document
    path = tmp_path / "seed.tml"
    path.write_text(tml, encoding="utf-8")
    again = run_cli("export", str(path), "--format", "timeml").stdout.decode("utf-8")
    root2 = ET.fromstring(again)
    assert "".join(root2.find("TEXT").itertext()) == text
    assert root2.find("DCT/TIMEX3").get("value") == "2025-08-18"
    assert [(t.text, t.get("value")) for t in root2.iter("TIMEX3")][1:] == [
        (t.text, t.get("value")) for t in root.iter("TIMEX3")
    ][1:]


def test_timeml_several_documents_to_a_directory(tmp_path):
    out = tmp_path / "tml"
    result = run_cli("export", "sample_data", "--format", "timeml", "-o", str(out))
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert "rotterdam-strike-1.tml" in files and len(files) == 11
    for p in out.iterdir():
        ET.parse(p)
    refused = run_cli("export", "sample_data", "--format", "timeml")
    assert refused.returncode == 1 and "directory" in refused.stderr.decode()


def test_json_export_reads_back_as_input(tmp_path):
    first = tmp_path / "first.json"
    assert run_cli("export", "sample_data", "seeds", "--format", "json", "-o", str(first)).returncode == 0
    again = run_cli("export", str(first), "--format", "json")
    assert again.returncode == 0
    assert again.stdout.decode("utf-8") == first.read_text(encoding="utf-8")
    text_from_json = run_cli("export", str(first)).stdout
    assert text_from_json == run_cli("export", "sample_data", "seeds").stdout


def test_broken_json_input_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline", "documents": [{"no": "id"}]}')
    result = run_cli("export", str(bad), SEED)
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"timeline: error: {bad}: ")
    assert "Traceback" not in result.stderr.decode()


HTML = """<!doctype html><html><head><title>Site | Talks resume</title>
<meta property="og:title" content="Talks resume in Cairo">
<meta property="article:published_time" content="2025-08-18T09:30:00Z">
<link rel="canonical" href="https://example.org/talks">
<script>var published = "March 3, 2020";</script></head>
<body><nav>Home | Published July 1, 2019</nav>
<article><h1>Talks resume in Cairo</h1><p>Negotiators met on <b>Sunday</b> in <a href="#">Cairo</a>.</p>
<ul><li>The next round is set for <i>September 1</i>.</li></ul></article>
<footer>© 2019</footer></body></html>"""


def test_html_input(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    result = run_cli("export", str(page), "--format", "json")
    data = json.loads(result.stdout)
    doc = data["documents"][0]
    assert doc["title"] == "Talks resume in Cairo" and doc["url"] == "https://example.org/talks"
    assert doc["reference_date"] == "2025-08-18" and doc["reference_source"] == "metadata"
    assert (
        doc["text"]
        == "Talks resume in Cairo\n\nNegotiators met on Sunday in Cairo.\n\nThe next round is set for September 1."
    )
    assert [(e["mention"], e["value"]) for e in data["events"]] == [
        ("Sunday", "2025-08-17"),
        ("September 1", "2025-09-01"),
    ]


def test_a_page_saved_as_text_is_read_as_html(tmp_path):
    from timeline.documents.loader import reader_for

    page = tmp_path / "page.txt"
    page.write_text("\n<!DOCTYPE html>\n" + HTML.split("\n", 1)[1], encoding="utf-8")
    data = json.loads(run_cli("export", str(page), "--format", "json").stdout)
    assert data["documents"][0]["reference_date"] == "2025-08-18"
    assert "<p>" not in data["documents"][0]["text"]
    # text that only mentions a tag stays text
    assert reader_for("notes.txt", "Use <html> tags with care.").__name__ == "read_plain"


def test_failed_export_leaves_existing_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    result = run_cli("export", "sample_data", "--format", "timeml", "-o", str(target))
    assert result.returncode == 1
    assert target.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_all_formats_offered_in_the_tui():
    from timeline.tui import TimelineApp

    assert set(TimelineApp().export_formats()) == set(FORMATS)


def test_reference_date_is_not_today():
    assert date.today().isoformat() not in export("csv", [SEED])


def test_years_before_year_one_in_exports(tmp_path):
    doc = tmp_path / "rome.txt"
    doc.write_text(
        "Published: 2020-01-01\n\nCaesar was killed in 44 BC. Augustus died in AD 14.", encoding="utf-8"
    )
    tljs = json.loads(run_cli("export", str(doc), "--format", "timelinejs").stdout)
    assert [e["start_date"]["year"] for e in tljs["events"]] == [
        -43,
        14,
        2020,
    ]  # ISO 8601 years: 44 BC is -43
    text = run_cli("export", str(doc)).stdout.decode("utf-8")
    assert "44 BC" in text.splitlines()[0]
    import icalendar

    ics = icalendar.Calendar.from_ical(run_cli("export", str(doc), "--format", "ics").stdout)
    assert len(list(ics.walk("VEVENT"))) == 2 and "1 events before year 1" in str(ics["X-WR-CALDESC"])
    data = json.loads(run_cli("export", str(doc), "--format", "json").stdout)
    assert data["events"][0]["start"] == "-0043-01-01"


def test_jsonl_lines_are_the_json_of_each_event(sample):
    """Each line is exactly ``json.dumps(event_dict(event), ensure_ascii=False)``, also for text
    that JSON must escape (quotes, backslashes, control characters, line breaks, non-ASCII)."""
    from timeline.documents import Document
    from timeline.export.json_export import event_dict
    from timeline.export.tabular import write_jsonl
    from timeline.model import Timeline
    from timeline.pipeline import extract_document

    doc = Document(
        id='odd "name"\\\u00e9',
        path="odd.txt",
        text='He said "no"\\ on July 28.\x07\nTalks — in Zürich — began on Monday, "early".',
        reference_date=__import__("datetime").date(2025, 8, 18),
    )
    tricky = Timeline.from_mentions([(doc, extract_document(doc))])
    for timeline in (sample, tricky):
        out = io.StringIO()
        write_jsonl(timeline, out)
        expected = [json.dumps(event_dict(e), ensure_ascii=False) for e in timeline.events]
        assert out.getvalue().splitlines() == expected
        assert expected


@pytest.mark.parametrize(
    "ld",
    [
        '{"@type": "NewsArticle", "datePublished": "2024-03-05T08:00:00Z"}',
        '[{"@type": "Organization"}, {"@type": "NewsArticle", "datePublished": "2024-03-05"}]',
        # WordPress (Yoast) puts the article in a graph
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},'
        ' {"@type": "Article", "datePublished": "2024-03-05T10:00:00+00:00"}]}',
    ],
)
def test_html_json_ld_publication_date(ld):
    from timeline.documents.html import read_html

    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        "<body><article><p>Ministers met on Sunday.</p></article></body></html>"
    )
    (doc,) = read_html("page.html", page, lambda message: None)
    assert doc.reference_date == date(2024, 3, 5)
    assert doc.reference_explanation.startswith("from the page's JSON-LD datePublished")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
@settings(max_examples=300, deadline=None)
def test_ics_fold_and_escape_read_back_exactly(text):
    """Whatever the text (commas, semicolons, backslashes, line breaks, characters of up to four
    octets), the written line is at most 75 octets a physical line, splits no character, and
    icalendar unfolds and unescapes it to the text itself."""
    import icalendar

    from timeline.export.ics_export import fold, text_value

    line = fold(f"DESCRIPTION:{text_value(text)}")
    assert line.endswith("\r\n")
    physical = line[:-2].split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    calendar = icalendar.Calendar.from_ical(
        f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{line}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (item,) = calendar.walk("VEVENT")
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert str(item.get("DESCRIPTION", "")) == expected


def test_ics_fold_keeps_escapes_and_characters_whole():
    from timeline.export.ics_export import fold

    # a backslash escape that would end the first piece moves to the next one whole
    line = "X:" + "a" * 71 + "\\,b"
    assert fold(line) == "X:" + "a" * 71 + "\r\n \\,b\r\n"
    # a three-octet character that would straddle the 74th octet starts the next piece
    line = "X:" + "a" * 71 + "→" + "b"
    assert fold(line) == "X:" + "a" * 71 + "\r\n →b\r\n"
    assert fold("X:" + "a" * 72) == "X:" + "a" * 72 + "\r\n"  # 74 octets: not folded


@pytest.mark.parametrize("fmt", ["json", "timelinejs"])
def test_json_exports_of_nothing_are_json(fmt):
    from timeline.model import Timeline

    out = io.StringIO()
    FORMATS[fmt](Timeline(), out)
    data = json.loads(out.getvalue())
    assert data["events"] == [] and data.get("documents", []) == []


def test_json_export_has_one_document_and_one_event_a_line(sample):
    from timeline.export.json_export import read_json

    out = io.StringIO()
    FORMATS["json"](sample, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 8 + len(sample.documents) + len(sample.events)
    assert sum(line.startswith('  {"document": ') for line in lines) == len(sample.events)
    back = read_json(json.loads(out.getvalue()))
    assert [(e.document.id, e.value, e.mention.start) for e in back.events] == [
        (e.document.id, e.value, e.mention.start) for e in sample.events
    ]


def test_the_file_walk_keeps_exactly_the_formats_there_are_readers_for():
    from timeline.documents.formats import READERS
    from timeline.documents.walk import SUFFIXES

    assert set(READERS) == SUFFIXES
