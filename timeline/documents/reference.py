"""The reference date of a document: the dateline ("Cairo, Aug 18 (IANS)"), a ``Published:`` or
``Date:`` line, or a metadata value; and, for a dateline without a year, the year inferred from
the text itself.

Year inference: the document cannot be older than the latest past year it mentions explicitly,
and the weekdays it reports in the past must fall where news copy puts them: on the dateline's
own day or the day before ("on Sunday" in a Monday story), less often earlier that week.  Each
candidate year is scored by how likely news puts its weekdays there and how likely a story is
written that many years after the latest year it mentions (both measured on the TempEval-3 news,
below); the likeliest wins, and the explanation says so, and names a year that fits almost as well.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..temporal.context import LAST_DATE, UNDATED_NARRATIVE_NOTE
from ..temporal.holidays import holiday_dates, of_another_calendar
from ..temporal.lexicon import (
    DAY_RE,
    HOLIDAY_WEEKDAY_WORDS_RE,
    MONTH_RE,
    WEEKDAY_RE,
    YEAR_RE,
    month_number,
    number_value,
    ordinal_value,
    weekday_number,
)
from ..temporal.mention import Mention
from ..temporal.narrative import RECORD_SINCE
from ..temporal.sentences import CHRONOLOGY_ITEMS, LIST_ITEM_BEFORE

_HEAD = 600  # datelines and Published: lines stand in the first few hundred characters

_DATELINE = re.compile(
    # (a weekday is no place: "Sunday, June 18: The Titan begins its descent" opens a
    # chronology's entry)
    # (two places a story is filed from are joined by a slash: "GAZA/CAIRO, Jan 15 (Reuters)")
    rf"(?:^|[\s)\]])(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)(?P<place>[A-Z][A-Za-z.'’-]+(?:[ /][A-Z][A-Za-z.'’-]+){{0,3}}"
    # (with its state or country in US copy: "CUPERTINO, Calif., Sept 9")
    rf"(?:,[ ][A-Z][a-z]+\.?(?=,))?),\s+"
    # or, as US copy online writes it, a place in capitals and a dash: "WASHINGTON — Feb. 13, 2024 —",
    # with its state in a press release ("CUPERTINO, California — Jan. 30, 2025 — Apple today"),
    # or the wire's name between double hyphens ("SAN JOSE, Calif.--(BUSINESS WIRE)--Jan. 30, 2025--"),
    # or a dash typed as hyphens, set off by spaces ("SAN JOSE, Calif. -- August 21, 2024 --")
    rf"|(?P<caps>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){{0,3}}(?:,[ ][A-Z][A-Za-z.'’]+(?:[ ][A-Z][A-Za-z.'’]+){{0,2}})?)"
    r"(?:\s+(?:[—–]+|--?)\s+|\s*--\s*\([A-Z][A-Za-z ]{1,30}\)\s*--\s*))"
    rf"(?:[A-Z][a-z]+,?\s+)?(?:(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})|(?P<day_first>{DAY_RE})\s+(?P<month_after>{MONTH_RE}))"
    rf"(?:,?\s*(?P<year>{YEAR_RE}))?"
    # (or TASS's stop and slashes: "MOSCOW, August 18. /TASS/.")
    # (not a range's dash: "the Battery Show Europe, June 3-5, 2026")
    r"\s*(?=\(|--|[-–—:/](?!\d)|\.[ \t]*/[A-Z]|\s+[A-Z]{2,}\b)"
)
#: A dateline on a line of its own under a headline, a place and a day with no wire's name or
#: dash after them: "Boston, Nov. 20", "London, 14 July 2025" (looked for in the first lines only).
_DATELINE_ALONE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){{0,3}}),[ \t]+(?P<caps>(?!))?"
    rf"(?:(?P<month>{MONTH_RE})[ \t]*(?P<day>{DAY_RE})|(?P<day_first>{DAY_RE})[ \t]+(?P<month_after>{MONTH_RE}))"
    rf"(?:,?[ \t]*(?P<year>{YEAR_RE}))?[ \t]*$",
    re.MULTILINE,
)
#: A dateline with the wire's name but no place, opening a line, as a wire's factbox or a story
#: of a whole country writes it: "March 10 (Reuters) -", "Nov 5 (Reuters) -".
_DATELINE_NO_PLACE = re.compile(
    rf"^[ \t]*(?P<place>(?!))?(?P<caps>)"
    rf"(?:(?P<month>{MONTH_RE})[ \t]*(?P<day>{DAY_RE})|(?P<day_first>{DAY_RE})[ \t]+(?P<month_after>{MONTH_RE}))"
    rf"(?:,?[ \t]*(?P<year>{YEAR_RE}))?(?=[ \t]*\([A-Z][A-Za-z. ]{{1,20}}\)[ \t]*[-–—])",
    re.MULTILINE,
)
#: Markdown's emphasis around the word or the whole line: "*Published 20 May 2024*",
#: "**Published:** 20 May 2024".
_EMPHASIS = r"(?:\*{1,3}|_{1,3})?"
_PUBLISHED = re.compile(
    rf"^[ \t]*{_EMPHASIS}(?:published|date|dated|dateline|filed|posted|updated|last updated|first published|last modified|modified|recorded|broadcast|aired"
    # a release's, a ruling's: "Issued: 3 March 2025", "Judgment handed down: 22 July 2025"
    r"|released|issued|decided|delivered|(?:judgment[ \t]+)?handed[ \t]+down|date[ \t]+of[ \t]+(?:judgment|decision|issue|publication)"
    # a filing's: "Date of Report (Date of earliest event reported): March 14, 2024"
    r"|date[ \t]+of[ \t]+report(?:[ \t]*\([^)\n]{0,60}\))?"
    r"|for[ \t]+(?:immediate[ \t]+)?release)(?:\s+on)?"
    rf"{_EMPHASIS}\s*:{_EMPHASIS}\s*(?P<d>[^\n]{{4,60}})$",
    re.IGNORECASE | re.MULTILINE,
)
#: The same words without a colon, at a line's start or after a by-line separator, a dateline's
#: dash or a bracket: "Updated March 14, 2024 10:32 am ET", "By Jane Doe | Published 14 March
#: 2024", "KYIV, Ukraine (AP) — Published 6:14 AM EDT, October 21, 2024", "Research summary
#: (updated 3 March 2025)"; a transcript's "INTERVIEW TRANSCRIPT — recorded 12 June 2025"; and a
#: ruling's "Judgment dated this 14th day of June, 2024".
_PUBLISHED_BARE = re.compile(
    rf"(?:^|[|·•—–(]|\s-)[ \t]*{_EMPHASIS}(?:published|posted|updated|last updated|first published|filed|recorded|broadcast|aired"
    # a ruling's or a deed's: "Judgment dated this 14th day of June, 2024"
    r"|(?:judgment|order|ruling|decision|deed|agreement)[ \t]+dated(?:[ \t]+this)?)"
    rf"(?:\s+on)?:?{_EMPHASIS}[ \t]+"
    rf"(?P<d>(?=\d|(?:{MONTH_RE}|{WEEKDAY_RE})\b)[^\n|·•]{{6,60}})",  # a date straight after the word
    re.IGNORECASE | re.MULTILINE,
)
#: A paper's line: "Nature Medicine, published online 7 May 2025".
_PUBLISHED_ONLINE = re.compile(
    rf"(?:^|[,|·•—–(]|\s-)[ \t]*{_EMPHASIS}(?:first[ \t]+)?published[ \t]+online(?:[ \t]+on)?:?{_EMPHASIS}[ \t]+"
    rf"(?P<d>(?=\d|(?:{MONTH_RE}|{WEEKDAY_RE})\b)[^\n|·•;(]{{6,40}}?)(?=[ \t]*(?:$|[;(]|,[ \t]+\D|[ \t]in[ \t]))",
    re.IGNORECASE | re.MULTILINE,
)
#: A "Today in History" column's opening, which names its own day: "Today is Friday, Dec. 5, the
#: 339th day of 2025." (its year written with the day, or as the year the day is counted in), or a
#: briefing's: "Good morning. It's Tuesday, Dec. 2."
_TODAY_IS = re.compile(
    rf"(?:^[ \t]*|(?<=[.!][ ]))(?:Today is|It's|It’s|It is) (?:{WEEKDAY_RE}),?[ \t]+(?P<month>{MONTH_RE})[ \t]*(?P<day>{DAY_RE})"
    rf"(?:,?[ \t]+(?P<year>{YEAR_RE})\b|,[ \t]+the[ \t]+\d+(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?P<counted>{YEAR_RE})\b)?",
    re.MULTILINE,
)
#: What may stand around a Published line without being part of it: separators, a dash.
_LINE_MARKS = " \t|·•—–-"
#: Emphasis marks in such a line, left out where it is quoted (not an underscore inside a word).
_EMPHASIS_MARKS = re.compile(r"\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")
#: The same words closing a story, after its last sentence or on a line of their own: "...
#: contributed to this report. Published May 8, 2024."
_TAIL = 300
_PUBLISHED_TAIL = re.compile(
    r"(?:^|[.!?][\"”’]?[ \t]+)(?:published|posted|first published|last updated|updated)(?:\s+on)?:?[ \t]+"
    rf"(?P<d>(?=\d|(?:{MONTH_RE}|{WEEKDAY_RE})\b)[^\n|·•]{{6,60}})",
    re.IGNORECASE | re.MULTILINE,
)
#: ... or a note of the story's own publishing, its date closing the line: "This article was first
#: published on Aug. 18, 2025.", "This story originally appeared in The Herald on 18 August 2025.",
#: "This fact check was published on March 12, 2025."
_PUBLISHED_NOTE = re.compile(
    r"(?:^|[.!?][\"”’]?[ \t]+)this\s+(?:article|story|piece|report|fact[- ]?check|analysis|explainer|column|review|feature|post)"
    r"\s+(?:was\s+)?(?:first\s+|originally\s+|last\s+)?(?:published|appeared|updated)(?:\s+online)?(?:\s+in\s+[^\n.,]{1,40}?)?\s+on[ \t]+"
    r"(?P<d>[^\n]{6,40}?)\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: How many of a text's first lines may be a line with nothing but its date ("Thu 14 Mar 2024
#: 09.00 GMT", "March 14, 2024"), and how long such a line may be: a page's headline, by-line,
#: "Updated 2 hours ago" and "5 min read" may come first.
_DATE_LINES = 8
_DATE_LINE_LENGTH = 40
_BYLINE_PARTS = re.compile(
    # (a bar is never part of a date, spaced or not: "Source: Xinhua| 2025-03-05 17:06:00|Editor")
    r"\s[·•]\s|\s*\|\s*"
    # ... and a page's first date and its update on one line: "Oct. 15, 2013 Updated: Oct. 16, 2013"
    r"|\s(?=(?:Last\s+)?(?:Updated|Modified|Edited)(?:\s+on)?:?\s)"
    # ... or glued to it, as pages copy: "March 5, 20255:06 AM GMTUpdated 2 hours ago" (Reuters'),
    # "March 5, 2025Updated 5:06 p.m. ET" (the New York Times'), "09.00 GMTLast modified on"
    r"|(?-i:(?:(?<=[A-Z]{3})|(?<=\d))(?=(?:Last\s+[mu]|[MU])(?:odified|pdated)\b))",
    re.IGNORECASE,
)
#: A dateline's place and agency before the date, as AP writes it: "KYIV, Ukraine (AP) — ".
_PLACE_AGENCY = r"[A-Z][A-Za-z.'’-]+(?:,?[ ][A-Z][A-Za-z.'’-]+){0,3}[ ]\([A-Z][A-Za-z. ]{1,20}\)\s*[—–-]+\s*"
#: A text that opens with its full date and a dash: "Feb 13, 2024 — A storm hit the coast",
#: "KYIV, Ukraine (AP) — Feb. 24, 2025 — Three years after".
_OPENING_DATE = re.compile(
    rf"\s*(?:{_PLACE_AGENCY})?(?P<d>(?:[A-Z][a-z]+,?\s+)?(?:{MONTH_RE}\s*{DAY_RE},?|{DAY_RE}\s+{MONTH_RE})\s*{YEAR_RE}"
    # or in figures, year first ("2025-03-12 —") or day first with dots ("12.03.2025 -")
    r"|\d{4}-\d\d-\d\d|\d\d?\.\d\d?\.\d{4})\s*(?:[—–]+|-)\s"
)
#: In a date's own words: a fiscal year, also in a quarter's code ("Q2FY25").
_FISCAL = re.compile(r"(?:\b|(?<=\d))(?:fiscal|FY)", re.IGNORECASE)
#: After a date, that it is a plan's, moved: "bans imports of gas from January 2027, a year earlier
#: than first planned" is still to come, whatever the tense around it.
_SOONER_THAN_PLANNED = re.compile(
    r",?\s+(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?|weeks?)\s+)?(?:earlier|later|sooner)"
    r"\s+than\s+(?:(?:first|originally|initially|previously|once)\s+)?(?:planned|scheduled|envisaged|proposed|intended)\b",
    re.IGNORECASE,
)
#: A year that an outlook or a plan is for ("the outlook for 2025 remains gloomy", "targets for
#: 2030", "a growth target of around 5 percent for 2024") is still to come, whatever the tense
#: around it.
_PLANNED_FOR = re.compile(
    r"\b(?:outlook|forecasts?|guidance|targets?|goals?|budget|plans?|projections?|expectations?|estimates?)"
    # with its figure between: "a growth target of around 5 percent for 2024"
    r"(?:\s+of\s+[^.;:!?,()]{1,30}?)?"
    r"\s+for\s+(?:(?:the\s+)?(?:full\s+)?(?:fiscal\s+)?(?:year\s+)?)?$",
    re.IGNORECASE,
)
#: What was expected of a time, with its object and verb between: "the company expected the market
#: to remain weak well into 2024" (told in the past, of a time that was still to come).
_EXPECTED_TO_THEN = re.compile(
    r"\b(?:expected|predicted|forecast|projected)\s+(?:[\w'’-]+\s+){1,4}to\s+[a-z]+\b"
    r"[^.;:!?\d]{0,50}?\b(?:in|into|until|through|by|before)\s+$",
    re.IGNORECASE,
)
_EXPECTED_REACH = 120
#: The day a term still running ends: "a contract running until June 2030", "a deal that runs to
#: 2031", "a lease that expires in 2031", "a loan until 2028": a year to come, not one gone by,
#: and one that may lie many years on (no year to come near the story, as a plan's is); so too the
#: end of a ban ("barred from running for office until 2030").
_TERM_ENDS = re.compile(
    r"\b(?:(?:runs?|running|lasts?|lasting|extends?|extending|extended|valid|contracts?|deals?|leases?"
    r"|loans?|agreements?|mandates?)[ \t]+(?:until|till|through|to)|(?:expires?|expiring)[ \t]+(?:in|on)"
    r"|(?:barred|banned|ineligible|disqualified|suspended|prohibited)\b[^.;:!?\d]{0,40}?[ \t](?:until|till|through))"
    r"[ \t]+(?:(?:the[ \t]+)?(?:end|middle|start)[ \t]+of[ \t]+)?(?:early[ \t]+|mid-?|late[ \t]+)?$",
    re.IGNORECASE,
)
#: A budget named by its year is passed the year before ("toppled in December over the 2025 budget").
_BUDGET_AFTER = re.compile(
    r"[ \t]+(?:budget|spending[ \t]+plan|finance[ \t]+bill|appropriations)\b", re.IGNORECASE
)
#: An outlook named by the year it is for: "FY25 revenue guidance", "its fiscal 2026 outlook".
_OUTLOOK_AFTER = re.compile(
    r"[ \t]+(?:(?:revenue|sales|earnings|profit|growth)[ \t]+)?(?:guidance|outlook|forecasts?|targets?)\b",
    re.IGNORECASE,
)
#: A plan named by the year it is for ("its 2040 target", "the 2030 goals"): a year to come.
_PLAN_AFTER = re.compile(
    r"[ \t]+(?:(?:emissions?|climate|growth|inflation)[ \t]+)?(?:targets?|goals?|deadline|ambitions?|pledges?)\b",
    re.IGNORECASE,
)
#: A forecast for a year, revised ("cut its 2025 growth forecast", "raised its 2024 outlook"): a
#: forecast is revised while its year is still to come or running.
_FORECAST_REVISED_BEFORE = re.compile(
    r"\b(?:cut|cuts|raised?|raises|lowered?|lowers|revised?|revises|trimmed|trims|upgraded?|upgrades"
    r"|downgraded?|downgrades|lifted|lifts|kept|keeps|maintained?|maintains|reaffirmed?|reaffirms)"
    r"[ \t]+(?:its|their|the|his|her)[ \t]+$",
    re.IGNORECASE,
)
_FORECAST_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:forecasts?|outlook|projections?|guidance)\b", re.IGNORECASE
)
#: A year something is to be done by ("triple funding by 2035"), unless the sentence looks back
#: from it ("By 2019, it had doubled sales").
_BY_BEFORE = re.compile(
    r"\bby[ \t]+(?:the[ \t]+(?:end|middle|start)[ \t]+of[ \t]+)?(?:early[ \t]+|mid-?|late[ \t]+)?$",
    re.IGNORECASE,
)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
#: ... or a deed done by then, in the past passive: "was largely completed by |1260".
_DONE_BY_BEFORE = re.compile(
    r"\b(?:was|were)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|en|lt|wn)[ \t]+by[ \t]+$", re.IGNORECASE
)
_LEVELS_AFTER = re.compile(r"[ \t]+levels?\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince[ \t]+$", re.IGNORECASE)
#: A state that has gone on since a thing done in a year: "stored at the port since it was seized
#: from a ship in |2013".
_SINCE_A_CLAUSE = re.compile(
    r"\bsince[ \t]+(?:it|they|he|she|we|the[ \t]+[a-z]+)[ \t]+(?:was|were|had[ \t]+been)?[ \t]*[a-z]+ed\b"
    r"[^.;:!?\d]{0,30}?[ \t]in[ \t]+$",
    re.IGNORECASE,
)
#: A year a figure is compared with ("won 240 seats, down from 303 in 2019", "higher than in
#: 2019", "its 2019 tally"): a year gone by, told as such, so the story comes after it (news
#: tells its own year's figures as "this year").  After "from", "with" or "against" a figure or
#: "the same" period stands before the year: "won the title with them in 2020" and "moved from
#: Ohio in 2019" compare nothing.
_COMPARED_IN_BEFORE = re.compile(
    # (a year after "from" is a span's first, no figure: "governed from 2003 to 2010, was jailed in 2018")
    r"\b(?:than\b|compared[ \t]+(?:with|to)\b|(?:from|with|against)\b[^.;:!?\n]{0,40}?"
    r"(?:(?<![\d,.])(?!(?:1[89]|20)\d\d(?![\d%]|[,.]\d))\d|\bsame\b))"
    r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,40}?\bin[ \t]+$",  # (a figure's decimal point: "4.1% in")
    re.IGNORECASE,
)
_COMPARED_POSSESSED = re.compile(r"\b(?:its|their|his|her)[ \t]+$", re.IGNORECASE)
_COMPARED_FIGURE_AFTER = re.compile(
    r"[ \t]+(?:tally|total|haul|figure|result|score|share|count)\b", re.IGNORECASE
)
_MOVED_FROM = re.compile(
    r"\b(?:(?:delayed|postponed|pushed[ \t]+back|put[ \t]+off|moved|brought[ \t]+forward|slipped|slip)[ \t]+from"
    # ... or a plan given up: "The launch was first planned for 2023 but was delayed"
    r"|(?:originally|initially|first|previously)[ \t]+(?:planned|scheduled|set|slated|due|expected)[ \t]+(?:for|in))[ \t]+"
    r"(?:(?:early|mid|late|the[ \t]+(?:end|start|middle)[ \t]+of)[- \t]+)?$",
    re.IGNORECASE,
)
#: A target given up, told in the past perfect ("The agency had targeted September 2026 for the
#: landing", "had been scheduled for 2024"): it may have come, or may still lie ahead of the story.
_TARGET_GIVEN_UP = re.compile(
    r"\bhad[ \t]+(?:(?:first|originally|initially|once|previously|long)[ \t]+)?(?:been[ \t]+)?"
    r"(?:targeted|planned|aimed|hoped|scheduled|slated|expected|intended|set)\b"
    r"[^.;:!?\n]{0,40}$",
    re.IGNORECASE,
)
#: A forecast in the present ("sees", "expects", "projects") of what a year to come will bring.
# ... or of a plural forecaster ("The ECB's new projections see inflation at 2.0% this year")
_FORECAST_VERB = re.compile(
    r"\b(?:sees|expects|forecasts|projects|predicts|anticipates)\b"
    r"|\b(?:projections|forecasts|estimates|economists|analysts|markets|investors|traders|we|they)"
    r"[ \t]+(?:now[ \t]+)?(?:see|expect|forecast|predict|anticipate)\b",
    re.IGNORECASE,
)
_IN_YEAR_BEFORE = re.compile(r"\b(?:in|for)[ \t]+$", re.IGNORECASE)
#: An event named by its year ("the 2030 Winter Games were awarded last month", "the 2026 World
#: Cup"): awarded and planned years ahead, held in it; told in the past, no sign of the story's year.
_EVENT_AFTER = re.compile(
    r"[ \t]+(?:(?:Summer|Winter|Olympic|Paralympic|Commonwealth|Asian|Youth)[ \t]+)?"
    r"(?:Games|Olympics|Paralympics|World[ \t]+Cup|Expo|World[ \t]+Championships?)\b"
)
#: Before a year, what makes it a past event's the story is some time after: an anniversary of it
#: ("the anniversary of the 1997 handover"), or a record it held that is now beaten ("surpassed
#: the 1923 Great Kanto quake").
_PAST_EVENT_OF_YEAR_BEFORE = re.compile(
    r"\banniversary[ \t]+of[ \t]+(?:the[ \t]+)?$"
    r"|\b(?:surpass|eclips|outstripp|overtak|outdo|exceed|dwarf)(?:e|es|ed|ing|s)?[ \t]+(?:even[ \t]+)?the[ \t]+$",
    re.IGNORECASE,
)
#: When a series of records began: "since records began in |1885", "since record-keeping started in
#: |1950"; or what a record is of came into being: "since the model entered service in |2011".
_RECORDS_BEGAN = re.compile(
    r"\b(?:(?:records|record-keeping|recordkeeping)[ \t]+(?:began|started|begin|start)"
    r"|(?:entered|came[ \t]+into|went[ \t]+into)[ \t]+service)[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
#: A year something was last done, alone ("Apple last redesigned the iPhone in 2020"): the story
#: comes after it, as after a beginning, and may come any time after (a month is told of what is
#: recent: "The rate was last raised in February 2023"; and the last of what comes round each year
#: is last year's: "The annual open house is on June 21. Its last one, in 2024, drew 600").
_LAST_DONE_IN = re.compile(
    r"\blast[ \t]+(?:[a-z]+ed|won|held|hit|made|met|saw|took|beat|lost|went|came|ran|had|did|fought|sold"
    r"|built|set|gave|got|began|rose|fell|struck|wrote|spoke|cut|shut|led|became|broke|drew|flew|grew|paid"
    r"|put|sent|stood|swept|threw|wore"
    # ... or its participle: "a level last seen in August 2007", "a title last won in 2004"
    r"|seen|been|done|gone|taken|given|known|shown|beaten|broken|begun|run|reached|recorded)"
    r"\b[^.;:!?\d]{0,30}?[ \t]in[ \t]+$"
    # ... or the last time it was done, or the last of it: "The last time a budget took this long
    # to pass was in 2014", "The last coast-wide stoppage by the union was in 1977", "The last
    # quake of this size was in Alaska in 1964"
    r"|\bthe[ \t]+last[ \t]+[^.;:!?\d]{0,50}?[ \t](?:was|were)[ \t]+in[ \t]+(?:[A-Z][\w'’-]*,?[ \t]+){0,3}?(?:in[ \t]+)?$"
    # ... or set off by commas: "The union's last strike, in 2008, lasted 57 days" (not "Its last
    # one, in 2024,": an annual event's, the year before the story's)
    r"|\b(?:the|its|their|his|her|[A-Za-z]+['’]s)[ \t]+last[ \t]+(?!one\b)[^.;:!?\d]{0,50}?,[ \t]+in[ \t]+$"
    # ... or named with its year: "doubled its share from the last election in 2021" (not "in the
    # last three years", nor the last of a period: "the last quarter in 2024")
    r"|\bthe[ \t]+last[ \t]+(?:(?:general|national|federal|presidential|parliamentary|regional|local"
    r"|such|major|big|full|previous)[ \t]+)?(?:elections?|votes?|polls?|census|eruption|earthquake|quake"
    r"|strike|walkout|summit|visit|meeting|games|olympics|world[ \t]+cup|tournament|final|championship"
    r"|outbreak|pandemic|war|recession|crisis|referendum|time)[ \t]+in[ \t]+$"
    # ... or one who last did it, named and set off by commas, and the past verb: "The last pope
    # to resign, Gregory XII, quit in 1415"
    r"|\bthe[ \t]+last[ \t]+[a-z]+[ \t]+to[ \t]+[a-z]+[^.;:!?\d]{0,30}?,[ \t]+(?:(?-i:[A-Z])[\w'’.-]*[ \t]+){0,3}?"
    r"(?-i:[A-Z])[\w'’.-]*,[ \t]+(?:[a-z]+ed|quit|did|won|ran|left|lost|came|went|made|took|held|fought)\b"
    r"[^.;:!?\d]{0,20}?[ \t]in[ \t]+$"
    # ... or the last one, and what was done to it: "The last snap election in France was called by
    # Jacques Chirac in 1997" (not the last of a period: "the last quarter was reported in 2024")
    r"|\bthe[ \t]+last[ \t]+(?!(?:quarter|year|month|week|day|decade|season|half|few|two|three|four|five)\b)"
    r"[^.;:!?\d]{0,50}?[ \t](?:was|were)[ \t]+[a-z]+(?:ed|en|wn)\b[^.;:!?\d]{0,40}?[ \t]in[ \t]+$"
    # ... or the last one to do a thing, and when: "Calvin Coolidge was the last sitting president
    # to visit, arriving in Havana in January 1928"
    r"|\bthe[ \t]+last[ \t]+(?:[a-z.-]+[ \t]+){1,3}?to[ \t]+[a-z]+\b[^.;:!?\d]{0,50}?[ \t]in[ \t]+$",
    re.IGNORECASE,
)
#: The last one as great, and when it happened: "The last protests of this size took place in
#: |2003", "The last quake of this magnitude struck the region in |1964": a record's year, which
#: the story comes some years after.
_LAST_AS_GREAT_IN = re.compile(
    r"\bthe[ \t]+last[ \t]+[^.;:!?\d]{0,40}?\b(?:of[ \t]+(?:this|that|such|similar|its|their)[ \t]+"
    r"(?:size|magnitude|scale|strength|kind|intensity)|this[ \t]+(?:big|large|strong|severe|deadly|bad))"
    # (perhaps named between commas: "The last attack of this scale, the Beslan school siege, took
    # place in 2004")
    r"(?:,[^,.;:!?\d]{1,50},)?"
    r"[ \t]+(?:took[ \t]+place|happened|occurred|came|struck|hit|[a-z]+ed)\b[^.;:!?\d]{0,30}?[ \t]in[ \t]+$"
    # ... or the last comparable one: "The last comparable expansion was the creation of Medicare
    # and Medicaid in 1965"
    r"|\bthe[ \t]+last[ \t]+(?:comparable|similar)[ \t]+[^.;:!?\d]{0,80}?[ \t]in[ \t]+$",
    re.IGNORECASE,
)
#: The end of the last time a thing was done, told with how long it ran (read beside
#: ``_LAST_DONE_IN``): "The last shutdown, over funding for a border wall, ran for a record 35
#: days from December 2018 to |January 2019".
_LAST_RAN_TO = re.compile(
    r"\bthe[ \t]+last[ \t]+[^.;:!?]{0,100}?\b(?:ran|lasted|went[ \t]+on|stretched|continued)\b"
    r"[^.;:!?]{0,60}?\b(?:to|until|till|through|into)[ \t]+$",
    re.IGNORECASE,
)
#: A year something began, a life or a firm or a disease known, right before the year: "was born
#: in Cuba in 1984", "founded in 1987", "was first identified in 1967", "beating a record set in
#: 2007", "the Alien Enemies Act of 1798".  The story may come any time after: a bound, and no
#: year of the story's near it.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:born|founded|established|ratified|enacted|built|constructed|erected|record[ \t]+(?:was[ \t]+)?set"
    # ... or a career's or a membership's: "had joined the airline in 1981"; or a rule's, or a
    # first's: "Russia annexed Crimea in 2014", "became the first state to allow it in 2004"
    r"|joined|annexed|took[ \t]+office|came[ \t]+to[ \t]+power|became[ \t]+the[ \t]+first|(?:was|were)[ \t]+elected"
    # ... or a bid won, years before what it is for: "won the right to host the Games in 2001"
    r"|(?:won|awarded|granted|given)[ \t]+(?:the[ \t]+)?(?:right|rights|bid|hosting)"
    # ... or a building's or a machine's first use: "The bridge, which opened in 1977"
    r"|opened|inaugurated|consecrated|commissioned|(?:entered|went[ \t]+into)[ \t]+service"
    # ... or since its founding: "built Wagner into a force of tens of thousands since founding it in 2014"
    r"|since[ \t]+(?:founding|forming|creating|establishing|launching|setting[ \t]+up)"
    # ... or a reign's: "He ascended the throne in 1989"
    r"|(?:ascended|acceded|came)[ \t]+(?:to[ \t]+)?the[ \t]+(?:throne|Chrysanthemum[ \t]+Throne)"
    r"|(?:first|originally)[ \t]+(?:identified|discovered|described|isolated"
    r"|recorded|detected|diagnosed|synthesi[sz]ed"
    # ... or a race's, a festival's or a prize's first time: "The race, first run in 1861"
    r"|run|held|staged|awarded|contested|played|published|performed|broadcast|aired"
    # ... or anything first done: "Biden was first elected to the Senate in 1972", "Carroll
    # first made her accusation in a 2019 book" (not a plan first put forward, still pending
    # and so still near: "the plan, first proposed in 2023")
    r"|(?!proposed|suggested|floated|mooted|planned|announced|unveiled|tabled)[a-z]+ed|made|told|wrote"
    r"|spoke|came|went|took|ran|began|won|met|saw))"
    r"\b[^.;:!?\d]{0,30}?[ \t]in[ \t]+(?:[A-Z][a-z]+\.?[ \t]+|an?[ \t]+)?$"
)
#: A year in a law's or a treaty's name, which was made then, whatever the tense around it: "the
#: Alien Enemies Act of 1798", "the Treaty of 1713", "the Indian Penal Code of 1860", and as Indian
#: laws are named, "the Companies Act, 2013".
_LAW_NAMED_BEFORE = re.compile(
    r"\b(?:Act|Acts|Treaty|Accords?|Convention|Charter|Compromise|Code|Constitution|Ordinance)[ \t]+of[ \t]+$"
    r"|\b[A-Z][a-z]+[ \t]+(?:Act|Code|Ordinance|Rules|Regulations|Sanhita),[ \t]+$"
)
#: What will not happen until a month or a season is told as far off, not as a forecast near
#: the story: "The next total eclipse will not occur until August 2044".
_NOT_UNTIL = re.compile(
    r"(?:\bnot|n[’']t)\b[^.;:!?]{0,50}?\b(?:until|till|before)[ \t]+"
    r"(?:(?:early|mid|late|the[ \t]+(?:end|start|middle)[ \t]+of)[- \t]+)?$",
    re.IGNORECASE,
)
#: A four-digit year and a dash or slash right before a year: "2024-25", "2019/20".
_YEAR_SPAN_FIRST = re.compile(r"(?<!\d)(\d{4})[-–/]$")
#: Words of accounts, budgets and forecasts, whose year spans are often still running or to come.
_ACCOUNTS = re.compile(
    r"\b(?:budgets?|fiscal|financial\s+year|FY|targets?|forecasts?|projects|projections?|estimates?"
    r"|outlook|guidance|growth|deficit|revenues?|spending"
    # ... and of figures counted over one: "Collections in the April-November period of 2024-25"
    r"|collections?|receipts|period|exports|imports|output|production|disbursals?|sales)\b",
    re.IGNORECASE,
)


#: A span of several years that a plan or a budget covers: "the 2028-2034 budget", "its
#: 2021-2025 plan", "the 2021–2027 programming period".
_PLAN_OF_YEARS = re.compile(
    r"(?<!\d)(?P<first>\d{4})[-–/](?P<last>\d{4})(?!\d)[ \t]+(?:[A-Za-z-]+[ \t]+)?"
    r"(?:budgets?|plans?|framework|programmes?|programs?|programming|period|strategy|agenda|targets?)\b",
    re.IGNORECASE,
)


def _in_plan_of_years(text: str, start: int) -> bool:
    """Whether a year is one end of a span of several years a plan or a budget covers ("the
    2028-2034 budget"), which is planned years before it begins and runs for years: no sign of
    the story's year either way."""
    m = _PLAN_OF_YEARS.match(text, max(0, start - 5)) or _PLAN_OF_YEARS.match(text, start)
    return (
        m is not None
        and start in (m.start("first"), m.start("last"))
        and int(m["last"]) - int(m["first"]) >= 2
    )


def _span_start(text: str, start: int) -> int:
    """Where the span of two years a year at ``start`` ends starts ("2019-20": the record is
    counted from both), else ``start``."""
    m = _YEAR_SPAN_FIRST.search(text, max(0, start - 5), start)
    return start if m is None else m.start()


def _second_of_accounts_years(text: str, start: int, year: int, sentence: tuple[int, int]) -> bool:
    """Whether the year at ``start`` ends a span of two years that follow each other, written as
    one ("2024-25"), in a sentence of accounts or budgets: a fiscal year, which a story may tell
    while it runs or before it begins ("the deficit target for 2024-25").  A season or a war told
    as past ("since the 2021-22 season") was over by the story's time: its second year counts."""
    m = _YEAR_SPAN_FIRST.search(text, max(0, start - 5), start)
    return m is not None and int(m[1]) == year - 1 and _ACCOUNTS.search(text, *sentence) is not None


_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@dataclass(frozen=True)
class Reference:
    """A document's reference date and how it was found."""

    day: date | None
    source: str
    explanation: str


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_BASIC_DAY = re.compile(
    r"(?:1[5-9]|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
)  # 20240529, as APIs write it

NO_REFERENCE = Reference(None, "none", "no reference date: relative and partial dates stay unresolved")


def _compared_year(text: str, start: int, end: int) -> bool:
    """Whether a year written alone is one a figure is compared with ("down from 303 in 2019",
    "nearly double its 2019 tally")."""
    return bool(
        _COMPARED_IN_BEFORE.search(text, max(0, start - 60), start)
        or (
            _COMPARED_POSSESSED.search(text, max(0, start - 8), start)
            and _COMPARED_FIGURE_AFTER.match(text, end)
        )
    )


#: A date string up to its year, where something is glued to the year (see ``parse_date_string``).
_GLUED_AFTER_YEAR = re.compile(r"(.*?\b(?:19|20)\d\d)(?=\d|[A-Z][a-z])")


def parse_date_string(value: str) -> date | None:
    """A full calendar date written in any common form ('2024-03-05', 'March 5, 2024',
    'Tue, 05 Mar 2024 10:00 GMT'), or None when the string names no complete date.

    The project's own engine reads most forms; dateparser reads the rest.
    """
    value = value.strip()
    # the commonest forms, read without the engine: "2024-03-05", "20240305"
    if _ISO_DAY.fullmatch(value) or _BASIC_DAY.fullmatch(value):
        digits = value.replace("-", "")
        try:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            return None  # "2024-02-30": no such day
    from ..temporal.engine import extract

    for mention in extract(value):
        interval = mention.interval
        if interval and mention.granularity == "day" and isinstance(interval[0], date):
            return interval[0]  # a real calendar day (a reference date of 44 BC is no use)
    if not re.search(r"\d{4}", value):
        return None
    if (glued := _GLUED_AFTER_YEAR.match(value)) is not None:
        # a page's date with what follows glued to its year: "5 Mar 20255 Mar 2025" (Al
        # Jazeera's, copied), "March 5, 2025Updated 5:06 p.m. ET"
        return parse_date_string(glued[1])
    import dateparser  # slow to import: only for strings our grammar could not read

    parsed = dateparser.parse(
        value, settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    )
    return parsed.date() if parsed else None


#: A numeric date either order reads: two numbers up to 12, then the year ("04/03/2025").
_EITHER_ORDER = re.compile(r"(?<![\d/.-])(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2(\d{4})(?![\d/.-])")


def _in_the_text_s_order(text: str, start: int, end: int, day: date) -> date:
    """The day of a date line read alone (``day``), but where it is numeric and either order reads
    it ("Posted on 04/03/2025"), in the order the whole text reads its dates, as its mentions
    are read: day first on a page that writes "5 March", month first where it writes "March 5"
    (see the engine's ``_numeric_order``)."""
    m = _EITHER_ORDER.search(text, start, end)
    if m is None or int(m[1]) == int(m[3]):
        return day
    from ..temporal.engine import extract

    for mention in extract(text):
        if mention.start <= m.start() < mention.end and mention.granularity == "day" and mention.interval:
            found = mention.interval[0]
            # (the same numbers, in one order or the other)
            if isinstance(found, date) and {found.month, found.day} == {int(m[1]), int(m[3])}:
                return found
    return day


def find_reference(text: str) -> Reference:
    """The reference date written in a document's own text.

    Args:
        text: the document text.

    Returns:
        The date from a ``Published:``/``Date:`` line or the dateline, with its source and an
        explanation; :data:`NO_REFERENCE` when there is none.
    """
    head = text[:_HEAD]
    for m in (*_PUBLISHED.finditer(head), *_PUBLISHED_BARE.finditer(head), *_PUBLISHED_ONLINE.finditer(head)):
        day = parse_date_string(m["d"])
        if day:
            day = _in_the_text_s_order(text, *m.span("d"), day)
            quoted = _EMPHASIS_MARKS.sub("", m.group()).strip(_LINE_MARKS + ",")
            return Reference(day, "published-line", f'from the line "{quoted}"')
    if (today := _TODAY_IS.search(head)) is not None:
        return _today_is(text, today)
    m = _DATELINE.search(head)
    if not m:
        first_lines = "\n".join(head.splitlines()[:_DATE_LINES])
        m = _DATELINE_ALONE.search(first_lines) or _DATELINE_NO_PLACE.search(first_lines)
    if not m:
        lines = [line.strip() for line in head.splitlines() if line.strip()][:_DATE_LINES]
        if (week := _week_heading(text, lines)) is not None and week.day:
            return week
        found = _date_line(head, lines)
        if found.day:
            return found
        tail = _tail_line(text)
        if tail.day:
            return tail
        from ..temporal.engine import extract

        found = extract(text)  # (read once, for all three)
        titled = _title_date(text, lines, found)
        if titled.day:
            return titled
        lead = _lead_date(text, found)
        return lead if lead.day else _pinned_days(text, found)
    # as written, from the place to the date's end: "Cairo, Aug 18", "WASHINGTON — Feb. 13, 2024"
    written = " ".join(head[m.start("place" if m["place"] else "caps") : m.end()].split())
    # "PARIS, 14 July 2025 (AFP)": day first, as British and French copy writes it
    month_word, day_word = (m["month"], m["day"]) if m["month"] else (m["month_after"], m["day_first"])
    return _day_named(text, month_word, day_word, m["year"], f'the dateline "{written}"', written)


def _today_is(text: str, m: re.Match[str]) -> Reference:
    """The day a "Today is Friday, Dec. 5" opening names, in the year written with it or counted
    in ("the 339th day of 2025"), or else the year its weekday and the text tell."""
    written = " ".join(m.group().split())
    return _day_named(
        text, m["month"], m["day"], m["year"] or m["counted"], f'the opening "{written}"', written
    )


def _day_named(
    text: str, month_word: str, day_word: str, year: str | None, source: str, written: str
) -> Reference:
    """The reference date a dateline or an opening names (``source``, for the explanation): in
    the year written with it, or else in the year the text tells (see ``infer_year``)."""
    month = month_number(month_word)
    day_of_month = int(re.match(r"\d+", day_word)[0])  # type: ignore[index]
    if year is None:
        return infer_year(text, month, day_of_month, written)
    try:
        return Reference(date(int(year), month, day_of_month), "dateline", f"from {source}")
    except ValueError:
        return NO_REFERENCE


#: How far into a text its lead may tell the story's own day ("... authorities said Thursday,
#: Feb. 27, 2025.").
_LEAD = 400
_FOUR_DIGITS = re.compile(r"\d{4}")
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|announced|reported|confirmed)(?:\s+on)?\s+$", re.IGNORECASE)


