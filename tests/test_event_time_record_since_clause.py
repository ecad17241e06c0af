"""A "since" clause of a record sets no scene (issue 25, rule 3).

"Troops shelled the town on Wednesday. The fighting was the heaviest since a ceasefire
took effect in March. At least 11 soldiers were killed." put the killing in March: the
record's sentence had no date of its own, so the date of its "since" clause became the
paragraph's time. A "since" or "until" clause under a record ("was the heaviest since",
"its lowest level since", "the first strike since": a superlative or an ordinal) names
the field the record ranks within, as "the worst since 2008" does: its dates set no
scene, and what follows stays in the time the story told. A "since" clause under
anything else still may ("has been in care since he was found in May").

Capability table of invented stories, published 1999-10-14 (a Thursday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "1999-10-14"

# (story, the event told after the record, its time)
IN_THE_SCENE = [
    (
        "Troops shelled the town on Wednesday. The fighting was the heaviest since a ceasefire "
        "took effect in March. At least 11 soldiers were killed.",
        "killed",
        "1999-10-13",
    ),
    (
        "The river burst its banks on Tuesday. The flood was the worst since the dam was built "
        "in 1962. Thousands fled.",
        "fled",
        "1999-10-12",
    ),
    (
        "Shares tumbled on Monday. It was the biggest fall since the bank collapsed in 1998. "
        "Traders sold banks.",
        "sold",
        "1999-10-11",
    ),
    (
        "Rebels attacked a convoy on Sunday. The ambush was the deadliest since the war ended "
        "in 1995. Two trucks burned.",
        "burned",
        "1999-10-10",
    ),
    (
        "The peso fell on Wednesday. It was the lowest since the central bank floated it in "
        "July. Importers scrambled for dollars.",
        "scrambled",
        "1999-10-13",
    ),
    (
        "Dockers walked out on Tuesday. It was the first strike since the port was sold in "
        "April. Ships queued offshore.",
        "queued",
        "1999-10-12",
    ),
    (
        "The index rose 3% on Monday. The gain was the largest since the crisis began in May. "
        "Bank shares led.",
        "led",
        "1999-10-11",
    ),
    (
        "A quake struck the coast on Sunday. The tremor was the strongest since the city was "
        "rebuilt in 1972. Walls cracked.",
        "cracked",
        "1999-10-10",
    ),
    (
        "Voters went to the polls on Sunday. Turnout was the highest since women won the vote "
        "in 1950. Queues formed early.",
        "formed",
        "1999-10-10",
    ),
    (
        "Police clashed with fans on Saturday. The violence was the worst since the stadium "
        "reopened in June. Twenty people were hurt.",
        "hurt",
        "1999-10-09",
    ),
    (
        "Oil jumped on Wednesday. The rise was the sharpest since the embargo ended in "
        "February. Refiners raised prices.",
        "raised",
        "1999-10-13",
    ),
    (
        "Snow fell across the north on Tuesday. The storm was the heaviest since records "
        "began in 1890. Schools closed.",
        "closed",
        "1999-10-12",
    ),
    (
        "The club lost 4-0 on Saturday. It was their heaviest defeat since the coach arrived "
        "in August. Fans booed.",
        "booed",
        "1999-10-09",
    ),
    (
        "Exports slumped on Monday. The drop was the steepest since the currency "
        "was devalued in January. Factories cut shifts.",
        "cut",
        "1999-10-11",
    ),
    (
        "Protesters marched on Sunday. The rally was the largest since the government took "
        "office in June. Police watched.",
        "watched",
        "1999-10-10",
    ),
    (
        "The bank cut rates on Tuesday. It was the second cut since the recession began in "
        "March. Lenders lowered theirs.",
        "lowered",
        "1999-10-12",
    ),
]


@pytest.mark.parametrize(("text", "event", "value"), IN_THE_SCENE)
def test_a_records_since_clause_sets_no_scene(text: str, event: str, value: str) -> None:
    assert last_time_of(text, event, PUBLISHED) == value
