"""From paths to a timeline: read the documents, extract each one's mentions against its own
reference date (in parallel processes, through the cache), and assemble the timeline.  The public
entry points of the package."""

from __future__ import annotations

import gc
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from .documents import Document, LoadReport
from .documents.walk import STDIN, display_name, expand
from .model import Timeline
from .processing import (
    REFERENCE_LABELS,
    FileRecord,
    Options,
    documents_of,
    extract_document,
    process_bytes,
    warnings_of,
)
from .temporal import Mention

if TYPE_CHECKING:
    from .cache import Cache

__all__ = ["REFERENCE_LABELS", "ExtractedFile", "default_jobs", "extract_document", "iter_files", "load"]

#: Below this much text to extract, starting worker processes costs more than it saves.
_PARALLEL_MIN_BYTES = 2_000_000
#: How many files (per worker) may be read ahead of the one being handed out.
_WINDOW_PER_JOB = 4


@dataclass
class ExtractedFile:
    """One input file's documents with their mentions, in the order the file gave them."""

    name: str
    pairs: list[tuple[Document, list[Mention]]]
    cached: bool = False
    #: How many files the paths named in all.
    total: int = 0
    #: False for a part of a large JSON lines file that other parts follow.
    last: bool = True


#: JSON lines files larger than this are extracted in parts of about this size, in parallel.
_PART_BYTES = 250_000
#: Small files go to a worker together, up to about this much text or this many files a task:
#: one task a file spends more on handing work out and back than on short articles.
_BATCH_BYTES = 64_000
_BATCH_FILES = 32


class _Slot:
    """A unit's place in a batch handed to a worker: its record, once the batch is done."""

    __slots__ = ("future", "index")

    def __init__(self) -> None:
        self.future: Future[list[FileRecord]] | None = None
        self.index = 0

    def result(self) -> FileRecord:
        assert self.future is not None
        return self.future.result()[self.index]


_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many lasting objects are made (mentions,
    events): each collection would walk every object made so far, so that reading an archive
    back from the cache took a third longer; what is made holds no cycles.  Pauses may nest and
    overlap across threads; the collector runs again when the last one ends."""
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                gc.enable()


def _process_batch(items: list[tuple[str, bytes, Options, int]]) -> list[FileRecord]:
    """In a worker: the records of several units, in order."""
    with collector_paused():
        return [process_bytes(*item) for item in items]


@dataclass
class _Unit:
    """A piece of work: a file, or a run of whole lines of a large JSON lines file."""

    name: str
    data: bytes
    first_line: int = 1
    last: bool = True

    def extract(self, options: Options) -> FileRecord:
        """The unit's record, extracted here."""
        return process_bytes(self.name, self.data, options, self.first_line)


def _units(name: str, data: bytes) -> Iterator[_Unit]:
    """A file as pieces of work: large JSON lines files (UTF-8) in runs of whole lines."""
    if (
        len(data) <= _PART_BYTES
        or not name.lower().endswith(".jsonl")
        or data.startswith((b"\xff\xfe", b"\xfe\xff"))
    ):
        yield _Unit(name, data)
        return
    start, line = 0, 1
    while start < len(data):
        cut = data.find(b"\n", start + _PART_BYTES)
        end = len(data) if cut < 0 else cut + 1
        yield _Unit(name, data[start:end], line, end >= len(data))
        line += data.count(b"\n", start, end)
        start = end


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _read(name: str, stdin: BinaryIO | None) -> bytes:
    if name == STDIN:
        import sys

        return (stdin or sys.stdin.buffer).read()
    with open(name, "rb") as handle:
        return handle.read()


def _pool(jobs: int) -> Executor:
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import resource_tracker

    # The helper process multiprocessing starts first hands on this process's stderr; under the
    # browser that is no real file, so give it a real one (that draws nothing on the screen).
    saved = sys.stderr
    try:
        with open(os.devnull, "w") as devnull:
            sys.stderr = devnull
            resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
    # "spawn" everywhere: forking a process that runs threads (the browser) is unsafe.
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_interrupts
    )