#: A time of day opening the words of a day ("5:40 AM Tuesday, 14 January 2025").
_CLOCK_FIRST = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)(?:\s+[A-Z]{2,4})?,?\s+", re.IGNORECASE
)


def _clock_end(words: str) -> int:
    """Where the words of a day begin after the time of day they open with, if any."""
    clock = _CLOCK_FIRST.match(words)
    return clock.end() if clock else 0


def _latest_written_day(text: str, found: list[Mention], after: date) -> date:
    """The first day of the latest date the text writes with its year (``date.min`` for none), of
    those after ``after`` only the ones not told as still to come ("the draft budget for 2025/26
    will be presented" tells of no later year gone by)."""
    from ..temporal.tense import direction

    latest = date.min
    for m in found:
        if not (m.interval and isinstance(m.interval[0], date) and _FOUR_DIGITS.search(m.text)):
            continue
        day = m.interval[0]
        if day <= latest:
            continue
        if day > after:
            s0, s1 = m.sentence
            if direction(text[s0:s1], m.start - s0, m.end - s0) == "future":
                continue
        latest = day
    return latest


#: What stands between a title and the full date that closes it: "Press briefing, 12 March
#: 2025", "Minutes — 4 June 2024", "Statement of 3 May 2024", "Town hall: March 5, 2024".
_TITLE_DATE_BEFORE = re.compile(
    # ("Interview with Mayor Jane Holt, recorded 14 March 2024", "Speech to Congress, delivered ...")
    r"(?:[,:|—–]|\s-|\b(?:on|of|dated|recorded|broadcast|aired|held|delivered|given))\s*$", re.IGNORECASE
)


