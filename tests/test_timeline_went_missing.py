""" "The bank went bust in 2008": a line keeps what its subject went (capability table of
invented reports, published Tuesday 2025-11-18).

A line made from an event frame kept the complement of a linking verb ("became chief
executive", "turned violent": ``linking_verbs`` in ``models/events/headlines.json``), but
"go" was none: "Funds went missing in 2023" became "Funds went in 2023", "The bank went
bust in 2008" "The bank went in 2008". "go" is a linking verb too. Before the change the
15 lines lost their complement; the 2 controls passed.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, words the report's timeline line holds)
CASES = [
    ("The firm went bankrupt in 2019, its founder said.", "The firm went bankrupt"),
    ("The phone lines went dead on Monday.", "The phone lines went dead"),
    ("The website went dark on Saturday.", "The website went dark"),
    ("The video went viral in October.", "The video went viral"),
    ("The bank went bust in 2008.", "The bank went bust"),
    ("The radio went silent on Friday night.", "The radio went silent"),
    (
        "The mayor resigned on Sunday after an audit found that funds went missing in 2023.",
        "Funds went missing",
    ),
    ("The town went quiet on Sunday after the storm.", "The town went quiet"),
    ("The reactor went offline on Thursday.", "The reactor went offline"),
    ("The pitch went unplayable in the rain on Saturday.", "The pitch went unplayable"),
    ("The shop went cashless in March.", "The shop went cashless"),
    ("The platform went public in 2021.", "The platform went public"),
    ("The region went dry in August.", "The region went dry"),
    ("The lake went green in July.", "The lake went green"),
    ("The crowd went wild on Sunday.", "The crowd went wild"),
    # Controls: a place, a particle
    ("The team went to Paris on Monday.", "The team went to Paris"),
    ("Talks went ahead on Tuesday.", "Talks went ahead"),
]


@pytest.mark.parametrize(("report", "words"), CASES)
def test_a_line_keeps_what_its_subject_went(report: str, words: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline if e.facts[0].doc == 0]
    assert any(words in line for line in lines), lines
