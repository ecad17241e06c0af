"""What a dated act says is to come does not happen on the act's day (issue 25, rules 2
and 5): "warned residents on Monday that the river would flood the town" dates the warning,
not the flood. A 'that' clause with a modal or a future ("would", "will", "could", "might",
"must") under a verb with a date tells an act placed only after that verb: it takes no
time from it (it is to come, with no time), though an infinitive still does ("agreed on
Monday to release": rule 2), and a date of its own is its own. Capability table of invented
sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_of

# (text, the verb that is dated, the act it says is to come)
SAID_TO_COME = [
    ("The board decided on Monday that it would close the plant.", "decided", "close"),
    ("The union threatened on Sunday that its members would strike.", "threatened", "strike"),
    ("Forecasters warned on Tuesday that the storm will reach the coast.", "warned", "reach"),
    ("The firm promised on Friday that prices would fall.", "promised", "fall"),
    (
        "The mayor warned residents on Monday that the river would flood the town.",
        "warned",
        "flood",
    ),
    ("The police warned drivers on Monday that the road would stay closed.", "warned", "stay"),
    ("The league ruled on Thursday that the match would be replayed.", "ruled", "replayed"),
    ("The cabinet agreed on Wednesday that the army would withdraw.", "agreed", "withdraw"),
    (
        "The governor pledged on Saturday that the state would rebuild the bridge.",
        "pledged",
        "rebuild",
    ),
    ("The court ordered on Friday that the ship must be released.", "ordered", "released"),
    ("The rebels vowed on Sunday that they would retake the town.", "vowed", "retake"),
    ("The regulator signalled on Monday that it could block the merger.", "signalled", "block"),
    ("The coach hinted on Friday that he might retire.", "hinted", "retire"),
    ("The council voted on Thursday that the library will reopen.", "voted", "reopen"),
    ("The airline warned last week that flights could be cancelled.", "warned", "cancelled"),
    ("The ministry predicted on Monday that exports would recover.", "predicted", "recover"),
    ("The president insisted on Saturday that troops would stay.", "insisted", "stay"),
    ("The teachers decided in October that they would walk out.", "decided", "walk"),
    ("The board determined on Tuesday that the fund would pay the claims.", "determined", "pay"),
]


@pytest.mark.parametrize(("text", "verb", "act"), SAID_TO_COME)
def test_an_act_said_to_come_takes_no_time_from_the_saying(text: str, verb: str, act: str) -> None:
    assert time_of(text, verb) is not None
    frame = frame_of(text, act)
    assert frame.time is None
    assert frame.when == "future"


# The kind's edges: an infinitive takes its verb's date (rule 2); a date of the clause's own
# is the act's own.
KEPT = [
    ("The general agreed on Monday to release the prisoners.", "release", "2025-11-17"),
    ("The board decided on Monday that the plant would close in March.", "close", "2026-03"),
    ("The minister said on Monday that she would resign on Friday.", "resign", "2025-11-21"),
    ("The rebels vowed on Sunday to retake the town.", "retake", "2025-11-16"),
]


@pytest.mark.parametrize(("text", "act", "value"), KEPT)
def test_an_infinitive_or_a_date_of_its_own_stays(text: str, act: str, value: str) -> None:
    assert time_of(text, act) == value
