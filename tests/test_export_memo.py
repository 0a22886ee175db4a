"""Whole exports remembered: a rerun of the same export over unchanged files writes what the run
before wrote, without reading a document; any change to the files, the format or the options
exports again."""

from __future__ import annotations

import errno
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import zlib

import pytest

import timeline.cache as cache_module
import timeline.export_memo as memo_module
import timeline.pipeline as pipeline
from timeline.cli import main
from timeline.documents.loader import LoadReport
from timeline.documents.walk import expand

from .conftest import ROOT, SAMPLE_DATA, SEEDS


@pytest.fixture
def corpus(tmp_path):
    """A copy of the seeds and a text without a reference date (which warns), written long ago."""
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "undated.txt").write_text("The talks resumed on Tuesday, and the vote came on March 3, 2024.\n")
    return folder


def _export(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["export", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _no_load(*args, **kwargs):
    raise AssertionError("the documents were read again")


def _outputs(cache_dir) -> int:
    with sqlite3.connect(cache_dir / "extractions.sqlite3") as db:
        return db.execute("SELECT count(*) FROM outputs").fetchone()[0]


def test_a_rerun_writes_the_same_export_and_warnings_without_reading_a_document(
    tmp_path, corpus, capsys, monkeypatch
):
    monkeypatch.setattr(memo_module, "_RACY_NS", 0)  # the files here are seconds old
    cache_dir = tmp_path / "cache"
    first = _export(capsys, str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir))
    assert first[0] == 0 and first[1].count("\n") > 5 and "undated.txt" in first[2]
    monkeypatch.setattr(pipeline, "load", _no_load)
    opened: list[str] = []
    real_open = open
    monkeypatch.setattr(
        memo_module, "open", lambda name, *a: opened.append(name) or real_open(name, *a), raising=False
    )
    again = _export(capsys, str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir))
    assert again == first
    assert opened == []  # every file known unchanged by its size, times and inode
    out = tmp_path / "out.jsonl"
    assert _export(capsys, str(corpus), "-f", "jsonl", "-o", str(out), "--cache-dir", str(cache_dir))[0] == 0
    assert out.read_text() == first[1]


def test_a_changed_file_another_format_or_other_options_export_again(tmp_path, corpus, capsys, monkeypatch):
    monkeypatch.setattr(memo_module, "_RACY_NS", 0)
    cache_dir = tmp_path / "cache"
    args = [str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir)]
    before = _export(capsys, *args)[1]
    # the same size and modification time, other content
    target = corpus / "undated.txt"
    st = target.stat()
    target.write_text(target.read_text().replace("March 3", "March 4"))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = _export(capsys, *args)[1]
    assert "March 4" in after and "March 3" not in after and "March 3" in before
    assert _export(capsys, *args)[1] == after
    csv = _export(capsys, str(corpus), "-f", "csv", "--cache-dir", str(cache_dir))[1]
    assert csv.startswith("document,source,label")
    dated = _export(capsys, *args, "--reference-date", "2020-06-01")[1]
    assert dated != after and "2020" in dated
    assert _outputs(cache_dir) == 4


def test_a_file_changed_just_now_is_read_whatever_its_times_say(tmp_path, corpus, capsys, monkeypatch):
    cache_dir = tmp_path / "cache"
    args = [str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir)]
    _export(capsys, *args)
    with sqlite3.connect(cache_dir / "extractions.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM stats").fetchone()[0] == 0  # all too fresh to trust
    monkeypatch.setattr(memo_module, "_RACY_NS", 0)
    _export(capsys, *args)
    with sqlite3.connect(cache_dir / "extractions.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM stats").fetchone()[0] == len(
            list(expand([str(corpus)], LoadReport()))
        )


def test_an_export_with_errors_is_not_remembered(tmp_path, corpus, capsys):
    (corpus / "broken.tml").write_text("<TimeML><TEXT>never closed")
    cache_dir = tmp_path / "cache"
    first = _export(capsys, str(corpus), "--cache-dir", str(cache_dir))
    assert first[0] == 1 and "broken.tml: malformed TimeML" in first[2]
    assert _outputs(cache_dir) == 0
    assert _export(capsys, str(corpus), "--cache-dir", str(cache_dir)) == first


def test_no_cache_remembers_nothing_and_a_missing_path_is_an_error(tmp_path, corpus, capsys, monkeypatch):
    cache_dir = tmp_path / "cache"
    _export(capsys, str(corpus), "--cache-dir", str(cache_dir))
    monkeypatch.setattr(pipeline, "load", _no_load)
    with pytest.raises(AssertionError, match="read again"):
        main(["export", str(corpus), "--no-cache", "--cache-dir", str(cache_dir)])
    with pytest.raises(AssertionError, match="read again"):  # expanding finds a path missing
        main(["export", str(corpus), str(tmp_path / "gone.txt"), "--cache-dir", str(cache_dir)])


