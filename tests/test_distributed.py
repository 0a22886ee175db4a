"""Extraction on a Dask cluster: a local cluster of two worker processes gives the same timeline
as a local run, and a scheduler that does not answer is one line of error."""

from __future__ import annotations

import io

import pytest

from timeline.cache import Cache
from timeline.export.json_export import write_json
from timeline.pipeline import load

from .conftest import SAMPLE_DATA, SEEDS

pytest.importorskip("dask.distributed", reason="the dask extra is not installed")


def _json(tl) -> str:
    out = io.StringIO()
    write_json(tl, out)
    return out.getvalue()


def test_a_local_cluster_of_two_workers_gives_the_local_timeline(tmp_path):
    from timeline.distributed import connect, load_on_cluster

    local, _ = load([str(SAMPLE_DATA), str(SEEDS)])
    client = connect("local", workers=2)
    try:
        assert len(client.scheduler_info()["workers"]) == 2
        address = client.scheduler.address
        remote, report = load_on_cluster(
            [str(SAMPLE_DATA), str(SEEDS), str(tmp_path / "missing.txt")], address
        )
        assert _json(remote) == _json(local)
        assert report.errors == [f"{tmp_path / 'missing.txt'}: no such file or directory"]
        # what the workers extracted fills the cache like a local run
        store = Cache(tmp_path / "cache")
        load_on_cluster([str(SEEDS)], address, cache=store)
        from timeline.pipeline import LoadReport, iter_files

        again = list(iter_files([str(SEEDS)], report=LoadReport(), cache=store))
        assert [f.cached for f in again] == [True] and len(again[0].pairs[0][1]) >= 7
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()


def test_cli_export_on_a_local_cluster(cli):
    out = cli("export", str(SEEDS), "--scheduler", "local", "-f", "jsonl")
    assert out.returncode == 0, out.stderr
    assert out.stdout == cli("export", str(SEEDS), "-f", "jsonl").stdout


def test_an_unreachable_scheduler_is_one_line_of_error(cli):
    out = cli("export", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9")
    assert out.returncode == 1
    assert out.stderr.decode().count("\n") == 1 and "Dask scheduler" in out.stderr.decode()
