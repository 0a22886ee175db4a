"""The extraction cache, parallel extraction and the parts of large JSON lines files."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys

import pytest

import timeline.cache as cache_module
import timeline.pipeline as pipeline
from timeline.cache import Cache
from timeline.documents.document import LazyDocument
from timeline.export.json_export import write_json
from timeline.pipeline import iter_files, load
from timeline.processing import Options

from .conftest import ROOT, SAMPLE_DATA, SEEDS


def _json(tl) -> str:
    out = io.StringIO()
    write_json(tl, out)
    return out.getvalue()


def _no_extraction(*args, **kwargs):
    raise AssertionError("extracted again although cached")


def test_a_cached_rerun_extracts_nothing_and_gives_the_same_timeline(tmp_path, monkeypatch):
    cold, report = load([str(SAMPLE_DATA), str(SEEDS)], cache=Cache(tmp_path))
    assert not report.errors and len(cold) > 50
    monkeypatch.setattr(pipeline, "process_bytes", _no_extraction)
    warm, _ = load([str(SAMPLE_DATA), str(SEEDS)], cache=Cache(tmp_path))
    assert _json(warm) == _json(cold)


def test_a_cached_export_does_not_load_the_engine(tmp_path):
    """The engine's grammar costs a cached run more than reading its results back does."""
    probe = (
        "import sys\n"
        "from timeline.cli import main\n"
        "status = main(['export', sys.argv[1], '-f', sys.argv[4], '-o', sys.argv[2], '--cache-dir', sys.argv[3]])\n"
        "print(status, 'timeline.temporal.engine' in sys.modules, 'timeline.documents.reference' in sys.modules)\n"
    )
    out, cache_dir = tmp_path / "out.jsonl", tmp_path / "cache"
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe, str(SAMPLE_DATA), str(out), str(cache_dir), fmt],
            capture_output=True, text=True, cwd=ROOT, check=True,
        ).stdout.split()
        for fmt in ("jsonl", "jsonl", "csv")
    ]  # fmt: skip
    # the same export again is written as it was, without the readers; another format of the
    # same files is made from the extracted files, without the engine
    assert runs == [["0", "True", "True"], ["0", "False", "False"], ["0", "False", "True"]]
    assert out.read_text().count("\n") > 50


def test_every_file_is_reported_as_cached_on_the_second_run(tmp_path):
    paths = [str(SAMPLE_DATA)]
    first = list(iter_files(paths, report=pipeline.LoadReport(), cache=Cache(tmp_path)))
    second = list(iter_files(paths, report=pipeline.LoadReport(), cache=Cache(tmp_path)))
    assert first and not any(f.cached for f in first)
    assert all(f.cached for f in second) and len(second) == len(first)


def test_a_new_engine_version_or_other_options_miss_the_cache(tmp_path, monkeypatch):
    load([str(SEEDS)], cache=Cache(tmp_path))
    calls = []
    real = pipeline.process_bytes

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "process_bytes", counting)
    load([str(SEEDS)], cache=Cache(tmp_path))
    assert calls == []
    from datetime import date

    tl, _ = load([str(SEEDS)], date(2020, 1, 1), cache=Cache(tmp_path))
    assert len(calls) == 1 and tl.documents[0].reference_source == "option"
    monkeypatch.setattr(cache_module, "ENGINE_VERSION", "0.0.0+other")
    load([str(SEEDS)], cache=Cache(tmp_path))
    assert len(calls) == 2


def test_the_same_content_under_another_name_is_served_with_that_name(tmp_path):
    article = (SEEDS / "000_136052ccbc52f36e.txt").read_bytes()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_bytes(article)
    (tmp_path / "b" / "two.txt").write_bytes(article)
    store = Cache(tmp_path / "cache")
    load([str(tmp_path / "a")], cache=store)
    tl, _ = load([str(tmp_path / "b")], cache=store)
    assert [d.id for d in tl.documents] == [str(tmp_path / "b" / "two.txt")]
    assert {e.document.source for e in tl} == {"two.txt"}


def test_a_corrupt_cache_is_moved_aside_and_rebuilt_with_a_warning(tmp_path):
    (tmp_path / "extractions.sqlite3").write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    store = Cache(tmp_path, warn=warnings.append)
    assert store.usable
    assert len(warnings) == 1 and "rebuilding" in warnings[0]
    assert (tmp_path / "extractions.sqlite3.broken").exists()
    tl, report = load([str(SEEDS)], cache=store)
    assert len(tl) == 7 and not report.errors


