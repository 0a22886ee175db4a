"""Tense cues: does a date mention point back (past) or forward (future)?

"was held on July 28" looks back, "will meet on July 28" forward.  The cue that decides is the
nearest one in the mention's own clause (commas, semicolons and quotes bound a clause), else the
nearest in the sentence; a cue before the mention counts as nearer than one as far after it.
With no cue the direction is unknown and the resolver takes the nearest date.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from .asciimode import compile_ascii
from .lexicon import MODALS, MONTH_RE, WEEKDAY_RE, WEEKDAYS, trie_source

#: Future cues: phrases and single words (read in one trie with the other cues, see
#: ``_CUE_BODY``).  A timetable in the present looks forward too ("the summit begins on Tuesday",
#: "takes effect Monday", "the elections are on May 3"); so do a deadline ("due on April 3"; "due
#: to rain" is no cue, see ``_cues``) and what is put off, which has not happened yet ("the
#: meeting on March 19 was postponed").
_BE: Final = "is are was were been".split()
#: A timetable's verbs in the present: "the summit opens on Tuesday" ...
_TIMETABLE_VERBS: Final = (
    "begins starts opens resumes reopens expires convenes reconvenes meets votes ends applies closes runs lasts"
    # what a company, an agency or a witness does on a day set: "The company, which reports
    # earnings on Thursday", "The agency releases its figures on Friday"
    " reports releases publishes unveils testifies"
    # ... or holds, launches or puts on: "The company holds its annual meeting on Wednesday",
    # "The show premieres on Sunday"
    " holds launches debuts premieres airs"
    # ... or comes into an office on a day set, or leaves one: "His son Naruhito becomes emperor
    # on Wednesday", "Roger Smith, who retires in August"
    " becomes retires"
).split()
#: A journey on the timetable, in the present: "The president travels to Paris on Monday", "The team
#: flies to Madrid on Friday", "The pope visits Iraq next week" (the phrases, where the verb alone
#: is often a noun: "heads of state", "tax returns"; "visits" and "tours" are looked at as nouns
#: too, see ``_ALSO_NOUNS``).
_TRAVEL: Final = (
    *(f"{verb} {where}" for verb in ("travels", "flies", "heads", "sails") for where in ("to", "for")),
    *"heads home|flies home|flies in|flies out|sets off|sets sail|departs for|departs from".split("|"),
    *"arrives in|arrives at|returns to|returns home|visits|tours".split("|"),
)
#: ... and in the plural present, also the base form after another verb ("did not open").
_BASE_FORM: Final = frozenset(
    "begin start open resume reopen expire convene reconvene meet apply close end vote"
    # ... and a fixture's verbs: "won the right to host the Games in 2001" (the verb before tells)
    " host play face".split()
)
#: Before "vote", a plural subject, which makes it a verb of a timetable: "Germans vote on Sunday",
#: "Members vote next week" (not "a snap vote on Sunday", "the party's vote").
_PLURAL_SUBJECT_BEFORE: Final = compile_ascii(
    r"\b(?:they|we|you|(?!(?:is|was|has|its|this|thus|his|hers|us|as|plus|yes|less|unless|news|series)\s)"
    r"[a-z]+[a-rt-z]s)\s+$"
)
#: A fixture's verbs: "Arsenal face PSV on Tuesday night", "Liverpool, who play Southampton on Sunday".
_FIXTURE_VERBS: Final = "face faces play plays host hosts".split()
#: What something was moved to, still to come: "postponed until Sep 6", "delayed to 2027".
_MOVED_TO_WORDS: Final = frozenset(
    f"{what} {to}"
    for what in ("postponed", "delayed", "rescheduled", "pushed back", "put off", "brought forward", "adjourned", "deferred")
    for to in "to until till for".split()
)
_FUTURE_WORDS: Final = [
    *"won't|wo n't|'ll|going to|is to|are to|was to|were to|is due|due|expected on|scheduled for|set for|slated for"
    "|plan to|plans to|planning to|planned to|planned for|intend to|intends to|hope to|hopes to"
    # what one means to do, or not: "has no intention of tapping its bank lines for much of 1990"
    "|intention of|intention to|intentions of|intentions to"
    # ... or is on course for: "remained on course for a surplus by the end of the decade"
    "|on course for|on course to|on track for|on track to"
    "|hoped to|hoping to"
    "|targeting|targetting|aiming for|aims for|aim for"
    "|aim to|aims to|take effect|takes effect|kick off|kicks off|is on|are on"
    # an office taken or left on a day set: "before Trump takes office on Jan. 20"
    "|take office|takes office|assume office|assumes office|leave office|leaves office"
    "|come into force|comes into force|enter into force|enters into force|come into effect"
    "|comes into effect|go into effect|goes into effect"
    # what comes next on a fixture list or an agenda: "Next up for City is the FA Cup final on Saturday"
    "|next up|up next"
    # a launch on the timetable: "Tickets go on sale on Monday", "The site goes live on June 1"
    "|go on sale|goes on sale|go live|goes live|go on display|goes on display|go on trial|goes on trial"
    "|hit shelves|hits shelves|hit stores|hits stores|hit theaters|hits theaters|hit cinemas|hits cinemas"
    "|set to|poised to|slated to|expected to|scheduled to"
    "|forecast for|forecast to|predicted for|predicted to|is forecast|are forecast"
    # a forecast's outlook: "Outlook for Saturday to Monday: Unsettled"
    "|outlook for"
    "|not expected|n't expected|not due|not scheduled"
    # what is expected by a day is still to come: "a ruling expected by the end of June"
    "|expected by|expected before|expected within"
    # ... and what one said one expected: "said it expected an envoy in Moscow by Thursday"
    "|it expected|they expected|he expected|she expected|we expected"
    # ... and what is expected in a month or at a time: "the election, expected in April and May",
    # or when something comes: "winds of 100mph expected when the storm arrives on Friday"
    "|expected in|expected at|expected around|expected later|expected next|expected when|expected once"
    # what has been called for is still to come: "have called for demonstrations on Wednesday"
    "|has called for|have called for|'ve called for|'s called for"
    # what looms or draws near is still to come: "the Jan. 1 deadline looms"
    "|looms|looming|nears|nearing|approaches|approaching|draws near|fast approaching"
    # ... and so does a debt or a contract that matures or runs out: "a Eurobond maturing in February"
    "|maturing|matures|expiring"
    # ... and a payment declared, due on its day: "approved a dividend payable on Dec. 15"
    "|payable".split("|"),
    *(f"{be} {what} to" for be in _BE for what in "due set expected scheduled slated".split()),
    *"is expected|are expected|'s expected|is likely|are likely".split("|"),
    # time sought until a day is time still to come then: "had sought time until the end of the year"
    *(
        f"{ask} {more}time {until}"
        for ask in ("sought", "seek", "seeks", "seeking", "asked for", "requested", "wanted")
        for more in ("", "more ", "extra ")
        for until in ("until", "till")
    ),
    # ... and what is likelier then than another time or thing: "a wider launch is more likely in 2027"
    *(f"{be} {than} likely" for be in ("is", "are", "'s") for than in ("more", "less", "most")),
    # ... and what was likely then, in reported speech: "said inflation was likely to rise", "a
    # December cut was likely" (not "was likely carried out": see ``_LIKELY_THEN``)
    *(f"{be} {likely} to" for be in _BE for likely in ("likely", "unlikely")),
    *"was likely|were likely|was unlikely|were unlikely".split("|"),
    # what is planned in the present is still to come: "Strikes are planned from Monday"
    *"is planned|are planned|'s planned|is being planned|are being planned".split("|"),
    *(
        f"{be} {what}"
        for be in [*_BE, "be"]
        for what in ("postponed", "rescheduled", "pushed back", "put off")
    ),
    *sorted(_MOVED_TO_WORDS),
    # a court's day set: "listed the matter for hearing on January 12", "posted for a hearing on",
    # "the next date of hearing, which it fixed for April 22", "The matter is listed for May 2"
    "for hearing",
    "for a hearing",
    *(
        f"{set_} {it}for"
        for set_ in ("fixed", "listed", "posted")
        for it in ("", "it ", "them ", "the matter ", "the case ", "the petition ", "the plea ", "the hearing ")
    ),
    *"will shall would should could upcoming coming expect expects scheduled might may must".split(),
    # what one may not do is still to come: "Macron cannot run again in 2027" (see ``_CANNOT_NOW``)
    *"cannot|can't|can’t|can not".split("|"),
    # what is wanted is still to come: "which want the new rules to apply from 1 January"
    "want",
    "wants",
    # ... and a day moved earlier was, and may still be, ahead: "brought forward from September"
    *(f"{what} from" for what in ("brought forward", "moved up", "moved forward")),
    "ahead of",  # "piling pressure on her ahead of her spring statement in March"
    # what something opens the way to is still to come: "lost a confidence vote on Monday,
    # paving the way for an early election on Feb. 23"
    *(
        f"{verb} the {way} for"
        for verb in ("paving", "paves", "clearing", "clears")
        for way in ("way", "path")
    ),
    *(f"{verb} the stage for" for verb in ("setting", "sets")),
    # ... and what something sets up: "agreed on Thursday to hear the case, setting up a ruling by June"
    "setting up",
    *_TIMETABLE_VERBS,
    # ... and of more than one: "the old rules expire on Dec. 31" (see ``_BASE_FORM``)
    *sorted(_BASE_FORM),
    *_FIXTURE_VERBS,
    *_TRAVEL,
    # ... and a birthday or an anniversary: "The singer, who turns 40 on Saturday", "the club
    # celebrates its 150th anniversary in May" (see ``_AN_AGE``)
    "turns",
    "celebrates",
    # ... and an election: "Voters go to the polls on Nov. 5"
    *(f"{go} to the polls" for go in "go goes head heads".split()),
]
#: The future cues that are verbs in the present, looking ahead as a timetable does in news
#: ("Talks open in July"): in a history's present they tell what happened ("1951 - Talks open in
#: July"), no time to come (see ``looks_ahead``).
_TIMETABLE_PRESENT: Final = frozenset(
    cue
    for cue in _FUTURE_WORDS
    if cue.split()[0]
    in {
        *_TIMETABLE_VERBS,
        *_BASE_FORM,
        *_FIXTURE_VERBS,
        *(cue.split()[0] for cue in _TRAVEL),
        *"turns celebrates take takes kick kicks come comes enter enters go goes hit hits head heads".split(),
        *"is are looms nears approaches draws".split(),
    }
    and (not cue.endswith(" to") or cue in _TRAVEL)  # "is to", "is due to", "are set to": still to come
    # what is expected, planned or put off looks ahead from the story's time too
    and cue.split()[-1] not in ("expected", "likely", "planned", "postponed", "rescheduled")
    and not cue.endswith(("pushed back", "put off"))
    and cue not in ("is due", "is forecast", "are forecast")
)
#: "due to" a cause ("due to rain", "due to a lack of staff"), not to a verb of a timetable ("a
#: deal due to close in October", "due to report results on Friday", "due to be sentenced").
_DUE_TO: Final = compile_ascii(
    r"\s+to\s+(?!(?:be|close|complete|open|reopen|start|begin|end|expire|arrive|meet|vote|report|hold"
    r"|take|launch|finish|return|appear|testify|face|resume|decide|rule|announce|publish|release|sign"
    r"|visit|leave|retire|step|land|deliver|run|sit|go|come|enter|receive|hear|pay|play|travel|stand)\b)"
)
#: After "was to": what a plan was ("Clinton, who was to visit the area Wednesday": still to come
#: from the story's day), unless it is blame.
_TO_BLAME: Final = compile_ascii(r"\s+(?:blame|be\s+blamed)\b")
#: An office taken or left (``_FUTURE_WORDS``) in the base form after "did not": no timetable.
_OFFICE: Final = frozenset({"take office", "assume office", "leave office"})
_NOT_DONE_BEFORE: Final = compile_ascii(r"\b(?:did|does|do|not|n't|never)\s+$")
#: A past auxiliary right before "want": "did not want to leave in March" looks back.
_DID_BEFORE: Final = compile_ascii(r"\bdid(?:\s+not|n['’]t)?\s+$")
#: "could not", "couldn't": what was not possible, mostly told of the past; and the same of
#: news gathering ("could be reached", "could be located Wednesday").
_COULD_NOT: Final = compile_ascii(
    # (not a hedge on what may come: "action in December could not be ruled out")
    r"(?:(?:\s+not\b|n['’]t\b)(?!\s+be\s+(?:ruled\s+out|excluded)\b)"
    r"|\s+(?:also\s+)?be\s+(?:reached|located|found|contacted|confirmed|determined"
    r"|verified|identified|seen)\b)"
)
#: After "cannot": what is not possible now, which tells no time to come ("cannot be reached",
#: "can't remember what happened in March", "cannot say when").
_CANNOT_NOW: Final = compile_ascii(
    r"\s+(?:also\s+)?(?:be\s+(?:reached|located|found|contacted|confirmed|determined|verified|identified|seen)"
    r"|remember|recall|say|tell|explain|understand|believe|imagine|know|see)\b"
)
#: Before a weekday, what starts on it, told beside a past: "unveiled the phone on Monday, with
#: pre-orders starting Friday" (the Friday to come), also from an hour of it: "suspended travel
#: for 30 days, starting at midnight on Friday".
_STARTING_ON: Final = compile_ascii(
    r"\b(?:starting|beginning)\s+"
    r"(?:(?:at|from)\s+(?:midnight|noon|\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m)?)\s+(?:\w+\s+)?)?"
    r"(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)


def starts_on(text: str, start: int) -> bool:
    """Whether what the day at ``start`` is told of starts on it ("with pre-orders starting |Friday")."""
    return _STARTING_ON.search(text, max(0, start - 48), start) is not None
#: After "was likely": the end of its clause, or when or by what it was likely.
_LIKELY_THEN: Final = compile_ascii(
    r"\s*(?:[.,;:!?)\"”]|$|(?:in|by|before|after|soon|next|this|at|on|within|until)\b)"
)
#: After a cue ending in "to": a figure, the noun's ("cut its growth forecast to 0.3%").
_FIGURE_AFTER: Final = compile_ascii(r"\s*[-$€£¥]?\d")
#: Around a participle's phrase set off by a comma: "..., followed by the Italian Grand Prix".
_BY_AFTER: Final = compile_ascii(r"\s+by\b")
#: ... also after the day it comes on, for what follows or goes before in a sequence: "..., followed
#: on Tuesday by the ZEW survey".
_DAY_THEN_BY_AFTER: Final = compile_ascii(r"\s+(?:on|in|at)\s+[a-z0-9.]+(?:\s+[a-z0-9.]+)?\s+by\b")
_IN_SEQUENCE: Final = frozenset({"followed", "preceded"})
_COMMA_BEFORE: Final = compile_ascii(r",\s*$")
#: ... but a deed done by someone, set off so, was done before what the sentence tells of it:
#: "The deal, announced by President Joe Biden on Tuesday, calls for a 60-day truce".
_DONE_BY: Final = frozenset(
    "announced unveiled signed approved brokered passed issued released published proposed"
    " introduced ordered imposed launched adopted negotiated filed submitted presented declared"
    " enacted ratified endorsed finalized finalised sealed mediated agreed struck reached drafted".split()
)
#: After "turns" or "celebrates": an age, or an anniversary ("its 150th anniversary").
_AN_AGE: Final = compile_ascii(r"\s+(?:\d{1,3}\b|(?:its|his|her|their|our|the)\s+\d{1,3}(?:st|nd|rd|th)\b)")
_AS_EXPECTED: Final = compile_ascii(r"\bas\s+$")
#: ... and what ends the comparison after "as" and a participle: "as planned", "as planned, Kishida
#: said", "as agreed last year" (not "as reported by", whose verb is a clause's).
_AS_DONE: Final = compile_ascii(r"\s*(?:[,.;:!?)\"”]|$|and\b|but\b)")
#: What a capitalised word may follow and still be no name: the start of a quote or of a clause
#: after a colon ("He asked: Will it last?").
_OPENS_AFTER: Final = compile_ascii(r"[\"“‘'(:—–-]\s*$")
#: A comparison with what was thought or expected tells no time: "fewer cuts in 2024 than
#: previously thought", "a bigger loss than analysts had expected".
_THAN_THOUGHT: Final = frozenset(
    "thought expected forecast estimated anticipated feared predicted projected believed hoped assumed".split()
)
_THAN_BEFORE: Final = compile_ascii(
    r"\bthan\s+(?:(?:previously|earlier|initially|originally|first|once|had|been|was|were|many|most"
    r"|some|analysts|economists|investors|officials|they|it|we|he|she)\s+){0,3}$"
)
#: A phrase set off by a comma, of an event the clause before it comes after, up to its date:
#: ", after a cut in |August", ", weeks after the election in |May".
_AFTER_AN_EVENT_IN: Final = compile_ascii(
    r",[^\S\n]+(?:(?:just|shortly|soon|days|weeks|months|a[^\S\n]+(?:day|week|month))[^\S\n]+)?after[^\S\n]+"
    r"(?:a|an|the|its|their|his|her)[^\S\n]+(?:[\w'’-]+[^\S\n]+){1,3}?(?:in|on)[^\S\n]+$",
    re.IGNORECASE,
)
#: ... or that the news follows, up to its date: "The sale, expected to close by the end of the
#: year, follows the sale of the Foley's chain in |May".
_FOLLOWS_AN_EVENT_IN: Final = compile_ascii(
    r"\b(?:follows|comes[^\S\n]+after)[^\S\n]+(?:a|an|the|its|their|his|her)[^\S\n]+[^,;:.!?()\"“”\n]{0,60}?"
    r"\b(?:in|on)[^\S\n]+$",
    re.IGNORECASE,
)
#: What a state comes after, up to its date: "has been banned for four years after testing
#: positive in a test in |October", "after a positive test in |October" (not "until after").
_AFTER_A_DEED_IN: Final = compile_ascii(
    r"(?<!until\s)(?<!till\s)\bafter[^\S\n]+(?:[a-z]{2,}ing\b|(?:a|an|its|his|her|their)[^\S\n])"
    r"[^,;:.!?()\"“”\n]{0,80}?\b(?:in|on)[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE,
)
#: Right before a date: what came before it, or will come after it ("before Christmas").
_SIDE_WORD_BEFORE: Final = compile_ascii(r"\b(before|after)[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
#: A passive's auxiliary before "warned": "He was warned of the risks on Friday".
_BEEN_BEFORE: Final = compile_ascii(r"\b(?:was|were|been|being|is|are|be)[^\S\n]+$", re.IGNORECASE)
#: Between "warned" and the date of what it warned of: "warned| of more disruption on |Monday".
_WARNED_OF_THEN: Final = compile_ascii(
    r"[^\S\n]+(?:of|about)[^\S\n]+[^,;:.!?()]{1,60}?[^\S\n]+(?:on|from|by|until|over|through)[^\S\n]+"
    r"(?:the[^\S\n]+)?",
    re.IGNORECASE,
)


#: "a year ahead of schedule", "ahead of expectations": a comparison, not an event to come.
_AHEAD_OF_WHAT: Final = compile_ascii(r"\s+(?:schedule|time|expectations?|forecasts?|estimates?|targets?)\b")
#: Past tenses the -ed pattern misses: irregular ones ("hit" and "beat" also serve as the base
#: form, see ``_SAME_AS_BASE``), and regular ones too short for it ("died", "fled").
_IRREGULAR_PAST: Final = (
    "was were had did said met held began came went took told saw made gave left won lost fell "
    "rose sent spoke wrote brought found kept led paid ran sold stood struck thought broke chose "
    "drove flew fought grew knew laid became hit killed announced ended bought sought caught taught "
    "built spent lent felt heard meant shot threw drew got forgot hid swore tore understood withdrew "
    "upheld overtook arose blew dealt dug froze hung rode rang sang sank shook slept stuck swept swung "
    "beat died fled lied cut shut quit shrank sprang slid leapt knelt crept wept clung stung strove swam "
    "drank ate forbade foresaw oversaw outgrew outran overran underwent rebuilt retook rewrote overthrew "
    "withheld withstood mistook forgave overcame burst spread hurt"
    # participles unlike their past tense: "up from a forecast given in July", "a loan taken out
    # in March" (after "be", "been" and the like a passive's, see ``_NOT_FINITE``)
    " given taken written shown chosen seen spoken driven drawn thrown fallen risen grown flown hidden"
    " frozen stolen broken beaten forgotten undertaken withdrawn sworn begun"
).split()
#: A past tense, for a pattern of another module that must stop at a verb: in -ed, or irregular.
PAST_VERB_SOURCE: Final = rf"[a-z]+ed|{trie_source(_IRREGULAR_PAST)}"
_NOT_PAST: Final = frozenset(
    "need needed indeed speed united hundred based proceed exceed succeed feed seed breed bed red "
    "shed embed embedded".split()
    # adjectives, never a verb's past tense: "new markets untouched by the crisis"
    + "unexpected unnamed unidentified unprecedented unchanged unspecified unemployed unarmed "
    "unopposed unaffected untouched unconfirmed undisclosed unsolved undecided unresolved unrelated "
    "unscheduled unsigned unlimited unregulated unvaccinated unmanned unwanted uninsured unexploded unsettled "
    "undocumented unauthorized unauthorised unprovoked unnoticed unharmed unhurt so-called".split()
)
#: What follows "compared" where it compares, no verb of its own.
_WITH_OR_TO: Final = compile_ascii(r"\s+(?:with|to)\b")
#: A perfect participle's clause looks back: "due in court on Friday, having been charged on
#: Tuesday" (the passive's participle after "been" is no past tense of its own).
_HAVING: Final = ("having been",)
#: A modal with "have" looks back: "may have been responsible", "would have won".
_MODAL_PERFECT: Final = [
    f"{modal}{not_} have" for modal in "may might could would should must".split() for not_ in ("", " not")
]
#: What makes a modal and "have" a perfect: a participle after them, perhaps after an adverb ("may
#: have already left"); not "have" the verb ("would have access to their funds by Monday").
_PARTICIPLE_AFTER_HAVE: Final = compile_ascii(
    r"\s+(?:(?:not|never|already|also|probably|likely|even|just|surely|certainly|only|all|both)\s+)*"
    # (not a word in -en that is none: "would have seven days to appeal", "would have children")
    r"(?!(?:seven|eleven|even|often|children|women|men|citizens?|open|screens?|kitchens?|gardens?)\b)"
    rf"(?:been|gotten|come|become|run|done|gone|{trie_source(_IRREGULAR_PAST)}|[a-z]+(?:ed|en|wn))\b",
    re.IGNORECASE,
)
#: Each cue phrase or word of the future or of a modal with "have", with which it is.
_TENSE_OF: Final = {**{cue: "future" for cue in _FUTURE_WORDS}, **{cue: "perfect" for cue in _MODAL_PERFECT}}
#: Every cue word and phrase in one trie, tried at a word before a past tense in -ed: one test of
#: the first letter for all of them.  ``_cue_tense`` tells which kind a match is.
_CUE_BODY: Final = (
    rf"(?P<cue>{trie_source([*_MODAL_PERFECT, *_FUTURE_WORDS, 'since', *_HAVING, *_IRREGULAR_PAST])}"
    r"|\w{3,}ed)\b"
).replace(r"\ ", r"\s+")
_CUE_SOURCE: Final = rf"\b{_CUE_BODY}"
#: Run over the lower-cased sentence: without IGNORECASE the engine skips an alternative on its
#: first letter, which makes this four times faster than the same pattern ignoring case.
_CUE: Final = compile_ascii(_CUE_SOURCE)
#: The same cues after the character before them, which the engine skips to (a class of
#: characters), instead of trying a word boundary at every letter: as fast again.  It finds what
#: ``_CUE`` finds, but at the text's start and for the cues that begin with an apostrophe
#: ("'ll", "'s expected"), which ``_cue_matches`` leaves to ``_CUE``.
_CUE_AFTER: Final = compile_ascii(rf"\W{_CUE_BODY}")
#: For the rare sentence whose lower-casing changes its length (offsets would not line up).
_CUE_ANY_CASE: Final = compile_ascii(_CUE_SOURCE, re.IGNORECASE)
#: Clause breaks: punctuation (a character class the regex engine skips to), and a dash between
#: spaces, looked for only in a sentence that has a dash.
#: A comma between digits parts thousands, not clauses: "bought 3,500 shares on Friday".
_CLAUSE_PUNCTUATION: Final = compile_ascii(r"[,;:()\"“”](?:(?<!\d,)|(?!\d))")
_CLAUSE_DASH: Final = compile_ascii(r"\s[-–—]+\s")
_NOT_FINITE: Final = compile_ascii(
    r"\b(?:be|been|being|is|are|a|an|the|its|their|his|her|our|newly"
    # a participle after a verb that links it: "classes will stay suspended until Wednesday"
    r"|stay|stays|remain|remains|become|becomes|seem|seems|get|gets"
    # ... or its participle: "Remaining unsettled on Sunday", a forecast's
    r"|staying|remaining|becoming|seeming|getting"
    # a preposition: no past tense follows it, an adjective does ("reopen with reduced hours")
    r"|with|of|for|from|into|under|by|at|on|in"
    # a degree before an adjective: "plan to retrieve more melted fuel"
    r"|more|less)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
#: The words of ``_NOT_FINITE``, which ``_not_finite`` looks up as a regular expression
#: searching 24 characters would find them, at about half the cost (it runs for every past tense).
_NOT_FINITE_WORDS: Final = frozenset(
    "be been being is are a an the its their his her our newly"
    " stay stays remain remains become becomes seem seems get gets"
    " staying remaining becoming seeming getting"
    " with of for from into under by at on in more less".split()
)
_ASCII_WORD: Final = frozenset(string.ascii_letters + string.digits + "_")
_ASCII_LOWER: Final = frozenset(string.ascii_lowercase)


def _word_before(lower: str, end: int, lo: int) -> tuple[str | None, int]:
    """The whole word of ASCII word characters before ``end`` with white space between (as
    ``\\b...\\s+`` reads it, from ``lo`` on), and where it starts; None where there is none."""
    j = end
    while j > lo and lower[j - 1].isspace():  # (``\\s`` reads white space as Unicode has it)
        j -= 1
    if j == end:
        return None, j
    k = j
    while k > lo and lower[k - 1] in _ASCII_WORD:
        k -= 1
    if k == j or (k > 0 and lower[k - 1] in _ASCII_WORD):
        return None, k
    return lower[k:j], k


def _not_finite(lower: str, start: int) -> bool:
    """What ``_NOT_FINITE.search(sentence, start - 24, start)`` tells, in a lower-cased sentence:
    a word of ``_NOT_FINITE_WORDS`` right before ``start``, or before an adverb in -ly there."""
    lo = max(0, start - 24)
    word, k = _word_before(lower, start, lo)
    if word is None:
        return False
    if word in _NOT_FINITE_WORDS:
        return True
    if len(word) > 2 and word.endswith("ly") and _ASCII_LOWER.issuperset(word) and lower[k - 1 : k].isspace():
        return _word_before(lower, k, lo)[0] in _NOT_FINITE_WORDS
    return False


#: The future perfect before a participle: "will have recovered", "won't have finished".
_FUTURE_PERFECT: Final = compile_ascii(r"\b(?:will|shall|'ll|won't|will\s+not)\s+have\s+$")
#: A modal and a verb after it, before a word in -ed: "will publish updated guidance", "could face
#: reduced demand", where the word is an adjective (not "will have recovered", the future perfect);
#: so too after a verb's infinitive: "plans to release revised figures", "is set to unveil expanded
#: measures" (not "according to reports released on Monday": the word before "to" is a verb's).
_MODAL_AND_VERB: Final = compile_ascii(
    r"\b(?:will|would|shall|should|can|could|may|might|must|'ll"
    r"|(?:plans?|planned|planning|set|expected|due|going|aims?|aimed|aiming|hopes?|hoped|hoping|intends?"
    r"|intended|poised|slated|scheduled|likely|unlikely|about|ready|prepared|preparing|seeks?|seeking"
    r"|wants?|wanted|vowed|vows|promised|promises|pledged|pledges|agreed|agrees|decided|decides|voted"
    r"|votes|threatened|threatens|needs?|needed|able|trying|tries|tried|refused|declined|failed|urged"
    r"|asked|called|moved|began|begins|continues?|continued|proposed|proposes)\s+to)"
    r"\s+(?!have\s|be\s|been\s)[a-z]+\s+$"
)
#: What makes "may" before a verb the month: "opened in May and closed in December".
_MONTH_MAY_BEFORE: Final = compile_ascii(r"\b(?:in|of|since|until|till|by|from|early|late|mid-?|last|next|this)\s*$")
#: The prefixes a verb is written with after a hyphen: "re-elected", "co-founded".
_PREFIXES: Final = frozenset("re co pre un de non over under out mis dis cross".split())


def _word_before_hyphen(lower: str, hyphen_end: int) -> str:
    """The letters just before the hyphen that ends at ``hyphen_end``."""
    k = hyphen_end - 1
    while k > 0 and lower[k - 1].isalpha():
        k -= 1
    return lower[k : hyphen_end - 1]


#: What stands between a cue of the future and a word in -ed that is an adjective after it: only
#: white space ("unveils updated models"), or a verb's infinitive ("meets to discuss detailed
#: plans"), or after a cue ending in "to", the verb ("expected to issue updated forecasts").
_AFTER_FUTURE_VERB: Final = compile_ascii(r"\s+(?:(to\s+)?([a-z]+)\s+)?")
#: The tense of a cue that takes no side (see ``_PLUPERFECT``): the nearest such date.
_NO_SIDE: Final = "none"
#: Before a cue of the future, the past perfect ("had been due to", "had planned to") or a plan
#: given up ("originally planned for March"): what was to come then.
_PLUPERFECT: Final = compile_ascii(
    r"\b(?:(?:had|'d)(?:\s+not|n't)?\s+(?:been\s+)?|(?:originally|initially|previously)\s+)$", re.IGNORECASE
)
_AFTER_WEIGHT: Final = 1.5
#: A cue after "and" or "but" after the mention is the verb of the next coordinated clause, not
#: of the date's: "The law took effect on Jan. 1 and will be reviewed in three years"; after
#: "that", "which" or "who", of a relative or reported clause: "signed a contract on Thursday
#: that will keep him at the club"; after "after", "because", "when" and the like, of a
#: subordinate clause: "will choose a president on Tuesday after a campaign upended in July",
#: "would weaken by Wednesday as it moved into Tennessee" ("as" with a subject after it).
_COORDINATED: Final = compile_ascii(
    r"\s(?:and|but|that|which|who|after|before|since|because|until|while|when|although|though)\s"
    r"|\sas\s+(?=(?:it|he|she|they|we|the)\s)",
    re.IGNORECASE,
)
#: Past tenses spelt as their base form, and what shows the base form before them.
_SAME_AS_BASE: Final = frozenset({"hit", "beat", "cut", "shut", "quit", "burst", "spread", "hurt"})
_BASE_BEFORE: Final = compile_ascii(
    r"\b(?:will|would|could|should|can|may|might|must|to|not|n't|did|does|do|get|gets|getting|got)\s+$",
    re.IGNORECASE,
)
#: ... and before these, one of those words is a noun: "expect a first cut in June", "one more cut", "a
#: quarter-point cut", "its deepest cut", "the rate cut in June" (not "the company cut", nor "the Fed
#: last cut rates in December", where "last" is an adverb: an ordinal only after a determiner).
_NOUN_BEFORE_SAME_AS_BASE: Final = compile_ascii(
    r"(?:\b(?:a|an|another|any|no|the|its|their|his|her|our|this|that|each|every)\s+"
    r"(?:first|second|third|fourth|next|last|latest|previous|further|initial|deep|deeper|deepest|big|bigger"
    r"|biggest|small|steep|sharp|surprise|emergency|[a-z]+-(?:point|percent|basis-point|percentage-point))"
    r"|\b(?:a|an|another|any|no|one)(?:\s+[a-z]+(?:-[a-z]+)*)?"
    r"|\b(?:rate|tax|price|budget|spending|job|pay|wage|salary|fare|tariff|output|production))\s+$",
    re.IGNORECASE,
)
_DEADLINE: Final = compile_ascii(
    r"\b(?:until|till|by|through|before|deadline\s+(?:is|of))\s+$", re.IGNORECASE
)
#: ... also when the date closes what the deadline names ("has until the end of the fiscal year
#: on Tuesday") or follows its hour ("has until midnight on Sunday"); and a condition in the
#: present looks ahead ("If funding lapses at 12:01 a.m. Wednesday, ...").
_DEADLINE_OF: Final = compile_ascii(
    r"\b(?:until|till)\s+(?:the\s+[^.;:!?,]{0,48}\b(?:on|at)|"
    # ... or a time of that day: "has until midnight on Sunday", "until 5 p.m. Friday"
    r"(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|o'clock)?)(?:\s+[A-Z]{2,4}|\s+local\s+time)?(?:\s+on)?)\s+$",
    re.IGNORECASE,
)
_UNTIL_RIGHT_BEFORE: Final = compile_ascii(r"\b(?:until|till)\s+$", re.IGNORECASE)
_CONDITION: Final = compile_ascii(r"\s*[\"“‘']?\s*if\b", re.IGNORECASE)
#: A clause of what may happen, whose tense the cue outside it does not tell: "but the country
#: could lose that status if the outbreak goes on until January 2026".
_MAY_HAPPEN: Final = compile_ascii(r"\b(?:could|would|might|may|if|unless)\b")
#: What is put off, or given more time, until a date has not happened yet, whatever the tense of
#: the putting off: "A judge on Friday postponed the sentencing until Jan. 22", "gave prosecutors
#: until Dec. 5 to respond", "extended the deadline to March 1", "extended the loans
#: through January", "was remanded in custody until Sept. 1", "released on bail until July 8",
#: "suspended the reform until after the 2027 election", "imposed a curfew through Saturday".
#: An hour of the day a span lasts until, before its day: "until sunset on Tuesday".
_UNTIL_HOUR_ON: Final = r"(?:\s+(?:sunset|sundown|dusk|dawn|midnight|noon)\s+on)?"
_DEFERRED: Final = compile_ascii(
    r"\b(?:(?:postpone|delay|adjourn|defer|extend|reschedul|remand|bail|suspen|freez|froze|paus|impos"
    r"|push\w*\s+back|put\s+off|(?:put|placed|kept|held)\s+on\s+hold|gave|give|grant)\w*"
    # (an hour's "a.m." or "p.m." ends no sentence: "imposed a curfew from 6 p.m. to 6 a.m. through")
    # ... or until an hour of it: "until sunset on Tuesday"
    r"\b(?:[ap]\.m\.|[^.;:!?]){0,80}?\b(?:(?:until|till)(?:\s+at\s+least)?(?:\s+after(?:\s+the)?)?" + _UNTIL_HOUR_ON + r"|to|through)"
    # ... what was closed or ordered until a day, not to one ("closed the road to traffic"):
    # "closed its embassies through the weekend", "shut schools until Monday", "ordered flags
    # lowered through Sunday" (not a state told in the past:
    # "The museum was closed until June")
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!remained\s)(?<!stayed\s)(?:clos|shut|order)\w*\b(?:[ap]\.m\.|[^.;:!?]){0,80}?\b(?:until|till|through)" + _UNTIL_HOUR_ON + r")\s+$",
    re.IGNORECASE,
)
#: What is to be done by a day, or is to run until one, has not been done yet: "a program to pay
#: down the loan by February", "the program to run through June".  The word after "to" must not
#: start a noun phrase ("rose to record levels by March", "fell to the lowest since July", "power
#: returned to most of the country by Tuesday"), nor follow a word that makes "to" a preposition
#: ("looked close to agreement by mid-summer", "next to", "due to", "according to").
_PURPOSE_BY: Final = compile_ascii(
    r"(?<!close\s)(?<!closer\s)(?<!near\s)(?<!nearer\s)(?<!next\s)(?<!due\s)(?<!owing\s)(?<!according\s)"
    r"(?<!compared\s)(?<!similar\s)(?<!prior\s)(?<!thanks\s)(?<!up\s)"
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|record|date|some|about|"
    r"around|nearly|almost|more|less|over|under|near|just|only|most|much|many|all|each|every|several|both"
    r"|half|parts?)\b)[a-z]+\b"
    r"[^.;:!?,]{0,80}?\b(?:by|through|until|till)\s+$"
)
#: What may last until a day or be done by it is still to come: "Diplomats said that could take
#: until 2027", "a deal may be reached by March", "could run out of cash by the end of the first
#: quarter" (not "could not leave until Friday").
_MAY_LAST_UNTIL: Final = compile_ascii(
    r"\b(?:could|may|might|should|can)\s+(?!not\b)[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:until|till|through|by)\s+$",
    re.IGNORECASE,
)
#: What was to be done by a day, and was not: "Countries were supposed to submit plans by February".
_SUPPOSED_TO: Final = compile_ascii(
    r"\b(?:was|were)\s+(?:supposed|meant)\s+to\b[^.;:!?,]{0,80}?\b(?:by|until|till)\s+$", re.IGNORECASE
)
#: The infinitive of what someone was urged, asked or ordered to do, or expected something to do,
#: up to its date: "urged voters to elect lawmakers in the |November midterm elections", "asked
#: residents to stay indoors on |Tuesday", "Forecasters expected it to weaken over |the weekend"
#: (not a passive's "to be" or a perfect's "to have").
_URGED_TO: Final = compile_ascii(
    r"\b(?:urged|called\s+on|called\s+upon|asked|ordered|told|instructed|pressed|encouraged|invited"
    r"|advised|appealed\s+to|implored|begged|expected|predicted|forecast)"
    # (its object, no clause of its own: not "forecast it would rise to around 2.75% in 2025")
    r"\s+(?:(?!(?:would|will|could|might|may|should|can|is|are|was|were|has|had)\b)[\w'’.-]+\s+){1,5}?"
    r"to\s+(?!(?:be|have)\b)[a-z]+\b[^.;:!?()\"“”]{0,80}$",
    re.IGNORECASE,
)
#: What is asked for, ordered or demanded by a day is still to come when it is asked: "the court
#: had asked for a status report by the second week of January" (asked in October).
_ASKED_BY: Final = compile_ascii(
    r"\b(?:ask|call|press|seek|sought|demand|request|order|direct|instruct|urge)\w*\s+"
    r"(?:[^.;:!?,]{0,80}?\s)?by\s+$",
    re.IGNORECASE,
)
#: What is ordered, in the subjunctive, is still to come: "The court directed that no coercive
#: steps be taken during the summer vacation", "ordered that the homes not be demolished before
#: June" (the verb of an order, "that", a few words, then "be" with its participle).
_ORDERED_THAT: Final = compile_ascii(
    r"\b(?:direct|order|rule|demand|insist|require|recommend|request|urge|decree|stipulate)(?:ed|s)?"
    r"\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:not\s+)?be\s+[a-z]+(?:ed|en|wn|ut|ld)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
#: The end of a period a figure covers ("the three months to November", "the year to March",
#: "the week ending Jan. 14"), and the words that make the figure a forecast.
_PERIOD_TO: Final = compile_ascii(
    r"\b(?:months|weeks|year|quarter|half|half-year|period|week)\s+(?:to|ending|through)\s+$",
    re.IGNORECASE,
)
_PERIOD_ENDS: Final = ("to", "ending", "through")
#: ... but not a span something is moved by: "The deadline was extended by two weeks to Aug. 31".
_BY_A_SPAN_TO: Final = compile_ascii(
    r"\bby\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:days|weeks|months|years|week|month|year|quarter)\s+to\s+$",
    re.IGNORECASE,
)
_FORECAST: Final = compile_ascii(
    r"\b(?:forecasts?|expect(?:s|ed)?|project(?:s|ed|ions?)|predict(?:s|ed|ions?)|estimates?|on\s+course"
    r"|on\s+track|targets?|set\s+to|will\s+(?:reach|rise|fall|grow|hit|be\s+(?:up|down)))\b",
    re.IGNORECASE,
)
#: What is moved, pushed or slips to a day is to happen then ("The summit was moved to May",
#: "moved the vote up to Tuesday", "The landing slips to mid-2027"); not a range ("sales moved
#: from 3% in January to 5% in March").
_MOVED_TO: Final = compile_ascii(
    r"\b(?:mov(?:e|es|ed|ing)|br(?:ing|ings|ought)\s+forward|slip(?:s|ped|ping)?|push(?:es|ed|ing)?)\b"
    r"(?:(?!\bfrom\b)[^.;:!?]){0,60}?\bto\s+$",
    re.IGNORECASE,
)
_DEFERRED_REACH: Final = 100
#: What ``_DEFERRED`` and ``_PURPOSE_BY`` end with, looked for first, in the last
#: ``_DEFERRED_END_REACH`` characters before a date (room for "until at least sunset on "): it opens with
#: a class of characters, which the engine skips to, where ``_DEFERRED`` tries its verbs at every
#: position.
_DEFERRED_END_REACH: Final = 32
_DEFERRED_END: Final = compile_ascii(
    r"[uUtTbBaA](?<!\w[uUtTbBaA])(?i:(?:ntil|ill)(?:\s+at\s+least)?" + _UNTIL_HOUR_ON + r"|o|hrough|y|fter(?:\s+the)?)\s+$"
)
#: The day a putting off was done, told in the past: "The vote was postponed on Sunday" (the
#: putting off is a cue of the future for a date before it: "the meeting on March 19 was postponed").
_PUT_OFF_ON: Final = compile_ascii(
    r"\b(?:was|were|been)\s+(?:postponed|rescheduled|delayed|put\s+off|pushed\s+back|called\s+off|cancell?ed)"
    r"(?:\s+again)?\s+on\s+$",
    re.IGNORECASE,
)
#: A day that falls on a date is on the calendar, still to come: "The anniversary falls on April 26",
#: "Diwali falls on November 1".
_DAY_FALLS_ON: Final = compile_ascii(
    r"\b(?:anniversary|birthday|holiday|deadline|festival|day|date|centenary|centennial|jubilee"
    r"|Easter|Christmas|Diwali|Eid|Ramadan|Passover|Hanukkah|Thanksgiving|Kippur|Hashanah|Holi|Vesak)\b"
    r"[^.;:!?]{0,50}?\bfalls\s+on\s+$",
    re.IGNORECASE,
)
#: A change in the present from a date on is on a timetable: "The tax rises from 1 April",
#: "Fares go up by 5% from January" (not "rose from", "have come down from", nor "Inflation rises
#: in July").
_CHANGES_FROM: Final = compile_ascii(
    r"\b(?:rises|rise|falls|fall|increases|increase|goes\s+up|go\s+up|comes\s+down|(?<!have\s)(?<!has\s)(?<!had\s)come\s+down|changes|change)"
    r"(?:\s+(?:by|to)\s+\S+)?\s+from\s+$",
    re.IGNORECASE,
)
#: A figure's level, right after the date it was at: "from July 2024 peak", "from March's high".
_LEVEL_AFTER: Final = compile_ascii(
    r"(?:'s|’s)?\s+(?:peak|high|low|level|levels|record|highs|lows)\b", re.IGNORECASE
)
#: A date right after "is" or "are" and a preposition is on a timetable: "The elections are in
#: November", "The final is on Sunday".
_TIMETABLE: Final = compile_ascii(r"\b(?:is|are)\s+(?:on|in)\s+$", re.IGNORECASE)
#: ... and, where no other verb tells, a few words on: "The match is at Wembley on Sunday" (not
#: "is in hospital after the crash on Sunday").
_TIMETABLE_BE: Final = compile_ascii(
    r"\b(?:is|are)\s+(?:at|in|on|against|away|at\s+home)\b(?:(?!\b(?:after|since|following|before|ago)\b)[^.;:!?,]){0,40}"
    r"\b(?:on|in)\s+$",
    re.IGNORECASE,
)
#: What was planned for a day, the day right after what was planned: "Protesters planned a large
#: demonstration in Little Havana on Saturday" (a plan is for a day to come), but not "planned the
#: robbery for months before striking on Saturday" (another verb between).
_PLANNED_THING: Final = compile_ascii(
    r"\bplanned\s+(?:a|an|the|their|his|her|its|another|new|more|further)\s+"
    r"(?:(?!(?:for|before|after|until|since|by|and|or|but)\b)(?![a-z]+(?:ing|ed)\b)[\w'’-]+\s+){0,5}(?:on|for)\s+$",
    re.IGNORECASE,
)
#: What is awaited or braced for, its day right after it: "investors braced for the Federal
#: Reserve's policy decision on Wednesday", "awaiting a ruling due Friday" (what is awaited is to
#: come, whatever the tense of the waiting).
_AWAITED_THING: Final = compile_ascii(
    r"\b(?:await(?:ed|ing|s)?|(?:brac(?:ed|ing|es?)(?:\s+themselves)?|wait(?:ed|ing|s)?|prepar(?:ed|ing|es?)"
    r"|gird(?:ed|ing|s)?|gear(?:ed|ing|s)?\s+up)\s+for|look(?:ed|ing|s)?\s+ahead\s+to)\s+"
    r"(?:(?!(?:for|before|after|until|since|by|and|or|but|which|that|who|when|hours|days|weeks|months"
    r"|years|minutes|long|ages|time)\b)[\w'’&.-]+\s+){1,6}"
    r"(?:on|due(?:\s+on)?|set\s+for|scheduled\s+for)\s+$",
    re.IGNORECASE,
)
_AWAITED_REACH: Final = 90
#: Its verbs' stems, looked for first as text.
_AWAITED_WORDS: Final = ("wait", "brac", "prepar", "gird", "gear", "ahead")
#: A word of what is named, not one that opens another clause or phrase of time.
_NAMING_WORD: Final = r"(?!(?:for|before|after|until|since|by|and|or|but|which|that|who|when)\b)[\w'’&.-]+\s+"
#: An event someone is invited to, up to its date: "has invited them to the World Cup final in
#: Moscow on |Sunday" ("now": invited as of now, to what is still to come).
_INVITED_TO: Final = compile_ascii(
    r"(?:(?P<now>\b(?:has|have|['’]s|['’]ve)\s+(?:been\s+)?invited|\binvites?)|\binvited)\s+"
    rf"(?:{_NAMING_WORD}){{0,3}}?to\s+(?:{_NAMING_WORD}){{1,7}}?(?:on|in)\s+$",
    re.IGNORECASE,
)
#: A thing set off as still to be done, up to its date: "tabled a motion of no confidence, to be
#: debated on |Wednesday".
_TO_BE_DONE: Final = compile_ascii(
    r",[^\S\n]+to[^\S\n]+be[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]+(?:ed|en|wn|ld|ut)[^\S\n]+"
    r"(?:[\w'’-]+[^\S\n]+){0,3}?(?:on|in|at|by|from)[^\S\n]+$",
    re.IGNORECASE,
)
#: A commodity's contract for a month's delivery: "U.S. crude for May", "Brent crude futures for
#: June", "gold for December delivery".
_DELIVERY_FOR: Final = compile_ascii(
    r"\b(?:crude|oil|Brent|WTI|Intermediate|futures|contracts?|gold|silver|copper|platinum|wheat|corn"
    r"|soybeans|cocoa|coffee|sugar|cotton|gasoline|gas)\s+(?:futures\s+|oil\s+)?for\s+$",
    re.IGNORECASE,
)
#: A day a saying is dated by, right after it: "officials said on Thursday", "police said late
#: Wednesday", "said at a news conference on Monday".
SAID_DATED_BEFORE: Final = compile_ascii(
    r"\b(?:said|says|announced|reported|confirmed|told|showed|shows)(?:\s+\w+)?"
    # where: "said in an interview last week", "said at a news conference on Monday"
    r"(?:\s+(?:in|at|during)\s+(?:an?|the|his|her|its|their)(?:\s+[\w-]+){1,2})?(?:\s+on)?\s+$",
    re.IGNORECASE,
)
#: How far back ``SAID_DATED_BEFORE`` is looked for.
SAID_REACH: Final = 44
#: Headed for an event its date names: "were headed to a Dec. 6 runoff" (not "headed to Paris on
#: Monday", the day of the going).
_HEADED_FOR: Final = compile_ascii(
    r"\b(?:head(?:ed|ing|s)?|bound)\s+(?:to|for|toward|towards)\s+(?:a|an|the)\s+$", re.IGNORECASE
)
#: A date set before the event it names, as its adjective: "set a |June| trial date", "called a
#: |March 3| election", "scheduled an |Oct. 5| hearing".
_SET_A_BEFORE: Final = compile_ascii(
    r"\b(?:set|sets|setting|fixed|scheduled|called|announced|named)\s+(?:a|an|the|its|their)\s+$", re.IGNORECASE
)
_DATE_OF_EVENT_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:date|deadline|trial|hearing|vote|election|referendum|poll|start|launch"
    r"|release|opening|meeting|summit|sentencing|ruling|debate)s?\b",
    re.IGNORECASE,
)
#: A date set for what is to be done, right after the setting: "set a trial date of January 11", "set
#: the hearing for May 22", "has fixed a record date of Jan. 15" (a date is set ahead of itself), not
#: a record set for a month ("set a record for September").
_DATE_SET_FOR: Final = compile_ascii(
    r"\b(?:(?:set|sets|setting|fixe[sd]|fixing|scheduled?|schedules|slated|pencill?ed\s+in"
    # ... and a case put over to a day, as courts do: "adjourned the matter for February 6"
    r"|adjourn(?:s|ed|ing)?|listed)\s+"
    r"(?!(?:off|about|fire|foot|sail)\b)(?:(?:a|an|the|their|his|her|its|new|another)\s+)?"
    r"(?:(?:(?!(?:for|before|after|until|since|by|and|or|but)\b)[\w'’-]+\s+){0,4}"
    r"(?:date|day|deadline)\s+(?:of|for|as)\s+"
    r"|(?:(?!(?:for|before|after|until|since|by|and|or|but|records?)\b)(?![a-z]+(?:ing|ed)\b)[\w'’-]+\s+){1,5}"
    r"for\s+)"
    # ... and a ban, a strike or a warning for a day, right before it: "a total fire ban declared
    # for Friday", "A strike has been called for Monday", "a red warning issued for Saturday"
    r"|(?:declared|called|issued|announced)\s+for\s+(?:[\w.]+,?\s+(?:and|or|to|through)\s+)?)$",
    re.IGNORECASE,
)
#: The last words of ``_DATE_SET_FOR`` and the starts of its verbs, looked for first as text:
#: most dates follow none of them.
_SET_FOR_ENDS: Final = (" for", " of", " as", " and", " or", " to", " through")
_SET_FOR_VERBS: Final = (
    "set",
    "fix",
    "sched",
    "slated",
    "pencil",
    "declared",
    "called",
    "issued",
    "announced",
    "adjourn",
    "listed",
)


def _date_set_for(sentence: str, start: int) -> bool:
    """Whether ``_DATE_SET_FOR`` ends at ``start`` (asked where one of ``_SET_FOR_ENDS`` does)."""
    window = sentence[max(0, start - 70) : start].lower()
    return (
        any(verb in window for verb in _SET_FOR_VERBS)
        and _DATE_SET_FOR.search(sentence, start - 70, start) is not None
    )


#: A date a change takes effect from: "named chairman, effective Feb. 1", "with effect from 5
#: January".  The verb that made the change tells nothing of the day (it is often set months
#: ahead, or back-dated a few weeks): the nearest such day.  ("The law took effect on Sept. 1"
#: is the verb's own past.)
_EFFECTIVE: Final = compile_ascii(
    r"\b(?:effective|with\s+effect)(?:\s+(?:from|on|as\s+of))?\s+$",
    re.IGNORECASE,
)
#: A conditional's "would" and the "if" of its condition, up to a past tense in the condition's
#: clause: "would accept the plan if the holiday in July |was extended", "would resign if the vote
#: |went against him".  The past tense there is a condition still to come.
_WOULD_IF: Final = compile_ascii(
    r"\b(?:would|could|might)\b[^.;:!?]{0,80}?\bif\b[^,;:.!?()\"“”]*$", re.IGNORECASE
)
#: The next event of its kind, up to its date: "until its next meeting on |Dec. 19", "the upcoming
#: summit in |June".  It is still to come, whatever verb tells of it.
_NEXT_EVENT: Final = compile_ascii(
    r"\b(?:next|upcoming|forthcoming)\s+(?!(?:day|week|month|year|morning|night|time)\b)(?:[\w'’-]+\s+){1,3}?"
    r"(?:on|in|at|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ... but not the next holder of a role, who is someone, no event: "won the race to become
#: Britain's next prime minister on |Tuesday".
_ROLE_BEFORE: Final = compile_ascii(
    r"\b(?:minister|president|leader|chancellor|premier|chief|executive|ceo|chair|chairman|chairwoman"
    r"|governor|mayor|king|queen|pope|coach|manager|captain|secretary|speaker|director|editor"
    r"|owner|champion|ambassador|commissioner|judge)\s+(?:on|in|at|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A plan told in the past perfect, up to its date in the same clause: "had hoped to secure a deal
#: before the summit in |November", "had planned to list in |March", "had expected the shortage to
#: ease by |the end of March" (what someone else was to do).  The plan was made in the past; what
#: it was for may still be to come: the nearest such date.
_PLAN_IN_PAST_PERFECT: Final = compile_ascii(
    r"\bhad\s+(?:(?:hoped|planned|intended|wanted|expected|aimed|meant"
    r"|(?:intended|wanted|expected|meant)(?:\s+[^\s,;:.!?()\"“”]+){1,4}?"
    r"|been\s+(?:hoping|planning|aiming|intending|expected|due|set|slated|scheduled))\s+to"
    r"|been\s+(?:due|set|slated|scheduled|planned|expected)\s+for)\b[^,;:.!?()\"“”]*$",
    re.IGNORECASE,
)
#: A date right after a verb in the present passive ("the plant is closed in January", "when the
#: case is heard in May") has that verb for its own: no tense of a clause further off tells which
#: January is meant.  The verb's own tense counts where it has one ("is expected in May"); after
#: "if" or "when" (``_SUBORDINATE``) the present looks ahead.
_SUBORDINATE: Final = compile_ascii(
    r"\b(?:if|when|whenever|unless|once|until|till)\s[^,;:.!?]{0,40}$", re.IGNORECASE
)
_PRESENT_PASSIVE: Final = compile_ascii(
    r"\b(?:is|are)\s+(?:(?:not|also|still|usually|normally|only|now)\s+)?"
    r"([a-z]+(?:ed|en|wn|rd|ld|ght))\s+(?:in|on|at|during)\s+$",
    re.IGNORECASE,
)


#: Verbs that attribute what a sentence reports ("..., officials said."): their tense is the
#: reporting's, not that of the dates reported, when they close the sentence (at most
#: ``_ATTRIBUTION_TAIL`` characters follow: "said in a statement.").  "On Sunday, he said the
#: army will attack" is no attribution: "said" is the verb of Sunday's clause.
_ATTRIBUTION: Final = frozenset(
    "said told reported added noted wrote stated announced confirmed explained".split()
)
_ATTRIBUTION_TAIL: Final = 40
#: What may follow such a verb at a sentence's end: nothing, or where or when it was said ("said
#: in a statement.", "told reporters on Tuesday."), not what it reports ("In March, Nvidia
#: reported record sales": the verb of March's clause).
_ATTRIBUTION_THEN: Final = compile_ascii(
    r"[\s\"”’']*(?:$|[.!?,;:)]|(?:in|on|at|to|by|from|late|early|earlier|later|yesterday|today|last|this"
    r"|according|citing|without|via|through|during|after|before|reporters|journalists|the\s+press"
    r"|[A-Z][a-z]+|\w+ly)\b)",
)
#: "that" after such a verb, up to a date: what follows is what was said ...
_THAT_AFTER: Final = compile_ascii(
    r"\s+that\b[^;]*"
    # ... or, after "said" with no "that", the subject of what was said ("said further action in
    # December could not be ruled out"), not when or where it was said ("said on Monday", "said
    # in a statement on Monday")
    r"|(?<=said)\s+(?!(?:in|on|at|by|during|over|until|since|from|before|after|to|for|of|with|last|this|next"
    r"|earlier|late|early|recently|yesterday|today|tonight|later)\b)[a-z][\w'’-]*\b[^,;]*"
)
#: "that" right after a date: the date is the saying's ("said on Tuesday that").
THAT_NEXT: Final = compile_ascii(r"[\s,]*that\b", re.IGNORECASE)
#: Between "said" and what it introduces: "said", "said that", "said its", "said the".
_SAID_THEN: Final = compile_ascii(r"\s+(?:that\s+)?(?:(?:the|its|their|his|her|a|an)\s+)?", re.IGNORECASE)


#: Cues as sure of their direction as an auxiliary, the present of a timetable among them: "The
#: summit opens in Rio on July 28", written in August, is next July's.
_STRONG: Final = frozenset(
    "will won't shall 'll was were had did begins starts opens resumes reopens expires convenes closes turns"
    " celebrates".split()
)
#: Future cues that are also nouns, and what makes them one: "since the start of the year",
#: "a strong open", "the hosts".
_ALSO_NOUNS: Final = frozenset(
    "begin start starts open opens ends face faces play plays host hosts votes reports releases close end"
    " visits tours".split()
)
#: Before "open" or "close", what makes it an adjective: "Polls were open until 7 p.m. on Sunday",
#: "The race was close on Sunday", "came close on Monday".
_ADJECTIVE_BEFORE: Final = compile_ascii(
    r"\b(?:is|are|was|were|be|been|being|came|come|comes|coming|stayed|stay|stays|remained|remain|remains"
    r"|very|too|so|as|how|drew|draw|draws|fairly|quite|pretty)\s+$",
    re.IGNORECASE,
)
#: ... and those that open a sentence as nouns, with no subject before them.
_NOUNS_FIRST: Final = frozenset({"reports", "releases", "votes"})
#: ... and what a company's or an agency's report is of, after the verb: "reports earnings",
#: "releases its figures".
_REPORTING: Final = frozenset({"reports", "releases"})
_REPORTED_AFTER: Final = compile_ascii(
    r"\s+(?:its|their|earnings|results|figures|data|quarterly|annual|first|second|third|fourth|full"
    r"|revised|updated|preliminary|final|latest|new|monthly|weekly)\b"
)
_NOUN_BEFORE: Final = compile_ascii(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|whose|strong|slow|solid|good|bad|fresh|"
    r"rocky|early|late|false|flying|two|three|four|five|several|many|both|all|some|no|more|\d+|\w+['’]s"
    # ... or a preposition: "won the prize on Thursday for plays that give voice to the unsayable"
    r"|for|of|in|with|from|about|by)\s+"
    # ... and an adjective of an end or a start after it: "the lower end of its forecast"
    r"(?:(?:lower|upper|other|far|very|bitter|tail|back|front|top|bottom|high|low|deep|wrong|brighter"
    r"|better|slower|faster|stronger|weaker)\s+)?$",
    re.IGNORECASE,
)


#: A verb this close before a date (the white space and a preposition between: "ran from July
#: 26", "met on Friday") tells its direction as surely as an auxiliary does.
_NEXT_TO: Final = 7
#: "for" right between a past tense and a date: the date is what the deed was for ("Tickets
#: bought for 5 March", "a hall booked for Friday"), told of no day it was done.
_FOR_THEN: Final = compile_ascii(r"\s+for\s+", re.IGNORECASE)
#: ... a day of the calendar or the week, not a holiday or an occasion.
_DAY_OF_CALENDAR: Final = compile_ascii(rf"\d|(?:{MONTH_RE}|{WEEKDAY_RE})\b", re.IGNORECASE)
#: ... and so does one whose fixed phrase stands between: "took effect on Sept. 1", "went on sale
#: on Friday", "opened in cinemas on Sept. 12" (what follows the verb, up to the preposition).
_PHRASE_TO_DATE: Final = compile_ascii(
    r"\s+(?:(?:on|in|into)\s+)?(?:effect|place|office|power|force|sale|live|display|trial|air|service"
    r"|operations?|cinemas|theaters|theatres|stores|shelves)\s+(?:on|in|at|from)\s+"
    # ... or the words of a deadline: "is due no later than June 30", "must be filed on or before"
    r"|\s+(?:(?:no|not)\s+(?:later|earlier)\s+than|on\s+or\s+(?:before|after))\s+"
    # ... or of a span's end, a preposition too long for ``_NEXT_TO``: "runs through Dec. 31"
    r"|\s+(?:through|throughout)\s+",
    re.IGNORECASE,
)
#: ... or its hour first: "takes effect at midnight on New Year's Eve", "opened at 9 a.m. on Monday".
_AT_AN_HOUR_ON: Final = compile_ascii(
    r"\s+(?:at|from)\s+(?:(?:about|around)\s+)?(?:midnight|noon|midday|\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?)"
    r"(?:\s+(?:(?-i:[A-Z]{2,4})|local\s+time))?\s+on\s+",
    re.IGNORECASE,
)
#: ... as does a past tense that is plainly the date's own verb: what stands between them is
#: its object or place, with no other verb's mark ("Voters went to the polls on Sept. 7", "The
#: ministry published the figures on Sept. 30"), not an infinitive, a modal or a clause ("agreed
#: to hear on January 15", "decided the boy should go home by Jan. 14") ...
_PAST_DONE_REACH: Final = 60  # six words and a preposition, about
_PAST_DONE_BEFORE: Final = compile_ascii(
    r"(?:\s+(?!(?:to|that|would|should|could|will|shall|can|may|might|must|be|been|being|"
    # (a word, or a figure: "bought $2 billion of bonds on Sept. 30", "sold 12,000 cars in May")
    r"not|never|until|till|before|ahead|for|due|and|or|but|if|when|as)\b)[$€£¥]?[\w'’.-]+(?:,\d{3})*%?"
    r"|\s+to(?=\s+(?:the|a|an|its|his|her|their|our)\s)"
    # "for" of a count of times, not of a plan: "fell for a third straight month in September"
    r"|\s+for(?=\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:time|month|week|day|quarter|year)s?\b)){0,6}"
    r"\s+(?:on|in|at)\s+",
    re.IGNORECASE,
)
#: A date that opens its sentence ("On Sept. 7, voters elected a new parliament", "In early
#: October, the first snow fell") has the verb of the clause after it for its own: a past tense
#: there, after the subject only, outweighs its nearness as a verb right before it does.
_FRONTED: Final = compile_ascii(
    r"\s*[\"“‘']?(?:(?:in|on|at|by|during|from|over|since|early|late|earlier|later|mid)[\s-]+)*(?:the\s+)?",
    re.IGNORECASE,
)
#: ... as has a date in its clause's subject, its verb right after it ("Sales in September rose
#: 3%", "The index for July fell").
_VERB_RIGHT_AFTER: Final = compile_ascii(r"\s+(?:[a-z]+ly\s+)?")
#: (its subject may join two names: "In January, fires in Pacific Palisades and Altadena killed")
_SUBJECT_THEN_VERB: Final = compile_ascii(
    r"\s*,\s*(?:(?!(?:who|which|that|when|if|after|before|while|as|and(?!\s+[A-Z])|but|or)\b)[\w'’.-]+\s+){0,7}"
)
#: ... unless (for these two) the verb looks ahead to what it names: "warned of storms on Sept. 22".
_PROSPECTIVE: Final = frozenset(
    "warned promised pledged vowed threatened planned scheduled agreed decided expected asked urged"
    " called ordered set proposed announced predicted forecast signalled signaled hoped aimed"
    " prepared readied booked reserved invited summoned awaited anticipated intended targeted slated"
    " timed tipped billed rumoured rumored feared fixed pencilled penciled earmarked".split()
)

#: ... of them, those that set a day for what they name ("the record date fixed as October 15").
_DATE_SETTING: Final = frozenset(
    "fixed set scheduled slated pencilled penciled earmarked timed billed booked reserved planned".split()
)

#: How far from a mention a tense cue may stand.
_REACH: Final = 400


@lru_cache(maxsize=512)
def _breaks(sentence: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the clause breaks of a sentence, in order."""
    starts = [b.start() for b in _CLAUSE_PUNCTUATION.finditer(sentence)]
    if "-" not in sentence and "–" not in sentence and "—" not in sentence:
        return starts, [start + 1 for start in starts]  # each break one character
    found = [(start, start + 1) for start in starts]
    found += [b.span() for b in _CLAUSE_DASH.finditer(sentence)]
    found.sort()
    return [b[0] for b in found], [b[1] for b in found]


