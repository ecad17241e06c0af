"""A closed compound of a common noun and a maker's or seller's word opening a headline
is a common noun, not a name: "Chipmaker shares slide", "Drugmaker wins approval"
(WordNet, the model's noun list, knows "carmaker" but not "chipmaker"). The word is a
known noun followed by one of ``compound_heads`` (models/entities/rules.json). The surname
of a person named in full stays ("Ann Shoemaker ... Shoemaker said"). Capability table of
invented headlines."""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

TABLE = [
    ("Chipmaker shares slide as export curbs widen\n\nShares fell on Monday.", "Chipmaker"),
    ("Drugmaker wins approval for flu pill\n\nThe pill was tested on 900 people.", "Drugmaker"),
    ("Homebuilder sales fall for a third month", "Homebuilder"),
    ("Planemaker delays jet deliveries again", "Planemaker"),
    ("Bookseller closes 40 stores as sales slump", "Bookseller"),
    ("Automaker recalls 50,000 vans over brakes", "Automaker"),
    ("Steelmaker cuts 900 jobs at two plants", "Steelmaker"),
    ("Shipbuilder wins navy order for six frigates", "Shipbuilder"),
    ("Toymaker sees strong holiday demand", "Toymaker"),
    ("Lawmakers approve budget after all-night session", "Lawmakers"),
    ("Policymakers hold rates steady in November", "Policymakers"),
    ("Winemaker fined over misleading labels", "Winemaker"),
    ("Filmmaker sued over documentary footage", "Filmmaker"),
    ("Chipmakers lead market lower on Tuesday", "Chipmakers"),
    ("Drugmakers cut insulin prices by a third", "Drugmakers"),
    ("Dealmakers expect a busy December", "Dealmakers"),
]


@pytest.mark.parametrize(("text", "word"), TABLE)
def test_a_compound_common_noun_opening_a_headline_is_no_name(text: str, word: str) -> None:
    assert word not in names(text)


def test_the_surname_of_a_person_named_in_full_stays() -> None:
    text = "Ann Shoemaker chairs the board.\n\nShoemaker said the vote was fair."
    assert names(text).get("Shoemaker") == "PERSON"
