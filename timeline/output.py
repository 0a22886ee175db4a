"""Writing an export safely: to standard output, or to a temporary file beside the target that
replaces it only once complete, so a failed export never clobbers an existing file."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable
from typing import TextIO


def write_atomic(target: str, write: Callable[[TextIO], None]) -> None:
    """Call ``write`` with a text stream for ``target`` (``-`` is standard output).

    Raises:
        OSError: the file cannot be written; an existing target is left as it was.
    """
    if target == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    if _special(target):
        # /dev/null, a named pipe, a terminal: write into it; replacing it would destroy it.
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            write(handle)
        return
    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".timeline-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            write(handle)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _special(target: str) -> bool:
    """True for an existing target that is not a regular file (a device, a pipe, a socket)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
