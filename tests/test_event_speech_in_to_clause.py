"""An act of speaking told in a "to" clause is an event (issue 25, event coverage).

"The committee summoned the banker on Thursday to testify before lawmakers on March 3"
had no frame for the testimony: a reporting verb with no clause of its own, told with
where or when, is an act ("will testify before Congress"), but one the parse hangs as a
clause of purpose or as the complement of a wish ("wants the banker to testify") was read
as what the verb above reports. A "to" clause is never a report's content: with its own
setting and nothing reported it is the act, planned or wished as the verb above tells.
One that reports ("asked to explain why the flight was late") or withholds ("declined to
comment") stays attribution.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule 4
of the 16 acts failed (three had no frame, the fourth the wrong Wednesday: a day in a
clause of purpose, tests/test_dates_purpose_clauses.py), and the 6 reports passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the speaking verb, its time value or None when the text gives none)
ACTS = [
    (
        "The committee summoned the banker on Thursday to testify before lawmakers on March 3.",
        "testify",
        "2026-03-03",
    ),
    (
        "The committee wants the banker to testify before lawmakers on March 3.",
        "testify",
        "2026-03-03",
    ),
    ("The minister flew to Geneva on Monday to speak at the summit.", "speak", "2025-12-01"),
    ("The coach agreed to speak to reporters after the final.", "speak", None),
    ("She has been invited to speak at the university in May 2026.", "speak", "2026-05"),
    (
        "The chief executive is due to testify before the Senate on Tuesday.",
        "testify",
        "2025-12-09",
    ),
    ("The president plans to speak to the nation on Sunday evening.", "speak", "2025-12-07TEV"),
    (
        "Lawmakers voted to call the regulator to testify before the panel next week.",
        "testify",
        "2025-W50",
    ),
    ("The mayor is scheduled to speak at the opening ceremony on Saturday.", "speak", "2025-12-06"),
    (
        "The astronaut will travel to Houston to speak to students on Wednesday.",
        "speak",
        "2025-12-10",
    ),
    ("The nurse was ordered to testify at the inquest next Monday.", "testify", "2025-12-08"),
    ("The envoy hopes to speak with both leaders before Christmas.", "speak", None),
    ("The judge allowed the boy to testify by video link.", "testify", None),
    (
        "The author returned to her home town to speak at a library on Tuesday.",
        "speak",
        "2025-12-02",
    ),
    (
        "Organisers asked the champion to speak at the gala on Friday night.",
        "speak",
        "2025-12-05TNI",
    ),
    ("The whistleblower is expected to testify in private on Thursday.", "testify", "2025-12-11"),
]

# (text, a reporting verb in a "to" clause that reports or withholds: no frame)
REPORTS = [
    "The mayor rose to announce that the vote had passed.",
    "He wanted to say that the plan had failed.",
    "The spokesman was asked to explain why the flight was late.",
    "She refused to say where the money went.",
    "The minister was forced to admit that the figures were wrong.",
    "The coroner refused to say how the climber died.",
]
REPORTED_VERB = {0: "announce", 1: "say", 2: "explain", 3: "say", 4: "admit", 5: "say"}


@pytest.mark.parametrize(("text", "verb", "value"), ACTS)
def test_speaking_in_a_to_clause_is_an_act(text: str, verb: str, value: str | None) -> None:
    frames = frames_of(text, PUBLISHED)
    assert verb in frames, f"no frame {verb!r}"
    time = frames[verb].time
    assert (time.value if time is not None else None) == value


@pytest.mark.parametrize("n", range(len(REPORTS)))
def test_a_to_clause_that_reports_stays_attribution(n: int) -> None:
    assert REPORTED_VERB[n] not in frames_of(REPORTS[n], PUBLISHED)
