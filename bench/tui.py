"""The browser at scale: a synthetic timeline of 1,000,000 events, driven through Textual's pilot.

    python bench/tui.py [--events 1000000] [--presses 40]

Prints the time to first paint and the median and worst time per keypress for a scroll (j), a
page jump (PgDn), a year jump (]) and a filter keystroke (the list refiltered and redrawn).
Targets at 1M events: first paint < 2 s, keypress median < 50 ms, filter keystroke < 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from timeline.documents import Document
from timeline.model import Event, Timeline
from timeline.temporal import Mention
from timeline.tui import TimelineApp

PLACES = ["Cairo", "Gaza", "Rotterdam", "Khartoum", "Geneva", "London", "Kyiv", "Nairobi", "Lima", "Manila"]
TOPICS = [
    "talks",
    "strike",
    "floods",
    "election",
    "ceasefire",
    "summit",
    "trial",
    "protest",
    "budget",
    "storm",
]
EVENTS_PER_DOC = 10


def synthetic_timeline(n_events: int, seed: int = 7) -> Timeline:
    """Documents of ten dated sentences each, with dates spread over 1950–2025."""
    rng = random.Random(seed)
    documents, events = [], []
    origin = date(1950, 1, 1).toordinal()
    span = date(2025, 12, 31).toordinal() - origin
    for d in range(max(1, n_events // EVENTS_PER_DOC)):
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        sentences, mentions_at = [], []
        pos = 0
        for _ in range(EVENTS_PER_DOC):
            day = date.fromordinal(origin + rng.randrange(span))
            words = f"{day:%B} {day.day}, {day.year}"
            sentence = f"The {topic} in {place} resumed on {words} after weeks of delay."
            start = pos + sentence.index(words)
            mentions_at.append((start, start + len(words), words, day, (pos, pos + len(sentence))))
            sentences.append(sentence)
            pos += len(sentence) + 1
        doc = Document(
            id=f"doc-{d:06d}",
            path=f"archive/doc-{d:06d}.txt",
            text=" ".join(sentences),
            reference_date=date(2025, 12, 31),
        )
        documents.append(doc)
        for start, end, words, day, sentence in mentions_at:
            m = Mention(
                start,
                end,
                words,
                "DATE",
                day.isoformat(),
                f"{words} → {day.isoformat()}: written in full",
                "month-day-year",
                sentence,
            )
            events.append(Event(doc, m))
    return Timeline(documents, events)


class _Trivial(App[None]):
    """A one-widget app: how long the pilot itself takes per key, to subtract."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("j", "tick", "tick")]

    def compose(self) -> ComposeResult:
        yield Static("baseline")

    def action_tick(self) -> None:
        pass


async def pilot_overhead(presses: int) -> float:
    """Median seconds the pilot takes for one key press on an app that does nothing."""
    app = _Trivial()
    values = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(presses):
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            values.append(time.perf_counter() - t)
    return statistics.median(values)


async def measure(app: TimelineApp, presses: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {}
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        times["first paint"] = [time.perf_counter() - t0]
        await app.workers.wait_for_complete()  # the filter index warms up in the background

        async def timed(label: str, key: str, wait_workers: bool = False) -> None:
            t = time.perf_counter()
            await pilot.press(key)
            if wait_workers:
                await app.workers.wait_for_complete()
            await pilot.pause()
            times.setdefault(label, []).append(time.perf_counter() - t)

        for _ in range(presses):
            await timed("scroll (j)", "j")
        for _ in range(presses):
            await timed("page (PgDn)", "pagedown")
        for _ in range(min(presses, 60)):
            await timed("year (])", "right_square_bracket")
        await pilot.press("slash")
        for ch in "ceasefire gaza":
            await timed("filter keystroke", "space" if ch == " " else ch, wait_workers=True)
        for _ in "ceasefire gaza":
            await timed("filter keystroke", "backspace", wait_workers=True)
        assert len(app.positions) == len(app.index)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--presses", type=int, default=40)
    args = parser.parse_args()
    t = time.perf_counter()
    timeline = synthetic_timeline(args.events)
    print(f"built a synthetic timeline of {len(timeline):,} events in {len(timeline.documents):,} documents "
          f"in {time.perf_counter() - t:.1f} s (not counted)")  # fmt: skip
    app = TimelineApp(timeline=timeline)
    times = asyncio.run(measure(app, args.presses))
    overhead = asyncio.run(pilot_overhead(args.presses))
    print(
        f"pilot overhead per key on a one-widget app: {overhead * 1000:.1f} ms (same run; subtracted in 'app')"
    )
    print(f"{'measure':<18} {'n':>4} {'median ms':>10} {'worst ms':>10} {'app median':>11} {'app worst':>10}")
    for label, values in times.items():
        base = 0.0 if label == "first paint" else overhead
        median, worst = statistics.median(values), max(values)
        print(
            f"{label:<18} {len(values):>4} {median * 1000:>10.1f} {worst * 1000:>10.1f} "
            f"{max(0.0, median - base) * 1000:>11.1f} {max(0.0, worst - base) * 1000:>10.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
