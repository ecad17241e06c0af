"""A figure's period does not move the acts of the story off their day (event time, rule 3).

"The bank kept its rate on Thursday. Inflation slowed to 2.9% in November. The governor
said the board had discussed a cut" (invented): November took the focus, and the board's
discussion lay in it. A sentence whose main event tells a figure of no price, a move
("Inflation slowed", "Sales fell"; ``market_moves``, ``figure_moves``) or a verb of
results ("earned"; ``result_verbs``), told over a period that ended before the day of the
scene, still gives the figures told after it their period ("Revenue climbed 2%"); an act
told in the past with no date of its own lies on the day before it. Capability table of
invented texts (published 2025-12-11, a Thursday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-11"

# (text, event word, its time's value)
TABLE = [
    (
        "The bank kept its rate at 4% on Thursday. Inflation slowed to 2.9% in November."
        " The board discussed a cut.",
        "discussed",
        "2025-12-11",
    ),
    (
        "The company cut its forecast on Monday. Sales fell 4% in the third quarter. Its"
        " chief executive apologised to investors.",
        "apologised",
        "2025-12-08",
    ),
    (
        "Velmora cut 300 jobs on Tuesday. Orders dropped 12% in October. Unions condemned"
        " the move.",
        "condemned",
        "2025-12-09",
    ),
    (
        "The miner shut two pits on Wednesday. Output fell 8% in the first half. The"
        " company blamed flooding.",
        "blamed",
        "2025-12-10",
    ),
    (
        "The carmaker recalled 9,000 vans on Monday. Deliveries slipped 3% in November."
        " Regulators opened an inquiry.",
        "opened",
        "2025-12-08",
    ),
    (
        "The airline grounded six jets on Tuesday. Traffic rose 5% in November. Engineers"
        " found cracks in two engines.",
        "found",
        "2025-12-09",
    ),
    (
        "The retailer closed 40 stores on Monday. Its sales declined 6% in the quarter to"
        " October. Staff protested outside the head office.",
        "protested",
        "2025-12-08",
    ),
    (
        "The brewer raised prices on Wednesday. Costs jumped 9% in the third quarter. Pubs"
        " warned of closures.",
        "warned",
        "2025-12-10",
    ),
    (
        "The chipmaker cut its outlook on Tuesday. It earned $40 million in the quarter."
        " Investors dumped the shares.",
        "dumped",
        "2025-12-09",
    ),
    (
        "The insurer raised its reserves on Monday. It posted a loss of $2 billion in the"
        " year to June. The chairman resigned.",
        "resigned",
        "2025-12-08",
    ),
    (
        "The central bank held rates on Thursday. Unemployment rose to 5.1% in October."
        " Ministers welcomed the decision.",
        "welcomed",
        "2025-12-11",
    ),
    (
        "The port reopened on Wednesday. Exports fell 7% in November. Dockers returned to work.",
        "returned",
        "2025-12-10",
    ),
    (
        "The regulator fined the bank on Tuesday. Complaints doubled in the first half."
        " The bank appealed.",
        "appealed",
        "2025-12-09",
    ),
    (
        "The city banned diesel cars on Monday. Pollution climbed 20% in November. Drivers"
        " criticised the ban.",
        "criticised",
        "2025-12-08",
    ),
    (
        "The utility raised tariffs on Wednesday. Demand grew 4% in October. Consumer"
        " groups challenged the rise.",
        "challenged",
        "2025-12-10",
    ),
    # figures told after a figure keep its period
    (
        "The company cut its forecast on Monday. Sales fell 4% in the third quarter."
        " Revenue climbed 2%.",
        "climbed",
        "2025-Q3",
    ),
    (
        "The bank kept its rate on Thursday. Inflation slowed to 2.9% in November. Prices"
        " of food rose 1%.",
        "rose",
        "2025-11",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_act_after_a_figures_period_lies_on_the_day(text: str, word: str, value: str) -> None:
    assert time_of(text, word, PUBLISHED) == value
