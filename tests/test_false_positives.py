"""Counts, names, verbs, money, percentages, ages, versions and addresses are not dates."""

from __future__ import annotations

import pytest

from timeline.temporal import extract

from .conftest import REF

TRAPS = [
    "at least 61,944 Palestinians have been killed and 155,886 wounded",
    "the tracker lists 2,500 objects in orbit",
    "the Security Council adopted Resolution 2334",
    "seven of ten, or 7 of 10 voters, agreed",
    "the index closed at 136.7 points",
    "Former prime minister Theresa May spoke",
    "Protesters march through the capital",
    "Police may close the road",
    "the company paid $2024 in fees",
    "sales rose 2019% in a year of chaos",
    "the 1600 Pennsylvania Avenue address",
    "a crowd of 1500 people gathered",
    "about 2000 troops were deployed",
    "the firmware version 2021 update",
    "the flight landed at 1945 GMT",
    "the score was 3-1",
    "a man aged 43",
    "Room 1967 on the fourth floor",
    "Shares rose 3.2% to 1,034 pence",
    "nearly 1998 ballots were lost",
    "temperatures reached 2000 degrees and the plant makes 1500 megawatts",
    "the program runs in 2000 schools",
    "call 555-1234 for tickets",
    "call 0800 123 2024 or +44 20 7946 2019 for help",
    "the F-35 fleet and the Airbus A380 were grounded",
    "the service runs 24/7 and the score was 52-48",
    "the Galaxy S24 and Windows 95 sold well",
    "The small-cap Russell 2000, which had rallied 11.5%, slipped",
    "a Peugeot 2008 crossover",
    "he flew on Flight 1549 to Chapter 11",
    # the numbers of a list of numbered things: "Sections 230 and 1983"
    "Sections 230 and 1983 apply, and rooms 12, 14 and 2019 were booked",
    "June Carter sang. April Ryan asked why.",
    "Rep. Summer Lee and Anna Winter voted no",
    "the papal summer residence at Castel Gandolfo",
    "The Arab Spring toppled rulers",
    "It rose to a five-year high, a year later than planned",
    # part of a larger number is no amount of time ago or later (a thousands separator that is
    # a dot, as written in much of Europe: "80,000 years ago" is read whole)
    "the comet last came by about 80.000 years ago, and will again 1.500 years later",
    # a quarter of a game or of something else is no calendar quarter
    "James scored 12 points in the third quarter",
    "The Lakers trailed by 15 in the third quarter before James took over",
    "traffic in its first quarter of operation was 20% above forecasts",
    # papers, shows and marches named after a day or month
    "Sunday Times reporters and the Mail on Sunday were there",
    "He hosted Saturday Night Live",
    "The March for Life drew thousands",
    "He was the April Fool",
    # places and groups named after a day or a season
    "The May 4th Movement shaped modern China; the March 14 Alliance won",
    "Traffic on Spring Street and Summer Avenue was stopped",
    # hydrogen, not a half of the year, even among a company's figures
    # a count in words, not a year spoken ("two thousand and one")
    "About two thousand people attended and nineteen hundred troops landed",
    "Investment in H2 production rose; sales of green H2 rose; demand for H2 is rising, analysts said",
    # a web address's path, which pages and Markdown links write dates into
    "See the [report](https://example.com/2024/03/05/report.html) and <https://news.example.org/2023-11-02/story>.",
    "Read more at www.example.com/news/2024-03-05-floods or http://example.com/archive/20240305.",
]


def test_a_date_beside_a_web_address_is_still_one():
    found = [(m.text, m.value) for m in extract("Source: https://example.com/a, March 5, 2024.", REF)]
    assert found == [("March 5, 2024", "2024-03-05")]


@pytest.mark.parametrize("text", TRAPS)
def test_not_a_date(text: str):
    dates = [(m.text, m.value) for m in extract(text, REF) if m.type == "DATE"]
    assert dates == []


def test_ages_of_the_earth_are_no_dates_and_no_spans():
    # counts of millions of years are no dates of a news timeline, nor "some years" ago
    assert extract("The rock formed 145 million years ago; life began 3.5 billion years ago.", REF) == []


def test_seed_casualty_counts_are_not_dates():
    text = "at least 61,944 Palestinians have been killed and 155,886 wounded since October 7, 2023"
    assert [m.text for m in extract(text, REF) if m.dated] == ["October 7, 2023"]


def test_a_programme_named_after_a_time_of_day_is_no_time():
    assert extract("The Tonight Show host joked about the vote.", REF) == []
