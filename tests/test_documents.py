"""Reading documents: formats, decoding, directories, errors."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from timeline.documents import DocumentError, load_documents
from timeline.documents.decode import decode

TEXT = "Cairo, Aug 18 (IANS) Ministers met on Sunday, café owners said, after the 2023 talks."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252"],
)
def test_decode(data: bytes):
    assert decode(data) == TEXT


def test_decode_reads_a_short_legacy_text_as_western_where_it_reads_as_well():
    # charset_normalizer ties cp1250 and cp1252 on so short a text; English text is Western
    # ("São", not cp1250's "Săo")
    text = "Café owners met on Tuesday, 5 March 2024, in São Paulo."
    assert decode(text.encode("cp1252")) == text


def test_decode_refuses_binary():
    with pytest.raises(DocumentError):
        decode(bytes(range(256)) * 40)


def test_line_ends_normalised():
    assert decode(b"one\r\ntwo\rthree") == "one\ntwo\nthree"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", "Cairo, Sep\u00adtember 5, 2024 - Talks broke\u200b down on Wednes\u00adday."),
        ("a.html", "<p>Cairo, Sep&shy;tember 5, 2024 - Talks broke&#8203; down on Wednes&shy;day.</p>"),
        ("a.jsonl", json.dumps({"text": "Cairo, Sep\u00adtember 5, 2024 - Talks broke\u200b down on Wednes\u00adday."})),
    ],
)
def test_invisible_characters_inside_words_are_dropped(tmp_path, name: str, content: str):
    # a soft hyphen (a page's "&shy;") or a zero-width space inside a word is no break in it:
    # "Sep&shy;tember 5, 2024" is a date, and the text shown holds neither
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (doc,) = load_documents([str(path)]).documents
    assert doc.text == "Cairo, September 5, 2024 - Talks broke down on Wednesday."
    assert doc.reference_date == date(2024, 9, 5)


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Harbour strike\ndate: 2024-04-02\n---\n# Heading\n\nCrews voted on Monday.\n"
    )
    (doc,) = load_documents([str(path)]).documents
    assert doc.title == "Harbour strike"
    assert doc.reference_date == date(2024, 4, 2) and doc.reference_source == "metadata"
    assert doc.text.startswith("# Heading")


def test_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path):
    path = tmp_path / "briefs.jsonl"
    lines = [
        json.dumps({"id": "a", "date": "2025-01-09", "text": "Fires broke out on Tuesday."}),
        "{not json",
        json.dumps({"id": "b", "text": 5}),
        json.dumps({"text": "No id here, on July 28."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    report = load_documents([str(path)])
    assert [d.id for d in report.documents] == [f"{path}#a", f"{path}#4"]
    # a line's own id names it in listings; a line with none, by its file and its number
    assert [d.source for d in report.documents] == ["a", "briefs.jsonl#4"]
    assert report.documents[0].reference_date == date(2025, 1, 9)
    assert len(report.warnings) == 2
    assert report.warnings[0].startswith(f"{path}:2: ") and report.warnings[1].startswith(f"{path}:3: ")


@pytest.mark.parametrize(
    "key",
    ["published", "published_at", "publishedAt", "datePublished", "pubDate", "date_publish", "created_at"],
)
def test_jsonl_reads_the_date_fields_news_apis_write(tmp_path, key):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({key: "March 5, 2024", "text": "Talks ended on Monday."}) + "\n")
    (doc,) = load_documents([str(path)]).documents
    assert doc.reference_date == date(2024, 3, 5) and doc.reference_source == "metadata"


@pytest.mark.parametrize(
    "key", ["body", "content", "maintext", "article", "full_text", "articleBody", "description"]
)
def test_jsonl_reads_the_text_fields_news_apis_and_scrapers_write(tmp_path, key):
    path = tmp_path / "feed.jsonl"
    record = {"id": "a1", "pubDate": "Thu, 10 Oct 2024 08:00:00 GMT", key: "Power returned on Thursday."}
    path.write_text(json.dumps(record) + "\n")
    (doc,) = load_documents([str(path)]).documents
    assert doc.text == "Power returned on Thursday." and doc.id.endswith("#a1")
    assert doc.reference_date == date(2024, 10, 10)


@pytest.mark.parametrize(
    ("record", "explained"),
    [
        ({"timestamp": 1709632800}, "from the timestamp field 1709632800 (2024-03-05, UTC)"),
        ({"timestamp": 1709632800000}, "from the timestamp field 1709632800000 (2024-03-05, UTC)"),
        ({"metadata": {"date": "2024-03-05"}}, "from the metadata.date field '2024-03-05'"),
    ],
)
def test_jsonl_reads_timestamps_and_a_metadata_object(tmp_path, record, explained):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({**record, "text": "Talks ended on Monday."}) + "\n")
    (doc,) = load_documents([str(path)]).documents
    assert doc.reference_date == date(2024, 3, 5)
    assert doc.reference_explanation == explained


def test_a_metadata_date_that_is_none_keeps_the_document(tmp_path):
    # the record and the article are kept, with a warning, and dated from their text
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"date": "garbage", "text": "LONDON, March 5, 2024 - Talks ended."})
        + "\n"
        + json.dumps({"timestamp": 10**30, "text": "Talks ended."})
        + "\n"
    )
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Talks\ndate: someday\n---\nLONDON, March 5, 2024 - Talks ended.\n")
    report = load_documents([str(feed), str(article)])
    assert len(report.documents) == 3
    assert [d.reference_date for d in report.documents if d.path != str(feed) or "LONDON" in d.text] == [
        date(2024, 3, 5),
        date(2024, 3, 5),
    ]
    assert any("the date field 'garbage' is not a date" in w for w in report.warnings)
    assert any(w.startswith(f"{article}: the front matter date field 'someday'") for w in report.warnings)
    assert any("the timestamp field" in w for w in report.warnings)


def test_jsonl_prefers_text_to_the_other_text_fields(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "the text", "body": "the body", "content": 5}) + "\n")
    (doc,) = load_documents([str(path)]).documents
    assert doc.text == "the text"


def test_timeml_text_without_tags(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(
        '<?xml version="1.0"?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">January 8, 1998</TIMEX3></DCT>'
        '<TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>'
    )
    (doc,) = load_documents([str(path)]).documents
    assert doc.text == "Prices fell yesterday."
    assert doc.reference_date == date(1998, 1, 8) and doc.reference_source == "timeml-dct"


def test_malformed_timeml_is_an_error(tmp_path):
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>unclosed")
    report = load_documents([str(path)])
    assert report.documents == [] and report.errors[0].startswith(f"{path}: malformed TimeML")


def test_directory_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second, on July 28.")
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden.txt").write_text("hidden")
    report = load_documents([str(tmp_path)])
    assert [d.source for d in report.documents] == ["a.txt", "two.txt"]


def test_missing_path_reported_others_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("On July 28 it rained.")
    report = load_documents([str(tmp_path / "missing.txt"), str(good)])
    assert [d.source for d in report.documents] == ["good.txt"]
    assert report.errors == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_reference_date_option_overrides():
    report = load_documents(["-"], date(2020, 1, 1), stdin=io.BytesIO(b"Published: 2024-03-05\n\nText."))
    (doc,) = report.documents
    assert doc.reference_date == date(2020, 1, 1) and doc.reference_source == "option"
