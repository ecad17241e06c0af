"""When each event happened: a relative clause's date and the scene (issue 25, rule 3):
capability table of invented texts (published 2025-11-18, a Tuesday).

"Rovers won the derby on Saturday. Okafor, who joined in January, scored twice. The fans
sang his name.": the relative clause tells of Okafor, not of the story; the scene stays
Saturday. With no scene told yet, the relative clause's date is the paragraph's only time
and sets it ("Veltor, which lost money in the third quarter, cut 300 jobs. Sales fell").
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-11-18"

# (text, an event of the third sentence, its time)
OVER_A_TOLD_SCENE = [
    (
        "Rovers won the derby on Saturday. "
        "Okafor, who joined in January, scored twice. The fans sang his name.",
        "sang",
        "2025-11-15",
    ),
    (
        "The court convicted the former minister on Monday. "
        "His lawyer, who took the case in 2022, left the room. Reporters chased him.",
        "chased",
        "2025-11-17",
    ),
    (
        "Floods hit the valley on Sunday. "
        "The bridge, which opened in 1998, collapsed. Soldiers rescued two drivers.",
        "rescued",
        "2025-11-16",
    ),
    (
        "The company unveiled a new phone on Tuesday. "
        "Its chief, who founded the firm in 2009, spoke for an hour. Shares rose.",
        "rose",
        "2025-11-18",
    ),
    (
        "Police raided the house on Friday. "
        "The owner, who bought it in 2015, fled. Officers seized two guns.",
        "seized",
        "2025-11-14",
    ),
    (
        "The summit opened on Monday. "
        "The host, who took power in 2019, greeted the guests. Protesters blocked a road.",
        "blocked",
        "2025-11-17",
    ),
    (
        "The storm reached the coast on Thursday. "
        "A ferry that sank in March was torn from its moorings. Crews closed the port.",
        "closed",
        "2025-11-13",
    ),
    (
        "The senate passed the bill on Wednesday. "
        "A clause that was inserted in June was dropped. The president signed it.",
        "signed",
        "2025-11-12",
    ),
    (
        "The museum reopened on Sunday. "
        "A statue that was stolen in 2020 returned to its hall. Visitors queued outside.",
        "queued",
        "2025-11-16",
    ),
    (
        "The striker signed a new deal on Friday. "
        "He, who arrived in 2021, thanked the fans. The club posted a video.",
        "posted",
        "2025-11-14",
    ),
    (
        "The two leaders met on Saturday. "
        "The treaty, which expired in May, was renewed. Both sides released a statement.",
        "released",
        "2025-11-15",
    ),
    (
        "The airline cancelled 40 flights on Monday. "
        "Its pilots, who went on strike in October, rejected an offer. "
        "Passengers waited for hours.",
        "waited",
        "2025-11-17",
    ),
    (
        "The mayor resigned on Thursday. "
        "Her deputy, who was elected in 2021, took charge. Councillors approved the move.",
        "approved",
        "2025-11-13",
    ),
    (
        "Rebels took the town on Sunday. "
        "Troops, who arrived in August, withdrew. Residents fled south.",
        "fled",
        "2025-11-16",
    ),
    (
        "The bank cut rates on Tuesday. "
        "Its governor, who was appointed in 2023, defended the move. Markets rallied.",
        "rallied",
        "2025-11-18",
    ),
    (
        "The jury delivered its verdict on Friday. "
        "The defendant, who was arrested in April, wept. His family hugged the lawyers.",
        "hugged",
        "2025-11-14",
    ),
]

# (text, an event of the second sentence, its time)
NO_SCENE_YET = [
    (
        "Veltor, which lost money in the third quarter, cut 300 jobs. Sales fell sharply.",
        "fell",
        "2025-Q3",
    ),
    (
        "The firm, which opened a plant in March, hired 200 workers. Output doubled.",
        "doubled",
        "2025-03",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), OVER_A_TOLD_SCENE)
def test_a_relative_clauses_date_does_not_replace_the_scene(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word", "value"), NO_SCENE_YET)
def test_with_no_scene_yet_a_relative_clauses_date_sets_it(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word) == value


def test_the_relative_clauses_event_keeps_its_own_date() -> None:
    assert time_of(OVER_A_TOLD_SCENE[0][0], "joined") == "2025-01"
