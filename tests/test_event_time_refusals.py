"""A refusal told with a tense of its own is an act with its own time (issue 25, event
coverage; TimeML's I_ACTION): "the court refused on Thursday to order a hearing" tells
something the court did on Thursday, as "agreed on Monday to release" does. The clause it
governs stays negative (it did not happen). A refusal to speak ("declined to comment",
"refused to say", "declined to identify the buyer") is no news of its own: it stays a cue
(``refusals`` and ``withheld`` in ``models/events/words.json``). "Shares declined 2%" is a
fall, not a refusal. Capability table of invented sentences (published 2025-11-18, a
Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, frames_of, time_of

# (text, refusal word, its time's value)
DATED = [
    ("The court refused on Thursday to order a new hearing.", "refused", "2025-11-13"),
    ("On Monday, the senate refused to approve the budget.", "refused", "2025-11-17"),
    ("The judge declined on Friday to delay the trial.", "declined", "2025-11-14"),
    ("Lawmakers refused last week to raise the debt ceiling.", "refused", "2025-W46"),
    ("Tehran refused on Saturday to let inspectors into the site.", "refused", "2025-11-15"),
    ("The central bank declined Wednesday to cut its main rate.", "declined", "2025-11-12"),
    ("The mayor refused yesterday to resign over the scandal.", "refused", "2025-11-17"),
    ("The committee declined in March to renew the contract.", "declined", "2025-03"),
    ("In 2019 the club refused to sell its star striker.", "refused", "2019"),
    # A present perfect is news of now (rule 4).
    ("The landlord has refused to repair the roof since October.", "refused", "2025-11-18"),
    ("The striking dockers refused to return to work.", "refused", None),
    ("The regulator will refuse to approve the deal, analysts expect.", "refuse", None),
]

# A refusal to speak: no frame of its own.
WITHHELD = [
    ("A company spokeswoman declined to comment on Friday.", "declined"),
    ("The spokesman declined to comment.", "declined"),
    ("Police declined to identify the victim.", "declined"),
    ("She refused to say where the money went.", "refused"),
    ("Officials declined to elaborate on the plan.", "declined"),
    ("The buyer, who declined to be named, paid $4 million.", "declined"),
]


@pytest.mark.parametrize(("text", "word", "value"), DATED)
def test_a_refusal_is_an_act_with_its_time(text: str, word: str, value: str | None) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word"), WITHHELD)
def test_a_refusal_to_speak_is_no_act(text: str, word: str) -> None:
    assert word not in frames_of(text)


def test_what_was_refused_did_not_happen() -> None:
    text = "The court refused on Thursday to order a new hearing."
    assert frame_of(text, "order").polarity == "negative"
    assert frame_of(text, "refused").when == "past"


def test_a_fall_is_no_refusal() -> None:
    """"declined 2%" is the event itself, dated as before."""
    assert time_of("Shares declined 2% on Monday.", "declined") == "2025-11-17"
