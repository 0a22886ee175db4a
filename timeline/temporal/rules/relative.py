"""Expressions relative to the reference date ("yesterday", "on Sunday", "last year", "three
years ago"), to the narrative's last date ("two weeks later", "the following day"), and
references to the present, past and future ("now", "recently", "soon")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from ..asciimode import compile_ascii
from ..expressions import Expr
from ..lexicon import (
    AMOUNT_RE,
    DAY_RE,
    EVENT_DATED_AFTER,
    FULL_MONTH_RE,
    FULL_WEEKDAY_RE,
    HOLIDAY_WEEKDAY_WORDS_RE,
    MONTH_RE,
    NUMBER_RE,
    SEASON_WORDS,
    UNIT_RE,
    YEAR_RE,
    amount,
    number_value,
    weekday_number,
)
from ..tense import PAST_VERB_SOURCE
from .base import (
    _PARTS_OF_DAY,
    EDGE_BEFORE,
    END_RE,
    REL_OFFSETS,
    SAID_BEFORE,
    _clock_time,
    _mod,
    after_midnight,
    next_word,
    prev_word,
    rule,
)

# --- deictic expressions: relative to the reference date --------------------------------------


#: A capitalised word alone in quotes after a word of its sentence ('sang "Yesterday" at'),
#: and the closing quote right after it, with no comma in it ('"Yesterday," she said' is speech).
_QUOTE_OPENS_TITLE: Final = compile_ascii(r"[a-z,][^\S\n]+[\"“‘']$")
_TITLE_IN_QUOTES: Final = compile_ascii(r"[\"”’'](?![,.;:!?])")


@rule(
    "today",
    r"\b(?:(?:early|late)\s+)?(?P<w>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b(?!['’]s)(?:\s+(?P<part>morning|afternoon|evening|night))?|\b(?P<w2>today|yesterday|tomorrow)(?=['’]s)",
    ("Talks resume today.", "today", "2025-08-18"),
    ("He said yesterday that", "yesterday", "2025-08-17"),
    ("ends tomorrow", "tomorrow", "2025-08-19"),
    ("it was signed late yesterday", "late yesterday", "2025-08-17"),
    ("Later today, the court rules.", "today", "2025-08-18"),
    ("yesterday morning", "yesterday morning", "2025-08-17TMO"),
    # a title in quotes, capitalised within its sentence: a song, a film, a book
    ('He sang "Yesterday" at the gala.', "Yesterday", None),
    ('"Yesterday," she said, "was hard."', "Yesterday", "2025-08-17"),
    ('He said the vote was "today" and no later.', "today", "2025-08-18"),
)
def _today(m: re.Match[str], text: str) -> Expr | None:
    if (
        m.group()[0].isupper()
        and _TITLE_IN_QUOTES.match(text, m.end())
        and _QUOTE_OPENS_TITLE.search(text, m.start() - 3, m.start())
    ):
        return None  # 'He sang "Yesterday" at the gala': a title
    w = " ".join((m["w"] or m["w2"]).lower().split())
    n = {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    part = _PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    if w == "today" and not part:  # which a history reads as its writer's present (see ``resolve``)
        return Expr("deictic", unit="day", n=0, rel="today")
    return Expr("deictic", "TIME" if part else "DATE", unit="day", n=n, part=part)


@rule(
    "part-of-day",
    # (early or late in it: "late last night", "early this morning", within the expression)
    r"\b(?:(?P<edge>early|late)\s+(?=this\s|tonight|last\s+night))?"
    r"(?:(?P<this>this)\s+(?P<part>morning|afternoon|evening)|(?P<tonight>tonight)|(?P<last>last)\s+night"
    r"|(?P<that>that(?:\s+same)?|the\s+same|the\s+(?P<rel>next|following|previous|preceding))"
    r"\s+(?P<part2>morning|afternoon|evening|night)"
    # "The night before, engineers warned": of the day before the story's (not "the night before
    # the launch", an event's)
    r"|the\s+(?P<part3>morning|afternoon|evening|night)\s+(?P<dir>before|after)(?=[^\S\n]*[,.;:!?)])"
    # "Explosions were heard overnight", "overnight losses in New York": the night just gone (or,
    # looked ahead to, tonight)
    r"|(?P<overnight>overnight)(?![-‑])"
    r")\b",
    ("Officials met this morning.", "this morning", "2025-08-18TMO"),
    ("The launch was on Jan. 28. The night before, engineers warned.", "The night before", "2025-01-27TNI"),
    ("He was arrested on Aug. 4. The morning after, he was freed.", "The morning after", "2025-08-05TMO"),
    ("The night before the launch, engineers warned.", "night", None),
    ("fighting last night", "last night", "2025-08-17TNI"),
    ("Officials said late last night that the road was closed.", "late last night", "2025-08-17TNI"),
    ("Early this morning, the road closed.", "Early this morning", "2025-08-18TMO"),
    ("The Tonight Show returned.", "Tonight", None),
    # the story's day: "They landed on Aug. 4. That night, ..."
    ("Troops landed on Aug. 4. That night, the town fell.", "That night", "2025-08-04TNI"),
    ("He was arrested on Aug. 4. The next morning, he was freed.", "The next morning", "2025-08-05TMO"),
    ("They met on Aug. 4; the previous evening, talks had failed.", "the previous evening", "2025-08-03TEV"),
    ("Explosions were heard overnight in Kyiv.", "overnight", "2025-08-17TNI"),
    ("London shares fell after overnight losses in New York.", "overnight", "2025-08-17TNI"),
    ("Heavy rain is expected overnight.", "overnight", "2025-08-18TNI"),
    ("The central bank raised its overnight rate.", "overnight", None),
    ("It was no overnight success.", "overnight", None),
    ("Guests paid for an overnight stay.", "overnight", None),
    ("Peace will not come overnight.", "overnight", None),
    ("The town grew almost overnight.", "overnight", None),
)
def _part_of_day(m: re.Match[str], text: str) -> Expr | None:
    if m["overnight"]:
        if next_word(text, m.end()) in _OVERNIGHT_THINGS or prev_word(text, m.start()) in ("an", "no"):
            return None  # "the overnight rate", "an overnight success": a kind of thing, no night
        if _OVERNIGHT_AS_QUICKLY.search(text, m.start() - 60, m.start()):
            return None  # "It did not happen overnight", "almost overnight": quickly, no night
        return Expr("deictic", "TIME", unit="day", n=-1, part="TNI", rel="overnight")
    # a part of a day is a TIME in TimeML ("last night": 2025-08-17TNI)
    if m["part3"]:
        n = 1 if m["dir"].lower() == "after" else -1
        return Expr("anaphoric", "TIME", unit="day", n=n, part=_PARTS_OF_DAY[m["part3"].lower()])
    if m["that"]:
        n = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get((m["rel"] or "").lower(), 0)
        return Expr("anaphoric", "TIME", unit="day", n=n, part=_PARTS_OF_DAY[m["part2"].lower()])
    edge = _mod(m["edge"]) if m["edge"] else None
    if m["last"]:
        return Expr("deictic", "TIME", unit="day", n=-1, part="TNI", mod=edge)
    if m["tonight"] and m["tonight"][0] == "T" and text.startswith(" Show", m.end()):
        return None  # "The Tonight Show": a programme's name
    part = "TNI" if m["tonight"] else _PARTS_OF_DAY[m["part"].lower()]
    return Expr("deictic", "TIME", unit="day", n=0, part=part, mod=edge)


#: After "overnight", what makes it a kind of thing rather than a night told: "the overnight
#: rate", "overnight stays", "an overnight success", "overnight trains".
_OVERNIGHT_THINGS: Final = frozenset(
    "rate rates stay stays success successes sensation bag bags camp camps shift shifts index repo"
    " repos lending deposit deposits oats parking flight flights train trains bus buses ferry guests"
    " guest visit visits visitors trip trips hike hikes delivery shipping funding borrowing money"
    " market markets loan loans swap swaps interbank care accommodation accommodations express"
    " sleeper sleepers star stars".split()
)


#: Before "overnight", what makes it mean "quickly": a denial or a hedge ("did not happen
#: overnight", "Things won't change overnight", "almost overnight").
_OVERNIGHT_AS_QUICKLY: Final = compile_ascii(
    r"(?:\b(?:not|never|cannot)\b|n['’]t\b)[^.;:!?,]*$"
    r"|\b(?:almost|virtually|practically|seemingly|nearly|literally|quite\s+literally|as\s+if)\s+$",
    re.IGNORECASE,
)


_OF_EVERY: Final = compile_ascii(r"\s+of\s+(?:every|each)\b", re.IGNORECASE)
#: A day of the month right before a weekday in brackets: "Jan. 6 (Thursday)", and with a
#: Markdown emphasis closed around the day, "**Mar 10** (Sunday)".
_DAY_IN_BRACKETS_BEFORE: Final = compile_ascii(r"\d(?:st|nd|rd|th)?(?:\*\*?|__?)?\s*\(\s*$")
#: ... or after it and a comma, as Indian copy writes it: "on December 12, Friday", "on 3 December,
#: Wednesday", "on Feb. 25, 2009, Monday".
_DAY_AND_COMMA_BEFORE: Final = compile_ascii(
    rf"(?:\b(?-i:{MONTH_RE})\.?[^\S\n]*{DAY_RE}|\b{DAY_RE}[^\S\n]+(?:of[^\S\n]+)?(?-i:{MONTH_RE})\.?)"
    rf"(?:,?[^\S\n]+{YEAR_RE})?,[^\S\n]*(?:an?[^\S\n]+)?$"  # ("2 February 2026, a Monday")
)
#: Before a weekday, these make a name: a holiday, a crash, a day of primaries or of a massacre.
_HOLY_DAY_BEFORE: Final = compile_ascii(rf"\b(?:{HOLIDAY_WEEKDAY_WORDS_RE}|Bloody)\s+$")
#: A weekday that names a paper or a show: "Sunday Times reporters", "Saturday Night Live", "the
#: Mail on Sunday".
_TITLE_AFTER: Final = compile_ascii(
    r"[^\S\n]+(?:Times|Telegraph|Express|Mirror|Herald|Post|Observer|Independent|Tribune"
    r"|Night[^\S\n]+(?:Live|Football))\b"
)
_TITLE_BEFORE: Final = compile_ascii(r"\b(?:Mail|Sun)[^\S\n]+on[^\S\n]+$")
#: "the first Tuesday after the first Monday in November": a rule for finding a day, no day itself
#: (where a month follows, "nth-weekday" reads the whole: "the second Tuesday of March").
_ORDINAL_BEFORE: Final = compile_ascii(
    r"\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+$", re.IGNORECASE
)


#: Words after which "that" opens what is known, not the story's day: "heard that Tuesday was".
_LEARNT_BEFORE: Final = compile_ascii(
    r"\b(?:heard|learned|learnt|ruled|decided|agreed|revealed|indicated|signall?ed|understood"
    r"|reali[sz]ed|recalled|remembered|clear|sure|aware|evident|likely|hope|hoped)\s+$",
    re.IGNORECASE,
)


#: Before a weekday, these make it any such day, no one day: "on a Thursday morning in late April",
#: "One Sunday in May", also with the weather or the mood of the day between: "on a rainy Tuesday
#: in late August", "one bright, cold Sunday in March".
_ANY_BEFORE: Final = compile_ascii(
    # (an adjective in -y from a list, not any word: "attended a rally Thursday" is that Thursday)
    r"\b(?:a|one|any)\s+(?:(?:(?:rain|sunn|snow|wind|cloud|storm|fogg|mist|chill|frost|mugg|steam|balm|love"
    r"|bus|laz|sleep|gloom|drear|breez|hum|sultr|ic|dust|smogg|rain-soak)y|[a-z]+ful|cold|hot|warm|mild|wet|dry|grey|gray|bright|dark|quiet"
    r"|typical|normal|recent|certain|particular|single)(?<!\bday),?\s+){0,2}$",
    re.IGNORECASE,
)
#: How far before a weekday ``_ANY_BEFORE`` looks.
_ANY_REACH: Final = 32
#: ... where the weekday is the head, not a word before one ("a Sunday night memorial service"
#: is that Sunday's).
_ANY_AFTER: Final = compile_ascii(
    r"\s*(?:[,.;:!?)\"”]|$|(?:in|of|at|on|like|when|that|and|or|before|after|during|with|which|but"
    # ... or a word that opens what follows: "falls on a Sunday this year"
    r"|this|last|next|every|for|to|from|by|as|so|because|since|until|while|is|was|were|are|will|would)\b)"
)


@rule(
    "weekday",
    rf"\b(?:(?P<edge>early|late)\s+)?(?:(?P<story>that(?:\s+same)?|the\s+(?:same|following|previous|preceding))\s+"
    rf"|(?:the\s+|this\s+(?=past\s|coming\s))?(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{FULL_WEEKDAY_RE})s?\b(?!['’]s?\s+(?:Child|Island))(?:\s+(?P<part>morning|afternoon|evening|night)(?P<parts>s\b)?)?"
    # its week: "Tuesday last week", "on Tuesday of next week"; "Monday week" (a week after Monday)
    r"(?:\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week\b(?![-'’])|(?<![sS])\s+(?P<week>week)\b(?![-'’])"
    # "on Monday last", "Tuesday next": the last or the next such day, as British and Indian
    # papers write it (not "Monday next to", "Monday last year")
    # (at a line's end too, and so the same whatever the next paragraph holds: a property test)
    r"|\s+(?P<post>last|next)(?=[^\S\n]*(?:[.,;:!?)]|\n|$)|[^\S\n]+(?:and|but|or|when|at|in|on|for|by|that"
    r"|which|with|after|before|he|she|they|it|we|the|a|an|his|her|their|its)\b))?",
    ("A temporary service will run on Saturday mornings.", "Saturday mornings", "XXXX-WXX-6TMO"),
    ("Two flights will leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
    ("the meeting on Sunday, Madbouly", "Sunday", "2025-08-17"),
    ("will meet next Thursday", "next Thursday", "2025-08-21"),
    ("arrived last Friday", "last Friday", "2025-08-15"),
    ("the talks ended early Saturday", "early Saturday", "2025-08-16"),
    ("Earlier Friday, police said", "Friday", "2025-08-15"),
    ("clashes on Saturday night", "Saturday night", "2025-08-16TNI"),
    ("This past Sunday, the team won", "This past Sunday", "2025-08-17"),
    ("The fair closed on Sunday last", "Sunday last", "2025-08-17"),
    ("Meetings are on the first Monday of every month.", "Monday", None),
    ("Voters go to the polls on the first Tuesday after the first Monday in November.", "Tuesday", None),
    ("Sunday Times reporters were there.", "Sunday", None),
    ("The summit opens on Jan. 6 (Thursday) in Paris.", "Thursday", None),
    ("- **Mar 10** (Sunday): production cutover", "Sunday", None),
    # a named day, which no reference date places: primaries, a massacre
    ("The vote falls on Super Tuesday.", "Tuesday", None),
    ("The march commemorated Bloody Sunday.", "Sunday", None),
    ("the Mail on Sunday reported", "Sunday", None),
    ("The Sun on Sunday ran the story.", "Sunday", None),
    ("He hosted Saturday Night Live in May.", "Saturday", None),
    ("The Times said on Sunday that talks had failed.", "Sunday", "2025-08-17"),
    ("The board met on Tuesday last week.", "Tuesday last week", "2025-08-12"),
    ("The board met on Tuesday of last week.", "Tuesday of last week", "2025-08-12"),
    ("The board meets on Friday next week.", "Friday next week", "2025-08-29"),
    ("The vote is set for Monday week.", "Monday week", "2025-09-01"),
    ("a week-long strike began on Monday", "Monday", "2025-08-18"),
    ("The petitioner approached the court on Monday last.", "Monday last", "2025-08-11"),
    ("The case was adjourned to Tuesday next, when the judge will rule.", "Tuesday next", "2025-08-19"),
    ("He sat on Monday next to the minister.", "Monday", "2025-08-18"),
    # the story's week: "that Tuesday", "the following Friday" count from the last day told
    ("Talks began on Aug. 4. That Friday, they failed.", "That Friday", "2025-08-08"),
    ("Talks began on Aug. 4 and resumed the following Monday.", "the following Monday", "2025-08-11"),
    (
        "Talks failed on Aug. 4; the previous Friday, they had looked close.",
        "the previous Friday",
        "2025-08-01",
    ),
    # ... from a month told before, another than the writer's: a day of that month's story
    (
        "The first warning came in early March. By the following Monday, beds ran out.",
        "the following Monday",
        "2025-03",
    ),
    ("Talks began in August. The following Monday, they failed.", "The following Monday", "2025-08-25"),
    ("The minister said that Friday was the worst day.", "Friday", "2025-08-15"),
    # any such day: no one day
    ("Depositors queued on a Thursday morning in late April.", "Thursday morning", "XXXX-WXX-4TMO"),
    ("One Sunday in May, the family drove to the coast.", "Sunday", "XXXX-WXX-7"),
    ("She announced her bid on a rainy Tuesday in late August.", "Tuesday", "XXXX-WXX-2"),
    ("One bright, cold Sunday in March, they left.", "Sunday", "XXXX-WXX-7"),
    ("The anniversary falls on a Sunday this year.", "Sunday", "XXXX-WXX-7"),
    ("Castro attended a rally Thursday by media workers.", "Thursday", "2025-08-14"),
    ("The event will be held on December 12, Friday.", "Friday", None),
    ("The results were declared on 3 December, Wednesday, by the board.", "Wednesday", None),
    ("He left a day before Tuesday, when the talks ended.", "Tuesday", "2025-08-12"),
    # the day after or before an event, counted from the story's last day (the event's)
    ("The vote was on Aug. 5. Results came the Saturday after the vote.", "Saturday", "2025-08-09"),
    ("The rally, held the Sunday before the vote, drew thousands.", "Sunday", "2025-08-17"),
    ("About 500 people attended a Sunday night memorial service.", "Sunday night", "2025-08-17TNI"),
    # a timetable's days are of every week
    ("The library is open Monday to Friday, 9 a.m. to 8 p.m.", "Monday", "XXXX-WXX-1"),
    ("Regular hours are Monday-Friday 9am-5pm and Saturday, 10am-2pm.", "Saturday", "XXXX-WXX-6"),
    ("The polls are open Tuesday, 7 a.m. to 8 p.m.", "Tuesday", "2025-08-19"),
)
def _weekday(m: re.Match[str], text: str) -> Expr | None:
    if _OF_EVERY.match(text, m.end()):
        return None  # "the first Monday of every month": a rule, no day
    if not m["rel"] and (
        _DAY_IN_BRACKETS_BEFORE.search(text, m.start() - 8, m.start())
        or (
            "," in text[m.start() - 4 : m.start()]
            and _DAY_AND_COMMA_BEFORE.search(text, m.start() - 24, m.start())
        )
    ):
        return None  # "Jan. 6 (Thursday)", "December 12, Friday": the weekday of the day before it
    if not m["rel"] and _HOLY_DAY_BEFORE.search(text, m.start() - 8, m.start()):
        return None  # "the Good Friday Agreement": a name (a holiday is read as one)
    if not m["rel"] and _ORDINAL_BEFORE.search(text, m.start() - 8, m.start()):
        return None
    if not m["rel"] and (
        _TITLE_AFTER.match(text, m.end("wd")) or _TITLE_BEFORE.search(text, m.start() - 10, m.start())
    ):
        return None  # "the Sunday Times": a paper
    if (m.group().lower().endswith("s") and not m["part"] and m["wd"].lower() + "s" == m.group().lower()) or (
        m.group() == m["wd"] and _opening_hours(text, m.start(), m.end())
    ):
        return Expr("fixed", "SET", value="XXXX-WXX-" + str(weekday_number(m["wd"]) + 1))
    rel = (m["rel"] or m["post"] or "").lower() or None
    rel = {"coming": "next", "past": "last", "previous": "last"}.get(rel or "", rel)
    wd = weekday_number(m["wd"])
    if m["wrel"] and not rel:  # "Tuesday last week": that weekday of that week
        return Expr("weekday", weekday=wd, rel="of-week", n=REL_OFFSETS[m["wrel"].lower()])
    if m["week"] and not (rel or m["part"]):  # "Monday week": a week after the coming Monday
        return Expr("weekday", weekday=wd, rel="week-after")
    part = _PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    kind = "TIME" if part else "DATE"
    if part and m["parts"]:  # "on Saturday mornings": every one, no day
        return Expr("fixed", "SET", value=f"XXXX-WXX-{wd + 1}{part}")
    if not (part or rel) and (shared := _AND_DAY_PARTS.match(text, m.end())):
        # "on Monday and Tuesday nights": every Monday night too
        return Expr("fixed", "SET", value=f"XXXX-WXX-{wd + 1}{_PARTS_OF_DAY[shared['part'].lower()]}")
    if (
        not (rel or m["story"] or m["edge"])
        and _ANY_BEFORE.search(text, max(0, m.start() - _ANY_REACH), m.start())
        and _ANY_AFTER.match(text, m.end())
    ):
        return Expr("fixed", kind, value=f"XXXX-WXX-{wd + 1}{part or ''}", rel="any")
    if m["story"]:
        story = m["story"].lower()
        if story.startswith("that") and (
            SAID_BEFORE.search(text, m.start() - 40, m.start())
            or _LEARNT_BEFORE.search(text, m.start() - 20, m.start())
        ):
            # "said that Friday was the worst day": "that" opens what was said; the day alone
            lead = m.start() - m.start("wd")
            return Expr("weekday", kind, weekday=wd, part=part, lead=lead)
        n = 1 if story.endswith("following") else -1 if story.endswith(("previous", "preceding")) else 0
        return Expr("weekday", kind, weekday=wd, rel="story", n=n, part=part)
    return Expr("weekday", kind, weekday=wd, rel=rel, part=part)





#: After a weekday, another and a part of the day in the plural: "Monday| and Tuesday nights".
_AND_DAY_PARTS: Final = compile_ascii(
    rf"[^\S\n]+(?:and|or)[^\S\n]+(?:{FULL_WEEKDAY_RE})[^\S\n]+(?P<part>morning|afternoon|evening|night)s\b",
    re.IGNORECASE,
)
_CLOCK: Final = r"\d{1,2}(?:[:.]\d\d)?[^\S\n]*(?:[ap]\.?m\b\.?)?"
#: After a weekday, the hours of a timetable: "Monday to Friday, 9 a.m. to 8 p.m.", "Saturday,
#: 10am-5pm".
_DAYS_THEN_HOURS: Final = compile_ascii(
    rf"(?:[^\S\n]*(?:[-–]|to|through)[^\S\n]*(?P<to_day>{FULL_WEEKDAY_RE}))?,?[^\S\n]*(?:from[^\S\n]+)?"
    rf"{_CLOCK}[^\S\n]*(?:[-–]|to|until|till)[^\S\n]*{_CLOCK}",
    re.IGNORECASE,
)
#: ... the first of such days before a weekday: "Monday to Friday".
_DAY_RANGE_BEFORE: Final = compile_ascii(
    rf"\b{FULL_WEEKDAY_RE}[^\S\n]*(?:[-–]|to|through)[^\S\n]*$", re.IGNORECASE
)
#: ... and the words that say a timetable is one: "The library's regular hours are".
_HOURS_OF: Final = compile_ascii(
    r"\b(?:(?:regular|normal|usual|opening|business|office|winter|summer|holiday|new)\s+hours|hours\s+are)\b",
    re.IGNORECASE,
)


def _opening_hours(text: str, start: int, end: int) -> bool:
    """Whether a weekday opens or closes a timetable's hours, a day of every week: "regular hours
    are Monday to Friday, 9 a.m. to 8 p.m., and Saturday, 10 a.m. to 5 p.m." (not "The polls are
    open Tuesday, 7 a.m. to 8 p.m.", one Tuesday)."""
    after = _DAYS_THEN_HOURS.match(text, end)
    if after is None or not any(c in "apAP" for c in after.group()):
        return False
    return (
        after["to_day"] is not None
        or _DAY_RANGE_BEFORE.search(text, max(0, start - 16), start) is not None
        or _HOURS_OF.search(text, max(0, start - 100), start) is not None
    )


