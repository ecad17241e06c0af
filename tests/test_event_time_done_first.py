"""What will be done first, told in the present perfect (issue 25, rules 4 and 5):
"The port will reopen the terminal once divers have checked the channel". English tells
an act to come before another in the present perfect; it is not news of the day (rule 4)
but an act to come, placed before the act it clears the way for. Capability table of
invented sentences, published 2025-11-18.

In a clause of time ("once", "after", "when", "until", "as soon as") under an act not
told in the past, a present perfect is to come: no publication time; it shares the day
the sentence names for the act above it, as a clause of time does in the past. A
present perfect of its own, or after "now that", is still news of the day.
"""

from __future__ import annotations

import pytest

from tests.event_times import PUBLISHED, frame_of

# (text, event word, its time's value or None, when)
DONE_FIRST = [
    ("The port will reopen the terminal once divers have checked the channel.", "checked", None),
    ("The team will fly home after it has played the final.", "played", None),
    ("Schools will reopen when engineers have inspected the buildings.", "inspected", None),
    ("The road will stay shut until crews have cleared the mud.", "cleared", None),
    ("Flights will resume as soon as the ash cloud has passed.", "passed", None),
    (
        "The vote will take place on Friday after the council has reviewed the plan.",
        "reviewed",
        "2025-11-21",
    ),
    ("We will decide once the doctors have examined him, the coach said.", "examined", None),
    ("The ferry will sail again when the storm has eased.", "eased", None),
    (
        "The museum reopens on Friday after workers have repaired the roof.",
        "repaired",
        "2025-11-21",
    ),
    ("The firm plans to hire staff once the plant has been rebuilt.", "rebuilt", None),
    ("Trading will restart after the exchange has fixed the fault.", "fixed", None),
    ("The minister will speak once the talks have ended.", "ended", None),
    ("Police will release the names after relatives have buried the victims.", "buried", None),
    ("The bridge will open to cars when tests have been completed.", "completed", None),
    ("The club will sign the striker once he has passed a medical.", "passed", None),
    ("Residents can return home once the fire has been put out.", "put", None),
    ("Do not drive until the water has gone down, police urged.", "gone", None),
    (
        "The port expects to reopen on Tuesday once divers have checked the channel.",
        "checked",
        None,
    ),
]

NEWS_OF_THE_DAY = [
    ("Divers have checked the channel.", "checked"),
    ("The council has reviewed the plan, the mayor said.", "reviewed"),
    ("Now that the storm has eased, the ferry will sail.", "eased"),
    ("The striker has passed a medical and will sign on Friday.", "passed"),
]


@pytest.mark.parametrize(("text", "word", "value"), DONE_FIRST)
def test_done_first_is_to_come(text: str, word: str, value: str | None) -> None:
    frame = frame_of(text, word)
    assert frame.when == "future"
    assert (frame.time.value if frame.time else None) == value


@pytest.mark.parametrize(("text", "word"), NEWS_OF_THE_DAY)
def test_a_present_perfect_of_its_own_is_news_of_the_day(text: str, word: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is not None
    assert (frame.time.value, frame.time.source, frame.when) == (PUBLISHED, "publication", "past")
