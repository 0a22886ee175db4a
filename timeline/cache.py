"""The cache of extracted files: an SQLite database (standard-library sqlite3, WAL) in the
platform's cache directory, keyed by the file's content hash, its format, the options and the
engine version.  Reopening a corpus re-extracts nothing; a new engine version misses every entry.

The cache is a convenience, never a reason to fail: a corrupt database is moved aside and
rebuilt, a locked or unwritable one is bypassed, each with one warning.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:  # the records' module loads the readers: a cached export does without it
    from .processing import FileRecord, Options

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    key TEXT PRIMARY KEY,
    record BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS texts (
    key TEXT NOT NULL,
    number INTEGER NOT NULL,
    text BLOB NOT NULL,
    PRIMARY KEY (key, number)
);
CREATE TABLE IF NOT EXISTS stats (
    path TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    digest TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outputs (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL,
    stored REAL NOT NULL,
    report BLOB NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
_DB_NAME = "extractions.sqlite3"
_TEXT_CACHE_BYTES = 32 * 1024 * 1024
#: Whole exports remembered: so many at most, so many compressed bytes in all.
_OUTPUTS_KEPT = 8
_OUTPUT_BYTES = 256 * 1024 * 1024


def _engine_version() -> str:
    """The package version and a digest of the code that decides what is extracted (readers and
    engine), so that any change to it invalidates the cache."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for folder in ("temporal", "documents"):
        for path in sorted((root / folder).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update((root / "processing.py").read_bytes())
    digest.update(f"marshal {marshal.version}".encode())
    return f"{__version__}+{digest.hexdigest()[:16]}"


ENGINE_VERSION = _engine_version()


def default_cache_dir() -> Path:
    """The platform's cache directory for timeline (``$XDG_CACHE_HOME/timeline`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("timeline", appauthor=False))


def file_key(name: str, data: bytes, options: Options, first_line: int = 1) -> str:
    """The cache key of a file (or a part of one): its content, its format (by suffix), where
    it starts, the options and the engine."""
    digest = hashlib.sha256(data).hexdigest()
    suffix = os.path.splitext(os.path.basename(name))[1].lower()  # as Path(name).suffix, faster
    return f"{digest}:{suffix}@{first_line}:{options.key()}:{ENGINE_VERSION}"


def _prune(db: sqlite3.Connection) -> None:
    """When the engine has changed since the cache was last opened, drop what the old engines
    extracted: no key can reach it again, and an archive's copy per version would pile up."""
    row = db.execute("SELECT value FROM meta WHERE name = 'engine'").fetchone()
    if row is not None and row[0] == ENGINE_VERSION:
        return
    suffix = ":" + ENGINE_VERSION
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM files WHERE substr(key, -?) != ?", (len(suffix), suffix))
        db.execute("DELETE FROM texts WHERE substr(key, -?) != ?", (len(suffix), suffix))
        db.execute("DELETE FROM outputs WHERE engine != ?", (ENGINE_VERSION,))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('engine', ?)", (ENGINE_VERSION,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


class Cache:
    """Extracted files by key, with their texts stored apart and read back on demand.

    Safe to share between threads; several processes may use the same database at once.
    """

    def __init__(
        self,
        directory: Path | str | None = None,
        warn: Callable[[str], None] | None = None,
        *,
        timeout: float = 10.0,
    ) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.path = self.directory / _DB_NAME
        self._warn = warn or (lambda message: None)
        self._lock = threading.RLock()
        self._texts: OrderedDict[tuple[str, int], str] = OrderedDict()
        self._text_bytes = 0
        self._db: sqlite3.Connection | None = None
        self._write_failed = False
        self._timeout = timeout
        self._open()

    # --- opening ------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.directory.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=self._timeout, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM files WHERE key = ''").fetchone()
            _prune(db)
        except BaseException:
            db.close()
            raise
        return db

    def _open(self) -> None:
        deadline = time.monotonic() + self._timeout
        pause = 0.02
        try:
            while True:
                try:
                    self._db = self._connect()
                    return
                except sqlite3.OperationalError as exc:
                    # Two processes opening a new cache at once: one switching it to WAL makes
                    # the other fail at once, without waiting; wait here instead.
                    if not ("locked" in str(exc) or "busy" in str(exc)):
                        raise
                    if time.monotonic() + pause > deadline:
                        self._warn(f"cache {self.path} is locked by another process ({exc}); not using it")
                        return
                    time.sleep(pause)
                    pause = min(pause * 2, 0.5)
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
        except OSError as exc:
            self._warn(f"cache {self.directory}: {(exc.strerror or str(exc)).lower()}; not using it")

    def _rebuild(self, exc: Exception) -> None:
        """Move a broken database aside and start a new one; without one if even that fails."""
        self._warn(f"cache {self.path} is unreadable ({exc}); rebuilding it")
        self.close()
        try:
            for suffix in ("", "-wal", "-shm"):
                broken = Path(f"{self.path}{suffix}")
                if broken.exists():
                    os.replace(broken, f"{broken}.broken")
            self._db = self._connect()
        except (OSError, sqlite3.DatabaseError) as again:
            self._db = None
            self._warn(f"cache {self.path} cannot be rebuilt ({again}); not using it")

    @property
    def usable(self) -> bool:
        """False once the cache has been given up on for this run."""
        return self._db is not None

    def close(self) -> None:
        """Close the database (the cache is unusable afterwards)."""
        with self._lock:
            if self._db is not None:
                try:
                    self._db.close()
                except sqlite3.Error:
                    pass
                self._db = None

    # --- reading and writing ------------------------------------------------------------------

    def _fetch_one(self, sql: str, params: tuple) -> tuple | None:
        """The first row a query gives, or None (none, or no database to ask)."""
        with self._lock:
            if self._db is None:
                return None
            try:
                return self._db.execute(sql, params).fetchone()
            except sqlite3.DatabaseError as exc:
                self._give_up_reading(exc)
                return None

    def get(self, key: str) -> FileRecord | None:
        """The record stored under a key (without its texts), or None."""
        row = self._fetch_one("SELECT record FROM files WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            from .processing import FileRecord

            data = marshal.loads(zlib.decompress(row[0]))
            return FileRecord(docs=data["docs"], warnings=data["warnings"], error=data["error"])
        except (zlib.error, ValueError, KeyError, TypeError, EOFError):
            return None  # a damaged entry: extract again, and overwrite it

    def put_many(self, entries: list[tuple[str, FileRecord]]) -> bool:
        """Store records (with their texts) in one transaction; a failure is warned of once.
        Returns True if they were stored."""
        if not entries:
            return True
        rows: list[tuple[str, bytes]] = []
        text_rows: list[tuple[str, int, bytes]] = []
        for key, record in entries:
            data = {"docs": record.docs, "warnings": record.warnings, "error": record.error}
            rows.append((key, zlib.compress(marshal.dumps(data), 1)))
            text_rows.extend(
                (key, n, zlib.compress(text.encode("utf-8", "surrogatepass"), 1))
                for n, text in enumerate(record.texts)
            )
        with self._lock:
            if self._db is None:
                return False
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?)", rows)
                self._db.executemany("INSERT OR REPLACE INTO texts VALUES (?, ?, ?)", text_rows)
                self._db.execute("COMMIT")
                return True
            except sqlite3.Error as exc:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                if not self._write_failed:
                    self._write_failed = True
                    self._warn(f"cache {self.path}: cannot write ({exc}); results not cached")
                return False

    def text(self, key: str, number: int) -> str | None:
        """A stored document's text, or None if it is not (or no longer) there.  Recently read
        texts are held, up to a bound, so that paging through one document does not reread it."""
        with self._lock:
            held = self._texts.get((key, number))
            if held is not None:
                self._texts.move_to_end((key, number))
                return held
            if self._db is None:
                return None
            try:
                row = self._db.execute(
                    "SELECT text FROM texts WHERE key = ? AND number = ?", (key, number)
                ).fetchone()
            except sqlite3.DatabaseError:
                return None
            if row is None:
                return None
            try:
                text = zlib.decompress(row[0]).decode("utf-8", "surrogatepass")
            except (zlib.error, UnicodeDecodeError):
                return None
            self._texts[(key, number)] = text
            self._text_bytes += len(text)
            while self._text_bytes > _TEXT_CACHE_BYTES and len(self._texts) > 1:
                _, dropped = self._texts.popitem(last=False)
                self._text_bytes -= len(dropped)
            return text

    def texts(self, key: str) -> list[str] | None:
        """All texts of a stored file, in order, or None if any is missing."""
        with self._lock:
            if self._db is None:
                return None
            try:
                rows = self._db.execute(
                    "SELECT number, text FROM texts WHERE key = ? ORDER BY number", (key,)
                ).fetchall()
            except sqlite3.DatabaseError as exc:
                self._give_up_reading(exc)
                return None
        try:
            out = [zlib.decompress(blob).decode("utf-8", "surrogatepass") for _, blob in rows]
        except (zlib.error, UnicodeDecodeError):
            return None
        if [n for n, _ in rows] != list(range(len(rows))):
            return None
        return out

    # --- file hashes and whole exports (see ``export_memo``) -------------------------------

    def digests(self, signatures: dict[str, str]) -> dict[str, str]:
        """The content hashes known for files (absolute path to ``stat`` signature), for those
        whose signature has not changed since."""
        known: dict[str, str] = {}
        paths = list(signatures)
        with self._lock:
            if self._db is None:
                return known
            try:
                for at in range(0, len(paths), 500):
                    part = paths[at : at + 500]
                    rows = self._db.execute(
                        f"SELECT path, signature, digest FROM stats WHERE path IN ({','.join('?' * len(part))})",
                        part,
                    ).fetchall()
                    known.update(
                        (path, digest) for path, signature, digest in rows if signatures[path] == signature
                    )
            except sqlite3.DatabaseError as exc:
                self._give_up_reading(exc)
        return known

    def output(self, key: str) -> tuple[bytes, bytes] | None:
        """A remembered export (its report and its compressed text), or None."""
        row = self._fetch_one("SELECT report, data FROM outputs WHERE key = ?", (key,))
        return None if row is None else (row[0], row[1])

    def remember(
        self, stats: list[tuple[str, str, str]], export: tuple[str, bytes, bytes] | None = None
    ) -> None:
        """Store file hashes learnt (path, ``stat`` signature, hash) and, if given, an export (its
        key, its report, its compressed text); the oldest exports go beyond ``_OUTPUTS_KEPT`` of
        them or ``_OUTPUT_BYTES`` in all."""
        with self._lock:
            if self._db is None or self._write_failed:
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO stats VALUES (?, ?, ?)", stats)
                if export is not None:
                    key, report, data = export
                    self._db.execute(
                        "INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?, ?)",
                        (key, ENGINE_VERSION, time.time(), report, data),
                    )
                    kept = total = 0
                    for old, size in self._db.execute(
                        "SELECT key, length(data) FROM outputs ORDER BY stored DESC"
                    ).fetchall():
                        kept, total = kept + 1, total + size
                        if kept > _OUTPUTS_KEPT or total > _OUTPUT_BYTES:
                            self._db.execute("DELETE FROM outputs WHERE key = ?", (old,))
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                self._write_failed = True
                self._warn(f"cache {self.path}: cannot write ({exc}); results not cached")

    def _give_up_reading(self, exc: Exception) -> None:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            self._warn(f"cache {self.path} is locked ({exc}); extracting without it")
            self._db = None
            return
        db, self._db = self._db, None
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass
        self._rebuild(exc)