@rule(
    "clock-weekday",
    r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap](?:\.m\.?|m\b))|(?P<word>noon|midday|midnight))"
    r"(?:\s+(?-i:[A-Z]{2,4}))?"
    rf"\s+(?P<wd>{FULL_WEEKDAY_RE})\b(?!['’])",
    ("The vote is at 9 a.m. Tuesday.", "9 a.m. Tuesday", "2025-08-19T09:00"),
    ("the quake struck at 4 a.m. EDT Thursday", "4 a.m. EDT Thursday", "2025-08-14T04:00"),
    ("The deadline is noon Thursday.", "noon Thursday", "2025-08-21T12:00"),
    ("The strike began at midnight Friday.", "midnight Friday", "2025-08-15T24:00"),
    ("Shots rang out just after midnight Friday.", "midnight Friday", "2025-08-15T00:00"),
)
def _clock_weekday(m: re.Match[str], text: str) -> Expr | None:
    """ "9 a.m. Tuesday", "noon Thursday": that time of that day (a TIME)."""
    if m["word"]:
        part = "T12:00"
        if m["word"].lower() == "midnight":  # "shortly after midnight Tuesday": the day's start
            part = "T00:00" if after_midnight(text, m.start(), m.start("wd") - 1) else "T24:00"
        return Expr("weekday", "TIME", weekday=weekday_number(m["wd"]), part=part)
    part = _clock_time(m["h"], m["mi"], m["ap"])
    return Expr("weekday", "TIME", weekday=weekday_number(m["wd"]), part=part)