def test_a_damaged_or_too_large_export_is_exported_again(tmp_path, corpus, capsys, monkeypatch):
    cache_dir = tmp_path / "cache"
    args = [str(corpus), "--cache-dir", str(cache_dir)]
    first = _export(capsys, *args)
    with sqlite3.connect(cache_dir / "extractions.sqlite3") as db:
        db.execute("UPDATE outputs SET data = ?", (b"not zlib",))
    assert _export(capsys, *args) == first  # and stored again, whole
    with sqlite3.connect(cache_dir / "extractions.sqlite3") as db:
        assert zlib.decompress(db.execute("SELECT data FROM outputs").fetchone()[0]).decode() == first[1]
    monkeypatch.setattr(memo_module, "_MAX_STORED", 100)
    monkeypatch.setattr(memo_module, "_CHUNK", 10)
    _export(capsys, str(SAMPLE_DATA), "--cache-dir", str(cache_dir))
    assert _outputs(cache_dir) == 1  # the sample data's export grew too large to keep


def test_the_oldest_exports_make_way(tmp_path, corpus, capsys, monkeypatch):
    monkeypatch.setattr(cache_module, "_OUTPUTS_KEPT", 2)
    cache_dir = tmp_path / "cache"
    for fmt in ("text", "csv", "jsonl"):
        _export(capsys, str(corpus), "-f", fmt, "--cache-dir", str(cache_dir))
    with sqlite3.connect(cache_dir / "extractions.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM outputs").fetchone()[0] == 2
    monkeypatch.setattr(pipeline, "load", _no_load)
    assert _export(capsys, str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir))[0] == 0
    with pytest.raises(AssertionError, match="read again"):
        main(["export", str(corpus), "-f", "text", "--cache-dir", str(cache_dir)])


def test_new_code_exports_again(tmp_path, corpus, capsys, monkeypatch):
    cache_dir = tmp_path / "cache"
    _export(capsys, str(corpus), "--cache-dir", str(cache_dir))
    monkeypatch.setattr(memo_module, "_code_digest", lambda: "another version")
    monkeypatch.setattr(pipeline, "load", _no_load)
    with pytest.raises(AssertionError, match="read again"):
        main(["export", str(corpus), "--cache-dir", str(cache_dir)])


def test_a_timeml_directory_is_not_remembered_but_written_each_time(tmp_path, corpus, capsys):
    cache_dir, out = tmp_path / "cache", tmp_path / "tml"
    for _ in range(2):
        assert (
            _export(capsys, str(corpus), "-f", "timeml", "-o", str(out), "--cache-dir", str(cache_dir))[0]
            == 0
        )
        assert sorted(p.stem for p in out.iterdir()) == ["000_136052ccbc52f36e", "undated"]
        shutil.rmtree(out)
    assert _outputs(cache_dir) == 0


def test_a_remembered_export_cut_short_by_its_reader_is_no_failure(tmp_path, corpus):
    """``timeline export ... | head -c 10``: the reader goes away early, and that is no failure."""
    for n in range(60):  # more than a pipe holds
        shutil.copy(SEEDS / "000_136052ccbc52f36e.txt", corpus / f"copy{n}.txt")
    command = f"{sys.executable} -m timeline export {corpus} -f jsonl --cache-dir {tmp_path / 'cache'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    whole = subprocess.run(command, shell=True, capture_output=True, cwd=ROOT, env=env)
    assert whole.returncode == 0 and len(whole.stdout) > 200_000
    assert _outputs(tmp_path / "cache") == 1
    cut = subprocess.run(
        f"{command} | head -c 10; exit ${{PIPESTATUS[0]}}",
        shell=True, capture_output=True, cwd=ROOT, env=env, executable="/bin/bash",
    )  # fmt: skip
    assert cut.stdout == b'{"document' and cut.returncode == 0
    assert "Traceback" not in cut.stderr.decode()


def test_a_recalled_export_that_cannot_be_written_whole_is_an_error_not_a_short_file():
    class FillingUp(io.RawIOBase):
        def __init__(self, room: int) -> None:
            self.got = bytearray()
            self.room = room

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:  # a disk that fills up takes what it can, then fails
            if len(self.got) >= self.room:
                raise OSError(errno.ENOSPC, "No space left on device")
            taken = bytes(data[: min(1000, self.room - len(self.got))])
            self.got += taken
            return len(taken)

    text = "é, ½ and ✓ " * 50_000
    roomy = FillingUp(10**7)
    memo_module.Recalled(text.encode(), []).write(
        io.TextIOWrapper(io.BufferedWriter(roomy), encoding="utf-8")
    )
    assert roomy.got.decode() == text
    with pytest.raises(OSError, match="No space"):
        memo_module.Recalled(text.encode(), []).write(
            io.TextIOWrapper(io.BufferedWriter(FillingUp(5000)), encoding="utf-8")
        )
    plain = io.StringIO()  # no binary buffer: written as text
    memo_module.Recalled(text.encode(), []).write(plain)
    assert plain.getvalue() == text


def test_an_archive_too_large_to_remember_the_export_of_is_not_recorded(
    tmp_path, corpus, capsys, monkeypatch
):
    monkeypatch.setattr(memo_module, "_MAX_INPUT", 100)  # bytes: less than the corpus holds
    cache_dir = tmp_path / "cache"
    first = _export(capsys, str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir))
    assert first[0] == 0 and first[1]
    assert _outputs(cache_dir) == 0
    assert _export(capsys, str(corpus), "-f", "jsonl", "--cache-dir", str(cache_dir)) == first
