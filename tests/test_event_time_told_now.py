"""An event told as now holds at publication, not at another date of its sentence
(issue 25, rules 1 and 4).

"The central bank meets on Dec. 16, and traders now see a rate cut as less likely" gave
"see" Dec. 16: the seeing, in the sentence's main line with no date of its own, took the
nearest calendar date of its sentence, which belongs to the meeting. "Now" (a date with
no calendar days, PRESENT_REF) tells its event holds when the story is told: such an
event takes the publication date (rule 4), whatever other dates its sentence holds,
neither the nearest nor the one of a verb it is joined to ("seized the town in May and
now control the road": a present of its own, though the tagger reads a base form). A
present with "now" is no general statement ("regulators now own its assets"), and a
present with "now" not listed as a state of affairs still holds now ("now blame each
other"). ``now_adverbs`` in models/events/time.json.

A state told as now is framed though its sentence lends it no date ("the painting ... is
now worth twice that"), where a state with no date is otherwise left out.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
6 of the 17 failed (another date of the sentence, or none); the 4 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the event told as now)
NOW = [
    ("The central bank meets on Dec. 16, and traders now see a rate cut as less likely.", "see"),
    ("The plant closed in March, and it now stands empty.", "stands"),
    ("Sales fell in October, and the firm now expects a loss.", "expects"),
    ("The team lost on Sunday and now trails the leaders by five points.", "trails"),
    ("Rebels seized the town in May and now control the main road.", "control"),
    ("Prices peaked in July and are now falling.", "falling"),
    ("The storm hit on Saturday, and crews are now restoring power.", "restoring"),
    ("The vote was held on Sunday, and officials are now counting ballots.", "counting"),
    ("The firm lost its licence in August and now faces a fine.", "faces"),
    ("The ship ran aground on Friday and now lies on its side.", "lies"),
    ("The suspect fled in April and is now living abroad.", "living"),
    ("The mine flooded on Tuesday, and 40 miners are now trapped.", "trapped"),
    ("Talks collapsed in June; the two sides now blame each other.", "blame"),
    ("The dam cracked on Monday, and engineers now fear a breach.", "fear"),
    ("The bank failed in September, and regulators now own its assets.", "own"),
    ("The club sacked its coach on Sunday and is now seeking a successor.", "seeking"),
    ("The painting sold for $1 million in May and is now worth twice that.", "worth"),
]


@pytest.mark.parametrize(("text", "word"), NOW)
def test_an_event_told_as_now_holds_at_publication(text: str, word: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == PUBLISHED, frame.time
    assert frame.when == "ongoing", frame.when


# (text, an event, its time): a date of its own stays ("now resumes on Monday"), and an
# event with no "now" joined to a dated one shares its date as before
CONTROLS = [
    ("The trial now resumes on Monday.", "resumes", "2025-12-08"),
    ("Talks will now resume on Monday.", "resume", "2025-12-08"),
    ("The storm hit on Saturday and knocked out power.", "knocked", "2025-11-29"),
    ("Rebels seized the town in May and control the main road.", "control", "2025-05"),
]


@pytest.mark.parametrize(("text", "word", "value"), CONTROLS)
def test_a_date_of_its_own_or_its_verbs_stays(text: str, word: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