@rule(
    "weekday-beyond",
    rf"\b(?:(?:the\s+)?(?P<wd>{FULL_WEEKDAY_RE})\s+(?P<dir>before\s+last|after\s+next)"
    rf"|(?P<n>two|three|four|five|[2-9])\s+(?P<wd2>{FULL_WEEKDAY_RE})s\s+ago)\b",
    ("He was last seen the Friday before last.", "the Friday before last", "2025-08-08"),
    ("The vote is on the Tuesday after next.", "the Tuesday after next", "2025-08-26"),
    ("He was last seen two Fridays ago.", "two Fridays ago", "2025-08-08"),
    ("It opened three Sundays ago.", "three Sundays ago", "2025-08-03"),
)
def _weekday_beyond(m: re.Match[str], text: str) -> Expr | None:
    """ "the Friday before last", "the Tuesday after next", "two Fridays ago": that weekday a week
    (or more) beyond the last or the next one."""
    if m["dir"]:
        ahead = m["dir"].lower().startswith("after")
        return Expr(
            "weekday", weekday=weekday_number(m["wd"]), rel="next" if ahead else "last", n=1 if ahead else -1
        )
    n = number_value(m["n"])
    return Expr("weekday", weekday=weekday_number(m["wd2"]), rel="last", n=1 - n) if n else None


_REL_UNITS: Final = r"week|weekend|fortnight|month|year|quarter|decade|century"
#: What makes "the last year" a span of something else's time, not the writer's: "the last week of
#: August", "the last year before the pandemic", "the last month in which prices fell".
_OF_ANOTHER_TIME: Final = compile_ascii(r"\s+(?:of|before|after|in\s+which|when)\b", re.IGNORECASE)
#: A preposition that makes the last or the next decade a span of ten years: "over the past
#: decade", "for the next decade" (but "in the last decade" may be the calendar's).
_SPAN_PREPOSITION_BEFORE: Final = compile_ascii(r"\b(?:over|for|during|throughout|within)\s+$", re.IGNORECASE)


