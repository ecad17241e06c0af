"""An event noun that names again an event the story has told ("the ruling", "the
strike", "this attack") is that event, and takes its time (issue 25, rules 1 and 3): "The
court issued its ruling on Wednesday. The ruling angered the family." The noun must point
back (the, this, that, a possessive), have no date of its own, and the event told before
must have a time of its own sentence or scene; a noun that names a new one ("a new
ruling", "another strike", "every ruling") does not. Capability table of invented texts
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED


def last_time(text: str, word: str) -> str | None:
    """The time value of the last frame of ``word`` in ``text``."""
    doc = briefx.extract(text, published=PUBLISHED)
    found = [e for f in doc.facts for e in f.events if e.text == word]
    assert len(found) >= 2, f"fewer than two frames {word!r}"
    time = found[-1].time
    return time.value if time is not None else None


# (text, event noun named twice, the time of its second mention)
TABLE = [
    ("The court issued its ruling on Wednesday. The ruling angered the family.", "ruling",
     "2025-11-12"),
    ("The minister announced the decision on Thursday. The decision touched off protests.",
     "decision", "2025-11-13"),
    ("The attack on the convoy came on Friday. Officials condemned the attack.", "attack",
     "2025-11-14"),
    ("The summit took place in Geneva on Saturday. Critics said the summit achieved little.",
     "summit", "2025-11-15"),
    ("The vote was held on March 3. The vote split the ruling party.", "vote", "2025-03-03"),
    ("The explosion was heard across the city on Saturday. Investigators are examining "
     "the explosion.", "explosion", "2025-11-15"),
    ("A strike began at the port on Monday. The strike cost exporters millions.", "strike",
     "2025-11-17"),
    ("The robbery took place on Friday night. Police are hunting the men behind the "
     "robbery.", "robbery", "2025-11-14TNI"),
    ("The merger was completed in June. Analysts praised the merger.", "merger", "2025-06"),
    ("The protest began on Sunday. Organisers said this protest was peaceful.", "protest",
     "2025-11-16"),
    ("Fans celebrated the victory on Saturday. The victory lifted the club to third.",
     "victory", "2025-11-15"),
    ("The election took place in May. Observers praised the election.", "election",
     "2025-05"),
    ("The auction was held on Thursday. The auction raised $2 million.", "auction",
     "2025-11-13"),
    ("The crash happened on the motorway on Monday. The crash killed two people.", "crash",
     "2025-11-17"),
    ("The ceremony was held on Friday. Hundreds attended the ceremony.", "ceremony",
     "2025-11-14"),
    # The first time told of the kind is the story's event; a later one an aside.
    ("The king will visit Peru on Friday. The king, who is visiting Chile on Monday, "
     "praised Lima. Aides said the visit would last two days.", "visit", "2025-11-21"),
    # A date of its own wins.
    ("The talks opened on Monday in Vienna. The talks will resume in January.", "talks",
     "2026-01"),
    # A new event of the kind is not the one told.
    ("The court issued a ruling on Wednesday. A new ruling is expected soon.", "ruling", None),
    ("A strike began at the port on Monday. Another strike would cost millions.", "strike",
     None),
    ("The talks opened in Vienna on Monday. The last talks failed.", "talks", None),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_an_event_named_again_is_the_one_told(text: str, noun: str, value: str | None) -> None:
    assert last_time(text, noun) == value
