"""An act whose object is a record since a time lies in the scene (event time).

"Harriers beat City on Saturday. Mensah scored his first goal since August" (invented):
the scoring had no time, read as an act placed after August (rule 5). The "since" phrase
is the span the object's record ranks within ("his first goal", "its biggest gain",
"their heaviest defeat"), whatever word the parse hangs it on: the act is the news, in
the scene, as an event noun told as a record is ("their first meeting since the war").
Capability table of invented texts (published 2025-11-18, a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import later_time_of

# (text, the act, its time's value or None)
TABLE = [
    (
        "Harriers beat City on Saturday.\n\nMensah scored his first goal since August.",
        "scored",
        "2025-11-15",
    ),
    (
        "Harriers beat City on Saturday.\n\nMensah scored his first goal since joining from"
        " Rovers in August.",
        "scored",
        "2025-11-15",
    ),
    (
        "Stocks rallied on Monday.\n\nThe index posted its biggest gain since March.",
        "posted",
        "2025-11-17",
    ),
    (
        "Rovers lost 5-0 at Vell on Sunday.\n\nThey suffered their heaviest defeat since the"
        " coach arrived.",
        "suffered",
        "2025-11-16",
    ),
    (
        "The two leaders met in Oslo on Friday.\n\nThey held their first talks since the"
        " border war.",
        "talks",
        "2025-11-14",
    ),
    (
        "The airline reported results on Thursday.\n\nIt booked its first profit since 2019.",
        "booked",
        "2025-11-13",
    ),
    (
        "Oil prices jumped on Monday.\n\nBrent recorded its largest rise since the invasion.",
        "recorded",
        "2025-11-17",
    ),
    (
        "The central bank acted on Wednesday.\n\nIt made its first cut since 2020.",
        "cut",
        "2025-11-12",
    ),
    (
        "Vell voted on Sunday.\n\nThe party won its first majority since independence.",
        "won",
        "2025-11-16",
    ),
    (
        "The team played in Orvik on Saturday.\n\nIt earned its first away win since February.",
        "earned",
        "2025-11-15",
    ),
    (
        "The river rose on Monday.\n\nIt reached its highest level since the 2014 floods.",
        "reached",
        "2025-11-17",
    ),
    (
        "The firm announced cuts on Tuesday.\n\nIt cut its largest number of jobs since the"
        " crisis.",
        "cut",
        "2025-11-18",
    ),
    (
        "The striker returned on Saturday.\n\nHe made his first start since his injury in May.",
        "start",
        "2025-11-15",
    ),
    (
        "Velmora reported on Thursday.\n\nIt posted its weakest sales since the pandemic.",
        "posted",
        "2025-11-13",
    ),
    (
        "Stocks fell on Friday.\n\nThe dollar suffered its worst day since June.",
        "suffered",
        "2025-11-14",
    ),
    # an act placed after an event is still placed: no record of its object
    (
        "Harriers beat City on Saturday.\n\nMensah scored after joining in August.",
        "scored",
        None,
    ),
    (
        "The mayor resigned on Monday.\n\nShe left office after the vote.",
        "left",
        None,
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_act_with_a_record_since_lies_in_the_scene(
    text: str, word: str, value: str | None
) -> None:
    assert later_time_of(text, word) == value
