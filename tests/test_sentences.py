"""The sentence splitter: where news prose ends its sentences, and where it only abbreviates."""

from __future__ import annotations

import pytest

from timeline.temporal.sentences import SentenceIndex, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("He left. Then she came.", ["He left.", "Then she came."]),
        ("Mr. Smith met Dr. Jones.", ["Mr. Smith met Dr. Jones."]),
        ("MR. SMITH WON. IT WAS CLOSE.", ["MR. SMITH WON.", "IT WAS CLOSE."]),
        ("Mr. Smith arrived.", ["Mr. Smith arrived."]),  # an abbreviation opening the text
        ("The U.S. Senate voted. Debate ended.", ["The U.S. Senate voted.", "Debate ended."]),
        ("It was signed on Jan. 5 by J. Smith.", ["It was signed on Jan. 5 by J. Smith."]),
        ("Sales rose 3.5 percent. Profit fell.", ["Sales rose 3.5 percent.", "Profit fell."]),
        ("Tea, coffee, etc... Then lunch.", ["Tea, coffee, etc... Then lunch."]),
        ("He won... Then he lost.", ["He won...", "Then he lost."]),
        ('"We won!" She smiled.', ['"We won!"', "She smiled."]),
        ("He said (it ended.) Then", ["He said (it ended.)", "Then"]),
        ("Who? Me. 2024 was long.", ["Who?", "Me.", "2024 was long."]),
        # "a.m." and "p.m." go on before a day, a month or a zone, and end a sentence before any
        # other capital
        ("Voting ends at 5 p.m. Tuesday.", ["Voting ends at 5 p.m. Tuesday."]),
        ("It opens at 9 a.m. Jan. 5 and at 4 p.m. ET.", ["It opens at 9 a.m. Jan. 5 and at 4 p.m. ET."]),
        ("Polls close at 5 p.m. Results follow.", ["Polls close at 5 p.m.", "Results follow."]),
        ("Sales of 3.5m. Then", ["Sales of 3.5m.", "Then"]),  # "5m" is no abbreviation
        ("Title\n\nFirst line\nsecond line", ["Title", "First line", "second line"]),
        ("The No. 2 seed lost. The Co. fell.", ["The No. 2 seed lost.", "The Co. fell."]),
    ],
)
def test_sentence_ends(text: str, sentences: list[str]):
    assert _sentences(text) == sentences


def test_a_word_that_ends_like_an_abbreviation_ends_a_sentence():
    assert _sentences("He met the Emir. The talks began.") == ["He met the Emir.", "The talks began."]
    assert _sentences("They took the bus. It was late.") == ["They took the bus.", "It was late."]


def test_around_finds_the_sentence_of_an_offset():
    text = "Mr. Smith left on Monday. Ms. Jones stayed."
    index = SentenceIndex(text)
    assert text[slice(*index.around(text.index("Monday")))] == "Mr. Smith left on Monday."
    assert text[slice(*index.around(text.index("Jones")))] == "Ms. Jones stayed."


def test_a_run_of_a_million_stops_is_one_boundary():
    text = "It ended" + "." * 1_000_000 + " Then it began."
    assert len(sentence_spans(text)) == 2
