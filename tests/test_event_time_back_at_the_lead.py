"""A noun that names the story's lead again is back at the lead, over a look back or an
outlook told in between (issue 25, rule 3): capability table of invented three-sentence
stories, published 2025-11-18 (a Tuesday).

"The company said on Monday it would cut 900 jobs. It cut 1,100 jobs in June. Unions
criticised the decision" put the decision and the criticism in June: the look back set
the scene. "The move comes as ...", "The announcement comes a month after ..." and an
object of a verb of reacting ("welcomed the decision") name the news the story led with,
whatever scene came in between: they take the story's lead (``retelling_nouns`` in
models/events/time.json), its first act told as done with a date of its sentence, or
with none its first dated report ("Veltrix will build a plant, the company said on
Monday"). The reacting verb lies there too.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (story, the noun, the lead's time, the verb reacting to it or None)
BACK_AT_THE_LEAD = [
    (
        (
            "Veltrix will build a chip plant in Arizona, the company said on Monday. "
            "Construction is expected to begin in 2026. "
            "The announcement comes a month after a rival unveiled plans for a plant in Texas."
        ),
        "announcement",
        "2025-11-17",
        None,
    ),
    (
        (
            "The central bank raised rates on Thursday. "
            "It expects inflation to ease next year. "
            "The move comes as prices keep rising."
        ),
        "move",
        "2025-11-13",
        None,
    ),
    (
        (
            "The company said on Monday it would cut 900 jobs. "
            "It cut 1,100 jobs in June. "
            "Unions criticised the decision."
        ),
        "decision",
        "2025-11-17",
        "criticised",
    ),
    (
        (
            "The league banned the striker for a year on Friday. "
            "He was banned for a month in 2023. "
            "Fans condemned the decision."
        ),
        "decision",
        "2025-11-14",
        "condemned",
    ),
    (
        (
            "Dunmore said on Monday it will close two plants. "
            "It opened a plant in Ohio in 2019. "
            "Local leaders condemned the announcement."
        ),
        "announcement",
        "2025-11-17",
        "condemned",
    ),
    (
        (
            "Parliament passed the bill on Wednesday. "
            "A similar bill failed in 2021. "
            "Rights groups welcomed the decision."
        ),
        "decision",
        "2025-11-12",
        "welcomed",
    ),
    (
        (
            "Regulators fined Halden Bank $5 million on Friday. "
            "The bank was fined in 2020 over a data breach. "
            "The bank said it would appeal the ruling."
        ),
        "ruling",
        "2025-11-14",
        None,
    ),
    (
        (
            "The airline grounded its fleet on Sunday. "
            "A strike shut it down for a week in May. "
            "The step comes as fuel costs soar."
        ),
        "step",
        "2025-11-16",
        None,
    ),
    (
        (
            "The club sacked its coach on Monday. "
            "He had joined in 2023. "
            "The move comes after five defeats in a row."
        ),
        "move",
        "2025-11-17",
        None,
    ),
    (
        (
            "Orvane said on Tuesday it would buy a rival for $2 billion. "
            "It bought a chip designer in 2022. "
            "Analysts welcomed the move."
        ),
        "move",
        "2025-11-18",
        "welcomed",
    ),
    (
        (
            "The mayor closed the bridge on Saturday. "
            "Engineers had warned in March that it was unsafe. "
            "Residents criticised the decision."
        ),
        "decision",
        "2025-11-15",
        "criticised",
    ),
    (
        (
            "The regulator approved the merger on Thursday. "
            "It blocked a similar deal in 2021. "
            "The decision comes after a year-long review."
        ),
        "decision",
        "2025-11-13",
        None,
    ),
    (
        (
            "The president sacked the army chief on Sunday. "
            "The two had clashed in August over the budget. "
            "Opposition leaders condemned the move."
        ),
        "move",
        "2025-11-16",
        "condemned",
    ),
    (
        (
            "Fernhill Energy said on Friday it will raise prices by 8% in January. "
            "Prices rose 5% last winter. "
            "Consumer groups criticised the announcement."
        ),
        "announcement",
        "2025-11-14",
        "criticised",
    ),
    (
        (
            "The bank cut its main rate on Wednesday. "
            "It expects growth to pick up in 2026. "
            "The decision comes as unemployment climbs."
        ),
        "decision",
        "2025-11-12",
        None,
    ),
]


@pytest.mark.parametrize(("text", "noun", "value", "verb"), BACK_AT_THE_LEAD)
def test_the_noun_is_back_at_the_lead(text: str, noun: str, value: str, verb: str | None) -> None:
    frames = frames_of(text)
    frame = frames[noun]
    assert frame.time is not None and frame.time.value == value
    if verb is not None:
        reaction = frames[verb].time
        assert reaction is not None and reaction.value == value


def test_a_doer_keeps_the_scene_of_the_act_it_names() -> None:
    """ "The decision touched off protests" after "ruled on Wednesday": its verb's time (the
    scene), not an earlier lead."""
    text = (
        "Police arrested a teacher on Monday. The court ruled on Wednesday that he must be "
        "freed. The decision touched off protests."
    )
    frame = frames_of(text)["decision"]
    assert frame.time is not None and frame.time.value == "2025-11-12"
