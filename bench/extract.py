"""Extraction speed: this project against dateparser.search_dates and datefinder, on the same
news text (the TempEval-3 corpora), with the ratios; then the whole command line on one core and
on all cores, cold and cached, with peak memory.

    python bench/extract.py [--docs 60] [--repeat 3] [--copies 4]

Every system reads the same documents; the figures are MB of UTF-8 text per second and
articles per second, best of ``--repeat`` runs.  dateparser and datefinder are slow, so the
comparison uses the first ``--docs`` articles (all systems on the same ones); this project also
runs over every article of the corpora.  It measures the package as installed (the first line
says where from, and whether its engine is compiled): for the compiled engine, install with
``pip install .`` rather than ``pip install -e .``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:  # the package as installed: compiled by `pip install .` where a C compiler is at hand
    import timeline
except ImportError:  # else this tree's sources
    sys.path.insert(0, str(ROOT))
    import timeline

from timeline.temporal import engine_build, extract  # noqa: E402
from timeline.temporal.engine import forget_texts  # noqa: E402

#: Where the package measured lives: the command-line runs use the same one.
PACKAGE_HOME = Path(timeline.__file__).resolve().parent.parent

CORPORA = ROOT.parent / "shared" / "corpora"


def load_articles() -> list[tuple[str, date | None]]:
    articles = []
    for name in ("tbaq-cleaned", "te3-platinum", "wikiwars-timex3-train"):
        with (CORPORA / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                articles.append(
                    (doc["text"], date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None)
                )
    return articles


def run_timeline(text: str, dct: date | None) -> int:
    return len(extract(text, dct))


def run_dateparser(text: str, dct: date | None) -> int:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)} if dct else {}
    return len(search_dates(text, languages=["en"], settings=settings) or [])


def run_datefinder(text: str, dct: date | None) -> int:
    import datefinder

    base = datetime(dct.year, dct.month, dct.day) if dct else None
    return sum(1 for _ in datefinder.find_dates(text, base_date=base))


SYSTEMS: dict[str, Callable[[str, date | None], int]] = {
    "timeline": run_timeline,
    "dateparser": run_dateparser,
    "datefinder": run_datefinder,
}


def measure(
    fn: Callable[[str, date | None], int], articles: list[tuple[str, date | None]], repeat: int
) -> tuple[float, int]:
    best = float("inf")
    found = 0
    for _ in range(repeat):
        forget_texts()  # each repeat reads the texts as new ones: nothing kept from the last
        t0 = time.perf_counter()
        found = sum(fn(text, dct) for text, dct in articles)
        best = min(best, time.perf_counter() - t0)
    return best, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=60, help="articles for the three-way comparison")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--copies", type=int, default=4, help="copies of the corpora for the command-line runs"
    )
    args = parser.parse_args()
    articles = load_articles()
    subset = articles[: args.docs]
    size = sum(len(t.encode("utf-8")) for t, _ in subset) / 1e6
    print(f"timeline {timeline.__version__} from {PACKAGE_HOME}, engine: {engine_build()}")
    print(f"comparison on {len(subset)} articles, {size:.2f} MB, one core, best of {args.repeat}")
    print(f"{'system':<11} {'MB/s':>8} {'articles/s':>11} {'mentions':>9} {'vs timeline':>12}")
    speeds = {}
    for name, fn in SYSTEMS.items():
        try:
            seconds, found = measure(fn, subset, 1 if name != "timeline" else args.repeat)
        except ImportError as exc:
            print(f"{name:<11} not installed ({exc.name})")
            continue
        speeds[name] = size / seconds
        ratio = speeds["timeline"] / speeds[name] if name != "timeline" else 1.0
        print(f"{name:<11} {size / seconds:>8.2f} {len(subset) / seconds:>11.1f} {found:>9} {ratio:>11.1f}x")
    total = sum(len(t.encode("utf-8")) for t, _ in articles) / 1e6
    seconds, found = measure(run_timeline, articles, args.repeat)
    print(
        f"timeline over all {len(articles)} articles ({total:.2f} MB): {total / seconds:.2f} MB/s, {len(articles) / seconds:.0f} articles/s"
    )
    print()
    pipeline_runs(articles, args.copies, speeds.get("dateparser"), speeds.get("datefinder"))
    return 0


def run_cli(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB, of the largest process) of one command-line run."""
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_HOME)}
    # as installed: with the modules' bytecode kept, not compiled again at every start
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"timeline {' '.join(args)} failed with status {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024


