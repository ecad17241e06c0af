"""When each event happened: the told scene under an outlook (issue 25, rule 3):
capability table of invented texts (published 2025-11-18, a Tuesday).

"Inflation slowed to 2.1% in October, the office said, raising hopes of a rate cut next
month. Core prices eased.": the date the sentence told (October) is the scene of what is
told next, not the outlook's (next month), though the outlook's date comes last; and what a
report says is its sentence's main event.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, an event of the second sentence, its time)
UNDER_AN_OUTLOOK = [
    (
        "Inflation slowed to 2.1% in October, the statistics office said on Friday, "
        "raising hopes of a rate cut next month. Core prices eased.",
        "eased",
        "2025-10",
    ),
    (
        "Exports jumped 9% in September, the ministry said, and should keep growing next year. "
        "Imports fell.",
        "fell",
        "2025-09",
    ),
    (
        "Retail sales dropped in October, data showed, ahead of a tax rise due in January. "
        "Clothing sales slumped.",
        "slumped",
        "2025-10",
    ),
    (
        "The firm lost $40 million in the third quarter, it said, "
        "and expects to return to profit next year. Revenue fell.",
        "fell",
        "2025-Q3",
    ),
    (
        "Factory output rose in September, officials said, "
        "with more gains forecast for next quarter. Car production climbed.",
        "climbed",
        "2025-09",
    ),
    (
        "The central bank cut rates on Thursday and signalled another cut in December. "
        "The currency weakened.",
        "weakened",
        "2025-11-13",
    ),
    (
        "Unemployment fell to 5% in October, the agency said, "
        "and it may drop further next year. Hiring picked up.",
        "picked",
        "2025-10",
    ),
    (
        "The airline carried 3 million passengers in August, it said, "
        "and plans to add routes next spring. Its shares rose.",
        "rose",
        "2025-08",
    ),
    (
        "House prices fell in October, a survey showed, "
        "and agents expect a weak market next year. Sales volumes dropped.",
        "dropped",
        "2025-10",
    ),
    (
        "The miner produced less gold in the third quarter, it said, "
        "and aims to lift output in 2026. Costs rose.",
        "rose",
        "2025-Q3",
    ),
    (
        "Tourist arrivals hit a record in July, the board said, "
        "with bookings strong for next summer. Hotel rates climbed.",
        "climbed",
        "2025-07",
    ),
    (
        "The team signed two players on Monday, the club said, "
        "and will sign a third next week. Fans welcomed the moves.",
        "welcomed",
        "2025-11-17",
    ),
    (
        "Wheat prices surged in October, traders said, with a poor harvest expected next year. "
        "Bakers raised prices.",
        "raised",
        "2025-10",
    ),
    (
        "The port handled fewer ships in September, officials said, "
        "and expects a rebound next month. Container traffic fell.",
        "fell",
        "2025-09",
    ),
    (
        "Car sales slipped in October, the association said, and should recover in the spring. "
        "Electric models gained share.",
        "gained",
        "2025-10",
    ),
    (
        "The bank earned a record profit in the third quarter, it said, "
        "and will pay a dividend next month. Its shares jumped.",
        "jumped",
        "2025-Q3",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), UNDER_AN_OUTLOOK)
def test_the_told_date_not_the_outlooks_is_the_next_sentences_scene(
    text: str, word: str, value: str
) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    time = frames[0].time
    assert time is not None and time.value == value
