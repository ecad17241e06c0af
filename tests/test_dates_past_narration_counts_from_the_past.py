"""A day counted back or on in a past narration counts from the last date that is not
ahead of the report: "The ship ran aground on Saturday. The salvage is expected to last
until April. The vessel had left port a day earlier" is Friday, not March 31.

A relative date ("a day earlier", "the day before", "two weeks earlier", "a month
later") counts from the date told just before it. When that date is still to come (an
outlook, a deadline, a plan: "until April", "is set for June") and the relative date is
told in the past, the narration it belongs to is the past one: it counts from the last
date not ahead of the report. Told ahead ("Leaders will arrive a day earlier") it still
counts from the date before it.

Capability table of invented stories, published 2026-03-13 (a Friday); before the change
the 11 past narrations counted from the date to come; the 2 told ahead passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (the story's sentences, the relative date, its value)
STORIES = [
    (
        (
            "The ship ran aground on Saturday.",
            "The salvage is expected to last until April.",
            "The vessel had left port a day earlier.",
        ),
        "a day earlier",
        "2026-03-06",
    ),
    (
        (
            "Police arrested the suspect on Monday.",
            "His trial is set for June.",
            "He had been released from prison two days earlier.",
        ),
        "two days earlier",
        "2026-03-07",
    ),
    (
        (
            "The bank cut rates on Wednesday.",
            "Its next meeting is in May.",
            "A day earlier, data showed inflation slowing.",
        ),
        "A day earlier",
        "2026-03-10",
    ),
    (
        (
            "Rebels seized the town on Sunday.",
            "Talks are planned for next week.",
            "Two days earlier, they had shelled the airport.",
        ),
        "Two days earlier",
        "2026-03-06",
    ),
    (
        (
            "The minister resigned on Tuesday.",
            "An inquiry will report in July.",
            "A week earlier, she had denied the claims.",
        ),
        "A week earlier",
        "2026-03-03",
    ),
    (
        (
            "The plant closed in January.",
            "It will reopen in September.",
            "A month later, workers had found new jobs.",
        ),
        "A month later",
        "2026-02",
    ),
    (
        (
            "The singer cancelled her tour on Wednesday.",
            "Her next album is due in October.",
            "The previous day, she had been taken to hospital.",
        ),
        "The previous day",
        "2026-03-10",
    ),
    (
        (
            "The firm reported a loss on Thursday.",
            "It plans to cut 500 jobs by December.",
            "The day before, its chief executive had resigned.",
        ),
        "The day before",
        "2026-03-11",
    ),
    (
        (
            "The striker signed a new contract on Monday.",
            "His deal runs until 2029.",
            "Two weeks earlier, he had rejected a bid by a rival club.",
        ),
        "Two weeks earlier",
        "2026-02-23",
    ),
    (
        (
            "A court jailed the former mayor on Tuesday.",
            "His appeal will be heard in September.",
            "Three days earlier, he had lost a bid to delay the verdict.",
        ),
        "Three days earlier",
        "2026-03-07",
    ),
    (
        (
            "The airline grounded its fleet on Sunday.",
            "Flights will resume next week.",
            "The day before, an engine had caught fire on take-off.",
        ),
        "The day before",
        "2026-03-07",
    ),
    # told ahead: from the date before it
    (
        (
            "The summit opens on Monday.",
            "Leaders will arrive a day earlier.",
        ),
        "a day earlier",
        "2026-03-15",
    ),
    (
        (
            "Voting ends on March 30.",
            "Results will be announced two days later.",
        ),
        "two days later",
        "2026-04-01",
    ),
]


@pytest.mark.parametrize(("story", "text", "value"), STORIES)
def test_a_past_narration_counts_from_the_past(
    story: tuple[str, ...], text: str, value: str
) -> None:
    doc = briefx.extract(" ".join(story), published=PUBLISHED)
    assert [d.value for d in doc.dates if d.text == text] == [value]
