"""The relative pronoun of a passive relative clause stands for the noun it follows
(event frames): in "the bill goes to the senate, which is expected to back it", the
senate is expected to, and will, back it; the brief of two invented budget reports had
the timeline line "Which is expected to back it next week". Active relative clauses
already did so ("Zelensky, who is visiting Spain"). Capability table of invented
sentences."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, event word, "agent" or "patient", the argument's text).
RELATIVE_PASSIVES = [
    (
        "The bill goes to the senate, which is expected to back it next week.",
        "back",
        "agent",
        "the senate",
    ),
    (
        "The bill goes to the senate, which is expected to back it next week.",
        "expected",
        "patient",
        "the senate",
    ),
    (
        "The plan went to the council, which was asked to approve it.",
        "approve",
        "agent",
        "the council",
    ),
    (
        "The plan went to the council, which was asked to approve it.",
        "asked",
        "patient",
        "the council",
    ),
    ("Zelensky, who is expected to visit Ankara, met Erdogan.", "visit", "agent", "Zelensky"),
    (
        "The striker, who was sent off on Saturday, will miss the final.",
        "sent",
        "patient",
        "The striker",
    ),
    (
        "The bridge, which was damaged in the storm, reopened on Monday.",
        "damaged",
        "patient",
        "The bridge",
    ),
    (
        "The suspect, who was arrested in Lyon, appeared in court.",
        "arrested",
        "patient",
        "The suspect",
    ),
    ("The ferry, which was built in 1990, sank off the coast.", "built", "patient", "The ferry"),
    ("The minister, who was accused of fraud, resigned.", "accused", "patient", "The minister"),
    ("The mine, which was closed in 2019, will reopen next year.", "closed", "patient", "The mine"),
    (
        "The envoy, who is scheduled to arrive on Friday, will meet the king.",
        "arrive",
        "agent",
        "The envoy",
    ),
    ("The firm, which was fined in May, lost its licence.", "fined", "patient", "The firm"),
    ("The pilots, who were rescued by a trawler, are safe.", "rescued", "patient", "The pilots"),
    (
        "The union, which is set to strike next week, rejected the offer.",
        "strike",
        "agent",
        "The union",
    ),
    ("The coach, who was hired in June, was sacked on Sunday.", "hired", "patient", "The coach"),
]


@pytest.mark.parametrize(("text", "word", "role", "phrase"), RELATIVE_PASSIVES)
def test_a_relative_pronoun_stands_for_its_noun(
    text: str, word: str, role: str, phrase: str
) -> None:
    frame = frame_of(text, word)
    argument = getattr(frame, role)
    assert argument is not None and argument.text == phrase, argument
