"""Bad input, hostile text and faults: one clear line on stderr, the right exit status, and the
good inputs beside the bad ones always come through."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

import timeline.pipeline as pipeline
from timeline import extract, load
from timeline.cache import Cache
from timeline.export.text_export import write_text

from .conftest import ROOT, SEED_ARTICLE, run_cli

GOOD = b"Published: 2024-03-05\n\nTalks opened on Monday in Geneva."


def _lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    err = result.stderr.decode()
    assert "Traceback" not in err
    return err.splitlines()


def _good_came_through(result: subprocess.CompletedProcess[bytes]) -> None:
    assert b"2024-03-04" in result.stdout, result.stderr


@pytest.mark.parametrize(
    ("name", "content", "status", "message"),
    [
        ("empty.txt", b"", 0, "empty file; skipped"),
        ("blank.md", b"\n   \n\t\n", 0, "empty file; skipped"),
        ("binary.txt", bytes(range(256)) * 64, 0, "binary content"),
        ("nul.txt", b"\x00\x01\x02\x03" * 4000, 0, "binary content"),
        ("page.html", b"<html><head><title>x</title><body><p>Talks on <b>May 3, 2021</p></i></div>", 0, None),
        (
            "broken.tml",
            b"<TimeML><DCT><TIMEX3 value='2020-01-01'></DCT><TEXT>On Monday",
            1,
            "malformed TimeML",
        ),
        ("export.json", b'{"format": "timeline", "documents": [', 1, "not valid JSON"),
    ],
)
def test_bad_inputs_are_one_line_each_and_the_good_one_comes_through(
    tmp_path, name, content, status, message
):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_bytes(GOOD)
    result = run_cli("export", str(tmp_path / name), str(tmp_path / "good.txt"))
    _good_came_through(result)
    lines = _lines(result)
    assert result.returncode == status, lines
    if message is None:
        assert lines == []
    else:
        assert len(lines) == 1 and str(tmp_path / name) in lines[0] and message in lines[0]


def test_malformed_html_still_gives_its_dates(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body><div><p>Talks on <b>May 3, 2021<p>and <i>on June 1, 2021</div></span>")
    tl, report = load([str(page)])
    assert [e.value for e in tl] == ["2021-05-03", "2021-06-01"] and not report.errors


def test_malformed_json_lines_are_reported_with_their_line_numbers(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": "a", "date": "2024-03-05", "text": "It began on Monday."}),
        "{oops",
        "[1, 2]",
        "",
    ]
    rows.append(json.dumps({"id": "b", "date": "2024-03-05", "text": "It ended on Friday."}))
    path.write_text("\n".join(rows))
    result = run_cli("export", str(path))
    assert result.returncode == 0
    lines = _lines(result)
    assert [line.split(": ")[2] for line in lines] == [f"{path}:2", f"{path}:3"]
    assert b"2024-03-04" in result.stdout and b"2024-03-01" in result.stdout


def test_invalid_and_mixed_utf8_is_decoded_with_replacement_and_offsets_hold(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Published: 2024-03-05\n\nCafé talks — on Monday, said Zoë. ".encode() + b"\xff\xfe bad \x80 bytes."
    )
    tl, _ = load([str(path)])
    doc = tl.documents[0]
    assert "Café" in doc.text and "Zoë" in doc.text and "\ufffd" in doc.text
    assert [e.value for e in tl] == ["2024-03-04", "2024-03-05"]
    for e in tl:
        assert doc.text[e.mention.start : e.mention.end] == e.mention.text


def test_legacy_single_byte_text_is_detected(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Published: 2024-03-05\n\nLe café a ouvert lundi, a déclaré le maire. Réunion le 3 mars 2023.".encode(
            "cp1252"
        )
    )
    tl, _ = load([str(path)])
    assert "café" in tl.documents[0].text and "déclaré" in tl.documents[0].text


def test_permission_denied_is_one_line_and_the_rest_come_through(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_bytes(GOOD)
    (tmp_path / "good.txt").write_bytes(GOOD.replace(b"Monday", b"Tuesday"))
    real = pipeline._read

    def read(name, stdin):
        if name.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", name)
        return real(name, stdin)

    monkeypatch.setattr(pipeline, "_read", read)
    tl, report = load([str(locked), str(tmp_path / "good.txt")])
    assert report.errors == [f"{locked}: permission denied"]
    assert [e.value for e in tl] == ["2024-03-05", "2024-03-05"]


def test_a_directory_without_documents_is_a_warning(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    result = run_cli("export", str(tmp_path / "empty"), str(SEED_ARTICLE))
    assert result.returncode == 0
    assert _lines(result) == [
        f"timeline: warning: {tmp_path / 'empty'}: no documents found in this directory"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was due on February 30, 2020.",
        "They met on the 45th of May.",
        "Due on 2023-02-29 or 13/45/2020.",
    ],
)
def test_impossible_dates_are_no_events(text):
    assert [m for m in extract(text, date(2024, 3, 5)) if m.dated] == []


def test_an_impossible_day_written_beside_a_count_is_no_event():
    # (fuzzing found it crashed: the count was checked against the day it might be told as)
    found = extract(
        "The deal fell through. Two weeks later, February 30 last year, it was signed.", date(2024, 3, 5)
    )
    assert [m.text for m in found if m.dated] == ["Two weeks later"]


def test_huge_tiny_and_bce_years():
    found = {
        m.text: m.value for m in extract("In year 99999, in 0000, in 44 BC and in AD 64.", date(2024, 3, 5))
    }
    assert "99999" not in " ".join(found)
    assert found.get("44 BC") == "BC0044" and found.get("AD 64") == "0064"
    assert all(m.interval is None or m.interval[0] <= m.interval[1] for m in extract("0000 9999 10000", None))


def test_a_ten_megabyte_single_line_goes_through(tmp_path):
    line = ("The council met on March 3, 2021 and again " + "x" * 200 + " ") * 40000
    path = tmp_path / "line.txt"
    path.write_text(line[:10_000_000])
    tl, report = load([str(path)], jobs=1)
    assert not report.errors and len(tl) > 30000


def test_hostile_text_is_neutralised_in_the_text_export(tmp_path):
    hostile = (
        "Published: 2024-03-05\n\n[b]A[/] \x1b[2J\x1b]0;X\x07\u202e on Monday.\n\n"
        + "W" * 5000
        + " on Tuesday "
        + "W" * 5000
    )
    tl, _ = load([str(_write(tmp_path / "h.txt", hostile))])
    import io

    out = io.StringIO()
    write_text(tl, out)
    text = out.getvalue()
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b" in text and "<U+202E>" in text and "[b]A[/]" in text
    assert max(len(line) for line in text.splitlines()) < 400


def _write(path, text):
    path.write_text(text)
    return path


def test_an_interrupted_export_leaves_no_partial_file(tmp_path, monkeypatch, capsys):
    """Ctrl+C while the export is half written: the old file stays, no temporary file is left,
    the exit status is 130 and the message one line."""
    import timeline.export.files as files
    from timeline.cli import main

    out = tmp_path / "out.json"
    out.write_text("the user's old export")

    def half_then_interrupt(timeline, handle, events=None):
        handle.write('{"documents": [')
        handle.flush()
        raise KeyboardInterrupt

    monkeypatch.setitem(files.FORMATS, "json", half_then_interrupt)
    status = main(["export", str(SEED_ARTICLE), "-f", "json", "-o", str(out), "--no-cache"])
    assert status == 130 and capsys.readouterr().err == "timeline: interrupted\n"
    assert out.read_text() == "the user's old export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_ctrl_c_during_extraction_is_one_line_and_status_130(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(6000):  # far more than two cores extract in the two seconds before Ctrl+C
        (corpus / f"{n:04d}.txt").write_text(f"Published: 2024-03-05\n\nStory {n} began on Monday. " * 60)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [
        sys.executable,
        "-m",
        "timeline",
        "export",
        str(corpus),
        "-o",
        str(tmp_path / "out.txt"),
        "-j",
        "2",
    ]
    proc = subprocess.Popen(
        [*args, "--no-cache"],
        env=env,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # a test run started in the background inherits an ignored SIGINT: give Ctrl+C back
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and err.decode() == "timeline: interrupted\n"
    assert not (tmp_path / "out.txt").exists()


def test_the_cache_survives_a_killed_process(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(300):
        (corpus / f"{n:03d}.txt").write_text(f"Published: 2024-03-05\n\nStory {n} began on Monday. " * 40)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "timeline", "export", str(corpus), "-j", "1", "--cache-dir", str(cache)]
    proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    time.sleep(2.0)
    proc.kill()
    proc.wait()
    again = subprocess.run(args, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    assert again.returncode == 0 and again.stderr == b""
    store = Cache(cache)
    assert store.usable
    tl, report = load([str(corpus)], cache=store)
    fresh, _ = load([str(corpus)])
    assert len(tl) == len(fresh) > 300 and not report.errors


def test_a_yearless_dateline_beside_only_bce_years_gets_no_reference():
    """Found by bench/fuzz.py: the year inference met no year it could use and failed."""
    tl, report = load(["-"], stdin=__import__("io").BytesIO(b"30BC\tAa,\tAug1("))
    assert not report.errors and tl.documents[0].reference_date is None


def test_exporting_to_a_device_or_pipe_writes_into_it_and_leaves_it_in_place(tmp_path):
    """-o /dev/null once replaced /dev/null with a regular file (the atomic rename)."""
    before = os.stat(os.devnull)
    result = run_cli("export", str(SEED_ARTICLE), "-o", os.devnull, "--no-cache")
    assert result.returncode == 0
    after = os.stat(os.devnull)
    assert (after.st_mode, after.st_rdev, after.st_ino) == (before.st_mode, before.st_rdev, before.st_ino)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline", "export", str(SEED_ARTICLE), "-o", str(fifo), "--no-cache"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
    )
    with open(fifo, encoding="utf-8") as reader:
        received = reader.read()
    assert proc.wait(timeout=60) == 0 and "2025-08-18" in received
    assert fifo.is_fifo()
