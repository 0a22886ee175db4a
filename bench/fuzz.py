"""Fuzz the engine and the readers for a bounded time with hypothesis, and report what was found.

    python bench/fuzz.py [--seconds 60]

Targets: the engine on any text (with and without a reference date) must not raise, and must
give spans inside the text with ``text[start:end] == mention``, valid intervals, values of a
known shape, and the same mentions for the same text; finding a text's reference date must not
raise; every reader (plain, Markdown, JSON lines, TimeML, HTML, the JSON
export) on any bytes must give documents or a one-line DocumentError, nothing else.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline.documents import find_reference  # noqa: E402
from timeline.processing import Options, process_bytes  # noqa: E402
from timeline.temporal import extract  # noqa: E402

PIECES = [
    "on", "Sunday", "last", "next", "year", "ago", "later", "the", "1990s", "19th", "century",
    "July", "28", "2025", "Oct.", "7,", "June 4, 1967", "mid-July", "early", "a day after",
    "two weeks later", "Q4", "10/07/2023", "2023-10-07", "today", "spring", "of", "May", "61,944",
    "44 BC", "AD", "99999", "February 30", "45th", "3 p.m.", "\n", "\n\n", ".", ",", " ", "'", "-",
    "21", "centuries", "decades", "millennia",
    "Cairo, Aug 18 (IANS) -", "Published: 2024-03-05", "<p>", "</TEXT>", "{", '"text":', "\x00",
    "Monday last", "New Delhi, 12.03.2024:", "(PTI)", "Thursday, Jan. 6", "LONDON, June 3 (Reuters) -",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(PIECES), max_size=200).map(" ".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=200).map("".join),
)
NAMES = st.sampled_from(["a.txt", "a.md", "a.jsonl", "a.tml", "a.html", "a.json", "a"])


def check_engine(text: str) -> None:
    for reference in (date(2025, 8, 18), None):
        found = extract(text, reference)
        for m in found:
            assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
            assert m.interval is None or m.interval[0] <= m.interval[1]
            # a value opens as one of its shapes does: a year or a century in figures, "BC",
            # "XXXX", a time ("T14:00"), a duration or a set ("P3Y"), or "PAST_REF" and the like
            assert m.value[:1].isdigit() or m.value.startswith(("BC", "X", "T", "P", "FUTURE_REF")), m.value
        assert extract(text, reference) == found


def check_reader(name: str, data: bytes) -> None:
    record = process_bytes(name, data, Options())
    assert record.error is None or "\n" not in record.error
    for doc, text in zip(record.docs, record.texts, strict=True):
        for row in doc["mentions"]:
            assert text[row[0] : row[1]] == row[2]


_BATCH = settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@_BATCH
@given(TEXTS)
def fuzz_engine(text: str) -> None:
    check_engine(text)


@_BATCH
@given(TEXTS)
def fuzz_reference(text: str) -> None:
    find_reference(text)


@_BATCH
@given(NAMES, st.one_of(st.binary(max_size=2000), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def fuzz_readers(name: str, data: bytes) -> None:
    check_reader(name, data)


def run(seconds: float) -> int:
    """Batches of examples for each target in turn until the time is up; a failing example is
    shrunk by hypothesis and reported."""
    found: list[str] = []
    batches = {"engine": 0, "reference": 0, "readers": 0}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and len(found) < 5:
        for name, target in (("engine", fuzz_engine), ("reference", fuzz_reference), ("readers", fuzz_readers)):
            try:
                target()
            except Exception as exc:  # what the fuzzer found: report it and go on
                found.append(f"{name}: {exc.__class__.__name__}: {exc}\n{traceback.format_exc(limit=4)}")
            batches[name] += 1
    print(
        f"fuzzed for {seconds:.0f} s: {batches['engine'] * 200} texts through the engine, "
        f"{batches['reference'] * 200} through the reference finder, "
        f"{batches['readers'] * 200} inputs through the readers"
    )
    if found:
        print(f"{len(found)} problem(s) found:")
        for problem in found:
            print(problem)
        return 1
    print("no problem found")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    return run(parser.parse_args().seconds)


if __name__ == "__main__":
    sys.exit(main())