def _title_date(text: str, lines: list[str], found: list[Mention]) -> Reference:
    """The full date that closes a text's first line, its title ("Transcript: Press briefing, 12
    March 2025"), where the text tells of no later day or year: the day of the occasion the text
    records; :data:`NO_REFERENCE` when there is none (a look back titled with its day, "The fall of
    the Wall, November 9, 1989", tells of later years)."""
    if not lines:
        return NO_REFERENCE
    title = lines[0]
    end = text.find(title) + len(title)
    titled = next((m for m in found if m.end == end), None)
    if (
        titled is None
        or titled.granularity != "day"
        or not titled.interval
        or not isinstance(titled.interval[0], date)
        or not _FOUR_DIGITS.search(titled.text)
        or not _TITLE_DATE_BEFORE.search(title, 0, len(title) - len(titled.text))
    ):
        return NO_REFERENCE
    day = titled.interval[0]  # type: ignore[index]
    if _latest_written_day(text, found, day) > day:
        return NO_REFERENCE
    return Reference(day, "date-line", f'from the date that closes the title, "{title}"')


def _lead_date(text: str, found: list[Mention]) -> Reference:
    """The day the lead of a text writes in full, with its weekday or after a saying ("authorities
    said Thursday, Feb. 27, 2025"), when no date the text writes with its year comes after it:
    the story's own day, in a text with no dateline; :data:`NO_REFERENCE` when there is none (a
    history's "On June 6, 1944, troops landed" is no day it was written on)."""
    mentions = [m for m in found if m.interval and _FOUR_DIGITS.search(m.text)]
    lead = [
        m
        for m in mentions
        if m.start < _LEAD
        and m.granularity == "day"
        and isinstance(m.interval[0], date)
        # the story's own day, as news writes it: with its weekday, or after a saying
        and (
            _WEEKDAY_WRITTEN.match(m.text, _clock_end(m.text))
            or _SAID_RIGHT_BEFORE.search(text, max(0, m.start - 16), m.start)
        )
    ]
    if not lead:
        return NO_REFERENCE
    day = max(m.interval[0] for m in lead)  # type: ignore[index]
    if _latest_written_day(text, found, day) > day:
        return NO_REFERENCE  # the lead tells an earlier day: a history, or a look back
    words = next(m.text for m in lead if m.interval[0] == day)  # type: ignore[index]
    return Reference(
        day, "lead", f'from "{words}", the latest day the text writes in full, in its first lines'
    )


#: How many years after the latest year a text writes out its days told with their weekdays may
#: lie.
_PINNED_REACH = 2


def _pinned_days(text: str, found: list[Mention]) -> Reference:
    """The latest day a text with no dateline tells with its weekday and without its year, in the
    past tense ("data showed on Sunday (Aug 17)", "MTI said on Tuesday (Aug 12)"): the story is
    told on it or soon after (a list's days, with no tense, may be fixtures to come).  Its year is
    the one year, from the latest the text writes out to ``_PINNED_REACH`` after it, in which
    every such day falls on its weekday; :data:`NO_REFERENCE` where none or several do."""
    from ..temporal.tense import direction

    pins: list[tuple[int, int, int, str, bool]] = []  # month, day, weekday, words, told as past
    years: list[int] = []
    ahead: list[int] = []  # years told as still to come ("Its next review is in January 2026")
    for mention in found:
        if mention.type != "DATE" or not mention.value:
            continue
        s0, s1 = mention.sentence
        if mention.value[:4].isdigit() and _FOUR_DIGITS.search(mention.text):
            to_come = direction(text[s0:s1], mention.start - s0, mention.end - s0) == "future"
            (ahead if to_come else years).append(int(mention.value[:4]))
        elif (pin := _pinned_weekday(mention)) is not None:
            past = direction(text[s0:s1], mention.start - s0, mention.end - s0) == "past"
            pins.append((*pin, mention.text, past))
    told = [pin for pin in pins if pin[4]]
    if years and ahead and min(ahead) < max(years):
        ahead = []  # (a year to come before one gone by: a plan of the past, no bound)
    if not told or not (years or ahead):
        return NO_REFERENCE
    # a few years from the latest year written as gone by, or up to the first told as to come
    candidates: set[int] = set()
    if years:
        candidates.update(range(max(years), max(years) + _PINNED_REACH + 1))
    if ahead:
        candidates.update(range(min(ahead) - _PINNED_REACH, min(ahead) + 1))
        candidates = {year for year in candidates if max(years, default=0) <= year <= min(ahead)}
    fitting = sorted(
        year
        for year in candidates
        if all(_falls_on(year, m, d, wd, told[-1][0]) for m, d, wd, _, _ in pins)
    )
    if len(fitting) != 1:
        return NO_REFERENCE
    year = fitting[0]
    # the latest of the days told as past, in the story's year (a December day in a January
    # story is of the year before)
    day, words = max((date(_year_in_story(year, m, told[-1][0]), m, d), words) for m, d, _, words, _ in told)
    bounds = []
    if years:
        bounds.append(f"from {max(years)}, the latest it writes,")
    if ahead:
        bounds.append(f"up to {min(ahead)}, which it tells as still to come,")
    span = " or ".join(bounds)
    return Reference(
        day,
        "lead",
        f'from "{words}", the latest day the text tells with its weekday, as past; {year} is the one'
        f" year {span} in which each such day falls on its weekday",
    )


def _tail_line(text: str) -> Reference:
    """The date of a ``Published``/``Updated`` line that closes the text, or of a note that says
    when "this article" was published; :data:`NO_REFERENCE` when there is none."""
    start = max(0, len(text) - _TAIL)
    for m in itertools.chain(_PUBLISHED_TAIL.finditer(text, start), _PUBLISHED_NOTE.finditer(text, start)):
        day = parse_date_string(m["d"].rstrip(" ."))
        if day:
            day = _in_the_text_s_order(text, *m.span("d"), day)
            line = m.group().lstrip(' \t.!?"”’')
            return Reference(day, "published-line", f'from the line "{line.strip()}" at the end of the text')
    # a line of its own with nothing but the date, closing the text, as some pages print it
    last = text[start:].rstrip().rpartition("\n")[2].strip()
    if last and (day := _date_alone(last)):
        return Reference(day, "closing-line", f'from the line "{last}" at the end of the text')
    return NO_REFERENCE


_LINE_PLACE_AGENCY = re.compile(_PLACE_AGENCY)
#: A dateline with its date in figures and its agency, a dash or a colon after it: "Rome,
#: 12/03/2025 (ANSA)", "FRANKFURT, 17/10/2024 - The bank ...", "New Delhi, 12.03.2024: The court".
_NUMERIC_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3},[ \t]+(?P<d>\d{1,2}[/.]\d{1,2}[/.]\d{4})[ \t]*"
    r"(?:\([A-Za-z][A-Za-z. ]{1,20}\)|[-–—:][ \t])"
)


def _date_line(head: str, lines: list[str]) -> Reference:
    """The date of a short line near the top (``lines``: the first lines of ``head`` that hold
    anything) that holds a full date and little else, as news pages put it above or below the
    headline; :data:`NO_REFERENCE` when there is none."""
    opening = _OPENING_DATE.match(head)
    if opening and (day := parse_date_string(opening["d"])):
        return Reference(day, "date-line", f'from the date that opens the text, "{opening["d"]}"')
    from ..temporal.engine import extract

    numeric = next((m for line in lines if (m := _NUMERIC_DATELINE.match(line))), None)
    if numeric:
        # a dateline with the date in figures and the agency (or a dash) after it, as European
        # wires write it: "Rome, 12/03/2025 (ANSA) - ..."; day or month first as the text writes its other
        # numeric dates (the engine's reading, see ``engine._numeric_order``)
        mention = next((m for m in extract(head) if m.text == numeric["d"]), None)
        if (
            mention
            and mention.granularity == "day"
            and mention.interval
            and isinstance(mention.interval[0], date)
        ):
            _, read, order = mention.explanation.rpartition(", read ")
            why = f'from the dateline "{numeric.group().strip()}"' + (f", read {order}" if read else "")
            return Reference(mention.interval[0], "dateline", why)
    for line in lines[1:]:
        # under a headline, a dateline with its agency and the full date: "MADRID (AFP) - Jan 31,
        # 2026 - Real Madrid on Saturday ..." (a line that opens with a date alone may be a
        # chronology's: "June 4, 1967 - The war began")
        if (
            _LINE_PLACE_AGENCY.match(line)
            and (opening := _OPENING_DATE.match(line))
            and (day := parse_date_string(opening["d"]))
        ):
            return Reference(day, "dateline", f'from the dateline "{opening.group().strip(_LINE_MARKS)}"')
    if (found := _opening_dateline(lines)) is not None:
        return found
    # a by-line's parts each on their own: "By Reuters Staff | February 13, 2024 | 3:42 PM" (not
    # a row of a Markdown table, "| 12 Jan 2020 | First cases reported |": a chronology's item)
    for number, line in enumerate(lines):
        if line.startswith("|"):
            continue
        for part in _BYLINE_PARTS.split(line):
            part = part.strip()
            if part and (day := _date_alone(part)):
                # (a short text's last line may be among its first ones: "... Editing by Sara
                # Ng)\nJuly 24, 2024")
                ends = len(head) < _HEAD and number and line is lines[-1] and head.rstrip().endswith(line)
                if ends:
                    return Reference(day, "closing-line", f'from the line "{part}" at the end of the text')
                return Reference(day, "date-line", f'from the line "{part}" at the top of the text')
    return NO_REFERENCE


#: A heading that names the week a log or a digest covers: "Week of June 2-8", "Week ending
#: March 14, 2025", "For the week of Nov. 3", "Week in review: March 17-21, 2025".
_WEEK_HEADING = re.compile(
    rf"(?:for[ \t]+)?(?:the[ \t]+)?week[ \t]+(?P<how>of|ending|in[ \t]+review:?)[ \t]+(?P<month>{MONTH_RE})[ \t]*(?P<day>{DAY_RE})"
    rf"(?:[ \t]*[-–][ \t]*(?P<end>{DAY_RE}))?(?:,?[ \t]+(?P<year>{YEAR_RE}))?[ \t]*:?",
    re.IGNORECASE,
)
#: ... with the day first, as British copy writes it: "Week in review: 17-21 March 2025".
_WEEK_HEADING_DAY_FIRST = re.compile(
    rf"(?:for[ \t]+)?(?:the[ \t]+)?week[ \t]+(?P<how>of|ending|in[ \t]+review:?)[ \t]+(?P<day>{DAY_RE})"
    rf"(?:[ \t]*[-–][ \t]*(?P<end>{DAY_RE}))?[ \t]+(?:of[ \t]+)?(?P<month>{MONTH_RE})(?:,?[ \t]+(?P<year>{YEAR_RE}))?[ \t]*:?",
    re.IGNORECASE,
)


def _week_heading(text: str, lines: list[str]) -> Reference | None:
    """The last day of the week a log or digest is headed by (in one of its first ``lines``), as
    its reference date: what it tells of ("Monday: a man was arrested") is told once the week is
    over. With no year written, the year is inferred as a dateline's is."""
    found = next(
        (
            m
            for line in lines
            if (m := _WEEK_HEADING.fullmatch(line) or _WEEK_HEADING_DAY_FIRST.fullmatch(line))
        ),
        None,
    )
    if found is None:
        return None
    month = month_number(found["month"])
    first = int(re.match(r"\d+", found["day"])[0])  # type: ignore[index]
    last = int(re.match(r"\d+", found["end"])[0]) if found["end"] else None  # type: ignore[index]
    written = found.group().strip(" :")
    if found["how"].lower() == "ending":
        day = first
    elif last is not None and first < last <= first + 6:
        day = last
    else:
        day = first + 6  # "Week of June 2": the week from that day (into the next month, below)
    if found["year"]:
        try:
            start = date(int(found["year"]), month, first)
        except ValueError:
            return None
        end = start + timedelta(days=day - first)
        return Reference(end, "date-line", f'the last day of the week the heading "{written}" names')
    try:
        date(2024, month, first)  # (a leap year: any day a month may have)
    except ValueError:
        return None
    # (from its first day: the week may run into the next month)
    reference = infer_year(text, month, first, written, week_from=first)
    if reference.day is None:
        return reference
    end = reference.day + timedelta(days=day - first)
    why = reference.explanation.replace("for the dateline", "for the heading")
    if end.weekday() in (5, 6):
        why += f"; the week starts on a {_WEEKDAY_NAMES[reference.day.weekday()]}"
    return Reference(end, "date-line", f"the last day of the week the heading names; {why}")


#: What a story's lead says of its own time: the writer's day, week, month or year.
_TOLD_FROM_ITS_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|(?:this|last)[ \t]+(?:week|month|year)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)


def _opening_dateline(lines: list[str]) -> Reference | None:
    """The full date that opens the line under the headline, and no other line near the top, when
    that line tells of the writer's own time: "July 16, 2025 - People who slept less ... said a
    study published on Wednesday" (16 July 2025 is a Wednesday). A chronology's line opens with a
    date too ("June 4, 1967 - Israel's cabinet votes for war"), but one of many, or telling no day
    of the writer's own: a weekday must fall on the date or the day before."""
    openings = [(number, m) for number, line in enumerate(lines) if (m := _OPENING_DATE.match(line))]
    if len(openings) != 1 or openings[0][0] not in (1, 2):
        return None
    number, opening = openings[0]
    day = parse_date_string(opening["d"])
    if day is None:
        return None
    for told in _TOLD_FROM_ITS_DAY.finditer(lines[number], opening.end()):
        word = told.group().lower()
        if not word.endswith("day") or word in ("today", "yesterday"):
            back = 1 if word == "yesterday" else 0
        else:
            back = (day.weekday() - _WEEKDAY_NAMES.index(word.capitalize())) % 7
        if back <= 1:
            return Reference(
                day,
                "date-line",
                f'from the date that opens the line under the headline, "{opening["d"]}": the story'
                f' tells "{told.group()}" from it',
            )
    return None


def _date_alone(part: str) -> date | None:
    """The day of a line (or a by-line's part) that holds a full date and little else: "March 5,
    2024", "KYIV, Ukraine (AP) — Feb. 24, 2025", "March 5, 2024 at 10:15 a.m. EST"."""
    from ..temporal.engine import extract

    # the date after a dateline's place and agency: "KYIV, Ukraine (AP) — Feb. 24, 2025"
    line = part[m.end() :] if (m := _LINE_PLACE_AGENCY.match(part)) else part
    if len(line) > _DATE_LINE_LENGTH or line.endswith((".", "?", "!")):
        return None
    mentions = extract(line)
    # the date (with its time: "March 5, 2024 at 10:15 a.m. EST") is most of the line
    if sum(len(mention.text) for mention in mentions) * 2 < len(line):
        return None
    for mention in mentions:
        if mention.granularity == "day" and mention.interval and _FOUR_DIGITS.search(mention.text):
            day = mention.interval[0]
            if isinstance(day, date):
                return day
    return None


#: How often news reports a past weekday that many days before its dateline (0: the dateline's
#: own day, 1: the day before, 3: Friday in a Monday story), measured on the TempEval-3 news
#: (tbaq-cleaned, te3-platinum: 183 weekdays told in the past, one per weekday and story): the
#: same day leads, as Reuters, AP and the papers report the day's events.
_DAYS_BACK = (0.42, 0.23, 0.14, 0.12, 0.05, 0.02, 0.02)
#: Agencies that file the day's news the next morning (IANS, PTI, Xinhua: 12 of Xinhua's 21
#: weekdays in the same news fall on the day before, as in the seed article) put the day before
#: first.
_DAYS_BACK_NEXT_MORNING = (0.25, 0.45, 0.08, 0.14, 0.04, 0.02, 0.02)
_NEXT_MORNING_AGENCY = re.compile(r"\((?:IANS|PTI|ANI|UNI|Xinhua|WAM|Bernama)\)")
#: How often a story is written that many years after the latest past year it writes out (0: in
#: that very year).  Measured on the same news (96 stories): a year after is commonest, since
#: news writes the year of last year's dates and leaves it off this year's; then tailing off.
_YEARS_AFTER = (0.12, 0.28, 0.17, 0.11, 0.06)
#: ... and how often before it (1: the year before), when a year to come is read as past ("could
#: struggle to pass the 2025 budget", in a story of 2024): 11 of the same 93 stories.
_YEARS_BEFORE = (0.0, 0.05, 0.02)
_BEFORE_REACH = 10
#: A story that tells a year in the future ("by the end of 2026", "2024 would be a year of growth")
#: is most often written the year before it or in it, less often further back, and seldom after
#: it: how often a story is that many years before the first year it tells as to come (0: in
#: it), as the same news has it (12 stories); after it, 0.03 and falling.
_YEARS_BEFORE_AHEAD = (0.2, 0.3, 0.12, 0.08, 0.07)
_AFTER_AHEAD = 0.03
#: A chronology ("TIMELINE-Key events in Sudan's war", "April 15, 2023 - Clashes break out ...",
#: then "Aug. 1 - A famine is declared") writes its year once for a year's items, and its last
#: item is most often the news of the year it is filed in, not last year's: how often a story is
#: that many years after its latest item, set by hand (the TempEval-3 news holds no chronology).
_YEARS_AFTER_CHRONOLOGY = (0.45, 0.3, 0.1, 0.05)
#: What follows an item's date: a dash or a colon, then its news.
_ITEM_AFTER = re.compile(r"[ \t]*(?:[-–—:]|--)[ \t]+\S")
#: A season, month or quarter of a year told as to come ("expect the summer of 2025 to be hotter",
#: "a cut by June 2026") is a forecast, not a target decades off ("net zero by 2050"): set by
#: hand (the TempEval-3 news holds too few to measure), a story is seldom more than two years
#: before it.
_YEARS_BEFORE_NEAR_AHEAD = (0.25, 0.45, 0.2, 0.05)
#: A candidate year this much less likely (in natural log units) than the best is named in the
#: explanation as fitting almost as well.
_CLOSE = 0.7


