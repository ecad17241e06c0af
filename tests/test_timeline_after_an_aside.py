"""A timeline line for an event told after an aside on its subject reads from the subject
(the brief's timeline): "The bridge, built in 1932, was closed on Monday" gave the Monday
entry "Was closed on Monday", and "The striker, who joined the club in 2022, was injured
on Saturday" gave "Who joined the club in 2022, was injured on Saturday".

The subject and what follows the aside make the line ("The bridge was closed on Monday");
the aside's own event keeps its line (tests/test_timeline_aside_lines.py).

Capability table of invented sentences, published 2026-03-26; before the change all 15
failed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-26"

# (sentence, the event's date value, its line)
AFTER_ASIDES = [
    (
        "The ceasefire, which took effect at midnight on Friday, largely held over the weekend.",
        "2026-W12-WE",
        "The ceasefire largely held over the weekend",
    ),
    (
        "The bridge, built in 1932, was closed on Monday.",
        "2026-03-23",
        "The bridge was closed on Monday",
    ),
    (
        "The law, passed in 2023, was struck down on Tuesday.",
        "2026-03-24",
        "The law was struck down on Tuesday",
    ),
    (
        "The plant, opened in 1974, was shut on Friday.",
        "2026-03-20",
        "The plant was shut on Friday",
    ),
    (
        "The museum, founded in 1880, was reopened on Sunday.",
        "2026-03-22",
        "The museum was reopened on Sunday",
    ),
    (
        "The treaty, signed in 1998, was scrapped on Monday.",
        "2026-03-23",
        "The treaty was scrapped on Monday",
    ),
    (
        "The ship, launched in 2011, was sunk on Friday.",
        "2026-03-20",
        "The ship was sunk on Friday",
    ),
    ("The dam, which burst in 2021, was rebuilt in 2024.", "2024", "The dam was rebuilt in 2024"),
    (
        "The tower, which opened in 1969, was demolished on Sunday.",
        "2026-03-22",
        "The tower was demolished on Sunday",
    ),
    (
        "The company, which was founded in 1990, was sold on Monday.",
        "2026-03-23",
        "The company was sold on Monday",
    ),
    (
        "The striker, who joined the club in 2022, was injured on Saturday.",
        "2026-03-21",
        "The striker was injured on Saturday",
    ),
    (
        "The airport, which handles 9 million passengers a year, was closed on Thursday.",
        "2026-03-26",
        "The airport was closed on Thursday",
    ),
    (
        "The minister, who faces a vote next week, was questioned on Wednesday.",
        "2026-03-25",
        "The minister was questioned on Wednesday",
    ),
    (
        "The drug, approved in 2021, was withdrawn on Tuesday.",
        "2026-03-24",
        "The drug was withdrawn on Tuesday",
    ),
    (
        "The road, which links the two towns, was reopened on Friday.",
        "2026-03-20",
        "The road was reopened on Friday",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "line"), AFTER_ASIDES)
def test_an_event_after_an_aside_reads_from_its_subject(
    sentence: str, value: str, line: str
) -> None:
    brief = briefx.brief([briefx.extract(sentence, published=PUBLISHED)])
    assert [e.headline for e in brief.timeline if e.value == value] == [line]
