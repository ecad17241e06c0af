"""A line cut from a sentence reads as the sentence does (the brief's timeline).

Two kinds found in invented reports: a statement's line led by its speaker though it
names them already ("Halvern Systems Inc.: Halvern, which employs ... said last year",
the check read only the name's last word, "Inc."), and a line whose quotation lost its
closing mark with the full stop ('said her party "could not sit in a government').
Capability tables of invented sentences and reports, published 2025-11-18; 6 of the 7
failed before.
"""

from __future__ import annotations

import pytest

import briefx
from briefx.crossdoc.headlines import sentence_headline
from tests.event_times import PUBLISHED

# (sentence, the line)
QUOTED = [
    (
        'Her party leader said on Tuesday that they "could not sit in a government that paves'
        ' over wetlands."',
        'Her party leader said on Tuesday that they "could not sit in a government that paves'
        ' over wetlands"',
    ),
    (
        'The coach said his side had "thrown away a match we should have won easily in the'
        ' first half."',
        'The coach said his side had "thrown away a match we should have won easily in the'
        ' first half"',
    ),
    (
        'Residents called the new tower "a wall of glass that blocks the sun for half the street."',
        'Residents called the new tower "a wall of glass that blocks the sun for half the street"',
    ),
    (
        "The minister called the strike “an attack on every family that relies on the trains"
        " to reach work.”",
        "The minister called the strike “an attack on every family that relies on the trains"
        " to reach work”",
    ),
    (
        'The mayor called the plan "a disaster" and said the council would fight it in the'
        " courts for years.",
        'The mayor called the plan "a disaster" and said the council would fight it in the'
        " courts for years",
    ),
]

# (report, the speaker-led line's value, the line)
STATEMENTS = [
    (
        "Halvern Systems Inc. cut jobs on Monday. Halvern, which employs 900 people, said"
        " last year it would build a plant in Ohio.",
        "2024",
        "Halvern, which employs 900 people, said last year it would build a plant in Ohio",
    ),
    (
        "Vell Foods Ltd. raised prices on Monday. Vell, which has 40 shops, said last year it"
        " would open ten more.",
        "2024",
        "Vell, which has 40 shops, said last year it would open ten more",
    ),
    # A speaker named by a common noun that opens the line ("The company: The company
    # reported ..." before).
    (
        "The company reported record quarterly revenue of $9.2 billion last month.",
        "2025-10",
        "The company reported record quarterly revenue of $9.2 billion last month",
    ),
]


@pytest.mark.parametrize(("sentence", "line"), QUOTED)
def test_a_quotation_cut_with_the_full_stop_is_closed(sentence: str, line: str) -> None:
    assert sentence_headline([sentence]) == line


@pytest.mark.parametrize(("text", "value", "line"), STATEMENTS)
def test_a_statement_naming_its_speaker_is_not_led_by_them(
    text: str, value: str, line: str
) -> None:
    brief = briefx.brief([briefx.extract(text, published=PUBLISHED)])
    assert [e.headline for e in brief.timeline if e.value == value] == [line]
