"""A past date between an event noun and its verb told in the future is the noun's: "The
storm last month will cost insurers $2 billion" (event time, kind "a past subject of a
future act").

The parse hangs a bare date after the subject ("last month") on the verb, so the cost
took the storm's month and was told as past, and a date of the verb's own ("will resume
on Monday", "will hit profits this quarter") came second. A verb told in the future (or
with "may", "might") cannot happen within a date that ended before the publication day:
such a date between its subject and itself is the subject's, when that is an event word,
and no one else's otherwise. "could" and "would" may tell the past ("the team last week
could only draw") and keep the date; so does a modal perfect ("may have damaged").

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 16 of the 16 verbs took the subject's past date.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (sentence, the subject noun, its time, the verb, its time)
ROWS = [
    ("The storm last month will cost insurers $2 billion.", "storm", "2026-02", "cost", None),
    ("The strike last week may cost the airline $40 million.", "strike", "2026-W10", "cost", None),
    ("The recall last month will hit profits this quarter.", "recall", "2026-02", "hit", "2026-Q1"),
    (
        "The drought last summer will raise food prices next year.",
        "drought",
        "2025-SU",
        "raise",
        "2027",
    ),
    (
        "The closure of the mine last year will hurt the town for years.",
        "closure",
        "2025",
        "hurt",
        None,
    ),
    ("The merger last year will save the bank $1 billion.", "merger", "2025", "save", None),
    ("The crash last week may lead to new rules.", "crash", "2026-W10", "lead", None),
    ("The vote last month will shape the budget.", "vote", "2026-02", "shape", None),
    ("The flood last spring will cost farmers their harvest.", "flood", "2025-SP", "cost", None),
    ("The attack last week might delay the launch.", "attack", "2026-W10", "delay", None),
    (
        "The decision yesterday will force hundreds to move.",
        "decision",
        "2026-03-12",
        "force",
        None,
    ),
    (
        "The ruling last Friday will allow the pipeline to go ahead.",
        "ruling",
        "2026-03-06",
        "allow",
        None,
    ),
    (
        "The earthquake last month will slow growth this year.",
        "earthquake",
        "2026-02",
        "slow",
        "2026",
    ),
    ("The landslide last week will keep the road shut.", "landslide", "2026-W10", "keep", None),
    ("The fire last month will keep the plant closed.", "fire", "2026-02", "keep", None),
    ("The talks last week will resume on Monday.", "talks", "2026-W10", "resume", "2026-03-16"),
]


def _times(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {e.text: (e.time.value if e.time else None, e.when) for f in doc.facts for e in f.events}


@pytest.mark.parametrize(("text", "noun", "noun_value", "verb", "verb_value"), ROWS)
def test_the_past_date_is_the_subject_s_and_the_act_is_still_to_come(
    text, noun, noun_value, verb, verb_value
):
    times = _times(text)
    assert times[noun][0] == noun_value
    assert times[verb] == (verb_value, "future")


# What may have happened, or a past act, keeps the date.
KEPT = [
    ("The blast last night may have damaged the bridge.", "damaged", "2026-03-12TNI"),
    ("The team last week could only draw with the leaders.", "draw", "2026-W10"),
    ("The storm last month cost insurers $2 billion.", "cost", "2026-02"),
]


@pytest.mark.parametrize(("text", "verb", "value"), KEPT)
def test_a_past_or_a_possible_past_keeps_its_date(text, verb, value):
    assert _times(text)[verb][0] == value


# A result told before it is out keeps the period it is measured over, the verb too:
# published after the quarter ended.
RESULTS = [
    ("The retailer said its first-quarter sales will be weak.", "weak"),
    ("First-quarter earnings will fall short of forecasts, the bank said.", "fall"),
]


@pytest.mark.parametrize(("text", "word"), RESULTS)
def test_a_result_to_be_told_keeps_its_period(text, word):
    doc = briefx.extract(text, published="2026-04-20")
    times = {e.text: e.time.value if e.time else None for f in doc.facts for e in f.events}
    assert times[word] == "2026-Q1"
