"""States of affairs told in the simple present hold at publication (issue 25, rule 4):
"the suspect remains in custody", "the firm faces three lawsuits", "a new survey shows
that ...". Like a state of mind ("the union wants a raise"), such a state is news of now:
its time is the publication date and it is ongoing; so is a denial of it ("does not own
any hotels"). A habit, a kind or a condition keeps no time (rule 5): "routinely sends",
"volcanoes contain", "if the rebels control"; a subject with a possessive is no kind ("our
data shows"). Capability table of invented sentences (published 2025-11-18,
a Tuesday); the verbs are data (``models/events/time.json``: ``present_states``)."""

from __future__ import annotations

import pytest

from tests.event_times import assert_at_publication, frames_of, time_or_none

# (text, the state's verb): time = publication, when = ongoing.
HOLDS_NOW = [
    ("The latest survey shows that most renters fear eviction.", "shows"),
    ("The suspect remains in custody.", "remains"),
    ("The firm faces three lawsuits over the spill.", "faces"),
    ("The Hawks hold a two-point lead at the break.", "hold"),
    ("The ministry lacks the money to rebuild the bridge.", "lacks"),
    ("The figures suggest that the slowdown is easing.", "suggest"),
    ("The company owns six hotels in Lisbon.", "owns"),
    ("The rebels control most of the northern valley.", "control"),
    ("The airline owes its creditors $2 billion.", "owes"),
    ("Unemployment stands at 5.1 percent.", "stands"),
    ("The region depends on tourism.", "depends"),
    ("The storm hit the coast on Monday. The town remains without power.", "remains"),
    ("Our data shows a sharp rise in thefts.", "shows"),
    ("The champions trail the leaders by four points.", "trail"),
    ("The cannery employs 400 people.", "employs"),
    ("The ferry operator owns two boats, the captain said.", "owns"),
    ("Its lawyers face a deadline in the appeal.", "face"),
    # A denial of a state is of now too, like "does not want a strike".
    ("The company does not own any hotels.", "own"),
]

# (text, verb): no time of the publication; the when it has today is kept as given.
NO_TIME = [
    ("The ferry service routinely sends boats to the island.", "sends", None),
    ("The firm usually holds its annual meeting in May.", "holds", None),
    ("Tigers hold large territories.", "hold", None),
    ("The plant employed 400 people in 2010.", "employed", "2010"),
]


@pytest.mark.parametrize(("text", "verb"), HOLDS_NOW)
def test_a_state_told_in_the_present_holds_at_publication(text: str, verb: str) -> None:
    assert_at_publication(text, verb, "ongoing")


@pytest.mark.parametrize(("text", "verb", "value"), NO_TIME)
def test_a_habit_a_kind_or_a_dated_past_is_not_of_now(
    text: str, verb: str, value: str | None
) -> None:
    assert time_or_none(text, verb) == value


def test_a_condition_keeps_no_time() -> None:
    """"If the rebels control the valley": a condition, not a state of now."""
    frame = frames_of("If the rebels control the valley, aid cannot reach it.").get("control")
    assert frame is None or frame.time is None


def test_a_kind_keeps_no_time() -> None:
    """"Volcanoes contain molten rock": a statement about a kind."""
    frame = frames_of("Volcanoes contain molten rock.").get("contain")
    assert frame is None or frame.time is None


def test_a_dynamic_verb_in_the_present_stays_a_habit() -> None:
    """"The bakery sells bread": not a listed state, so no time of now."""
    frame = frames_of("The bakery sells rye bread.").get("sells")
    assert frame is None or frame.time is None