#: A year and how long ago it was, which together tell the story's year: "the 50th anniversary of
#: the 1974 revolution", "20 years ago, in 2004", "in 2004, 20 years ago", "marks 20 years since
#: the 2004 tsunami", "in 1924, a century ago", "came 22 years after they last lifted the trophy
#: in 2002".  Found from their key words (a plain search), then read around each.
_YEARS_SINCE_KEY = re.compile(
    r"(?P<anniversary>anniversary)|(?P<unit>years|decades?|centur(?:y|ies))\s+"
    r"(?:(?P<ago>ago)|since|(?P<after>after))"
    # "A year on, she runs a kitchen", "Five years on from the 2017 bombing": counted as "since"
    r"|(?P<on>years?|decades?)\s+on(?=,|\s+from\b)"
    # ... and so many years of a thing marked: "Germany marked 30 years of reunification" (read
    # only where the dateline's own day is written after it: "reunited on Oct. 3, 1990")
    r"|(?P<of>years|decades)\s+of\s"
)
#: The verb before so many years of a thing that makes them an anniversary's.
_MARKED_BEFORE = re.compile(r"\b(?:mark|marks|marked|marking|celebrated|celebrates|commemorated|commemorates)\s+$", re.IGNORECASE)
#: How many years a unit of such a count is.
_UNIT_YEARS = {"y": 1, "d": 10, "c": 100}
_YEARS_SINCE_KEY_ANY_CASE = re.compile(_YEARS_SINCE_KEY.pattern, re.IGNORECASE)
_YEAR_AFTER_OF = re.compile(rf"\s+of\s+[^.;:!?]{{0,60}}?\b(?P<year>{YEAR_RE})\b", re.IGNORECASE)
_YEAR_AFTER_AGO = re.compile(
    rf",?\s+(?:in|on)\s+(?:[A-Z][a-z]+\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR_RE})\b", re.IGNORECASE
)
_YEAR_BEFORE_AGO = re.compile(
    rf"\b(?P<year>{YEAR_RE}),\s+(?:(?:some|about|nearly|almost)\s+)?$", re.IGNORECASE
)
_YEAR_AFTER_SINCE = re.compile(rf"[^.;:!?]{{0,40}}?\b(?P<year>{YEAR_RE})\b")
#: A count "after" a thing counts to the story's year only from the last time it was done: "22
#: years after they last lifted the trophy at a Glasgow final in 2002", not "six years after it
#: began in 1939".
_YEAR_AFTER_LAST = re.compile(
    rf"[^.;:!?]{{0,40}}?\blast\b[^.;:!?]{{0,60}}?\b(?P<year>{YEAR_RE})\b", re.IGNORECASE
)
#: ... or, in the story's lead, from a year's event: "approved an overhaul of the bloc's migration
#: rules, nearly nine years after the 2015 crisis exposed deep divisions" (further on, such a count
#: is as likely the story's history: "signed six years after the 1939 invasion").
_YEAR_AFTER_THE = re.compile(
    # (written with its day too: "nearly 10 years after the Sept. 11, 2001 attacks")
    rf"\s+the\s+(?:(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+)?(?P<year>{YEAR_RE})\b(?![-–/]\d)"
)
#: ... or from a deed told with its year in a clause after it (the periods of "U.S." in it), where
#: the news of the story's own day stands before the count in its sentence: "Taliban fighters
#: entered the Afghan capital on Sunday, nearly 20 years after U.S.-led forces toppled the
#: militants in 2001".
_YEAR_AFTER_DEED = re.compile(
    rf"[ \t]+(?:[A-Za-z’'-]+|[A-Z]\.(?:[A-Z]\.)*(?:-[a-z]+)?)(?:[ \t]+(?:[A-Za-z’'-]+|[A-Z]\.(?:[A-Z]\.)*(?:-[a-z]+)?)){{1,10}}?"
    rf"[ \t]+in[ \t]+(?P<year>{YEAR_RE})\b(?![-–/]\d)"
)
_DAY_TOLD_BEFORE_COUNT = re.compile(
    rf"\b(?:on[ \t]+)?(?:{WEEKDAY_RE}|today)\b[^.;:!?]*,[ \t]+(?:(?:just|only|nearly|almost|about|some|more[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: ... or, anywhere, from what the story's news "came" so many years after: "The fires came two
#: years after blazes in August 2021" ("comes" is the news of now, as "The launch comes a year
#: after" is).
_CAME_BEFORE = re.compile(
    r"\b(?:came|comes|come)[ \t]+(?:(?:just|only|nearly|almost|about|some|more[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: How much a candidate year costs that is one or more years off the year so counted.
_OFF_COUNT_BY_ONE = 1.2
_OFF_COUNT = 4.0
#: How much a candidate year costs that a month is written with, where the text also tells that
#: month with no year (set by hand: news writes the year of last year's months, not of this year's).
_SAME_MONTH_TWICE = 1.5
#: A month written with its year, joined to one of another year before it ("from August 2024 to
#: July 2025") or after it: an end of a span across two years.
_SPAN_FROM_MONTH_YEAR = re.compile(
    r"[A-Z][a-z]+\.?[ \t]+(\d{4})[ \t]*(?:to|and|through|until|till|[-–—])[ \t]*$"
)
_SPAN_TO_MONTH_YEAR = re.compile(
    r"[ \t]*(?:to|and|through|until|till|[-–—])[ \t]*[A-Z][a-z]+\.?[ \t]+(\d{4})\b"
)


def _joined_to_another_year(text: str, start: int, end: int, year: int) -> bool:
    """Whether a month written with its year ends or opens a span across two years."""
    before = _SPAN_FROM_MONTH_YEAR.search(text, max(0, start - 30), start)
    after = _SPAN_TO_MONTH_YEAR.match(text, end)
    return any(m is not None and int(m[1]) != year for m in (before, after))


#: The thing a count of years in the lead is "after": "five and a half years after |a fire that
#: nearly destroyed it", "17 years after |the Challenger disaster".
_AFTER_A_THING = re.compile(r"\s+(?:a|an|the)\s+([a-z]{3,}|[A-Z][a-z]{2,})\b")
#: How far on the text may date that thing: its next paragraph or two.
_THING_DATED_REACH = 600


def _event_told_later(text: str, end: int) -> tuple[int, re.Match[str]] | None:
    """The thing a count of years in the lead is after, where the text dates it further on with
    its year ("five and a half years after a fire ... The fire broke out on the evening of April
    15, 2019"): where the thing's word ends, and the words that date it."""
    thing = _AFTER_A_THING.match(text, end)
    if thing is None:
        return None
    dated = re.compile(
        rf"\bthe\s+{thing[1]}\b[^.;:!?]{{0,80}}?\b(?P<year>{YEAR_RE})\b(?!\s*[-–/]\s*\d)", re.IGNORECASE
    ).search(text, thing.end(), thing.end() + _THING_DATED_REACH)
    return None if dated is None else (thing.end(), dated)


#: A count of years after someone left an office ("a comeback 12 years after |he left office") ...
_LEFT_OFFICE = re.compile(
    r"\s+(?:(?:he|she|they)\s+(?:left|quit|lost)\s+(?:office|power)|(?:he|she|they)\s+stepped\s+down"
    r"|leaving\s+office)\b",
    re.IGNORECASE,
)
#: ... and the years the text says they held it, the last of which the count is from: "Lula, who
#: governed from 2003 to 2010".
_OFFICE_HELD = re.compile(
    rf"\b(?:governed|served|ruled|reigned|presided|was\s+(?:president|prime\s+minister|chancellor|governor|mayor))"
    rf"\b[^.;:!?]{{0,60}}?\bfrom\s+{YEAR_RE}\s*(?:to|until|till|through|[-–])\s*(?P<year>{YEAR_RE})\b",
    re.IGNORECASE,
)


#: A year's event, named with the year before its noun: "the 2008 Mumbai attacks", "the 2015 crisis".
_EVENT_WITH_YEAR = re.compile(
    rf"\b(?P<event>(?:the|a|an)[ \t]+(?P<year>{YEAR_RE})(?:[ \t]+[a-zA-Z][\w'’-]*){{1,2}})[^.;:!?\d]*$", re.IGNORECASE
)


#: The word before a count of years ago, past its hedge: "civil |war a decade ago", "his parents
#: |married 30 years ago".
_WORD_BEFORE_COUNT = re.compile(
    r"\b([A-Za-z]{3,})[ \t]+(?:(?:nearly|almost|about|around|some|more[ \t]+than|over|just|only)[ \t]+)?$"
)
#: Words too common to tie a count to a sentence that tells the same thing.
_NOT_TIED = frozenset(
    "the and but for was were has had have its his her their our who which that than this these those"
    " from with into about been are not all one some more most ago only just".split()
)


def _told_again_with_year(text: str, count_start: int, year: re.Match[str]) -> bool:
    """Whether the word right before a count of years ago ("civil war a decade ago", "his parents
    married 30 years ago") is told again in the sentence of a year ("Sri Lanka's civil war ended in
    2009", "Charles and Diana married at St Paul's Cathedral in 1981"): the same thing, then."""
    word = _WORD_BEFORE_COUNT.search(text, max(0, count_start - 40), count_start)
    if word is None or word[1].lower() in _NOT_TIED:
        return False
    start = max(text.rfind(". ", 0, year.start()), text.rfind("\n", 0, year.start()))
    if start < count_start:
        return False  # (the count's own sentence, which tells its year otherwise: "20 years ago, in 2004")
    return re.search(rf"\b{word[1]}\b", text[start : year.start()], re.IGNORECASE) is not None


def _event_of_year_before(text: str, count_start: int) -> re.Match[str] | None:
    """The event named with its year earlier in the sentence of a count "so many years after"
    with no year of its own after it, and no other figure between."""
    lo = max(0, count_start - 160)
    ends = list(_SENTENCE_END.finditer(text, lo, count_start))
    return _EVENT_WITH_YEAR.search(text, ends[-1].end() if ends else lo, count_start)


def _counted_years(text: str, month: int | None = None, day: int | None = None) -> list[tuple[int, str]]:
    """The story's years that an anniversary or "so many years ago" counts from a year written
    with it, and the words that tell it.  An anniversary or "so many years since" in the lead
    with no year beside it counts from the one year the text writes the dateline's ``month`` and
    ``day`` with ("Germans marked 35 years since the fall of the Berlin Wall on Saturday ... came
    down on the night of Nov. 9, 1989", under "BERLIN, Nov 9": 2024)."""
    found = []
    lower = text.lower()  # searched in lower case, twice as fast, where that keeps the offsets
    keys = (
        _YEARS_SINCE_KEY.finditer(lower)
        if len(lower) == len(text)
        else _YEARS_SINCE_KEY_ANY_CASE.finditer(text)
    )
    for key in keys:
        start, end = key.span()
        before = text[max(0, start - 24) : start]
        if not before[-1:].isspace():
            continue
        words = before.split()
        n, count_start = None, start
        for size in (2, 1):  # "twenty five", "twenty-five", "20", "50th", "first"
            if len(words) >= size and words[-size][:1].isalnum():  # (not a dash: "(Reuters) - Fifty")
                written = " ".join(words[-size:]).lower()
                n = ordinal_value(written) if key["anniversary"] else number_value(written)
                if n:
                    count_start = start - len(before) + before.rindex(words[-size])
                    break
        unit = key["unit"] or key["on"] or key["of"]
        if key["of"] and not _MARKED_BEFORE.search(text, max(0, count_start - 24), count_start):
            continue  # "three years of war": a span, no anniversary
        if unit:
            years = _UNIT_YEARS[unit[0].lower()]
            if " ".join(words[-2:]).lower() == "half a":  # "half a century ago"
                n, count_start = years // 2, start - len(before) + before.rindex(words[-2])
            elif " ".join(words[-3:]).lower() == "and a half" and len(words) > 3:
                # "five and a half years after": the whole years (a year may begin between)
                n = number_value(words[-4].lower())
                if n:
                    count_start = start - len(before) + before.rindex(words[-4])
                    n *= years
            elif n:
                n *= years
        if not n or not 0 < n < 1000:
            continue
        if key["anniversary"]:
            year = _YEAR_AFTER_OF.match(text, end)
        elif key["ago"]:
            year = _YEAR_AFTER_AGO.match(text, end) or _YEAR_BEFORE_AGO.search(
                text, max(0, count_start - 16), count_start
            )
        elif key["after"]:
            year = (
                _YEAR_AFTER_LAST.match(text, end)
                or (_YEAR_AFTER_THE.match(text, end) if end < _LEAD else None)
                or (
                    # "entered the capital on Sunday, nearly 20 years after U.S.-led forces toppled
                    # the militants in 2001": counted on from a year's deed to the news of the day
                    # told before it in the lead sentence
                    _YEAR_AFTER_DEED.match(text, end)
                    if end < _LEAD and _DAY_TOLD_BEFORE_COUNT.search(text, max(0, count_start - 120), count_start)
                    else None
                )
                or (
                    _YEAR_AFTER_SINCE.match(text, end)
                    if _CAME_BEFORE.search(text, max(0, count_start - 30), count_start)
                    else None
                )
            )
            if (
                year is None
                and end < _LEAD
                and (left := _LEFT_OFFICE.match(text, end)) is not None
                and len(held := list(_OFFICE_HELD.finditer(text))) == 1
            ):
                # "a comeback 12 years after he left office ... Lula, who governed from 2003 to 2010"
                words = f"{' '.join(text[count_start:left.end()].split())} … {' '.join(held[0].group().split())}"
                found.append((int(held[0]["year"]) + n, words))
                continue
            if year is None and end < _LEAD and (event := _event_of_year_before(text, count_start)) is not None:
                # "remembered the victims of the 2008 Mumbai attacks on Sunday, 15 years after
                # gunmen killed 166 people": counted from the year's event named before it
                words = f"{' '.join(event['event'].split())} … {' '.join(text[count_start:end].split())}"
                found.append((int(event["year"]) + n, words))
                continue
            if year is None and end < _LEAD and (told := _event_told_later(text, end)) is not None:
                # "reopened on Saturday, five and a half years after a fire ... The fire broke out
                # on the evening of April 15, 2019"
                thing, dated = told
                words = f"{' '.join(text[count_start:thing].split())} … {' '.join(dated[0].split())}"
                found.append((int(dated["year"]) + n, words))
                continue
        elif (key["on"] and text[end : end + 1] == ",") or key["of"]:
            year = None  # "Five years on, prices are back at 2019 levels": from no year told after
        else:
            year = _YEAR_AFTER_SINCE.match(text, end)
        if (
            year is None
            # ("remembered the victims of the bombing 25 years ago ... on Aug. 7, 1998", under
            # "NAIROBI, Aug 7": so long ago to the day; "Fifty years after Apollo 11 astronauts
            # first walked on the moon ... landed on July 20, 1969", under "July 20": so long after)
            and end < _LEAD
            and month is not None
            and day is not None
            and (on_the_day := _day_of_the_dateline(text, month, day, end)) is not None
        ):
            # "marked 35 years since the fall of the Berlin Wall", "came down on Nov. 9, 1989"
            words = f"{' '.join(text[count_start:end].split())} … {' '.join(on_the_day[0].split())}"
            found.append((int(on_the_day["year"]) + n, words))
            continue
        if (
            year is None
            and (key["anniversary"] or key["ago"])
            and end < _LEAD
            and _one_year_written(text) is not None
            and (only := _YEAR_ALONE.search(text, end)) is not None
            # (so long ago, of an event named with the year: "legalized abortion nearly 50 years
            # ago ... The 1973 ruling", not "founded 30 years ago ... Sales rose in 2019")
            and (
                key["anniversary"]
                or (
                    _EVENT_OF_YEAR.search(text, end) is not None
                    # (not a series' start, nor a year a record is counted from: "the biggest since
                    # records began 140 years ago ... the worst since the 1995 Kobe quake")
                    and "since" not in text[max(0, count_start - 40) : count_start].lower()
                    and RECORD_SINCE.search(text, max(0, only.start() - 100), only.start()) is None
                )
                # ... or of the thing the year's sentence tells again ("the end of the island's
                # civil war a decade ago ... Sri Lanka's civil war ended in 2009")
                or (key["ago"] and _told_again_with_year(text, count_start, only))
            )
        ):
            # "a day before the 23rd anniversary of the city's return to Chinese rule ... Britain
            # handed the former colony back to China in 1997": the one year the text writes, after
            # the anniversary in the lead, is the year it is of
            # ("nearly 50 years ago": not quite 50)
            hedge = _SHORT_HEDGE.search(text, max(0, count_start - 8), count_start) if key["ago"] else None
            first = count_start if hedge is None else hedge.start()
            words = f"{' '.join(text[first:end].split())} … {only['year']}, the one year written"
            found.append((int(only["year"]) + n - (hedge is not None), words))
            continue
        if year is not None:
            first, last = min(count_start, year.start("year")), max(end, year.end("year"))
            found.append((int(year["year"]) + n, " ".join(text[first:last].split())))
    return found


#: The end of a sentence: a stop (not an abbreviation's before a figure) and a space.
_SENTENCE_END = re.compile(r"[.!?](?![ \t]+\d)[\"”’']?\s")
#: A day written in full: "Nov. 9, 1989", "9 November 1989".
_FULL_DAY = re.compile(
    rf"\b(?:(?P<month>{MONTH_RE})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<month2>{MONTH_RE})\.?,?[ \t]+)(?P<year>{YEAR_RE})\b",
    re.IGNORECASE,
)


def _day_of_the_dateline(text: str, month: int, day: int, after: int) -> re.Match[str] | None:
    """The day the text writes in full on the dateline's month and day, in one year only, in a
    sentence after the count ending at ``after`` (the day an anniversary is of, told further on:
    not the story's own, "marked 35 years since the fall of the Wall on Saturday, Nov. 9, 2024");
    None for none, or for days of several years."""
    sentence_end = _SENTENCE_END.search(text, after)
    if sentence_end is None:
        return None
    days = [
        m
        for m in _FULL_DAY.finditer(text, sentence_end.end())
        if month_number(m["month"] or m["month2"]) == month and int(m["day"] or m["day2"]) == day
    ]
    return days[0] if days and len({m["year"] for m in days}) == 1 else None


#: How long a reign, a term or a rule has lasted ("ending an era of 70 years on the throne", "after
#: 25 years in power", "ending 156 years of colonial rule"), and the year it began ("came to the
#: throne on Feb. 6, 1952", "took power in 1999", "seized Hong Kong island in 1841"): together the
#: story's year.
_TENURE_COUNT = re.compile(
    # (or one: "extending its decade in power")
    r"\b(?:(?:(?P<hedge>nearly|almost|about|around|some|more[ \t]+than|over)[ \t]+)?"
    r"(?P<n>\d{1,3}|[a-z]+(?:[ -][a-z]+)?)[ \t]+(?P<unit>years|decades)|(?:a|its|their|his|her)[ \t]+(?P<one>year|decade))"
    r"[ \t]+(?:on[ \t]+the[ \t]+throne|in[ \t]+power"
    # ("more than five decades of his family's rule")
    r"|in[ \t]+office|at[ \t]+the[ \t]+helm|of[ \t]+(?:[a-z'’-]+[ \t]+){0,2}?(?:rule|division|occupation|exile|captivity"
    # (a government's, not what it spends or does: "ten years of government borrowing")
    r"|government(?![ \t]+(?:spending|borrowing|debt|cuts|austerity|support|funding|polic|bonds?|data"
    r"|figures|subsid|services?|contracts?|grants?|aid|bailouts?|intervention|investment|programs?|programmes?)))"
    r"|in[ \t]+(?:prison|jail|exile|captivity)|behind[ \t]+bars)\b"
    # ... or after the verb, in the perfect, which runs to the story's time ("the outright
    # majority it has held for a decade", "has been in power for 14 years"; not "ruled the
    # island for nearly five decades", over before it)
    r"|\b(?:has|have|had)[ \t]+(?:held|ruled|governed|led|run|been[ \t]+in[ \t]+(?:power|office))\b"
    r"[^.;:!?\n\d]{0,40}?[ \t]for[ \t]+(?:(?P<hedge2>nearly|almost|about|around|some|more[ \t]+than|over)[ \t]+)?"
    r"(?:(?P<n2>\d{1,3}|[a-z]+(?:-[a-z]+)?)[ \t]+(?P<unit2>years|decades)|an?[ \t]+(?P<one2>year|decade))\b"
    # ... or as the tenure's measure: "ending her 15-year rule", "his three-decade reign" (not a
    # term or a sentence, told before it is served: "won a five-year term", "a 20-year sentence")
    r"|\b(?P<n3>\d{1,3}|[a-z]+)-(?P<unit3>year|decade)(?:-long)?[ \t]+(?:(?:[a-z]+[ \t]+)?(?:rule|reign)"
    r"|tenure|presidency|premiership|dictatorship|regime|occupation|exile|imprisonment|captivity"
    # ... or a war's, which runs on to the story ("a plan to end a 52-year war")
    r"|(?:[a-z]+[ \t]+)?(?:war|conflict|insurgency)"
    r"|(?:in|on)[ \t]+(?:power|office|the[ \t]+throne))\b"
    # ... or after it: "after a reign of nearly four decades", "ending his rule of 30 years"
    r"|\b(?:reign|rule|tenure|presidency|premiership|dictatorship)[ \t]+of[ \t]+"
    r"(?:(?P<hedge4>nearly|almost|about|around|some|more[ \t]+than|over)[ \t]+)?"
    r"(?P<n4>\d{1,3}|[a-z]+(?:-[a-z]+)?)[ \t]+(?P<unit4>years|decades)\b"
    # ... or a jubilee of a reign, named by its years: "her Platinum Jubilee" (70)
    r"|\b(?P<jubilee>silver|ruby|golden|diamond|sapphire|platinum)[ \t]+jubilee\b",
    re.IGNORECASE,
)
#: The years of a reign a jubilee is named for.
_JUBILEE_YEARS = {"silver": 25, "ruby": 40, "golden": 50, "diamond": 60, "sapphire": 65, "platinum": 70}
_TENURE_START = re.compile(
    r"\b(?:came[ \t]+to[ \t]+the[ \t]+throne|took[ \t]+the[ \t]+throne|acceded[ \t]+to[ \t]+the[ \t]+throne|ascended[ \t]+(?:to[ \t]+)?the"
    r"[ \t]+throne|took[ \t]+office|came[ \t]+to[ \t]+power|took[ \t]+power|won[ \t]+power|swept[ \t]+to[ \t]+power"
    # ... or a manager's or a coach's: "took charge at Old Trafford in November 1986"
    r"|took[ \t]+charge"
    # ... or the office named: "Mubarak ... became president in 1981"
    r"|became[ \t]+(?:president|prime[ \t]+minister|premier|chancellor|king|queen|emperor|leader)"
    r"|seized|annexed|colonised|colonized"
    r"|took[ \t]+control[ \t]+of|occupied|built|erected|exiled|kidnapped|abducted|taken[ \t]+hostage|jailed"
    r"|imprisoned)\b"
    # (a month's point is no sentence's end: "on Feb. 6, 1952")
    rf"(?:[^.;:!?\n]|\.(?=[ \t]*\d)){{0,40}}?\b(?P<year>{YEAR_RE})\b"
    # ... or the year a rule has gone on since: "had ruled Egypt since 1981"
    rf"|\b(?:ruled|governed|reigned|led|been[ \t]+in[ \t]+power)\b[^.;:!?\n]{{0,30}}?\bsince[ \t]+"
    # (or since an event of the year: "had led the country since independence from Britain in 1980")
    rf"(?:[^.;:!?\n\d]{{0,40}}?[ \t]in[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+)?(?P<year2>{YEAR_RE})\b"
    # ... or a war or a revolt begun in a year: "The FARC began as a peasant revolt in 1964"
    rf"|\b(?:began|started|broke[ \t]+out|erupted)[ \t]+as[ \t]+an?[ \t]+(?:[a-z]+[ \t]+){{0,2}}?"
    rf"(?:war|revolt|rebellion|uprising|insurgency|conflict)[ \t]+in[ \t]+(?P<year4>{YEAR_RE})\b"
    # ... or a rule said to have begun in a year: "nine years of conservative rule that began in 2013"
    rf"|\b(?:rule|reign|tenure|era|government)[ \t]+(?:that|which)[ \t]+(?:began|started)[ \t]+in[ \t]+(?P<year3>{YEAR_RE})\b",
    re.IGNORECASE,
)


#: "ending" or "ended" right before a count of years of a rule.
_ENDING_BEFORE = re.compile(r"\b(?:ending|ended|ends|end[ \t]+to)[ \t]+(?:an?[ \t]+|the[ \t]+|its[ \t]+)?$", re.IGNORECASE)


def _same_sentence(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether no sentence ends between two matches."""
    first, second = (a, b) if a.start() <= b.start() else (b, a)
    return _SENTENCE_END.search(text, first.end(), second.start()) is None


#: A count of years spent held, and what began it: "20 years in prison" is counted from "jailed
#: in 2004", not from "took office in 1999".
_HELD_COUNT = re.compile(r"prison|jail|exile|captivity|bars", re.IGNORECASE)
_HELD_START = re.compile(r"exiled|kidnapped|abducted|hostage|jailed|imprisoned", re.IGNORECASE)


def _tenure_years(text: str) -> tuple[list[tuple[int, int, str]], bool]:
    """The story's years a reign, a term or a rule counts to from the year the text says it
    began in ("ending an era of 70 years on the throne" and "came to the throne on Feb. 6, 1952":
    2022; "ending three decades of rule" and "had ruled Egypt since 1981": 2011), the first and
    the last of them (the span a hedge leaves: "more than five decades"), with the words that tell
    each; and whether the text tells several such beginnings, each of which a count may
    be from ("more than five decades of his family's rule ... took power in 2000 ... his father
    Hafez, who had ruled since 1971"), of which the nearest count after the years told is the one."""
    starts = list(_TENURE_START.finditer(text))
    found: list[tuple[int, int, str]] = []
    jubilees: list[tuple[int, int, str]] = []
    for m in _TENURE_COUNT.finditer(text):
        words = (m["n"] or m["n2"] or m["n3"] or m["n4"] or "one").lower().replace("-", " ")
        n = _JUBILEE_YEARS[m["jubilee"].lower()] if m["jubilee"] else number_value(words) or number_value(words.split()[-1])
        unit = m["unit"] or m["one"] or m["unit2"] or m["one2"] or m["unit3"] or m["unit4"] or "years"
        decades = unit.lower().startswith("decade")
        if n and decades:
            n *= 10  # "ending three decades of rule"
        if not (n and 0 < n < 500):
            continue
        held = _HELD_COUNT.search(m.group()) is not None
        hedge = (m["hedge"] or m["hedge2"] or m["hedge4"] or "").lower().split()[:1]
        fewest, most = (
            (_HEDGED_DECADES if decades else _HEDGED_TENURE)[_HEDGE_WORD.get(hedge[0], hedge[0])]
            if hedge
            else (0, 0)
        )
        # (the count's words may take in the word before it: "ending nine years")
        ended = m.group()[:6].lower() in ("ending", "ended ") or _ENDING_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ) is not None
        for start in starts:
            if len(starts) > 1 and (_HELD_START.search(start.group()) is not None) != held:
                continue  # "20 years in prison" is not counted from "took office"
            if ended and not (start["year3"] or start["year4"]) and _same_sentence(text, m, start):
                # "Labor first won power in May 2022, ending nine years of conservative rule": the
                # rule that ended is another's, whose years end where this one's begin
                continue
            told = f"{' '.join(m.group().split())} … {' '.join(start.group().split())}"
            year = int(start["year"] or start["year2"] or start["year3"] or start["year4"]) + n
            (jubilees if m["jubilee"] else found).append((year + fewest, year + most, told))
    # (a jubilee only where no count of years is written: "70 years on the throne" tells it plainer)
    return found or jubilees, len(starts) > 1


#: A first or a record in so many years ("the first national walkout in nearly 40 years", "for the
#: first time in more than five decades", "the highest in 16 years", "a 16-year high"), which
#: counts the story's year from the year the thing was last done ("Teachers last held a national
#: strike in 1986", "The last coast-wide stoppage, in 1977,") or the record is counted from ("the
#: highest since August 2007").
_FIRST_IN_YEARS = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|sharpest|steepest|worst|best|strongest"
    # (British news counts "for" so many years: "the first coronation in Britain for 70 years")
    # (past the stops of initials: "the first sitting U.S. president to visit the island in 88 years")
    r"|weakest|fastest|slowest|longest|hottest|coldest|wettest|driest|deadliest)\b"
    r"(?:[^.;:!?\d]|(?<=\b(?-i:[A-Z]))\.){0,60}?[ \t](?:in|for)[ \t]+"
    r"(?:(?P<hedge>nearly|almost|about|around|some|more[ \t]+than|over)[ \t]+)?"
    r"(?P<n>\d{1,3}|[a-z]+(?:[ -][a-z]+)?)[ \t]+(?P<unit>years|decades)\b"
    r"|\b(?P<n2>\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?P<unit2>year|decade)[ \t]+(?:high|low|peak|record|best|worst)s?\b",
    re.IGNORECASE,
)
#: The superlative a record of so many years is counted from: "a 16-year high" is the highest
#: since a year.
_RECORD_WORD = {
    "high": "highest",
    "peak": "highest",
    "record": "highest",
    "low": "lowest",
    "best": "best",
    "worst": "worst",
}
_YEAR_ALONE = re.compile(rf"\b(?P<year>{YEAR_RE})\b")
#: A last time told as the last one as great: "The last quake of this size", "the last storm this
#: strong", "the last such attack".
_AS_GREAT = re.compile(
    r"\b(?:of[ \t]+(?:this|that|similar|such|its|their)[ \t]+(?:size|magnitude|scale|strength|kind)"
    r"|this[ \t]+(?:strong|big|large|powerful|severe|deadly|intense|bad)|last[ \t]+such"
    # ... or a level last seen: "rose to 4.81%, a level last seen in August 2007"
    r"|last[ \t]+seen)\b",
    re.IGNORECASE,
)
#: A month (and a day) written before a year: "since |August 2007", "on |Oct. 3, 1977".
_MONTH_BEFORE_YEAR = re.compile(rf"\b(?:{MONTH_RE})\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?$", re.IGNORECASE)
#: How far from a count of years (or of decades) its hedge lets the story's year lie: the fewest
#: and the most years more than the count (a count rounds, and a year may begin after the day
#: counted from: 16 years after August 2007 may be told in 2024).
_HEDGED_YEARS = {"nearly": (-4, 0), "almost": (-4, 0), "about": (-2, 2), "more": (0, 5), "": (-1, 1)}
_HEDGED_DECADES = {"nearly": (-5, 0), "almost": (-5, 0), "about": (-5, 5), "more": (0, 9), "": (-1, 9)}
#: ... and of a tenure counted in years, which runs on from a first year told: "more than six
#: years in power" is not seven.
_HEDGED_TENURE = {"nearly": (-1, 0), "almost": (-1, 0), "about": (-1, 1), "more": (0, 1)}
#: The hedges that say as much as another: "around" as "about", "over" as "more than".
_HEDGE_WORD = {"around": "about", "some": "about", "over": "more"}


#: An event named with its year: "A 1934 earthquake", "the 1995 Kobe quake"; or one that opens
#: its sentence, with its year: "A failure in Italy in September 2003 left 56 million people
#: without power" (not "The dispute began in the summer of 2022": a thing told, then its year).
_EVENT_OF_YEAR = re.compile(
    rf"\b(?:a|an|the)[ \t]+{YEAR_RE}[ \t]+[a-zA-Z]"
    # (in its own clause: "A quake of similar strength struck near Izmit in 1999")
    rf"|(?:^|[.!?][ \t]+)(?-i:An?)[ \t]+[^.;:!?,\n\d]{{0,60}}?[ \t]in[ \t]+(?:{MONTH_RE}\.?[ \t]+)?{YEAR_RE}\b"
    # (or its year first: "In 1992, a Pakistan International Airlines plane crashed near Kathmandu")
    rf"|(?:^|[.!?][ \t]+)(?-i:In)[ \t]+(?:{MONTH_RE}\.?[ \t]+)?{YEAR_RE},?[ \t]+(?-i:an?)[ \t]",
    re.IGNORECASE | re.MULTILINE,
)


def _one_year_written(text: str) -> int | None:
    """The one year a text writes in figures, if it writes only one (any number of times)."""
    years = {y["year"] for y in _YEAR_ALONE.finditer(text)}
    return int(years.pop()) if len(years) == 1 else None


#: A count that falls short of its number: "nearly seven years", "almost a decade".
_SHORT_HEDGE = re.compile(r"\b(?:nearly|almost)\b", re.IGNORECASE)


def _short_of(words: str, counted_from: int | None, month: int | None) -> int:
    """1 where a count "nearly" or "almost" so many years from a month cannot reach the story's
    month in the last of those years (later in the year than that month), else 0."""
    if counted_from is None or month is None or _SHORT_HEDGE.search(words) is None:
        return 0
    return 1 if month > counted_from else 0


def _first_in_years(text: str, month: int | None = None) -> list[tuple[int, int, str]]:
    """The span of years a first or a record in so many years counts to from the one year the
    text says the thing was last done in, or a record of its kind is counted from ("the first
    national walkout in nearly 40 years" and "last held a national strike in 1986": 2022 to 2026;
    "a 16-year high" and "the highest since August 2007": 2022 to 2024), and the words of the
    count and the year it counts from, told as the explanation says them.  A first counts from
    the last time ("last held", "the first since"), a record from a record of its kind ("a
    16-year high" from "the highest since"): "its first loss in six years" does not count from
    "its shares' lowest since October 2020", nor "a 15-year high" from "the biggest fall since".
    Counted "nearly" or "almost" so many years from a month, in a story of a later ``month`` of
    its year, it falls short of the last of those years ("the first in nearly seven years" from
    January 2019, told in October: by 2025)."""
    firsts: list[tuple[int, int, str]] = []
    records: dict[str, list[tuple[int, int, str]]] = {}  # by their word: "highest", "lowest"
    for m in _FIRST_IN_YEARS.finditer(text):
        words = (m["n"] or m["n2"]).lower().replace("-", " ")
        n = number_value(words) or number_value(words.split()[-1] if m["n2"] else words.split()[0])
        if not n or (m["n2"] and len(words.split()) > 1 and number_value(words) is None):
            continue
        decades = (m["unit"] or m["unit2"]).lower().startswith("decade")
        hedge = (m["hedge"] or "").lower().split()[:1] or [""]
        fewest, most = (_HEDGED_DECADES if decades else _HEDGED_YEARS)[_HEDGE_WORD.get(hedge[0], hedge[0])]
        years = n * (10 if decades else 1)
        key = (
            m.group().split()[0].lower()
            if m["n"]
            else _RECORD_WORD[m.group().split()[-1].lower().rstrip("s")]
        )
        count = (years + fewest, years + most, m.group())
        if key == "first":
            firsts.append(count)
        else:
            records.setdefault(key, []).append(count)
    if not firsts and not records:
        return []
    last_times: set[int] = set()
    last_months: dict[int, int] = {}  # ... the month of such a year, where it is written
    as_great: set[int] = set()  # ... of them, the last time one was as great ("of this size")
    record_years: dict[str, set[int]] = {}
    for y in _YEAR_ALONE.finditer(text):
        at = y.start()
        if (month_told := _MONTH_BEFORE_YEAR.search(text, max(0, at - 16), at)) is not None:
            at = month_told.start()
        as_great_in = _LAST_AS_GREAT_IN.search(text, max(0, at - 110), at)
        if (
            _LAST_DONE_IN.search(text, max(0, at - 110), at)
            or _LAST_RAN_TO.search(text, max(0, at - 180), at)
            or as_great_in
        ):
            last_times.add(int(y["year"]))
            if month_told is not None:
                last_months[int(y["year"])] = month_number(month_told.group().split()[0])
            if as_great_in or _AS_GREAT.search(text, max(0, at - 60), at):
                as_great.add(int(y["year"]))
        elif (record := RECORD_SINCE.search(text, max(0, at - 100), at)) is not None:
            key = record.group().split()[0].lower()
            (last_times if key == "first" else record_years.setdefault(key, set())).add(int(y["year"]))
    found = []
    # (a record with no year of its own kind is the first so great since the last one as great:
    # "the strongest earthquake to hit Taiwan in 25 years" and "The last quake of this size, in
    # 1999", not "the biggest wage rise in 33 years" and "The bank last raised rates in 2007")
    pairs = [(firsts, last_times)] + [
        (counts, record_years.get(key) or as_great) for key, counts in records.items()
    ]
    for counts, years_from in pairs:
        if counts and len(years_from) == 1:  # (several: which the count is from is not told)
            (year,) = years_from
            found += [
                (
                    year + low,
                    year + high - _short_of(words, last_months.get(year), month),
                    f'"{" ".join(words.split())}", counted from {year},',
                )
                for low, high, words in counts
                if 0 < low
            ]
    if not found and (year := _one_year_written(text)) is not None and _EVENT_OF_YEAR.search(text) is not None:
        # ... or from the one year the text writes, an event's: "the worst to hit the Himalayan
        # nation in more than 80 years. A 1934 earthquake, Nepal's worst on record, flattened
        # Kathmandu" (not "inflation fell below 2% for the first time in more than three years ...
        # The dispute began in the summer of 2022")
        found += [
            (
                year + low,
                year + high,
                f'"{" ".join(words.split())}", counted from {year}, the one year written,',
            )
            for counts, _ in pairs
            for low, high, words in counts
            if 0 < low
        ]
    return found


#: A year still running when the story is told: "Oil has risen 2% in 2024 so far", "so far in
#: 2024", "sales to date in 2024".
_RUNNING_YEAR = re.compile(
    rf"\bso\s+far\s+(?:in|during|this\s+year,?)\s+(?P<year>{YEAR_RE})\b"
    rf"|\b(?:in|for|during)\s+(?P<year2>{YEAR_RE})\s+(?:so\s+far|to\s+date|thus\s+far)\b",
    re.IGNORECASE,
)


def _running_years(text: str) -> list[tuple[int, str]]:
    """The years a text tells as still running ("in 2024 so far"), and the words that tell it."""
    return [(int(m["year"] or m["year2"]), " ".join(m.group().split())) for m in _RUNNING_YEAR.finditer(text)]


#: The months of a year up to one just gone: "the first 10 months of 2025", "January-October 2025".
_MONTHS_OF_YEAR = re.compile(
    rf"\bfirst\s+(?P<n>\d{{1,2}}|[a-z]+)\s+months\s+of\s+(?P<year>{YEAR_RE})\b"
    rf"|\bJanuary\s*(?:[-–]|to|through)\s*(?P<month>{MONTH_RE})\.?,?\s+(?P<year2>{YEAR_RE})\b",
    re.IGNORECASE,
)


def _months_so_far(text: str, month: int) -> list[tuple[int, str]]:
    """The years whose first months a text tells up to a month just before the dateline's ("in
    the first 10 months of 2025", datelined Nov 7): the story's year, which they run in."""
    found = []
    for m in _MONTHS_OF_YEAR.finditer(text):
        n = number_value(m["n"]) if m["n"] else month_number(m["month"])
        if n is not None and 0 <= month - n <= 2:
            found.append((int(m["year"] or m["year2"]), " ".join(m.group().split())))
    return found


#: A month and its year in a headline: "July 2025 was third-warmest on record".
_HEADLINE_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE})\.?,?[ \t]+(?P<year>{YEAR_RE})\b")
#: The longest first line read as a headline: a longer one is a lead.
_HEADLINE_MOST = 120
#: A month a headline compares with: "Exports fall from July 2024 peak".
_COMPARED_IN_HEADLINE = re.compile(
    r"\b(?:from|than|since|vs|versus|against|compared)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)


_YEAR_LINE = re.compile(rf"[ \t*_]*(?P<year>{YEAR_RE})[ \t*_]*")


def _closing_year_line(text: str) -> list[tuple[int, str]]:
    """The year a text's last line holds alone, as a footer gives a story's year ("... by the
    summer.\n\n2024"): the year the story is told in."""
    last = text.rstrip()[-40:].rsplit("\n", 1)[-1]
    m = _YEAR_LINE.fullmatch(last)
    return [(int(m["year"]), f"{m['year']}, alone on the last line")] if m and "\n" in text.rstrip() else []


def _headline_month(text: str, month: int) -> list[tuple[int, str]]:
    """The year of a month a headline names with its year, up to two months before the
    dateline's ("July 2025 was third-warmest on record", datelined Aug 7): the news of that
    month, told in the story's year (or the next, for a December told in January)."""
    body = text.lstrip()
    headline = body[: body.find("\n")].strip() if "\n" in body else ""
    if len(headline) > _HEADLINE_MOST or headline.endswith(".") or "(" in headline:
        return []  # a lead or a dateline's line, not a headline
    found = []
    for m in _HEADLINE_MONTH_YEAR.finditer(headline):
        if _COMPARED_IN_HEADLINE.search(headline, 0, m.start()):
            continue  # "Exports fall from July 2024 peak": a month compared with
        told = month_number(m["month"])
        if told is not None and 0 <= (month - told) % 12 <= 2:
            found.append((int(m["year"]) + (told > month), " ".join(m.group().split())))
    return found


#: An obituary's count of years: the day of birth ("Born on March 2, 1933", "was born in 1933")
#: and the age at death ("She was 91.", "died on Saturday, aged 91", "died ... at the age of 91").
_BORN = re.compile(
    # (with the place between: "born in Dayton, Ohio, in 1938", "Born in Ilford, east of London, on",
    # "Born in the village of Mvezo on"; and a name given at birth before it: "Born Karol Wojtyla in
    # Wadowice, Poland, on")
    rf"\b[Bb]orn\s+(?:(?:[A-Z][\w'’.-]*\s+){{1,3}}(?=in\s))?(?:in\s+(?:the\s+[a-z]+\s+of\s+)?[A-Z][^.;:!?\d\n]{{0,40}}?,?\s+(?=(?:on|in)\s))?(?:on\s+|in\s+)?(?:(?P<month>{MONTH_RE})\.?\s+(?P<day>{DAY_RE}),?\s+|(?P<day2>{DAY_RE})\s+"
    rf"(?P<month2>{MONTH_RE}),?\s+)?(?P<year>{YEAR_RE})\b"
)
_AGE_AT_DEATH = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:He|She) was (?P<age>\d{1,3})\.(?!\d)"
    r"|\bdied\b[^.;!?]{0,80}?\b(?:aged|at the age of|at age)\s+(?P<age2>\d{1,3})\b"
    # ... or the age of someone living, set off by commas after the name: "Han Kang, 53, won"
    rf"|\b(?!(?:{MONTH_RE}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z][a-z]+,\s(?P<age3>\d{{1,3}}),\s)",
    re.MULTILINE,
)


