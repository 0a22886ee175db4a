"""The machinery of the grammar: the rule registry, the trigger kinds of each rule, and the context
checks and small readers that the rule modules share."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import FULL_WEEKDAY_RE, MONTH_RE
from .firstchars import with_first_chars

Parser = Callable[[re.Match[str], str], Expr | None]


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar.

    Attributes:
        name: short identifier, shown in explanations and exports.
        pattern: the compiled regular expression, behind a look-ahead for the characters its
            matches can start with (see ``firstchars``).
        parse: turns a match (and the whole text, for context checks) into an Expr, or None to
            reject the match.
        examples: ``(text, mention, value)`` triples resolved against 2025-08-18.
        source: the regular expression as written.
    """

    name: str
    pattern: re.Pattern[str]
    parse: Parser
    examples: tuple[tuple[str, str, str | None], ...] = ()
    source: str = ""


RULES: Final[list[Rule]] = []


def rule(name: str, pattern: str, *examples: tuple[str, str, str | None], flags: int = re.IGNORECASE):
    """Register a parser function as a rule of the grammar.  Each example is a text, the words
    the rule matches in it, and their value; None for words that must give no date at all."""

    def register(parse: Parser) -> Parser:
        # in ASCII mode, white space aside: the same dates, found faster (see ``asciimode``)
        compiled = compile_ascii(with_first_chars(pattern, flags | re.ASCII), flags)
        RULES.append(Rule(name, compiled, parse, tuple(examples), pattern))
        return parse

    return register


# --- context checks ---------------------------------------------------------------------------

_NEXT_WORD: Final = compile_ascii(r"^[\s-]*([A-Za-z]+)")


#: What ``prev_word`` reads as a word: ASCII letters and stops ("Sept.", "U.S.").
_WORD_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def prev_word(text: str, pos: int) -> str:
    r"""The word just before ``pos`` (ASCII letters and stops, then white space or hyphens up to
    ``pos``), lower-cased; '' where there is none within the 25 characters before ``pos``.  Read
    backwards from ``pos``, which costs less than a search of a pattern
    (``(?<![A-Za-z.])([A-Za-z.]+)[\s-]*$``, which a test holds it agrees with)."""
    low = max(pos - 25, 0)
    i = pos
    while i > low and (text[i - 1] == "-" or text[i - 1].isspace()):
        i -= 1
    end = i
    while i > low and text[i - 1] in _WORD_CHARS:
        i -= 1
    if i == end or (i > 0 and text[i - 1] in _WORD_CHARS):
        return ""  # no word, or one that starts before the 25 characters
    return text[i:end].lower()


def next_word(text: str, pos: int) -> str:
    """The word just after ``pos``, lower-cased."""
    m = _NEXT_WORD.match(text[pos : pos + 25])
    return m[1].lower() if m else ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_ok(token: str, full_date: bool, year_written: bool = False) -> bool:
    """A month word is a month if capitalised; lower-case only for unambiguous full names in a
    full date ("july 28"), and for any month with its day and a year of four figures ("march 5,
    2024", "5 mar 2024": no verb, name or modal is followed so)."""
    if _capitalised(token) or year_written:
        return True
    return full_date and token.lower() in {
        "january",
        "february",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }


LEADING_DIGITS: Final = compile_ascii(r"\d+")


def _day(token: str) -> int:
    return int(LEADING_DIGITS.match(token)[0])  # type: ignore[index]


def _clock_time(hour: str, minute: str | None, am_pm: str) -> str:
    """A 12-hour clock time as a TIMEX3 time: ("8", None, "p.m.") → "T20:00"."""
    h = int(hour) % 12 + (12 if am_pm.lower().startswith("p") else 0)
    return f"T{h:02d}:{minute or '00'}"


def _year(token: str) -> int:
    token = token.lstrip("'’")
    return int(token) if len(token) == 4 else 1900 + int(token) if int(token) >= 30 else 2000 + int(token)


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().strip()
    if w.startswith(("earlier", "later")):
        return None  # "later in 1792": in that year, after what came before
    if w.startswith(
        (
            "early",
            "the beginning",
            "the start",
            "start",
            "the early",
            "the earlier",
            "the first",
            "the opening",
        )
    ):
        return "START"
    if w.startswith(("mid", "the middle")):
        return "MID"
    if w.startswith(
        (
            "late",
            "the end",
            "end",
            "the latter",
            "the later",
            "the second half",
            "the last",
            "the final",
            "the closing",
            "the dying",
            "the back end",
            "the tail end",
        )
    ):
        return "END"
    return None


