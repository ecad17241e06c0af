"""A headline says what was acted on as a phrase inside a line: "Police closed the main
road", not "Police closed The main road" (capability table of invented report pairs,
published Tuesday 2025-11-18).

A passive sentence opens with what was acted on, capitalised as a sentence's first
word; in the headline it follows the verb. Its first word loses the capital when it
opens a noun phrase (``determiners`` in models/events/headlines.json), not before a
name ("The Hague court").
"""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds

# (first report, second report, words the headline holds)
TABLE = [
    (
        "The main road was closed by police on Monday.",
        "The main road was closed by police on Monday, drivers said.",
        "the main road",
    ),
    (
        "The bridge was damaged by the flood on Sunday.",
        "The bridge was damaged by the flood on Sunday, engineers said.",
        "the bridge",
    ),
    (
        "A new mayor was elected by voters in Harven on Sunday.",
        "A new mayor was elected by voters in Harven on Sunday, officials said.",
        "a new mayor",
    ),
    (
        "The budget was approved by lawmakers on Tuesday.",
        "The budget was approved by lawmakers on Tuesday, the speaker said.",
        "the budget",
    ),
    (
        "The suspect was arrested by police in Dorval on Friday.",
        "The suspect was arrested by police in Dorval on Friday, prosecutors said.",
        "the suspect",
    ),
    (
        "Its headquarters was raided by investigators on Thursday.",
        "Its headquarters was raided by investigators on Thursday, the company said.",
        "its headquarters",
    ),
    (
        "The deal was signed by both sides on Monday.",
        "The deal was signed by both sides on Monday, diplomats said.",
        "the deal",
    ),
    (
        "The Hague court was told by lawyers on Monday that the case would resume.",
        "The Hague court was told by lawyers on Monday that the case would resume, the court said.",
        "The Hague court",
    ),
    (
        "The plant was bought by Corvane Mining on Friday.",
        "The plant was bought by Corvane Mining on Friday, the seller said.",
        "the plant",
    ),
    (
        "This year's festival was cancelled by organisers on Wednesday.",
        "This year's festival was cancelled by organisers on Wednesday, a spokeswoman said.",
        "this year's festival",
    ),
    (
        "Their convoy was attacked by gunmen on Saturday.",
        "Their convoy was attacked by gunmen on Saturday, the army said.",
        "their convoy",
    ),
    (
        "The strike was called off by the union on Monday.",
        "The strike was called off by the union on Monday, managers said.",
        "the strike",
    ),
    (
        "The village was evacuated by firefighters on Sunday.",
        "The village was evacuated by firefighters on Sunday, residents said.",
        "the village",
    ),
    (
        "The ferry was rescued by the coast guard on Tuesday.",
        "The ferry was rescued by the coast guard on Tuesday, the owner said.",
        "the ferry",
    ),
    (
        "The ban was lifted by the court on Friday.",
        "The ban was lifted by the court on Friday, lawyers said.",
        "the ban",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), TABLE)
def test_what_was_acted_on_reads_as_a_phrase_inside_the_line(
    first: str, second: str, words: str
) -> None:
    assert_a_headline_holds(first, second, words)
