"""Extraction speed on one core: this project against dateparser.search_dates and datefinder, on
the same news text (the TempEval-3 corpora), with the ratios.

    python bench/extract.py [--docs 60] [--repeat 3]

Every system reads the same documents; the figures are MB of UTF-8 text per second and
articles per second, best of ``--repeat`` runs.  dateparser and datefinder are slow, so the
comparison uses the first ``--docs`` articles (all systems on the same ones); this project also
runs over every article of the corpora.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.temporal import extract  # noqa: E402

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
        t0 = time.perf_counter()
        found = sum(fn(text, dct) for text, dct in articles)
        best = min(best, time.perf_counter() - t0)
    return best, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=60, help="articles for the three-way comparison")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = load_articles()
    subset = articles[: args.docs]
    size = sum(len(t.encode("utf-8")) for t, _ in subset) / 1e6
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
