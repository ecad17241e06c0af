"""A state told in the simple present passive holds at publication (issue 25, rule 4):
"the road is closed after the landslide", "the council is divided over the plan", "two
climbers are trapped on the ridge" tell how things stand now, like "the suspect remains
in custody" (tests/test_event_time_present_states.py). The evidence a source gives is
of now too, even with "a" or no article: "a survey shows that ...", "figures show the
economy shrank" tell of one survey and these figures, not of a kind (``evidence_verbs``
in ``models/events/time.json``). A habit, a kind, a condition or a date of its own keeps
what it had: "the museum is closed on Mondays", "tickets are sold at the door", "if the
bridge is closed", "the road is closed until May". Capability table of invented sentences
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import assert_at_publication, time_or_none

# (text, verb): time = publication, when = ongoing.
HOLDS_NOW = [
    ("The road is closed after the landslide.", "closed"),
    ("The council is divided over the new stadium.", "divided"),
    ("Two climbers are trapped on the north ridge.", "trapped"),
    ("The pass is blocked by snow.", "blocked"),
    ("The former minister is accused of taking bribes.", "accused"),
    ("Hundreds of homes are flooded in the lower town.", "flooded"),
    ("The plant is owned by a Finnish group.", "owned"),
    ("The airport is shut, the operator said.", "shut"),
    ("Dozens of roads are flooded after the storm.", "flooded"),
    ("The storm hit the coast on Monday. The main bridge is damaged.", "damaged"),
    ("Both candidates are tied in the latest count.", "tied"),
    ("The hospital is crowded with patients.", "crowded"),
    ("The striker is injured and will miss the final.", "injured"),
    # Evidence of now, with "a" or no article (evidence_verbs).
    ("A survey shows that most renters fear eviction.", "shows"),
    ("Figures show the economy shrank in the summer.", "show"),
    ("A new study suggests the drug works.", "suggests"),
    ("Early returns suggest the ruling party has lost.", "suggest"),
]

# (text, verb, the time it keeps): a habit, a kind, a date of its own.
KEEPS = [
    ("The museum is closed on Mondays.", "closed", None),
    ("The road is usually closed in winter.", "closed", None),
    ("Tickets are sold at the door.", "sold", None),
    ("The lane was closed on Sunday.", "closed", "2025-11-16"),
    ("Volcanoes are formed by rising magma.", "formed", None),
]


@pytest.mark.parametrize(("text", "verb"), HOLDS_NOW)
def test_a_present_state_holds_at_publication(text: str, verb: str) -> None:
    assert_at_publication(text, verb, "ongoing")


@pytest.mark.parametrize(("text", "verb", "value"), KEEPS)
def test_a_habit_a_kind_or_a_date_of_its_own_is_kept(
    text: str, verb: str, value: str | None
) -> None:
    assert time_or_none(text, verb) == value


def test_a_condition_keeps_no_time() -> None:
    """ "If the bridge is closed": a condition, not a state of now."""
    assert time_or_none("If the bridge is closed, trucks must take the ferry.", "closed") is None
