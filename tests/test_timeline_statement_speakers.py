"""A statement's line names its speaker only by a name or a description (the brief's
timeline): "it: The airline will sell two jets" told nothing a reader did not have, and
"the company: Orban Steel will close ..." opened with a small letter.

A speaker the report gives only as a pronoun ("it said", "she said") leads no line: the
line is what was said. A speaker given by a description ("the company", "police") leads
the line with a capital ("The company: ...", "Police: ..."), as a name does.

Capability table of invented reports, published 2025-11-18; before the change 14 of the
15 failed (one pronoun's statement passed through the event line of its own words).
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED

# (report, the statement's line)
PRONOUNS = [
    ("The airline will sell two jets, it said on Friday.", "The airline will sell two jets"),
    ("We will rebuild the bridge, he said on Monday.", "We will rebuild the bridge"),
    (
        "The union will strike in December, she said on Thursday.",
        "The union will strike in December",
    ),
    (
        "The ferry will resume sailing in January, it said on Sunday.",
        "The ferry will resume sailing in January",
    ),
    ("Our prices will rise, he said on Wednesday.", "Our prices will rise"),
    ("The clinic will close two wards, it said on Tuesday.", "The clinic will close two wards"),
    ("Talks will go on, she said on Saturday.", "Talks will go on"),
    ("The club will appeal the fine, it said on Monday.", "The club will appeal the fine"),
    ("Exports will recover next year, he said on Friday.", "Exports will recover next year"),
    ("The mine will reopen in March, they said on Thursday.", "The mine will reopen in March"),
]

# (report, the statement's line)
DESCRIPTIONS = [
    (
        "The ferry will resume sailing in January, the company said on Sunday.",
        "The company: The ferry will resume sailing in January",
    ),
    (
        "Six people died in the blast, police said on Sunday.",
        "Police: Six people died in the blast",
    ),
    (
        "Water will be cut off for two days, officials said on Monday.",
        "Officials: Water will be cut off for two days",
    ),
    (
        "The bridge will stay shut until spring, the council said on Friday.",
        "The council: The bridge will stay shut until spring",
    ),
    (
        "Two climbers are missing, rescuers said on Saturday.",
        "Rescuers: Two climbers are missing",
    ),
]


def _statement(text: str, said: str) -> list[str]:
    brief = briefx.brief([briefx.extract(text, published=PUBLISHED)])
    return [e.headline for e in brief.timeline if e.headline.endswith(said.split(": ")[-1])]


@pytest.mark.parametrize(("text", "line"), PRONOUNS + DESCRIPTIONS)
def test_a_statement_is_led_by_a_name_or_a_description(text: str, line: str) -> None:
    assert line in _statement(text, line)
