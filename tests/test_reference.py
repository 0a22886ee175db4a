"""Finding a document's reference date: datelines, Published: lines, metadata, year inference."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.documents import find_reference, parse_date_string
from timeline.documents.reference import (
    _age_then_and_now,
    _age_years,
    _counted_years,
    _first_in_years,
    _headline_month,
    _reports_quarter,
)
from timeline.temporal import extract


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("ROTTERDAM, March 5, 2024 (Reuters) - Crews walked out.", date(2024, 3, 5)),
        ("WASHINGTON, Oct. 7, 2023 -- The Senate voted.", date(2023, 10, 7)),
        ("NEW YORK, Jan 3, 2022 /PRNewswire/ - A company said.", date(2022, 1, 3)),
        # day first, as British, French and Indian copy writes it
        ("PARIS, 14 July 2025 (AFP) - France marked Bastille Day.", date(2025, 7, 14)),
        ("NEW DELHI, 5th June 2024: The ministry said.", date(2024, 6, 5)),
        # a place in capitals and a dash, a text opening with its date, a by-line's parts
        ("WASHINGTON — Feb. 13, 2024 — A storm hit.", date(2024, 2, 13)),
        # a press release's place with its state, and a wire's name between double hyphens
        (
            "Record revenue\n\nCUPERTINO, California — Jan. 30, 2025 — Apple today announced.",
            date(2025, 1, 30),
        ),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--Jan. 30, 2025--Acme today announced.", date(2025, 1, 30)),
        # a ruling dated as deeds are
        (
            "IN THE HIGH COURT OF JUSTICE\n\nJudgment dated this 14th day of June, 2024\n\n"
            "1. The claimant issued proceedings on 3rd March 2023.",
            date(2024, 6, 14),
        ),
        # ... or plain double hyphens or a hyphen set off by spaces, as a release typed in ASCII has it
        (
            "FOR IMMEDIATE RELEASE\n\nAcme Reports Results\n\nSAN JOSE, Calif. -- August 21, 2024 --"
            " Acme Corp today reported revenue.",
            date(2024, 8, 21),
        ),
        ("AUSTIN, Texas - Aug. 21, 2024 - Acme today announced results.", date(2024, 8, 21)),
        # two places joined by a slash, as a story filed from both
        ("JERUSALEM/GAZA, Jan 15, 2025 (Reuters) - Israel and Hamas agreed a ceasefire.", date(2025, 1, 15)),
        # TASS's stop and slashes after the day
        (
            "MOSCOW, August 18, 2025. /TASS/. The ministry said on Monday that talks had failed.",
            date(2025, 8, 18),
        ),
        ("Feb 13, 2024 — A storm hit the coast on Tuesday.", date(2024, 2, 13)),
        ("2024-02-13 — A storm hit the coast on Tuesday.", date(2024, 2, 13)),
        ("13.02.2024 - Ein Sturm traf die Küste.", date(2024, 2, 13)),
        ("By Reuters Staff | February 13, 2024 | 3:42 PM\n\nA storm.", date(2024, 2, 13)),
        # ... and a page's first date with its update on the same line: the first
        ("Oct. 15, 2013 Updated: Oct. 16, 2013 11:02 a.m.\n\nA storm.", date(2013, 10, 15)),
        ("Published: 2024-03-05\n\nA story.", date(2024, 3, 5)),
        ("Date: Tue, 05 Mar 2024 10:00:00 GMT\n\nA story.", date(2024, 3, 5)),
        ("Posted on: 5 March 2024\n\nA story.", date(2024, 3, 5)),
        # a numeric date that either order reads, in the order the text writes its dates, as its
        # mentions read it: day first on a page that writes "5 March", month first otherwise
        ("Posted on 04/03/2025 by admin\n\nTickets for 5 March will be refunded.", date(2025, 3, 4)),
        ("Posted on 04/03/2025 by admin\n\nTickets for March 5 will be refunded.", date(2025, 4, 3)),
        ("A story.\n\nPublished: 04/03/2025\n\nTickets for 5 March will be refunded.", date(2025, 3, 4)),
        ("Dateline: Wellington, 2 March 2025\n\nThe bank cut rates on Wednesday.", date(2025, 3, 2)),
        ("Filed: 5 March 2024\n\nA story.", date(2024, 3, 5)),
        # a by-line's date without a colon, and a line with nothing but a date near the top
        ("By Jane Doe | Updated March 14, 2024 10:32 am ET\n\nA story.", date(2024, 3, 14)),
        ("Published 5 March 2024\nA story.", date(2024, 3, 5)),
        # ... in Markdown's emphasis, as a blog or a newsletter writes it
        ("# City win\n\n*Published 20 May 2024*\n\nCity won on Sunday.", date(2024, 5, 20)),
        ("# City win\n\n_Updated 20 May 2024_\n\nCity won on Sunday.", date(2024, 5, 20)),
        ("# City win\n\n**Published:** 20 May 2024\n\nCity won on Sunday.", date(2024, 5, 20)),
        ("# City win\n\n**Date**: 2024-05-20\n\nCity won on Sunday.", date(2024, 5, 20)),
        ("# City win\n\nBy Sam Lee | *Published 20 May 2024*\n\nCity won on Sunday.", date(2024, 5, 20)),
        # ... or after a dateline's dash, with the time first
        (
            "KYIV, Ukraine (AP) — Published 6:14 AM EDT, October 21, 2024\n\nDrones struck overnight.",
            date(2024, 10, 21),
        ),
        ("Rail strike ends\nThu 14 Mar 2024 09.00 GMT\n\nA story.", date(2024, 3, 14)),
        # ... or a forecast's, its time first
        ("Forecast issued 5:40 AM Tuesday, 14 January 2025\n\nToday: Cloudy.", date(2025, 1, 14)),
        # ... or in brackets after the title
        ("Research summary (updated 3 March 2025)\n\nStudies found that sleep fell.", date(2025, 3, 3)),
        ("March 14, 2024\n\nA story.", date(2024, 3, 14)),
        ("Last updated: 5 March 2024\n\nA story.", date(2024, 3, 5)),
        ("Last Modified: October 14, 2024\n\nA story.", date(2024, 10, 14)),
        ("March 5, 2024 at 10:15 a.m. EST\n\nA story.", date(2024, 3, 5)),
        # a page's headline, by-line and reading time before the date line
        (
            "Markets tumble\n\nBy Sarah Klein, Business reporter\nUpdated 2 hours ago\n5 min read\n"
            "Jan. 5, 2024 at 3:45 p.m. ET\n\nStocks fell on Friday.",
            date(2024, 1, 5),
        ),
        # ... as Reuters' pages copy it, the time and the update glued on
        (
            "Fed holds rates\n\nBy Reuters\n\nMarch 5, 20255:06 AM GMTUpdated 2 hours ago\n\nThe Fed said on Tuesday.",
            date(2025, 3, 5),
        ),
        (
            "Fed holds rates\n\nMarch 5, 2025Updated 5:06 p.m. ET\n\nThe Fed said on Tuesday.",
            date(2025, 3, 5),
        ),
        (
            "Fed holds rates\n\nPublished On 5 Mar 20255 Mar 2025\n\nThe Fed said on Tuesday.",
            date(2025, 3, 5),
        ),
        (
            "Fed holds rates\n\nSource: Xinhua| 2025-03-05 17:06:00|Editor: huaxia\n\nIt said on Tuesday.",
            date(2025, 3, 5),
        ),
        (
            "Fed holds rates\n\nWed 5 Mar 2025 09.00 GMTLast modified on Thu 6 Mar 2025 11.30 GMT\n\nIt said on Tuesday.",
            date(2025, 3, 5),
        ),
        # a Published or Updated line closing the story
        ("WASHINGTON (AP) — The Senate voted on Tuesday.\n\nPublished May 8, 2024.", date(2024, 5, 8)),
        (
            "The Senate voted on Tuesday. AP writer Tom Reyes contributed. Updated: 8 May 2024",
            date(2024, 5, 8),
        ),
        (
            "The Senate voted on Tuesday.\n\nThis article was first published on Aug. 18, 2025.",
            date(2025, 8, 18),
        ),
        (
            "A storm hit on Sunday.\n\nThis story originally appeared in The Herald on 18 August 2025.",
            date(2025, 8, 18),
        ),
        (
            "The post misstates the law. We contacted its author on Monday.\n\nThis fact check was"
            " published on March 12, 2025.",
            date(2025, 3, 12),
        ),
        # a "Today in History" column names its own day, with the year it is counted in
        (
            "Today in History\n\nToday is Friday, Dec. 5, the 339th day of 2025. There are 26 days left.",
            date(2025, 12, 5),
        ),
        (
            "Today is Tuesday, March 4, 2025.\n\nOn this date in 1933, Roosevelt was sworn in.",
            date(2025, 3, 4),
        ),
        # ... as a briefing does
        (
            "Morning Briefing\n\nGood morning. It's Tuesday, Dec. 2. Holiday sales so far in 2025 are up 4%.",
            date(2025, 12, 2),
        ),
    ],
)
def test_written_reference(head: str, expected: date):
    assert find_reference(head).day == expected


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Judgment handed down: 22 July 2025", date(2025, 7, 22)),
        ("Issued: 3 March 2025", date(2025, 3, 3)),
        ("Date of Report (Date of earliest event reported): March 14, 2024", date(2024, 3, 14)),
        ("Date of decision: 4 April 2024", date(2024, 4, 4)),
        ("Released: Monday 6 January 2025", date(2025, 1, 6)),
        ("For immediate release: 2 June 2025", date(2025, 6, 2)),
    ],
)
def test_a_ruling_s_or_a_release_s_date_line_is_its_date(line: str, day: date):
    found = find_reference(
        f"Court of Appeal dismisses challenge\n\n{line}\n\n1. The claimants challenge a decision."
    )
    assert found.day == day
    assert found.explanation == f'from the line "{line}"'


def test_a_press_release_s_release_line_outweighs_a_later_day_in_its_first_lines():
    text = (
        "PRESS RELEASE\nFor immediate release: 2 June 2025\n\nNorthern Rail announces timetable"
        " changes\n\nNorthern Rail will introduce a new timetable with effect from Sunday 15 June"
        " 2025, adding 120 weekday services.\n"
    )
    assert find_reference(text).day == date(2025, 6, 2)


def test_a_paper_s_published_online_line_is_its_date():
    found = find_reference(
        "Study links night shifts to heart risk\n\nNature Medicine, published online 7 May 2025\n"
    )
    assert found.day == date(2025, 5, 7)
    assert found.explanation == 'from the line "published online 7 May 2025"'
    found = find_reference("The study, published online May 7, 2025, in Nature Medicine, found a link.")
    assert found.day == date(2025, 5, 7)


def test_a_transcript_s_recorded_line_is_its_date():
    found = find_reference("INTERVIEW TRANSCRIPT — recorded 12 June 2025\n\nQ: When did it start?")
    assert found.day == date(2025, 6, 12)
    assert found.explanation == 'from the line "recorded 12 June 2025"'
    assert find_reference("Podcast notes\nAired: March 3, 2024\n\nWe talk to ...").day == date(2024, 3, 3)


def test_a_press_release_s_date_line_is_read_past_a_range_after_a_name():
    text = (
        "FOR IMMEDIATE RELEASE\n2025-09-15\n\nNorthwind Labs Announces Series B Funding\n\n"
        "SEATTLE — Northwind Labs today announced it has closed a $60 million round.\n\n"
        "Northwind will present at the Battery Show Europe, June 3-5, 2026, in Stuttgart.\n"
    )
    found = find_reference(text)
    assert found.day == date(2025, 9, 15)
    assert '"2025-09-15"' in found.explanation


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) -- Nothing dated here.",
        # a date in the story's first sentence is an event, not the day it was written
        "The strike began on March 14, 2024.\nIt ended a week later.",
        "The report was published on March 3, 2024 by the ministry.",
        "The story was first published on March 3, 2024 by a local paper, and spread fast.",
        "Updated figures released on March 3, 2024 showed a rise.",
        "Talks resumed in Geneva, where a deal signed on March 3, 2024 had collapsed weeks before",
        # a dash around a date inside prose is no dateline
        "The vote in Congress — March 5, 2024 — was close.",
        # ... nor is a range's dash after a name and a comma
        "SEATTLE — Northwind will present at the Battery Show Europe, June 3-5, 2026, in Stuttgart.",
    ],
)
def test_no_reference(text: str):
    ref = find_reference(text)
    assert ref.day is None and ref.source == "none"


def _story(dateline: str, weekday: str, year_mentioned: int) -> str:
    return f"Cairo, {dateline} (IANS) Ministers met on {weekday} to discuss the plan, first proposed in {year_mentioned}."


@pytest.mark.parametrize(
    ("dateline", "weekday", "mentioned", "expected"),
    [
        ("Aug 18", "Sunday", 2023, date(2025, 8, 18)),  # Aug 17 2025 is a Sunday
        ("Aug 18", "Saturday", 2023, date(2024, 8, 18)),  # Aug 17 2024 is a Saturday
        ("Aug 18", "Thursday", 2023, date(2023, 8, 18)),  # Aug 17 2023 is a Thursday
        ("Mar 5", "Monday", 2019, date(2019, 3, 5)),  # Mar 4 2019 is a Monday
        ("Mar 5", "Monday", 2020, date(2024, 3, 5)),  # Mar 4 2024 is the next Monday
    ],
)
def test_year_inferred_from_weekday(dateline: str, weekday: str, mentioned: int, expected: date):
    ref = find_reference(_story(dateline, weekday, mentioned))
    assert ref.day == expected
    assert ref.source == "dateline"
    assert str(expected.year) in ref.explanation and weekday in ref.explanation


def test_several_weekdays_settle_the_year_of_a_same_day_story():
    # An agency story of Monday 9 October 2023: Saturday's quake, Sunday's tremor, Monday's toll.
    # In 2022 (9 October a Sunday) Monday and Tuesday would lie most of a week back; the old
    # reading, the day before or else anything, chose 2022.
    text = (
        "Herat, Oct 9 (AFP) -- The death toll from Saturday's earthquakes rose on Monday, officials"
        " said. Another tremor hit late on Sunday. The last comparable disaster, in June 2022, killed"
        " 1,000. Three days of mourning began on Tuesday."
    )
    ref = find_reference(text)
    assert ref.day == date(2023, 10, 9)
    assert '"Saturday" falls 2 days before (2023-10-07, a Saturday)' in ref.explanation


def test_a_meeting_in_the_present_is_no_weekday_gone_by():
    # A Reuters story of Monday 3 November 2025: "meets again on Thursday" is the coming Thursday,
    # which in 2022 (3 November a Thursday) would have been the dateline's own day.
    text = (
        "LONDON, Nov 3 (Reuters) - Britain's finance minister will present her budget on Nov. 26,"
        " the Treasury said on Monday. The Bank of England, which cut rates in August, meets again on"
        " Thursday. In 2022, then-prime minister Liz Truss's mini-budget triggered a bond market rout."
    )
    assert find_reference(text).day == date(2025, 11, 3)


def test_a_weekday_of_another_week_is_no_evidence_of_the_dateline_s_own():
    # Reuters, Monday 24 February 2025: "last Tuesday" lies a week back; read as any Tuesday told
    # as past, it put the story in 2026, when 24 February is a Tuesday.
    text = "\n\n".join(
        [
            (
                "KYIV, Feb 24 (Reuters) - Ukrainians marked three years since Russia's full-scale "
                "invasion on Monday, as European leaders arrived in Kyiv to show support."
            ),
            (
                "Russian troops crossed the border before dawn on Feb. 24, 2022. Within days they had "
                "reached the outskirts of Kyiv, but withdrew from the north at the end of March."
            ),
            (
                "A counter-offensive in the autumn of 2022 recaptured Kharkiv region and Kherson. A "
                "second one, in the summer of 2023, largely failed."
            ),
            (
                "Last August, Ukrainian forces crossed into Russia's Kursk region. Russia has since "
                "retaken most of it."
            ),
            (
                "U.S. and Russian officials met in Riyadh last Tuesday, without Ukraine. Another round is "
                "expected next week."
            ),
        ]
    )
    assert find_reference(text).day == date(2025, 2, 24)


def test_a_year_that_fits_almost_as_well_is_named():
    # one weekday: the day before in 2025, or the same day a year earlier; both are common
    ref = find_reference("Cairo, Aug 18 (IANS) Ministers met on Sunday, as agreed in 2023.")
    assert ref.explanation.endswith("; 2024 would fit almost as well")
    # three weekdays that only one year puts in the days before the dateline leave no doubt
    sure = find_reference(
        "Herat, Oct 9 (AFP) -- Saturday's quake was followed by a tremor on Sunday; the toll rose on"
        " Monday, officials said. In June 2022 a quake killed 1,000."
    )
    assert sure.day == date(2023, 10, 9) and "almost" not in sure.explanation


def test_a_time_of_a_day_written_with_its_year_bounds_the_dateline_s_year():
    ref = find_reference(
        "PARIS, March 4 (Reuters) - The talks began at 10 a.m., March 3, 2021, officials said."
    )
    assert ref.day is not None and ref.day.year >= 2021 and "not before 2021" in ref.explanation


def test_day_first_dateline_without_a_year():
    ref = find_reference(
        "LONDON, 3 March (Reuters) - Shares fell on Monday. The index rose by a fifth in 2024."
    )
    assert ref.day == date(2025, 3, 3)  # 3 March 2025 is a Monday
    assert ref.explanation.startswith('year 2025 inferred for the dateline "LONDON, 3 March"')


def test_a_quarter_of_a_fiscal_year_and_the_quarter_counted_from_it_may_have_begun_the_year_before():
    text = (
        "Mumbai, Oct 17 (PTI) Net profit for Q2FY25 rose 4.7 per cent, Infosys said on Thursday."
        " Revenue for the quarter rose 5.1 per cent."
    )
    assert "not before 2024" in find_reference(text).explanation


def test_a_fiscal_year_may_have_begun_the_year_before():
    # FY25 runs from April 2024 in India: a story of 17 October 2024 (a Thursday) may name it
    ref = find_reference(
        "Mumbai, Oct 17 (PTI) Infosys on Thursday raised its revenue guidance for FY25."
        " Its shares had fallen on Wednesday."
    )
    assert ref.day == date(2024, 10, 17)
    # an outlook for a fiscal year: a year not over, whenever it began
    assert "tells 2025 as still to come" in ref.explanation


def test_a_fiscal_year_an_outlook_is_for_is_not_over():
    # Q3 of FY25 is October-December 2024 in India: told on Thursday 16 January 2025, not on
    # 16 January 2026, the day after a Thursday, when guidance for FY25 would come too late
    text = (
        "Bengaluru, Jan 16 (IANS) Infosys on Thursday reported a net profit of Rs 6,806 crore for the"
        " October-December quarter (Q3 FY25), up 11.4 per cent from the year-ago period. The company"
        " raised its revenue growth guidance for FY25 to 4.5-5 per cent. He expects deal wins to pick"
        " up in the first half of FY26."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 1, 16)
    assert "not after 2025, which it tells as still to come" in ref.explanation


def test_a_fiscal_quarter_reported_is_news_only_within_months_of_its_end():
    # Q1 of FY26 ended between April 2025 (a year from February) and March 2026 (a calendar
    # year): reported on 10 July, a Thursday in 2025, and not in 2026, though PTI files next
    # morning and 9 July 2026 is a Thursday
    text = (
        "Mumbai, July 10 (PTI) Tata Consultancy Services on Thursday reported a 6 per cent rise in"
        " net profit for the April-June quarter. Net profit for the first quarter of FY26 stood at"
        " Rs 12,760 crore, against Rs 12,040 crore in the year-ago period."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 7, 10)
    assert "a report of quarter 1 of fiscal 2026 is news on that day only in 2025" in ref.explanation
    # ... as Q3 of FY25 is in January 2025, not 2026
    assert _reports_quarter(date(2025, 1, 16), 2025, 3) and not _reports_quarter(date(2026, 1, 16), 2025, 3)
    # ... and the fourth quarter of fiscal 2025 from January 2025 (a year from February 2024) to
    # March 2026, three months after a calendar year's
    assert _reports_quarter(date(2025, 2, 26), 2025, 4) and _reports_quarter(date(2026, 3, 1), 2025, 4)
    assert not _reports_quarter(date(2024, 12, 20), 2025, 4)


def test_the_dateline_s_own_day_written_with_its_year_names_the_year():
    # "on Saturday, Nov. 9, 2024" under "BERLIN, Nov 9": 2024, not the year after, as news writes
    # the year of last year's dates; with no count of years from it, as an anniversary has
    text = (
        "BERLIN, Nov 9 (Reuters) - Germans marked 35 years since the fall of the Berlin Wall on"
        " Saturday, Nov. 9, 2024, with a festival along its route."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 11, 9)
    assert "the text writes the dateline's day with 2024" in ref.explanation


@pytest.mark.parametrize(
    ("text", "day", "to_come"),
    [
        pytest.param(
            # "plan to retrieve more melted fuel ... in March 2026": "melted" is no past tense, so
            # March 2026 is still to come, not the latest year gone by (which put the story in 2027)
            "TOKYO, March 11 (Reuters) - Japan marked 14 years on Tuesday since the earthquake and"
            " tsunami. Tokyo Electric began releasing treated water in August 2023. Officials plan to"
            " retrieve more melted fuel from a second reactor before the end of the fiscal year in"
            " March 2026.",
            date(2025, 3, 11),
            2026,
            id="after a word of degree and a participle",
        ),
        pytest.param(
            # "bans imports ... from January 2027, a year earlier than first planned": a plan's date,
            # to come, not the latest year gone by (which put the story in 2030, where 24 October is
            # a Thursday)
            "BRUSSELS, Oct 24 (Reuters) - EU leaders agreed on Thursday to extend sanctions on Russia."
            " Imports of Russian gas fell 30% in 2024. The new package bans imports of Russian liquefied"
            " natural gas from January 2027, a year earlier than first planned.",
            date(2025, 10, 24),
            2027,
            id="a date a plan was moved to",
        ),
    ],
)
def test_a_plan_s_date_is_still_to_come(text: str, day: date, to_come: int):
    ref = find_reference(text)
    assert ref.day == day
    assert f"not after {to_come}, which it tells as still to come" in ref.explanation


def test_movable_holidays_told_with_their_days_name_the_year():
    # Eid al-Fitr around March 30 and Passover from the evening of April 12: 2025 alone (in
    # which 21 March is a Friday), in a story that writes no year
    text = (
        "JERUSALEM, March 21 (AP) - Israeli police said Friday they had arrested three men suspected"
        " of planning an attack during Ramadan, which ends with Eid al-Fitr around March 30. Security"
        " will be stepped up over the Passover holiday, which starts on April 12."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 3, 21)
    assert '"Passover … April 12"' in ref.explanation and "in 2025 alone" in ref.explanation
    # ... as a holiday counted from a weekday the story tells does: Diwali on Monday 20 October
    # 2025, a day before the Tuesday told
    text = (
        "NEW DELHI, Oct 21 (IANS) Air quality in the capital slipped into the 'very poor' category on"
        " Tuesday, a day after Diwali, as residents burst firecrackers late into the night."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 10, 21)
    assert 'tells "Tuesday, a day after Diwali", which falls so in 2025 alone' in ref.explanation
    # ... but Passover alone starts on 12 April every few years: no year
    alone = (
        "JERUSALEM, April 10 (AP) - Police said on Thursday they would step up security over the"
        " Passover holiday, which starts on April 12."
    )
    assert find_reference(alone).day is None
    # ... and with a year written, a holiday of the Gregorian calendar falls on its very day:
    # Thanksgiving on 27 November is 2025's, not 2024's (28 November), where 20 November is the
    # Wednesday told
    text = (
        "WASHINGTON, Nov 20 (Reuters) - Retailers said on Wednesday they expect record sales over"
        " Thanksgiving, which falls on Nov. 27 this year. Sales rose 3% in 2022."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 11, 20)
    assert '"Thanksgiving … Nov. 27 this year" falls so in 2025' in ref.explanation
    assert find_reference(text.replace("Thanksgiving, which falls on Nov. 27 this year", "it")).day == date(
        2024, 11, 20
    )


def test_a_record_counted_from_a_span_of_two_years_is_counted_from_both():
    # "the worst since the Black Summer fires of 2019-20": the story comes after 2020, and 2020
    # is no year it writes as its own
    text = (
        "SYDNEY, Jan 28 AAP - Conditions will be the worst since the Black Summer fires of 2019-20."
        " A fire that started on Sunday was still out of control late on Tuesday."
    )
    ref = find_reference(text)
    assert ref.day is None  # (the only years it writes are a record's, which place no story)
    assert "the only years the text writes, 2019 and 2020, are ones a record" in ref.explanation
    ref = find_reference(f"{text} A fire in the same valley in 2015 burned 20 homes.")
    assert ref.day is not None and ref.day.year > 2020


def test_a_dateline_with_its_wire_but_no_place():
    text = "Nov 5 (Reuters) - Shares rose on Tuesday, after record results in 2024."
    ref = find_reference(text)
    assert ref.day == date(2025, 11, 5)
    assert 'the dateline "Nov 5"' in ref.explanation
    factbox = "TIMELINE-Key events\n\nMarch 10, 2025 (Reuters) - Here are key events since 2018:"
    assert find_reference(factbox).day == date(2025, 3, 10)
    # a date opening an item of a chronology is no dateline
    assert find_reference("Oct. 29, 2018 - Lion Air Flight 610 crashes.").explanation.startswith(
        "from the date that opens the text"
    )


def test_a_chronology_s_entry_headed_by_its_weekday_is_no_dateline():
    # "Sunday, June 18:" reads like "Cairo, Aug 18:" but a weekday is no place: the entries are
    # in the year the lead writes in full, not a year inferred for a dateline
    text = (
        "How the Titan went missing\n\nThe Titan lost contact with its ship on Sunday, June 18,"
        " 2023, about two hours into a dive.\n\nSunday, June 18: The Titan begins its descent at"
        " about 8 a.m. local time.\n\nMonday, June 19: The Coast Guard announces the search."
    )
    ref = find_reference(text)
    assert ref.day == date(2023, 6, 18)
    assert "dateline" not in ref.explanation
    # a place with a colon after its day is still one: "NEW DELHI, Jan 5: The government ..."
    assert find_reference("NEW DELHI, Jan 5, 2025: The government said on Sunday.").day == date(2025, 1, 5)


def test_days_told_with_their_weekdays_date_a_text_with_no_dateline():
    # the Straits Times' way: "on Tuesday (Aug 12)"; 2025 is the one year from 2025 in which
    # each day falls on its weekday, and the story is told on the latest, or soon after
    text = (
        "SINGAPORE - The economy grew 4.3 per cent in the second quarter, faster than the advance"
        " estimate released on Monday (July 14). MTI said on Tuesday (Aug 12) that it had raised its"
        " 2025 forecast. Exports fell in July, data showed on Sunday (Aug 17)."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 8, 17)
    assert ref.explanation.startswith(
        'from "Sunday (Aug 17)", the latest day the text tells with its weekday'
    )
    # ... not days with no tense, which may be a list of fixtures to come
    fixtures = "Results, 2024\n\nSaturday 23 November\nArsenal 3-0 Forest\n\nNext: Wednesday 4 December."
    assert find_reference(fixtures).day is None
    # ... nor where the weekdays fit no year up to two after the latest written, or none is written
    assert find_reference(text.replace("Sunday (Aug 17)", "Friday (Aug 17)")).day is None
    assert find_reference(text.replace(" 2025 ", " ")).day is None
    # a year told as still to come bounds the story from above: 2025 is the one year of the two up
    # to 2026 (or two from 2020, a record's) in which Oct 24 is a Friday
    text = (
        "SINGAPORE - The MAS kept its policy unchanged on Friday (Oct 24), as expected. It had eased"
        " policy in January and April, its first moves since 2020. Its next review is in January 2026."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 10, 24)
    assert "up to 2026, which it tells as still to come" in ref.explanation


def test_a_headline_s_month_just_before_the_dateline_s_names_the_story_s_year():
    # Thursday 7 August 2025, not Friday 7 August 2026 (whose Thursday is the day before, as news
    # tells it more often): the headline's month is the news of the month just gone
    text = (
        "July 2025 was third-warmest on record, EU monitor says\n\nBRUSSELS, Aug 7 (Reuters) - Last"
        " month was the world's third-warmest July, the service said on Thursday. It was cooler than"
        " July 2023 and July 2024."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 8, 7)
    assert '"July 2025" counts to 2025' in ref.explanation
    # ... not a month a headline compares with, nor one in a lead (no headline), which may be
    assert _headline_month("Exports fall from July 2024 peak\n\nBody.", 8) == []
    assert _headline_month("BRUSSELS, Aug 7 (Reuters) - In July 2024, exports fell.\nMore.", 8) == []
    assert _headline_month("Exports fell in July 2025\n\nBody.", 8) == [(2025, "July 2025")]
    assert _headline_month("December 2024 was the wettest month\n\nBody.", 1) == [(2025, "December 2024")]


def test_a_chronology_is_filed_soon_after_its_last_item():
    # Tuesday 12 November 2024, not 2025 (a story is more often written a year after the latest
    # year it writes, but a chronology writes its year once for a year's items)
    text = (
        "TIMELINE-Key events in Sudan's civil war\n\nNov 12 (Reuters) - Here are key events since"
        " fighting erupted:\n\nApril 15, 2023 - Clashes break out in Khartoum.\n\nMay 20 - The two"
        " sides sign a ceasefire.\n\nMarch 2024 - The army recaptures the broadcaster.\n\nAug. 1 - A"
        " famine is declared.\n\nSept. 26 - The army launches an offensive in Khartoum.\n"
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 11, 12)
    assert 'a chronology, filed soon after its last item, "Sept. 26"' in ref.explanation
    # ... with a bullet before each item, or a colon after it
    head, items = text.split("erupted:")
    bulleted = head + "erupted:" + items.replace("\n\n", "\n- ").replace(" - ", ": ")
    assert find_reference(bulleted).day == date(2024, 11, 12)
    # two dated lines make no chronology, nor do dates inside sentences
    two = text.replace(
        "\n\nApril 15, 2023 - Clashes break out in Khartoum.\n\nMay 20 - The two sides sign a ceasefire.", ""
    )
    two = two.replace("\n\nAug. 1 - A famine is declared.", "")
    assert two.count(" - ") == 3  # (the dateline's dash, and two items)
    assert find_reference(two).day == date(2025, 11, 12)
    prose = head + "erupted:" + items.replace(" - ", ", when ")
    assert find_reference(prose).day == date(2025, 11, 12)


def test_a_first_in_so_many_years_counts_from_the_last_time():
    # Monday 7 November 2022: "nearly 40 years" after 1986 is 2022 to 2026, and the Monday fits
    # 2022; before, 1986 alone, a year last done, placed no story
    text = (
        "EDINBURGH, Nov 7 - Teachers in Scotland will strike on Nov. 24, the first national walkout in"
        " nearly 40 years, the union said on Monday.\n\nTeachers last held a national strike in 1986."
    )
    ref = find_reference(text)
    assert ref.day == date(2022, 11, 7)
    assert (
        '"first national walkout in nearly 40 years", counted from 1986, puts it between 2022 and 2026'
        in (ref.explanation)
    )
    # Tuesday 1 October 2024, not 2002, the latest year written (a step taken then)
    strike = (
        "NEW YORK, Oct 1 (Reuters) - Dockworkers walked off the job on Tuesday, their first coast-wide"
        " strike in nearly 50 years.\n\nThe last coast-wide stoppage, in 1977, lasted 44 days. The"
        " president will not force workers back, a step President George W. Bush took in 2002."
    )
    assert find_reference(strike).day == date(2024, 10, 1)
    # "more than four decades" after 1979 is 2019 to 2028
    assert _first_in_years("the first such vote in more than four decades. The party last won in 1979.") == [
        (2019, 2028, '"first such vote in more than four decades", counted from 1979,')
    ]
    # ... but not from two years last done, which the count may be from either of
    assert _first_in_years("the first win in 12 years. They last won in 1979 and last lost in 1983.") == []
    # ... and from the end of the last one, told with how long it ran
    shutdown = (
        "The government shut down for the first time in nearly seven years. The last shutdown, over"
        " funding for a border wall, ran for a record 35 days from December 2018 to January 2019."
    )
    assert _first_in_years(shutdown) == [
        (2022, 2026, '"first time in nearly seven years", counted from 2019,')
    ]
    # ... where "nearly seven years" from January 2019 cannot reach October 2026, only October 2025
    assert _first_in_years(shutdown, 10)[0][:2] == (2022, 2025)
    assert _first_in_years(shutdown, 1)[0][:2] == (2022, 2026)
    text = f"WASHINGTON, Oct 1 (Reuters) - {shutdown} The Senate is due to vote again on Wednesday."
    ref = find_reference(text.replace("The government shut down", "The government shut down on Wednesday"))
    assert ref.day == date(2025, 10, 1)
    # ... nor from a year that is not the last time
    assert "counted from 1986" not in find_reference(text.replace("last held", "held")).explanation


def test_a_record_of_so_many_years_counts_from_the_year_of_its_kind():
    # Tuesday 3 October 2023: a 16-year high is the highest since 2007 (before: 2008, the year
    # after the record's, whose Tuesday is three days back)
    text = (
        "Markets slide as bond yields hit 16-year high\n\nNEW YORK, Oct 3 (Reuters) - U.S. stocks fell on"
        " Tuesday as Treasury yields climbed to their highest since 2007.\n\nThe 10-year yield rose to"
        " 4.80%, its highest since August 2007."
    )
    ref = find_reference(text)
    assert ref.day == date(2023, 10, 3)
    assert '"16-year high", counted from 2007, puts it between 2022 and 2024' in ref.explanation
    assert _first_in_years("It was the lowest in 12 years, the lowest since 2012.") == [
        (2023, 2025, '"lowest in 12 years", counted from 2012,')
    ]
    # ... or, with none of its kind, from the last time one was as great: the strongest quake in
    # 25 years is the first so strong since the last of its size (Wednesday 3 April 2024, not
    # 2002, the Wednesday after 1999, the latest year written)
    quake = (
        "TAIPEI, April 3 (Reuters) - The strongest earthquake to hit Taiwan in 25 years struck on"
        " Wednesday, killing nine people.\n\nThe last quake of this size, in September 1999, killed"
        " about 2,400 people."
    )
    ref = find_reference(quake)
    assert ref.day == date(2024, 4, 3)
    assert '"strongest earthquake to hit Taiwan in 25 years", counted from 1999,' in ref.explanation
    # ... not from a last time of another thing
    assert _first_in_years("the biggest wage rise in 33 years. The bank last raised rates in 2007.") == []
    # a record counts from a record of its kind, a first from the last time
    assert (
        _first_in_years("Rates are at a 15-year high. Sales had the biggest fall since January 2021.") == []
    )
    assert (
        _first_in_years("It made its first loss in six years. Its shares hit their lowest since 2020.") == []
    )


def test_a_day_a_court_sets_is_no_year_gone_by():
    # a trial date set on Monday 9 March 2026 for January 2027: the story is before it, and the
    # year written with it is no bound from below (it had put the story in 2028)
    text = (
        "LONDON, March 9 (Reuters) - A London judge on Monday set a trial date of January 11, 2027"
        " for three former executives. The men were charged in 2023."
    )
    ref = find_reference(text)
    assert ref.day == date(2026, 3, 9)
    assert "not after 2027, which it tells as still to come" in ref.explanation


@pytest.mark.parametrize(
    "background",
    [
        "Marburg was first identified in 1967 after outbreaks in laboratories in Germany.",
        "The charity, founded in 1987, runs 40 clinics.",
        "Her doctor, who was born in Cuba in 1984, said she was stable.",
        # ... or was built or made law
        "The 14th Amendment, ratified in 1868 after the Civil War, says all born here are citizens.",
        "The hospital, built in 1912, will close.",
        # ... or first used
        "The bridge, which opened in 1977, carried about 30,000 vehicles a day.",
        "The carrier, commissioned in 2017, returned to port.",
        "The airliner, which went into service in 2015, was grounded.",
        # ... or a bid was won, years before what it is for
        "Russia won the right to host the Games in 2007.",
        # ... or a term began with an election
        "Benedict, 85, was elected in April 2005 after the death of John Paul II.",
        # ... or a race, a festival or a prize was first held
        "The race, first run in 1861, stops the nation at 3pm on the first Tuesday in November.",
        "The festival, first held in 1947, draws 3 million visitors.",
        # ... or since it was founded
        "He built the group into a force of thousands since founding it in 1974.",
        # ... or anything was first done (not a plan first put forward: still pending, near)
        "Carroll first made her accusation in a 1987 book.",
        "He was first elected to the Senate in 1972.",
        # ... or records began
        "It was the strongest quake in the region since records began in 1885.",
        "It was the first fatal crash of a 787 since the model entered service in 2011.",
        # ... or was last done, a year alone
        "The agency last declared such an outbreak in 2008.",
        # ... with a past tense of its own spelling too
        "Arsenal, who last won the title in 2004, face Chelsea next.",
        # ... or the last time it was done
        "The last time a budget took this long to pass was in 2014.",
        # ... or a record was set
        "Rome recorded 41.8C, beating a record set in 2007.",
        # ... or the last of it was
        "The last coast-wide stoppage by the union was in 1977 and lasted almost two months.",
        # ... set off by commas
        "The union's last strike, in 2008, lasted 57 days.",
        # ... or the last one, with what was done to it and by whom
        "The last snap election in France was called by Jacques Chirac in 1997.",
        # ... or a law or a treaty was made, named by it
        "The Alien Enemies Act of 1798 has been used only three times.",
        "The plea challenges the colonial-era Indian Penal Code of 1860.",
        # ... whatever the tense around it
        "The court will hear pleas under the Companies Act, 2013, next month.",
    ],
)
def test_a_year_something_began_places_no_story(background: str):
    # a story of a Friday with no other year: 1969 or 1988 (the first years after it with that
    # weekday) is no better a guess than any later year, so no year is given
    text = (
        f"GENEVA, Dec 20 (Xinhua) -- The health ministry on Friday declared the outbreak over. {background}"
    )
    ref = find_reference(text)
    assert ref.day is None
    assert "when something began or was last done" in ref.explanation
    # ... but the story comes after it, when another year places it
    later = find_reference(text + " The vaccine was tested in 2024.")
    assert later.day is not None and later.day.year >= 2024


def test_a_month_something_was_last_done_in_is_recent():
    # "was last raised in February 2023": a month is told of what is near the story, which is
    # no year a bound only leaves without one
    text = (
        "MUMBAI, Oct 9 (PTI) The Reserve Bank on Wednesday kept the benchmark repo rate unchanged."
        "\n\nThe rate was last raised in February 2023.\n\nThe RBI retained its GDP growth projection"
        " for FY25 at 7.2 per cent. Governor Shaktikanta Das said inflation was expected to ease in the"
        " third quarter."
    )
    assert find_reference(text).day == date(2024, 10, 9)


@pytest.mark.parametrize(
    "obituary",
    [
        "John Smith, the painter, died on Sunday. He was 87. Smith was born in Ohio in 1938.",
        "John Smith, the painter, died on Sunday at the age of 87. He was born in Dayton, Ohio, in 1938.",
    ],
)
def test_an_age_at_death_counts_from_a_birth_year_with_its_place(obituary: str):
    ref = find_reference(f"NEW YORK, March 3 (AP) — {obituary}")
    assert ref.day == date(2025, 3, 3)
    assert "counts to 2025" in ref.explanation


def test_a_month_ending_a_span_across_two_years_is_no_other_year_s():
    # "July 2025" ends the span: it is last month's July, not a July compared with a year before
    text = (
        "PARIS, Aug 7 (Reuters) - Last month was the warmest July on record, the service said on"
        " Thursday. The 12-month period from August 2024 to July 2025 was 1.53C above pre-industrial"
        " levels. Forecasters said La Nina could cool temperatures into early 2026."
    )
    assert find_reference(text).day == date(2025, 8, 7)  # a Thursday


@pytest.mark.parametrize("span", ["2024-25", "2024/25", "2024–25"])
def test_a_span_of_two_years_is_mentioned_in_its_first(span: str):
    # India's fiscal year 2024-25 runs from April 2024: a budget for it is set in February 2024
    text = (
        f"NEW DELHI, Feb 29 (PTI) - GDP grew 8.4 per cent, data released on Thursday showed. The"
        f" minister kept the deficit target at 5.1 per cent for {span} in the budget presented on Feb. 1."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 2, 29)
    assert "not before 2024, the latest year" in ref.explanation


def test_a_span_of_two_years_a_figure_is_counted_over_is_mentioned_in_its_first():
    # tax collections over the months of 2024-25 so far: told while it runs, in 2024
    text = (
        "NEW DELHI, Dec 3 (IANS) Collections in the April-November period of 2024-25 stood at"
        " Rs 14.57 lakh crore, data released on Sunday showed."
    )
    assert "not before 2024, the latest year" in find_reference(text).explanation


def test_two_years_apart_are_no_span():
    text = "LONDON, Oct 17 (Reuters) - Profit rose in 2023-26 terms, the company said on Thursday."
    assert "not before 2026" in find_reference(text).explanation


def test_a_season_told_as_past_was_over_by_the_story():
    text = "LONDON, May 4 (AP) - Madrid had not lost at home since the 2021-22 season, he said on Thursday."
    assert "not before 2022" in find_reference(text).explanation


def test_a_dateline_with_its_agency_before_the_full_date():
    ref = find_reference(
        "KYIV, Ukraine (AP) — Feb. 24, 2025\n\nThree years after the invasion, the war goes on."
    )
    assert ref.day == date(2025, 2, 24)
    assert 'from the line "KYIV, Ukraine (AP) — Feb. 24, 2025"' in ref.explanation
    ref = find_reference("WASHINGTON (AP) — March 3, 2024 — The Senate voted on Sunday.")
    assert ref.day == date(2024, 3, 3)


def test_a_dateline_with_its_date_in_figures_and_its_agency_after_it():
    # day first, as the text writes its other numeric dates ("25/03/2025")
    text = (
        "Rome, 12/03/2025 (ANSA) - Italian lawmakers on Wednesday approved a reform, with the final"
        " vote set for 25/03/2025."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 3, 12)
    assert ref.explanation.startswith('from the dateline "Rome, 12/03/2025 (ANSA)", read day first')
    assert find_reference("Berlin, 03.04.2025 (dpa) - Talks ended on Thursday.").day == date(2025, 4, 3)
    # ... or a dash after it, with no agency
    ref = find_reference("ECB cuts rates\n\nFRANKFURT, 17/10/2024 - The bank cut rates on Thursday.")
    assert ref.day == date(2024, 10, 17)
    assert ref.explanation.startswith('from the dateline "FRANKFURT, 17/10/2024 -"')


def test_a_dateline_with_its_agency_and_full_date_under_a_headline():
    text = (
        "Star striker signs for Madrid\n\n"
        "MADRID (AFP) - Jan 31, 2026 - Real Madrid on Saturday completed the signing of a striker "
        "from Benfica on a deal running until June 2030."
    )
    ref = find_reference(text)
    assert ref.day == date(2026, 1, 31)
    assert ref.explanation == 'from the dateline "MADRID (AFP) - Jan 31, 2026"'
    # a line under the headline that opens with a date alone is a chronology's, no dateline
    chronology = (
        "Six days in June\n\nJune 4, 1967 - Israel's cabinet votes for war. The fighting began the next day."
    )
    assert find_reference(chronology).day != date(1967, 6, 4)


def test_a_date_opening_the_line_under_a_headline_is_the_story_s_when_it_tells_its_week():
    # 16 July 2025 is a Wednesday: the study "published on Wednesday" came out that day
    text = (
        "Study finds sleep loss ages the brain\n\nJuly 16, 2025 - People who slept less than six hours"
        " were 30% more likely to develop dementia, according to a study published on Wednesday."
        " A follow-up trial will start next year."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 7, 16)
    assert '"Wednesday"' in ref.explanation
    # a weekday that falls days before it tells another day: perhaps a chronology's
    assert find_reference(text.replace("Wednesday", "Saturday")).day is None
    # ... and so does a date that opens one line of many
    chronology = text + "\n\nJuly 20, 2025 - The trial was approved."
    assert find_reference(chronology).day is None


def test_a_story_with_only_a_year_to_come_is_placed_by_its_weekday():
    text = (
        "LONDON, Nov. 14 (Reuters) - The economy grew 0.1%, figures showed on Thursday."
        " Economists expect growth of 1.0% this year and 1.5% in 2025."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 11, 14)  # a Thursday; 2023's and 2025's Nov. 14 are not
    assert "tells 2025 as still to come" in ref.explanation
    # the other weekdays it reports may reach back to the Friday before a Tuesday
    text = (
        "Mumbai, Oct 14 (PTI) Shares ended lower on Tuesday. Foreign investors sold equities on"
        " Monday. On Friday, the Sensex had jumped 328 points. Infosys will announce its Q2 FY26"
        " numbers on October 16."
    )
    assert find_reference(text).day == date(2025, 10, 14)
    # no year up to two before it where the weekday falls on the day or the day before: no guess
    text = "LONDON, Nov. 14 (Reuters) - The firm sold notes due 2034, it said on Thursday."
    assert find_reference(text).day is None


def test_the_lead_tells_the_story_s_day_when_nothing_else_does():
    text = (
        "LOS ANGELES (AP) — Gene Hackman has died at 95, authorities said Thursday, Feb. 27, 2025."
        "\n\nBorn on Jan. 30, 1930, he won an Oscar in 1972. Funeral plans will be announced next week."
    )
    ref = find_reference(text)
    assert (ref.day, ref.source) == (date(2025, 2, 27), "lead")
    assert 'from "Thursday, Feb. 27, 2025", the latest day the text writes in full' in ref.explanation
    # a history's first day is no day it was written on, nor a day before a later one it writes
    assert (
        find_reference("On June 6, 1944, Allied troops landed in Normandy. Paris fell in August.").day is None
    )
    later = "Officials said Monday, May 5, 2025, that the bridge would close. It reopened on June 9, 2025."
    assert find_reference(later).day is None


def test_the_agency_says_whether_a_weekday_is_the_same_day_or_the_day_before():
    # Reuters reports the day's events: "on Wednesday" in a "Sept 3" story is 3 September 2025;
    # IANS files them the next morning: the same words put it on 2 September 2026
    story = " - A nurse was found guilty on Wednesday of theft. She was arrested in 2023."
    assert find_reference("LONDON, Sept 3 (Reuters)" + story).day == date(2025, 9, 3)
    assert find_reference("New Delhi, Sept 3 (IANS)" + story).day == date(2026, 9, 3)


def test_a_year_told_as_still_to_come_bounds_the_inferred_year():
    text = (
        "FRANKFURT, March 14 (Reuters) - The bank said on Thursday that 2024 would be a year of"
        " growth. Rates rose ten times between July 2022 and September 2023."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 3, 14)
    assert "not after 2024, which it tells as still to come" in ref.explanation
    # ... unless it was told as to come before the latest past year ("by 2022", told of 2019)
    told_before = "Cairo, Jan 5 (IANS) In 2019 it planned cuts by 2022. The ceasefire of May 2024 held."
    assert find_reference(told_before).day == date(2025, 1, 5)
    # ... and a day told in full as to come: the story is before it, whatever the weekdays say
    # ("on Thursday" is most often the day before a dateline; 4 December 2025 is a Thursday)
    court = (
        "NEW DELHI, Dec 4 (IANS) The Supreme Court on Thursday stayed the order of 21.11.2025 and"
        " listed the matter for hearing on January 12, 2026."
    )
    assert find_reference(court).day == date(2025, 12, 4)
    # ... and a forecast for a year, revised: "cut its 2025 growth forecast" is told before 2025
    # is over (14 April 2025 is a Monday; without it, 2026, whose Monday is the day before)
    forecast = (
        "SINGAPORE, April 14 - Singapore's economy grew 3.8% in the first quarter, estimates showed on"
        " Monday, after 0.5% growth in the fourth quarter of 2024.\n\nThe ministry cut its 2025 growth"
        " forecast to 0%-2% from 1%-3%."
    )
    ref = find_reference(forecast)
    assert ref.day == date(2025, 4, 14)
    assert "not after 2025, which it tells as still to come" in ref.explanation
    # (a forecast for a year told without its revision may be looked back on)
    assert find_reference(forecast.replace("cut its", "missed its")).day == date(2026, 4, 14)


@pytest.mark.parametrize(
    ("text", "day", "why"),
    [
        pytest.param(
            # 10 March 2024 is a Sunday and the 11th a Monday; "the 2025 local elections, which
            # are due in October" is read as past (after "faced"), but a story of 2025 or 2026
            # would have its Sunday three or more days back
            "LISBON, March 11 (AFP) - The opposition narrowly won Sunday's election, final results"
            " showed on Monday. The Socialists had governed since 2015.\n\nAnalysts said a minority"
            " government faced a hard fight in the 2025 local elections, which are due in October.",
            date(2024, 3, 11),
            "before 2025, the latest year the text mentions, which may be one still to come",
            id="weekdays outweigh a year to come read as past",
        ),
        pytest.param(
            # 3 October is a Tuesday in 2023, 2017 and 2006; the latest past year, 2007, is 16
            # years back, but 2024 is told as to come
            "NEW YORK, Oct 3 (Reuters) - Stocks fell on Tuesday as yields climbed to their highest"
            " since 2007. Fed officials signalled that they expect fewer cuts in 2024 than previously"
            " thought.",
            date(2023, 10, 3),
            "but 2007, which a record is counted from, and tells 2024 as still to come",
            id="most often the year before one told as to come",
        ),
        pytest.param(
            # 5 December is a Thursday in 2024 and 2030; 2026 is targeted and 2027 slipped to
            "WASHINGTON, Dec 5 (AP) - NASA on Thursday again pushed back its crewed flight, now"
            " targeting April 2026.\n\nJanuary 2024: The agency delays the flight to September"
            " 2025.\n\nThe landing slips to mid-2027. China aims to land astronauts by 2030.",
            date(2024, 12, 5),
            "not after 2025, which it tells as still to come",
            id="years a plan targets or slips to are to come",
        ),
        pytest.param(
            # 12 March is a Wednesday in 2025; 2026 is what inflation was likely to do, as said
            "LONDON, March 12 (Reuters) - Output grew in January, figures showed on Wednesday."
            " Bailey said last week that inflation was likely to rise in the third quarter of this"
            " year before falling back in 2026. The economy shrank in the second half of 2024.",
            date(2025, 3, 12),
            "not after 2026, which it tells as still to come",
            id="what was likely, as said, is to come",
        ),
        pytest.param(
            "BEIJING, March 5 (Xinhua) -- China set a growth target of around 5 percent for 2024 on Tuesday.",
            date(2024, 3, 5),
            "tells 2024 as still to come",
            id="a target for a year with its figure between is still to come",
        ),
        pytest.param(
            # 3 June is a Tuesday in 2025: the nearest of the weekdays told is the story's day
            "Beijing, June 3 (Xinhua) -- Services activity grew in May, a survey showed Tuesday. The"
            " official index, released on Saturday, stood at 50.3. The government has set a growth"
            " target of around 5 percent for 2025.",
            date(2025, 6, 3),
            "tells 2025 as still to come",
            id="the nearest of several weekdays places a story with only a year to come",
        ),
        pytest.param(
            # 6 March is a Thursday in 2025 and 2031: the years a forecast sees are to come
            "FRANKFURT, March 6 (Reuters) - The ECB cut rates on Thursday, from a record 4% in mid-2024."
            " It now sees inflation averaging 2.3% this year, 1.9% in 2026 and 2.0% in 2027.",
            date(2025, 3, 6),
            "not after 2026, which it tells as still to come",
            id="years a forecast in the present sees are to come",
        ),
        pytest.param(
            # 5 June is a Thursday in 2025 and 2031: "projections see" is a forecast as "sees" is
            "FRANKFURT, June 5 (Reuters) - The ECB cut rates on Thursday, from a record 4% in mid-2024."
            " The ECB's new projections see inflation at 2.0% this year, 1.6% in 2026 and 2.0% in 2027.",
            date(2025, 6, 5),
            "not after 2026, which it tells as still to come",
            id="years a plural forecaster sees are to come",
        ),
    ],
)
def test_years_told_as_to_come_place_the_story(text: str, day: date, why: str):
    ref = find_reference(text)
    assert ref.day == day
    assert why in ref.explanation


@pytest.mark.parametrize(
    "told",
    [
        "Crowds marked the 50th anniversary of the 1974 revolution on Thursday.",
        "Crowds gathered on Thursday where troops rolled in 50 years ago, in April 1974.",
        "Crowds gathered on Thursday to mark 50 years since the 1974 revolution.",
    ],
)
def test_an_anniversary_or_years_ago_counts_the_year_from_the_one_written(told):
    # 25 April is a Thursday in 2024 and in 2019; the latest year the text writes is 2013
    text = f"LISBON, April 25 (Reuters) - {told} The rally was the largest since 2013."
    ref = find_reference(text)
    assert ref.day == date(2024, 4, 25)
    assert "counts to 2024" in ref.explanation


def test_counts_of_years_are_read_only_where_their_key_words_are():
    assert _counted_years("the twenty-first anniversary of the coup in 1973") == [
        (1994, "twenty-first anniversary of the coup in 1973")
    ]
    assert _counted_years("marks twenty five years since the 1999 war") == [
        (2024, "twenty five years since the 1999")
    ]
    # in capitals, also where lower case changes the text's length ("İ")
    for text in (
        "THE 50TH ANNIVERSARY OF THE 1974 REVOLUTION",
        "İ: THE 50TH ANNIVERSARY OF THE 1974 REVOLUTION",
    ):
        assert _counted_years(text) == [(2024, "50TH ANNIVERSARY OF THE 1974")]
    # no count, no year, or a count of something else
    assert _counted_years("sales fell 3 years ago; the anniversary of 1999; many years since 1999") == []
    # years on: counted from a year told "from" it, not from one the sentence goes on to tell
    assert _counted_years("Ten years on from the 2015 crisis") == [(2025, "Ten years on from the 2015")]
    assert _counted_years("Five years on, prices are back at 2019 levels; two years on the throne in 1960") == []
    # years of a thing count only as marked, and only to the dateline's own day told after them
    assert _counted_years("after three years of war in 2019; marked 30 years of rule since 1990") == []
    # a text of nothing but such words stays linear (each is read once, around itself)
    assert len(_counted_years("20 years ago, in 2004. " * 20_000)) == 20_000


OBITUARY = (
    "NEW YORK, Nov. 3 -- Eleanor Marsh, a computer scientist, died on Saturday at her home. She"
    " was 91.\n\nBorn on March 2, 1933, in Toledo, Ohio, she joined IBM in 1956. Her husband"
    " died in 2019."
)


def test_an_obituary_counts_the_year_from_the_birth_and_the_age():
    # 91 years after 2 March 1933, by 3 November: 2024 (2020 has the same weekdays and is nearer
    # to 2019, the latest year written)
    ref = find_reference(OBITUARY)
    assert ref.day == date(2024, 11, 3)
    assert '"Born on March 2, 1933 ... She was 91." counts to 2024' in ref.explanation
    # before the birthday, the year after: 91 years after 2 December 1933 is reached in 2025
    december = OBITUARY.replace("March 2, 1933", "Dec. 2, 1933")
    assert "counts to 2025" in find_reference(december).explanation
    # "aged 91" says it too; an age at some other time does not
    aged = OBITUARY.replace("at her home. She was 91.", "at her home, aged 91.")
    assert "counts to 2024" in find_reference(aged).explanation
    younger = OBITUARY.replace("She was 91.", "She was 20 when she joined IBM.")
    assert "counts to" not in find_reference(younger).explanation
    # a month written short with its full stop, and a dateline on a line of its own under the
    # headline, with no wire's name or dash after it
    alone = find_reference(
        "Eleanor Marsh, computer scientist, dies at 91\n\nNew York, Nov. 3\n\nEleanor Marsh died"
        " on Saturday at her home. She was 91.\n\nShe was born on Dec. 2, 1933, in Toledo, Ohio."
    )
    assert alone.day == date(2025, 11, 3)
    assert 'the dateline "New York, Nov. 3"' in alone.explanation
    assert '"born on Dec. 2, 1933 ... She was 91." counts to 2025' in alone.explanation
    # a birth told with the place and more words between: "Born in Ilford, east of London, on"
    ilford = OBITUARY.replace(
        "Born on March 2, 1933, in Toledo, Ohio,", "Born in Ilford, east of London, on March 2, 1933,"
    )
    assert "counts to 2024" in find_reference(ilford).explanation
    # ... or "the village of" before the place
    mvezo = OBITUARY.replace(
        "Born on March 2, 1933, in Toledo, Ohio,", "Born in the village of Mvezo on March 2, 1933,"
    )
    assert "counts to 2024" in find_reference(mvezo).explanation
    # ... or a name given at birth before the place
    named = OBITUARY.replace(
        "Born on March 2, 1933, in Toledo, Ohio,", "Born Mary Ann Smith in Toledo, Ohio, on March 2, 1933,"
    )
    assert "counts to 2024" in find_reference(named).explanation
    # ... and the age of someone living, set off by commas, with the year of birth: 53 years after
    # 1970 is 2023, or 2024 before the birthday (10 October is a Thursday in 2024; 2025, the year
    # after the latest year written, has it the day before)
    laureate = (
        "STOCKHOLM, Oct 10 (Reuters) - South Korean author Han Kang, 53, won the 2024 Nobel Prize in"
        " Literature on Thursday.\n\nHan, born in Gwangju in 1970, won the Booker Prize in 2016."
    )
    assert find_reference(laureate).day == date(2024, 10, 10)
    assert _age_years(laureate, 10, 10) == [(2023, "born in Gwangju in 1970 ... Kang, 53,")]
    # where the birth is the only year written, the count still places the story: not 1932
    only = find_reference("NEW YORK, Feb. 29 -- Born on Feb. 29, 1932, he died on Thursday. He was 92.")
    assert only.day == date(2024, 2, 29)
    assert 'not before 2024: "Born on Feb. 29, 1932 ... He was 92." counts to 2024' in only.explanation


def test_no_story_is_placed_before_a_month_it_tells_with_its_year_as_past():
    # 12 February 2019 is a Tuesday, the day after a Monday, as IANS tells the day before; but
    # the story tells April 2019 as past
    text = (
        "New Delhi, Feb 12 (IANS) The Supreme Court on Monday sought the Centre's response. The"
        " court had declined to stay the scheme in April 2019."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day > date(2019, 4, 30)


def test_no_story_is_placed_before_a_year_something_has_gone_on_since():
    # 29 September 1990 is a Saturday, but the group "had" been led "since 1992"
    text = (
        "JERUSALEM, Sept 29 (Reuters) - Israel said on Saturday it had killed the group's leader in a"
        " strike a day earlier. He had led it since 1992. The strike on Friday evening flattened"
        " several buildings. The group confirmed his death on Saturday afternoon."
    )
    ref = find_reference(text)
    assert ref.day is None  # (a run's start alone places no story)
    assert "the only year the text writes, 1992, is one a record or a run is counted from" in ref.explanation
    ref = find_reference(text + " His predecessor was killed in 1987.")
    assert ref.day is not None and ref.day.year >= 1992


def test_a_date_a_plan_was_moved_from_is_no_year_to_come():
    # "after being delayed from late 2024": that date has come, whatever the tense around it
    text = (
        "HOUSTON, July 20 (Reuters) - The crew launched on July 16, 1969. NASA aims to return to the"
        " moon by 2027. Its first crewed flight is scheduled for next April, after being delayed from"
        " late 2024."
    )
    ref = find_reference(text)
    assert ref.day is not None and 2024 <= ref.day.year <= 2027
    assert "not before 2024" in ref.explanation
    # ... and so has the date a plan was first set for, given up since
    text = (
        "JOHANNESBURG, Jan 9 (Reuters) - Amazon will launch its store on Feb. 28, the company said on"
        " Thursday. The launch was first planned for 2023 but was delayed."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day.year >= 2024
    assert "not before 2023" in ref.explanation


def test_the_end_of_a_term_still_running_is_no_year_gone_by():
    # "a contract running until June 2030": the day a term ends, still to come, not the latest
    # year gone by (which put the story in 2035); 31 January is a Wednesday in 2024
    text = (
        "LONDON, Jan 31 (Reuters) - Chelsea completed the signing of the midfielder on deadline day,"
        " the club said on Wednesday. The 24-year-old, who joined his current club in the 2021-22"
        " season, signed a contract running until June 2030. The window closes at 11 p.m. GMT on"
        " Wednesday. The consortium took over in May 2022."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 1, 31), ref.explanation
    # ... and so for a deal that runs to a year, or a lease that expires in one
    for term in ("agreed a deal that runs to 2031", "holds a lease that expires in 2031"):
        text = (
            f"LONDON, Jan 31 (Reuters) - The club, which {term}, said on Wednesday it was sold in May 2022."
        )
        assert find_reference(text).day == date(2024, 1, 31), term
    # ... and so for a ban still running ("barred from running for office until 2030")
    text = (
        "SAO PAULO, Oct 7 (Reuters) - Allies of Bolsonaro won in Sunday's municipal elections, results"
        " showed on Monday. Lula, who beat him in 2022, may run again in 2026. Bolsonaro is barred from"
        " running for office until 2030 after a court ruled last year that he abused his power."
    )
    assert find_reference(text).day == date(2024, 10, 7)
    # a term told as over is a year gone by: "His contract ran until June 2023"
    text = "LONDON, Jan 31 (Reuters) - His contract ran until June 2023, the club said on Wednesday."
    assert find_reference(text).day == date(2024, 1, 31)


def test_a_target_given_up_is_no_date_gone_by():
    # "had targeted September 2026" is a target given up: no month gone by, which would put the
    # story in 2027, after it; "pushed back ... to the middle of 2027" is a year still to come.
    # 12 March is a Wednesday in 2025, the day NASA spoke
    text = (
        "HOUSTON, March 12 (Reuters) - NASA on Wednesday pushed back the launch of its crew mission"
        " to the middle of 2027, citing problems found during tests. The agency had targeted"
        " September 2026, after an earlier slip from late 2025. The capsule flew in December 2022."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day.year < 2027
    assert "2027, which it tells as still to come" in ref.explanation
    # ... also with more words between the hope and its year: no bound on the story's year
    text = (
        "BOCA CHICA, Texas, March 7 (Reuters) - SpaceX's Starship exploded after launch on Thursday."
        " SpaceX had hoped to fly Starship to Mars in 2026. Its first test flight was in April 2023."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day.year < 2026
    # ... and with a word of time between "had" and the plan: "had first planned to fly in 2020"
    # is no year still to come, which put the story in 2020
    text = (
        "CAPE CANAVERAL, Fla., Jan 16 (Reuters) - Blue Origin's New Glenn rocket reached orbit on"
        " Thursday. Blue Origin had first planned to fly New Glenn in 2020."
    )
    assert "2020, which it tells as still to come" not in find_reference(text).explanation


@pytest.mark.parametrize(
    ("dateline", "copyright", "day"),
    [
        ("Jan 8", "© 2025 Reuters. All rights reserved.", date(2025, 1, 8)),  # a Wednesday in 2025
        # 9 January 2026 is a Friday, two days after a Wednesday; a page's copyright may be a
        # year later than its story: 9 January 2025, the day after a Wednesday
        ("Jan 9", "Copyright (c) 2016-2026 Example News", date(2025, 1, 9)),
    ],
)
def test_a_copyright_line_gives_the_year_where_the_text_writes_none(dateline: str, copyright: str, day: date):
    text = (
        f"LONDON, {dateline} (Reuters) - Oil prices rose on Wednesday, extending gains from Tuesday, as"
        f" tensions in the Middle East offset concerns about demand.\n\n{copyright}"
    )
    ref = find_reference(text)
    assert ref.day == day
    assert "copyright line" in ref.explanation


def test_the_year_an_outlook_is_for_is_still_to_come():
    # 4 March is a Tuesday in 2025; "the fourth quarter", counted from the outlook's 2025 with
    # no reference date yet, must not make 2025 a year already past
    text = (
        "LONDON, March 4 (Reuters) - Britain's economy grew in the final three months of last year,"
        " figures showed on Tuesday, but the outlook for 2025 remains gloomy.\n\nGross domestic"
        " product rose 0.1% in the fourth quarter. Growth for the whole of 2024 was 0.9%, up from"
        " 0.4% in 2023."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 3, 4)
    assert "not after 2025, which it tells as still to come" in ref.explanation


def test_a_day_written_with_its_weekday_settles_the_year():
    # 9 June is a Monday in 2025 (and 2014, 2031), not in 2020, a year after the 2019 it mentions
    text = (
        "New Delhi, June 10 (PTI) The Supreme Court on Monday (June 9) agreed to hear a plea"
        " against rules that violate a 2019 judgment."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 6, 10)
    assert '"Monday (June 9)" is a Monday then' in ref.explanation


def test_targets_deadlines_and_baselines_are_no_years_gone_by():
    # "its 2040 target" and "by 2035" are still to come, "1990 levels" a baseline: no year gone
    # by is written, and no year just before 2035 fits the weekdays (22 November 2025, a
    # Saturday, is ten years before it): no year, rather than 2042 or 1997
    text = (
        "BELEM, Brazil, Nov 22 (Reuters) - Negotiators reached a deal early on Saturday after talks ran"
        " past their Friday evening deadline, agreeing to triple funding for adaptation by 2035. The EU"
        " agreed its 2040 target, a 90% cut in emissions from 1990 levels, earlier this month. A"
        " compromise on next year's host was reached on Wednesday."
    )
    ref = find_reference(text)
    assert ref.day is None
    assert "no year just before 2035" in ref.explanation
    # ... but a year after "by" in a sentence that looks back from it is gone by
    looked_back = (
        "FRANKFURT, March 14 (Reuters) - By 2019, the bank had doubled its staff, it said on Thursday."
    )
    assert "not before 2019, the latest year the text mentions" in find_reference(looked_back).explanation


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            # 9 September is a Tuesday in 2025: "the 2025 budget" fell in December 2024
            "PARIS, Sept 9 (AFP) - The prime minister resigned on Tuesday, a day after losing a vote."
            " His predecessor was toppled in December over the 2025 budget. A snap election in June"
            " 2024 produced a hung parliament. The president's term ends in May 2027.",
            date(2025, 9, 9),
            id="a budget named by its year was passed the year before",
        ),
        pytest.param(
            # read with no reference date, "On May 6" after Oct. 23, 1999 goes on into 2000: a
            # year the story counts to, not one it writes
            "BUFFALO, Oct 24 (AP) -- About 500 people attended a Sunday night service for the"
            " doctor, who was shot in 1998. The memorial was held on Oct. 23, 1999. Earlier that"
            " day, police met. On May 6, the suspect was seen in France.",
            date(1999, 10, 24),
            id="a day a history's order puts in a year is no year written",
        ),
        pytest.param(
            # 14 October is a Tuesday in 2025: "until after the 2027 presidential election" is no
            # year gone by, which would put the story in 2026 or later
            "PARIS, Oct 14 (AFP) - The prime minister on Tuesday suspended the 2023 pension reform until"
            " after the 2027 presidential election. Its suspension will cost 400 million euros in 2026.",
            date(2025, 10, 14),
            id="a year something is suspended until after is still to come",
        ),
        pytest.param(
            # 11 August is a Sunday in 2024: the 2030 Games, awarded in the past, are still to come
            "PARIS, Aug 11 (AFP) - The Paris Olympics closed on Sunday night, two years after the"
            " Beijing Winter Games of 2022.\n\nThe 2030 Winter Games were awarded to the French Alps"
            " last month.",
            date(2024, 8, 11),
            id="an event named by its year, told in the past, may be still to come",
        ),
    ],
)
def test_years_a_text_does_not_write_as_gone_by_bound_no_story(text: str, day: date):
    assert find_reference(text).day == day


def test_a_year_a_state_has_gone_on_since_places_no_story():
    # "stored at the port since it was seized from a ship in 2013": a state that has gone on since
    # then, which places a story after 2013, but not how long after (5 August is a Wednesday in
    # 2015 and in 2020)
    text = (
        "BEIRUT, Aug 5 (Reuters) - Rescuers searched for survivors on Wednesday after a huge explosion"
        " at the port. The blast was caused by ammonium nitrate stored at the port since it was seized"
        " from a ship in 2013."
    )
    ref = find_reference(text)
    assert ref.day is None
    assert "2013, is one a record or a run is counted from" in ref.explanation


def test_a_year_a_record_is_counted_from_only_bounds_the_story():
    # 20 May is a Wednesday in 1992 and 2026: "since privatisation in 1989" is long before the
    # story, which tells 2027 as still to come
    text = (
        "LONDON, May 20 (Reuters) - Inflation jumped to 3.5% in April, data showed on Wednesday. The"
        " Bank of England forecast that inflation would fall to 2% by mid-2027. Water bills rose by"
        " 26% from April 1, the biggest increase since privatisation in 1989."
    )
    ref = find_reference(text)
    assert ref.day == date(2026, 5, 20)
    assert "but 1989, which a record is counted from" in ref.explanation
    # ... where it is the only year the text tells, it places the story in no year: after 2008,
    # but not how long after
    alone = "LONDON, May 20 (Reuters) - Inflation rose on Wednesday to its highest since 2008."
    ref = find_reference(alone)
    assert ref.day is None
    assert "2008, is one a record or a run is counted from" in ref.explanation
    assert "but not how long after" in ref.explanation
    # ... and with an earlier year, never in the record's, even where a weekday would fall on the
    # dateline's day then (12 August is a Tuesday in 2003); and so with what has gone on since
    for told in ("the worst since 2003", "in a region hit by floods every year since 2003"):
        text = (
            f"MARSEILLE, Aug 12 (Reuters) - A wildfire forced 5,000 to flee on Tuesday, {told}. A fire on"
            " the same hills in 1990 burned 40 homes."
        )
        ref = find_reference(text)
        assert ref.day is not None and ref.day.year > 2003, told


def test_a_year_a_figure_is_compared_with_is_gone_by():
    # 5 June is a Wednesday in 2019 and 2024: a story that compares this year's seats with 2019's
    # is not told in 2019
    for told in ("down from 303 in 2019", "nearly double its 2019 tally", "more than in 2019"):
        text = (
            "NEW DELHI, June 5 (PTI): The alliance secured a third term on Tuesday, winning 293"
            f" seats, {told}."
        )
        ref = find_reference(text)
        assert ref.day is not None and ref.day.year > 2019, told
        assert "after 2019, which a figure is compared with" in ref.explanation, told
    # ... and a year told with its figure is not
    text = "NEW DELHI, June 5 (PTI): The alliance won 303 seats in 2019, and 293 on Tuesday."
    assert "compared" not in find_reference(text).explanation
    # ... nor one told with a partner, a place or a rival: no figure stands between the word and
    # the year ("won the World Series with them in 2020", "moved from Ohio in 2019")
    for told in (
        "won the title with them in 2019",
        "moved from Ohio in 2019",
        "lost against Italy in 2019",
        # ... nor a span of years, whose first year is no figure
        "governed from 2013 to 2017, was jailed in 2019",
    ):
        text = f"NEW DELHI, June 5 (PTI): The alliance won 293 seats on Tuesday. Its leader {told}."
        assert "compared" not in find_reference(text).explanation, told
    # ... while a figure, or the same period, is compared with all the same
    for told in (
        "compared with 941 in 2019",
        "compared with the same period in 2019",
        "against 4.1% in 2019",
    ):
        text = f"NEW DELHI, June 5 (PTI): The alliance won 293 seats on Tuesday, {told}."
        assert "after 2019, which a figure is compared with" in find_reference(text).explanation, told


def test_year_not_before_latest_explicit_date():
    text = "Cairo, Jan 5 (IANS) The ceasefire, agreed on December 20, 2024, held."
    assert find_reference(text).day == date(2025, 1, 5)


def test_dateline_without_any_year_gives_no_date():
    ref = find_reference("Cairo, Aug 18 (IANS) Ministers met on Sunday.")
    assert ref.day is None and "no year" in ref.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("20240305", date(2024, 3, 5)),  # as news APIs write it
        ("2024-02-30", None),
        ("1717000000", date(2024, 5, 29)),  # seconds since 1970, as some APIs give it
        ("March 5, 2024", date(2024, 3, 5)),
        ("5 Mar 2024", date(2024, 3, 5)),
        ("March 2024", None),
        ("soon", None),
    ],
)
def test_parse_date_string(text: str, expected: date | None):
    assert parse_date_string(text) == expected


def test_a_last_modified_line_is_quoted_whole():
    ref = find_reference("Storm hits coast\nLast Modified: October 14, 2024\n\nThe storm hit on Sunday.")
    assert ref.explanation == 'from the line "Last Modified: October 14, 2024"'


def test_a_published_line_in_emphasis_is_quoted_without_its_marks():
    ref = find_reference("# City win\n\n**Published:** 20 May 2024\n\nCity won on Sunday.")
    assert ref.explanation == 'from the line "Published: 20 May 2024"'


def test_a_published_line_after_a_dash_is_quoted_without_the_dash():
    ref = find_reference("Markets rally\n\nBy Jane Doe — Published Aug. 12, 2024\n\nStocks rose on Monday.")
    assert ref.day == date(2024, 8, 12)
    assert ref.explanation == 'from the line "Published Aug. 12, 2024"'


@pytest.mark.parametrize(
    ("told", "year"),
    [
        ("The city last hosted the Games in 1924, a century ago.", 2024),
        ("The city last hosted the Games a century ago, in 1924.", 2024),
        ("The wall came down two decades ago, in 1989.", 2009),
        ("Troops rolled in half a century ago, in 1974.", 2024),
        ("It marks a decade since the 2014 floods.", 2024),
    ],
)
def test_a_count_of_decades_or_centuries_ago_counts_the_year_too(told: str, year: int):
    (counted, words), *_ = _counted_years(told)
    assert counted == year
    assert words[:3] in told


def test_a_century_ago_sets_the_year_of_a_dateline_without_one():
    # 26 July is a Friday in 2024 and in 2019; the latest year the text writes is 2017
    text = (
        "PARIS, July 26 (Reuters) - The Paris Olympics opened on Friday. The city last hosted the"
        " Games in 1924, a century ago. Organisers had planned the ceremony since 2017."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 7, 26)
    assert "counts to 2024" in ref.explanation


def test_a_count_of_years_after_the_last_time_sets_the_year_of_a_dateline_without_one():
    # 2 June is a Sunday in 2024 and in 2019, and a Monday in 2014; the latest year the text
    # writes is 2013, and "came 22 years after they last lifted the trophy ... in
    # 2002" counts to 2024
    text = (
        "LONDON, June 2 (Reuters) - Real Madrid beat Dortmund on Saturday to win the Champions"
        " League. It came 22 years after they last lifted the trophy at a Glasgow final in 2002."
        " Dortmund had not reached the final since losing at the same stadium in 2013."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 6, 2)
    assert "counts to 2024" in ref.explanation


def test_a_count_of_years_after_a_year_s_event_in_the_lead_sets_the_year_of_a_dateline():
    # 10 April is a Wednesday in 2024 and in 2019; the day before in 2025; the latest year the
    # text writes is 2020, and the lead's "nearly nine years after the 2015 crisis" counts to 2024
    text = (
        "BRUSSELS, April 10 (Reuters) - European Union lawmakers on Wednesday approved an overhaul of"
        " the bloc's migration rules, nearly nine years after the 2015 crisis exposed deep divisions."
        " The pact was first proposed in September 2020."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 4, 10)
    assert '"nine years after the 2015" counts to 2024' in ref.explanation
    # ... or from a thing the text dates further on: "five and a half years after a fire" and
    # "The fire broke out on the evening of April 15, 2019" (7 December is a Saturday in 2024
    # and in 2019)
    text = (
        "PARIS, Dec 7 (AP) — Notre Dame Cathedral reopened on Saturday, five and a half years after a"
        " fire that nearly destroyed it.\n\nThe fire broke out on the evening of April 15, 2019, and"
        " toppled the spire. The first Mass will be held on Sunday morning."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 12, 7)
    assert "counts to 2024" in ref.explanation
    # ... or, anywhere, from what the story's news "came" so many years after: "The fires came two
    # years after blazes in August 2021" (23 July is a Sunday in 2023, the day after "Saturday";
    # 2022, the year after the latest written, has it on the day itself)
    text = (
        "ATHENS, July 23 (Reuters) - Wildfires forced thousands of tourists to flee hotels on Rhodes"
        " over the weekend. About 19,000 people were moved from Saturday, officials said.\n\nThe fires"
        " came two years after blazes in August 2021 burned 300,000 acres of forest."
    )
    ref = find_reference(text)
    assert ref.day == date(2023, 7, 23)
    assert '"two years after blazes in August 2021" counts to 2023' in ref.explanation
    # ... but a count after a year's event further on, in the story's history, counts nothing
    history = "The treaty was finally signed six years after the 1939 invasion, in a ceremony in Paris."
    assert _counted_years(" ".join(["Talks resumed on Wednesday."] * 20) + " " + history) == []


@pytest.mark.parametrize(
    "told",
    [
        # not a last time: the count is between two past things, not up to the story
        "The war ended six years after it began in 1939.",
        # the year is of something else than the last time
        "He won 22 years after his debut in 1990 and retired in 2015.",
    ],
)
def test_a_count_of_years_after_is_not_the_story_s_year_without_a_last_time(told: str):
    assert _counted_years(told) == []


def test_a_year_told_as_still_running_is_the_story_s_year():
    # 13 June is a Thursday in 2024; a year after the latest past year, 2025, is likelier without
    # the "so far"
    text = "NEW YORK, June 13 (Reuters) - Stocks fell on Thursday. Oil has risen 2% in 2024 so far."
    ref = find_reference(text)
    assert ref.day == date(2024, 6, 13)
    assert '"in 2024 so far" counts to 2024' in ref.explanation
    text = "MADRID, June 13 (Reuters) - Exports fell in May. Sales so far in 2023 are up 4%."
    assert find_reference(text).day == date(2023, 6, 13)
    # a year gone by is no running one
    assert find_reference("MADRID, June 13 (Reuters) - Exports fell in 2023.").day != date(2023, 6, 13)


def test_a_month_told_with_its_year_and_again_without_is_not_of_the_story_s_year():
    # 3 October is a Tuesday in 2023: the weekday alone would put the story there
    text = (
        "LAGOS, Oct. 3 (Reuters) - Inflation rose to 32.7 percent in August, from 32.2 percent in"
        " July, data showed on Tuesday. It was 25.8 percent in August 2023."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day.year > 2023
    # ... where the month without a year is another month, the written year may still be the story's
    text = text.replace("in August, from", "in September, from").replace("in July", "in June")
    assert find_reference(text).day == date(2023, 10, 3)


def test_a_date_alone_on_the_last_line_is_the_reference_date():
    body = (
        "Shares of Northwind Corp. fell 8% on Tuesday after the software maker cut its outlook.\n\n"
        + "Northwind said revenue for the three months ended Sept. 30 rose 4% from a year earlier. " * 8
    )
    ref = find_reference(body + "\n\nOctober 29, 2024\n")
    assert ref.day == date(2024, 10, 29)
    assert ref.explanation == 'from the line "October 29, 2024" at the end of the text'
    # a short text's last line is among its first lines: said to be at its end all the same
    ref = find_reference("WASHINGTON (Reuters) - The Senate voted on Wednesday.\nJuly 24, 2024")
    assert ref.day == date(2024, 7, 24)
    assert "at the end of the text" in ref.explanation
    assert ref.source == "closing-line"
    # a last line that is a sentence with a date in it is no date line
    assert find_reference(body + "\nThe vote was held on October 29, 2024.").day is None


def test_a_date_from_the_closing_line_is_named_so_in_explanations(tmp_path):
    from timeline.documents.loader import load_documents
    from timeline.processing import extract_document

    path = tmp_path / "story.txt"
    path.write_text("The Senate voted on Wednesday.\n\nJuly 24, 2024\n")
    (doc,) = load_documents([str(path)]).documents
    wednesday, _ = extract_document(doc)
    assert wednesday.value == "2024-07-24"
    assert "the date at the end of the text 2024-07-24" in wednesday.explanation


def test_a_season_told_as_to_come_outweighs_a_record_year_long_gone():
    # 18 July is a Tuesday in 2023 and in 1989, just after the one past year the text writes
    text = (
        "ATHENS, Greece, July 18 - Temperatures hit 43C on Tuesday, as a heat wave tightened its"
        " grip. The country's worst heat wave, in 1987, killed more than 1,300 people. Meteorologists"
        " expect the summer of 2025 to be hotter still."
    )
    ref = find_reference(text)
    assert ref.day == date(2023, 7, 18)
    assert "not after 2025, which it tells as still to come" in ref.explanation
    # a target decades off is no forecast: it does not pull the story towards it
    target = text.replace("expect the summer of 2025 to be hotter still", "aim for net zero by 2050")
    assert find_reference(target).day == date(1989, 7, 18)
    # ... nor is a month something will not happen until: told as far off (it put the story in
    # 2043, the year before)
    eclipse = (
        "WASHINGTON, April 8 (Reuters) - Millions watched a total solar eclipse on Monday. The next"
        " one visible from the United States will not occur until August 2044. The last one, on"
        " Aug. 21, 2017, crossed from Oregon to South Carolina."
    )
    assert find_reference(eclipse).day == date(2019, 4, 8)  # the first Monday after 2017


def test_the_years_of_a_plan_of_several_years_tell_no_story_year():
    # "the 2028-2034 budget" is negotiated years before it begins: no sign the story is after 2028
    text = (
        "BRUSSELS, Dec 12 (Reuters) - EU leaders will meet on Thursday. Diplomats said a deal on the"
        " 2028-2034 budget was unlikely before next summer. The euro was launched in 1999."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day.year != 2029
    assert "2028" not in ref.explanation
    # a fiscal year's span is read as before (it may be running or to come)
    assert find_reference(text.replace("2028-2034", "2028-29")).day.year <= 2029


def test_a_heading_that_names_a_week_gives_its_last_day():
    # a police log: what it tells of is told once the week is over; 2 June 2025 is a Monday, the
    # year after the one the log's last open house was held in
    log = (
        "Police log\n\nWeek of June 2-8\n\nMonday: A man was arrested after a fight.\n\nFriday: A bike"
        " was stolen. The annual open house is on June 21. Its last one, in 2024, drew 600 people."
    )
    ref = find_reference(log)
    assert ref.day == date(2025, 6, 8)
    assert 'for the heading "Week of June 2-8"' in ref.explanation
    assert "the week starts on a Monday" in ref.explanation
    # ... with its year written, no inference; a week "ending" on a day ends there
    assert find_reference("Digest\n\nFor the week of Nov. 3, 2025:\n\nMonday: talks.").day == date(
        2025, 11, 9
    )
    assert find_reference("Digest\n\nWeek ending Nov. 9, 2025\n\nMonday: talks.").day == date(2025, 11, 9)
    # ... and a week running into the next month ends in it
    assert find_reference("Digest\n\nWeek of Sept. 29, 2025\n\nMonday: talks.").day == date(2025, 10, 5)
    # ... a week in review, its day first or its month
    for heading in ("Week in review: 17-21 March 2025", "Week in review: March 17-21, 2025"):
        ref = find_reference(f"{heading}\n\nMonday: The bank left rates unchanged.\n\nFriday: Markets rose.")
        assert ref.day == date(2025, 3, 21), heading
    # a week in a sentence is no heading
    assert find_reference("Talks were held in the week of June 2 and ended on Friday.").day is None


@pytest.mark.parametrize(
    "told", ["in the first 10 months of 2025", "from January-October 2025", "in the first ten months of 2025"]
)
def test_the_months_of_a_year_up_to_the_dateline_s_are_of_the_story_s_year(told: str):
    # 7 November is a Friday in 2025; the agency tells the day before more often, which 2026 would make it
    text = f"BEIJING, Nov 7 (Xinhua) -- China's trade grew 3.6 percent {told}, data showed Friday."
    ref = find_reference(text)
    assert ref.day == date(2025, 11, 7)
    assert "counts to 2025" in ref.explanation
    # ... not months long before the dateline's
    text = "BEIJING, Nov 7 (Xinhua) -- Trade grew 3.6 percent in the first four months of 2025, data showed Friday."
    assert "counts to" not in find_reference(text).explanation


def test_a_part_of_a_weekday_places_the_dateline_as_the_weekday_does():
    # 15 September 2024 is a Sunday: "Friday" two days back and "the early hours of Saturday"
    # one day back fit it (in 2023, the 15th is a Friday, and Saturday is six days back)
    text = (
        "BRUSSELS, Sept 15 (Reuters) - Ministers agreed on Friday to delay a decision, diplomats"
        " said. The rules, suspended in March 2020, return soon. Under a compromise reached in the"
        " early hours of Saturday, countries have until April to submit plans."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 9, 15)


def test_a_decade_to_come_is_no_year_to_come():
    # "set in 1960s Liverpool", told of a drama to come, bounds nothing: 2026 is the year to come,
    # and 4 December 2025 is a Thursday
    text = (
        "LONDON, Dec 4 (Reuters) - The broadcaster said on Thursday that its new drama, set in 1960s"
        " Liverpool, will air on Saturday. It expects viewing figures to rise in 2026."
    )
    assert find_reference(text).day == date(2025, 12, 4)


def test_a_weekday_told_as_to_come_is_most_often_the_next_day():
    # 30 November is a Sunday in 2025 and a Monday in 2020: IANS files the day's news the next
    # morning, so "on Sunday" and the days before fit both, but "by Monday morning" and schools
    # closed "on Monday" are the next day in 2025, the same day or a week on in 2020
    text = (
        "Chennai, Nov 30 (IANS) The weather office on Sunday issued a red alert for Chennai as the"
        " cyclone moved closer to the coast.\n\nThe cyclone, which battered Sri Lanka on Friday and"
        " Saturday, is expected to weaken by Monday morning, the office said.\n\nSchools will remain"
        " closed on Monday. Flights were suspended from 6 p.m. on Saturday till 6 a.m. on Sunday.\n\n"
        "Chennai had recorded 24 cm of rain in 24 hours on December 1-2, 2015, during floods."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 11, 30)


def test_a_day_written_with_a_holidays_weekday_pins_the_year():
    # "Easter Monday, April 21": April 21 is a Monday in 2025 and 2014, not in 2024
    text = (
        "ROME, April 22 (Reuters) - Crowds gathered on Tuesday to mourn the pope, who died on"
        " Easter Monday, April 21. He had been elected in 2024."
    )
    ref = find_reference(text)
    assert '"Easter Monday, April 21" is a Monday then' in ref.explanation
    assert ref.day == date(2025, 4, 22)


def test_a_weekday_with_last_after_it_is_no_day_with_its_weekday():
    # "on Monday last" (British and Indian English) is a weekday of no known week: it pins no
    # day's weekday, and reading the text for its reference date must not fail on it
    ref = find_reference(
        "New Delhi, 12.03.2024: The petitioners had approached the court on Monday last, seeking"
        " a stay on demolitions."
    )
    assert ref.day == date(2024, 3, 12)
    assert find_reference("The petitioners approached the court on Monday last.").day is None


def test_a_year_after_a_participle_s_aside_is_not_read_as_gone_by():
    # "The deal, struck after 20 hours of talks, allows credits ... from 2036": the aside's past
    # tense is the deal's, not the year's; nor is a plan's year in the past perfect ("had been
    # due to start in 2027") one gone by: neither bounds the story's year from below
    text = (
        "BRUSSELS, Nov 5 (Reuters) - EU countries agreed on Wednesday to cut emissions 90% by 2040."
        " The deal, struck in the early hours after 20 hours of talks, allows credits for 5% of the"
        " cut from 2036. The current target is a 55% cut by 2030. It delays by a year, to 2028, a"
        " new carbon market, which had been due to start in 2027. In 2024 emissions fell 3%.\n"
    )
    ref = find_reference(text)
    assert ref.day is not None and 2024 <= ref.day.year <= 2026, ref


def test_a_year_alone_on_the_last_line_is_the_story_s_year():
    # a footer's year: datelined Aug 14 with "on Wednesday", 2024 (the same day) rather than the
    # year after it, which the latest year written would otherwise favour
    text = (
        "GENEVA, Aug 14 (Reuters) - The WHO declared mpox a global emergency on Wednesday. Congo has"
        " reported 537 deaths so far this year, more than in the whole of 2023.\n\n2024\n"
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 8, 14)
    assert '"2024, alone on the last line"' in ref.explanation


def test_a_weekday_told_that_falls_on_a_day_written_out_places_the_year():
    # "Jan 8" with a cyclist who died "on Monday evening": 8 January is a Monday in 2029, but the
    # incident number is dated 6 January 2025, a Monday two days before the dateline in 2025
    text = (
        "MANCHESTER, Jan 8 — Police have appealed for witnesses after a cyclist died in a collision"
        " with a van in Salford on Monday evening.\n\nThe van driver was arrested and released on bail"
        " until March 4. Campaigners plan a vigil at the site on Saturday.\n\nAnyone with information"
        " is asked to call police, quoting incident 1432 of 6 January 2025.\n"
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 1, 8), ref
    assert "a day the text writes out in full (2025-01-06)" in ref.explanation


def test_a_year_expected_of_in_the_past_is_still_to_come():
    # "expected the market to remain weak well into 2024": a year still to come when the story
    # was told, which bounds its year from above (3 November is a Friday in 2023)
    text = (
        "COPENHAGEN, Nov 3 (Reuters) - Maersk reported a net loss for the third quarter on Friday, as"
        " freight rates slumped from the record highs of 2021 and 2022.\n\nChief executive Vincent Clerc"
        " said the company expected the market to remain weak well into 2024.\n"
    )
    ref = find_reference(text)
    assert ref.day == date(2023, 11, 3), ref
    assert "not after 2024, which it tells as still to come" in ref.explanation


def test_a_dateline_of_two_places_joined_by_a_slash_is_read_whole():
    text = (
        "GAZA/CAIRO, Jan 15 (Reuters) - Israel and Hamas agreed on Wednesday to a ceasefire, after 15"
        " months of war. The war began on Oct. 7, 2023."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 1, 15)  # a Wednesday in 2025
    assert ref.explanation.startswith('year 2025 inferred for the dateline "GAZA/CAIRO, Jan 15"')


def test_a_story_whose_only_years_are_records_gets_no_year():
    # "its worst since 2020" and "the first since a strike in 2008": a record's year stands some
    # years before the story, how many the weekdays do not tell. Put some years after the latest,
    # where a weekday falls, such stories were placed right 3 times in 10 (Biden's withdrawal,
    # "the first incumbent president since Lyndon Johnson in 1968 to abandon a bid", in 1974)
    text = (
        "SEATTLE, Oct 24 (Reuters) - Boeing's machinists rejected a contract offer on Wednesday,"
        " extending a strike that began on Sept. 13.\n\nThe walkout is the first at Boeing since an"
        " eight-week strike in 2008. Boeing reported a quarterly loss of $6 billion on Wednesday, its"
        " worst since 2020."
    )
    ref = find_reference(text)
    assert ref.day is None
    assert "the only years the text writes, 2008 and 2020, are ones a record" in ref.explanation
    withdrawal = (
        "WASHINGTON, July 21 (AP) - President Joe Biden ended his reelection campaign on Sunday. Biden"
        " is the first incumbent president since Lyndon Johnson in 1968 to abandon a bid for a second"
        " term."
    )
    assert find_reference(withdrawal).day is None
    # ... but a count from it places the story: "a 16-year high ... the highest since 2007"
    ref = find_reference(
        "NEW YORK, Oct 3 (Reuters) - Treasury yields hit a 16-year high on Tuesday, their highest since 2007."
    )
    assert ref.day == date(2023, 10, 3)
    # ... as a copyright line does
    ref = find_reference(f"{text}\n\n© 2024 Reuters. All rights reserved.")
    assert ref.day == date(2024, 10, 24)
    # ... nor is a record's year the story's latest where the years before it are history
    protest = (
        "WELLINGTON, Nov 14 (Reuters) - Thousands marched on parliament on Tuesday to protest a bill"
        " that would reinterpret the founding treaty, signed in 1840. It was one of the largest"
        " protests in the capital since a 1975 land march."
    )
    ref = find_reference(protest)
    assert ref.day is None
    assert "the only year the text writes after its history (1840), 1975, is one a record" in ref.explanation


def test_a_weekday_a_week_on_says_nothing_of_the_dateline_s_weekday():
    # "on Tuesday week" is some 8 to 13 days on: no coming Tuesday near the story's day. 14
    # November is a Thursday in 2024, the day after "Wednesday evening", and a Monday in 2022,
    # the day before a Tuesday and the day of a Monday told as to come
    text = (
        "LONDON, 14 November (PA) - Train drivers will strike on Tuesday week after talks broke down"
        " on Wednesday evening, the union said. The dispute began in the summer of 2022. Passengers"
        " were urged to check before travelling from Monday."
    )
    assert find_reference(text).day == date(2024, 11, 14)


@pytest.mark.parametrize(
    ("text", "day", "words"),
    [
        pytest.param(
            # 8 September is a Thursday in 2022 and in 1955 (1952 being the only year written)
            "LONDON, Sept 8 (Reuters) - Queen Elizabeth died on Thursday aged 96, ending an era of 70"
            " years on the throne. Elizabeth, who came to the throne on Feb. 6, 1952, celebrated her"
            " Platinum Jubilee in June.",
            date(2022, 9, 8),
            "70 years on the throne … came to the throne on Feb. 6, 1952",
            id="a reign from its first year",
        ),
        pytest.param(
            # 1 July is a Monday in 1901 (1898 being the latest year written) and a Tuesday in 1997
            "HONG KONG, July 1 (Reuters) - Britain handed Hong Kong back to China at midnight on Monday,"
            " ending 156 years of colonial rule. Britain seized Hong Kong island in 1841, and leased the"
            " New Territories for 99 years in 1898.",
            date(1997, 7, 1),
            "156 years of colonial rule … seized Hong Kong island in 1841",
            id="years of rule from the year it was seized",
        ),
        pytest.param(
            # 11 February is a Friday in 1983 (after 1981, the only year written) and in 2011
            "CAIRO, Feb 11 (Reuters) - Egyptian President Hosni Mubarak resigned on Friday, ending three"
            " decades of rule. Mubarak, 82, had ruled Egypt since 1981.",
            date(2011, 2, 11),
            "three decades of rule … ruled Egypt since 1981",
            id="decades of rule from the year it has gone on since",
        ),
        pytest.param(
            # 9 November is a Saturday in 2024 and in 1991, the year after the latest written
            "BERLIN, Nov 9 (Reuters) - Germans marked 35 years since the fall of the Berlin Wall on"
            " Saturday.\n\nThe Wall came down on the night of Nov. 9, 1989. Germany was reunified less"
            " than a year later, on Oct. 3, 1990.",
            date(2024, 11, 9),
            "35 years since … Nov. 9, 1989",
            id="years since the day the dateline's day is of",
        ),
        pytest.param(
            # 11 September is a Monday in 2023 (1974: two days after one)
            "SANTIAGO, Sept 11 (Reuters) - Chileans marked the 50th anniversary of the coup on Monday."
            " Tanks surrounded the palace on Sept. 11, 1973.",
            date(2023, 9, 11),
            "50th anniversary … Sept. 11, 1973",
            id="an anniversary of the day the dateline's day is of",
        ),
        pytest.param(
            # 24 February is a Thursday in 2022, the only year written; the story is "a year on"
            "KYIV, Feb 24 (AP) - When the first missiles struck, Olena was asleep. Three days later"
            " she crossed into Poland.\n\nA year on, she runs a volunteer kitchen, she said on"
            " Friday. The war began on Feb. 24, 2022, when Russian forces invaded.",
            date(2023, 2, 24),
            "A year on … Feb. 24, 2022",
            id="a year on from the day the dateline's day is of",
        ),
        pytest.param(
            # 7 August is a Friday in 1998, the only year written
            "NAIROBI, Aug 7 (Reuters) - Kenyans on Monday remembered the victims of the U.S. embassy"
            " bombing in Nairobi 25 years ago.\n\nAl Qaeda carried out the attack on Aug. 7, 1998.",
            date(2023, 8, 7),
            "25 years ago … Aug. 7, 1998",
            id="years ago to the day the dateline's day is of",
        ),
        pytest.param(
            # 20 July is a Sunday in 1969, the only year written, and the text writes the dateline's
            # day with it; the count's words leave out the dateline's dash
            "CAPE CANAVERAL, Fla., July 20 (Reuters) - Fifty years after Apollo 11 astronauts first"
            " walked on the moon, NASA on Saturday marked the anniversary.\n\nNeil Armstrong and Buzz"
            " Aldrin landed on July 20, 1969.",
            date(2019, 7, 20),
            '"Fifty years after … July 20, 1969" counts to 2019',
            id="years after the day the dateline's day is of",
        ),
        pytest.param(
            # 3 October is a Wednesday in 1990, the only year written, and a Saturday in 2020
            "BERLIN, Oct 3 (Reuters) - Germany marked 30 years of reunification on Saturday with muted"
            " celebrations.\n\nEast and West Germany were reunited on Oct. 3, 1990.",
            date(2020, 10, 3),
            "30 years of … Oct. 3, 1990",
            id="years of a thing marked on the day it began",
        ),
        pytest.param(
            # the only year written, 1850, is a founding's, which alone places no story
            "NEW YORK, Sept 15 (Reuters) - Lehman Brothers filed for bankruptcy protection on Monday."
            " The 158-year-old investment bank, founded in 1850, had been hit by losses on mortgage"
            " assets.",
            date(2008, 9, 15),
            "158-year-old investment bank, founded in 1850",
            id="a thing's age from the year it was founded",
        ),
        pytest.param(
            "MANCHESTER, May 22 (PA) - Five years on from the 2017 arena bombing, survivors gathered"
            " on Sunday to remember the 22 people killed.",
            date(2022, 5, 22),
            "Five years on from the 2017",
            id="years on from a year's event",
        ),
        pytest.param(
            # 28 April is a Monday in 2025, and in 2014 and 2008 (2016: three days after one)
            "OTTAWA, April 28 (Reuters) - Canada's Liberal Party won Monday's federal election,"
            " extending its decade in power. The Liberals first won power under Trudeau in 2015.",
            date(2025, 4, 28),
            "its decade in power … won power under Trudeau in 2015",
            id="one decade in power from the year it was won",
        ),
        pytest.param(
            # the only year written, 1961, is a building's: alone it places no story
            "BERLIN, Nov 10 (Reuters) - Thousands of East Germans poured across the Berlin Wall on"
            " Friday, ending 28 years of division. The wall was built in August 1961.",
            date(1989, 11, 10),
            "28 years of division … built in August 1961",
            id="years of division from the year the wall was built",
        ),
        pytest.param(
            # 11 February is a Sunday in 1968 (after 1964, the latest year written) and in 1990; 27
            # years from 1962 is 1989, a year off as a count may be (he was jailed in August)
            "CAPE TOWN, Feb 11 (Reuters) - Nelson Mandela walked free on Sunday after 27 years in"
            " prison. Mandela, 71, was jailed in 1962 and sentenced to life imprisonment in 1964.",
            date(1990, 2, 11),
            "27 years in prison … jailed in 1962",
            id="years in prison from the year he was jailed",
        ),
        pytest.param(
            # 8 December is a Sunday in 2013 (after 2011, the latest year written) and in 2024;
            # "more than five decades" from 1971 is 2021 to 2030, and from 2000 after 2050
            "DAMASCUS, Dec 8 (Reuters) - Syrian rebels seized Damascus on Sunday and President Bashar"
            " al-Assad fled, ending more than five decades of his family's rule. Assad took power in"
            " 2000 after the death of his father Hafez, who had ruled since 1971. The civil war began"
            " in 2011.",
            date(2024, 12, 8),
            "more than five decades of his family's rule … ruled since 1971 puts it between 2021 and 2030",
            id="a hedged count of decades from the nearest of several beginnings",
        ),
        pytest.param(
            # 20 July is a Friday in 2012 (after 2008, the latest year written) and in 2018; 20
            # years in prison count from "jailed", not from "took power"
            "ISTANBUL, July 20 (Reuters) - A former army chief walked free on Friday after 20 years in"
            " prison. He was jailed in 1998, a year after the generals took power in 1997. The court"
            " overturned his conviction in 2008.",
            date(2018, 7, 20),
            "20 years in prison … jailed in 1998",
            id="years in prison from the year he was jailed, of several beginnings",
        ),
        pytest.param(
            # 4 June is a Tuesday in 2019 (after 2014, the only year written) and in 2024
            "NEW DELHI, June 4 (Reuters) - Narendra Modi's alliance won a majority, results showed on"
            " Tuesday, but his party lost the outright majority it has held for a decade. Modi, who"
            " first took office in 2014, won a third term.",
            date(2024, 6, 4),
            "has held for a decade … took office in 2014",
            id="a tenure told in the perfect, after its verb",
        ),
        pytest.param(
            # 30 April is a Tuesday in 2019, and a Thursday in 2020, two days after one and the
            # day after a Wednesday, which the text tells as to come ("becomes emperor on Wednesday")
            "TOKYO, April 30 (Reuters) - Japan's Emperor Akihito abdicated on Tuesday, ending a"
            " three-decade reign. Akihito ascended the throne in 1989. His son Naruhito becomes"
            " emperor on Wednesday.",
            date(2019, 4, 30),
            "three-decade reign … ascended the throne in 1989",
            id="a reign measured before its noun, and the day after told as to come",
        ),
        pytest.param(
            # 23 July is a Sunday in 2023, the year "two years after ... August 2021" counts to: a
            # count's year is the story's, not one news tells the year after (2024: three days after
            # a Saturday)
            "ATHENS, July 23 (Reuters) - Wildfires forced thousands of tourists to flee hotels on"
            " Rhodes over the weekend. About 19,000 people were moved from Saturday to Monday as the"
            " blaze, which started on July 18, spread. Temperatures are expected to hit 45C on Sunday."
            "\n\nThe fires came two years after blazes in August 2021 burned 300,000 acres. The"
            " heatwave was likely to last until at least Thursday.",
            date(2023, 7, 23),
            "two years after blazes in August 2021",
            id="years after a month, the year counted to",
        ),
        pytest.param(
            # 30 June is a Tuesday in 1998 (after 1997, the only year written) and in 2020
            "HONG KONG, June 30 (Reuters) - China's parliament passed a national security law for Hong"
            " Kong on Tuesday, a day before the 23rd anniversary of the city's return to Chinese rule."
            " Britain handed the former colony back to China in 1997.",
            date(2020, 6, 30),
            "23rd anniversary … 1997, the one year written",
            id="an anniversary in the lead from the one year written",
        ),
        pytest.param(
            # 2 June is a Monday in 1975 (the only year written) and in 2014, in the years "nearly
            # four decades" from 1975 leave
            "MADRID, June 2 (Reuters) - Spain's King Juan Carlos abdicated on Monday after a reign of"
            " nearly four decades. Juan Carlos took the throne in 1975, two days after the death of"
            " Francisco Franco.",
            date(2014, 6, 2),
            "reign of nearly four decades … took the throne in 1975 puts it between 2010 and 2015",
            id="a reign of so many years, after its noun",
        ),
        pytest.param(
            # 1 February is a Tuesday in 1983 (after 1981, the only year written) and in 2011
            "CAIRO, Feb 1 (Reuters) - Hundreds of thousands of Egyptians massed in central Cairo on"
            " Tuesday, demanding an end to President Hosni Mubarak's 30-year rule. Mubarak, 82, became"
            " president in 1981.",
            date(2011, 2, 1),
            "30-year rule … became president in 1981",
            id="a rule from the year its holder became president",
        ),
        pytest.param(
            # 21 November is a Tuesday in 1980 (the only year written) and in 2017
            "HARARE, Nov 21 (Reuters) - Robert Mugabe resigned on Tuesday, ending 37 years of rule."
            " Mugabe had led the country since independence from Britain in 1980.",
            date(2017, 11, 21),
            "37 years of rule … led the country since independence from Britain in 1980",
            id="years of rule from the year of the event it has gone on since",
        ),
        pytest.param(
            # 31 October is a Monday in 2022, the day after a Sunday, and a Sunday in 2021 (after
            # 2018, the latest year written, which "from 2003 to 2010, was jailed in" compares with
            # no figure)
            "RIO DE JANEIRO, Oct 31 (Reuters) - Lula narrowly won Brazil's presidential election on"
            " Sunday, completing a comeback 12 years after he left office. Lula, who governed from 2003"
            " to 2010, was jailed in 2018.",
            date(2022, 10, 31),
            "12 years after he left office … governed from 2003 to 2010",
            id="years after an office was left, from the last year it was held",
        ),
        pytest.param(
            # 24 June is a Friday in 1977 (after 1973, the only year written) and in 2022; "nearly 50
            # years ago" is not quite 50
            "WASHINGTON, June 24 (Reuters) - The Supreme Court on Friday overturned the Roe v. Wade"
            " decision that legalized abortion nationwide nearly 50 years ago. The 1973 ruling"
            " recognized a constitutional right to abortion.",
            date(2022, 6, 24),
            "nearly 50 years ago … 1973, the one year written",
            id="so many years ago from the one year written, an event's",
        ),
        pytest.param(
            # 6 May is a Saturday in 2023 and in 2017; British news counts "for" so many years
            "LONDON, May 6 (Reuters) - King Charles was crowned on Saturday in the first coronation in"
            " Britain for 70 years. The last coronation, in 1953, drew millions.",
            date(2023, 5, 6),
            '"first coronation in Britain for 70 years", counted from 1953,',
            id="a first for so many years",
        ),
        pytest.param(
            # 11 February is a Monday in 2013, in the years "nearly 600 years" from 1415 leaves
            "VATICAN CITY, Feb 11 (Reuters) - Pope Benedict XVI said on Monday he would resign, the"
            " first pontiff to step down in nearly 600 years. The last pope to resign, Gregory XII,"
            " quit in 1415.",
            date(2013, 2, 11),
            '"first pontiff to step down in nearly 600 years", counted from 1415,',
            id="a first in so many years from the one who last did it, named",
        ),
        pytest.param(
            # 5 August is a Monday in 2013 (after 2009, the only year written) and in 2024
            "DHAKA, Aug 5 (Reuters) - Prime Minister Sheikh Hasina resigned and fled the country on"
            " Monday after weeks of protests, ending her 15-year rule. Hasina, 76, had governed since"
            " 2009.",
            date(2024, 8, 5),
            "15-year rule … governed since 2009",
            id="a tenure measured before its noun",
        ),
        pytest.param(
            # 29 April is a Tuesday in 2008 and in 2025; "more than two decades" from 2003 is 2023 on
            "MADRID, April 29 (Reuters) - Power was restored to almost all of Spain on Tuesday after a"
            " blackout, the worst in Europe in more than two decades. A failure in Italy in September"
            " 2003 left 56 million people without power.",
            date(2025, 4, 29),
            "counted from 2003, the one year written",
            id="a record in so many years from the one year written, of an event opening its sentence",
        ),
        pytest.param(
            # 6 February is a Monday in 2023, and in 2001 the day after one (after 1999, the only
            # year written)
            "ANKARA, Feb 6 (Reuters) - A magnitude 7.8 earthquake struck southern Turkey on Monday, the"
            " region's worst quake in more than 20 years. A quake of similar strength struck near Izmit"
            " in 1999, killing more than 17,000 people.",
            date(2023, 2, 6),
            "counted from 1999, the one year written",
            id="... and a longer one, in a clause of its own",
        ),
        pytest.param(
            # 1 February is a Saturday in 1986 (the latest year written: 1987 is the year after) and 2003
            "HOUSTON, Feb 1 (Reuters) - The space shuttle Columbia broke apart over Texas on Saturday,"
            " 17 years after the Challenger disaster. The Challenger exploded shortly after launch in"
            " January 1986.",
            date(2003, 2, 1),
            "17 years after the Challenger … The Challenger exploded",
            id="years after a thing named with a capital, dated further on",
        ),
        pytest.param(
            # 25 April is a Saturday in 1936 and in 2015
            "KATHMANDU, April 25 (Reuters) - A 7.9 magnitude earthquake struck Nepal on Saturday. The"
            " quake was the worst to hit the Himalayan nation in more than 80 years. A 1934 earthquake,"
            " Nepal's worst on record, flattened large parts of Kathmandu.",
            date(2015, 4, 25),
            "counted from 1934, the one year written",
            id="a record in so many years from the one year written, an event's",
        ),
        pytest.param(
            # 15 January is a Sunday in 1995 (after 1992, the only year written) and in 2023
            "KATHMANDU, Jan 15 (Reuters) - A plane crashed near Pokhara on Sunday, killing at least 68, in"
            " Nepal's deadliest air accident in three decades.\n\nIn 1992, a Pakistan International"
            " Airlines plane crashed near Kathmandu, killing all 167 people on board.",
            date(2023, 1, 15),
            "counted from 1992, the one year written",
            id="... or its year opening the sentence of the event",
        ),
        pytest.param(
            # 3 October is a Tuesday in 2023, 16 years after the level was last seen; 2008 was the
            # year after the latest year written, with 3 October a Friday
            "NEW YORK, Oct 3 (Reuters) - Stocks fell on Tuesday as U.S. Treasury yields climbed to"
            " 16-year highs. The 10-year yield rose as high as 4.81%, a level last seen in August 2007.",
            date(2023, 10, 3),
            '"16-year highs", counted from 2007',
            id="a record of so many years from the level last seen",
        ),
        pytest.param(
            # 2 October is a Sunday in 2016, 52 years after 1964, and in 2011 (the year before 2012)
            "BOGOTA, Oct 2 (Reuters) - Colombians rejected a peace deal with FARC rebels in a referendum"
            " on Sunday, throwing into doubt a plan to end a 52-year war.\n\nThe FARC began as a peasant"
            " revolt in 1964. Talks to end the conflict began in Havana in 2012.",
            date(2016, 10, 2),
            "52-year war … began as a peasant revolt in 1964",
            id="a war's years from the revolt it began as",
        ),
        pytest.param(
            # ... told in one sentence, ended
            "BOGOTA, Nov 24 (Reuters) - Colombia signed a peace deal on Thursday, ending a 52-year war"
            " that began as a peasant revolt in 1964.",
            date(2016, 11, 24),
            '"52-year war … began as a peasant revolt in 1964" counts to 2016',
            id="... ended, in the same sentence",
        ),
        pytest.param(
            # 8 May is a Wednesday in 2013 (and in 1991); 1987 was the year after 1986
            "LONDON, May 8 (Reuters) - Alex Ferguson announced on Wednesday he would retire as manager"
            " at the end of the season, ending a 26-year reign.\n\nFerguson, 71, took charge at Old"
            " Trafford in November 1986.",
            date(2013, 5, 8),
            "26-year reign … took charge at Old Trafford in November 1986",
            id="a manager's reign from the month he took charge",
        ),
        pytest.param(
            # 26 September is a Sunday in 2021; 2006 was the year after 2005
            "BERLIN, Sept 26 (Reuters) - Germany's Social Democrats narrowly won Sunday's federal"
            " election, ending 16 years of conservative-led rule under Angela Merkel.\n\nMerkel, who"
            " first became chancellor in 2005, will stay on in a caretaker role.",
            date(2021, 9, 26),
            "16 years of conservative-led rule … became chancellor in 2005",
            id="years of a rule named with a hyphened word",
        ),
        pytest.param(
            # 25 November is a Sunday in 2007, the day after the Saturday told
            "SYDNEY, Nov 25 (Reuters) - Australia's Labor opposition won power in Saturday's election,"
            " ending almost 12 years of conservative government.\n\nOutgoing Prime Minister John"
            " Howard, who came to power in March 1996, also appeared set to lose his own seat.",
            date(2007, 11, 25),
            "12 years of conservative government … came to power in March 1996",
            id="years of a government",
        ),
        pytest.param(
            # 23 March is a Tuesday in 2010, more than four decades after the last comparable change
            "WASHINGTON, March 23 (Reuters) - President Barack Obama signed his healthcare overhaul into"
            " law on Tuesday, the biggest change to the U.S. healthcare system in more than four decades."
            " The last comparable expansion was the creation of the Medicare and Medicaid programs in 1965.",
            date(2010, 3, 23),
            "counted from 1965",
            id="a record in so many years from the last comparable one, past the stops of initials",
        ),
        pytest.param(
            # 21 March 2016 is the day after a Sunday, 88 years after the last visit (it was 1928)
            "HAVANA, March 21 (Reuters) - Barack Obama arrived in Cuba on Sunday, the first sitting U.S."
            " president to visit the island in 88 years. Calvin Coolidge was the last sitting president"
            " to visit, arriving in Havana in January 1928.",
            date(2016, 3, 21),
            '"first sitting U.S. president to visit the island in 88 years", counted from 1928',
            id="a first in so many years from the last one to do it",
        ),
        pytest.param(
            # 29 April is a Friday in 2011, 30 years after 1981; 1983 was the first such year after it
            "LONDON, April 29 (Reuters) - Prince William married Kate Middleton on Friday, the biggest"
            " royal wedding since his parents married 30 years ago.\n\nCharles and Diana married at St"
            " Paul's Cathedral in 1981.",
            date(2011, 4, 29),
            '"30 years ago … 1981, the one year written" counts to 2011',
            id="years ago of a thing the year's sentence tells again",
        ),
        pytest.param(
            # ... not of another thing: "records began 140 years ago" is no count from the 1995 quake
            "KOBE, Jan 17 (Reuters) - The quake was the strongest since records began 140 years ago."
            " It was the worst since the 1995 quake killed 6,000 people.",
            None,
            "",
            id="... not of another thing",
        ),
        pytest.param(
            # 26 December is a Sunday in 1965 (after 1964, the latest year written) and in 2004
            "BANGKOK, Dec 26 (Reuters) - A massive earthquake triggered tidal waves on Sunday. The 8.9"
            " magnitude quake, the world's biggest in 40 years, struck off Sumatra. The last quake of"
            " this size was in Alaska in 1964.",
            date(2004, 12, 26),
            '"biggest in 40 years", counted from 1964',
            id="a record in so many years from the last time, its place named before its year",
        ),
    ],
)
def test_a_count_of_years_from_a_year_the_text_tells_places_the_story(text: str, day: date | None, words: str):
    ref = find_reference(text)
    assert ref.day == day
    assert words in ref.explanation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a count that a later year written passes is history
        (
            "TRIPOLI, Oct 21 (Reuters) - Libyans celebrated on Thursday. Gaddafi, who seized power in"
            " 1969, marked 30 years in power with a parade. He was ousted in 2011.",
            "years in power",
        ),
        # a record in so many years counts from no one year of no event's
        (
            "FRANKFURT, Oct 1 (Reuters) - Inflation fell below 2% on Tuesday for the first time in more"
            " than three years. The dispute began in the summer of 2022.",
            "the one year written",
        ),
    ],
)
def test_a_count_of_years_from_no_year_it_may_count_from_counts_nothing(text: str, words: str):
    assert words not in find_reference(text).explanation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "PARIS, April 16 (Reuters) - A fire engulfed Notre-Dame cathedral on Monday evening. Work on"
            " the Gothic masterpiece began in 1163 and was completed in 1345.",
            "before news was datelined",
        ),
        # ... a deed done by a year, in the past passive, is no year to come
        (
            "PARIS, April 16 (Reuters) - A fire engulfed Notre-Dame cathedral on Monday evening. Work on"
            " the Gothic masterpiece began in 1163 and was largely completed by 1260.",
            "before news was datelined",
        ),
        (
            "WASHINGTON, Jan 6 (Reuters) - Crowds stormed the Capitol on Wednesday, the first breach"
            " since British troops set it on fire in 1814.",
            "before news was datelined",
        ),
        # 23 February is a Sunday in 2025, and the Sunday before it falls in 2022: the last election
        # says only that the story comes after it
        (
            "BERLIN, Feb 23 (Reuters) - Germany's conservatives won Sunday's national election. The AfD"
            " doubled its share from the last election in 2021.",
            "the last time",
        ),
        (
            "KUALA LUMPUR, March 8 (Reuters) - A Malaysia Airlines jet disappeared early on Saturday."
            " The captain had joined the airline in 1981.",
            "a joining",
        ),
        # 24 February is a Thursday in 2022, and the Thursday before it falls in 2017
        (
            "KYIV, Feb 24 (Reuters) - Russian forces launched a full-scale invasion of Ukraine on"
            " Thursday. Russia annexed Crimea in 2014 and has backed separatists since then.",
            "a term or a rule begun",
        ),
        (
            "WASHINGTON, June 26 (Reuters) - The Supreme Court ruled on Friday that same-sex couples"
            " may marry. Massachusetts became the first state to allow gay marriage in 2004.",
            "a first",
        ),
        # a record counted from a day named by its event, whose stop is no sentence's end
        pytest.param(
            "NEW YORK, Sept 15 (Reuters) - Lehman Brothers filed for bankruptcy on Monday. The Dow fell"
            " 504 points, its biggest one-day drop since the Sept. 11 attacks in 2001.",
            "2001, is one a record or a run is counted from",
            id="since the Sept. 11 attacks in 2001",
        ),
        # a reign's first year, a beginning as a term's is
        pytest.param(
            "TOKYO, Aug 8 (Reuters) - Emperor Akihito signalled on Monday his wish to abdicate. He"
            " ascended the throne in 1989 on the death of his father.",
            "1989, is when something began",
            id="ascended the throne in 1989",
        ),
    ],
)
def test_a_story_whose_years_place_no_story_gets_no_year(text: str, words: str):
    ref = find_reference(text)
    assert ref.day is None
    assert words in ref.explanation


def test_no_story_is_dated_after_the_day_it_is_read():
    # "the first pope to step down in nearly 600 years", counted from "the 2005 conclave": no
    # year after today's fits (it was 2601)
    text = (
        "VATICAN CITY, March 14 (AP) - Pope Francis began his first full day as pontiff on Thursday."
        " His predecessor resigned on Feb. 28, the first pope to step down in nearly 600 years."
        " Bergoglio had been the runner-up in the 2005 conclave."
    )
    ref = find_reference(text)
    assert ref.day is None or ref.day <= date.today(), ref.explanation


def test_a_tenure_told_in_the_simple_past_counts_nothing_to_the_story():
    # "ruled the island for nearly five decades": a rule over before the story (handed on in
    # 2008), which counts to no year of it, where "has ruled for" would
    text = (
        "HAVANA, Nov 26 (Reuters) - Fidel Castro, who ruled the island for nearly five decades, died"
        " on Friday. Castro seized power in 1959 and handed the presidency to his brother in 2008."
    )
    ref = find_reference(text)
    assert "five decades" not in ref.explanation
    assert ref.day is not None and ref.day.year >= 2008
    ruling = text.replace("who ruled", "who has ruled").replace(" and handed the presidency to his brother in 2008", "")
    explained = find_reference(ruling).explanation
    assert "has ruled the island for nearly five decades … seized power in 1959" in explained
    # ... nor does a term or a sentence measured before its noun, told before it is served
    sentence = (
        "ANKARA, Oct 2 (Reuters) - A court gave the general a 20-year prison sentence on Wednesday."
        " He was jailed in 2016."
    )
    assert "20-year" not in find_reference(sentence).explanation


def test_so_many_years_ago_counts_nothing_from_a_year_a_record_is_counted_from():
    # "since records began 140 years ago" is a series' start, and "since the 1995 Kobe quake" a
    # record's year: together they place no story 140 years after 1995
    text = (
        "TOKYO, March 11 (Reuters) - The most powerful earthquake ever recorded in Japan struck on"
        " Friday. The quake was the biggest since records began 140 years ago. It was the worst to"
        " hit Japan since the 1995 Kobe quake."
    )
    assert find_reference(text).day is None



def test_a_dateline_s_place_with_its_state_is_quoted_whole():
    # "CUPERTINO, Calif., Sept 9": the explanation quotes the city too, not "Calif., Sept 9"
    ref = find_reference("CUPERTINO, Calif., Sept 9, 2025 (Reuters) - Apple on Tuesday unveiled a phone.")
    assert ref.day == date(2025, 9, 9)
    assert ref.explanation == 'from the dateline "CUPERTINO, Calif., Sept 9, 2025"'
    ref = find_reference("LONDON, Sept 9, 2025 (Reuters) - The bank on Tuesday held rates.")
    assert ref.explanation == 'from the dateline "LONDON, Sept 9, 2025"'


def test_an_age_in_a_year_and_the_age_now_count_to_the_story_s_year():
    # 25 in 1952 and 96 now: 2022 to 2024 (the birthday is not told); Thursday, Sept 8 is 2022's
    text = (
        "LONDON, Sept 8 (Reuters) - Queen Elizabeth died peacefully at her Scottish estate on Thursday,"
        " Buckingham Palace said. She was 96.\n\nElizabeth became queen in 1952 at the age of 25. Her"
        " son Charles, 73, becomes king."
    )
    ref = find_reference(text)
    assert ref.day == date(2022, 9, 8)
    assert '"in 1952 at the age of 25" ... "She was 96." puts it between 2022 and 2024' in ref.explanation
    # ... not from an age set off after a name, which may be anyone's ("Charles, 73")
    assert _age_then_and_now(text.replace(" She was 96.", "")) == []


def test_a_year_one_cannot_act_in_is_still_to_come():
    # "cannot run again in 2027" bounds the story from above: 2024, not 2030 (after 2027 as gone by)
    ref = find_reference(
        "PARIS, June 9 (Reuters) - French President Emmanuel Macron dissolved parliament on Sunday and"
        " called a snap election. Macron, elected in 2017 and re-elected in 2022, cannot run again in 2027."
    )
    assert ref.day == date(2024, 6, 9)
    assert "not after 2027, which it tells as still to come" in ref.explanation


def test_a_first_since_a_year_far_back_in_its_sentence_is_a_record():
    # "the first sitting president to drop out of a re-election race since Lyndon Johnson in 1968":
    # a record's year, which places the story after it but not how long after (it gave 1969)
    ref = find_reference(
        "WASHINGTON, July 21 (Reuters) - President Joe Biden abandoned his re-election bid on Sunday."
        " Biden, 81, is the first sitting president to drop out of a re-election race since Lyndon"
        " Johnson in 1968."
    )
    assert ref.day is None
    assert "a record or a run is counted from" in ref.explanation


def test_a_year_told_as_likelier_is_still_to_come():
    # "a wider launch is more likely in 2027" bounds the story's year from above; it is not the
    # latest year gone by, which put the story in 2031
    ref = find_reference(
        "CUPERTINO, Calif., Sept 9 (Reuters) - Apple Inc on Tuesday unveiled its thinnest iPhone yet."
        " Its last major redesign came in 2017. Analysts say a wider launch is more likely in 2027."
    )
    assert ref.day is not None and 2017 < ref.day.year <= 2027
    assert "not after 2027, which it tells as still to come" in ref.explanation




def test_a_record_counted_from_a_month_bounds_the_story_from_below():
    # "its biggest drop since the pandemic began in March 2020": not told in 2019
    ref = find_reference(
        "MEXICO CITY, June 3 (Reuters) - Claudia Sheinbaum won the presidential election on Sunday."
        " She will take office on Oct. 1, succeeding Andres Manuel Lopez Obrador, who won in 2018."
        " The peso fell more than 3% on Monday, its biggest drop since the pandemic began in March 2020."
    )
    assert ref.day is not None and ref.day.year >= 2020


@pytest.mark.parametrize(
    ("text", "day", "why"),
    [
        # "with pre-orders starting on Friday" beside "will go on sale": the Friday after the
        # dateline's Tuesday (2025), not the dateline's own day (2022, three days after a Tuesday)
        (
            "CUPERTINO, Calif., Sept 9 (Reuters) - Apple Inc on Tuesday unveiled its thinnest iPhone"
            " yet, which will go on sale on Sept. 19, with pre-orders starting on Friday. Analysts"
            " expect the launch to lift sales after a soft fiscal 2025. Its last major redesign came"
            " in 2017.",
            date(2025, 9, 9),
            '"Tuesday" falls on the same day',
        ),
        # "the next date of hearing, which it fixed for April 22, 2024": the story is before that
        # day (2024, when March 4 is the Monday told), not in 2025
        (
            "New Delhi, March 4 (IANS) The Supreme Court on Monday stayed the demolition of over 300"
            " homes till the next date of hearing, which it fixed for April 22, 2024. The authority"
            " had issued the eviction orders on 12.02.2024.",
            date(2024, 3, 4),
            "not after 2024, which it tells as still to come",
        ),
        # "the most since 2020" is the latest year, but a record is counted from years back: the
        # Sunday before Monday March 11 puts the story in 2024, not 2021 (Sunday four days back)
        (
            "LOS ANGELES, March 11 (Reuters) - The film won seven Oscars on Sunday. The ceremony drew"
            " 19.5 million viewers, the most since 2020. His first feature came out in 1998.",
            date(2024, 3, 11),
            '"Sunday" falls on the day before',
        ),
        # "ending nine years of conservative rule that began in 2013": 2022 (not 2016, where
        # Monday falls on the day)
        (
            "CANBERRA, May 23 (Reuters) - Anthony Albanese was sworn in as prime minister on Monday,"
            " two days after Labor won the election, ending nine years of conservative rule that"
            " began in 2013.",
            date(2022, 5, 23),
            "counts to 2022",
        ),
        # "the 2008 Mumbai attacks on Sunday, 15 years after gunmen killed 166 people": 2023 (not
        # 2008, the year of the attacks)
        (
            "MUMBAI, Nov 26 (Reuters) - India remembered the victims of the 2008 Mumbai attacks on"
            " Sunday, 15 years after gunmen killed 166 people across the city.",
            date(2023, 11, 26),
            '"the 2008 Mumbai attacks … 15 years after" counts to 2023',
        ),
        # a story of the Olympic Games as held is of a year of the Games, other than a Games it
        # names by its year: 2024, where Aug. 4 is a Sunday (it gave 2009, the year after 2008)
        (
            "PARIS, Aug 4 (AP) — Novak Djokovic won his first Olympic gold medal on Sunday, beating"
            " Carlos Alcaraz in the men's singles final at Roland Garros.\n\nThe 37-year-old Serb"
            " completed a career Golden Slam at his fifth Olympics. His previous best was bronze at"
            " the 2008 Beijing Games.",
            date(2024, 8, 4),
            "the Summer Games, which the lead tells of, were held in 2024",
        ),
        # ... and so is one of the Games named by their city as they open: 2008 (July 27 is a
        # Friday in 2007, the year after the latest written, but no Games were held then)
        (
            "LONDON, July 27 (Reuters) - The London Olympic Games opened on Friday night with a"
            " ceremony in Stratford. The park cost 9.3 billion pounds, and its stadium was finished"
            " in 2006.",
            date(2008, 7, 27),
            "the Summer Games, which the lead tells of, were held in 2008",
        ),
        # a jubilee counts the years of a reign: "her Platinum Jubilee" and "came to the throne in
        # 1952" put the story in 2022 (it gave no year)
        (
            "LONDON, Sept 8 (Reuters) - Queen Elizabeth died at Balmoral on Thursday aged 96.\n\n"
            "Elizabeth, who came to the throne in 1952, celebrated her Platinum Jubilee in June.",
            date(2022, 9, 8),
            '"Platinum Jubilee … came to the throne in 1952" counts to 2022',
        ),
        # ... but not a story of other Games, held in other years
        (
            "BIRMINGHAM, England, Aug 2 (AP) — Olympic champion Elaine Thompson-Herah won the 100"
            " meters at the Commonwealth Games on Tuesday. She had won Olympic gold in 2021.",
            date(2022, 8, 2),
            '"Tuesday" falls on the same day',
        ),
    ],
)
def test_a_dateline_s_year_from_what_the_story_tells_of_its_time(text: str, day: date, why: str):
    ref = find_reference(text)
    assert ref.day == day
    assert why in ref.explanation


@pytest.mark.parametrize(
    "text",
    [
        # 11 March is a Friday in 1927, the first such year after 1923, a record now beaten
        "TOKYO, March 11 (Reuters) - A massive earthquake hit Japan on Friday, unleashing a tsunami."
        " The quake surpassed the 1923 Great Kanto quake, which killed 140,000 people.",
        # ... and an event told as to come on its anniversary is not a year to come
        "HONG KONG, June 30 (Reuters) - China passed a security law for Hong Kong on Tuesday. The"
        " law comes into force on Wednesday, the anniversary of the 1997 handover.",
    ],
)
def test_the_year_of_a_past_event_a_story_looks_back_to_places_it_after_only(text: str):
    ref = find_reference(text)
    assert ref.day is None
    assert "is one a record or a run is counted from" in ref.explanation


def test_years_after_a_deed_of_a_year_told_beside_the_day_s_news_count_to_the_story():
    # 15 August is a Sunday in 2004, the third year after 2001, and in 2021
    text = (
        "WASHINGTON, Aug 15 (Reuters) - The United States evacuated its embassy in Kabul on Sunday as"
        " Taliban fighters entered the capital, nearly 20 years after U.S.-led forces toppled the"
        " militants in 2001."
    )
    ref = find_reference(text)
    assert ref.day == date(2021, 8, 15)
    assert '"20 years after U.S.-led forces toppled the militants in 2001" counts to 2021' in ref.explanation
    # ... not a deed told in a history, with no day's news before the count
    history = text.replace("on Sunday as", "as").replace(", nearly 20", ". It came nearly 20")
    assert "counts to 2021" not in find_reference(history).explanation


def test_days_to_go_before_a_weekday_s_event_make_the_dateline_s_weekday():
    # 2 November is a Saturday in 2024, three days before Tuesday; the Tuesday was read as gone by
    # (Nov. 2, 2021, a Tuesday, just after 2020, the latest year written)
    text = (
        "WASHINGTON, Nov 2 (Reuters) - With three days to go before Tuesday's presidential election,"
        " the candidates made their final pitches in battleground states on Saturday.\n\nCongress"
        " will certify the results on Jan. 6, four years after rioters tried to stop the"
        " certification of the 2020 result."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 11, 2)
    assert "\"three days to go before Tuesday's\" makes it a Saturday" in ref.explanation


def test_a_date_that_closes_the_title_is_the_day_of_what_the_text_records():
    text = (
        "Transcript: Press briefing, 12 March 2025\n\n"
        "Q: Minister, when will the new rules take effect?\n\n"
        "MINISTER: From the first of July. We published the draft in December."
    )
    ref = find_reference(text)
    assert ref.day == date(2025, 3, 12)
    assert "closes the title" in ref.explanation
    # the draft was published before the briefing: last December, not the coming one
    december = next(m for m in extract(text, ref.day) if m.text == "December")
    assert december.value == "2024-12"
    # ... after the word that says it was recorded or given then, too
    recorded = text.replace("Press briefing, 12 March 2025", "Interview with the minister, recorded 12 March 2025")
    assert find_reference(recorded).day == date(2025, 3, 12)
    delivered = text.replace("Transcript: Press briefing, 12 March 2025", "Budget speech delivered 12 March 2025")
    assert find_reference(delivered).day == date(2025, 3, 12)


def test_a_title_that_names_a_day_long_before_the_text_s_years_is_no_reference():
    # a look back titled with the day it looks back on tells of later years
    text = (
        "The fall of the Wall, November 9, 1989\n\n"
        "Thirty years on, Berliners remember. In 2019 the city held a festival."
    )
    assert find_reference(text).day is None


def test_a_weekday_gone_by_after_a_day_some_days_back_is_no_evidence_of_the_dateline_s():
    # "On June 18 ... on Thursday, tens of thousands marched": the Thursday of June 18's week,
    # which says nothing of the weekday of June 26 (it made 2025, where June 26 is a Thursday, win)
    text = (
        "NAIROBI, Kenya, June 26 (AP) — Police fired tear gas at protesters on Wednesday, a day after"
        " demonstrators stormed parliament. At least 22 people were killed on Tuesday. President"
        " William Ruto, who took office in September 2022, withdrew the bill on Wednesday.\n\n"
        "The protests began last week. On June 18, lawmakers removed some of the taxes. But the"
        " movement grew, and on Thursday, tens of thousands marched.\n\n"
        "Kenya last saw protests on this scale in 2023. In 2007 and 2008, more than 1,100 people"
        " were killed in violence after a disputed election."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 6, 26)
    assert '"Wednesday" falls on the same day' in ref.explanation
    # a weekday still to come in such a paragraph is still evidence ("expected to hit 45C on
    # Sunday", the dateline's own day, after "which started on July 18", under "July 23")
    text = (
        "ATHENS, July 23 (Reuters) - Wildfires forced thousands of tourists to flee hotels on Rhodes"
        " over the weekend.\n\nAbout 19,000 people were moved from Saturday to Monday as the blaze,"
        " which started on July 18, spread. Temperatures are expected to hit 45C on Sunday.\n\n"
        "The fires came two years after blazes in August 2021 burned 300,000 acres."
    )
    assert find_reference(text).day == date(2023, 7, 23)


def test_a_row_of_a_markdown_table_is_no_date_line():
    # a chronology's first item is no day the text was written on (it was 2020-01-12)
    text = (
        "# Key dates\n\n| Date | Event |\n|------|-------|\n"
        "| 12 Jan 2020 | First cases reported |\n| 11 Mar 2020 | WHO declares a pandemic |\n"
    )
    assert find_reference(text).day is None
    # ... but a by-line's parts still give one
    assert find_reference("Storm hits\nBy Reuters Staff | February 13, 2024 | 3:42 PM\n\nText.").day == date(
        2024, 2, 13
    )


def test_a_rule_ended_by_one_begun_in_a_year_counts_nothing_from_that_year():
    # "won power in May 2022, ending nine years of conservative rule": the nine years ended in
    # 2022; they do not count on from it (it gave 2031)
    text = (
        "SYDNEY, May 3 (Reuters) - Australia's Labor government won a second term in Saturday's"
        " election.\n\nLabor first won power in May 2022, ending nine years of conservative rule."
    )
    assert find_reference(text).day is None
    # ... but a rule said to have begun in a year counts on from it
    text = (
        "CANBERRA, May 23 (Reuters) - Anthony Albanese was sworn in as prime minister on Monday,"
        " ending nine years of conservative rule that began in 2013."
    )
    assert find_reference(text).day == date(2022, 5, 23)


def test_a_weekday_since_which_a_state_has_gone_on_lies_before_the_dateline_s_day():
    # 11 April is a Thursday in 2019, the year the count reaches; "Since Saturday" was read as the
    # dateline's own day, which made it a Saturday (2020)
    text = (
        "KHARTOUM, April 11 (Reuters) - Sudan's military ousted President Omar al-Bashir on Thursday"
        " after months of protests against his 30-year rule.\n\nBashir seized power in a military"
        " coup in 1989. Since Saturday, thousands had camped outside the Defence Ministry."
    )
    ref = find_reference(text)
    assert ref.day == date(2019, 4, 11)
    assert '"Thursday" falls on the same day' in ref.explanation


def test_a_record_since_a_year_reads_past_the_stops_of_initials():
    # "the biggest failure of a U.S. lender since the 2008 financial crisis": a record's year (the
    # stops of "U.S." ended the look back, and the story was put in 2008 itself)
    ref = find_reference(
        "NEW YORK, March 10 (Reuters) - Silicon Valley Bank collapsed on Friday in the biggest failure"
        " of a U.S. lender since the 2008 financial crisis."
    )
    assert ref.day is None or ref.day.year > 2008
    assert "a record or a run is counted from" in ref.explanation
    # ... told beside a founding's year, neither placing the story: each is named for what it is
    founded = find_reference(
        "NEW YORK, March 10 (Reuters) - Silicon Valley Bank collapsed on Friday in the biggest failure"
        " of a U.S. lender since the 2008 financial crisis. The bank was founded in 1983."
    )
    assert founded.day is None
    assert "the year the text writes, 1983, is when something began" in founded.explanation
    assert "2008 is one a record is counted from" in founded.explanation


def test_a_weekday_a_plan_told_in_the_past_was_for_is_no_evidence_of_the_dateline_s():
    # "was due to visit the camp on Saturday" may be the dateline's own day or one to come: it was
    # read as a day still to come, which put the story on a Friday before 2005 (2004), not after
    text = (
        "OSLO, July 23 (Reuters) - A gunman killed at least 85 people at an island youth camp on"
        " Friday. The prime minister was due to visit the camp on Saturday.\n\nNorway has been"
        " spared the kind of attacks that struck Madrid in 2004 and London in 2005."
    )
    ref = find_reference(text)
    assert ref.day is not None and ref.day.year > 2005
    assert "not before 2005" in ref.explanation


def test_a_title_s_day_stands_beside_a_later_year_told_as_to_come():
    # "the draft budget for 2025/26 will be presented": a year to come, not a later one the text
    # tells of as gone by, which would make the title's day a look back
    text = (
        "Minutes of the Parish Council meeting held on Wednesday 9 October 2024\n\n"
        "1. The contractor will begin work on Monday.\n"
        "2. The draft budget for 2025/26 will be presented at the December meeting.\n"
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 10, 9)
    assert "closes the title" in ref.explanation
    monday = next(m for m in extract(text, ref.day) if m.text == "Monday")
    assert monday.value == "2024-10-14"
    # ... but a later year told as gone by still makes it a look back
    looked_back = text.replace("will be presented at", "was presented in 2025 at")
    assert find_reference(looked_back).day != date(2024, 10, 9)


def test_years_after_a_year_s_event_named_with_its_day_count_to_the_story():
    # "nearly 10 years after the Sept. 11, 2001 attacks": counted as from "the 2001 attacks" (it
    # counted nothing, and 2 May fell on the Sunday told in 2010, the year after the latest one)
    ref = find_reference(
        "WASHINGTON, May 2 (Reuters) - Osama bin Laden was killed by U.S. forces in Pakistan on"
        " Sunday, nearly 10 years after the Sept. 11, 2001 attacks on the United States. The CIA's"
        " base in Khost was attacked in 2009."
    )
    assert ref.day == date(2011, 5, 2)
    assert "10 years after the Sept. 11, 2001" in ref.explanation


@pytest.mark.parametrize(
    "last",
    [
        "The last protests of this size took place in 2003, against a security bill.",
        "The last quake of this magnitude struck the region in 2003.",
        "The last protest of this scale, a march against a security bill, took place in 2003.",
    ],
)
def test_the_year_of_the_last_one_as_great_is_a_record_s(last: str):
    # the last one as great was some years before: the story is not the year after it (2004, where
    # 16 June is 3 days after a Sunday), nor of another year the text tells
    text = (
        "HONG KONG, June 16 (Reuters) - Nearly two million people marched through Hong Kong on"
        f" Sunday. Hong Kong returned to Chinese rule in 1997. {last}"
    )
    ref = find_reference(text)
    assert ref.day is None or ref.day.year > 2004
    assert "2003" not in ref.explanation or "a record" in ref.explanation


def test_a_movable_holiday_the_news_happened_on_falls_just_before_the_dateline_s_day():
    # Easter Sunday fell on 21 April in 2019 (and 2030); the story was put in 2010, the year after
    # the latest year written, where Easter fell on 4 April
    text = (
        "COLOMBO, April 21 (Reuters) - Bomb blasts ripped through churches and hotels in Sri Lanka on"
        " Easter Sunday, killing more than 200 people.\n\nSri Lanka's civil war ended in 2009."
    )
    ref = find_reference(text)
    assert ref.day is not None
    assert ref.day.year in (2014, 2019, 2025)  # Easter on 20 or 21 April
    assert '"Easter Sunday" falls so in' in ref.explanation
    # ... not a holiday still to come, which may be any time after
    ahead = text.replace("on Easter Sunday, killing", "ahead of Easter, killing")
    assert "Easter" not in find_reference(ahead).explanation


def test_a_record_in_so_many_years_counts_from_the_year_the_last_one_as_great_happened():
    # 22 March is a Friday in 2024, two decades after the last attack of this scale (2004)
    text = (
        "MOSCOW, March 22 (Reuters) - Gunmen opened fire on concert-goers near Moscow on Friday,"
        " killing at least 60 people in the deadliest attack in Russia in two decades.\n\nThe last"
        " attack of this scale, the Beslan school siege, took place in 2004."
    )
    ref = find_reference(text)
    assert ref.day == date(2024, 3, 22)
    assert '"deadliest attack in Russia in two decades", counted from 2004' in ref.explanation
