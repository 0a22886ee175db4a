"""Bytes to text: BOMs, UTF-8, UTF-16 and legacy single-byte encodings (by charset detection),
and the refusal of binary files."""

from __future__ import annotations

import codecs
from typing import Final

from .errors import NotADocument

_SNIFF = 8192
#: Windows' Western encoding and the Latin-1 it extends, as charset_normalizer names them.
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
#: How much more chaos, and how much less coherence, than the best guess the Western reading may
#: show and still be taken (charset_normalizer's ties are settled arbitrarily).
_CLOSE_CHAOS = 0.01
_CLOSE_COHERENCE = 0.05


def decode(data: bytes) -> str:
    """Decode a document's bytes to text with normalised line ends.

    Args:
        data: the raw file content.

    Returns:
        The text, with ``\\r\\n`` and ``\\r`` turned into ``\\n``.

    Raises:
        DocumentError: the content is binary or in no encoding that can be detected.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _detect(data)
        else:
            if "\x00" in text[:_SNIFF]:
                text = _detect(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


#: Characters that show nothing and break no word: the soft hyphen (a page's "&shy;"), the
#: zero-width space, the word joiner and a byte order mark inside the text.  Inside a word they
#: hide it from every pattern ("Sep&shy;tember 5"); the joiners that shape scripts and emoji
#: (U+200C, U+200D) are kept.
_INVISIBLE: Final = "\u00ad\u200b\u2060\ufeff"
_DROP_INVISIBLE: Final = dict.fromkeys(map(ord, _INVISIBLE))


def without_invisible(text: str) -> str:
    """The text without the characters of ``_INVISIBLE``; the same string where it has none."""
    if any(c in text for c in _INVISIBLE):  # (each looked for as text first: few texts hold one)
        return text.translate(_DROP_INVISIBLE)
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a file pieced together from several sources): the text with
    each bad byte replaced by U+FFFD, when real UTF-8 sequences show it is UTF-8 at heart."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if good and good >= bad and bad <= max(4, len(text) // 100):
        return text
    return None


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise NotADocument("binary content (no text encoding fits); skipped")
    # Where the bytes read as well in Windows' Western encoding as in the one guessed, take it:
    # the legacy encoding of most English text ("S\xe3o Paulo" is "São", not cp1250's "Săo")
    western = next((m for m in matches if m.encoding in _WESTERN), None)
    if (
        western is not None
        and western.chaos <= best.chaos + _CLOSE_CHAOS
        and western.coherence >= best.coherence - _CLOSE_COHERENCE
    ):
        best = western
    text = str(best)
    sample = text[:_SNIFF]
    if sample and sum(1 for c in sample if c == "\x00" or (ord(c) < 32 and c not in "\n\r\t\f")) > max(
        8, len(sample) // 50
    ):
        raise NotADocument("binary content (control bytes), not a text document; skipped")
    return text
