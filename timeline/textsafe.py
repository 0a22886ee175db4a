"""Document text is untrusted: make it safe to print on a terminal or in a plain-text file.

Control characters (C0, C1, DEL), which could move the cursor, change colours or set the window
title, and bidirectional-override characters, which can reorder what a reader sees, are replaced
by visible escapes such as ``\\x1b`` or ``<U+202E>``.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"<U+{ord(c):04X}>"


def neutralise(text: str) -> str:
    """The text with every control or bidi-override character shown as a visible escape.
    Newlines and tabs are kept; callers that need one line fold whitespace themselves."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """The text neutralised and folded to one line of single spaces."""
    return " ".join(neutralise(text).split())
