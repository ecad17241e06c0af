"""A cluster of warnings, predictions or denials is headlined by what was said (brief,
read as a user would): the frame of "Forecasters warned on Wednesday that more rain would
fall" holds no patient, and "Forecasters warned on Nov. 4, 2026" tells a reader nothing,
so the line is a sentence of the cluster; with what was acted on ("accused the mayor",
"denied the charges") the frame's line stays. The speech acts are those of
``speech_acts`` in ``models/events/words.json``. Capability table of invented frames and
one brief of two invented reports."""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import HeadlineFrame, frame_headline
from briefx.schema import ClusterEvent
from tests.briefs import brief_of

NAMES = {"g1": "Ruth Alvarez", "g2": "Velmora", "g3": "the weather service"}


def _line(lemma: str, text: str, patient: str | None = None, **slots: str) -> str | None:
    event = ClusterEvent(
        lemma=lemma,
        agent=slots.get("agent", "g1"),
        patient=slots.get("patient_id"),
        place=None,
        date=slots.get("date", "2025-11-17"),
        modality="actual",
    )
    return frame_headline(event, [HeadlineFrame(text, lemma, True, None, patient)], NAMES)


# (lemma, word, what was acted on): no line of the frame, the cluster's sentence instead.
SAID_ONLY = [
    ("warn", "warned", None),
    ("predict", "predicted", None),
    ("insist", "insisted", None),
    ("deny", "denied", None),
    ("argue", "argued", None),
    ("allege", "alleged", None),
    ("warn", "warns", None),
    ("predict", "predicts", None),
    ("deny", "denies", None),
    ("insist", "insists", None),
]

# With what was acted on, the frame's line stays.
ACTED_ON = [
    ("accuse", "accused", "the mayor", "Ruth Alvarez accused the mayor on Nov. 17, 2025"),
    ("deny", "denied", "the charges", "Ruth Alvarez denied the charges on Nov. 17, 2025"),
    ("warn", "warned", "residents", "Ruth Alvarez warned residents on Nov. 17, 2025"),
    ("urge", "urged", "restraint", "Ruth Alvarez urged restraint on Nov. 17, 2025"),
]


@pytest.mark.parametrize(("lemma", "word", "patient"), SAID_ONLY)
def test_what_was_said_is_no_frame_line(lemma: str, word: str, patient: str | None) -> None:
    assert _line(lemma, word, patient) is None


@pytest.mark.parametrize(("lemma", "word", "patient", "expected"), ACTED_ON)
def test_a_speech_act_on_someone_keeps_its_line(
    lemma: str, word: str, patient: str, expected: str
) -> None:
    assert _line(lemma, word, patient) == expected


def test_a_brief_of_two_warnings_reads_what_was_warned() -> None:
    first = (
        "Rain floods towns\n\nForecasters warned on Monday that more heavy rain would fall "
        "over the weekend in the north."
    )
    second = (
        "More rain ahead\n\nThe national forecasters warned on Monday that heavy rain "
        "would return to the north at the weekend."
    )
    brief = brief_of(first, second)
    lines = [c.headline for c in brief.fact_clusters if c.event and c.event.lemma == "warn"]
    assert lines, [c.headline for c in brief.fact_clusters]
    assert all("rain" in line for line in lines), lines


# A speech act is a statement and an event: its sentence is one entry of the timeline on
# its day, not one for the warning and one for the statement.
TIMELINE = [
    (
        "Forecasters warned on Monday that more heavy rain would fall in the north.",
        "Forecasters warned on Monday that heavy rain would return to the north.",
    ),
    (
        "The firm denied on Monday that it had paid the officials.",
        "The company denied on Monday that it had paid any officials.",
    ),
    (
        "The union insisted on Monday that the strike would go ahead.",
        "Union leaders insisted on Monday that the strike would go ahead.",
    ),
]


@pytest.mark.parametrize(("first", "second"), TIMELINE)
def test_a_speech_act_is_one_timeline_entry_per_day(first: str, second: str) -> None:
    brief = brief_of(first, second)
    monday = [e for e in brief.timeline if e.value == "2025-11-17"]
    sentences = [(f.doc, f.sentence) for e in monday for f in e.facts]
    assert monday, [e.headline for e in brief.timeline]
    assert len(sentences) == len(set(sentences)), [e.headline for e in monday]
