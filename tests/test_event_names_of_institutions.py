"""An event word that is part of an institution's or a place's name names no event (issue
25, event coverage; the old kind of naming error): "the Federal Bureau of Investigation",
"the London Metal Exchange", "the Ring of Fire", "the Court of Appeals" hold no
investigation, exchange, fire or appeal. A name of an occasion is still one: "the Climate
Change Conference", "the Boston Marathon", "the Cannes Film Festival" (``named_occasions``
in ``models/events/words.json``), and the same word outside a name is still an event.
Capability table of invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, a word of a name, whether it is an event)
TABLE = [
    ("Copper rose 2% on the London Metal Exchange on Monday.", "Exchange", False),
    ("Chile sits astride the Ring of Fire.", "Fire", False),
    ("Agents of the Federal Bureau of Investigation searched the house.", "Investigation",
     False),
    ("The U.S. Court of Appeals upheld the ruling on Friday.", "Appeals", False),
    ("The International Rescue Committee sent doctors to Gaza.", "Rescue", False),
    ("The New York Stock Exchange halted Vantor shares.", "Exchange", False),
    ("The Fire Department of New York sent 40 trucks.", "Fire", False),
    ("The Securities and Exchange Commission fined the bank.", "Exchange", False),
    ("The Bank of England Investment Committee met on Thursday.", "Investment", False),
    ("Officers from the Serious Fraud Office raided the firm on Monday.", "Office", False),
    ("The Environmental Protection Agency issued a warning.", "Protection", False),
    # A name of an occasion is one.
    ("Delegates gathered at the UN Climate Change Conference in Belem on Monday.",
     "Conference", True),
    ("She won the Boston Marathon in April.", "Marathon", True),
    ("The Cannes Film Festival opened on Tuesday.", "Festival", True),
    ("The Davos Summit ended on Friday.", "Summit", True),
    # Outside a name, the word is an event.
    ("A fire destroyed the warehouse on Sunday.", "fire", True),
    ("The investigation began in March.", "investigation", True),
]


@pytest.mark.parametrize(("text", "word", "event"), TABLE)
def test_a_word_of_a_name_is_no_event(text: str, word: str, event: bool) -> None:
    assert (word in frames_of(text)) is event


@pytest.mark.parametrize(
    ("text", "word"),
    [("Fire Kills Three In Ohio Apartment", "Fire"), ("Riot Erupts After Match In Lyon", "Riot")],
)
def test_a_headline_event_the_model_reads_as_a_person_stays_an_event(text: str, word: str) -> None:
    """The model reads "Fire Kills" as a person's name: a person's name is no institution."""
    assert word in frames_of(text)