#: An age in a year written out: "became queen in 1952 at the age of 25", "aged 40 in 1998".
_AGE_IN_YEAR = re.compile(
    rf"\bin\s+(?P<year>{YEAR_RE}),?\s+(?:at\s+the\s+age\s+of|aged|at\s+age)\s+(?P<age>\d{{1,3}})\b"
    rf"|\b(?:at\s+the\s+age\s+of|aged|at\s+age)\s+(?P<age2>\d{{1,3}}),?\s+in\s+(?P<year2>{YEAR_RE})\b"
)


def _age_then_and_now(text: str) -> list[tuple[int, int, str]]:
    """The years a story is told in from an age in a year written out and the age now, where the
    text gives no day of birth ("Elizabeth became queen in 1952 at the age of 25 ... She was
    96.": 2022 to 2024, as the birthday is unknown), and the words that tell them; none unless
    each is written once (the age now one at death, "She was 96.", not "Charles, 73")."""
    if _BORN.search(text):
        return []  # (a day of birth counts better: see ``_age_years``)
    thens = list(_AGE_IN_YEAR.finditer(text))
    if len(thens) != 1:
        return []
    # (an age at death, the story's subject's; not one set off after a name, which may be anyone's)
    nows = [a for a in _AGE_AT_DEATH.finditer(text) if a["age"] or a["age2"]]
    if len(nows) != 1:
        return []
    then, now = thens[0], nows[0]
    year, age = int(then["year"] or then["year2"]), int(then["age"] or then["age2"])
    age_now = int(now["age"] or now["age2"])
    if not 0 <= age < age_now < 130:
        return []
    middle = year + age_now - age
    told = " ".join(now.group().lstrip(".!? ").split())
    return [(middle - 1, middle + 1, f'"{" ".join(then.group().split())}" ... "{told}"')]


