"""Whole exports remembered.  ``timeline export`` run again over files that have not changed,
with the same format and options, writes what the run before wrote, and repeats its warnings,
without reading a document: an archive exported every night costs little when little changed.

Whether a file changed is decided by its content hash.  The hash is remembered with the file's
size, modification and change times, inode and device, so that an unchanged file is not even
read again (as git's index does); a file changed within the last two seconds is always read,
since a change that quick may leave its times as they were.  The key of an export holds the
code that makes it, the options, the format, the working directory and, in order, each input
file's name and content hash: any change to one of them makes a new export.

Exports that failed (an input not read) are not remembered, nor those larger than
``_MAX_STORED`` compressed bytes: a rerun of those goes through the cache of extracted files.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .documents.walk import STDIN, expand

if TYPE_CHECKING:
    from .cache import Cache
    from .options import Options

#: A file changed this recently (nanoseconds) is read again, whatever its times say.
_RACY_NS = 2_000_000_000
#: The largest export remembered, compressed ...
_MAX_STORED = 64 * 1024 * 1024
#: ... and the most input an export remembered may come from: beyond it, the export would not
#: fit, and compressing it to find out would cost a cold run of a whole archive seconds.
_MAX_INPUT = 256 * 1024 * 1024
#: Text held before it is compressed, in characters.
_CHUNK = 1 << 20


#: What the engine version already covers (the readers and the engine), and what no export holds.
_NOT_READ_AGAIN = ("temporal/", "documents/", "processing.py", "tui/")


def _code_digest() -> str:
    """A digest of every module that decides what an export holds: the engine version (which the
    cache has already read the readers and the engine for) and the rest of the package but the
    TUI."""
    from .cache import ENGINE_VERSION

    digest = hashlib.sha256(ENGINE_VERSION.encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if not relative.startswith(_NOT_READ_AGAIN):
            digest.update(relative.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class _Problems:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []


def _signature(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


class ExportMemo:
    """The key of one export, the file hashes learnt in making it, and (once the export has been
    written through ``recorder``) its text, to remember."""

    def __init__(
        self, cache: Cache, key: str, learnt: list[tuple[str, str, str]], input_bytes: int = 0
    ) -> None:
        self.cache = cache
        self.key = key
        self._learnt = learnt
        self._recorder: OutputRecorder | None = None
        self._input_bytes = input_bytes

    @classmethod
    def of(cls, cache: Cache, paths: list[str], fmt: str, options: Options) -> ExportMemo | None:
        """The memo of an export of these paths, or None when it cannot be keyed (standard
        input, a path missing or unreadable)."""
        if STDIN in paths:
            return None
        problems = _Problems()
        try:
            files = list(expand(paths, problems))
            if problems.errors:
                return None
            now = time.time_ns()
            signatures: dict[str, str] = {}
            fresh: set[str] = set()
            input_bytes = 0
            for name in files:
                st = os.stat(name)
                input_bytes += st.st_size
                where = os.path.abspath(name)
                signatures[where] = _signature(st)
                if now - max(st.st_mtime_ns, st.st_ctime_ns) < _RACY_NS:
                    fresh.add(where)
            known = cache.digests(signatures)
            key = hashlib.sha256(
                json.dumps([_code_digest(), fmt, options.key(), os.getcwd(), paths]).encode()
            )
            learnt: list[tuple[str, str, str]] = []
            for name in files:
                where = os.path.abspath(name)
                digest = known.get(where) if where not in fresh else None
                if digest is None:
                    with open(name, "rb") as handle:
                        digest = hashlib.sha256(handle.read()).hexdigest()
                    if where not in fresh:
                        learnt.append((where, signatures[where], digest))
                key.update(f"\0{name}\0{digest}".encode("utf-8", "surrogatepass"))
        except (OSError, ValueError):
            return None
        return cls(cache, key.hexdigest(), learnt, input_bytes)

    def recall(self) -> Recalled | None:
        """The export remembered under this key, or None."""
        if self._learnt:  # what was read to make the key need not be read next time
            self.cache.remember(self._learnt)
            self._learnt = []
        found = self.cache.output(self.key)
        if found is None:
            return None
        try:
            report = json.loads(found[0])
            return Recalled(zlib.decompress(found[1]), list(report["warnings"]))
        except (ValueError, KeyError, TypeError, zlib.error):
            return None  # a damaged entry: export again, and overwrite it

    def recorder(self, out: TextIO) -> TextIO:
        """A stream that writes to ``out`` and keeps what was written, to remember (``out`` itself
        for an archive too large to remember the export of)."""
        if self._input_bytes > _MAX_INPUT:
            return out
        self._recorder = OutputRecorder(out)
        return self._recorder  # type: ignore[return-value]

    def remember(self, warnings: list[str], *, export: bool = True) -> None:
        """Store the file hashes learnt and, if ``export`` and it was written through ``recorder``
        and is not too large, the export with its warnings."""
        data = self._recorder.compressed() if export and self._recorder is not None else None
        report = json.dumps({"warnings": warnings}).encode()
        self.cache.remember(self._learnt, (self.key, report, data) if data else None)


class Recalled:
    """A remembered export: its text (UTF-8) and the warnings its run gave."""

    def __init__(self, data: bytes, warnings: list[str]) -> None:
        self.data = data
        self.warnings = warnings

    def write(self, out: TextIO) -> None:
        """Write the export's text to a stream: as bytes where it has a binary buffer."""
        buffer = getattr(out, "buffer", None)
        if buffer is not None and getattr(out, "encoding", "").lower().replace("-", "") == "utf8":
            out.flush()
            rest = memoryview(self.data)
            while rest:  # a large write may be taken in part: the rest, or the error, follows
                rest = rest[buffer.write(rest) :]
            buffer.flush()
        else:
            out.write(self.data.decode("utf-8", "surrogatepass"))


class OutputRecorder:
    """A text stream that passes what is written on and compresses a copy of it, giving up on
    the copy beyond ``_MAX_STORED`` compressed bytes."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._held: list[str] = []
        self._size = 0
        self._parts: list[bytes] = []
        self._stored = 0
        self._zip: zlib._Compress | None = zlib.compressobj(1)

    def write(self, text: str) -> int:
        written = self._out.write(text)
        if self._zip is not None:
            self._held.append(text)
            self._size += len(text)
            if self._size >= _CHUNK:
                self._compress()
        return written

    def flush(self) -> None:
        self._out.flush()

    def _compress(self) -> None:
        assert self._zip is not None
        part = self._zip.compress("".join(self._held).encode("utf-8", "surrogatepass"))
        self._held.clear()
        self._size = 0
        self._parts.append(part)
        self._stored += len(part)
        if self._stored > _MAX_STORED:
            self._zip = None
            self._parts.clear()

    def compressed(self) -> bytes | None:
        """Everything written, compressed; None if it grew too large to keep."""
        if self._zip is None:
            return None
        self._compress()
        if self._zip is None:
            return None
        self._parts.append(self._zip.flush())
        self._zip = None
        data = b"".join(self._parts)
        return data if len(data) <= _MAX_STORED else None