@rule(
    "relative-unit",
    rf"\b(?:(?P<mod>early|(?:earlier|later)(?!\s+\w+\s+week)|mid|late|the\s+(?:{END_RE}|beginning|start|middle"
    # (of a century: "the second half of the last century"; a year's halves are parts of it)
    r"|(?:first|second|latter)\s+half"
    # "the first weeks of next year", "the closing months of last year", "the early part of next year"
    r"|(?:early|earlier|first|latter|later|last|final)\s+part|(?:final|closing|last|first|opening|early|dying)\s+(?:days|weeks|months))\s+of)[-\s]+)?"
    rf"(?:(?P<the>the)\s+|this\s+(?=past\s|coming\s))?(?P<rel>last|next|this|coming|past|previous|current)\s+(?P<unit>{_REL_UNITS})\b",
    ("prices rose last year", "last year", "2024"),
    ("Talks resume next week.", "next week", "2025-W35"),
    ("earlier this month", "earlier this month", "2025-08"),
    ("talks held earlier this week", "this week", "2025-W34"),
    ("late last year", "late last year", "2024"),
    ("Shops reopen in the first weeks of next year.", "the first weeks of next year", "2026"),
    ("Sales slumped in the closing months of last year.", "the closing months of last year", "2024"),
    ("The law takes effect in the early part of next year.", "the early part of next year", "2026"),
    ("This past week, the team won", "This past week", "2025-W33"),
    ("over the weekend", "the weekend", "2025-W33-WE"),
    ("in the last year of the war", "the last year", None),
    ("In 2019, the last year before the pandemic, cases rose", "the last year", None),
    ("the last month in which prices fell", "the last month", None),
    ("Prices rose in the last year, before the bank acted", "the last year", "2024"),
    # all of the year, after a quarter: not the same quarter a year before (as "last year" alone is)
    ("Sales rose 12% in the first quarter. Over the whole of last year, they rose 8%.", "last year", "2024"),
    ("Sales rose 12% in the first quarter and 8% for last year as a whole.", "last year", "2024"),
    ("Sales rose 12% in the first quarter from last year.", "last year", "2024-Q1"),
    # over or for the past or the next decade: ten years up to now or from now
    ("Wages have stagnated over the past decade.", "the past decade", "P1DE"),
    ("Nanjing would remain the capital for the next decade.", "the next decade", "P1DE"),
    ("The past century saw two world wars.", "The past century", "19"),
    ("It grew in the second half of the last century.", "the second half of the last century", "19"),
    ("Emissions must fall in the first half of this century.", "the first half of this century", "20"),
    # months of the year counted from its start: the year, not a quarter of it
    ("Sales rose 12% in the quarter, and 9% over the first nine months of last year.", "last year", "2024"),
    # a fortnight is no week of the calendar: the next or the past one is a span of two weeks
    ("The minister will decide within the next fortnight.", "the next fortnight", "P2W"),
    ("Prices have risen over the past fortnight.", "the past fortnight", "P2W"),
    ("Sales fell this fortnight.", "fortnight", None),
)
def _relative_unit(m: re.Match[str], text: str) -> Expr | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if m["mod"] and m["mod"].lower().endswith("half") and unit not in ("decade", "century"):
        return None  # "the first half of next year": a half of the year (see the parts' rules)
    if unit == "fortnight":
        if rel in ("this", "current") or m["mod"] or _OF_ANOTHER_TIME.match(text, m.end()):
            return None
        return Expr("fixed", "DURATION", value="P2W")
    if rel == "previous":  # "the previous week" is a week, "the previous decade" a decade
        return Expr("anaphoric", unit=unit, n=-1, rel="unit")
    if rel == "next" and m["the"] and unit in ("week", "month", "year", "decade", "century"):
        return None  # "the next month" counts from the story's last date ("following-unit")
    if m["the"] and _OF_ANOTHER_TIME.match(text, m.end()):
        return None  # "the last week of August", "the last year before the war": not the writer's time
    if (
        m["the"]
        and not m["mod"]
        and unit in ("decade", "century")
        and rel in ("past", "last", "next", "coming")
        and _SPAN_PREPOSITION_BEFORE.search(text, m.start() - 12, m.start())
    ):
        # "over the past decade", "for the next decade": the ten years up to now or from now,
        # no decade of the calendar
        return Expr("fixed", "DURATION", value="P1DE" if unit == "decade" else "P1CE")
    n = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[rel]
    if unit == "quarter":
        return Expr("part", part="Q", n=n)
    mod = m["mod"].lower() if m["mod"] else None
    # "later this year" says which year, where "the end of the year" leaves it to the tense; "the
    # whole of last year" is all of it, no quarter compared with (see ``year_before_quarter``)
    whole = n != 0 and (
        _WHOLE_BEFORE.search(text, m.start() - 20, m.start()) is not None or _AS_A_WHOLE.match(text, m.end())
    )
    return Expr(
        "deictic",
        unit=unit,
        n=n,
        mod=_mod({"earlier": "early", "later": "late"}.get(mod or "", mod)),
        rel="this" if n == 0 else "whole" if whole else None,
    )


#: "the whole of", "all", and a count of months, weeks or quarters ("the first nine months of"):
#: all of the year, or some of it counted from its start or end.
_WHOLE_BEFORE: Final = compile_ascii(
    r"\b(?:(?:whole|all|entire)\s+(?:of\s+)?|(?:months|weeks|quarters)\s+of\s+)$", re.IGNORECASE
)
_AS_A_WHOLE: Final = compile_ascii(r"\s+as\s+a\s+whole\b", re.IGNORECASE)


@rule(
    "elliptical-unit",
    # "forecasts for this year and next": "next" alone, the next year (the words before it are
    # read, not taken: the mention is "next"); a word after it must not make it another word
    # ("next to", "next year", told by its own rule)
    r"\b(?:this|last|next|current)\s+(?P<unit>year|month|week|quarter)\s+(?:and|or)\s+(?P<rel>next|last)\b"
    r"(?=[^\S\n]*(?:[.,;:!?)\"”’]|\n|$)|\s+(?:and|but|as|when|while|with|for|is|are|was|were|will|would|respectively)\b)",
    ("The bank cut its forecasts for this year and next.", "next", "2026"),
    ("Sales fell this month and last, the firm said.", "last", "2025-07"),
    ("Output will rise this quarter and next, as demand recovers.", "next", "2025-Q4"),
    ("He came in last.", "last", None),
    ("This year he came in last.", "last", None),
)
def _elliptical_unit(m: re.Match[str], text: str) -> Expr | None:
    """ "this year and next": "next" for the unit told just before it."""
    unit = m["unit"].lower()
    n = 1 if m["rel"].lower() == "next" else -1
    lead = m.start() - m.start("rel")  # (the mention is the last word)
    if unit == "quarter":
        return Expr("part", part="Q", n=n, lead=lead)
    return Expr("deictic", unit=unit, n=n, lead=lead)


@rule(
    "unit-before-last",
    r"\b(?:the\s+)?(?P<unit>week|weekend|month|year|spring|summer|autumn|fall|winter)\s+(?P<dir>before\s+last|after\s+next)\b",
    ("The storm hit the week before last.", "the week before last", "2025-W32"),
    ("The summer before last was hot.", "The summer before last", "2023-SU"),
    ("The plant opens the spring after next.", "the spring after next", "2027-SP"),
    ("prices fell the month before last", "the month before last", "2025-06"),
    ("the vote is the week after next", "the week after next", "2025-W36"),
)
def _unit_before_last(m: re.Match[str], text: str) -> Expr | None:
    """Two weeks, months or years back ("the week before last") or ahead ("the week after next"),
    or the season before the last one ("the summer before last") or after the next."""
    before = m["dir"].lower().startswith("before")
    unit = m["unit"].lower()
    if unit in SEASON_WORDS:
        return Expr("part", part=SEASON_WORDS[unit], rel="last" if before else "next", n=-1 if before else 1)
    return Expr("deictic", unit=unit, n=-2 if before else 2)


@rule(
    "the-weekend",
    r"\b(?:the|this)\s+weekend\b",
    ("clashes over the weekend", "the weekend", "2025-W33-WE"),
    ("talks will go on through the weekend", "the weekend", "2025-W34-WE"),
)
def _the_weekend(m: re.Match[str], text: str) -> Expr | None:
    if m.group().lower().startswith("this"):
        return Expr("deictic", unit="weekend", n=0)
    # "over the weekend" has passed, "through the weekend" ahead of a future verb is to come:
    # the tense around it decides (``rel`` "the" asks for it)
    return Expr("deictic", unit="weekend", n=-1, rel="the")


#: How near the count of "ago" is, within the expression: "nearly four years ago".  Looked for
#: before the match (see ``Expr.lead``).
_ABOUT: Final = compile_ascii(
    # (not an amount after "by": "fell by less than a year ago")
    r"(?<!by\s)\b(?:almost(?:[^\S\n]+exactly)?|nearly|about|some|roughly|around|approximately|exactly|precisely|"
    r"(?:a[^\S\n]+little[^\S\n]+|just[^\S\n]+|slightly[^\S\n]+)?(?:more|less)[^\S\n]+than|"
    # (not a verb's particle: "Smith, who took over two years ago")
    r"(?:a[^\S\n]+little[^\S\n]+|just[^\S\n]+)?(?:(?<!took\s)(?<!take\s)(?<!taken\s)(?<!takes\s)(?<!taking\s)"
    r"(?<!handed\s)(?<!handing\s)(?<!hand\s)(?<!turned\s)(?<!won\s)over|under)|just|(?:a[^\S\n]+)?mere(?:ly)?)[^\S\n]+$",
    re.IGNORECASE,
)


