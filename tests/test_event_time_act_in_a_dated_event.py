"""An act that takes part in an event named with its date happened then (issue 25, rule 1).

"The general, who led the 1998 coup, died on Sunday" had the general lead the coup on
Sunday: "1998" dates the coup, the event noun, and the verb with no date of its own took
the nearest date of its sentence, the main clause's. A verb that takes part in the event
its object names (``_taking_part``: not a verb of recalling or reacting, "condemned the
2019 attack", nor of calling or deciding on one, "called the June strike", nor one of
reporting, planning or expecting) takes the date that names that event, before it or
in its possessive ("the March ceasefire", "Sunday's race"); not a date in the noun's own
phrases ("planned a march on Saturday", "expects a rise in December").

Capability table of invented sentences, published 2025-11-19 (a Wednesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-11-19"

# (text, the act, the event's date)
IN_THE_EVENT = [
    ("Lindqvist, who brokered the March ceasefire, will arrive on Friday.", "brokered", "2025-03"),
    ("The envoy, who negotiated the 2019 accord, resigned on Monday.", "negotiated", "2019"),
    ("Marsh, who won the 2022 election, resigned on Monday.", "won", "2022"),
    ("The general, who led the 1998 coup, died on Sunday.", "led", "1998"),
    ("Okafor, who organised the June protests, was arrested on Monday.", "organised", "2025-06"),
    ("The teacher, who survived the 2004 tsunami, wrote a book about it.", "survived", "2004"),
    ("The banker, who arranged the 2021 takeover, was fined on Tuesday.", "arranged", "2021"),
    ("The minister, who signed the 2015 treaty, died on Sunday.", "signed", "2015"),
    ("The lawyer, who lost the 2020 appeal, was disbarred on Monday.", "lost", "2020"),
    ("The activist, who joined the May hunger strike, was freed on Monday.", "joined", "2025-05"),
    ("The driver, who won Sunday's race, was fined on Monday.", "won", "2025-11-16"),
    ("The colonel, who commanded the 2003 invasion, testified on Tuesday.", "commanded", "2003"),
    ("The mayor, who opened the 2019 festival, resigned on Thursday.", "opened", "2019"),
    (
        "The engineer, who designed the 2016 expansion, joined a rival on Monday.",
        "designed",
        "2016",
    ),
    ("The chief, who oversaw the 2020 merger, left the bank on Friday.", "oversaw", "2020"),
    ("The pilot, who flew the 2018 evacuation, was honoured on Saturday.", "flew", "2018"),
]

# (text, the act, a date it must not take): reacting to or calling the event
NOT_IN_IT = [
    ("Ortez, who condemned the 2019 attack, resigned on Monday.", "condemned", "2019"),
    ("The union, which called the June strike, met managers on Monday.", "called", "2025-06"),
]


@pytest.mark.parametrize(("text", "act", "value"), IN_THE_EVENT)
def test_the_act_takes_its_events_date(text: str, act: str, value: str) -> None:
    assert time_of(text, act, PUBLISHED) == value


@pytest.mark.parametrize(("text", "act", "value"), NOT_IN_IT)
def test_a_reaction_takes_no_date_of_the_event(text: str, act: str, value: str) -> None:
    assert time_of(text, act, PUBLISHED) != value
