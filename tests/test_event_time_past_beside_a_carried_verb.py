"""A past told beside a verb an auxiliary carries is a past of its own (issue 25: rule 2
and "when"): capability table of invented sentences, published 2025-11-18 (a Tuesday).

"The company said it would close the plant and fired 200 workers" told the firing as a
plan to come, and "Police said they would investigate and arrested two men on Monday"
gave Monday to the investigating too. "Would", "will", "may" or "to" carry the bare verb
before "and"; the past form after it ("fired", "arrested", spelt apart from its base
form) cannot share them. It is a past of its own, actual, and the two verbs are told in
two times: they lend each other no date (``briefx.dates.lexicon.past_beside_a_carried_
verb``). A verb spelt as its base form ("and cut 200 jobs") still shares, and so does a
past beside "could", which is also the past of "can" ("could hear voices and pulled two
men out").
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, the past verb, its time or None)
OWN_PAST = [
    ("The company said it would close the plant and fired 200 workers.", "fired", None),
    ("The firm said it would cut prices and advised customers to wait.", "advised", None),
    ("The minister said she would resign and left the building.", "left", None),
    (
        "Police said they would investigate and arrested two men on Monday.",
        "arrested",
        "2025-11-17",
    ),
    ("The bank will cut 500 jobs and closed 20 branches last year.", "closed", "2024"),
    ("The union will strike on Friday and rejected the offer on Monday.", "rejected", "2025-11-17"),
    (
        "The airline may cancel more flights and grounded 40 planes on Monday.",
        "grounded",
        "2025-11-17",
    ),
    ("The company will build a new plant and hired 300 staff this year.", "hired", "2025"),
    ("The team might sell its striker and signed two defenders in January.", "signed", "2025-01"),
    (
        "The firm said it would list its shares in London and raised $50 million last month.",
        "raised",
        "2025-10",
    ),
    ("The club will appeal against the ban and fined the player on Monday.", "fined", "2025-11-17"),
    ("Officials hope to reopen the bridge and cleared debris on Sunday.", "cleared", "2025-11-16"),
    ("The council will review the plan and rejected a rival bid in June.", "rejected", "2025-06"),
    ("The ministry would not comment and declined to give figures.", "declined", None),
    ("The owners want to sell the club and sacked the coach on Sunday.", "sacked", "2025-11-16"),
]

# (text, the carried verb, a date of the past verb it must not take, or None)
CARRIED = [
    (
        "Police said they would investigate and arrested two men on Monday.",
        "investigate",
        "2025-11-17",
    ),
    ("The union will strike on Friday and rejected the offer on Monday.", "strike", "2025-11-17"),
    (
        "The airline may cancel more flights and grounded 40 planes on Monday.",
        "cancel",
        "2025-11-17",
    ),
    ("The team might sell its striker and signed two defenders in January.", "sell", "2025-01"),
    (
        "The firm said it would list its shares in London and raised $50 million last month.",
        "list",
        "2025-10",
    ),
    (
        "The club will appeal against the ban and fined the player on Monday.",
        "appeal",
        "2025-11-17",
    ),
]

# One auxiliary for both: (text, the second verb, its modality, its "when")
SHARED = [
    ("The company said it would close the plant and cut 200 jobs.", "cut", "planned", "future"),
    ("The firm will hire 100 staff and open two stores.", "open", "planned", "future"),
    (
        "The bank would sell the unit and return cash to shareholders.",
        "return",
        "possible",
        "future",
    ),
]

# "could" is also the past of "can": (text, the first verb, the shared time)
COULD = [
    ("Rescuers could hear voices and pulled two men out on Monday.", "hear", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "verb", "value"), OWN_PAST)
def test_the_past_form_is_a_past_of_its_own(text: str, verb: str, value: str | None) -> None:
    frame = frames_of(text)[verb]
    assert frame.modality == "actual"
    assert frame.when == "past"
    assert (frame.time.value if frame.time is not None else None) == value


@pytest.mark.parametrize(("text", "verb", "value"), CARRIED)
def test_the_carried_verb_takes_no_date_of_the_past(text: str, verb: str, value: str) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is None or frame.time.value != value
    assert frame.when == "future"


@pytest.mark.parametrize(("text", "verb", "modality", "when"), SHARED)
def test_a_base_form_shares_the_auxiliary(text: str, verb: str, modality: str, when: str) -> None:
    frame = frames_of(text)[verb]
    assert (frame.modality, frame.when) == (modality, when)


@pytest.mark.parametrize(("text", "verb", "value"), COULD)
def test_could_keeps_one_time(text: str, verb: str, value: str) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is not None and frame.time.value == value