#: The unit letters of a span of some days, weeks, months, years or decades.
_BARE_UNIT: Final = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE"}
_IN_BEFORE: Final = compile_ascii(r"\b(?:in|within)\s+$", re.IGNORECASE)
#: ... and a word of what is to come before it in its sentence: "will report in two weeks' time".
_TO_COME_BEFORE: Final = compile_ascii(
    r"(?:\b(?:will|shall|would|should|could|may|might|expects?|expected|due|set|plans?|going|is|are|takes?\s+effect"
    r"|comes?\s+into\s+(?:force|effect)|begins?|starts?|opens?|reopens?|expires?"
    # a present that tells of what is to come: "The results come in two weeks' time"
    r"|comes?|arrives?|returns?|resumes?|ends?|closes?|must|needs?\s+to|ha(?:s|ve)\s+to|can)\b|['’]ll\b)"
    r"[^.!?]*$",
    re.IGNORECASE,
)


#: A verb of moving something before "... back": "pushed the launch two weeks back".
_PUT_BACK_BEFORE: Final = compile_ascii(
    r"\b(?:push|set|put|move|knock|pull|held|hold|sen[dt]|br(?:ing|ought)|turn|t[ao]ok|take|step|dial|roll|scal)\w*\b[^.;!?]{0,30}$",
    re.IGNORECASE,
)


@rule(
    "ago",
    rf"\b(?:{AMOUNT_RE}(?:,?\s+or\s+so,?)?|(?<![\d%]\s)(?<!illion\s)(?<!thousand\s)(?P<bare>days|weeks|months|years|decades))"
    r"(?:\s+(?P<dir>ago|from\s+(?:now|today)|hence|back(?=[^\S\n]*[,.;:!?)]))|(?P<time>['’]s?\s+time))\b"
    # "A year ago today", "Fifty years ago this week": that day, week or month, so long ago
    r"(?:[^\S\n]+(?P<on>today|tonight|to[^\S\n]+the[^\S\n]+day|(?:this|next|last)[^\S\n]+(?:week|month)|this[^\S\n]+year)\b(?!['’]s))?",
    ("three years ago", "three years ago", "2022"),
    ("Then, a week or so ago, the general flew in", "a week or so ago", "2025-W33"),
    ("It happened a little over a year ago.", "a little over a year ago", "2024"),
    # ... not a verb's particle
    ("Smith, who took over two years ago, said so.", "two years ago", "2023"),
    # ... but not an amount compared after "by": "fell by less than a year ago"
    ("Fuel prices fell by less than a year ago.", "a year ago", "2024"),
    ("signed almost exactly a year ago", "almost exactly a year ago", "2024"),
    ("we vote two weeks from today", "two weeks from today", "2025-09-01"),
    ("we vote two weeks from now", "two weeks from now", "2025-W36"),
    ("nearly four years ago", "nearly four years ago", "2021"),
    ("two weeks ago", "two weeks ago", "2025-W32"),
    ("a day ago", "a day ago", "2025-08-17"),
    ("several years ago", "several years ago", "PAST_REF"),
    ("he left two and a half years ago", "two and a half years ago", "2023-02"),
    ("a year and a half ago", "a year and a half ago", "2024-02"),
    ("half a century ago", "half a century ago", "1975"),
    ("a quarter of a century ago", "a quarter of a century ago", "2000"),
    ("The plant closed a quarter-century ago.", "a quarter-century ago", "2000"),
    ("a half century ago", "a half century ago", "1975"),
    # "back" for "ago" where the clause ends; not a putting back
    ("A few months back, prices rose.", "A few months back", "PAST_REF"),
    ("I met him two years back.", "two years back", "2023"),
    ("They pushed the launch two weeks back.", "two weeks", "P2W"),
    ("Two weeks ago today, the plant exploded.", "Two weeks ago today", "2025-08-04"),
    ("A year ago today, the dam burst.", "A year ago today", "2024-08-18"),
    ("Thirty-five years ago tonight, the Wall fell.", "Thirty-five years ago tonight", "1990-08-18"),
    ("The bridge fell two years ago to the day.", "two years ago to the day", "2023-08-18"),
    ("Fifty years ago this week, the war ended.", "Fifty years ago this week", "1975-W34"),
    ("Ten years ago this month, he resigned.", "Ten years ago this month", "2015-08"),
    ("The war began 20 years ago next month.", "20 years ago next month", "2005-09"),
    ("The plant shut 40 years ago last week.", "40 years ago last week", "1985-W32"),
    ("A century ago this year, the treaty was signed.", "A century ago this year", "1925"),
    ("Ten years ago today's winners were unknown.", "Ten years ago", "2015"),
    # "in two weeks' time": so long from now
    ("The company will report in two weeks' time.", "two weeks' time", "2025-W36"),
    ("The law takes effect in a year's time.", "a year's time", "2026"),
    ("The vote is in two weeks' time.", "two weeks' time", "2025-W36"),
    ("The results come in two weeks' time.", "two weeks' time", "2025-W36"),
    ("It took two weeks' time to finish.", "two weeks", "P2W"),
    ("It was the city's fourth conquest in a year's time.", "a year", "P1Y"),
    # a count left unsaid is a span of some length, as TimeML has it ("just months ago": PXM), no
    # date
    ("The law was passed only weeks ago.", "weeks ago", "PXW"),
    ("Years ago, the town had a mill.", "Years ago", "PXY"),
    ("The plant may reopen months from now.", "months from now", "PXM"),
    # hundreds and thousands counted whole; a count of millions is no date of a timeline
    ("The town was founded two hundred years ago.", "two hundred years ago", "1825"),
    ("It was built a thousand years ago.", "a thousand years ago", "1025"),
    ("The city was settled three thousand years ago.", "three thousand years ago", "BC0976"),
    ("The rock formed about 145 million years ago.", "145 million years ago", None),
)
def _ago(m: re.Match[str], text: str) -> Expr | None:
    if m["bare"]:  # "weeks ago", "months from now": some weeks, no count
        if m["time"] or (m["dir"] and m["dir"].lower() == "back"):
            return None  # "in weeks' time", "years back": left to the words around
        return Expr("fixed", "DURATION", value=f"PX{_BARE_UNIT[m['bare'].lower()]}")
    if m["time"] and not (
        _IN_BEFORE.search(text, m.start() - 8, m.start())
        and _TO_COME_BEFORE.search(text, m.start() - 80, m.start())
    ):
        return None  # "It took two weeks' time", "its fourth conquest in a year's time": a span
    if m["dir"] and m["dir"].lower() == "back" and _PUT_BACK_BEFORE.search(text, m.start() - 40, m.start()):
        return None  # "pushed the launch two weeks back": a span it was moved by
    unit, n, _ = amount(m)
    sign = -1 if m["dir"] and m["dir"].lower() in ("ago", "back") else 1
    how_near = _ABOUT.search(text, m.start() - 30, m.start())
    lead = m.start() - how_near.start() if how_near else 0
    if n is None:
        return Expr("fixed", value="PAST_REF" if sign < 0 else "FUTURE_REF", lead=lead)
    on = m["on"]
    # the grain of the day counted back to, for the resolver: ON_DAY, ON_WEEK, ON_MONTH
    if on is None:
        # "three weeks from today" counts from a day, to a day, as "two weeks ago today" does
        mod = "ON_DAY" if m["dir"] and m["dir"].lower().endswith("today") else None
    elif on.lower().startswith("to"):  # "today", "tonight", "to the day"
        mod = "ON_DAY"
    else:  # "this week", "next month", "last week"
        which, grain = on.lower().split()
        mod = f"ON_{grain.upper()}" if which == "this" else f"ON_{which.upper()}_{grain.upper()}"
    return Expr("deictic", unit=unit, n=sign * n, lead=lead, mod=mod)


@rule(
    "this-time",
    r"\b(?:this|the\s+same)\s+time\s+(?:(?P<rel>last|next)\s+(?P<unit>year|month|week)|(?P<day>tomorrow|yesterday))\b",
    ("Prices were higher this time last year.", "this time last year", "2024-08"),
    ("We will be back at the same time next year.", "the same time next year", "2026-08"),
    ("At about this time last year, talks stalled.", "this time last year", "2024-08"),
    ("We will know more this time next week.", "this time next week", "2025-08-25"),
    ("By this time tomorrow, the votes will be counted.", "this time tomorrow", "2025-08-19"),
    ("Rates were lower this time last month.", "this time last month", "2025-07"),
)
def _this_time(m: re.Match[str], text: str) -> Expr | None:
    """ "this time last year": the month of the writer's day, a year back (or on); "this time
    next week", "this time tomorrow": that day; "this time last month": that month."""
    if m["day"]:
        return Expr("deictic", unit="day", n=1 if m["day"].lower() == "tomorrow" else -1)
    n = -1 if m["rel"].lower() == "last" else 1
    unit = m["unit"].lower()
    if unit == "week":
        return Expr("deictic", unit="day", n=7 * n)
    if unit == "month":
        return Expr("deictic", unit="month", n=n)
    return Expr("deictic", unit="year", n=n, mod="ON_MONTH")


#: The units a weekday is counted from ("a week from Friday"), and back from ("a year ago Tuesday").
_FROM_UNITS: Final = ("day", "week", "fortnight")
#: Before a count, what makes it a span something took: "in less than |a day on Monday".
_SPAN_IN_BEFORE: Final = compile_ascii(
    r"\b(?:in|within|than|for|over)[^\S\n]+(?:(?:just|only|barely|under)[^\S\n]+)?$", re.IGNORECASE
)
#: ... and before a span that runs from a weekday: "for six days from Monday" (not a day set for
#: one: "The hearing is set for a week from Tuesday").
_SPAN_FROM_BEFORE: Final = compile_ascii(
    r"(?:\b(?<!set\s)(?<!scheduled\s)(?<!slated\s)(?<!planned\s)(?<!fixed\s)(?<!adjourned\s)(?<!postponed\s)"
    r"(?<!called\s)for|\b(?:over|within|lasting))[^\S\n]+$",
    re.IGNORECASE,
)
_AGO_UNITS: Final = ("day", "week", "fortnight", "year")