def _age_years(text: str, month: int, day: int) -> list[tuple[int, str]]:
    """The year an obituary's age at death counts to from the day of birth, for a story dated
    ``month`` and ``day`` ("Born on March 2, 1933 ... She was 91.", datelined Nov. 3: 2024), and
    the words that tell it; none unless each is written once."""
    born = list(_BORN.finditer(text))
    ages = list(_AGE_AT_DEATH.finditer(text))
    if len(born) != 1 or len(ages) != 1:
        return []
    b, a = born[0], ages[0]
    age = int(a["age"] or a["age2"] or a["age3"])
    if not 0 < age < 130:
        return []
    year = int(b["year"]) + age
    birth_month = b["month"] or b["month2"]
    if birth_month:
        birth_day = int(re.sub(r"\D", "", b["day"] or b["day2"]))
        year += (month, day) < (month_number(birth_month), birth_day)  # before that year's birthday
    told = " ".join(a.group().lstrip(".!? ").split())
    return [(year, f"{' '.join(b.group().split())} ... {told}")]


#: A thing's age and the year it was founded or built, in one sentence: "The 158-year-old
#: investment bank, founded in 1850,".
_THING_AGE = re.compile(
    rf"\b(?P<n>\d{{1,4}}|[a-z]+(?:-[a-z]+)?)-year-old\b[^.;:!?]{{0,80}}?\b(?:founded|established|built"
    rf"|opened|created|formed|launched|set[ \t]+up)[ \t]+in[ \t]+(?P<year>{YEAR_RE})\b",
    re.IGNORECASE,
)


def _thing_age_years(text: str) -> list[tuple[int, str]]:
    """The year a thing's age counts to from the year it was founded or built, and the words that
    tell it ("The 158-year-old investment bank, founded in 1850": 2008); none unless one such
    sentence is written."""
    found = list(_THING_AGE.finditer(text))
    if len(found) != 1:
        return []
    m = found[0]
    age = number_value(m["n"].lower().replace("-", " "))
    if age is None or not 0 < age < 1000:
        return []
    return [(int(m["year"]) + age, " ".join(m.group().split()))]


def _odds_cost(odds: tuple[float, ...], k: int, tail: float) -> float:
    """The cost (-log) of ``k`` read off a table of odds, which goes on past its end by the
    factor ``tail`` a step."""
    last = len(odds) - 1
    return -math.log(odds[min(k, last)] * tail ** max(0, k - last))


def _years_before_ahead_cost(years: int, near: bool = False) -> float:
    if years < 0:
        return _odds_cost((0.0, _AFTER_AHEAD), -years, 0.7)
    if near:
        return _odds_cost(_YEARS_BEFORE_NEAR_AHEAD, years, 0.5)
    return _odds_cost(_YEARS_BEFORE_AHEAD, years, 0.85)


def _years_after_cost(years: int) -> float:
    return _odds_cost(_YEARS_BEFORE, -years, 0.6) if years < 0 else _odds_cost(_YEARS_AFTER, years, 0.8)


_DAYS_BACK_COST = tuple(-math.log(p) for p in _DAYS_BACK)
#: How much less likely a story is in the year a record is counted from, or the year after it,
#: than later (in the TempEval-3 news, "since" and a year stand 5 to 97 years before the story, 8
#: of 8; set by hand, as "the highest since January 2003" may be told in 2004): the cost of 0, 1
#: and 2 or more years after it.
_RECORD_GAP_COST = (-math.log(0.1), -math.log(0.3), 0.0)
#: A day written with its weekday ("Monday (June 9)") that falls on another weekday in a
#: candidate year all but rules the year out.
_WRONG_WEEKDAY = 6.0
_WEEKDAY_OF_ANOTHER_WEEK = re.compile(
    r"(?:the\s+|this\s+)?(?:last|next|past|previous|coming)\s", re.IGNORECASE
)
_A_WEEK_ON = re.compile(r"\sweek$", re.IGNORECASE)  # "Tuesday week": the Tuesday of next week
_WEEKDAY_WRITTEN = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s", re.IGNORECASE)
#: The words a day written with its weekday may open with: "last", "this coming", "Easter".
_LEAD_WORDS = re.compile(rf"(?:(?:(?i:last|next|this|coming|past)|{HOLIDAY_WEEKDAY_WORDS_RE})\s+)*")
_FULL_WEEKDAY = {name[:3].lower(): name for name in _WEEKDAY_NAMES}


def _pinned_weekday(mention: Mention) -> tuple[int, int, int] | None:
    """The month, day and weekday (0: Monday) of a day written with its weekday and no year
    ("Monday (June 9)", "Thursday, Jan. 6"; after the words that may lead it: "last Wednesday,
    March 4", "Easter Monday, April 21"); None for any other mention."""
    value = mention.value
    if len(value) != 10 or not value.startswith("XXXX-") or not value[5:7].isdigit():
        return None  # (not a weekday of no known week: "on Monday last" is "XXXX-WXX-1")
    named = _WEEKDAY_WRITTEN.match(mention.text, _LEAD_WORDS.match(mention.text).end())  # type: ignore[union-attr]
    if named is None:
        return None
    return int(value[5:7]), int(value[8:10]), _WEEKDAY_NAMES.index(_FULL_WEEKDAY[named[1][:3].lower()])


def _year_in_story(year: int, month: int, story_month: int) -> int:
    """The year of a month told in a story of ``year`` and ``story_month``: of the year before
    or after for a month more than half a year away (December, in a January story)."""
    if month - story_month > 6:
        return year - 1
    if story_month - month > 6:
        return year + 1
    return year


def _falls_on(year: int, month: int, day: int, weekday: int, dateline_month: int) -> bool:
    """Whether a day of the story falls on its weekday, in the year it has in a story of that
    year (a December day in a January story is of the year before)."""
    try:
        return date(_year_in_story(year, month, dateline_month), month, day).weekday() == weekday
    except ValueError:
        return False


_DAYS_BACK_NEXT_MORNING_COST = tuple(-math.log(p) for p in _DAYS_BACK_NEXT_MORNING)
#: How often a weekday told as to come ("will stay closed on Monday") lies that many days after
#: the story's day (0: the same day): in the TempEval-3 news (tbaq), 9 of 16 such weekdays after
#: the story fall on the next day, 2 on the same day, 5 two to four days on; smoothed, as the tense
#: read is not always right.
_DAYS_AHEAD = (0.15, 0.35, 0.12, 0.12, 0.12, 0.07, 0.07)
_DAYS_AHEAD_COST = tuple(-math.log(p) for p in _DAYS_AHEAD)
#: A weekday something has gone on since ("Since Saturday, thousands had camped outside") lies
#: before the story's day, seldom on it, and any day of the week before (set by hand).
_DAYS_SINCE = (0.02, 0.2, 0.2, 0.18, 0.16, 0.14, 0.1)
_DAYS_SINCE_COST = tuple(-math.log(p) for p in _DAYS_SINCE)


#: The days left before a weekday's event, told from the story's day: "With three days to go
#: before Tuesday's presidential election" (the story is of a Saturday).
_DAYS_TO_GO = re.compile(
    rf"\b(?P<n>[\w-]+)[ \t]+days?[ \t]+(?:to[ \t]+go|left)[ \t]+(?:before|until|till)[ \t]+"
    rf"(?P<wd>{WEEKDAY_RE})['’]s\b",
    re.IGNORECASE,
)


def _days_to_go(text: str) -> list[tuple[int, int, str]]:
    """The weekdays the lead counts the days left to, with the count and its words."""
    found = []
    for m in _DAYS_TO_GO.finditer(text, 0, _LEAD):
        n = number_value(m["n"].lower())
        if n is not None and 0 < n < 7:
            found.append((weekday_number(m["wd"]), n, " ".join(m.group().split())))
    return found


def _first_year_after(latest: date, month: int, day: int) -> int:
    """The first year whose dateline day (month, day) is not before ``latest``."""
    try:
        return latest.year if date(latest.year, month, day) >= latest else latest.year + 1
    except ValueError:  # 29 February
        return latest.year + 1


#: How many days back a story with only a year to come may tell a weekday: the days of the
#: week it reports ("showed Tuesday ... released on Saturday", told on a Tuesday).
_WEEK_TOLD = 5
#: The first year of news told under a dateline with no year (the wire services began in the
#: 1840s and 1850s): a text whose years all lie before it is history, which places no story.
_DATELINES_BEGIN = 1850


#: How many years before a year told as still to come a story with no past year may be placed.
_AHEAD_REACH = 2


def _history(year: int) -> str:
    """Why a text whose latest year is ``year``, before ``_DATELINES_BEGIN``, places no story."""
    return f"the latest year the text tells, {year}, is from before news was datelined, which places no story"


def _no_year_but_records(written: str, records: list[date], history: list[int]) -> Reference:
    """No year for a dateline whose text tells no year but those records are counted from, and
    the years of a ``history`` long before them."""
    latest = max(records).year
    if latest < _DATELINES_BEGIN:
        return Reference(None, "dateline", f'from the dateline "{written}", but {_history(latest)}')
    years = sorted({str(d.year) for d in records})
    after = f" after its history ({' and '.join(map(str, history))})" if history else ""
    told = (
        f"year the text writes{after}, {years[0]}, is one"
        if len(years) == 1
        else f"years the text writes{after}, {' and '.join(years)}, are ones"
    )
    return Reference(
        None,
        "dateline",
        f'from the dateline "{written}", but the only {told} a record or a run is counted from ("the'
        ' worst since", "the first since", "has ruled since"), which places a story after it, but not'
        " how long after",
    )


#: Between a movable holiday and the day it falls on this year: "Passover holiday, which starts
#: on", "Easter, which falls on ... this year", "Eid al-Fitr around".
_HOLIDAY_ON = re.compile(
    r"(?:\s+(?:holiday|festival|feast|celebrations?))?,?\s+(?:(?:which|that)\s+(?:\w+\s+){0,2}?"
    r"(?:falls?|fell|begins?|began|starts?|started|ends?|ended|is|was|will\s+be|runs?|ran)\s+(?:on\s+)?"
    r"|(?:on|around|this\s+year\s+on|falling\s+on)\s+)"
)
#: A day of no year ("XXXX-04-12", "XXXX-02-28TEV").
_YEARLESS_DAY = re.compile(r"XXXX-(?P<month>\d\d)-(?P<day>\d\d)")
#: How many days a holiday of a lunar calendar told with its day may fall from it: one begun the
#: evening before ("the Passover holiday, which starts on April 12"), or told "around" a day the
#: moon decides.  (One of the Gregorian calendar falls on its day: Thanksgiving moves a day a year.)
_LUNAR_SLACK = 1


def _holiday_falls_near(key: str, told: date) -> bool:
    """Whether a movable holiday falls on a day (a lunar one, or a day either side)."""
    slack = _LUNAR_SLACK if of_another_calendar(key) else 0
    return any(
        abs((held - told).days) <= slack
        for year in {told.year, told.year - 1}
        for held in holiday_dates(key, year)
    )


