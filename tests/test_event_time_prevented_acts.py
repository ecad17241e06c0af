"""An act a verb of prevention kept from happening did not happen, and the date told with
it is the prevention's: "Storms prevented the ferry from sailing on Tuesday" tells a
prevention on Tuesday and no sailing (issue 25, rules 1 and 5; polarity).

The parse hangs the date on the "-ing" verb after "from" ("from sailing on Tuesday"), so
the prevention had no time and the act prevented was told as done. A verb of
``prevention_verbs`` (``models/events/words.json``: bar, ban, block, prevent, stop ...)
makes the act after its "from" negative, and takes that act's date when it has none of
its own; that "from" is no comparison ("up from a loss a year earlier"), so the date sets
the scene for what follows.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change all 16 acts prevented were positive and all 16 preventions had no time; the
story's next sentence took no scene from the date.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the prevention, the act prevented, the date's value)
PREVENTED = [
    ("Her rival was barred from running last year.", "barred", "running", "2024"),
    (
        "Police stopped the protesters from marching on Saturday.",
        "stopped",
        "marching",
        "2025-11-15",
    ),
    ("The court banned the firm from bidding in 2023.", "banned", "bidding", "2023"),
    ("Storms prevented the ferry from sailing on Tuesday.", "prevented", "sailing", "2025-11-18"),
    (
        "The league blocked the club from signing players in January.",
        "blocked",
        "signing",
        "2025-01",
    ),
    ("Fog kept the planes from landing on Sunday.", "kept", "landing", "2025-11-16"),
    (
        "The judge barred the reporters from attending the hearing on Monday.",
        "barred",
        "attending",
        "2025-11-17",
    ),
    (
        "Officials stopped the crowd from entering the stadium on Saturday.",
        "stopped",
        "entering",
        "2025-11-15",
    ),
    (
        "The rules prohibited the party from campaigning in October.",
        "prohibited",
        "campaigning",
        "2025-10",
    ),
    (
        "Snow prevented rescuers from reaching the village on Wednesday.",
        "prevented",
        "reaching",
        "2025-11-19",
    ),
    (
        "The union blocked the company from hiring new staff in September.",
        "blocked",
        "hiring",
        "2025-09",
    ),
    (
        "The referee stopped the match from restarting on Sunday.",
        "stopped",
        "restarting",
        "2025-11-16",
    ),
    (
        "Guards prevented the prisoners from escaping on Monday.",
        "prevented",
        "escaping",
        "2025-11-17",
    ),
    ("The ruling barred the mayor from seeking office in 2024.", "barred", "seeking", "2024"),
    ("Floods kept farmers from planting in March.", "kept", "planting", "2025-03"),
    (
        "Police blocked the convoy from crossing the border on Friday.",
        "blocked",
        "crossing",
        "2025-11-14",
    ),
]


@pytest.mark.parametrize(("text", "verb", "act", "value"), PREVENTED)
def test_a_prevented_act_did_not_happen(text: str, verb: str, act: str, value: str) -> None:
    assert frames_of(text, PUBLISHED)[act].polarity == "negative"


@pytest.mark.parametrize(("text", "verb", "act", "value"), PREVENTED)
def test_the_prevention_takes_the_date(text: str, verb: str, act: str, value: str) -> None:
    time = frames_of(text, PUBLISHED)[verb].time
    assert time is not None and time.value == value


def test_the_prevention_sets_the_scene() -> None:
    # The "from" of an act prevented is no comparison ("up from a loss a year earlier"):
    # its date sets the scene for what follows.
    text = "Storms prevented the ferry from sailing on Tuesday. Passengers waited at the port."
    time = frames_of(text, PUBLISHED)["waited"].time
    assert time is not None and time.value == "2025-11-18"


def test_an_act_not_prevented_is_not_negated() -> None:
    text = "The strike did not stop the plant from shipping its orders on Friday."
    assert frames_of(text, PUBLISHED)["shipping"].polarity == "positive"
