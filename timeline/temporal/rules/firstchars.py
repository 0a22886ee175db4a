"""The characters a pattern's match can begin with, so that a rule can be told to give up at once
everywhere else.

Python's regular expression engine tries a pattern at every position of a window; where a
pattern opens with ``\\b`` and a long case-insensitive alternation ("three|thirteen|...|several"),
each word boundary costs a try of every alternative.  A look-ahead for the set of possible first
characters (``(?=[0-9aAtT...])``) turns most of those tries into one character test.  The set is
read from the parsed pattern; anything this reader does not know gives no set (and no
look-ahead), never a set too small.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
#: Stands in a set of first characters for any digit (``\\d``: of any script, as the pattern has it).
DIGIT = "\\d"


#: The characters besides both cases of an ASCII letter that match it when case is ignored: the
#: dotted and the dotless I, the Kelvin sign, the long s.
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class _Unknown(Exception):
    """A construct whose first characters are not read here: no set at all."""


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of the pattern can start with (both cases of letters when the
    pattern ignores case), or None when that cannot be said (the pattern may match the empty
    string, or starts with ``.``)."""
    try:
        parsed = P.parse(pattern, flags)
        chars, nullable = _first(list(parsed))
    except _Unknown:
        return None
    if nullable:
        return None
    if not parsed.state.flags & re.IGNORECASE:
        return frozenset(chars)
    return frozenset(chars | {c.swapcase() for c in chars if len(c) == len(c.swapcase()) == 1})


def _first(items: list) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \b, look-arounds: take no character (ignoring a look-ahead only widens the set)
        chars, nullable = _first_of(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of(op: object, av: object) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is C.IN:
        return _charset(av), False  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # type: ignore[index]
            raise _Unknown(op)  # "(?i:k)" also matches the Kelvin sign: more than both cases
        return _first(list(av[-1]))  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _first(list(av))  # type: ignore[call-overload]
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:  # type: ignore[index]
            chars, empty = _first(list(alternative))
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, _high, item = av  # type: ignore[misc]
        chars, empty = _first(list(item))
        return chars, empty or low == 0
    raise _Unknown(op)


def _charset(items: list) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE:
            if av[1] - av[0] > 256:
                raise _Unknown(op)
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add(DIGIT)
        else:
            raise _Unknown(op)
    return out


def with_first_chars(pattern: str, flags: int = 0) -> str:
    """The pattern behind a look-ahead for its first characters, where those can be said."""
    chars = first_chars(pattern, flags)
    if not chars:
        return pattern
    # Both cases are in the set; with the few other characters that match an ASCII letter when
    # case is ignored, it can be read case-sensitively: each test is one look-up rather than a
    # lower-casing of the character and two look-ups.
    sensitive = bool(flags & re.IGNORECASE) and all(c == DIGIT or c.isascii() for c in chars)
    if sensitive:
        chars = chars | {fold for c in chars for fold in ASCII_FOLDS.get(c.lower(), "")}
    charset = "".join(c if c == DIGIT else re.escape(c) for c in sorted(chars))
    ahead = f"(?=(?-i:[{charset}]))" if sensitive else f"(?=[{charset}])"
    # a pattern that opens at a word boundary tests that first: inside a word it fails at once
    boundary = r"\b" if pattern.startswith(r"\b") else ""
    return f"{boundary}{ahead}(?:{pattern})"
