"""How time and memory grow with the number of documents: synthetic articles (templates with
varied dates and datelines, ``bench/synthetic.py``) from 1,000 to 100,000, each size extracted
cold on all cores into a fresh cache, then opened again from the cache; and, with ``--tui``, the
browser opened on the cached corpus (time to first paint and to all events, peak memory).

    python bench/scale.py [--sizes 1000,10000,100000] [--tui]

Each run is a separate process, so the memory figures are each run's own peak resident size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

_TUI_PROBE = r"""
import asyncio, json, resource, sys, time
t0 = time.perf_counter()
from timeline.cache import Cache
from timeline.tui.app import TimelineApp

async def main():
    app = TimelineApp([sys.argv[1]], cache=Cache(sys.argv[2]), jobs=2)
    first = None
    async with app.run_test(size=(160, 48)) as pilot:
        while app.loading or not len(app.timeline):
            if first is None and len(app.timeline):
                first = time.perf_counter() - t0
            await pilot.pause(0.05)
        done = time.perf_counter() - t0
        if first is None:
            first = done
        await pilot.press("end")
        await pilot.press("slash", "c", "o", "u", "n", "c", "i", "l")
        await pilot.pause(0.2)
        events = len(app.timeline)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"first": first, "done": done, "events": events, "peak": peak}))

if __name__ == "__main__":  # worker processes import this module again
    asyncio.run(main())
"""


def run(args: list[str]) -> tuple[float, float, str]:
    """Seconds, peak resident MB of the process, and its output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: the modules' bytecode kept
    # the warnings (stories whose dateline gives no year, on purpose) are counted, not shown
    with tempfile.TemporaryFile("w+") as errors:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        errors.seek(0)
        lines = errors.read().splitlines()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed: {lines[-1] if lines else ''}")
    if lines:
        print(f"        ({len(lines)} warning lines, e.g. {lines[0][:100]})")
    return seconds, usage.ru_maxrss / 1024, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--tui", action="store_true", help="also open the browser on each cached corpus")
    parser.add_argument("--keep", metavar="DIR", help="write the corpora here and keep them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="timeline-scale-"))
    print(
        f"{'docs':>7} {'MB':>7} {'cold s':>8} {'MB/s':>6} {'peak MB':>8} {'cached s':>9} {'peak MB':>8} {'speed-up':>9}",
        end="",
    )
    print(f" {'TUI first':>10} {'TUI all':>8} {'TUI MB':>7}" if args.tui else "")
    previous = None
    for size in sizes:
        folder = base / f"corpus{size}"
        cache = base / f"cache{size}"
        if not folder.exists():
            write_corpus(folder, size)
        mb = sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6
        export = [
            "-m",
            "timeline",
            "export",
            str(folder),
            "-f",
            "jsonl",
            "-o",
            os.devnull,
            "--cache-dir",
            str(cache),
        ]
        cold, cold_peak, _ = run(export)
        warm, warm_peak, _ = run(export)
        line = f"{size:>7} {mb:>7.1f} {cold:>8.1f} {mb / cold:>6.2f} {cold_peak:>8.0f} {warm:>9.1f} {warm_peak:>8.0f} {cold / warm:>8.1f}x"
        if args.tui:
            _, _, out = run(["-c", _TUI_PROBE, str(folder), str(cache)])
            tui = json.loads(out.strip().splitlines()[-1])
            line += f" {tui['first']:>10.1f} {tui['done']:>8.1f} {tui['peak']:>7.0f}"
        print(line, flush=True)
        if previous:
            psize, pcold = previous
            print(f"{'':>7} time grew {cold / pcold:.1f}x for {size / psize:.0f}x the documents")
        previous = (size, cold)
    if not args.keep:
        import shutil

        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
