"""What a verb of sequence places its subject after is dated, not the subject (issue 25).

"The decline followed a surge in September" gave the decline September: the month is
the surge's, and the decline only came after it (rule 5: placed relative to another
event). "The sale follows the closure of two plants in March", told in November, also
put March ahead: what the news follows came before it. A date in the object's phrase of
a verb of ``sequence_verbs`` (models/events/time.json), or hung on the verb right after
that object, or in the object's possessive ("followed Sunday's shooting"), dates the
object (``briefx.dates.tense.sequence_object``): the object's event takes it, the
subject takes none through the verb, and the object of a verb of ``sequence_after``
("follow") lies behind the story unless the verb is told as to come ("will follow a
vote in March"); that of "precede" told in the present lies ahead.

Capability table of invented sentences, published 2025-11-19 (a Wednesday).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-19"

# (text, the subject's event word, the object's event word, the date's value)
PLACED_AFTER = [
    ("The decline followed a surge in September.", "decline", "surge", "2025-09"),
    ("The sale follows the closure of two plants in March.", "sale", "closure", "2025-03"),
    ("The layoffs follow a loss in the second quarter.", "layoffs", "loss", "2025-Q2"),
    ("The protest followed a shooting on Sunday.", "protest", "shooting", "2025-11-16"),
    ("The strike follows a walkout at the port in the spring.", "strike", "walkout", "2025-SP"),
    (
        "The resignation follows an investigation in July.",
        "resignation",
        "investigation",
        "2025-07",
    ),
    ("The crackdown followed riots in August.", "crackdown", "riots", "2025-08"),
    ("The merger follows the collapse of a rival bid in June.", "merger", "collapse", "2025-06"),
    (
        "The arrests followed an explosion on Friday near the port.",
        "arrests",
        "explosion",
        "2025-11-14",
    ),
    ("The recall follows a fire at a plant in Ohio in May.", "recall", "fire", "2025-05"),
    ("The truce followed an offensive in the spring.", "truce", "offensive", "2025-SP"),
    ("Her dismissal followed a revolt by backbenchers in 2023.", "dismissal", "revolt", "2023"),
    ("The rebound followed a slump in the first quarter.", "rebound", "slump", "2025-Q1"),
    ("The evacuation followed an earthquake on Tuesday.", "evacuation", "earthquake", "2025-11-18"),
    ("The price cut follows a drop in demand in the summer.", "cut", "drop", "2025-SU"),
    ("The protest followed Sunday's shooting.", "protest", "shooting", "2025-11-16"),
    ("The vote preceded a walkout in October.", "vote", "walkout", "2025-10"),
    ("The election precedes a summit in March.", "election", "summit", "2026-03"),
]

# (text, the event word, its date's value): a date before the object, or a date of the
# subject's own phrase, stays the subject's; a sequence told as to come stays ahead
OWN_DATES = [
    ("The rally on Monday followed a sell-off.", "rally", "2025-11-17"),
    ("Talks on Monday followed a truce in March.", "Talks", "2025-11-17"),
    ("The decision will follow a vote in March.", "vote", "2026-03"),
]


def _time(doc: briefx.Document, word: str) -> str | None:
    frames = [f for fact in doc.facts for f in fact.events if f.text == word]
    assert frames, (word, [f.text for fact in doc.facts for f in fact.events])
    return frames[0].time.value if frames[0].time else None


@pytest.mark.parametrize(("text", "subject", "placed", "value"), PLACED_AFTER)
def test_the_date_is_the_placed_events(text: str, subject: str, placed: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.value for d in doc.dates] == [value]
    assert _time(doc, placed) == value
    assert _time(doc, subject) != value


@pytest.mark.parametrize(("text", "word", "value"), OWN_DATES)
def test_a_date_of_its_own_stays(text: str, word: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert _time(doc, word) == value
