"""The characters a pattern's match can begin with, so that a rule can be told to give up at once
everywhere else.

Python's regular expression engine tries a pattern at every position of a window; where a
pattern opens with ``\\b`` and a long case-insensitive alternation ("three|thirteen|...|several"),
each word boundary costs a try of every alternative.  A look-ahead for the set of possible first
characters (``(?=[0-9aAtT...])``) turns most of those tries into one character test.  The set is
read from the parsed pattern; anything this reader does not know gives no set (and no
look-ahead), never a set too small.

A second look-ahead reads the first few characters a match can open with (``openings``: "the",
"las", "jan", "\\d\\ds" ...), as a trie: a word that starts with a right letter but is no word the
pattern opens with ("company" for a pattern of "coming") then costs one more test, not a try of
every alternative.  What this reader does not know cuts an opening short, never narrows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, Final

_REPEATS: Final = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH: Final = (C.AT, C.ASSERT, C.ASSERT_NOT)
#: Stands in a set of first characters for any digit (``\\d``: of any script, as the pattern has it).
DIGIT: Final = "\\d"


#: The characters besides both cases of an ASCII letter that match it when case is ignored: the
#: dotted and the dotless I, the Kelvin sign, the long s.
ASCII_FOLDS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


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


def _first_of(op: object, av: Any) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is C.IN:
        return _charset(av), False  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown(op)  # "(?i:k)" also matches the Kelvin sign: more than both cases
        return _first(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _first(list(av))  # type: ignore[call-overload]
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, empty = _first(list(alternative))
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, _high, item = av
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


#: How many characters of a match's opening the second look-ahead reads, and the most openings
#: it lists (past that, the first characters alone filter).
OPENING_LENGTH: Final = 3
MAX_OPENINGS: Final = 400

#: A piece of an opening: one character as a pattern ("t", "\\d", "[-\\s]"), and whether an
#: opening ends there (True: what follows in the pattern goes on it; False: it is cut there).
_Opening = tuple[tuple[str, ...], bool]


def openings(pattern: str, flags: int = 0, length: int = OPENING_LENGTH) -> frozenset[tuple[str, ...]] | None:
    """Patterns for the first ``length`` characters a match can begin with (fewer where a match
    is shorter, or where this reader stops at a construct it does not know), or None when no
    opening can be said (the pattern may match the empty string, or starts with an unknown
    construct).  Every match of the pattern starts with a match of one of them."""
    parsed = P.parse(pattern, flags)
    try:
        found = _openings(list(parsed), length, parsed.state.flags & re.IGNORECASE)
    except _Unknown:
        return None
    pieces = {opening for opening, _ in found}
    if () in pieces:
        return None
    # an opening that starts another makes that one needless
    return frozenset(p for p in pieces if not any(len(q) < len(p) and p[: len(q)] == q for q in pieces))


def _alternation(pieces: Iterable[tuple[str, ...]]) -> str:
    """A pattern for some openings, those with the same first piece sharing it (a trie): the
    regular expression engine tries an alternative after another, and fewer fail sooner."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for piece in pieces:
        groups.setdefault(piece[0], []).append(piece[1:])
    out = []
    for first in sorted(groups):
        rests = [rest for rest in groups[first] if rest]
        if not rests:
            out.append(first)
        elif len(rests) == 1:
            out.append(first + "".join(rests[0]))
        else:
            out.append(f"{first}(?:{_alternation(rests)})")
    return "|".join(out)


def _openings(items: list, length: int, ignore_case: int) -> set[_Opening]:
    """The openings of a sequence of parsed items."""
    out: set[_Opening] = {((), True)}
    for op, av in items:
        if all(not open_ or len(piece) >= length for piece, open_ in out):
            break
        if op in _ZERO_WIDTH:
            continue
        try:
            following = _openings_of(op, av, length, ignore_case)
        except _Unknown:
            following = {((), False)}  # cut here: what was read so far still opens every match
        joined: set[_Opening] = set()
        for piece, open_ in out:
            if not open_ or len(piece) >= length:
                joined.add((piece[:length], False))
                continue
            for more, still_open in following:
                whole = piece + more
                joined.add((whole[:length], still_open and len(whole) < length))
        if len(joined) > MAX_OPENINGS:
            raise _Unknown("too many openings")
        out = joined
    return out


def _openings_of(op: object, av: Any, length: int, ignore_case: int) -> set[_Opening]:
    if op is C.LITERAL:
        char = chr(av)  # type: ignore[arg-type]
        if ignore_case and len(char.lower()) == 1:
            char = char.lower()
        return {((re.escape(char),), True)}
    if op is C.IN:
        # one character of a set: written as the set is (any of its members opens a match)
        _charset(av)  # type: ignore[arg-type]  # only sets this reader knows
        return {((_set_source(av),), True)}  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE and not ignore_case:
            raise _Unknown(op)  # a case-blind group read case-sensitively would be too narrow
        return _openings(list(av[-1]), length, ignore_case)
    if op is C.ATOMIC_GROUP:
        return _openings(list(av), length, ignore_case)  # type: ignore[call-overload]
    if op is C.BRANCH:
        out: set[_Opening] = set()
        for alternative in av[1]:
            out |= _openings(list(alternative), length, ignore_case)
        return out
    if op in _REPEATS:
        low, high, item = av
        once = _openings(list(item), length, ignore_case)
        out = {((), True)} if low == 0 else set()
        current: set[_Opening] = {((), True)}
        count = 0
        while count < min(high, length):
            count += 1
            current = {
                ((piece + more)[:length], still and len(piece + more) < length)
                for piece, open_ in current
                if open_
                for more, still in once
            } | {(piece, False) for piece, open_ in current if not open_}
            if count >= low:
                out |= current
            if len(out) > MAX_OPENINGS:
                raise _Unknown("too many openings")
        if count < high:  # more repeats may follow the last read: what it holds is cut there
            out |= {(piece, False) for piece, _ in current}
        return out
    raise _Unknown(op)


def _set_source(items: list) -> str:
    """A one-character set as a pattern."""
    parts = []
    for op, av in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:  # a digit: what ``_charset`` knows besides characters
            parts.append("\\d")
    return parts[0] if len(parts) == 1 and len(parts[0]) <= 2 and parts[0] != "-" else f"[{''.join(parts)}]"


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
    # then the first few characters: a word that starts with a right letter is mostly still no
    # word the pattern opens with, and a try of the pattern costs each of its alternatives
    opening = openings(pattern, flags)
    if opening and any(len(o) > 1 for o in opening):
        ahead += f"(?:(?={_alternation(opening)}))"
    return f"{boundary}{ahead}(?:{pattern})"