def _ignore_interrupts() -> None:
    """In a worker process: Ctrl+C is the parent's to handle (it stops handing out work)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def iter_files(
    paths: Iterable[str],
    options: Options | None = None,
    *,
    report: LoadReport,
    jobs: int = 1,
    cache: Cache | None = None,
    lazy_text: bool = False,
    stdin: BinaryIO | None = None,
    executor_factory: Callable[[int], Executor] | None = None,
) -> Iterator[ExtractedFile]:
    """Extract every file the paths name, yielding each file's documents in input order.

    Files already in the cache are not extracted again; the others go to ``jobs`` worker
    processes (or are extracted here, for one job or little text).  Errors and warnings are
    added to ``report``, one line each, naming the file.

    Args:
        paths: files, directories (read recursively) or ``-`` for standard input.
        options: reference date override and day-first reading.
        report: collects errors and warnings (and, for compatibility, the documents).
        jobs: worker processes to use.
        cache: a :class:`timeline.cache.Cache`, or None for no cache.
        lazy_text: documents from the cache read their text back on demand instead of holding it.
        stdin: the stream ``-`` reads.
        executor_factory: makes the executor for ``jobs`` workers (a Dask client's, say).
    """
    from .cache import file_key

    options = options or Options()
    store = cache if cache is not None and cache.usable else None
    files = list(expand(paths, report))
    parallel = executor_factory is not None or (jobs > 1 and _size(files) >= _PARALLEL_MIN_BYTES)
    executor: Executor | None = None  # started at the first file the cache does not have
    # what may wait to be handed out or read back: so many files, so much text
    window = max(2, jobs * _WINDOW_PER_JOB) * (_BATCH_FILES if parallel else 1)
    window_bytes = max(2, jobs * _WINDOW_PER_JOB) * _PART_BYTES
    waiting = 0  # bytes of the units in pending
    pending: deque[tuple[_Unit, str | None, FileRecord | _Slot, bool]] = deque()
    to_store: list[tuple[str, FileRecord]] = []
    unflushed: list[Document] = []
    held = [0]  # characters of text in to_store
    broken: list[Exception] = []

    def flush() -> None:
        if store is not None and store.put_many(to_store):
            for doc in unflushed:
                doc.text = ""  # read back from the cache from now on
        unflushed.clear()
        to_store.clear()
        held[0] = 0

    batch: list[_Unit] = []
    slots: list[_Slot] = []

    def submit_batch() -> None:
        nonlocal executor
        if not batch:
            return
        items = [(u.name, u.data, options, u.first_line) for u in batch]
        try:
            if executor is None:
                executor = (executor_factory or _pool)(jobs)
            future = executor.submit(_process_batch, items)
        except Exception as exc:  # the pool broke (a worker died) before a result said so
            future = Future()
            future.set_exception(exc)  # read back as a failed batch: extracted here
        for index, slot in enumerate(slots):
            slot.future, slot.index = future, index
        batch.clear()
        slots.clear()

    def finish(unit: _Unit, key: str | None, result: FileRecord | _Slot, hit: bool) -> ExtractedFile:
        if isinstance(result, _Slot):
            if result.future is None:
                submit_batch()
            try:
                record = result.result()
            except Exception as exc:  # a worker died (killed, out of memory) or the cluster failed
                if not broken:
                    broken.append(exc)
                    report.transient = True
                    report.warnings.append(
                        f"a worker process failed ({exc or exc.__class__.__name__}); extracting here"
                    )
                record = unit.extract(options)
        else:
            record = result
        label = display_name(unit.name)
        if hit and store is not None and key is not None and not lazy_text:
            texts = store.texts(key)
            if texts is None:  # the texts went missing: extract again
                record, hit = unit.extract(options), False
            else:
                record.texts = texts
        if key is not None and not hit and store is not None:
            to_store.append((key, record))
            held[0] += sum(len(text) for text in record.texts)
            if len(to_store) >= 64 or held[0] > 8_000_000:
                flush()
        report.warnings.extend(warnings_of(record, label))
        if record.error is not None:
            report.errors.append(f"{label}: {record.error}")
            return ExtractedFile(label, [], hit, len(files), unit.last)
        if lazy_text and key is not None and store is not None:
            pairs = documents_of(record, label, text_loader=_loader(store, key))
            if not hit:  # each text is held until it is in the cache
                for number, (doc, _) in enumerate(pairs):
                    doc.text = record.texts[number]
                    unflushed.append(doc)
        else:
            pairs = documents_of(record, label)
        report.documents.extend(doc for doc, _ in pairs)
        return ExtractedFile(label, pairs, hit, len(files), unit.last)

    try:
        for name in files:
            try:
                data = _read(name, stdin)
            except OSError as exc:
                report.errors.append(f"{display_name(name)}: {(exc.strerror or str(exc)).lower()}")
                continue
            for unit in _units(name, data):
                key = file_key(name, unit.data, options, unit.first_line) if store and name != STDIN else None
                cached = store.get(key) if store is not None and key is not None else None
                if cached is not None:
                    pending.append((unit, key, cached, True))
                elif parallel and not broken:
                    slot = _Slot()
                    batch.append(unit)
                    slots.append(slot)
                    pending.append((unit, key, slot, False))
                    if len(batch) >= _BATCH_FILES or sum(len(u.data) for u in batch) >= _BATCH_BYTES:
                        submit_batch()
                else:
                    pending.append((unit, key, unit.extract(options), False))
                waiting += len(unit.data)
                while (
                    len(pending) >= window
                    or waiting >= window_bytes
                    or (pending and not isinstance(pending[0][2], _Slot))
                ):
                    waiting -= len(pending[0][0].data)
                    yield finish(*pending.popleft())
        submit_batch()
        while pending:
            yield finish(*pending.popleft())
    finally:
        flush()
        if executor is not None:
            for _, _, result, _ in pending:
                if isinstance(result, _Slot) and result.future is not None:
                    result.future.cancel()
            executor.shutdown(wait=True)


def _loader(store: Cache, key: str) -> Callable[[int], str]:
    def load_text(number: int) -> str:
        text = store.text(key, number)
        return "" if text is None else text

    return load_text


def _size(files: list[str]) -> int:
    total = 0
    for name in files:
        if name == STDIN:
            continue
        try:
            total += os.stat(name).st_size
        except OSError:
            pass
        if total >= _PARALLEL_MIN_BYTES:
            break
    return total


def load(
    paths: Iterable[str],
    reference_date: date | None = None,
    *,
    day_first: bool = False,
    stdin: BinaryIO | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
    executor_factory: Callable[[int], Executor] | None = None,
) -> tuple[Timeline, LoadReport]:
    """Read paths (files, directories, ``-``) into one timeline.

    Args:
        paths: what to read.
        reference_date: overrides every document's own reference date.
        day_first: read ``03/04/2024`` as 3 April.
        stdin: the stream ``-`` reads.
        jobs: worker processes for extraction (1: in this process).
        cache: a :class:`timeline.cache.Cache` to read and fill, or None.
        executor_factory: makes the executor the work goes to (a Dask client's, say).

    Returns:
        The timeline, and the report of what was read and what failed.
    """
    report = LoadReport()
    seen: set[str] = set()
    pairs: list[tuple[Document, list[Mention]]] = []
    with collector_paused():
        for extracted in iter_files(
            paths,
            Options(reference_date, day_first),
            report=report,
            jobs=jobs,
            cache=cache,
            stdin=stdin,
            executor_factory=executor_factory,
        ):
            for doc, mentions in extracted.pairs:
                if doc.id not in seen:
                    seen.add(doc.id)
                    pairs.append((doc, mentions))
        report.documents = [doc for doc, _ in pairs]
        return Timeline.from_mentions(pairs), report
