"""A line keeps the whole bare phrase after its verb's preposition, never half of it: a
factory-fire report's timeline read "Workers complained about faulty in September 2025"
for "complained about faulty wiring in the dyeing hall in September". One bare word
after the preposition is what completes the verb only when the phrase ends there ("on
strike at three hospitals"); a word that goes on with another bare word is the first of
two ("about faulty wiring", "on hunger strike", "in intensive care"); a phrase that runs on
past three gives none. Capability table of the words after an event word (invented)."""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import complement_after

# (the words after the event word, its lemma, the complement kept)
TABLE = [
    ("about faulty wiring in the dyeing hall in September.", "complain", "about faulty wiring"),
    ("on hunger strike on Monday.", "go", "on hunger strike"),
    ("in intensive care on Sunday, doctors said.", "remain", "in intensive care"),
    ("in critical condition after the crash.", "remain", "in critical condition"),
    ("into early retirement in 2024.", "go", "into early retirement"),
    ("about unpaid wages at the port.", "protest", "about unpaid wages"),
    ("on strike at three hospitals on Monday.", "go", "on strike"),
    ("to light.", "come", "to light"),
    ("in custody on Friday.", "remain", "in custody"),
    ("under fire from critics.", "come", "under fire"),
    ("to court in Halden on Monday.", "go", "to court"),
    ("into force on Monday.", "come", "into force"),
    ("about rising prices and low pay.", "complain", "about rising prices"),
    ("against higher fuel taxes on Saturday.", "protest", "against higher fuel taxes"),
    ("in solitary confinement for a week.", "hold", "in solitary confinement"),
    ("on trial.", "go", "on trial"),
    ("about poor working conditions in the mines.", "complain", "about poor working conditions"),
]


@pytest.mark.parametrize(("after", "lemma", "kept"), TABLE)
def test_the_whole_bare_phrase_is_kept(after: str, lemma: str, kept: str) -> None:
    assert complement_after(after, lemma) == kept


# A bare phrase that runs on past three words, or into a determiner: none.
NONE = [
    ("about long unpaid overtime shifts at the mine.", "complain"),
    ("in custody pending a hearing.", "remain"),
]


@pytest.mark.parametrize(("after", "lemma"), NONE)
def test_a_phrase_that_runs_on_gives_none(after: str, lemma: str) -> None:
    assert complement_after(after, lemma) is None
