"""What a report says after "on a call", "in a letter", "at a briefing" is no relative
clause of that noun (event frames, who did what to whom): "Lena Okafor told analysts on a
call that orders had fallen sharply" gave the fall the patient "a call" (an invented
chipmaker report). The parse reads the 'that' clause as a relative clause of the noun
before it ("a call that orders had fallen"), so the noun became what was acted on. A clause
opened by 'that' under the object of a reporting verb's preposition, where the verb has no
clause of its own, is what the verb reports: the noun is none of its roles, nor is the
'that'. Capability table of invented sentences."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, the reported event, its doer)
TABLE = [
    (
        "Chief executive Lena Okafor told analysts on a call that orders had fallen sharply "
        "since October.",
        "fallen",
        "orders",
    ),
    ("The minister told reporters at a briefing that prices had risen.", "risen", "prices"),
    (
        "The coach told journalists after the match that his players had suffered.",
        "suffered",
        "his players",
    ),
    ("The mayor told residents at a meeting that the river had peaked.", "peaked", "the river"),
    (
        "The general told senators in a hearing that the troops had withdrawn.",
        "withdrawn",
        "the troops",
    ),
    ("The chairman told shareholders in a letter that profits had slumped.", "slumped", "profits"),
    (
        "The official told lawmakers during a session that the talks had stalled.",
        "stalled",
        "the talks",
    ),
    ("The captain told fans in a video that the team had recovered.", "recovered", "the team"),
    ("The spokesman told the agency in an email that the plant had closed.", "closed", "the plant"),
    ("The premier told voters at a rally that wages had grown.", "grown", "wages"),
    (
        "The scientist told colleagues in a paper that the glacier had shrunk.",
        "shrunk",
        "the glacier",
    ),
    (
        "The envoy told diplomats at a dinner that the ceasefire had collapsed.",
        "collapsed",
        "the ceasefire",
    ),
    ("The banker told clients in a note that inflation had peaked.", "peaked", "inflation"),
    (
        "The pilot told passengers over the intercom that an engine had failed.",
        "failed",
        "an engine",
    ),
    ("The founder told staff in a memo that sales had slowed.", "slowed", "sales"),
    ("The doctor told relatives by phone that the patient had died.", "died", "the patient"),
]


@pytest.mark.parametrize(("text", "event", "doer"), TABLE)
def test_what_a_report_says_on_an_occasion_has_no_patient_from_it(
    text: str, event: str, doer: str
) -> None:
    frame = frame_of(text, event)
    assert frame.agent is not None and frame.agent.text == doer
    assert frame.patient is None


# A true relative clause of such a noun keeps it: "the call that investors had joined".
KEPT = [
    ("He spoke on a call that investors had joined.", "joined", "a call"),
    ("Police found the car that the gang had stolen on Monday.", "stolen", "the car"),
]


@pytest.mark.parametrize(("text", "event", "patient"), KEPT)
def test_a_relative_clause_keeps_its_noun(text: str, event: str, patient: str) -> None:
    frame = frame_of(text, event)
    assert frame.patient is not None and frame.patient.text == patient
