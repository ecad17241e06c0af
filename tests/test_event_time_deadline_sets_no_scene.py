"""A deadline sets no scene for the acts told after it (issue 25).

"Rebels will hand over their weapons by the end of March. In return, the government will
release 400 prisoners." put the release in March: a date after "by" is a deadline, which
the act it hangs on lies only before (rule 5), but with no event owning it, it still set
the scene for the sentences after it. A date right after "by" (``deadline_preps``) now
sets none; one after the "by" of a doer ("was hit by a storm on Monday") still does.

Capability table of invented plans, published 2026-11-24 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of, time_of

PUBLISHED = "2026-11-24"

# (plan with a deadline, then an act to come with no date of its own)
AFTER_A_DEADLINE = [
    (
        "Rebels will hand over their weapons by the end of March. In return, the "
        "government will release 400 prisoners.",
        "release",
    ),
    ("The firm must repay the loan by June. It will also sell two plants.", "sell"),
    ("Workers will vote by Friday. The union will then decide its next step.", "decide"),
    (
        "The council must approve its spending plan by December. It will also raise parking fees.",
        "raise",
    ),
    ("The team will name its squad by Monday. The coach will pick a new captain.", "pick"),
    ("The company aims to cut its debt by 2028. It will sell its hotels.", "sell"),
    (
        "The ministry will publish the rules by the end of January. Firms will have "
        "six months to comply.",
        "comply",
    ),
    ("The airline plans to retire its old jets by 2030. It will buy 40 new planes.", "buy"),
    (
        "The city must clear the site by the spring. Builders will then start work on the tower.",
        "start",
    ),
    (
        "The club hopes to sign a striker by mid-January. It will also sell two defenders.",
        "sell",
    ),
    ("The school will reopen by September. Pupils will return to new classrooms.", "return"),
    (
        "The bank expects to close the deal by the first quarter. It will then merge "
        "the two networks.",
        "merge",
    ),
    ("The regulator wants a decision by next week. The firms will submit new offers.", "submit"),
    ("The shop must close by Sunday. Its staff will move to a new store.", "move"),
    ("The utility will restore power by Thursday. Crews will work through the night.", "work"),
    ("The port will reopen by the weekend. Ships will unload their cargo.", "unload"),
]

# The "by" of a doer: its sentence's date sets the scene.
AFTER_A_DOER = [
    (
        "The town was hit by a storm on Monday. Rescuers searched the rubble.",
        "searched",
        "2026-11-23",
    ),
    ("The firm was fined by the regulator on Friday. It apologised.", "apologised", "2026-11-20"),
]


@pytest.mark.parametrize(("text", "word"), AFTER_A_DEADLINE)
def test_an_act_after_a_deadline_takes_no_time_from_it(text: str, word: str) -> None:
    assert last_time_of(text, word, PUBLISHED) is None


@pytest.mark.parametrize(("text", "word", "value"), AFTER_A_DOER)
def test_a_date_after_a_doer_sets_the_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word, PUBLISHED) == value
