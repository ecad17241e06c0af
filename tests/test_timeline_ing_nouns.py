"""An event noun in -ing after an adjective is a noun, and no timeline line starts at it
(capability table of invented reports, published Tuesday 2025-11-18).

"Two members voted for a cut of 25 basis points, up from one at the previous meeting in
October" put "Meeting in October" on the timeline: the word before "meeting" is no
article or possessive (``noun_before``), so the meeting was read as a verb, and its line
was cut to start at it. A frame word in -ing whose lemma keeps the -ing ("meeting",
"shooting", "hearing"; a verb's lemma drops it: "meeting" -> "meet") is a noun."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, the noun's line fragment no timeline line may be)
CASES = [
    (
        "Two members voted for a cut of 25 basis points, up from one at the previous "
        "meeting in October.",
        "Meeting in October",
    ),
    (
        "Nine players were booked for dissent, up from four at the previous sitting in August.",
        "Sitting in August",
    ),
    (
        "Eight judges backed a ban on the party, up from five at the last hearing in March.",
        "Hearing in March",
    ),
    (
        "Twelve shops reported thefts of phones, up from six after the previous rioting in July.",
        "Rioting in July",
    ),
    (
        "Forty firms asked for loans of $2 million, up from ten at the previous meeting in June.",
        "Meeting in June",
    ),
    (
        "Six ministers voted for a rise of 2%, down from nine at the last sitting in September.",
        "Sitting in September",
    ),
    (
        "Thirty people signed up for lessons of an hour, up from eight at the first "
        "opening in May.",
        "Opening in May",
    ),
    (
        "Three banks asked for a delay of a year, up from one at the previous hearing in April.",
        "Hearing in April",
    ),
    (
        "Five towns applied for grants of $1 million, up from two at the previous funding in 2024.",
        "Funding in 2024",
    ),
    (
        "Seven members voted for a freeze of rates, up from three at the previous meeting in July.",
        "Meeting in July",
    ),
    (
        "Four clubs asked for a review of the rules, up from one after the last ruling in June.",
        "Ruling in June",
    ),
    (
        "Ten farms applied for a share of the fund, up from four at the annual gathering "
        "in August.",
        "Gathering in August",
    ),
    (
        "Two judges voted for a retrial of the case, up from none at the first hearing in May.",
        "Hearing in May",
    ),
    (
        "Eleven states asked for a halt of the sales, up from six at the previous "
        "meeting in March.",
        "Meeting in March",
    ),
    (
        "Nine members backed a cut of 50 basis points, up from two at the emergency "
        "meeting in September.",
        "Meeting in September",
    ),
    (
        "Six teams asked for a change of venue, up from two after the previous shooting in April.",
        "Shooting in April",
    ),
]


@pytest.mark.parametrize(("report", "fragment"), CASES)
def test_no_line_starts_at_an_ing_noun(report: str, fragment: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline]
    assert not any(line.startswith(fragment) for line in lines), lines
