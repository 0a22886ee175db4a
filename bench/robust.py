"""Bad input, one case at a time: what the command line says and does with it, next to a good
article, and how long it takes.

    python bench/robust.py [--big-mb 100]

Each case runs ``timeline export BAD good.txt`` in a fresh process; the table shows the exit
status, whether the good article still came through, the first line of stderr, and the time.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = b"Published: 2024-03-05\n\nTalks opened on Monday in Geneva."
ARTICLE = "The council met on March 3, 2021, and again two weeks later, a spokesman said on Monday. "


def _jsonl() -> bytes:
    good = json.dumps({"id": "a", "date": "2024-03-05", "text": "It began on Friday."})
    return "\n".join([good, "{broken", "[1, 2]", good.replace('"a"', '"b"')]).encode()


def cases(big_mb: int) -> list[tuple[str, str, Callable[[Path], None]]]:
    """(label, file name, writer) for every kind of bad input."""

    def put(data: bytes) -> Callable[[Path], None]:
        return lambda path: path.write_bytes(data)

    def big(path: Path) -> None:
        """Synthetic news articles one after another in one file."""
        import random

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from synthetic import article

        rng = random.Random(3)
        with path.open("w") as out:
            size, number = 0, 0
            while size < big_mb * 1_000_000:
                text = article(rng, number) + "\n"
                out.write(text)
                size, number = size + len(text), number + 1

    def long_line(path: Path) -> None:
        path.write_text("Published: 2024-03-05\n\n" + (ARTICLE + "x" * 200 + " ") * (10_000_000 // 290))

    return [
        ("missing path", "missing.txt", lambda path: None),
        ("directory without documents", "empty-dir", lambda path: path.mkdir()),
        ("empty file", "empty.txt", put(b"")),
        ("binary file", "binary.txt", put(bytes(range(256)) * 400)),
        ("NUL bytes in text", "nul.txt", put(GOOD.replace(b" ", b"\x00", 3))),
        ("invalid UTF-8", "invalid.txt", put(GOOD + b" \xff\xfe\x80 and on Friday.")),
        (
            "mixed encodings",
            "mixed.txt",
            put("Café on Monday. ".encode() + "Zoë on Friday.".encode("cp1252")),
        ),
        ("UTF-16 without BOM", "utf16.txt", put(GOOD.decode().encode("utf-16-le"))),
        ("malformed JSON lines", "feed.jsonl", put(_jsonl())),
        ("malformed HTML", "page.html", put(b"<html><p>Talks on <b>May 3, 2021</i></div><p")),
        ("malformed TimeML", "doc.tml", put(b"<TimeML><TEXT>On Monday</TimeML")),
        ("truncated JSON export", "export.json", put(b'{"format": "timeline", "documents": [')),
        ("impossible dates", "impossible.txt", put(b"Due on February 30, 2020 or the 45th of May.")),
        ("huge, tiny and BCE years", "years.txt", put(b"In year 99999, in 0000, in 44 BC and AD 64.")),
        (
            "Rich markup and escapes",
            "hostile.txt",
            put(b"[bold red]X[/] \x1b[2J\x1b]0;t\x07 \xe2\x80\xae on Monday"),
        ),
        ("very long word", "word.txt", put(b"W" * 2_000_000 + b" on Monday")),
        ("10 MB single line", "line.txt", long_line),
        (f"{big_mb} MB file", "big.txt", big),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big-mb", type=int, default=100, help="size of the large-file case")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    print(f"{'input':<30} {'exit':>4} {'good':>5} {'seconds':>8}  stderr (first line)")
    with tempfile.TemporaryDirectory() as tmp:
        good = Path(tmp) / "good.txt"
        good.write_bytes(GOOD)
        for label, name, write in cases(args.big_mb):
            path = Path(tmp) / name
            write(path)
            t0 = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "timeline", "export", str(path), str(good), "--no-cache"],
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
            )
            seconds = time.perf_counter() - t0
            err = result.stderr.decode("utf-8", "replace")
            first = err.splitlines()[0].replace(tmp, "…") if err else ""
            if "Traceback" in err:
                first = "TRACEBACK: " + first
            came = "yes" if b"2024-03-04" in result.stdout else "NO"
            print(f"{label:<30} {result.returncode:>4} {came:>5} {seconds:>8.2f}  {first[:110]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