def pipeline_runs(
    articles: list[tuple[str, date | None]], copies: int, dateparser: float | None, datefinder: float | None
) -> None:
    """``timeline export`` over the articles written out as files (``copies`` times, each copy
    different text): one core and all cores without the cache, then a cold and a cached run."""
    from timeline.pipeline import default_jobs

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        size = 0
        for copy in range(copies):
            sub = folder / f"copy{copy}"
            sub.mkdir(parents=True)
            for n, (text, dct) in enumerate(articles):
                head = f"Published: {dct.isoformat()}\n\n" if dct else ""
                data = f"{head}{text}\n\n(copy {copy})\n".encode()
                (sub / f"{n:05d}.txt").write_bytes(data)
                size += len(data)
        mb = size / 1e6
        jobs = default_jobs()
        cache = Path(tmp) / "cache"
        base = ["export", str(folder), "-f", "jsonl", "-o", os.devnull]
        runs = [
            ("one core, no cache", [*base, "-j", "1", "--no-cache"]),
            (f"all {jobs} cores, no cache", [*base, "-j", str(jobs), "--no-cache"]),
            (f"all {jobs} cores, cold cache", [*base, "-j", str(jobs), "--cache-dir", str(cache)]),
            ("cached rerun", [*base, "-j", str(jobs), "--cache-dir", str(cache)]),
            ("cached, one file changed", [*base, "-j", str(jobs), "--cache-dir", str(cache)]),
        ]
        n_docs = len(articles) * copies
        print(f"command line over {n_docs} article files, {mb:.2f} MB (process start included)")
        print(f"{'run':<26} {'seconds':>8} {'MB/s':>7} {'articles/s':>11} {'peak MB':>8}")
        times = {}
        for label, args in runs:
            if label == "cached, one file changed":  # the export is made again from the cache
                with open(folder / "copy0" / "00000.txt", "a", encoding="utf-8") as changed:
                    changed.write("The talks resume on Monday.\n")
            seconds, peak = run_cli(args)
            times[label] = seconds
            print(f"{label:<26} {seconds:>8.2f} {mb / seconds:>7.2f} {n_docs / seconds:>11.0f} {peak:>8.0f}")
        one = times["one core, no cache"]
        every = times[f"all {jobs} cores, no cache"]
        cold = times[f"all {jobs} cores, cold cache"]
        print(
            f"all cores vs one core: {one / every:.2f}x; cached rerun vs cold: {cold / times['cached rerun']:.1f}x "
            "(the same export of unchanged files is written as it was); "
            f"one file changed vs cold: {cold / times['cached, one file changed']:.1f}x"
        )
        from timeline.cache import Cache
        from timeline.pipeline import load

        store = Cache(Path(tmp) / "cache-in-process")
        t0 = time.perf_counter()
        cold_tl, _ = load([str(folder)], jobs=1, cache=store)
        cold_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        warm_tl, _ = load([str(folder)], jobs=1, cache=store)
        warm_load = time.perf_counter() - t0
        assert len(warm_tl) == len(cold_tl)
        print(
            f"timeline.load() in one process (no start-up, no output): cold {cold_load:.2f} s, "
            f"cached {warm_load:.2f} s: {cold_load / warm_load:.1f}x"
        )
        # what the browser does on reopening a corpus: the cached files' mentions, their texts
        # left in the cache until shown, into one timeline
        from timeline.documents import LoadReport
        from timeline.model import Timeline
        from timeline.pipeline import collector_paused, iter_files

        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            with collector_paused():  # as the browser loads
                files = iter_files([str(folder)], report=LoadReport(), cache=store, lazy_text=True)
                reopened = Timeline.from_mentions(pair for f in files for pair in f.pairs)
            best = min(best, time.perf_counter() - t0)
        assert len(reopened) == len(cold_tl)
        print(
            f"reopening in the browser's way (texts read when shown), best of 3: {best:.2f} s: "
            f"{cold_load / best:.1f}x faster than the cold load"
        )
        for name, speed in (("dateparser", dateparser), ("datefinder", datefinder)):
            if speed:
                print(f"all cores vs {name} (one core): {mb / every / speed:.1f}x")


if __name__ == "__main__":
    sys.exit(main())