@rule(
    "from-weekday",
    rf"\b{AMOUNT_RE}\s+(?:from|on|(?P<ago>ago))\s+(?:(?P<rel>next|this)\s+)?(?P<wd>{FULL_WEEKDAY_RE})\b(?!['’])",
    ("The company will report results a week from Friday.", "a week from Friday", "2025-08-29"),
    ("The trial begins two weeks from Tuesday.", "two weeks from Tuesday", "2025-09-02"),
    ("Ten days from next Monday, the law applies.", "Ten days from next Monday", "2025-09-04"),
    ("A week on Friday, the results are due.", "A week on Friday", "2025-08-29"),
    # with no tense, from the coming weekday, however near the last one
    ("The vote is a week from Friday.", "a week from Friday", "2025-08-29"),
    ("The hearing is set for a week from Tuesday.", "a week from Tuesday", "2025-08-26"),
    # ... but a span that runs from a weekday is a span, then the day
    ("An overtime ban runs for six days from Monday next week.", "Monday next week", "2025-08-25"),
    # "a week ago Sunday": so long before the last such weekday (told on Monday 18 August)
    ("The storm hit a week ago Sunday.", "a week ago Sunday", "2025-08-10"),
    ("He was elected a year ago Tuesday.", "a year ago Tuesday", "2024-08-12"),
    ("Investigators will report on the crash a week ago Sunday.", "a week ago Sunday", "2025-08-10"),
)
def _from_weekday(m: re.Match[str], text: str) -> Expr | None:
    """ "a week from Friday": that weekday, read as a weekday alone is, and so long after it;
    "a week ago Sunday": the last Sunday, and so long before it."""
    unit, n, _ = amount(m)
    if n is None or unit not in (_AGO_UNITS if m["ago"] else _FROM_UNITS):
        return None  # "a month from Friday": no one day
    joined = text[m.start() : m.start("rel") if m["rel"] else m.start("wd")].rstrip().lower()
    if joined.endswith(" on") and (unit == "day" or _SPAN_IN_BEFORE.search(text, m.start() - 24, m.start())):
        return None  # "in less than a day on Monday": a span, on a day
    if joined.endswith(" from") and _SPAN_FROM_BEFORE.search(text, m.start() - 24, m.start()):
        return None  # "an overtime ban running for six days from Monday": a span, from a day
    rel = m["rel"].lower() if m["rel"] else None
    if m["ago"]:
        if rel:
            return None  # "a week ago next Monday": no such day
        return Expr("weekday", weekday=weekday_number(m["wd"]), unit=unit, n=-n)
    return Expr("weekday", weekday=weekday_number(m["wd"]), rel=rel, unit=unit, n=n)


# --- anaphoric expressions: relative to the narrative's last date -----------------------------

#: What may follow "two days after" for the words to be a date: the end of a clause.  Followed
#: by words ("two days after the vote"), they measure time from an event the text does not date:
#: TimeML makes that a duration ("two days") with "after" as its signal, and so does the engine...
_CLAUSE_END: Final = compile_ascii(r"[^\S\n]*(?:[,;:.!?)\"”’'—–]|-\s|\n[^\S\n]*\n|\s*\Z)")
#: ... unless the words date the clause they introduce from the story's last date: "the remarks
#: came a day after Israel announced plans" puts the announcement a day before the remarks.
_CAME: Final = compile_ascii(
    r"\b(?:came|comes|come|coming|followed|follows|was|were|is|are)\s+(?:just\s+|only\s+|barely\s+)?$", re.I
)
#: ... and in the present ("The decision comes two weeks after Powell told Congress"), from the
#: story's own day, whatever date it mentioned last (a forecast, say).
_PRESENT: Final = frozenset("comes come follows is are".split())


#: The words a date may open with ("May 4", "Thursday", "Sept. 4"), or a figure ("4 May").
_DATE_WORDS: Final = rf"{FULL_MONTH_RE}|{FULL_WEEKDAY_RE}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec"
_DATE_STARTS: Final = compile_ascii(rf"(?:{_DATE_WORDS}|\d)")
#: A date after "before" or "after": what the phrase counts from is that date, not the story's.
_A_DATE_NEXT: Final = compile_ascii(
    rf"\s+(?:the\s+)?(?:{_DATE_WORDS}|Christmas|Easter|Thanksgiving|New\s+Year|Election\s+Day|\d)"
)


#: "a decade after that.": after the date the story has reached, as "a decade later" is.
_THAT_END: Final = compile_ascii(r"\s+(?:that|this)\b" + _CLAUSE_END.pattern)


#: White space between two words of one paragraph: a line break, but no blank line.
_SPACE_IN_PARAGRAPH: Final = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
#: What makes "earlier" or "later" the edge of the writer's unit, not the end of a count:
#: "grounded for three months earlier this year".
_EDGE_OF_UNIT_AFTER: Final = compile_ascii(
    # (within the paragraph: no expression runs into the next)
    rf"{_SPACE_IN_PARAGRAPH}(?:this|last|next){_SPACE_IN_PARAGRAPH}"
    r"(?:year|month|week|spring|summer|autumn|fall|winter|decade|century|quarter|half"
    r"|season|term|semester|session|campaign)\b",
    re.IGNORECASE,
)


#: What makes "earlier" or "later" a change of timetable from when it starts, no date: "Schools
#: will open a week earlier from next year".
_TIMETABLE_FROM_AFTER: Final = compile_ascii(
    rf"{_SPACE_IN_PARAGRAPH}from{_SPACE_IN_PARAGRAPH}(?:(?:this|next){_SPACE_IN_PARAGRAPH}"
    r"(?:year|season|term|month|week|spring|summer|autumn|fall|winter)|\d{4})\b",
    re.IGNORECASE,
)


@rule(
    "offset-later",
    rf"\b(?:{AMOUNT_RE}(?:,?\s+or\s+so,?)?|(?<![\d%]\s)(?P<bare>days|weeks|months|years)"
    # whole days counted in hours: "48 hours later", "seventy-two hours earlier"
    r"|(?P<hours>24|48|72|96|twenty-four|forty-eight|seventy-two|ninety-six)\s+hours)"
    r"\s+(?P<dir>later|earlier|before|after|afterwards?|previously)\b(?!\s+than\b)",
    ("Two weeks later, the talks", "Two weeks later", "2025-09-01"),
    ("They met on May 2. A week or so later, the talks", "A week or so later", "2025-05-09"),
    ("A few days later, the Soviets attacked", "A few days later", "FUTURE_REF"),
    ("units that had arrived weeks earlier", "weeks earlier", "PAST_REF"),
    # "earlier this year" after a span: the span, then when in the year (not three months back)
    ("The jets were grounded for three months earlier this year.", "earlier this year", "2025"),
    # ... or this season, this summer, this term: the span, not a day so long back
    ("He missed six weeks earlier this season.", "six weeks", "P6W"),
    ("She was away for two weeks earlier this summer.", "two weeks", "P2W"),
    ("They met on May 2. Six days later this regime fell.", "Six days later", "2025-05-08"),
    ("a ceasefire a few days after the vote", "a few days after", None),
    ("They met in 2010. A year and a half later, they split.", "A year and a half later", "2011-07"),
    ("It opened in 1990. A quarter century later, it closed.", "A quarter century later", "2015"),
    ("They met on May 2. Three days after, the talks", "Three days after", "2025-05-05"),
    ("The remarks came a day after Israel announced plans", "a day after", "2025-08-17"),
    # ... from the writer's day, not the quarter a report told before it
    ("Sales rose in the June quarter. The launch comes a year after Apple added AI.", "a year after", "2024"),
    ("Cuts are seen in December. The move comes two weeks after Powell spoke", "two weeks after", "2025-W32"),
    ("a ceasefire two days after the vote", "two days after", None),
    # ... after a date told before it, too: the count is from the event, not from that date
    (
        "Milton hit on Wednesday. It came ashore at Siesta Key, two weeks after Helene struck.",
        "two weeks after",
        None,
    ),
    ("It was founded in 1999. It went public a decade after that.", "a decade after", "2009"),
    ("a ceasefire two days after that vote", "two days after", None),
    ("The attack came a week before Christmas.", "a week before", None),
    ("It takes effect in 2014, a year later than planned.", "a year later", None),
    # ... or than the old timetable, from when the new one starts
    ("Schools will open a week earlier from next year.", "a week earlier", None),
    ("The final moves two weeks later from 2027.", "two weeks later", None),
    # set off after a date, the count stands beside it: that date, so long after one before it
    ("The ship sank in 1545 and was raised in 1982, 437 years later.", "437 years later", "1982"),
    ("They met on May 2. They married on May 4, two days later.", "two days later", "2025-05-04"),
    # a hedge before the span is part of the expression
    ("It was founded in 1999. Less than a year later, it failed.", "Less than a year later", "2000"),
    ("It was founded in 1999. A mere two years later, it failed.", "A mere two years later", "2001"),
    # whole days counted in hours are days
    ("The plane crashed on May 3. Rescuers arrived 48 hours later.", "48 hours later", "2025-05-05"),
    (
        "The plane crashed on May 3. Twenty-four hours earlier, a fault was found.",
        "Twenty-four hours earlier",
        "2025-05-02",
    ),
)
def _offset(m: re.Match[str], text: str) -> Expr | None:
    d = m["dir"].lower()
    if d in ("earlier", "later") and (
        _EDGE_OF_UNIT_AFTER.match(text, m.end())  # "for three months earlier this year": a span, then when
        or _TIMETABLE_FROM_AFTER.match(text, m.end())  # "will open a week earlier from next year": a change
    ):
        return None
    sign = -1 if d in ("earlier", "before", "previously") else 1
    clause_end = _CLAUSE_END.match(text, m.end()) or _THAT_END.match(text, m.end())
    n: int | None
    if m["hours"]:
        unit, n = "day", (number_value(m["hours"]) or 0) // 24
    else:
        unit, n, _ = amount(m) if not m["bare"] else ("", None, "")
    # "less than a year later", "almost two decades earlier": the hedge is part of the expression
    how_near = _ABOUT.search(text, m.start() - 30, m.start())
    lead = m.start() - how_near.start() if how_near else 0
    if n is None:  # "a few days later", "weeks earlier": some time after or before, no date
        if m["bare"] and d not in ("later", "earlier"):
            return None
        if d in ("after", "before") and not clause_end:
            return None
        return Expr(
            "fixed",
            value="PAST_REF" if sign < 0 else "FUTURE_REF",
            lead=lead,
            rel="some-" + ("earlier" if sign < 0 else "later"),
        )
    if d in ("after", "before") and not clause_end:
        if unit in ("day", "week") and (
            ((dated := EVENT_DATED_AFTER.match(text, m.end())) and _DATE_STARTS.match(text, dated.end()))
            or text.startswith(", ", m.start() - lead - 2)
        ):
            # "a week after the vote on May 4": from that day; "on Monday, a day after thieves
            # broke in": the day it stands beside (see the engine); else from no date
            return Expr("anaphoric", unit=unit, n=sign * n, mod="event", lead=lead)
        came = _CAME.search(text, m.start() - 30, m.start())
        if not came or _A_DATE_NEXT.match(text, m.end()):
            return None  # "came a week before Christmas": from that date, which the engine reads
        if came.group().split()[0].lower() in _PRESENT:
            # ("came": counted from the writer's day, whatever quarter a report told before it)
            return Expr("deictic", unit=unit, n=-sign * n, lead=lead, rel="came")
        return Expr("anaphoric", unit=unit, n=-sign * n, inverted=True, lead=lead)
    return Expr("anaphoric", unit=unit, n=sign * n, lead=lead)


