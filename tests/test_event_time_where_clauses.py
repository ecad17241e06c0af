"""A "where" clause tells of its place: its date sets no scene (issue 25, rule 3).

"The outbreak started at a school in Amaro, where a pupil fell ill after a trip in
August. Doctors warned of more cases.": with no scene held, the where-clause's August set
the scene, and the doctors' warning was dated August. A clause opened by "where" tells
the history of the place it hangs on, not the story's time; its dates set no scene for
what follows, whether or not one was told before.

Capability table of invented texts, published 2025-12-05; before the rule 16 of the 16
cases took the where-clause's date.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-05"

# (text, an event of the second sentence)
AFTER_A_WHERE_CLAUSE = [
    (
        "The outbreak started at a school in Amaro, where a pupil fell ill after a trip in "
        "August. Doctors warned of more cases.",
        "warned",
    ),
    (
        "The march ended at the square, where police shot two students in 1989. Speakers "
        "urged calm.",
        "urged",
    ),
    (
        "The summit opens in Vell, where the treaty was signed in 1992. Delegates arrived by "
        "train.",
        "arrived",
    ),
    (
        "The team trains at a ground in Orvik, where it won its first title in 1961. Fans "
        "watched the session.",
        "watched",
    ),
    (
        "Rescuers searched the mine in Kelt, where a blast killed 30 men in 2010. They found "
        "two survivors.",
        "found",
    ),
    (
        "The fire broke out at the plant, where workers went on strike in May. Crews fought "
        "the blaze.",
        "fought",
    ),
    ("The band played in Marel, where it formed in 1998. The crowd sang along.", "sang"),
    (
        "Voters queued in Tarno, where the party lost its seat in 2019. Turnout was high and "
        "officials praised it.",
        "praised",
    ),
    ("The ship docked in Halden, where it was built in 1975. Tourists toured the deck.", "toured"),
    (
        "Protesters gathered at the court, where the mayor was convicted in March. Police "
        "closed the road.",
        "closed",
    ),
    (
        "The pope visited Amaro, where an earthquake struck in 2016. He blessed the survivors.",
        "blessed",
    ),
    (
        "The president spoke at the factory, where he worked in the 1980s. Workers cheered.",
        "cheered",
    ),
    ("The cyclists finished in Orvik, where the race began in 1903. The winner wept.", "wept"),
    (
        "Talks were held at the castle, where the ceasefire was agreed in 2014. Both sides "
        "left early.",
        "left",
    ),
    (
        "The storm hit Porthaven, where floods destroyed 200 homes in 2021. Residents fled inland.",
        "fled",
    ),
    (
        "The minister toured the hospital, where a nurse died of the virus in April. Staff "
        "showed her the wards.",
        "showed",
    ),
]


@pytest.mark.parametrize(("text", "word"), AFTER_A_WHERE_CLAUSE)
def test_a_where_clauses_date_sets_no_scene(text: str, word: str) -> None:
    assert time_of(text, word, PUBLISHED) is None
