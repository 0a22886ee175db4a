"""Synthetic news articles from templates, with varied datelines, dates and lengths, for the
scale benchmarks.  Deterministic for a given seed; each article is different text (so the
cache cannot serve one article for another)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

CITIES = ["CAIRO", "NAIROBI", "LIMA", "OSLO", "MANILA", "QUITO", "ACCRA", "HANOI", "RIGA", "DAKAR"]
AGENCIES = ["Reuters", "AP", "AFP", "IANS", "Xinhua"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
SENTENCES = [
    "The ministry said on {weekday} that talks would resume after the {season} recess.",
    "Officials first met on {month} {day}, {year}, according to records seen by reporters.",
    "Inflation rose 3.{n} percent in the {ordinal} quarter, the statistics office said.",
    "The agreement, signed in {year2}, expires at the end of next year.",
    "Two weeks later, the council voted {n} to {m} to delay the project.",
    "Residents recalled the floods of the {decade}s, when {n},{m}00 homes were lost.",
    "The company reported revenue of ${n}.{m} billion for the year ended {month} {day}.",
    "A spokesman declined to comment on Tuesday, saying the review was still under way.",
    "The plan was announced three years ago and revised last month.",
    "Prices have doubled since {month} {year}, traders said yesterday.",
    "Analysts expect a decision by mid-{month}, though some warned of delays.",
    "The committee will meet again on {month} {day} to review the figures.",
    "Visitors numbered {n}{m},{n}{m}{n} in total, up from the year before.",
    "The law dates back to the {century}th century and was last amended in {year2}.",
]
FILLER = [
    "The proposal drew criticism from opposition lawmakers, who said it lacked detail.",
    "Supporters argue the measure will bring investment to the region and create jobs.",
    "Local businesses have struggled with rising costs and a shortage of skilled workers.",
    "The mayor told reporters the city would not back down in the face of pressure.",
    "Environmental groups have called for an independent assessment of the risks.",
    "Negotiators from both sides described the atmosphere as constructive but cautious.",
    "Several residents said they had not been consulted before the decision was taken.",
    "The figures could not be independently verified, and officials gave no breakdown.",
    "Diplomats said a compromise remained possible if both delegations showed flexibility.",
    "Critics say the scheme favours large landowners over small farmers and tenants.",
]
ORDINALS = ["first", "second", "third", "fourth"]
SEASONS = ["spring", "summer", "autumn", "winter"]


def article(rng: random.Random, number: int) -> str:
    """One article: a dateline in one of several styles, then paragraphs of dated sentences."""
    published = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
    city, agency = rng.choice(CITIES), rng.choice(AGENCIES)
    style = number % 3
    if style == 0:
        head = f"{city}, {published:%b} {published.day} ({agency}) - "
    elif style == 1:
        head = f"Published: {published.isoformat()}\n\n{city} ({agency}) -- "
    else:
        head = f"{city}, {MONTHS[published.month - 1]} {published.day}, {published.year} ({agency}) - "
    lines = [f"Story {number}: {rng.choice(CITIES).title()} council weighs its options"]
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.65:  # most sentences of a news story carry no date
                sentences.append(rng.choice(FILLER))
                continue
            sentences.append(
                rng.choice(SENTENCES).format(
                    weekday=rng.choice(WEEKDAYS),
                    month=rng.choice(MONTHS),
                    day=rng.randint(1, 28),
                    year=published.year - rng.randint(0, 30),
                    year2=published.year - rng.randint(1, 60),
                    decade=rng.randrange(1900, 2000, 10),
                    century=rng.randint(12, 19),
                    season=rng.choice(SEASONS),
                    ordinal=rng.choice(ORDINALS),
                    n=rng.randint(1, 9),
                    m=rng.randint(1, 9),
                )
            )
        paragraphs.append(" ".join(sentences))
    return "\n".join(lines) + "\n\n" + head + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7, per_folder: int = 1000) -> int:
    """Write ``count`` articles as ``.txt`` files, ``per_folder`` to a sub-folder; returns bytes."""
    rng = random.Random(seed)
    total = 0
    for number in range(count):
        sub = folder / f"part{number // per_folder:04d}"
        if number % per_folder == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = article(rng, number).encode("utf-8")
        (sub / f"article{number:06d}.txt").write_bytes(data)
        total += len(data)
    return total
