"""Instructions the engine spends on one pass over the TempEval-3 corpora, counted by valgrind's
callgrind: a figure that does not move with the machine's load, for telling whether a change made
the engine faster when wall-clock times on a shared machine cannot.

    python bench/instructions.py [--base REV]

The engine runs over every article once, then three times, each under callgrind; half the
difference is one pass (start-up, compiling the grammar and the first pass's warming cancel out).
With ``--base``, the same for another commit, checked out in a temporary git worktree, and the
change between the two.  Needs valgrind; takes about two minutes a version.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
_COLLECTED = re.compile(r"Collected : (\d+)")


def passes(count: int) -> None:
    """The measured work: ``count`` passes of the engine over the corpora (the child process)."""
    from timeline.temporal import engine

    articles = []
    for name in ("tbaq-cleaned", "te3-platinum", "wikiwars-timex3-train"):
        with (CORPORA / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
                articles.append((doc["text"], dct))
    gc.disable()  # the collector's timing depends on allocation history, not on the work
    # each pass reads every text again, as a new one (an engine before ``forget_texts`` kept
    # only its scans)
    forget = getattr(engine, "forget_texts", None) or engine._RECENT.clear
    for _ in range(count):
        for text, dct in articles:
            forget()
            engine.extract(text, dct)


def count_instructions(tree: Path, count: int) -> int:
    """Instructions callgrind counts for ``count`` passes with the engine of ``tree``."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={Path(tmp) / 'out'}",
                sys.executable,
                str(Path(__file__).resolve()),
                "--passes",
                str(count),
            ],
            env=env,
            cwd=tree,
            capture_output=True,
            text=True,
            check=False,
        )
    found = _COLLECTED.search(run.stderr)
    if run.returncode != 0 or found is None:
        raise SystemExit(f"instructions: callgrind failed in {tree}: {run.stderr.strip()[-300:]}")
    return int(found[1])


def per_pass(tree: Path) -> float:
    """Million instructions of one pass over the corpora."""
    return (count_instructions(tree, 3) - count_instructions(tree, 1)) / 2 / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="a commit to compare with (checked out in a temporary worktree)")
    parser.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # the measured child
    args = parser.parse_args()
    if args.passes is not None:
        passes(args.passes)
        return 0
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    head = per_pass(ROOT)
    print(f"this tree: {head:,.0f} M instructions a pass over the corpora")
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "base"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.base],
                check=True,
            )
            try:
                base = per_pass(tree)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False
                )
        print(f"{args.base}: {base:,.0f} M instructions a pass; this tree {100 * (head / base - 1):+.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
