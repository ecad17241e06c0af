"""What a clause of time under an act to come tells is to come too, also told back in a
report or under a modal (issue 25, rules 3 and 5).

English tells the future in the present in a clause of time ("will reopen when repairs
are finished", ``_ahead_in_a_time_clause``). In a report the whole is told back: "the
union said the walkout would continue until management improved its offer": "improved"
has a past tag, but nothing has been improved; and under a modal ("drivers must use a
detour until engineers finish their checks") the clause lies ahead as under "will". The
verb of such a clause (after ``relative_marks``, ``when_marks`` or ``conditional_marks``)
is to come: no scene of the story's past, no past time.

Capability table of invented two-sentence stories, published 2025-11-22 (a Saturday);
the first sentence sets a scene in the past. Before the change all 16 verbs to come were
told as past or ongoing (most took the scene's day); the 3 clauses under a past act kept
their past.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

PUBLISHED = "2025-11-22"

# (story, the verb of the clause)
TO_COME = [
    (
        "A strike entered its third day on Friday. The union said the walkout would "
        "continue until management improved its offer.",
        "improved",
    ),
    (
        "Talks stalled on Wednesday. Both sides said they would not meet again until the "
        "other side dropped its demands.",
        "dropped",
    ),
    (
        "The port closed on Monday. Officials said it would reopen once divers checked "
        "the channel.",
        "checked",
    ),
    (
        "The mine flooded on Tuesday. The company said work would resume when the pumps "
        "cleared the water.",
        "cleared",
    ),
    (
        "The ceasefire collapsed on Sunday. The envoy said he would return when both "
        "sides agreed to talk.",
        "agreed",
    ),
    (
        "The plant shut on Thursday. Managers said it would stay closed until engineers "
        "repaired the boiler.",
        "repaired",
    ),
    (
        "Protests spread on Monday. Leaders said they would keep marching until the "
        "government resigned.",
        "resigned",
    ),
    (
        "The festival was called off on Friday. Organisers said refunds would be paid "
        "once the insurer approved the claim.",
        "approved",
    ),
    (
        "The bridge was closed on Friday. Drivers must use a detour until engineers "
        "finish their checks.",
        "finish",
    ),
    (
        "The airport shut on Thursday. Passengers should stay home until airlines "
        "restore their flights.",
        "restore",
    ),
    (
        "The river burst its banks on Monday. Residents can return when the water recedes.",
        "recedes",
    ),
    (
        "The school closed on Tuesday. Pupils may go back once the heating works again.",
        "works",
    ),
    (
        "The talks broke up on Wednesday. Officials said a deal could come if both "
        "sides compromised.",
        "compromised",
    ),
    (
        "The ferry ran aground on Sunday. The owner said it would sail again after "
        "inspectors cleared it.",
        "cleared",
    ),
    (
        "The rail line was cut on Monday. The operator said buses would replace trains "
        "until crews rebuilt the embankment.",
        "rebuilt",
    ),
    (
        "The factory caught fire on Friday. The firm said staff would be paid until the "
        "site reopened.",
        "reopened",
    ),
]


@pytest.mark.parametrize(("story", "verb"), TO_COME)
def test_the_verb_of_a_clause_of_time_to_come_lies_ahead(story, verb):
    frame = frame_of(story, verb, PUBLISHED)
    assert frame.when == "future"
    assert frame.time is None or frame.time.value > PUBLISHED


# A clause of time under a past act keeps its past.
TOLD = [
    ("The port closed on Monday. It reopened once divers checked the channel.", "checked"),
    ("The mine flooded on Tuesday. Work resumed when the pumps cleared the water.", "cleared"),
    (
        "The plant shut on Thursday. It stayed closed until engineers repaired the boiler.",
        "repaired",
    ),
]


@pytest.mark.parametrize(("story", "verb"), TOLD)
def test_a_clause_of_time_under_a_past_act_keeps_its_past(story, verb):
    assert frame_of(story, verb, PUBLISHED).when == "past"