#: What one faces that tells of what was done, no fixture: "City still face more than 100 charges
#: of breaching the rules between 2009 and 2018" (but "faces trial in March", "face PSV on Tuesday").
_FACED_ACCUSATION: Final = compile_ascii(
    r"\s+(?:[a-z0-9,$-]+\s+){0,4}?(?:charges?|allegations?|accusations?|counts|claims|lawsuits?|suits)\b"
)


#: What one holds on a day set: "holds its annual meeting on Wednesday", "holds talks on Friday".
_HELD_EVENT: Final = compile_ascii(
    r"\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:meetings?|talks|elections?|votes?"
    r"|rall(?:y|ies)|hearings?|conferences?|summits?|ceremon(?:y|ies)|congress|convention|referendum"
    r"|primar(?:y|ies)|sessions?|briefings?|auctions?|events?|parades?|funeral|memorial|debates?)\b"
)
#: The future cues in the base form of a verb, whose tense the verb before them may set: "The court
#: let it take effect in January", "allowed the law to come into force in May" (what was let
#: happen has happened; "will take effect" is still to come, told by "will").
_BASE_FORM_CUES: Final = frozenset(
    cue
    for cue in _FUTURE_WORDS
    if " " in cue and cue.split()[0] in ("take", "come", "go", "enter", "kick", "hit", "assume", "leave")
)
#: Before such a cue, a verb of letting that was done: "let it", "allowed the law to".
_LET_BEFORE: Final = compile_ascii(
    r"\b(?:let|allowed|permitted|enabled|helped|made)\s+(?:[a-z'’]+\s+){1,3}?(?:to\s+)?$"
)
#: The cues some words around them may unmake (``_cues`` checks these, and the cues that begin
#: with "ahead" or "expected"); most cues, past tenses in -ed, need no such look.
_CHECKED_CUES: Final = frozenset(
    {
        "may",
        "could",
        "cannot",
        "can't",
        "can’t",
        "can not",
        "due",
        "was to",
        "were to",
        "turns",
        "celebrates",
        "holds",
        "face",
        "faces",
        *_BASE_FORM_CUES,
        "want",
        *_OFFICE,
        *_THAN_THOUGHT,
        *_BASE_FORM,
        *_ALSO_NOUNS,
    }
)


