"""What a verb of helping, causing or perceiving let happen, and when (issue 25, rule 2).

"Her goals helped the club reach the final in March", told in November, read March as
next March and the reaching as still to come; "Residents heard the gunman fire shots on
Monday" put the firing on the coming Monday. A bare infinitive ("reach", "fire": no "to",
no auxiliary) under one of ``bare_infinitive_verbs`` of models/dates/context.json
("help", "make", "let", "see", "watch", "hear", ...) has no tense of its own: a date in
its clause takes the tense of the verb above it, and the clause happened when that verb
did, which takes the clause's date when it has none of its own. Told as to come ("will
help the squad prepare for the final in May") both are to come.

Capability table of invented sentences, published 2025-11-18 (a Tuesday); counts of the
failing rows before the rule are in the commit message.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2025-11-18"

# (text, the verb above or None when the parse keeps no frame of it, the bare verb, the
# date's value, the clause's "when")
CASES = [
    (
        "The veteran helped his side win the league title in April.",
        "helped",
        "win",
        "2025-04",
        "past",
    ),
    ("Her goals helped the club reach the final in March.", "helped", "reach", "2025-03", "past"),
    (
        "Residents heard the gunman fire several shots on Monday.",
        "heard",
        "fire",
        "2025-11-17",
        "past",
    ),
    ("Fans watched their team lose the derby in October.", "watched", "lose", "2025-10", "past"),
    (
        "Officials let the stranded ship dock in Rotterdam on Thursday.",
        None,
        "dock",
        "2025-11-13",
        "past",
    ),
    (
        "A rescue crew helped the climbers descend on Saturday.",
        "helped",
        "descend",
        "2025-11-15",
        "past",
    ),
    ("Cheap loans helped the company expand in May.", "helped", "expand", "2025-05", "past"),
    ("Neighbours watched the flames spread on Friday.", "watched", "spread", "2025-11-14", "past"),
    ("The guards let the prisoners leave in August.", None, "leave", "2025-08", "past"),
    ("Tax breaks helped exports climb in June.", "helped", "climb", "2025-06", "past"),
    ("Traders saw the shares slump on Wednesday.", "saw", "slump", "2025-11-12", "past"),
    (
        "The goalkeeper helped his country qualify in October.",
        "helped",
        "qualify",
        "2025-10",
        "past",
    ),
    ("Villagers heard the dam crack on Sunday.", "heard", "crack", "2025-11-16", "past"),
    (
        "A late goal helped the hosts draw with Leeds in February.",
        "helped",
        "draw",
        "2025-02",
        "past",
    ),
    ("Drivers watched the bridge sway in January.", "watched", "sway", "2025-01", "past"),
    (
        "The new coach will help the squad prepare for the final in May.",
        "help",
        "prepare",
        "2026-05",
        "future",
    ),
    (
        "The council will let traders reopen the market in January.",
        None,
        "reopen",
        "2026-01",
        "future",
    ),
]


@pytest.mark.parametrize(
    ("text", "verb", "clause", "value", "when"), CASES, ids=[case[2] for case in CASES]
)
def test_a_bare_infinitive_takes_the_tense_of_the_verb_above(text, verb, clause, value, when):
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.value for d in doc.dates] == [value]
    frames = frames_of(text, PUBLISHED)
    done = frames[clause]
    assert (done.time.value if done.time else None, done.when) == (value, when)
    if verb is not None:
        above = frames[verb]
        assert (above.time.value if above.time else None, above.when) == (value, when)


# (text, the bare verb, its modality, its when): a maybe above is the clause's maybe
MAYBE = [
    ("The deal should help the company expand abroad.", "expand", "possible", "future"),
    ("The new rules could make banks raise their fees.", "raise", "possible", "future"),
    ("Cheaper fuel might help the airline recover.", "recover", "possible", "future"),
    ("The loan helped the farm survive the drought.", "survive", "actual", "past"),
]


@pytest.mark.parametrize(("text", "clause", "modality", "when"), MAYBE)
def test_a_bare_infinitive_shares_the_modality_of_the_verb_above(text, clause, modality, when):
    frame = frames_of(text, PUBLISHED)[clause]
    assert (frame.modality, frame.when) == (modality, when)
