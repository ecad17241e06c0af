"""When each event happened: a date in a clause opened by "since" or "until" (issue 25,
rule 3): capability table of invented texts (published 2025-11-18, a Tuesday).

"The team won on Sunday for the first time since their coach left in May. Fans cheered.":
beside another dated event (or a dated report) the "since" clause only bounds a span; the
next sentence lies in Sunday. Alone in its sentence, the clause's date is the paragraph's
time ("The boy has been in care since he was found at sea in May. His mother died when
their boat sank": May).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, an event of the next sentence, its time)
BESIDE_A_DATED_EVENT = [
    (
        "Officials confirmed 14 new cases on Monday, "
        "bringing the total since the outbreak began in early October to 212. "
        "Most new cases were recorded in the north.",
        "recorded",
        "2025-11-17",
    ),
    (
        "The union held a rally on Saturday, its largest since the strike started in March. "
        "Speakers criticised the owners.",
        "criticised",
        "2025-11-15",
    ),
    (
        "Shares rose on Friday, their best day since the crisis erupted in 2020. "
        "Banks led the gains.",
        "led",
        "2025-11-14",
    ),
    (
        "The team won on Sunday for the first time since their coach left in May. Fans cheered.",
        "cheered",
        "2025-11-16",
    ),
    (
        "The river peaked on Thursday, its highest level since records began in 1900. "
        "Crews built barriers.",
        "built",
        "2025-11-13",
    ),
    (
        "Sales fell in October, the steepest drop since the pandemic struck in 2020. "
        "Retailers cut prices.",
        "cut",
        "2025-10",
    ),
    (
        "The minister spoke on Monday for the first time since she was appointed in June. "
        "She praised the police.",
        "praised",
        "2025-11-17",
    ),
    (
        "Voters went to the polls on Sunday, the first election since the war ended in 2023. "
        "Turnout surged.",
        "surged",
        "2025-11-16",
    ),
    (
        "Rail traffic resumed on Tuesday for the first time since floods hit in September. "
        "Commuters returned.",
        "returned",
        "2025-11-18",
    ),
    (
        "Prices jumped in October, the fastest rise since the bank raised rates in 2022. "
        "Shoppers complained.",
        "complained",
        "2025-10",
    ),
    (
        "The envoy arrived on Friday, his first visit since talks collapsed in April. "
        "He met the president.",
        "met",
        "2025-11-14",
    ),
    (
        "The ferry sailed on Saturday for the first time since a storm hit in August. "
        "Passengers cheered.",
        "cheered",
        "2025-11-15",
    ),
    (
        "The museum opened on Sunday, a year after the roof collapsed in 2024. Visitors queued.",
        "queued",
        "2025-11-16",
    ),
    (
        "Oil fell on Monday to its lowest since the war began in 2022. Airlines rallied.",
        "rallied",
        "2025-11-17",
    ),
    (
        "The court sat on Wednesday for the first time since judges went on strike in July. "
        "Lawyers welcomed it.",
        "welcomed",
        "2025-11-12",
    ),
    (
        "The bank cut rates on Thursday, the first cut since inflation soared in 2022. "
        "Markets rose.",
        "rose",
        "2025-11-13",
    ),
]

ALONE = [
    (
        "The boy has been in care since he was found at sea in May. "
        "His mother died when their boat sank.",
        "sank",
        "2025-05",
    ),
    (
        "The clinic has stayed shut since a fire broke out in March. Staff moved to a tent.",
        "moved",
        "2025-03",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), BESIDE_A_DATED_EVENT)
def test_a_since_clause_beside_a_dated_event_sets_no_scene(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word", "value"), ALONE)
def test_a_since_clause_alone_sets_the_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value


def test_the_since_clauses_date_is_its_own_verbs() -> None:
    text = BESIDE_A_DATED_EVENT[0][0]
    assert time_of(text, "began") == "2025-10"