#: What is said to go on over or for a span of time: "for the next decade".
_OVER_BEFORE: Final = compile_ascii(r"\b(?:over|for|throughout|during)\s+$", re.IGNORECASE)


@rule(
    "following-unit",
    r"\b(?:the\s+)?(?P<rel>following|next|previous|preceding|prior|same)\s+(?P<unit>day|week|weekend|month|year|decade|century)\b"
    r"|\b(?:(?:earlier|later)\s+)?(?P<that>that(?:\s+same)?|the\s+same)\s+(?P<unit2>day|week|weekend|month|year|decade|century)\b"
    # (not "two years to the day after": a count to the very day)
    r"|(?<!to\s)\bthe\s+(?P<unit3>day|weekend|week|month|year)\s+(?P<dir>before|after|earlier|following)\b(?!\s+(?:tomorrow|yesterday|next|last))"
    r"|\bthe\s+(?P<unit4>week|month|year)\s+after\s+next\b",
    ("The following day, police", "The following day", "2025-08-19"),
    ("The week after next is busy.", "The week after next", "2025-W36"),
    ("the previous year", "the previous year", "2024"),
    ("It may be gone by the early part of the next century.", "the early part of the next century", "21"),
    ("Talks failed on March 3; the next month, fighting resumed.", "the next month", "2025-04"),
    ("Talks failed on March 3; the following week, fighting resumed.", "the following week", "2025-W11"),
    # ... from the week told, not from the day the saying of it is dated by
    (
        "Claims rose to 243,000 in the week ended Aug. 9, the Labor Department said on Thursday."
        " Claims for the prior week were revised up.",
        "the prior week",
        "2025-W31",
    ),
    (
        "They open at Wolves on Aug. 16 and face Arsenal the following weekend.",
        "the following weekend",
        "2025-W34-WE",
    ),
    ("The fair opened on Saturday, May 3. That weekend, 9,000 came.", "That weekend", "2025-W18-WE"),
    (
        "Last weekend's storms cut power. The weekend before, a heatwave had set records.",
        "The weekend before",
        "2025-W32-WE",
    ),
    ("The heat will ease at the weekend before a new peak next week.", "the weekend", "2025-W34-WE"),
    # after a weekday, the weekend that closes its week: Thursday, Aug. 7, then Aug. 9-10
    (
        "Shares fell on Thursday, Aug. 7, and investors fled the following weekend.",
        "the following weekend",
        "2025-W32-WE",
    ),
    ("The vote was held on Sunday. The day after the vote, markets rallied.", "The day after", "2025-08-18"),
    (
        "The blast came on Wednesday. It came two years to the day after the siege ended.",
        "the day after",
        None,
    ),
    # with no date before it, the day after an event is no day the text can place
    ("The day after the vote, markets rallied.", "The day after", None),
    ("The day after, markets rallied.", "The day after", "2025-08-19"),
    (
        "The rally was held on Aug. 4, and the day following, the strike began.",
        "the day following",
        "2025-08-05",
    ),
    ("She joined in 1961, and in the next decade led 40 expeditions.", "the next decade", "197"),
    ("The war ended in 1815. The following century brought peace.", "The following century", "19"),
    # the edge of such a unit is part of the expression
    (
        "The bank failed in March 2023. By the end of that year, three more had.",
        "the end of that year",
        "2023",
    ),
    ("Talks began in May 2019 and collapsed late the following year.", "late the following year", "2020"),
    # the last year told, not one before it: no comparison with a figure reads across a
    # sentence's end ("from Gaza in 2005. It annexed ... in 1980")
    (
        "Israel withdrew from Sinai in 1982 and from Gaza in 2005. It annexed East Jerusalem in 1980"
        " and the Golan the following year.",
        "the following year",
        "1981",
    ),
    ("In 1961 she joined; she had studied in the previous decade.", "the previous decade", "195"),
    # decades before year 1 run from a 9 to a 0: 481 BC is in the 480s BC, then come the 470s
    (
        "In 481 BC Xerxes gathered his army; in the following decade Athens grew.",
        "the following decade",
        "BC047",
    ),
    # a span of time from a date, not a calendar decade
    ("BP invested in 2003. Over the following decade it received $19bn.", "the following decade", None),
    ("The treaty was signed in 1648. That same decade, the war ended.", "That same decade", "164"),
)
def _following(m: re.Match[str], text: str) -> Expr | None:
    if m["unit"]:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        if rel == "next" and not m.group().lower().startswith("the"):
            return None  # "next week" is deictic
        if unit in ("decade", "century") and _OVER_BEFORE.search(text, m.start() - 12, m.start()):
            # "Over the following decade BP received $19bn": ten years from a date, not the 2010s
            return Expr("fixed", "DURATION", value="P1DE" if unit == "decade" else "P1CE")
        n = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[rel]
    elif m["unit4"]:  # "the week after next": counted from now, as "next week" is
        return Expr("deictic", unit=m["unit4"].lower(), n=2)
    elif m["unit2"]:
        unit, n = m["unit2"].lower(), 0
    else:
        unit, n = m["unit3"].lower(), (1 if m["dir"].lower() in ("after", "following") else -1)
        if not _CLAUSE_END.match(text, m.end()):
            if unit == "weekend":
                return None  # "at the weekend before a new peak": the weekend, then the peak
            # "the day after the vote": counted from an event, which only a date told before
            # it can place (see ``resolve._anaphoric``)
            return Expr("anaphoric", unit=unit, n=n, rel="unit", mod="event")
    # "the following week" is a week, where "a week later" than a day is a day ("rel" says so)
    expr = Expr("anaphoric", unit=unit, n=n, rel="unit")
    if unit not in ("day", "weekend") and (edge := EDGE_BEFORE.search(text, m.start() - 24, m.start())):
        # "by the end of that year", "late the following month": the edge, within the expression
        return replace(expr, mod=_mod(edge.group()), lead=m.start() - edge.start())
    return expr


@rule(
    "same-last-year",
    r"\bthe\s+same\s+(?P<unit>day|week|weekend|month|quarter|period)\s+"
    r"(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before))\b",
    ("The ceasefire was agreed on the same day last year.", "the same day last year", "2024-08-18"),
    ("Sales rose 4% from the same month a year earlier.", "the same month a year earlier", "2024-08"),
    (
        "Profit in the second quarter rose from the same quarter last year.",
        "the same quarter last year",
        "2024-Q2",
    ),
    # a period: the one told before, a year back ("the same period" as a quarter, a half, a month)
    (
        "Deliveries in the third quarter rose 7% from the same period last year.",
        "the same period last year",
        "2024-Q3",
    ),
    (
        "Sales in the first half of 2025 fell from the same period a year earlier.",
        "the same period a year earlier",
        "2024-H1",
    ),
    ("In July, exports rose from the same period last year.", "the same period last year", "2024-07"),
    (
        "Trade in the first half of this year rose over the same period of last year.",
        "the same period of last year",
        "2024-H1",
    ),
    # a week a year back is the week of the same number
    (
        "Admissions rose 40% in the week to Aug. 10, up from the same week last year.",
        "the same week last year",
        "2024-W32",
    ),
    (
        "Sales in the week to Jan. 4 fell from the same week a year earlier.",
        "the same week a year earlier",
        "2024-W01",
    ),
    # a year told last: the year before it
    (
        "Volumes in the first two months of 2025 were flat on the same period a year earlier.",
        "the same period a year earlier",
        "2024",
    ),
    # none told: the year before the writer's
    ("Profits rose 5% from the same period last year.", "the same period last year", "2024"),
)
def _same_last_year(m: re.Match[str], text: str) -> Expr | None:
    """ "the same day last year": the story's day (or week, month, quarter, period) a year before."""
    told_as_last = m.group().lower().split()[-1] == "year"  # "... last year", not "a year earlier"
    value = "last year" if told_as_last else None
    return Expr("anaphoric", unit=m["unit"].lower(), n=0, rel="year-back", value=value)


