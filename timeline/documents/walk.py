"""Finding the files that paths name: directories walked recursively in sorted order, keeping
files of the formats there are readers for.  Imports nothing that reads them, so that a command
that only needs the list of files (a cached export) starts quickly."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Protocol

STDIN = "-"

#: File name endings there is a reader for (``formats.READERS`` has one for each).
SUFFIXES = frozenset({".html", ".htm", ".json", ".txt", ".text", ".md", ".markdown", ".jsonl", ".tml"})


class Problems(Protocol):
    """Where ``expand`` adds what it could not find (a ``LoadReport``, say)."""

    errors: list[str]
    warnings: list[str]


def display_name(path: str) -> str:
    """How a path is named in documents and messages: ``<stdin>`` for ``-``."""
    return "<stdin>" if path == STDIN else path


def expand(paths: Iterable[str], report: Problems) -> Iterator[str]:
    """The files named by the paths: directories walked recursively in sorted order, keeping
    files of known formats and skipping hidden ones; missing paths reported."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        if os.path.isdir(raw):
            found = False
            for dirpath, dirnames, filenames in os.walk(
                raw, onerror=lambda e: report.errors.append(_os_message(e))
            ):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                        found = True
                        yield os.path.join(dirpath, name)
            if not found:
                report.warnings.append(f"{raw}: no documents found in this directory")
        elif os.path.lexists(raw):
            yield raw
        else:
            report.errors.append(f"{raw}: no such file or directory")


def _os_message(exc: OSError) -> str:
    reason = exc.strerror.lower() if exc.strerror else exc.__class__.__name__
    return f"{exc.filename}: {reason}"
