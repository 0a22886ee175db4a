"""The engine's patterns run in ASCII mode, with white space still read as Unicode has it.

In Unicode mode the regular expression engine asks the Unicode database about every character a
word boundary, ``\\w``, ``\\d`` or a case-insensitive letter is tested against; in ASCII mode it
looks each up in a small table.  Dates are written in ASCII letters and digits, so ASCII mode
finds the same dates, faster, except in white space: "Oct.\\u00a07" (a no-break space, common in
web pages) or "8\\u202fp.m." must still read as "Oct. 7" and "8 p.m.".  ``unicode_spaces`` keeps
``\\s`` and ``\\S`` (and the character classes that hold them) in Unicode mode.

What ASCII mode gives up: digits of other scripts are no digits (the trigger index never saw them
as numbers anyway), and a letter with an accent next to a date is no word character.
"""

from __future__ import annotations

import re
from typing import Final

_SPACE_ESCAPES: Final = ("\\s", "\\S")


def unicode_spaces(pattern: str) -> str:
    """The pattern with each ``\\s`` and ``\\S``, and each character class holding one, in a
    Unicode-mode group (``(?u:\\s)``), so that it reads white space alike in an ASCII-mode
    pattern."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            escape = pattern[i : i + 2]
            out.append(f"(?u:{escape})" if escape in _SPACE_ESCAPES else escape)
            i += 2
        elif c == "[":
            end, space = _class(pattern, i)
            out.append(f"(?u:{pattern[i:end]})" if space else pattern[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class(pattern: str, start: int) -> tuple[int, bool]:
    """Where the character class opening at ``start`` ends (past its ``]``), and whether it holds
    ``\\s`` or ``\\S``."""
    i = start + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):  # a "]" first in the class is a literal
        i += 1
    space = False
    while i < len(pattern):
        if pattern[i] == "\\":
            space = space or pattern[i : i + 2] in _SPACE_ESCAPES
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1, space
        i += 1
    raise ValueError(f"unterminated character class at {start} in {pattern!r}")


def compile_ascii(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled in ASCII mode, its white space read as Unicode has it."""
    return re.compile(unicode_spaces(pattern), flags | re.ASCII)
