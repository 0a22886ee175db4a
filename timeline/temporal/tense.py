"""Tense cues: does a date mention point back (past) or forward (future)?

"was held on July 28" looks back, "will meet on July 28" forward.  The cue nearest to the
mention inside its sentence decides; with none, the direction is unknown and the resolver takes
the nearest date.
"""

from __future__ import annotations

import re

_FUTURE = (
    r"will|won't|wo n't|shall|'ll|going to|(?:is|are|was|were) (?:due|set|expected|scheduled|slated) to"
    r"|(?:is|are) to|plans? to|planning to|intends? to|would|upcoming|coming|scheduled for|expected on"
)
_IRREGULAR_PAST = (
    "was were had did said met held began came went took told saw made gave left won lost fell "
    "rose sent spoke wrote brought found kept led paid ran sold stood struck thought broke chose "
    "drove flew fought grew knew laid became hit killed announced ended ago earlier last previous"
).split()
_PAST = r"\w{3,}ed|" + "|".join(_IRREGULAR_PAST)
_NOT_PAST = frozenset(
    "need needed indeed speed united hundred based proceed exceed succeed feed seed breed bed red "
    "shed fled embed embedded".split()
)
_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)


def direction(sentence: str, start: int, end: int) -> str | None:
    """The tense nearest to a mention in a sentence; cues inside the mention do not count.

    Args:
        sentence: the sentence text.
        start: offset of the mention's start within the sentence.
        end: offset of the mention's end within the sentence.

    Returns:
        ``"past"``, ``"future"`` or None when the sentence has no cue.
    """
    best: tuple[int, str] | None = None
    for m in _CUE.finditer(sentence):
        word = m.group().lower()
        if m.end() > start and m.start() < end:
            continue
        if m["past"] and (word in _NOT_PAST or (m.group()[0].isupper() and m.start() > 0)):
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        tense = "future" if m["future"] else "past"
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None