#: How many days before a dateline's day news of a holiday told in its lead may lie ("on Easter
#: Sunday", in a story of Easter Monday): within a week, as news reports a weekday gone by.
_HOLIDAY_NEWS_DAYS = 6
#: Before a holiday that is the day of the news: "on Easter Sunday" (not "over Easter", a span
#: whose figures may be told weeks on).
_ON_HOLIDAY = re.compile(r"\bon[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


#: Between a weekday and a movable holiday it is counted from: "on Tuesday, a day after Diwali",
#: "Monday, the eve of Passover", "on Sunday, two days before Easter".
_DAYS_FROM_HOLIDAY = re.compile(
    r",?\s+(?:(?P<n>a|one|the|two|three)\s+days?\s+(?P<dir>after|before)|(?:on\s+)?the\s+(?P<eve>eve)\s+of)"
    r"(?:\s+the)?\s+"
)


@dataclass(frozen=True, slots=True)
class _HolidayTold:
    """A movable holiday told with its day ("Passover, which starts on April 12": ``month`` and
    ``day``), with a weekday the story tells ("on Tuesday, a day after Diwali": ``weekday``,
    Monday 0, and the holiday ``after`` days before it), or as the day of the news in the lead
    ("Bomb blasts ripped through churches on Easter Sunday": ``news``, on the dateline's day or up
    to ``_HOLIDAY_NEWS_DAYS`` days before it)."""

    key: str
    words: str
    month: int = 0
    day: int = 0
    weekday: int = -1
    after: int = 0
    news: bool = False

    def fits(self, dateline: date) -> bool:
        """Whether it falls so in the year of a candidate dateline (the weekday the nearest on
        or before its day)."""
        if self.news:
            return any(
                _holiday_falls_near(self.key, dateline - timedelta(days=back))
                for back in range(_HOLIDAY_NEWS_DAYS + 1)
            )
        if self.weekday < 0:
            try:
                return _holiday_falls_near(self.key, date(dateline.year, self.month, self.day))
            except ValueError:  # 29 February
                return False
        told = dateline - timedelta(days=(dateline.weekday() - self.weekday) % 7)
        return _holiday_falls_near(self.key, told - timedelta(days=self.after))


#: How many days before a dateline's day a day with no year told in the story makes its paragraph
#: a look back, whose weekdays are of that day's week.
_LOOK_BACK_DAYS = (3, 45)


def _days_before(month: int, day: int, told_month: int, told_day: int) -> int:
    """How many days a day of the year (``told_month``, ``told_day``) lies before a dateline's, in
    a year that has a 29 February (the nearest before it: a told day after the dateline's in the
    calendar is of the year before)."""
    try:
        told = date(2024, told_month, told_day)
    except ValueError:
        return -1
    gap = (date(2024, month, day) - told).days
    return gap if gap >= 0 else gap + 366


#: The Olympic Games told as held in a story's lead: "won his first Olympic gold medal on Sunday",
#: "at the Paris Olympics", "at the Winter Games".
_GAMES_IN_LEAD = re.compile(
    r"\bOlympic[ \t]+(?:gold|silver|bronze|title|final|record)\b"
    # (not other Games: "at the Commonwealth Games", "the Asian Games")
    r"|\b(?:at|of)[ \t]+the[ \t]+(?!(?:Commonwealth|Asian|Pan|European|Youth|Invictus|Special|World"
    r"|Mediterranean|African|Island|Arctic|Highland|Gay)\b)(?:[A-Z][a-z]+[ \t]+)?(?P<winter>Winter[ \t]+)?"
    r"(?:Olympics|Olympic[ \t]+Games|Games)\b"
    # ... or named by their city as they open or close: "The Beijing Olympic Games opened on Friday"
    r"|\b[A-Z][a-z]+[ \t]+(?P<winter2>Winter[ \t]+)?(?:Summer[ \t]+)?(?:Olympics|Olympic[ \t]+Games)[ \t]+"
    r"(?:opened|open|opens|closed|close|closes|ended|ends|began|begin|begins|kicked[ \t]+off)\b"
)


#: Games named by their year: "the 2008 Beijing Games", "the 2016 Olympics".
_GAMES_NAMED = re.compile(
    r"\b(\d{4})[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Summer[ \t]+|Winter[ \t]+)?(?:Games|Olympics|Olympic[ \t]+Games)\b"
)


#: Other Games, held in other years, which an Olympic champion may also win at.
_OTHER_GAMES = re.compile(r"\b(?:Commonwealth|Asian|Pan[ \t-]+American|European|Youth|Invictus)[ \t]+Games\b")


def _games_told(text: str, month: int) -> str | None:
    """ "summer" or "winter" where the lead of a story datelined in the Games' months tells of the
    Olympic Games as held (the summer's in July to September, the winter's in February); else
    None."""
    lead = text[:_LEAD]
    m = _GAMES_IN_LEAD.search(lead)
    if m is None or "Olympi" not in lead or _OTHER_GAMES.search(lead):
        return None
    if m["winter"] or m["winter2"] or "Winter" in lead:
        return "winter" if month in (1, 2, 3) else None
    return "summer" if month in (7, 8, 9) else None


def _games_year(year: int, games: str) -> bool:
    """Whether the Summer or Winter Games were (or are due to be) held in a year of the modern
    Games (Tokyo's, put off from 2020, in 2021; the winter's apart from 1994 on)."""
    if games == "winter":
        return year % 4 == 2 if year >= 1994 else year % 4 == 0
    return (year % 4 == 0 and year != 2020) or year == 2021


#: The years a movable holiday told with its day is looked for in, where the text writes no year.
_HOLIDAY_YEARS = range(1900, 2101)


def _holiday_year(
    holiday_days: list[_HolidayTold],
    month: int,
    day: int,
    weekdays: list[tuple[int, str]],
    written: str,
    records: list[date],
) -> Reference | None:
    """The dateline's year in a story that writes no year gone by but tells movable holidays with
    their days ("Ramadan ... ends with Eid al-Fitr around March 30 ... the Passover holiday, which
    starts on April 12"): the one year in which each falls on its day (or a day either side), the
    first weekday told falls on the dateline's day or the day before, and no record counted from
    a later year is broken; None where none or several fit (Passover alone starts on 12 April
    every few years)."""
    floor = max((d.year for d in records), default=0)
    fits = []
    for year in _HOLIDAY_YEARS:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if year <= floor or (weekdays and (candidate.weekday() - weekdays[0][0]) % 7 > 1):
            continue
        if all(told.fits(candidate) for told in holiday_days):
            fits.append(candidate)
    if len(fits) != 1:
        return None
    (candidate,) = fits
    told = "; ".join(f'"{told.words}"' for told in holiday_days)
    why = (
        f'year {candidate.year} inferred for the dateline "{written}": the text writes no year, but'
        f" tells {told}, which {'fall' if len(holiday_days) > 1 else 'falls'} so in {candidate.year} alone"
    )
    if weekdays:
        why += f"; {_weekday_falls(candidate, weekdays[0])}"
    return Reference(candidate, "dateline", why)


#: How many months after a quarter ends its results are still news.
_RESULTS_LAG_MONTHS = 3


def _reports_quarter(day: date, named: int, quarter: int) -> bool:
    """Whether a story of a day may report a fiscal year's quarter gone by ("net profit for the
    first quarter of FY26"): a fiscal year named by the year it ends begins between February of
    the year before (FY26 from February 2025) and January of its own (as the calendar year), so
    its quarter ends between those two years' ends of it, and is reported up to some months
    later (Q1 of FY26, ended between April 2025 and March 2026, is no news in July 2026)."""
    month = day.year * 12 + day.month - 1
    earliest_end = (named - 1) * 12 + 1 + 3 * quarter - 1
    latest_end = named * 12 + 3 * quarter - 1
    return earliest_end <= month <= latest_end + _RESULTS_LAG_MONTHS


def _record_years_told(records: list[date]) -> str:
    """The years records are counted from, as an explanation names them ("1981/1994")."""
    return "/".join(sorted({str(d.year) for d in records}))


def _but_records(records: list[date]) -> str:
    """For an explanation: the years records are counted from, which the text also writes."""
    if not records:
        return ""
    return f" but {_record_years_told(records)}, which a record is counted from"


def _before_a_year_to_come(
    text: str,
    month: int,
    day: int,
    first: int,
    weekdays: list[tuple[int, str]],
    written: str,
    records: list[date],
) -> Reference | None:
    """The dateline's year in a story that writes no year gone by, only one still to come ("expects
    growth of 1.5% in 2025"), and a weekday it tells as past: the year up to two before it in
    which that weekday (the nearest, of several, and the first told) falls on the dateline's day
    or the day before, and any other within ``_WEEK_TOLD`` days before it, where only one does;
    never in or before a year a record is counted from (``records``)."""
    record = max(records, default=None)
    days_back_cost = _days_back_costs(text)
    distinct = sorted({wd for wd, _ in weekdays})
    scored = []
    for year in range(first - _AHEAD_REACH, first + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if record is not None and year <= record.year:
            continue  # not before the year a record is counted from
        backs = [(candidate.weekday() - wd) % 7 for wd in distinct]
        cost = _years_before_ahead_cost(first - year) + sum(days_back_cost[back] for back in backs)
        # the story's own day (the nearest weekday, and the first told, the lead's) and the rest
        # of its week
        lead = (candidate.weekday() - weekdays[0][0]) % 7
        scored.append((cost, year, candidate, max(min(backs), lead), max(backs)))
    scored.sort()
    if (
        not scored
        or scored[0][3] > 1
        or scored[0][4] > _WEEK_TOLD
        or (len(scored) > 1 and scored[1][0] - scored[0][0] < _CLOSE)
    ):
        return None
    _, year, candidate, _, _ = scored[0]
    return Reference(
        candidate,
        "dateline",
        f'year {year} inferred for the dateline "{written}": the text writes no year gone by{_but_records([record] if record else [])}, and tells'
        f" {first} as still to come; {_weekday_falls(candidate, weekdays[0])}",
    )


#: A copyright line ("© 2025 Reuters. All rights reserved.", "Copyright (c) 2019-2025 Example"):
#: the year it ends with.
_COPYRIGHT_LINE = re.compile(
    r"(?:©|\([cC]\)|\b[Cc]opyright)[ \t]*(?:\d{4}[ \t]*[-–][ \t]*)?(?P<year>(?:19|20)\d\d)\b"
)


def _copyright_year(
    text: str, month: int, day: int, weekdays: list[tuple[int, str]], written: str
) -> Reference | None:
    """The dateline's year from a copyright line, where the text writes no other year: wire copy
    carries the year it was filed in; a page's line may be a year later than the story, so of
    that year and the one before, the one where the weekdays the text tells fall where news puts
    them (the dateline's day or the day before), or the copyright's own with no weekday told."""
    found = [m for m in _COPYRIGHT_LINE.finditer(text) if m.start() >= len(text) - _TAIL or m.start() < _HEAD]
    if not found:
        return None
    year = int(found[-1]["year"])
    line = " ".join(found[-1].group().split())
    for candidate_year in (year, year - 1) if weekdays else (year,):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if not weekdays or (candidate.weekday() - weekdays[0][0]) % 7 <= 1:
            fits = f"; {_weekday_falls(candidate, weekdays[0])}" if weekdays else ""
            return Reference(
                candidate,
                "dateline",
                f'year {candidate_year} inferred for the dateline "{written}": the text writes no other'
                f' year, and its copyright line reads "{line}"{fits}',
            )
    return None


def _days_back_costs(text: str) -> tuple[float, ...]:
    """The cost of a weekday told that many days before the dateline, by the agency's habit."""
    next_morning = _NEXT_MORNING_AGENCY.search(text, 0, _HEAD) is not None
    return _DAYS_BACK_NEXT_MORNING_COST if next_morning else _DAYS_BACK_COST


#: A weekday told in the week before a candidate dateline that falls on a day the text writes
#: out in full ("died on Monday evening ... quoting incident 1432 of 6 January 2025", datelined
#: "Jan 8"): that day, and so that year.
_WEEKDAY_WRITTEN_OUT = 3.0


def _weekday_written_out(candidate: date, weekdays: list[int], days: list[date]) -> date | None:
    """The day written out in full, in the week up to a candidate dateline, on which a weekday the
    text tells falls; None if there is none."""
    return next((day for day in days if 0 <= (candidate - day).days <= 6 and day.weekday() in weekdays), None)


def _weekday_falls(candidate: date, weekday: tuple[int, str]) -> str:
    """Where a weekday the text tells falls before a candidate dateline, for an explanation: 'in
    2024 "Thursday" falls on the day before (2024-11-13, a Thursday)'."""
    wd, words = weekday
    back = (candidate.weekday() - wd) % 7
    where = {0: "on the same day", 1: "on the day before"}.get(back, f"{back} days before")
    day = (candidate - timedelta(days=back)).isoformat()
    return f'in {candidate.year} "{words}" falls {where} ({day}, a {_WEEKDAY_NAMES[wd]})'


def infer_year(text: str, month: int, day: int, written: str, week_from: int | None = None) -> Reference:
    """The reference date of a dateline without a year, inferred from the text.

    Args:
        text: the document text.
        month: the dateline's month.
        day: the dateline's day.
        written: the dateline as written, for the explanation.
        week_from: for a heading that names a week ("Week of June 2-8"), the day of the month
            it starts on: a week starts on a Monday or a Sunday.

    Returns:
        The inferred reference, or one without a date when the text gives no year to start from.
    """
    from ..temporal.engine import extract
    from ..temporal.rules.named import movable_holiday_key  # (with the engine's rules: not at start-up)
    from ..temporal.tense import awaited_before, direction, planned_in_past_perfect, planned_then, starts_on

    explicit: list[date] = []
    dated: list[date] = []  # months and days written with their year, told as past
    ahead: list[int] = []  # years told in the future: the story was written before their end
    near_ahead: set[int] = set()  # ... of them, those of a season, month or quarter told
    days_ahead: list[date] = []  # ... and the days of them told in full: the story is before each
    weekdays: list[tuple[int, str]] = []  # weekdays reported in the past (or with no tense)
    ahead_weekdays: list[int] = []  # ... and told as to come ("Schools will stay closed on Monday")
    since_weekdays: list[int] = []  # ... and gone on since ("Since Saturday, thousands had camped")
    pinned: list[tuple[int, int, int, str]] = []  # days written with their weekday: month, day, weekday
    counted: list[date] = []  # dates with no year written, counted from the text's other dates
    records: list[date] = []  # years a record is counted from: a bound only (see ``RECORD_SINCE``)
    origins: list[date] = []  # years something began ("born in 1984"): a bound only, near no story
    record_years: list[int] = []  # ... of them, years written alone: the story is after them
    compared: set[int] = set()  # years a figure is compared with ("down from 303 in 2019"): gone by
    # years written alone and read as gone by: with no tense ("the cut from 2036"), or with one
    tenseless: set[int] = set()
    tensed: set[int] = set()
    yearless_months: set[int] = set()  # months told with no year ("in August")
    # ... months and days written with their year, but for the ends of a span across two years
    once_dated: list[date] = []
    fiscal_quarters: list[tuple[int, int]] = []  # a fiscal year's quarters reported: (its name, 1-4)
    # movable holidays told with their day ("Passover, which starts on April 12"): key, month, day
    holiday_days: list[_HolidayTold] = []
    holiday_told: tuple[str, int, str] | None = None  # the last such holiday: key, where it ends, words
    weekday_told: Mention | None = None  # the last weekday told
    written_days: list[date] = []  # ... of them, the days
    items: list[tuple[date, str]] = []  # the days and months that open an item of a chronology
    # where the last day with no year told some days before the dateline's ends: a look back
    look_back_day: int | None = None
    for mention in extract(text):
        s0, s1 = mention.sentence
        if (
            (day_of := _YEARLESS_DAY.fullmatch(mention.value)) is not None
            and mention.type == "DATE"
            and _LOOK_BACK_DAYS[0] <= _days_before(month, day, int(day_of["month"]), int(day_of["day"])) <= _LOOK_BACK_DAYS[1]
        ):
            look_back_day = mention.end
        if mention.rule == "holiday" and (key := movable_holiday_key(mention.text)) is not None:
            holiday_told = (key, mention.end, mention.text)
            if (
                mention.start < _LEAD
                and _ON_HOLIDAY.search(text, max(0, mention.start - 12), mention.start)
                and direction(text[s0:s1], mention.start - s0, mention.end - s0) == "past"
            ):
                # "Bomb blasts ripped through churches on Easter Sunday": the news's day
                holiday_days.append(_HolidayTold(key, " ".join(mention.text.split()), news=True))
            elif (
                weekday_told is not None
                and (apart := _DAYS_FROM_HOLIDAY.fullmatch(text, weekday_told.end, mention.start)) is not None
            ):
                # "on Tuesday, a day after Diwali": the holiday the day before that Tuesday
                n = 1 if apart["eve"] else {"two": 2, "three": 3}.get((apart["n"] or "").lower(), 1)
                holiday_days.append(
                    _HolidayTold(
                        key,
                        " ".join(text[weekday_told.start : mention.end].split()),
                        weekday=int(weekday_told.value[9]) - 1,
                        after=n if apart["dir"] == "after" else -n,
                    )
                )
        elif (
            holiday_told is not None
            and (day_of := _YEARLESS_DAY.match(mention.value)) is not None
            and _HOLIDAY_ON.fullmatch(text, holiday_told[1], mention.start) is not None
        ):
            # "the Passover holiday, which starts on April 12": the years it starts then
            holiday_days.append(
                _HolidayTold(
                    holiday_told[0],
                    f"{holiday_told[2]} … {mention.text}",
                    month=int(day_of["month"]),
                    day=int(day_of["day"]),
                )
            )
            holiday_told = None
        if mention.rule == "weekday" and mention.value.startswith("XXXX-WXX-"):
            weekday_told = mention
        if (
            mention.granularity in ("day", "month")
            and mention.interval
            and isinstance(mention.interval[0], date)
            and _ITEM_AFTER.match(text, mention.end)
            and LIST_ITEM_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        ):
            items.append((mention.interval[0], mention.text))
        tense = direction(text[s0:s1], mention.start - s0, mention.end - s0)
        if (
            mention.value.startswith("XXXX-")
            and mention.value[5:7].isdigit()
            and mention.type == "DATE"
            and mention.value != f"XXXX-{month:02d}-{day:02d}"  # (the dateline's own day)
        ):
            yearless_months.add(int(mention.value[5:7]))
        if (
            mention.rule in ("weekday", "part-of-day-of")  # "Friday", "the early hours of Saturday"
            and mention.type in ("DATE", "TIME")
            and mention.value.startswith("XXXX-WXX-")
        ):
            # ("last Tuesday", "this past Friday" lie a week or so back, and "Tuesday week" a
            # week or so on, wherever the dateline's own weekday falls: no evidence of it)
            if not _WEEKDAY_OF_ANOTHER_WEEK.match(mention.text) and not _A_WEEK_ON.search(mention.text):
                weekday = int(mention.value[9]) - 1
                # (what starts on the day is still to come: "with pre-orders starting on Friday";
                # and what is awaited: "With three days to go before Tuesday's election")
                if planned_then(text, mention.start):
                    pass  # "was due to visit the camp on Saturday": a plan's day, come or not
                elif (
                    tense == "future"
                    or starts_on(text, mention.start)
                    or (text.startswith(("'s", "’s"), mention.end) and awaited_before(text, mention.start))
                ):
                    ahead_weekdays.append(weekday)
                elif _SINCE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
                    since_weekdays.append(weekday)
                elif look_back_day is None or "\n" in text[look_back_day : mention.start]:
                    # (a weekday gone by after a day some days back told in its paragraph is of
                    # that day's week: "On June 18, lawmakers removed some taxes ... and on
                    # Thursday, tens of thousands marched", under "June 26": no evidence)
                    weekdays.append((weekday, mention.text))
        elif (pin := _pinned_weekday(mention)) is not None:
            # "Monday (June 9)", "Thursday, Jan. 6": the day falls on that weekday in its year
            pinned.append((*pin, mention.text))
        elif mention.interval and (
            mention.type == "DATE"
            # a time of a day written with its year ("10 a.m., March 3, 2024")
            or (mention.type == "TIME" and str(getattr(mention.interval[0], "year", "")) in mention.text)
        ):
            first = mention.interval[0]
            if not isinstance(first, date) or not 1 < first.year < 9970:
                continue  # no real calendar day (44 BC)
            year_alone = mention.granularity == "year"
            if year_alone and _LEVELS_AFTER.match(text, mention.end):
                continue  # "a 90% cut from 1990 levels": a baseline, no time of the story
            if year_alone and tense != "future" and _EVENT_AFTER.match(text, mention.end):
                continue  # "the 2030 Winter Games were awarded": the event's year, not the story's
            if year_alone and _in_plan_of_years(text, mention.start):
                continue  # "a deal on the 2028-2034 budget": planned years ahead, or running since
            if year_alone and _LAW_NAMED_BEFORE.search(text, max(0, mention.start - 40), mention.start):
                origins.append(first)  # "under the Companies Act, 2013": a bound only
                continue
            fiscal = _FISCAL.search(mention.text) is not None
            # a year an outlook or a plan is for ("the outlook for 2025"); a fiscal year, which may
            # have begun the calendar year before, is read as below, but for an outlook for one
            # ("raised its guidance for FY25", "FY25 revenue guidance"): not over, whenever it began
            planned = (
                _PLANNED_FOR.search(text, max(0, mention.start - 40), mention.start) is not None
                or _SOONER_THAN_PLANNED.match(text, mention.end) is not None
                or _EXPECTED_TO_THEN.search(text, max(0, mention.start - _EXPECTED_REACH), mention.start)
                is not None
            ) or (
                _OUTLOOK_AFTER.match(text, mention.end) is not None
                if fiscal
                else year_alone
                and (
                    _PLAN_AFTER.match(text, mention.end) is not None  # "its 2040 target"
                    # "cut its 2025 growth forecast"
                    or (
                        _FORECAST_AFTER.match(text, mention.end) is not None
                        and _FORECAST_REVISED_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                        is not None
                    )
                    # "to triple funding by 2035", not "By 2019, it had doubled sales"
                    or (
                        _BY_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
                        and _HAD.search(text, s0, s1) is None
                        and _DONE_BY_BEFORE.search(text, max(0, mention.start - 50), mention.start) is None
                    )
                    # "The bank now sees inflation averaging 2.3% this year, 1.9% in 2026"
                    or (
                        _IN_YEAR_BEFORE.search(text, max(0, mention.start - 5), mention.start) is not None
                        and _FORECAST_VERB.search(text, s0, mention.start) is not None
                    )
                )
            )
            if _TARGET_GIVEN_UP.search(text, max(0, mention.start - 40), mention.start):
                continue
            if _TERM_ENDS.search(text, max(0, mention.start - 64), mention.start):
                continue  # the end of a term still running: to come, but how far says nothing
            if planned_in_past_perfect(text, mention.start):
                continue  # "which had been due to start in 2027": a plan's year, gone by or not
            # a date a plan was moved from ("is scheduled for next April, after being delayed from
            # late 2024") has come, or nearly: no year to come, whatever the tense
            moved_from = _MOVED_FROM.search(text, max(0, mention.start - 40), mention.start) is not None
            if mention.granularity in ("decade", "century"):
                continue  # "a drama set in 1960s Liverpool", "by the 2030s": no year of the story's
            if year_alone and _PAST_EVENT_OF_YEAR_BEFORE.search(text, max(0, mention.start - 40), mention.start):
                # "comes into force on Wednesday, the anniversary of the 1997 handover": an event
                # gone by, whatever the tense; "surpassed the 1923 Great Kanto quake": a record's
                records.append(first)
                record_years.append(first.year)
                continue
            if (tense == "future" or planned) and not moved_from:
                # the year written out: "by June 2026", "in FY26"
                if str(first.year) in mention.text or (fiscal and str(first.year)[2:] in mention.text):
                    ahead.append(first.year)
                    if (
                        mention.granularity != "year"
                        and not fiscal
                        and not _NOT_UNTIL.search(text, max(0, mention.start - 60), mention.start)
                    ):
                        near_ahead.add(first.year)
                    if mention.granularity == "day" and tense == "future":
                        days_ahead.append(first)
            elif (
                LAST_DATE in mention.explanation
                or UNDATED_NARRATIVE_NOTE in mention.explanation  # the year of another date
                or not any(c.isdigit() for c in mention.text)
            ):
                # a year not written in figures is counted from another date ("in the fourth
                # quarter" after "in 2023", "the quarter" last mentioned) or spoken ("nineteen
                # ninety-four", in a transcript, where it placed stories worse than none)
                counted.append(first)
            elif _RECORDS_BEGAN.search(text, max(0, mention.start - 30), mention.start):
                # "the strongest since records began in 1885": a series' start, which may lie any
                # time before the story, as a founding does
                origins.append(first)
            elif RECORD_SINCE.search(text, max(0, (at := _span_start(text, mention.start)) - 100), at) or (
                year_alone
                and (
                    _SINCE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                    or _SINCE_A_CLAUSE.search(text, max(0, mention.start - 60), mention.start)
                    or _LAST_AS_GREAT_IN.search(text, max(0, mention.start - 100), mention.start)
                )
            ):
                # a record counted from a year, or what has gone on since one ("has ruled since
                # 2003"): in the TempEval-3 news, "since" and a year stand 5 to 97 years before
                # the story (8 of 8), never in the few years a story's latest year is
                records.append(first)
                if year_alone:
                    record_years.append(first.year)
            elif (
                mention.granularity in ("year", "month")
                and _ORIGIN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            ) or (year_alone and _LAST_DONE_IN.search(text, max(0, mention.start - 110), mention.start)):
                # "was first identified in 1967", "Apple last redesigned the iPhone in 2020": a
                # bound only
                origins.append(first)
            else:
                if year_alone and _compared_year(text, mention.start, mention.end):
                    compared.add(first.year)
                (tenseless if year_alone and tense is None else tensed).add(first.year)
                if mention.granularity == "quarter" and fiscal and mention.value[-2:-1] == "Q":
                    fiscal_quarters.append((first.year, int(mention.value[-1])))
                # a fiscal year ("FY25", "fiscal 2025") may have begun the calendar year before,
                # and a span of two years ("the 2024-25 budget", "the 2019/20 season") in its first
                explicit.append(
                    date(first.year - 1, 1, 1)
                    if _FISCAL.search(mention.text)
                    or _BUDGET_AFTER.match(text, mention.end)
                    or _second_of_accounts_years(text, mention.start, first.year, (s0, s1))
                    else first
                )
                if (
                    len(mention.value) >= 7
                    and mention.value[5:7].isdigit()
                    and str(first.year) in mention.text
                ):
                    # a month or day written with its year is no year still to come
                    dated.append(first)
                    if mention.granularity == "day":
                        written_days.append(first)
                    if not _joined_to_another_year(text, mention.start, mention.end, first.year):
                        once_dated.append(first)
    if ahead and tenseless:
        # years written alone with no tense, all later than a year told as to come, are to come
        # too: "allows credits for 5% of the cut from 2036", in a story of targets for 2030
        first_ahead = min(ahead)
        later = [day for day in explicit if day.year > first_ahead]
        if later and all(day.year in tenseless and day.year not in tensed for day in later):
            explicit = [day for day in explicit if day.year <= first_ahead]
            ahead += [day.year for day in later]
    # A counted date tells how far into its year the story has come ("in 2023 ... in December"),
    # but not a later year than any written out as past: it may count from a year to come ("the
    # outlook for 2025 ... in the fourth quarter").
    if explicit:
        written_last = max(day.year for day in explicit)
        explicit += [day for day in counted if day.year <= written_last]
    if origins and explicit and max(origins) > max(explicit):
        explicit.append(max(origins))  # the story comes after a birth or a founding told
    # (a count from the last time that would reach past a year told as to come is of another thing)
    firsts = [
        first
        for first in _first_in_years(text, month) + _age_then_and_now(text)
        if not ahead or first[0] <= min(ahead)
    ]
    # counts of years from a year written: how long ago, an age, a reign or a term (read once)
    counts = _counted_years(text, month, day) + _age_years(text, month, day) + _thing_age_years(text)
    tenures, several_tenures = _tenure_years(text)
    if origins and not explicit and (counts or firsts or tenures):
        # a birth's year, and the age at death counted from it; a year last done, and how long
        # ago ("The city last hosted the Games in 1924, a century ago")
        explicit = origins
    # the story comes after a record's first year, but need not be near it: where it is the only
    # year the text tells, only a count from it places the story ("a 16-year high ... the highest
    # since 2007", "ending three decades of rule ... had ruled since 1981"); put some years after
    # it by the weekdays, such stories were placed right 3 times in 10 (Kobe's earthquake after
    # "the deadliest since the 1923 Great Kanto earthquake" in 1928, Biden's withdrawal after "the
    # first ... since Lyndon Johnson in 1968" in 1974)
    history = sorted({d.year for d in explicit})
    if records and history and history[-1] < _DATELINES_BEGIN <= max(records).year:
        # what a record is counted from is the only year after the text's history ("a treaty
        # signed in 1840 ... the largest protests since a 1975 land march"): as if it were alone
        explicit = []
    else:
        history = []
    counted_from_records = bool(records and not explicit and not ahead and (counts or firsts or tenures))
    if counted_from_records:
        explicit = list(records)
    # (the latest year other than a record's: a story is near it, but may be far after a record's)
    plain_latest = max(explicit) if explicit else None
    if not counted_from_records and records and explicit and max(records) > max(explicit):
        explicit.append(max(records))
    if not explicit:
        if (
            ahead
            and weekdays
            and (found := _before_a_year_to_come(text, month, day, min(ahead), weekdays, written, records))
        ):
            return found
        if holiday_days and (found := _holiday_year(holiday_days, month, day, weekdays, written, records)):
            return found
        if (
            not ahead
            and (found := _copyright_year(text, month, day, weekdays, written))
            and found.day is not None
            and found.day.year > max((d.year for d in records), default=0)
        ):
            return found
        if ahead:
            why = (
                f"the text writes no year gone by{_but_records(records)}, and its weekdays settle no year"
                f" just before {min(ahead)}, which it tells as still to come"
            )
        elif origins:
            years = sorted({str(d.year) for d in origins})
            told = (
                f"year the text writes, {years[0]}, is"
                if len(years) == 1
                else f"years the text writes, {' and '.join(years)}, are"
            )
            why = (
                f"the {'' if records else 'only '}{told} when something began or was last done (a birth,"
                " a founding, a law's enactment, a building, the start of records, a record set, a first"
                " finding, a joining, a term or a rule begun, a first, the last time), which places no story"
            )
            if records:
                # "founded in 1983", "the biggest failure since the 2008 financial crisis"
                why += f"; {_record_years_told(records)} is one a record is counted from, which places it after that only"
        elif records:
            return _no_year_but_records(written, records, history)
        else:
            why = "the text gives no year to infer it from"
        return Reference(None, "dateline", f'from the dateline "{written}", but {why}')
    latest = max(explicit)
    # a year told as running ("in 2024 so far", "the first 10 months of 2025") is the story's;
    # a count may be a year off (an age, told before or after the birthday)
    running = (
        _running_years(text)
        + _months_so_far(text, month)
        + _headline_month(text, month)
        + _closing_year_line(text)
    )
    counted_years = counts + running
    # a reign or a term counted from its first year reaches the story's, if no year written is later
    reaching = sorted(count for count in tenures if count[1] >= latest.year)
    if several_tenures:
        reaching = reaching[:1]
    counted_years += [(fewest, words) for fewest, most, words in reaching if fewest == most]
    # ... within the years its hedge leaves ("more than five decades of his family's rule")
    firsts += [count for count in reaching if count[0] != count[1]]
    # a count of years from one written ("Born on March 2, 1933 ... She was 91", "the 50th
    # anniversary of the 1974 revolution") reaches past every year written: the story is near it
    counted_to = max(counted_years, default=None)
    if counted_to is not None and counted_to[0] > latest.year:
        latest = date(counted_to[0], 1, 1)
    else:
        counted_to = None
    # ... as does a first in so many years, within the years its hedge leaves ("in nearly 40 years")
    first_to = max(firsts, default=None)
    if first_to is not None and first_to[0] > latest.year:
        latest = date(first_to[0], 1, 1)
        counted_to = None
    else:
        first_to = None
    if counted_from_records and counted_to is None and first_to is None:
        return _no_year_but_records(written, records, history)
    if latest.year < _DATELINES_BEGIN and not ahead:
        # "Work on the cathedral began in 1163 and was completed in 1345", "the first breach since
        # British troops set it on fire in 1814": history, which places no story told under a
        # dateline near it
        return Reference(None, "dateline", f'from the dateline "{written}", but {_history(latest.year)}')
    # a future year before the latest past one was told as future in the past ("plans to shed
    # 18,000 jobs by 2022", in a story that also tells 2023 as past): no bound
    ahead = [year for year in ahead if year >= latest.year]
    low = _first_year_after(latest, month, day)
    # a chronology whose last item is the latest date the text tells is filed soon after it
    last_item = max(items, default=None)
    chronology = last_item is not None and len(items) >= CHRONOLOGY_ITEMS and last_item[0] >= latest
    # A year written alone may be one to come read as past ("could struggle to pass the 2025
    # budget"): a year before it may still win.  Not before a month or day written with its year
    # ("The court had declined to stay the scheme in April 2019").
    floor = max(low - _BEFORE_REACH, _first_year_after(max(dated), month, day) if dated else 0)
    if records:
        # "its biggest drop since the pandemic began in March 2020" is not told before 2020 ...
        floor = max(floor, max(records).year)
    if record_years:
        # ... and "the worst blaze since 2003" is not told in 2003 ("the highest since January
        # 2003" may be)
        floor = max(floor, max(record_years) + 1)
    if compared:
        floor = max(floor, max(compared) + 1)  # ... nor "down from 303 in 2019" in 2019
    # the dateline's own day written with its year, in one year only: the story's, unless a count
    # of years from it ("35 years since ... Nov. 9, 1989") tells otherwise
    own_day_years = {d.year for d in written_days if (d.month, d.day) == (month, day)}
    if len(own_day_years) != 1:
        own_day_years = set()
    distinct = sorted({wd for wd, _ in weekdays})  # a weekday named twice is one piece of evidence
    distinct_ahead = sorted(set(ahead_weekdays))
    distinct_since = sorted(set(since_weekdays))
    days_to_go = _days_to_go(text)
    games = _games_told(text, month)
    games_named = {int(g[1]) for g in _GAMES_NAMED.finditer(text)} if games else set()
    days_back_cost = _days_back_costs(text)
    # where the latest year is a record's, the latest year of the story's own news (see below)
    news_year = plain_latest.year if plain_latest is not None and records and latest == max(records) else None
    scored: list[tuple[float, int, date]] = []
    # the calendar repeats itself every 28 years; a year told as to come may lie further on
    this_year = date.today().year  # (no story is dated after the day it is read)
    for year in range(floor, max(low + 28, min(ahead, default=0) + 1)):
        if year > this_year:
            break
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February
        # a year before ``low`` is before the latest date (the same year, if the dateline's day
        # comes before that date in it: "in April 2019", datelined "Feb 12")
        if (first_to is not None or counted_to is not None) and year >= low:
            # (the span the count leaves, or the year it counts to, weighs its years, below: the
            # latest year a count reaches is the story's, not one news tells the year after)
            cost = 0.0
        elif chronology and year >= low:
            cost = _odds_cost(_YEARS_AFTER_CHRONOLOGY, year - latest.year, 0.5)
        elif year >= low and news_year is not None:
            # the latest year is a record's ("the most since 2020"): the story is near the latest
            # year of its own news, and seldom within a year of the record's
            cost = _years_after_cost(year - news_year) + _RECORD_GAP_COST[min(year - latest.year, 2)]
        else:
            cost = _years_after_cost(year - latest.year if year >= low else year - low)
        if ahead:
            cost += _years_before_ahead_cost(min(ahead) - year, min(ahead) in near_ahead)
        for told, words in counted_years:
            near = abs(year - told) == 1 and (told, words) not in running
            cost += 0.0 if year == told else _OFF_COUNT_BY_ONE if near else _OFF_COUNT
        for fewest, most, _ in firsts:
            cost += (
                0.0
                if fewest <= year <= most
                else _OFF_COUNT_BY_ONE
                if fewest - 1 <= year <= most + 1
                else _OFF_COUNT
            )
        cost += sum(_WRONG_WEEKDAY for told in holiday_days if not told.fits(candidate))
        if own_day_years and year not in own_day_years and counted_to is None:
            cost += _OFF_COUNT  # "on Saturday, Nov. 9, 2024", under "BERLIN, Nov 9": that year
        cost += sum(
            _OFF_COUNT
            for named, quarter in fiscal_quarters
            if not _reports_quarter(candidate, named, quarter)
        )
        cost += sum(days_back_cost[(candidate.weekday() - wd) % 7] for wd in distinct)
        if _weekday_written_out(candidate, distinct, written_days) is not None:
            cost -= _WEEKDAY_WRITTEN_OUT
        cost += sum(_DAYS_AHEAD_COST[(wd - candidate.weekday()) % 7] for wd in distinct_ahead)
        cost += sum(_DAYS_SINCE_COST[(candidate.weekday() - wd) % 7] for wd in distinct_since)
        cost += sum(_WRONG_WEEKDAY for m, d, wd, _ in pinned if not _falls_on(year, m, d, wd, month))
        # "listed the matter for hearing on January 12, 2026": a story told before that day
        cost += sum(_WRONG_WEEKDAY for day in days_ahead if candidate >= day)
        if games is not None and (not _games_year(year, games) or year in games_named):
            # "won his first Olympic gold medal on Sunday": a year of the Games, other than those
            # the text names by their year ("His previous best was bronze at the 2008 Beijing Games")
            cost += _WRONG_WEEKDAY
        cost += sum(_WRONG_WEEKDAY for wd, n, _ in days_to_go if candidate.weekday() != (wd - n) % 7)
        if week_from is not None and date(year, month, week_from).weekday() not in (0, 6):
            cost += _WRONG_WEEKDAY  # a week that starts on no Monday or Sunday
        # "rose to 32.7 percent in August ... was 25.8 percent in August 2023": a month written
        # with its year and again without is of two years, so the story's is not the written one
        # (not the end of a span across two years, which writes its years for that: "the 12
        # months from August 2024 to July 2025 ... Last month was the warmest July")
        cost += sum(
            _SAME_MONTH_TWICE for day in once_dated if day.year == year and day.month in yearless_months
        )
        scored.append((cost, year, candidate))
    if not scored:
        return Reference(None, "dateline", f'from the dateline "{written}", but no year fits it')
    scored.sort()
    cost, year, candidate = scored[0]
    if counted_to is not None and year >= latest.year:
        why = f'year {year} inferred for the dateline "{written}": not before {latest.year}: "{counted_to[1]}" counts to {latest.year}'
    elif first_to is not None and year >= latest.year:
        why = (
            f'year {year} inferred for the dateline "{written}": {first_to[2]} puts it between'
            f" {first_to[0]} and {first_to[1]}"
        )
    elif year > latest.year and latest.year in compared:
        why = f'year {year} inferred for the dateline "{written}": after {latest.year}, which a figure is compared with'
    elif year > latest.year and latest.year in record_years:
        why = f'year {year} inferred for the dateline "{written}": after {latest.year}, which a record is counted from'
    elif year >= latest.year:
        why = f'year {year} inferred for the dateline "{written}": not before {latest.year}, the latest year the text mentions'
    else:  # the weekdays outweigh a year that may be one still to come, read as past
        why = (
            f'year {year} inferred for the dateline "{written}": before {latest.year}, the latest year'
            " the text mentions, which may be one still to come"
        )
    if ahead and year <= min(ahead):
        why += f", and not after {min(ahead)}, which it tells as still to come"
    if chronology and last_item is not None:
        why += f'; a chronology, filed soon after its last item, "{last_item[1]}"'
    # (a count that sets the bound is told there already)
    told_here = [] if counted_to else [words for told, words in counted_years if told == year]
    if told_here:
        why += f'; "{told_here[0]}" counts to {year}'
    if year in own_day_years and counted_to is None:
        why += f"; the text writes the dateline's day with {year}"
    if holiday_days and all(told.fits(candidate) for told in holiday_days):
        why += f'; "{holiday_days[0].words}" falls so in {year}'
    if fiscal_quarters:
        named, quarter = fiscal_quarters[0]
        fits = [
            str(y) for y in range(named - 2, named + 3) if _reports_quarter(date(y, month, 1), named, quarter)
        ]
        if str(year) in fits:
            why += f"; a report of quarter {quarter} of fiscal {named} is news on that day only in {' or '.join(fits)}"
    if games is not None and _games_year(year, games) and year not in games_named:
        why += f"; the {games.capitalize()} Games, which the lead tells of, were held in {year}"
    if days_to_go and all(candidate.weekday() == (wd - n) % 7 for wd, n, _ in days_to_go):
        why += f'; "{days_to_go[0][2]}" makes it a {_WEEKDAY_NAMES[candidate.weekday()]}'
    if pinned and _falls_on(year, pinned[0][0], pinned[0][1], pinned[0][2], month):
        why += f'; "{pinned[0][3]}" is a {_WEEKDAY_NAMES[pinned[0][2]]} then'
    if weekdays:
        why += f"; {_weekday_falls(candidate, weekdays[0])}"
        if (written_out := _weekday_written_out(candidate, [weekdays[0][0]], written_days)) is not None:
            why += f", a day the text writes out in full ({written_out.isoformat()})"
    close = sorted(y for c, y, _ in scored[1:] if c - cost < _CLOSE)
    if close:
        why += f"; {' or '.join(map(str, close[:2]))} would fit almost as well"
    return Reference(candidate, "dateline", why)