# --- references to now, the past, the future --------------------------------------------------


#: What makes "soon" a time looked ahead to: a modal or an infinitive before it in its clause
#: ("may soon seek", "to soon grow", "will be healthy enough soon"), or after it ("it soon will
#: begin").  Not "would", the future of a past told ("the army would soon collapse").
_SOON_AHEAD_BEFORE: Final = compile_ascii(
    r"\b(?:will|'ll|shall|may|might|could|can|must|should|to)\b[^.!?;:,]{0,50}$", re.IGNORECASE
)
_SOON_AHEAD_AFTER: Final = compile_ascii(r"\s+(?:will|'ll|to|be)\b", re.IGNORECASE)
#: ... but not before a past tense: "as General Giap soon brought up 30,000 men".
_SOON_PAST_AFTER: Final = compile_ascii(rf"\s+(?:{PAST_VERB_SOURCE})\b", re.IGNORECASE)


@rule(
    "present-ref",
    r"\b(?:(?P<present>(?:right\s+)?now|currently|at\s+present(?!-)|the\s+present(?!-)|nowadays|these\s+days|at\s+the\s+moment)"
    r"|(?P<past>recently|recent\s+(?:decades|years|months|weeks|days|quarters)|(?<=\bin\s)past\s+years"
    r"|the\s+past(?!\s+(?:\d|"
    + NUMBER_RE
    + r"|"
    + UNIT_RE
    + r")))"
    r"|(?P<future>the\s+(?:near\s+)?future|(?:the\s+)?coming\s+(?:decades|years|months|weeks|days|quarters)"
    r"|the\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come)"
    # a span ahead with no length: "in the near term", "at a later date" (not "near-term debt")
    r"|the\s+(?:near|short)[-\s]term(?![-\s]+[a-z])|(?<=\bat\s)a\s+later\s+(?:date|stage)|(?<=\bfor\s)a\s+later\s+date"
    # (not "as soon as", "soon after": a time counted from another)
    r"|(?P<soon>(?:very\s+)?(?<!\bas\s)soon(?!\s+(?:after|afterwards?|thereafter|as|enough|to\s+be)\b))))\b",
    ("plans for the future", "the future", "FUTURE_REF"),
    ("the challenges of the near term.", "the near term", "FUTURE_REF"),
    ("to placate holders in the short term, the plan", "the short term", "FUTURE_REF"),
    ("the near-term outlook", "the near-term", None),
    ("The rest will be sold at a later date.", "a later date", "FUTURE_REF"),
    ("A memorial service is planned for a later date.", "a later date", "FUTURE_REF"),
    ("There were sell programs in past years, too.", "past years", "PAST_REF"),
    ("is now closed", "now", "PRESENT_REF"),
    ("They sighted land at present-day Cape Cod.", "at present", None),
    # "the present" before a noun is "this": "the present report", "the present government"
    ("The present report covers the period from 1 January.", "The present", None),
    ("The dynasty ruled from 1644 to the present day.", "the present", "PRESENT_REF"),
    ("From then to the present, the city grew.", "the present", "PRESENT_REF"),
    ("Right now the market is calm.", "Right now", "PRESENT_REF"),
    ("The market is calm at the moment.", "at the moment", "PRESENT_REF"),
    ("Charles became king at the moment of her death.", "at the moment", None),
    ("The gates opened at the moment when the clock struck.", "at the moment", None),
    ("had recently left", "recently", "PAST_REF"),
    ("an offering in the near future", "the near future", "FUTURE_REF"),
    ("expects sales to slow in coming months", "coming months", "FUTURE_REF"),
    ("clashes in recent days", "recent days", "PAST_REF"),
    ("In recent decades, jobs have moved south.", "recent decades", "PAST_REF"),
    ("Sea levels will rise in the coming decades.", "the coming decades", "FUTURE_REF"),
    ("more rain in the days ahead", "the days ahead", "FUTURE_REF"),
    ("in the weeks to come, we will see", "the weeks to come", "FUTURE_REF"),
    ("As recently as 2019 the lake was full.", "recently", None),
    # "soon" looked ahead to, by a modal or an infinitive (not what soon followed in the past)
    ("Prosecutors may soon seek an indictment.", "soon", "FUTURE_REF"),
    ("The company said it soon will begin selling boxes.", "soon", "FUTURE_REF"),
    ("It expects sales to soon grow to 25%.", "soon", "FUTURE_REF"),
    ("Trump said the site would be destroyed very soon.", "very soon", None),
    ("He was soon released.", "soon", None),
    ("The trickle soon became a flood.", "soon", None),
    ("There was no intention to give up as Giap soon brought up 30,000 men.", "soon", None),
    ("Return the boy as soon as possible.", "soon", None),
    ("He will leave soon after the vote.", "soon", None),
)
def _present_ref(m: re.Match[str], text: str) -> Expr | None:
    g = m.group().lower()
    if m["soon"]:
        if _SOON_PAST_AFTER.match(text, m.end()):
            return None
        if _SOON_AHEAD_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _SOON_AHEAD_AFTER.match(
            text, m.end()
        ):
            return Expr("fixed", value="FUTURE_REF")
        return None
    if g == "recently" and text.startswith(" as ", m.end()) and prev_word(text, m.start()) == "as":
        return None  # "as recently as 2019": the date it names is the date
    if m["present"]:
        if g.startswith("the") and (following := next_word(text, m.end())) and following not in _AFTER_A_NOUN:
            if following not in _PRESENT_TIME_NOUNS:
                return None  # "the present report", "the present government": this one, no time
        if g.endswith("moment") and next_word(text, m.end()) in ("of", "when"):
            return None  # "became king at the moment of her death": that moment, not now
        if g == "now" and next_word(text, m.end()) in ("that", "on"):
            return Expr("fixed", value="PRESENT_REF") if next_word(text, m.end()) == "that" else None
        return Expr("fixed", value="PRESENT_REF")
    return Expr("fixed", value="PAST_REF" if m["past"] else "FUTURE_REF")


#: Nouns of time after "the present" that keep it the present: "to the present day".
_PRESENT_TIME_NOUNS: Final = frozenset("day days time times moment age era".split())
#: What "current", "recent" or "future" may stand after as the adjective of time TimeML tags: a
#: determiner, a possessive, a preposition, or the start of a clause.
_ADJECTIVE_BEFORE: Final = frozenset(
    "the its their his her our my your a an of in at under with from for about to on by amid despite all any".split()
)
#: Nouns that make "current" no time: "the current account", "an electric current".
_NOT_NOW_AFTER: Final = frozenset("account accounts affairs events density flow flows sea speed".split())
#: Words that make the word before them a noun, no adjective before one: "will decide his future
#: in the coming days", "the future of the club", "Its future is uncertain".
_AFTER_A_NOUN: Final = frozenset(
    "in of is was are were will would could may might must has had have looks looked remains remained"
    " lies lay hangs hung depends depended and or but as at for with on to from after before beyond"
    " that which who than".split()
)


@rule(
    "time-adjective",
    r"\b(?P<word>current|recent|future)\b(?=[^\S\n]+[a-z])",
    ("He would travel with his current wife.", "current", "PRESENT_REF"),
    ("according to a recent SEC filing", "recent", "PAST_REF"),
    ("questions about future demand from the auto sector", "future", "FUTURE_REF"),
    ("The current account deficit widened.", "current", None),
    ("the most recent quarter", "recent", None),
    ("The findings appear in Current Biology.", "Current", None),
    # a noun, no adjective: the career or the fate ahead of someone or something
    ("Southgate will decide his future in the coming days.", "future", None),
    ("Its future is uncertain.", "future", None),
)
def _time_adjective(m: re.Match[str], text: str) -> Expr | None:
    """ "current", "recent", "future" before a noun: the present, the recent past, the future."""
    before = prev_word(text, m.start())
    if before and before not in _ADJECTIVE_BEFORE:
        return None  # "the most recent quarter", "a then current rate": read with the word before
    if before and m.group()[0].isupper() and text[m.end() : m.end() + 8].lstrip(" \t")[:1].isupper():
        return None  # a name, capitalised within a sentence: "in Current Biology", "Future Publishing"
    following = next_word(text, m.end())
    if following in _NOT_NOW_AFTER or following in _AFTER_A_NOUN:
        return None  # "the current account"; "will decide his future in the coming days"
    word = m["word"].lower()
    return Expr("fixed", value={"current": "PRESENT_REF", "recent": "PAST_REF"}.get(word, "FUTURE_REF"))


@rule(
    "the-other-day",
    r"\bthe\s+other\s+day\b(?!\s+of\b)",
    ("She called the other day.", "the other day", "PAST_REF"),
    ("On the other day of the week, none.", "the other day", None),
)
def _the_other_day(m: re.Match[str], text: str) -> Expr | None:
    """ "the other day": a day not long ago, which one not said."""
    return Expr("fixed", value="PAST_REF")
