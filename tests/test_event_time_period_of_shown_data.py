"""The period of what data shows is no time of the showing (issue 25, rule 1).

"Revised figures showed 30,000 fewer jobs in September than first reported" gave
"showed" September: the parse hangs the month on the verb, after its object, and the
verb took it as its own date. Figures, a survey or a report show what was so over a
period; the showing is their release, not that period (as "said third-quarter profit
rose" is no report made in the quarter). A date after the object of a verb of showing
(``evidence_verbs`` of models/events/time.json: show, reflect, suggest, signal; an
event noun shown takes it: "showed a drop in sales in August") belongs to what is
shown; a date before the object is the showing's own ("showed on Friday a drop in
sales"), and so is a release's ("figures released on Tuesday showed ..."). A person who
shows something acts ("the minister showed restraint in March"), as does a bare "to
show".

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
all 16 showings took the period shown, none after; the 4 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the verb of showing, the period its object is about)
SHOWN = [
    (
        "Revised figures showed 30,000 fewer jobs in September than first reported.",
        "showed",
        "2025-09",
    ),
    ("The survey showed a drop in sales in August.", "showed", "2025-08"),
    ("The data showed record exports in October.", "showed", "2025-10"),
    (
        "Official figures showed a trade deficit of $2 billion in the third quarter.",
        "showed",
        "2025-Q3",
    ),
    ("The report showed 12 deaths on the roads in July.", "showed", "2025-07"),
    ("Statistics showed a rise in burglaries in the first half.", "showed", "2025-H1"),
    ("The numbers suggested weaker demand in November.", "suggested", "2025-11"),
    ("Bank data showed fewer loans to small firms in 2024.", "showed", "2024"),
    ("Hospital records showed 40 admissions on Saturday.", "showed", "2025-11-29"),
    ("The index showed a slowdown in factory output in October.", "showed", "2025-10"),
    ("Tax returns showed losses of $3 million in 2023.", "showed", "2023"),
    ("Border figures showed 8,000 crossings in June.", "showed", "2025-06"),
    ("The poll showed support for the mayor at 40% in May.", "showed", "2025-05"),
    ("Flight data showed a sharp turn at 9 p.m. on Tuesday.", "showed", "2025-12-02T21:00"),
    ("The accounts reflected a loss on the sale in March.", "reflected", "2025-03"),
    ("Customs data showed a jump in imports in the spring.", "showed", "2025-SP"),
]

# (text, the verb of showing, its own time): a date before the object, or a release's
OWN = [
    ("Figures released on Tuesday showed a drop in sales.", "showed", "2025-12-02"),
    ("The data showed on Friday that prices rose.", "showed", "2025-12-05"),
    ("The minister showed restraint in March.", "showed", "2025-03"),
    ("Rescuers tried to show courage on Sunday.", "show", "2025-11-30"),
]


@pytest.mark.parametrize(("text", "word", "period"), SHOWN)
def test_what_is_shown_keeps_its_period(text: str, word: str, period: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is None or frame.time.value != period, frame.time


@pytest.mark.parametrize(("text", "word", "value"), OWN)
def test_a_showing_keeps_its_own_day(text: str, word: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
