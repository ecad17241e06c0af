"""What a relative clause set off by commas tells of the person a sentence is about is
that person's history, not the news: "Ortez, who led the party for a decade, resigned on
Monday" did not lead the party on Monday (event time, kind "a profile clause").

A restrictive relative clause of a person ("a man who robbed three banks") already took
no date of its main clause: it picks the person out by an earlier act. An aside set off
by commas took the main clause's day, as it should for one that tells what went with the
act ("freed the hostages, who walked to the border, on Monday"). When the aside is of the
subject, before the verb, it describes who acts (a career, a record, an earlier deed):
with no date of its own it takes none. Things ("The index, which fell 2%, closed at a
record on Friday") keep the day, as do clauses of an object.

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 11 of the 12 profile clauses took the main clause's day.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2026-03-13"

# (sentence, the clause's verb)
PROFILES = [
    ("Ortez, who led the party for a decade, resigned on Monday.", "led"),
    ("The singer, whose albums sold millions of copies, died on Sunday.", "sold"),
    ("The striker, who joined the club from a rival, scored twice on Saturday.", "joined"),
    ("The mayor, who ran the city for 12 years, died on Thursday.", "ran"),
    ("The actor, who starred in dozens of films, was arrested on Tuesday.", "starred"),
    ("The general, who commanded the army during the war, died on Wednesday.", "commanded"),
    ("The founder, who built the company from a garage, stepped down on Thursday.", "built"),
    ("The minister, who negotiated the treaty, was sacked on Monday.", "negotiated"),
    ("The coach, who won three titles with the club, was dismissed on Sunday.", "won"),
    (
        "The pilot, who flew for the airline for 30 years, landed the plane safely on Friday.",
        "flew",
    ),
    ("The senator, who voted against the bill, switched sides on Wednesday.", "voted"),
    ("The driver, who fled the scene, was arrested on Monday.", "fled"),
]


def _times(text: str) -> dict[str, str | None]:
    return times_of(text, PUBLISHED)


@pytest.mark.parametrize(("text", "verb"), PROFILES)
def test_a_profile_clause_of_the_subject_takes_no_day_of_the_news(text, verb):
    times = _times(text)
    assert verb in times
    assert times[verb] is None


# A thing's move, a clause of an object, a profile with a date of its own, an aside of a
# speaker (what went with the saying).
KEPT = [
    ("The index, which fell 2%, closed at a record on Friday.", "fell", "2026-03-13"),
    ("Shares of Volta, which rose 5%, hit a high on Tuesday.", "rose", "2026-03-10"),
    ("Troops freed the hostages, who walked to the border, on Monday.", "walked", "2026-03-09"),
    ("Ortez, who took office in 2022, resigned on Monday.", "took", "2022"),
    (
        "Fighting broke out on Monday. A spokesman, who gave no name, said the army had withdrawn.",
        "gave",
        "2026-03-09",
    ),
]


@pytest.mark.parametrize(("text", "verb", "value"), KEPT)
def test_things_objects_and_dated_profiles_keep_their_reading(text, verb, value):
    assert _times(text)[verb] == value