#: A relative clause set off by a comma, of a thing or a person the sentence names, to the next
#: clause break: ", which runs through the capital,", ", who was elected in 2019,".
_RELATIVE_ASIDE: Final = compile_ascii(r",\s*(?:which|who|whom|whose)\b[^,;:()\"“”]*", re.IGNORECASE)
#: ... and a participle's clause after a noun, set off by commas: "The deal|, struck in the early
#: hours of Wednesday after 20 hours of talks|, allows credits from 2036".
_PARTICIPLE_ASIDE: Final = compile_ascii(
    rf"(?<=[a-z]),\s*(?:{PAST_VERB_SOURCE})\s+(?:in|on|at|by|after|during|over|late|early|last|earlier)\b"
    r"[^,;:()\"“”]*(?=,)"
)


@lru_cache(maxsize=512)
def _relative_asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's relative clauses and participles' clauses set off by commas:
    their verbs tell of what the clause says, not of a date outside it."""
    asides = [m.span() for m in _PARTICIPLE_ASIDE.finditer(sentence)] if sentence.count(",") >= 2 else []
    if "wh" in sentence or "Wh" in sentence:
        asides += [m.span() for m in _RELATIVE_ASIDE.finditer(sentence)]
    return tuple(sorted(asides))


#: What goes on a list after a comma: "who stepped down as chairman, president and chief
#: executive in March" (the clause goes on past the comma).
_LIST_GOES_ON: Final = compile_ascii(r"[^,;]*\b(?:and|or)\s")


def _in_relative_aside(sentence: str, c_start: int, c_end: int, start: int, end: int) -> bool:
    """Whether a cue stands in a relative clause set off by commas that the mention at
    ``start:end`` is outside: after the mention ("met on September 9, which is to report by
    October-end"), or before it and closed by a comma ("The river, which runs through the
    capital, burst its banks on Saturday"), unless a list goes on past that comma."""
    for a_start, a_end in _relative_asides(sentence):
        if not (a_start <= c_start and c_end <= a_end):
            continue
        if a_start >= end:
            return True
        return (
            a_end <= start
            and sentence.startswith(",", a_end)
            and _LIST_GOES_ON.match(sentence, a_end + 1, start) is None
        )
    return False


@lru_cache(maxsize=512)
def _cues(sentence: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The tense cues of a sentence: ``(start, end, tense, strong)``, read once per sentence."""
    out: list[tuple[int, int, str, bool]] = []
    lower = sentence.lower()
    aligned = len(lower) == len(sentence)  # lower-casing moved no offset (it mostly does not)
    found = _cue_matches(lower) if aligned else _CUE_ANY_CASE.finditer(sentence)
    for m in found:
        start, end = m.span("cue")
        word = lower[start:end] if aligned else sentence[start:end].lower()
        if (
            word.endswith("ed")
            and lower.endswith("as ", 0, start)
            and not lower[start - 4 : start - 3].isalpha()  # (not "has planned")
            and _AS_DONE.match(lower, end)
        ):
            continue  # "will go ahead on Sunday as planned": a comparison, no tense of the sentence
        if word in _CHECKED_CUES or word.startswith(("ahead", "expected", "forecast ")):
            if word == "may" and sentence[start:end] != "may":
                continue  # "May" is the month
            if word in _OFFICE and _NOT_DONE_BEFORE.search(lower, start - 8, start):
                continue  # "did not take office until Jan. 20": the verb before tells
            if word == "want" and _DID_BEFORE.search(lower, start - 12, start):
                continue  # "did not want to leave in March": what was wanted then
            if word == "could" and _COULD_NOT.match(lower, end):
                continue  # "could not be reached for comment on Friday": what was not possible then
            if word.startswith("can") and _CANNOT_NOW.match(lower, end):
                continue  # "cannot be reached", "can't remember": what is not possible now, of no time to come
            if word in _BASE_FORM_CUES and _LET_BEFORE.search(lower, max(0, start - 40), start):
                continue  # "let it take effect in January": what was let happen, the verb before tells
            if word in ("face", "faces") and _FACED_ACCUSATION.match(lower, end):
                continue  # "faces charges of fraud between 2009 and 2018": what is told of was done
            if word == "holds" and not _HELD_EVENT.match(lower, end):
                continue  # "holds the record", "holds a lead": a state, no event set for a day
            if word in ("was to", "were to") and _TO_BLAME.match(lower, end):
                continue  # "was to blame for Monday's crash": no plan
            if word == "due" and _DUE_TO.match(lower, end):
                continue  # "due to rain": a cause, no deadline
            if word in ("turns", "celebrates") and not _AN_AGE.match(lower, end):
                continue  # "the road turns", "twists and turns": no age, no anniversary
            if word.startswith("ahead") and _AHEAD_OF_WHAT.match(lower, end):
                continue
            if word.startswith("expected") and _AS_EXPECTED.search(lower, start - 4, start):
                continue  # "prices rose as expected in March": no looking ahead
            if (
                word.startswith("forecast ")
                and _FORECAST_NOUN_BEFORE.search(lower, start - 30, start)
                and not _DATE_IN_FORECAST.match(lower, end)
            ):
                # "has cut its profit forecast for the year twice, in April": the noun, which
                # tells no tense of the sentence's other dates (but "the forecast for Friday"
                # looks ahead to its own date)
                continue
            if word.split(None, 1)[0] in _THAN_THOUGHT and _THAN_BEFORE.search(lower, start - 40, start):
                continue  # "fewer cuts in 2024 than previously thought", "lower than expected on Monday"
            if word == "vote" and not _PLURAL_SUBJECT_BEFORE.search(lower, start - 24, start):
                continue  # "won a snap vote on Sunday": the noun; "Germans vote on Sunday": the verb
            if word in _BASE_FORM and (
                _BASE_BEFORE.search(sentence, start - 12, start) or lower[start - 1 : start] == "-"
            ):
                continue  # "did not open on Monday", "failed to begin": the verb before tells; "year-end"
            if word in ("open", "close") and (
                _ADJECTIVE_BEFORE.search(lower, start - 12, start) or lower.startswith(" to ", end)
            ):
                # "Polls were open on Sunday", "The race was close on Sunday", "close to the record
                # set in October 1999", "open to talks": no verb
                continue
            if word in _ALSO_NOUNS and (
                _NOUN_BEFORE.search(lower, start - 20, start)
                or (word in _NOUNS_FIRST and not lower[:start].strip(" \"'“‘"))
                # "reports earnings on Thursday", not "had filed compliance reports by Wednesday"
                or (word in _REPORTING and not _REPORTED_AFTER.match(lower, end))
            ):
                continue  # "since the start of the year", "Reports on Tuesday said": a noun, no tense
        if word.endswith("likely") and not _LIKELY_THEN.match(lower, end):
            continue  # "the attack was likely carried out by": a guess at what happened
        if word.endswith("to") and _FIGURE_AFTER.match(lower, end):
            continue  # "cut its growth forecast to 0.3%": a noun and the figure it goes to
        if (
            sentence[start].isupper()
            and sentence[start + 1 : end].islower()  # "Open", not "OPEN" in a line of capitals
            and start > 0
            and not _OPENS_AFTER.search(sentence, start - 3, start)
        ):
            continue  # a name: "the US Open in September", "Will Smith"
        tense = _cue_tense(word)
        if tense == "perfect" and not _PARTICIPLE_AFTER_HAVE.match(sentence, end):
            # "would have access to their funds no later than Monday": "have" the verb, whose
            # tense the modal tells
            word = word.split(None, 1)[0]
            end = start + len(word)
            tense = _cue_tense(word)
        if tense is None:  # a past tense
            if word in _NOT_PAST:
                continue
            if word == "compared" and _WITH_OR_TO.match(lower, end):
                continue  # "revenue of $20 billion for the quarter, compared with estimates of": a comparison
            if _not_finite(lower, start) if aligned else _NOT_FINITE.search(sentence, start - 24, start):
                continue  # "will be cleared", "a revised offer": a participle, not a past tense
            if lower.endswith("have ", 0, start) and _FUTURE_PERFECT.search(lower, start - 30, start):
                continue  # "will have recovered by the summer": the future perfect, which "will" tells
            if lower[start - 1 : start] == "-" and _word_before_hyphen(lower, start) not in _PREFIXES:
                continue  # "the state-owned firm", "a US-led coalition": an adjective ("re-elected" a verb)
            if (modal := _MODAL_AND_VERB.search(lower, start - 30, start)) is not None and not (
                # ("opened in May and closed in December": the month, no modal)
                modal.group().startswith("may")
                and _MONTH_MAY_BEFORE.search(lower, max(0, modal.start() - 12), modal.start())
            ):
                continue  # "will publish updated guidance": an adjective, after the verb "will" tells
            if out and out[-1][2] == "future" and out[-1][1] > start - 30:
                between = _AFTER_FUTURE_VERB.fullmatch(lower, out[-1][1], start)
                if between and (between[2] is None or between[1] or lower.endswith(" to", 0, out[-1][1])):
                    # "The company unveils updated models", "meets to discuss detailed plans": an
                    # adjective after the verb that looks ahead
                    continue
            if lower.startswith(",", end) and lower[:start].rstrip(" \"'“‘")[-1:] in ("", ":"):
                continue  # "Outlook for Thursday: Unsettled, with rain": a state, opening its words
            if (
                (
                    _BY_AFTER.match(lower, end)
                    or (word in _IN_SEQUENCE and _DAY_THEN_BY_AFTER.match(lower, end))
                )
                and _COMMA_BEFORE.search(sentence, start - 3, start)
                and word not in _DONE_BY
            ):
                continue  # "..., followed by the Italian Grand Prix": a participle's phrase
            if word in _SAME_AS_BASE and (
                _BASE_BEFORE.search(sentence, start - 12, start)
                or _NOUN_BEFORE_SAME_AS_BASE.search(sentence, start - 40, start)
            ):
                continue  # "would hit", "to beat": the base form; "getting beat up": a participle;
                # "a rate cut": a noun
        if tense == "future" and (perfect := _PLUPERFECT.search(sentence, start - 24, start)):
            # "The offer had been set to expire Nov. 6", "had been due to start in January": what
            # was to come when it was planned, which may have come since or may still be ahead;
            # the nearest such day, whatever "had" says
            while out and out[-1][0] >= perfect.start():
                out.pop()
            out.append((start, end, _NO_SIDE, False))
            continue
        out.append((start, end, "future" if tense == "future" else "past", word in _STRONG))
    return tuple(out)


def _own_verb_after(sentence: str, end: int, cues: tuple[tuple[int, int, str, bool], ...]) -> bool:
    """Whether the first cue after a date is a verb sure enough to be the tense of what is said:
    a past, an auxiliary or a modal (not a present that may be a noun: "face amount")."""
    after = next((cue for cue in cues if cue[0] >= end), None)
    return after is not None and (
        after[2] == "past" or after[3] or sentence[after[0] : after[1]].lower() in MODALS
    )


def _past_verb_governs(
    sentence: str,
    start: int,
    end: int,
    verb: tuple[int, int],
    in_clause: bool,
    cues: tuple[tuple[int, int, str, bool], ...],
    clause: tuple[int, int],
    break_starts: list[int],
) -> bool:
    """Whether the past tense nearest a date (at ``verb``) is plainly the date's own verb, and so
    outweighs the nearness of a date just ahead of the reference as an auxiliary does: right
    after a date in its clause's subject ("Sales in September rose 3%"), after the comma of a
    date that opens the sentence ("On Sept. 7, voters elected"), or before the date with only its
    object or place between ("Voters went to the polls on Sept. 7").  Not a verb that looks ahead
    ("warned of storms on Sept. 22"), nor where a future follows in the clause."""
    v_start, v_end = verb
    if sentence[v_start:v_end].lower() in _PROSPECTIVE:
        return False
    if v_start >= end:  # the verb after the date
        fronted = start <= 24 and _FRONTED.fullmatch(sentence, 0, start) is not None  # "the" at most
        if (
            in_clause
            and _VERB_RIGHT_AFTER.fullmatch(sentence, end, v_start)
            # not a date that opens the sentence, which the subject follows ("In September
            # elected officials will meet"), nor one whose clause looks ahead further on
            and not (fronted and sentence[:start].strip(" \"“‘'"))
            and not _future_cue(cues, *clause)
        ):
            return True
        if not fronted or not _SUBJECT_THEN_VERB.fullmatch(sentence, end, v_start):
            return False
        # "On Sept. 7, elected officials will meet": the word in -ed is no verb of the clause
        i = bisect.bisect_left(break_starts, v_end)
        return not _future_cue(cues, v_end, break_starts[i] if i < len(break_starts) else len(sentence))
    return (
        in_clause
        and v_end <= start <= v_end + _PAST_DONE_REACH
        and sentence[v_start - 1 : v_start] != "-"  # "the long-awaited offensive in October"
        and _PAST_DONE_BEFORE.fullmatch(sentence, v_end, start) is not None
        # no look ahead in the clause before it: "said it will redeem preferred shares on Oct. 31"
        and not _future_cue(cues, clause[0], start)
    )


def _expected_then_past(
    sentence: str, cue: tuple[int, int], clause_end: int, cues: tuple[tuple[int, int, str, bool], ...]
) -> bool:
    """Whether a date expected at a time stands in a phrase set off by commas whose host verb,
    right after it, is past: "A decision, expected in March, was delayed" (an expectation that
    has gone by), not "A ruling, expected in October, could change that"."""
    if (
        not sentence[cue[0] : cue[1]].lower().startswith("expected ")
        or sentence[clause_end : clause_end + 1] != ","
    ):
        return False
    if _PRESENT_PERFECT_AFTER.match(sentence, clause_end):
        return True  # "The report, expected in January, has not been published"
    host = next((c for c in cues if c[0] > clause_end), None)
    return host is not None and host[2] == "past" and host[0] - clause_end <= 4


#: What makes "forecast" a noun before "for" or "to": a determiner or a possessive, with the
#: words of a figure between ("its profit forecast for the year", "the bank's growth forecast to
#: 2027"); not "Rain is forecast for Friday".
_FORECAST_NOUN_BEFORE: Final = compile_ascii(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,2}$"
)
#: ... whose object, up to a comma, holds no date: a forecast for a date looks ahead to it ("the
#: forecast for Friday", "its margin forecast for the fiscal year ending March 2026").
_DATE_IN_FORECAST: Final = compile_ascii(
    rf"[^,;:!?()]{{0,40}}?(?:\d|\b(?:{MONTH_RE}|{WEEKDAY_RE}|today|tonight|tomorrow|next|this|coming)\b)",
    re.IGNORECASE,
)
_PRESENT_PERFECT_AFTER: Final = compile_ascii(r",\s*(?:has|have)\b", re.IGNORECASE)


def _future_cue(cues: tuple[tuple[int, int, str, bool], ...], lo: int, hi: int) -> bool:
    """Whether a cue of the future starts between ``lo`` and ``hi``."""
    return any(t == "future" and lo <= c_start < hi for c_start, _, t, _ in cues)


def _cue_tense(word: str) -> str | None:
    """ "future" for a cue of the future, "perfect" for a modal with "have" (it looks back), None
    for a past tense."""
    tense = _TENSE_OF.get(word)
    if tense is None and not word.isalpha():  # a phrase spaced otherwise: "going  to"
        tense = _TENSE_OF.get(" ".join(word.split()))
    return tense


def _cue_matches(lower: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CUE`` in a lower-cased sentence, found the faster way where it finds the
    same: everywhere but a cue opening the sentence and the cues that begin with an apostrophe."""
    if "'ll" in lower or ("'s" in lower and "expected" in lower):
        yield from _CUE.finditer(lower)
        return
    first = _CUE.match(lower)
    if first:
        yield first
    yield from _CUE_AFTER.finditer(lower, first.end() if first else 0)


def direction(sentence: str, start: int, end: int) -> str | None:
    """The tense nearest to a mention in a sentence; cues inside the mention do not count.

    Args:
        sentence: the sentence text.
        start: offset of the mention's start within the sentence.
        end: offset of the mention's end within the sentence.

    Returns:
        ``"past"``, ``"future"`` or None when the sentence has no cue.
    """
    cue = tense_cue(sentence, start, end, strength=False)
    return cue[0] if cue else None


#: Any word of the future in a lower-cased sentence, wherever it stands (no word boundaries): it
#: finds at least every future cue ``_cues`` keeps, but the plural present of "close" and "end",
#: far more often nouns ("the end of the year", "year-end", "at the close") and inside other
#: words ("spending", "closely") than a timetable's verbs ("Polls close on Sunday"), which in a
#: history's present tell no future anyway (see ``looks_ahead``).
_ANY_FUTURE_WORD: Final = compile_ascii(
    trie_source([cue for cue in _TENSE_OF if cue not in ("close", "end")]).replace(r"\ ", r"\s+")
)


@lru_cache(maxsize=512)
def tells_of_future(sentence: str) -> bool:
    """Whether a sentence may tell of the future: it has a word of the future anywhere, even
    inside another word (read once per sentence: a history's sentence often holds several
    dates)."""
    return _ANY_FUTURE_WORD.search(sentence.lower()) is not None


def looks_ahead(sentence: str, start: int, end: int, history: bool = False) -> bool:
    """Whether the tense nearest a mention is the future (``direction`` gives "future"), for a
    caller that needs only that.  Where no phrase settles it, a sentence with no word of the
    future and no deadline that looks ahead without one is settled without reading its past
    tenses, as most of a history's sentences are.  In a ``history``, a verb in the present is
    the historic present, which tells no future ("1951 - Talks open in July")."""
    settled = _set_by_phrase(sentence, start, end)
    if settled != _UNSETTLED:
        return settled is not None and settled[0] == "future"
    if (
        not tells_of_future(sentence)
        and not _deadline_ahead(sentence, start)
        and not (
            # (looked for first as text: most of a history's sentences hold no "is" or "are")
            (
                sentence.find("is ", max(0, start - 60), start) >= 0
                or sentence.find("are ", max(0, start - 60), start) >= 0
            )
            and _TIMETABLE_BE.search(sentence, start - 60, start)
        )
    ):
        return False  # no cue of the future, no deadline ahead and no timetable with no tense around it
    cue = _nearest_cue(sentence, start, end, False, False, history)
    return cue is not None and cue[0] == "future"


def tense_cue(
    sentence: str, start: int, end: int, reported: bool = False, strength: bool = True
) -> tuple[str, bool] | None:
    """The tense nearest to a mention, and whether its cue is a strong one (an auxiliary such as
    "will" or "was", rather than a verb ending in -ed or a modal).  ``reported``: the mention
    cannot date a saying (a quarter, a half), so that "said" right before it only introduces what
    is said ("The firm said second-half sales would improve").  Without ``strength``, for callers
    that need only the tense, a cue's strength is not weighed (it is given as weak)."""
    sentence = _without_decimal_points(sentence)
    if _HOLIDAY_AFTER.match(sentence, end) and _DECLARED_BEFORE.search(sentence, max(0, start - 24), start):
        # "the government declared Tuesday a national holiday": a day set apart, to come (or just
        # gone), whatever the tense of the setting: the nearest such day
        return None
    settled = _set_by_phrase(sentence, start, end)
    if settled != _UNSETTLED:
        return settled
    return _nearest_cue(sentence, start, end, reported, strength)


def _without_decimal_points(sentence: str) -> str:
    """The sentence with a figure's decimal point read as a digit, so that the many cues that
    stop at a full stop do not stop there ("ordered him to repay 1.2 billion shillings by June");
    its offsets unchanged."""
    dot = sentence.find(".", 1)
    last = len(sentence) - 1
    while 0 < dot < last:  # (few full stops in a sentence: looked at one by one)
        if sentence[dot - 1].isdigit() and sentence[dot + 1].isdigit():
            sentence = f"{sentence[:dot]}0{sentence[dot + 1 :]}"
        dot = sentence.find(".", dot + 1)
    return sentence


#: A day declared a holiday or a day of something: "declared |Tuesday| a national holiday",
#: "proclaimed Friday a day of mourning".
_DECLARED_BEFORE: Final = compile_ascii(
    r"\b(?:declared|declares|declare|declaring|proclaimed|proclaims|designated|designates|named|made)\s+$",
    re.IGNORECASE,
)
_HOLIDAY_AFTER: Final = compile_ascii(
    r"\s+(?:as\s+)?an?\s+(?:[a-z-]+\s+){0,2}(?:holiday|day\s+of\s+[a-z]+)", re.IGNORECASE
)


#: What ``_set_by_phrase`` gives where no phrase before a date settles its tense (compared by
#: value: a build compiled with mypyc keeps no tuple's identity).
_UNSETTLED: Final = ("", False)


#: A warning or a watch is for what is to come: "an amber warning for extreme heat covering
#: Friday and Saturday", "a flood watch until Thursday morning" (the day and one joined to it),
#: "yellow warnings remain in place until midnight on Sunday" (after the hour the day closes),
#: "a warning for rain in south Wales from 06:00 GMT on Sunday until 06:00 on Monday" (its hours).
_WARNING_FOR: Final = compile_ascii(
    r"\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies))\b"
    r"(?:(?!\b(?:was|were|had|expired|lifted|ended)\b)(?:\d[:.]\d\d|[^.;:!?])){0,72}?\b(?:for|covering|until|through|from)\s+"
    r"(?:(?:midnight|noon|midday|\d{1,2}(?:[:.]\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?))"
    r"(?:\s+(?:GMT|BST|UTC|local\s+time))?"
    r"(?:\s+on)?\s+)?"
    r"(?:[\w.]+,?\s+(?:and|or|to|through)\s+)?$",
    re.IGNORECASE,
)


#: A deed someone is accused, charged or convicted of, with the date it was done in its phrase:
#: "A man accused of stabbing two people at Bondi Junction on Saturday night will face court on
#: Monday" (not a plot, whose date may be its target's: "accused of plotting an attack on").
_ACCUSED_OF: Final = compile_ascii(
    r"\b(?:accused|suspected|convicted|charged|arrested|jailed|sentenced|guilty|acquitted|detained)"
    r"\s+(?:of|with|for|over)\s+(?!(?:planning|plotting|conspiring|attempting|trying|threatening)\b)"
    # ... up to the date, with no verb of the sentence's own between ("will appear in court on")
    r"(?:[a-z]+\s+)?[a-z]+ing\b"
    r"(?:(?!\b(?:will|would|shall|is|are|was|were|has|have|had|faces?|appears?|remains?|goes)\b)[^.;:!?]){0,60}$",
    re.IGNORECASE,
)
_ACCUSED_REACH: Final = 100
#: Its first words, but their first letters, looked for first as text: few sentences hold one.
_ACCUSED_WORDS: Final = (
    "ccused uspected onvicted harged rrested ailed entenced uilty cquitted etained".split()
)


#: A forecast of a quarter's or half's figures, right before it: "Apple forecast fourth-quarter
#: revenue above estimates", "sees second-half sales rising" (not "Analysts expected
#: fourth-quarter profit of $1", told once the quarter is over).
_FORECAST_OF_PERIOD: Final = compile_ascii(
    r"\b(?:forecasts?|forecasted|projects|projected|predicts|predicted|guided|sees|expects)"
    r"\s+(?:(?:its|a|an|the|higher|lower|weaker|stronger|better|worse|record|strong|weak)\s+){0,2}$",
    re.IGNORECASE,
)


def _set_by_phrase(sentence: str, start: int, end: int) -> tuple[str, bool] | None:
    """The tense a phrase right before a date settles, whatever the verbs around it: a period a
    figure covers, a putting off or a timetable, a deadline, a present passive (None: no side);
    ``_UNSETTLED`` where none does."""
    if (
        "quarter" in sentence[start:end].lower() or "half" in sentence[start:end].lower()
    ) and _FORECAST_OF_PERIOD.search(sentence, max(0, start - 40), start):
        return "future", False  # "Apple forecast fourth-quarter revenue": a quarter to come
    if (
        sentence[max(0, start - 9) : start].rstrip().lower().endswith(_PERIOD_ENDS)  # looked for first
        and _PERIOD_TO.search(sentence, start - 24, start)
        and not _FORECAST.search(sentence)
        and not _BY_A_SPAN_TO.search(sentence, start - 40, start)
    ):
        # "figures for the three months to November will be published next week": a figure is
        # for a period gone by, whatever the tense of its publishing; but weakly, as a period
        # ending soon may be meant ("prices rose 3% in the year to March", told in January);
        # as surely as a past tense with one in the sentence ("Profit for the nine months to
        # September fell 10%", told in August: last September)
        cues = _cues(sentence)
        if any(cue[2] == "future" and cue[3] for cue in cues) and not any(cue[2] == "past" for cue in cues):
            # ... but what will be reported for a period that may not have ended yet is for the
            # nearest such period ("will report results for the three months ending Dec. 31",
            # told in October; "figures for the three months to November will be published next
            # week", told in December: last November)
            return None
        return "past", any(cue[2] == "past" for cue in cues)
    reach = max(0, start - _DEFERRED_REACH)
    deadline = _DEFERRED_END.search(sentence, start - _DEFERRED_END_REACH, start)
    put_off = deadline is not None and deadline.group()[0] not in "bB"  # no putting off "by" a day
    if put_off and plan_moved_to(sentence, start):
        # put off in the past until a day: the nearest such day, if one is near ("was put on hold
        # until Oct. 14", told on Oct. 3; "postponed the trial until Sept. 22", told on Sept. 30)
        return "future", not _day_put_off_in_past(sentence, start, end)
    if _TIMETABLE.search(sentence, start - 10, start):
        return "future", True
    if sentence.find(" on", max(0, start - 4), start) >= 0 and _PUT_OFF_ON.search(
        sentence, start - 40, start
    ):
        return "past", True  # "The vote was postponed on Sunday": the day of the putting off
    if sentence.find("falls on", max(0, start - 10), start) >= 0 and _DAY_FALLS_ON.search(
        sentence, start - 80, start
    ):
        return "future", False  # "The 40th anniversary of the disaster falls on April 26": a calendar's
    if (
        sentence.find("from", max(0, start - 8), start) >= 0
        and _CHANGES_FROM.search(sentence, start - 40, start)
        and not _LEVEL_AFTER.match(sentence, end)  # "Exports fall from July 2024 peak": a figure then
    ):
        return "future", False  # "Council tax rises by 4.99% from April": a change on a timetable
    if deadline and _MAY_LAST_UNTIL.search(sentence, reach, start):
        return "future", True  # "could take until July": a modal looks ahead to the day
    if deadline and _SUPPOSED_TO.search(sentence, reach, start):
        return "past", False  # "were supposed to submit plans by February": a deadline gone by
    if deadline and (
        (_PURPOSE_BY.search(sentence, reach, start) and not planned_in_past_perfect(sentence, start))
        or (deadline.group()[0] in "bB" and _ASKED_BY.search(sentence, reach, start))  # "... by"
    ):
        return "future", False  # a deadline ahead, but not far: "was ordered to leave by Jan. 14"
    if " be " in sentence[max(0, start - 80) : start] and _ORDERED_THAT.search(sentence, start - 140, start):
        return "future", False  # "ordered that the homes not be demolished before June"
    if "planned" in sentence[max(0, start - 80) : start] and _PLANNED_THING.search(
        sentence, start - 80, start
    ):
        return "future", False  # "planned a demonstration on Saturday": the plan's day is to come
    awaited_lo = max(0, start - _AWAITED_REACH)
    if any(sentence.find(word, awaited_lo, start) >= 0 for word in _AWAITED_WORDS) and (
        awaited := _AWAITED_THING.search(sentence, awaited_lo, start)
    ):
        # "investors are bracing for the Fed's decision on Wednesday": it is to come; but what
        # was braced for may have come since: the nearest such day ("investors braced for the
        # Fed's decision on Wednesday", told on Monday or on Thursday)
        return None if awaited.group().split(None, 1)[0].lower().endswith("ed") else ("future", False)
    if sentence.find("to be", max(0, start - 60), start) >= 0 and _TO_BE_DONE.search(sentence, start - 60, start):
        return "future", False  # "tabled a motion, to be debated on Wednesday": what is still to be done
    if sentence.find("invit", max(0, start - _AWAITED_REACH), start) >= 0 and (
        invited := _INVITED_TO.search(sentence, max(0, start - _AWAITED_REACH), start)
    ):
        # "FIFA has invited them to the World Cup final in Moscow on Sunday": it is to come; but
        # what someone was invited to may have come since: the nearest such day
        return ("future", False) if invited["now"] else None
    if sentence.find(" for ", max(0, start - 6), start) >= 0 and _DELIVERY_FOR.search(sentence, start - 40, start):
        return "future", False  # "crude for May fell $55.90": a contract's month of delivery, to come
    if sentence.find("head", max(0, start - 24), start) >= 0 and _HEADED_FOR.search(sentence, start - 24, start):
        return "future", False  # "were headed to a Dec. 6 runoff": the event's day is to come
    near = sentence[max(0, start - 40) : start].lower()  # looked for first as plain text
    before = sentence[max(0, start - _ACCUSED_REACH) : start]
    if any(word in before for word in _ACCUSED_WORDS) and _ACCUSED_OF.search(
        sentence, start - _ACCUSED_REACH, start
    ):
        return "past", True  # "A man accused of stabbing two people on Saturday will face court"
    if near.rstrip().endswith(_SET_FOR_ENDS) and _date_set_for(sentence, start):
        return "future", True  # "set a trial date of January 11": a day set is to come
    if _SET_A_BEFORE.search(sentence, max(0, start - 24), start) and _DATE_OF_EVENT_AFTER.match(sentence, end):
        return "future", True  # "set a June trial date", "called a March 3 election": to come
    lo = max(0, start - 100)
    if (  # (looked for first as text, whatever the case of the word's first letter)
        sentence.find("arning", lo, start) >= 0
        or sentence.find("lert", lo, start) >= 0
        or sentence.find("atch", lo, start) >= 0
        or sentence.find("dvisor", lo, start) >= 0
    ) and _WARNING_FOR.search(sentence, lo, start):
        return "future", False  # "issued a warning for extreme heat covering Friday and Saturday"
    if "ffect" in sentence[max(0, start - 24) : start] and _EFFECTIVE.search(sentence, start - 24, start):
        return None  # "effective Feb. 1": the nearest Feb. 1, whatever the tense
    if "ext " in near or "coming " in near:
        if (next_event := _NEXT_EVENT.search(sentence, start - 40, start)) and not _ROLE_BEFORE.search(
            sentence, next_event.start(), start
        ):
            return "future", True  # "decided to wait until its next meeting on Dec. 19"
    if (
        near.endswith(("for ", "on "))
        and _SCHEDULED_BEFORE.search(sentence, start - 24, start)
        and _CALLED_OFF_AFTER.match(sentence, end)
    ):
        # "A strike scheduled for August was called off": a plan given up, whose day may have
        # come or not; the nearest such day
        return None
    if planned_in_past_perfect(sentence, start):
        return None  # "had hoped to secure a deal before the summit in November": the nearest
    if " to " in sentence[max(0, start - 100) : start] and _URGED_TO.search(sentence, start - 100, start):
        # "urged voters to turn out in November", "asked residents to stay indoors on Tuesday":
        # what was urged may be done before or after the writer's day; the nearest such day
        return None
    passive = (
        _PRESENT_PASSIVE.search(sentence, start - 40, start) if "is " in near or "are " in near else None
    )
    if passive is not None and not any(
        c[2] == "future" and passive.start() <= c[0] < start for c in _cues(sentence)
    ):
        # "the plant is closed in January": the date's verb is in the present, which tells no
        # side; after "if" or "when" the present looks ahead ("when the case is heard in May")
        if _SUBORDINATE.search(sentence, passive.start() - 50, passive.start()):
            return "future", False
        return None
    return _UNSETTLED


#: What was scheduled for a date, right before it, and given up after it: "A strike scheduled
#: for |August| was called off".
_SCHEDULED_BEFORE: Final = compile_ascii(r"\b(?:scheduled|planned|set|slated)\s+(?:for|on)\s+$", re.IGNORECASE)
_CALLED_OFF_AFTER: Final = compile_ascii(
    r"[^.;:!?]{0,60}?\b(?:was|were)\s+(?:(?:later|then|eventually|abruptly)\s+)?(?:called\s+off|cancell?ed|scrapped"
    r"|abandoned|postponed|delayed|put\s+off|pushed\s+back|suspended)\b",
    re.IGNORECASE,
)


#: Before a weekday's event, what waits or prepares for it: "Investors await Friday's jobs report".
_AWAITED_BEFORE: Final = compile_ascii(
    r"\b(?:await|awaits|awaiting|(?:prepare|prepares|preparing|ready|readies|readying|brace|braces|bracing)\s+for"
    # "Investors are now looking to Friday's jobs report", "look ahead to", "look forward to"
    r"|(?:look|looks|looking)\s+(?:(?:ahead|forward)\s+)?(?:to|towards|toward)"
    # "Stocks rose ahead of Friday's jobs report", "With three days to go before Tuesday's election"
    r"|ahead\s+of|(?:days?|weeks?|hours?)\s+(?:left\s+|to\s+go\s+)?(?:before|until|till)"
    # ... and a fixture in the present: "Sinner plays Alcaraz in Sunday's final", "City face Inter
    # in Saturday's final"
    r"|(?:plays?|faces?|meets?|hosts?|visits?|takes?\s+on)\s+(?:[\w.'’-]+\s+){1,4}?(?:in|at|for))\s+$",
    re.IGNORECASE,
)

def awaited_before(text: str, start: int) -> bool:
    """Whether what stands right before a weekday's possessive waits or prepares for its event
    ("Investors await Friday's jobs report", "ahead of Tuesday's election"): still to come,
    whatever the tense around it."""
    return _AWAITED_BEFORE.search(text, start - 24, start) is not None


#: A plan told in the simple past before a weekday: "The plane was due to land on Friday".
#: ... or prepared for ("as the Senate prepared to leave for its August recess on Friday", "was
#: about to leave on Friday"), or agreed or promised: "the rebels had agreed to release foreign
#: hostages on Saturday morning".
_PLANNED_THEN: Final = compile_ascii(
    r"\b(?:(?:was|were)\s+(?:due|expected|scheduled|set|slated|about|poised|preparing|getting\s+ready)"
    r"|prepared|planned|intended|agreed|promised|pledged|vowed|offered)\s+to\b[^.;:!?]{0,40}$"
    # ... or what was called for that day: "The strike, called for Wednesday, was suspended"
    r"|,\s*called\s+for\s+$"
    # ... or what takes effect on it: "said the new rates were effective Monday"
    r"|\beffective\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)


def planned_then(text: str, start: int) -> bool:
    """Whether a weekday at ``start`` is what a plan told in the simple past was for ("The plane
    was due to land on Friday"): the nearest such day, which may have come or not."""
    return _PLANNED_THEN.search(text, start - 64, start) is not None


def planned_in_past_perfect(text: str, start: int) -> bool:
    """Whether the date at ``start`` is what a plan told in the past perfect was for ("had hoped
    to secure a deal before the summit in November", "which had been due to start in 2027"):
    neither gone by nor still to come, as far as the words tell."""
    return (
        "had " in text[max(0, start - 90) : start]
        and _PLAN_IN_PAST_PERFECT.search(text, start - 90, start) is not None
    )


def _deadline_ahead(sentence: str, start: int) -> bool:
    """Whether a deadline or a condition looks ahead to a date where no tense tells: "The offer
    runs until Sept. 30", "has until midnight on Sunday", "If funding lapses on Wednesday"."""
    return bool(
        _DEADLINE.search(sentence, start - 12, start)
        or _DEADLINE_OF.search(sentence, start - 80, start)
        or _CONDITION.match(sentence)
    )


#: A date that only names a noun's thing, between an article and the noun, in what someone said,
#: with "was" after the noun saying what the thing was: "saying a Dec. 12 vote was the only way".
#: Reported speech puts the copula in the past whatever the day (it may be one to come): too weak
#: a tense to outweigh a date close by; not a deed done ("said the June 5 vote was won").
_SAID_THE_BEFORE: Final = compile_ascii(
    r"\b(?:said|saying|says|argued|arguing|insisted|insisting|claimed|claiming|told\s+[a-z]+)"
    r"\s+(?:that\s+)?(?:a|an|the)\s+$",
    re.IGNORECASE,
)
_NOUN_THEN_VERB: Final = compile_ascii(r"\s+(?:[a-z]+[\s-]+)?[a-z]+\s+$")
_WAS_WHAT: Final = compile_ascii(
    r"(?:was|were)\s+(?:(?:a|an|the|one|seen\s+as|likely|unlikely)\s|(?:his|her|its|their|our)\s+(?!own\b))",
    re.IGNORECASE,
)


#: What stands between "since" and a date that is not its object: a time, then a preposition
#: ("since June on |Thursday").
_SINCE_THEN_ON: Final = compile_ascii(r"\s+\S+(?:\s+\S+){0,3}?\s+(?:on|in|at|by)\s+", re.IGNORECASE)


#: A participle opening a clause after a comma (not a preposition or a noun in -ing: "during",
#: "including", "the morning").
_PARTICIPLE_OPENS: Final = compile_ascii(
    r"\s*(?!(?:during|including|according|following|regarding|concerning|pending|excluding|starting"
    r"|beginning|spring|something|nothing|anything|everything)\b)[a-z]{3,}ing\b"
)


#: What something is kept as, before its participle: "will keep its banks |closed".
_KEPT_AS: Final = compile_ascii(r"\b(?:keep|keeps|keeping)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
#: A participle after "as" that tells how, not when: "went ahead as planned", "as expected".
_AS_PLANNED: Final = compile_ascii(
    r"(?:planned|scheduled|expected|promised|agreed|announced|intended|forecast|predicted|feared|hoped)",
    re.IGNORECASE,
)


def _nearest_cue(
    sentence: str, start: int, end: int, reported: bool, strength: bool, history: bool = False
) -> tuple[str, bool] | None:
    """``tense_cue`` where no phrase settles the tense: the nearest cue, weighed (in a
    ``history``, with no verb in the present looking ahead: see ``looks_ahead``)."""
    break_starts, break_ends = _breaks(sentence)
    i = bisect.bisect_right(break_ends, start)
    clause_start = break_ends[i - 1] if i else 0
    if i and sentence[break_starts[i - 1]] == "," and _PARTICIPLE_OPENS.match(sentence, clause_start):
        # "Flu season was the worst in a decade, peaking in January": a participle's clause
        # belongs to the clause before it, whose verb tells its tense
        clause_start = break_ends[i - 2] if i > 1 else 0
    j = bisect.bisect_left(break_starts, end)
    clause_end = break_starts[j] if j < len(break_starts) else len(sentence)
    cues = _cues(sentence)
    # Only cues near the mention count, so that a sentence of endless dates stays linear.
    first = bisect.bisect_left(cues, (start - _REACH,))
    last = bisect.bisect_right(cues, (end + _REACH,))
    best: tuple[bool, float, str, bool] | None = None
    best_span = (0, 0)
    last_cue = cues[-1][0] if cues else -1
    conditional = sentence.find("if ", max(0, start - _REACH), end + _REACH) >= 0
    for c_start, c_end, tense, strong in cues[first:last]:
        if c_end > start and c_start < end:
            continue
        if tense == "past" and conditional and _WOULD_IF.search(sentence, max(0, c_start - 120), c_start):
            # "would accept the plan if the holiday in July was extended": a condition to come
            tense, strong = "future", False
        if c_start >= end and sentence[c_start : c_start + 5].lower() == "ahead":
            continue  # "were closed on Saturday ahead of the storm": what is ahead is the storm
        if tense == "future" and c_start >= end and " ".join(sentence[c_start:c_end].lower().split()) in _MOVED_TO_WORDS:
            # "A court on Saturday postponed until Sep 6 the trial": the day of the moving, gone by
            # (what it was moved to lies ahead)
            tense = "past"
        if (
            tense == "past"
            and c_end <= start
            and sentence.find("kee", max(0, c_start - 40), c_start) >= 0
            and _KEPT_AS.search(sentence, max(0, c_start - 40), c_start)
        ):
            continue  # "will keep its banks closed on Monday": what they are kept as, no deed
        if tense == "past" and sentence[max(0, c_start - 5) : c_start].lower() == "ever " and (
            c_start < 6 or not sentence[c_start - 6].isalpha()
        ):
            continue  # "the oldest person ever inaugurated", "the largest ever recorded": no deed
        if (
            sentence[max(0, c_start - 3) : c_start].lower() == "as "
            and (c_start < 4 or not sentence[c_start - 4].isalpha())  # (not "has scheduled")
            and _AS_PLANNED.fullmatch(sentence, c_start, c_end)
        ):
            continue  # "go ahead as planned on Sunday", "went ahead as scheduled": no tense of its own
        if (
            tense == "past"
            and c_end <= start
            and sentence[c_start:c_end].lower() == "since"
            and _SINCE_THEN_ON.fullmatch(sentence, c_end, start) is not None
            and any(t == "future" and clause_start <= c0 < c_start for c0, _, t, _ in cues[first:last])
        ):
            # "is expected to cut rates for the sixth time since June on Thursday": a count since
            # a time gone by, in a clause whose verb looks ahead
            continue
        if (
            history
            and tense == "future"
            and " ".join(sentence[c_start:c_end].lower().split()) in _TIMETABLE_PRESENT
        ):
            continue
        if (
            c_start >= clause_end
            and c_start == last_cue  # "said all deposits would be protected": it reports what follows
            and len(sentence) - c_end <= _ATTRIBUTION_TAIL
            and sentence[c_start:c_end].lower() in _ATTRIBUTION
            and _ATTRIBUTION_THEN.match(sentence, c_end) is not None
        ):
            continue  # "... by Friday night, the weather service said.": when it was said
        if (
            reported
            and c_end <= start
            and sentence[c_start:c_end].lower() in _ATTRIBUTION
            and _SAID_THEN.fullmatch(sentence, c_end, start)
        ):
            continue
        if (
            c_end <= start
            and sentence[c_start:c_end].lower() in _ATTRIBUTION
            and _THAT_AFTER.fullmatch(sentence, c_end, start) is not None
            # (not the day of the saying: "told a news conference on Tuesday that ...")
            and THAT_NEXT.match(sentence, end) is None
            and _own_verb_after(sentence, end, cues[first:last])
        ):
            # "said that in March prices rose", "said that by the summer ships could be needed":
            # what is said has a verb of its own (a past, an auxiliary or a modal)
            continue
        if (
            tense == "past"
            and c_end <= start
            and _FOR_THEN.fullmatch(sentence, c_end, start) is not None
            and _DAY_OF_CALENDAR.match(sentence, start) is not None
        ):
            # "Tickets bought for 5 March will be refunded": what it was done for, no day it was
            # done (but "gathered for Lunar New Year", "home for Christmas": then)
            continue
        distance = start - c_end if c_end <= start else (c_start - end) * _AFTER_WEIGHT
        if (
            c_end <= start
            and (
                distance <= _NEXT_TO
                or (
                    distance <= 40
                    and (
                        _PHRASE_TO_DATE.fullmatch(sentence, c_end, start)
                        or _AT_AN_HOUR_ON.fullmatch(sentence, c_end, start)
                    )
                )
            )
            # not a verb that sets the date it names ("the record date fixed as October 15")
            and sentence[c_start:c_end].lower() not in _DATE_SETTING
        ):
            distance = -1.0  # the verb right before governs the date: "data gathered on Monday would"
        outside = not (clause_start <= c_start and c_end <= clause_end) or (
            c_start >= end and _COORDINATED.search(sentence, end, c_start) is not None
        )
        if outside and _in_relative_aside(sentence, c_start, c_end, start, end):
            continue  # "The river, which runs through the capital, burst its banks on Saturday"
        if best is None or (outside, distance) < best[:2]:
            best = (outside, distance, tense, strong)
            best_span = (c_start, c_end)
    if (best is None or (best[0] and _MAY_HAPPEN.search(sentence, start - 120, start))) and _deadline_ahead(
        sentence, start
    ):
        # "The offer runs until Sept. 30": with no tense, a deadline ahead; a state lasting
        # "until" a day with no past tense in its sentence lasts until one still to come, however
        # near one of that name lies behind ("Parliament is in recess until September")
        return "future", best is None and _UNTIL_RIGHT_BEFORE.search(sentence, start - 8, start) is not None
    if best is None and _TIMETABLE_BE.search(sentence, start - 60, start):
        return "future", False  # "The next game is at home to Levante on Saturday": a timetable
    # a cue outside the clause gives the direction, but too weakly to outweigh a date close by;
    # a verb right before the date in its clause is as telling as an auxiliary ("ran from July 26")
    if best is None or best[2] == _NO_SIDE:
        if (
            sentence.find("fter", max(0, start - 100), start) >= 0
            and _AFTER_A_DEED_IN.search(sentence, max(0, start - 100), start)
            and not tells_of_future(sentence)
        ):
            return "past", True  # "has been banned after testing positive in October": it happened
        return None
    if (
        best[2] == "past"
        and best_span[1] <= start
        and sentence[best_span[0] : best_span[0] + 4].lower() == "warn"
        and _WARNED_OF_THEN.fullmatch(sentence, best_span[1], start) is not None
        # (not one warned, whose day it is: "He was warned of the risks on Friday")
        and _BEEN_BEFORE.search(sentence, max(0, best_span[0] - 10), best_span[0]) is None
    ):
        # "warned of more disruption on Monday": what is warned of is still to come (the day
        # of the warning is written before its object: "warned on Saturday of heavy snow")
        return "future", False
    if (
        best[2] == "future"
        and sentence[best_span[0] : best_span[0] + 5].lower() == "ahead"
        # (a day of the week lies within days of a time just gone by: "Shares rose ahead of
        # Friday's jobs report" is of the Friday to come)
        and sentence[start : start + 3].lower() not in WEEKDAYS
        and any(
            t == "past" and clause_start <= c0 and c1 <= best_span[0] for c0, c1, t, _ in cues[first:last]
        )
    ):
        # "shoppers held back ahead of Black Friday": what lay ahead of a time gone by may have
        # come since, or be still to come: too weak a cue to outweigh the nearest such day
        return "future", False
    if (
        best[2] == "future"
        and best_span[1] <= start
        and _expected_then_past(sentence, best_span, clause_end, cues)
    ):
        return "past", False
    if not strength:
        return best[2], False
    if (
        best[2] == "future"
        and best_span[1] <= start
        and (
            (after := _AFTER_AN_EVENT_IN.search(sentence, max(0, start - 60), start)) is not None
            or (after := _FOLLOWS_AN_EVENT_IN.search(sentence, max(0, start - 90), start)) is not None
        )
        and best_span[1] <= after.start()
        and sentence[start : start + 3].lower() not in WEEKDAYS  # (a day of the week may be ahead)
    ):
        # "Markets expect rates to be held, after a cut in August": what the news comes after
        # has happened (or follows: "The sale, expected to close by the end of the year, follows
        # the sale of the Foley's chain in May")
        return "past", False
    side = _SIDE_WORD_BEFORE.search(sentence, max(0, start - 14), start)
    if side is not None and (side[1].lower() == "before") == (best[2] == "past"):
        # "were affected on the busiest weekend before Christmas", told on 14 December: what
        # came before a day may have come before the one just ahead (and what will come after a
        # day, after the one just gone): too weak a tense to outweigh the nearest such day
        return best[2], False
    next_to = best[1] < 0  # a verb right before the date
    strong = best[3] or next_to
    if (
        strong
        and best_span[0] >= end
        and _SAID_THE_BEFORE.search(sentence, max(0, start - 30), start) is not None
        and _NOUN_THEN_VERB.fullmatch(sentence, end, best_span[0]) is not None
        and _WAS_WHAT.match(sentence, best_span[0]) is not None
    ):
        strong = False  # "saying a Dec. 12 vote was the only way": the vote's verb, not the day's
    if not strong and not best[0]:
        # the auxiliary of the nearest verb: "will play its first game on Aug. 30"
        for c_start, c_end, t, s in cues[first:last]:
            if s and t == best[2] and clause_start <= c_start and c_end <= start:
                strong = True
                break
    if best[2] == "past" and _past_verb_governs(
        sentence,
        start,
        end,
        best_span,
        not best[0],
        cues[first:last],
        (clause_start, clause_end),
        break_starts,
    ):
        return "past", True
    if (
        best[2] == "future"
        and best[0]
        and best[3]
        and best_span[0] >= end
        and start <= 24
        and _FRONTED.fullmatch(sentence, 0, start) is not None
        and _SUBJECT_THEN_VERB.fullmatch(sentence, end, best_span[0]) is not None
    ):
        return "future", True  # "In June, the leaders will meet": the auxiliary of the clause it opens
    return best[2], strong and not best[0]


#: Time given until a day, or a custody or a term run until it: a deadline or a hearing still to
#: come, whatever the tense of the giving.
_TIME_GIVEN: Final = compile_ascii(r"\b(?:gave|give|given|gives|grant|bail|remand|extend)\w*", re.IGNORECASE)


def _day_put_off_in_past(sentence: str, start: int, end: int) -> bool:
    """Whether a day of the month (written with its number) was put off until in the past: a
    past tense before it in its sentence, and no day of the writer's week it was put off on
    ("was arrested on Tuesday and released on bail until July 8": after that Tuesday).  Time
    given until a day is a deadline still to come ("gave prosecutors until July 5 to respond",
    "released on bail until July 8", "extended the deadline to July 5")."""
    return (
        any(c.isdigit() for c in sentence[start:end])
        and _TIME_GIVEN.search(sentence, max(0, start - _DEFERRED_REACH), start) is None
        and any(cue[2] == "past" and cue[1] <= start for cue in _cues(sentence))
        and not _WEEK_DAY.search(sentence, 0, start)
    )


def plan_moved_to(text: str, start: int) -> bool:
    """Whether the date at ``start`` is one a plan was moved, put off or brought forward to
    ("postponed the vote to May 3", "moved the release to May 1, 2026")."""
    reach = start - _DEFERRED_REACH
    return bool(_DEFERRED.search(text, reach, start) or _MOVED_TO.search(text, reach, start))


#: A day of the writer's week ("on Tuesday", "yesterday", "last week") and a past verb it dates,
#: right before it ("said on Tuesday", "agreed last week", "was dissolved on Monday") or right after
#: it ("The court on Monday ordered").
_WEEK_DAY: Final = compile_ascii(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|(?:last|this)\s+week)\b", re.IGNORECASE
)
_PAST_VERB: Final = r"(?P<verb>[a-z]{3,}ed|said|told|held|took|made|gave|set|chose|sought|won)"
_PAST_VERB_BEFORE: Final = compile_ascii(rf"\b{_PAST_VERB}\s+(?:(?:on|earlier)\s+)?$", re.IGNORECASE)
_PAST_VERB_AFTER: Final = compile_ascii(rf"\s+(?:and\s+)?(?:[a-z]+ly\s+)?{_PAST_VERB}\b", re.IGNORECASE)
#: The verbs whose infinitive looks ahead from their day ("voted on Tuesday to close the bridge
#: in March"): those of ``_PROSPECTIVE``, and a choice made.
_AHEAD_TO: Final = _PROSPECTIVE | frozenset("voted opted resolved moved offered chose sought".split())
#: An infinitive, no passive or perfect: "to close", not "to be" or "to have".
_TO_VERB: Final = compile_ascii(
    r"\s(?:[a-z]+\s+){0,6}?to\s+(?!(?:be|have|the|a|an)\b)[a-z]+\b", re.IGNORECASE
)
#: The verbs whose object itself looks ahead from their day, with no infinitive: "signalled a cut
#: in December", "promised elections in March", "warned of storms in October" (not "announced",
#: which as often tells of results: "announced a rise in sales in July").
_AHEAD_OBJECT: Final = frozenset(
    "signalled signaled promised pledged vowed threatened planned scheduled proposed predicted forecast warned".split()
)
#: How far after such a verb its object's date may stand.
_AHEAD_OBJECT_REACH: Final = 60


def _dated_past(sentence: str, start: int) -> tuple[str, int] | None:
    """The last past verb before ``start`` dated to a day of the writer's week, and where what it
    governs begins (after the day or the verb, whichever comes last)."""
    if sentence.find("day", 0, start) < 0 and sentence.find("week", 0, start) < 0:
        return None  # (looked for first as text)
    found = None
    for day in _WEEK_DAY.finditer(sentence, 0, start):
        before = _PAST_VERB_BEFORE.search(sentence, max(0, day.start() - 24), day.start())
        if before is not None:
            found = (before["verb"].lower(), day.end())
            continue
        after = _PAST_VERB_AFTER.match(sentence, day.end(), start)
        if after is not None:
            found = (after["verb"].lower(), after.end())
    return found


def ahead_of_dated_past(sentence: str, start: int) -> bool:
    """Whether a date looks ahead from a past verb dated to the writer's week: it stands after a
    future cue, or an infinitive of a verb that looks ahead, that follows such a verb, with no
    past tense of its own between ("said on Tuesday it would cut jobs in October", "agreed
    last week to sell the unit in a deal due to close in June", "The council voted on Tuesday to
    close the bridge in March", "Parliament was dissolved on Monday, paving the way for elections
    in October").  What is told on a day of this week as still to come is still to come, however
    near the reference a month of the same name lies behind it.

    Args:
        sentence: the sentence text.
        start: the mention's start within it.
    """
    dated = _dated_past(sentence, start)
    if dated is None:
        return False
    verb, governed = dated
    ahead = -1  # where what looks ahead ends
    if verb in _AHEAD_TO:
        to = _TO_VERB.match(sentence, governed, start)
        if to is not None:
            ahead = to.end()
    if ahead < 0 and verb in _AHEAD_OBJECT and start - governed <= _AHEAD_OBJECT_REACH:
        ahead = governed  # "signalled on Thursday a cut in December" (no tense of its own between: below)
    for c_start, c_end, tense, _ in _cues(sentence):
        if c_start < governed or c_end > start:
            continue
        if tense == "future" and ahead < 0:
            ahead = c_end
        elif tense != "future" and ahead >= 0 and c_start >= ahead:
            return False  # "said on Tuesday it would sell the unit it bought in October"
    return ahead >= 0


def forget_sentences() -> None:
    """Drop the tense cues read from the last sentences (kept because a sentence often holds
    several dates), so that the next texts are read afresh."""
    for cached in (_breaks, _cues, tells_of_future):
        cached.cache_clear()
