"""A relative clause of a noun its own phrase dates tells what the noun did then (event
time, rule 2): "since Typhoon Rana in September 2023, which killed 200 people" killed them
in September 2023, as "the 2023 strike, which grounded flights" grounded them in 2023. The
noun's date may come in its "in" or "of" phrase, not only before it; the clause's subject
is the noun ("which", "that"). Capability table of invented texts (published 2025-11-18, a
Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the clause's event word, its time's value; None: no time)
TABLE = [
    (
        "The fire is the deadliest since a blaze in May 2019 that destroyed 40 homes.",
        "destroyed",
        "2019-05",
    ),
    (
        "The crash was the worst since the derailment in March, which injured 60 people.",
        "injured",
        "2025-03",
    ),
    ("Officials recalled the flood of 2014, which swept away three bridges.", "swept", "2014"),
    ("The strike echoed the walkout in 1998, which shut every port.", "shut", "1998"),
    (
        "Investors still remember the crash of October 1987, which wiped out a fifth of the"
        " market.",
        "wiped",
        "1987-10",
    ),
    ("The deal mirrors the merger in 2016 that created the largest brewer.", "created", "2016"),
    ("The vote follows a referendum in June, which rejected the plan.", "rejected", "2025-06"),
    (
        "Residents fear a repeat of the landslide on Oct. 3, which buried a school.",
        "buried",
        "2025-10-03",
    ),
    (
        "The quake was the strongest since one in April 2015, which killed 9,000 people.",
        "killed",
        "2015-04",
    ),
    ("Fans recalled the final of 2005, which went to penalties.", "went", "2005"),
    ("The ruling overturns a law of 2019 that banned the protests.", "banned", "2019"),
    (
        "It is the biggest strike since a stoppage in 2009 that closed every school.",
        "closed",
        "2009",
    ),
    (
        "The drought is the worst since the dry spell in 2018 that ruined the harvest.",
        "ruined",
        "2018",
    ),
    (
        "Analysts compared the fall with the slump in August, which erased $2 trillion.",
        "erased",
        "2025-08",
    ),
    # the noun's own date, before it, as before
    (
        "The quake was the strongest since the 2011 disaster, which killed 18,000 people.",
        "killed",
        "2011",
    ),
    # not a present ("which runs until 2030": a state of now, not of 2019)
    ("The pact of 2019, which runs until 2030, is under review.", "runs", None),
]


# The small parser hangs the date and the clause on "was" here: no noun to lend a date.
PARSE_LIMITS = [
    (
        "It was the worst storm since Typhoon Rana in September 2023, which killed 200 people.",
        "killed",
        "2023-09",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_relative_of_a_dated_noun_takes_its_date(text: str, word: str, value: str | None) -> None:
    assert time_of(text, word) == value


@pytest.mark.xfail(strict=True, reason="the parse hangs the clause on the copula")
@pytest.mark.parametrize(("text", "word", "value"), PARSE_LIMITS)
def test_a_relative_the_parse_hangs_elsewhere(text: str, word: str, value: str | None) -> None:
    assert time_of(text, word) == value