def test_a_damaged_entry_is_extracted_again(tmp_path):
    load([str(SEEDS)], cache=Cache(tmp_path))
    db = sqlite3.connect(tmp_path / "extractions.sqlite3")
    db.execute("UPDATE files SET record = x'00ff00'")
    db.commit()
    db.close()
    tl, report = load([str(SEEDS)], cache=Cache(tmp_path))
    assert len(tl) == 7 and not report.errors


def test_a_locked_cache_is_bypassed_with_one_warning(tmp_path):
    Cache(tmp_path).close()
    holder = sqlite3.connect(tmp_path / "extractions.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        warnings: list[str] = []
        store = Cache(tmp_path, warn=warnings.append, timeout=0.05)
        tl, report = load([str(SAMPLE_DATA), str(SEEDS)], cache=store)
        assert len(tl) > 50 and not report.errors
        assert len(warnings) == 1 and "locked" in warnings[0]
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_unwritable_cache_directory_is_bypassed(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    warnings: list[str] = []
    store = Cache(blocker / "cache", warn=warnings.append)
    assert not store.usable and len(warnings) == 1
    tl, _ = load([str(SEEDS)], cache=store)
    assert len(tl) == 7


def test_texts_come_back_from_the_cache_on_demand(tmp_path):
    store = Cache(tmp_path)
    eager, _ = load([str(SAMPLE_DATA)])
    for attempt in range(2):  # a cold run, then a cached one
        report = pipeline.LoadReport()
        files = list(iter_files([str(SAMPLE_DATA)], report=report, cache=store, lazy_text=True))
        docs = [doc for f in files for doc, _ in f.pairs]
        assert docs and all(isinstance(d, LazyDocument) for d in docs)
        assert all(d._held is None for d in docs), f"texts held on run {attempt}"
        assert [d.text for d in docs] == [d.text for d in eager.documents]


@pytest.mark.parametrize("batch", [1, 3, 32])
def test_parallel_extraction_gives_the_same_timeline_in_the_same_order(monkeypatch, batch):
    monkeypatch.setattr(pipeline, "_PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(pipeline, "_BATCH_FILES", batch)  # files handed to a worker together
    one, _ = load([str(SAMPLE_DATA), str(SEEDS)], jobs=1)
    two, _ = load([str(SAMPLE_DATA), str(SEEDS)], jobs=2)
    assert _json(two) == _json(one)


def _jsonl(tmp_path, lines: int):
    rows = []
    for n in range(1, lines + 1):
        if n % 7 == 0:
            rows.append("{not json")
        else:
            rows.append(
                json.dumps(
                    {
                        "id": f"a{n}",
                        "date": "2024-03-05",
                        "text": f"Story {n}. It happened on March {n % 28 + 1}.",
                    }
                )
            )
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_large_json_lines_file_is_read_in_parts_with_true_line_numbers(tmp_path, monkeypatch, jobs):
    path = _jsonl(tmp_path, 60)
    whole, whole_report = load([str(path)])
    monkeypatch.setattr(pipeline, "_PART_BYTES", 300)
    monkeypatch.setattr(pipeline, "_PARALLEL_MIN_BYTES", 0)
    parts = list(pipeline._units(str(path), path.read_bytes()))
    assert len(parts) > 5 and [p.last for p in parts].count(True) == 1
    split, split_report = load([str(path)], jobs=jobs, cache=Cache(tmp_path / "cache"))
    assert _json(split) == _json(whole)
    assert split_report.warnings == whole_report.warnings
    assert f"{path}:14: " in " ".join(split_report.warnings)


def test_a_broken_worker_pool_falls_back_to_extracting_here(monkeypatch):
    from concurrent.futures import Future

    class Broken:
        def submit(self, *args, **kwargs):
            future: Future = Future()
            future.set_exception(RuntimeError("worker killed"))
            return future

        def shutdown(self, wait=True):
            pass

    report = pipeline.LoadReport()
    files = list(iter_files([str(SEEDS)], report=report, executor_factory=lambda jobs: Broken()))
    assert sum(len(f.pairs) for f in files) == 1
    assert any("worker process failed" in w for w in report.warnings)


@pytest.mark.parametrize("batch", [1, 2])
def test_a_pool_that_breaks_while_work_is_handed_out_falls_back_too(monkeypatch, batch):
    """A worker that dies makes the pool refuse the next batch at once (``submit`` raises): the
    files of that batch and of those after it are extracted here, in order, with one warning."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    monkeypatch.setattr(pipeline, "_BATCH_FILES", batch)

    class BreaksAfterOne:
        submitted = 0

        def submit(self, fn, *args, **kwargs):
            self.submitted += 1
            if self.submitted > 1:
                raise BrokenProcessPool("a child process terminated abruptly")
            future: Future = Future()
            future.set_result(fn(*args, **kwargs))
            return future

        def shutdown(self, wait=True):
            pass

    report = pipeline.LoadReport()
    files = list(
        iter_files([str(SAMPLE_DATA)], report=report, executor_factory=lambda jobs: BreaksAfterOne())
    )
    expected_report = pipeline.LoadReport()
    expected = list(iter_files([str(SAMPLE_DATA)], report=expected_report))
    assert [(f.name, [(d.id, m) for d, m in f.pairs]) for f in files] == [
        (f.name, [(d.id, m) for d, m in f.pairs]) for f in expected
    ]
    assert sum("worker process failed" in w for w in report.warnings) == 1


def test_cli_cache_options(tmp_path, cli):
    out = cli("export", str(SEEDS), "--cache-dir", str(tmp_path / "c"), "-j", "1")
    assert out.returncode == 0 and (tmp_path / "c" / "extractions.sqlite3").exists()
    again = cli("export", str(SEEDS), "--no-cache", "--cache-dir", str(tmp_path / "d"))
    assert again.stdout == out.stdout and not (tmp_path / "d").exists()
    bad = cli("export", str(SEEDS), "--jobs", "0")
    assert bad.returncode == 2 and b"--jobs" in bad.stderr and b"Traceback" not in bad.stderr


def test_cli_uses_the_platform_cache_directory(tmp_path, cli, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cli("export", str(SEEDS)).returncode == 0
    assert (tmp_path / "timeline" / "extractions.sqlite3").exists()


def test_two_processes_share_one_cache(tmp_path):
    env_cmd = [
        sys.executable,
        "-m",
        "timeline",
        "export",
        str(SAMPLE_DATA),
        str(SEEDS),
        "--cache-dir",
        str(tmp_path),
    ]
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            env_cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert results[0][0] == results[1][0] and results[0][0]
    # neither was locked out of the cache: each says only what the documents call for
    assert results[0][1] == results[1][1] and b"cache" not in results[0][1]


def test_options_key_differs_with_every_option():
    from datetime import date

    keys = {Options().key(), Options(date(2024, 1, 1)).key(), Options(day_first=True).key()}
    assert len(keys) == 3


def test_a_new_engine_drops_what_old_engines_extracted(tmp_path, monkeypatch):
    load([str(SEEDS)], cache=Cache(tmp_path))

    def rows() -> tuple[int, int]:
        db = sqlite3.connect(tmp_path / "extractions.sqlite3")
        try:
            return db.execute("SELECT count(*) FROM files").fetchone()[0], db.execute(
                "SELECT count(*) FROM texts"
            ).fetchone()[0]
        finally:
            db.close()

    assert rows() == (1, 1)
    Cache(tmp_path).close()  # the same engine: nothing dropped
    assert rows() == (1, 1)
    monkeypatch.setattr(cache_module, "ENGINE_VERSION", "0.0.0+newer")
    store = Cache(tmp_path)
    assert rows() == (0, 0)
    load([str(SEEDS)], cache=store)
    assert rows() == (1, 1)


def test_mentions_read_back_equal_those_extracted():
    """The cache's fast way of rebuilding a mention gives the mention the engine made."""
    from timeline.temporal.mention import restore_mention

    timeline, _ = load([str(SAMPLE_DATA), str(SEEDS)])
    mentions = [m for doc in timeline.documents for m in timeline.mentions_of(doc)]
    assert len(mentions) > 50 and any(m.interval is None for m in mentions)
    for m in mentions:
        back = restore_mention(
            m.start, m.end, m.text, m.type, m.value, m.explanation, m.rule, m.sentence, m.mod
        )
        assert back == m and hash(back) == hash(m)
        assert (back.granularity, back.interval) == (m.granularity, m.interval)


def test_the_collector_is_paused_while_loading_and_runs_again_after(monkeypatch):
    import gc
    import threading

    seen: list[bool] = []
    real = pipeline.iter_files

    def watching(*args, **kwargs):
        for extracted in real(*args, **kwargs):
            seen.append(gc.isenabled())
            yield extracted

    monkeypatch.setattr(pipeline, "iter_files", watching)
    assert gc.isenabled()
    timeline, _ = load([SEEDS])
    assert seen and not any(seen) and gc.isenabled() and len(timeline)
    # pauses nest and overlap across threads: the collector runs again after the last one
    first, second = threading.Event(), threading.Event()

    def other() -> None:
        with pipeline.collector_paused():
            first.set()
            second.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    first.wait(5)
    with pipeline.collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's pause goes on
    second.set()
    thread.join(5)
    assert gc.isenabled()
    # ... and a collector the program had turned off stays off
    gc.disable()
    try:
        with pipeline.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
