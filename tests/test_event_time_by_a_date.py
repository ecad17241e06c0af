"""An event told as done by a date happened at some time before it, not within it nor in the
scene before it (issue 25, rule 5: placed only relative to a time): in "Rescuers arrived on
Sunday. By Monday afternoon, they had found 17 survivors" the finding has no day of its own
(it may have been Sunday or Monday). The event gets no time; the date still sets the scene
for what follows. Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, event word, its time's value)
TABLE = [
    ("The storm hit on Friday. By Sunday, the crew had left.", "left", None),
    ("Rescuers arrived on Sunday. By Monday afternoon, they had found 17 survivors.", "found",
     None),
    ("The talks opened on Monday. By Wednesday, the sides had agreed a text.", "agreed", None),
    ("The bourse reopened on Monday. By noon, its shares had lost 5%.", "lost", None),
    ("Voting began on Sunday. By Tuesday, turnout had reached 60%.", "reached", None),
    ("The strike began in May. By June, exports had fallen by half.", "fallen", None),
    ("The virus emerged in January. By March, it had spread to 40 countries.", "spread", None),
    ("Troops crossed the border on Friday. By Saturday, they had taken the airport.", "taken",
     None),
    ("By 2020, the firm had cut 5,000 jobs.", "cut", None),
    ("By Thursday, police had arrested six men.", "arrested", None),
    ("The flood peaked on Monday. By Wednesday, the water had receded.", "receded", None),
    ("By the end of June, the company had sold its stake.", "sold", None),
    ("The team arrived on Friday and by Saturday had finished the job.", "finished", None),
    # Within a date, as before.
    ("On Monday, the crew left the port.", "left", "2025-11-17"),
    ("The storm hit on Friday. On Sunday, the crew left.", "left", "2025-11-16"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_event_done_by_a_date_has_no_time_of_it(
    text: str, word: str, value: str | None
) -> None:
    assert time_of(text, word) == value