#: "last", "this", "next" before a unit: so many of it from the reference date.
REL_OFFSETS: Final = {"last": -1, "this": 0, "next": 1}
_PARTS_OF_DAY: Final = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
#: The end of a period, as the words before "of" name it: "the end", "the back end", "the tail end"
#: (``_mod`` reads each as END).
END_RE: Final = r"(?:(?:back|tail)\s+)?end"
_MOD_RE: Final = (
    # ("mid-to-late 2026", "early to mid-2027": the first part names it)
    rf"(?:(?P<mod>(?:early|late|earlier|later)\s+in|(?:early|mid)(?:-|\s+)to(?:-|\s+)(?:mid|late)|early|mid|late|(?:end|start)(?=-)|the\s+(?:{END_RE}|beginning|start"
    r"|middle|(?:early|earlier|first|latter|later|last|final)\s+part"
    # "the final days of March", "the closing months of 2023", "the opening weeks of the war"
    r"|(?:final|closing|last|first|opening|early|dying)\s+(?:days|weeks|months))\s+of)[-\s]+)?"
)
#: ``_MOD_RE`` with a period's halves too ("the first half of the 1990s"), for the periods no
#: rule of halves reads (decades, centuries).
_MOD_HALF_RE: Final = _MOD_RE.replace(r"|middle|", r"|middle|(?:first|second|latter|last)\s+half|", 1)
_YEAR_END: Final = r"(?![\d,.]\d)\b"
#: After the ordinal of one century, the next one and "centuries": "the 15th and 16th centuries",
#: "the 18th-19th centuries" (a pattern to fill with the ordinals: the century rule reads the first
#: as a century with it, and the rule of a day of the month no longer reads it as a day).
ANOTHER_CENTURY_AFTER: Final = (
    r"(?:\s*,|\s+(?:and|or|to|through)|\s*[-–])\s*(?:the\s+)?(?:{ordinal})[-\s]+centuries\b"
)
#: The part of a period the words before it name, for a rule whose match starts after them (see
#: ``Expr.lead``): "the end of the fourth quarter", "late that year".
EDGE_BEFORE: Final = compile_ascii(
    rf"\b(?:the\s+(?:{END_RE}|beginning|start|middle|(?:early|earlier|latter|later|last|final)\s+part"
    r"|(?:first|second|latter|last)\s+half)\s+of|(?:early|late)\s+in|early|late|mid)[^\S\n]+$",
    re.IGNORECASE,
)


#: "after" right before "midnight": the hour that opens a day, not the one that closes it,
#: where the day follows ("shortly after midnight on Tuesday") or a past tense tells of it ("The
#: attack began shortly after midnight"; but "Rain clearing after midnight" is tonight's end).
AFTER_BEFORE: Final = compile_ascii(r"\bafter\s+$", re.IGNORECASE)
PAST_THEN_AFTER: Final = compile_ascii(
    r"\b(?:[a-z]+ed|began|broke\s+out|struck|came|hit|rang\s+out|was|were|fell|shook|blew|went)"
    r"\s+(?:(?:shortly|just|soon|well|sometime|some\s+time|only)\s+)?after\s+$",
    re.IGNORECASE,
)
DAY_AFTER_MIDNIGHT: Final = compile_ascii(
    rf"[^\S\n]+(?:on[^\S\n]+)?(?:{FULL_WEEKDAY_RE}|{MONTH_RE}\.?[^\S\n]+\d|\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?{MONTH_RE})",
    re.IGNORECASE,
)


#: A present or future passive's auxiliary before a participle: "is expected after midnight" looks
#: ahead to tonight's end, as "Rain clearing after midnight" does.
_STILL_TO_COME_BEFORE: Final = compile_ascii(r"\b(?:is|are|be|['’]s)\s+$", re.IGNORECASE)


def after_midnight(text: str, start: int, end: int) -> bool:
    """Whether "midnight" at ``start:end`` opens its day: after "after", with the day after it or
    a past tense before it (see ``AFTER_BEFORE``)."""
    if AFTER_BEFORE.search(text, start - 8, start) is None:
        return False
    if DAY_AFTER_MIDNIGHT.match(text, end) is not None:
        return True
    past = PAST_THEN_AFTER.search(text, start - 40, start)
    return (
        past is not None
        and _STILL_TO_COME_BEFORE.search(text, max(0, past.start() - 8), past.start()) is None
    )


#: A word after which "that" opens what is said, known or meant, not a demonstrative: "Ms Reeves
#: confirmed that winter fuel payments ...", "told MPs that summer schools ...".
SAID_BEFORE: Final = compile_ascii(
    r"\b(?:(?:said|says|say|confirmed|confirms|announced|announces|added|adds|warned|warns|noted"
    r"|notes|argued|argues|insisted|insists|believed|believes|believe|think|thinks|thought|know"
    r"|knows|knew|showed|shows|suggested|suggests|found|finds|reported|reports|stated|states"
    r"|claimed|claims|admitted|acknowledged|expects|expected|hoped|hopes|feared|fears|ensure"
    r"|ensured|ensures|means|meant|so|now|such|predicted|predicts|projected|projects|estimated|estimates"
    r"|concluded|concludes|argue|show|suggest|warn|claim)|(?:told|tells|tell|assured|reminded)\s+\w+"
    # a forecast's plural subject, not a noun ("the project that summer"): "The authors project that"
    r"|\b(?:they|we|authors|researchers|scientists|experts|models|economists|analysts)\s+"
    r"(?:project|predict|estimate|forecast|calculate|conclude|expect))\s+$",
    re.IGNORECASE,
)


#: A place or a group named after a day or a season, after it: "Spring Street", "the March 23
#: Movement", "the May 4th Movement", "the March 14 Alliance": a name, no date.
PLACE_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Square|Boulevard|Blvd\.?|Lane|Bridge|Stadium"
    r"|Movement|Alliance|Coalition|Brigades?|Group)\b"
)
