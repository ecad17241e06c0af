"""A reporting verb that reports nothing is an act of its own (issue 25, event coverage):
"will testify before Congress on Tuesday", "responded to the fire within minutes", "wrote
to the council on Friday" tell something done at a time, with no words reported. A verb
with what was said (a clause, a quotation, "as saying") stays attribution, with its own
dates ("said on Sunday that taxes would rise"). Capability table of invented sentences
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, time_of

# (text, verb, its time's value)
ACTS = [
    ("The chief executive will testify before Congress on Thursday.", "testify", "2025-11-20"),
    ("Witnesses testified for three hours on Monday.", "testified", "2025-11-17"),
    ("The defendant testified in his own defence yesterday.", "testified", "2025-11-17"),
    ("Firefighters responded to the blaze on Saturday night.", "responded", "2025-11-15TNI"),
    ("Police responded to the call within minutes on Friday.", "responded", "2025-11-14"),
    ("The mayor wrote to the council on Friday.", "wrote", "2025-11-14"),
    ("Residents wrote to the minister in March.", "wrote", "2025-03"),
    ("The board replied to the offer on Wednesday.", "replied", "2025-11-12"),
    ("Medics responded within minutes on Sunday.", "responded", "2025-11-16"),
    ("The nurse testified at the inquest last week.", "testified", "2025-W46"),
    ("The senator will testify in closed session next month.", "testify", "2025-12"),
    ("The regulator responded in June with new rules.", "responded", "2025-06"),
    ("Two officers testified at the trial in 2019.", "testified", "2019"),
    ("Lifeguards responded to the distress call on Sunday.", "responded", "2025-11-16"),
    ("The union wrote to every member on Monday.", "wrote", "2025-11-17"),
]

# What was said is reported: attribution, no frame of the verb.
REPORTS = [
    ("The minister said on Sunday that taxes would rise.", "said"),
    ("'We will rebuild,' the mayor said on Monday.", "said"),
    ("Taxes will rise, the minister said on Sunday.", "said"),
    ("The witness testified on Monday that she saw the car.", "testified"),
    ("The firm responded on Friday that the claims were false.", "responded"),
    ("The governor wrote on Friday that the plan had failed.", "wrote"),
    ("He was quoted on Friday by a local paper as saying the plan had failed.", "quoted"),
]


@pytest.mark.parametrize(("text", "word", "value"), ACTS)
def test_a_report_of_nothing_is_an_act(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word"), REPORTS)
def test_a_report_of_words_stays_attribution(text: str, word: str) -> None:
    assert word not in frames_of(text)


# What is reported may come in a preposition: "warned of", "spoke about" (reported_preps).
ABOUT = [
    ("Officials have warned of more rain on Sunday.", "warned"),
    ("The coach commented about the referee on Monday.", "commented"),
    ("Doctors warned against the cuts on Friday.", "warned"),
]


@pytest.mark.parametrize(("text", "word"), ABOUT)
def test_a_report_about_something_stays_attribution(text: str, word: str) -> None:
    assert word not in frames_of(text)
