"""The day of what a report says is to come, under the verb that carries the future
(issue 25): "said it would try to reopen the plant on Thursday" is the coming Thursday,
as "said it would reopen" is. Capability table of invented sentences, published
2025-11-18 (a Tuesday).

A verb with no tense of its own takes the tense of the verb it completes: a "to"
infinitive under a verb told as to come ("would try to reopen", "will seek to land",
"could decide to close"), and a gerund that is a verb's object ("would resume sailing",
"will stop selling"). "would have" is a past that did not happen: its day is behind.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the date's last word, its value)
REPORTED_FUTURE = [
    # A "to" infinitive under a verb told as to come.
    ("The firm said it would try to reopen the plant on Thursday.", "Thursday", "2025-11-20"),
    ("The pilots will attempt to land the jet on Friday.", "Friday", "2025-11-21"),
    ("The agency said it would seek to recover the probe on Saturday.", "Saturday", "2025-11-22"),
    ("The board could decide to close the mill on Monday.", "Monday", "2025-11-24"),
    ("The rebels said they would agree to free the hostages on Sunday.", "Sunday", "2025-11-23"),
    ("The owners will vote to sell the club on Wednesday.", "Wednesday", "2025-11-19"),
    ("The council said it would move to shut the market on Friday.", "Friday", "2025-11-21"),
    ("The coach said he would choose to rest his captain on Saturday.", "Saturday", "2025-11-22"),
    # A gerund that is the object of a verb told as to come.
    ("Officials said the ferry would resume sailing on Friday.", "Friday", "2025-11-21"),
    ("The shop will stop selling the toys on Thursday.", "Thursday", "2025-11-20"),
    ("The band said it would start recording in Vell on Monday.", "Monday", "2025-11-24"),
    ("Crews said they would finish paving the road on Sunday.", "Sunday", "2025-11-23"),
    ("The museum will begin charging visitors on Saturday.", "Saturday", "2025-11-22"),
    # Done, or never done: the day is behind.
    ("The firm tried to reopen the plant on Thursday.", "Thursday", "2025-11-13"),
    ("The ferry resumed sailing on Friday.", "Friday", "2025-11-14"),
    ("The shop stopped selling the toys on Thursday.", "Thursday", "2025-11-13"),
    ("The ferry would have resumed sailing on Friday.", "Friday", "2025-11-14"),
    ("The club would have played the final on Sunday.", "Sunday", "2025-11-16"),
    ("Police said the fire would have spread on Monday without the rain.", "Monday", "2025-11-17"),
    ("The pilots attempted to land the jet on Friday.", "Friday", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "span", "value"), REPORTED_FUTURE)
def test_the_day_of_what_is_to_come(text: str, span: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d.value for d in doc.dates if d.text.endswith(span)]
    assert found == [value], [(d.text, d.value) for d in doc.dates]
