"""A relative pronoun after a dated phrase stands for the noun the phrase tells of, not for
the date (events): in "it replaces a craft launched in 2012, which will be moved to a
higher orbit" (an invented launch report) the parser hangs the relative clause on "2012",
and the frame of "moved" had "2012" for what is moved. The antecedent of "who", "which"
or "that" is found above a date or a time: over its preposition and a participle to the
noun ("a craft launched in 2012"). Capability table of invented texts."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, event word, "agent" or "patient", the words the argument names)
TABLE = [
    (
        "It replaces a craft launched in 2012, which will be moved to a higher orbit.",
        "moved",
        "patient",
        "craft",
    ),
    (
        "Police questioned a man arrested on Friday, who was later released.",
        "released",
        "patient",
        "man",
    ),
    (
        "The court freed a journalist jailed in 2021, who had criticised the army.",
        "criticised",
        "agent",
        "journalist",
    ),
    (
        "The club sold a defender signed in August, who had played only twice.",
        "played",
        "agent",
        "defender",
    ),
    (
        "Rescuers found a hiker missing since Sunday, who had broken a leg.",
        "broken",
        "agent",
        "hiker",
    ),
    (
        "The museum showed a painting stolen in 1990, which was found in a barn.",
        "found",
        "patient",
        "painting",
    ),
    ("Investors sold bonds issued in March, which had lost value.", "lost", "agent", "bonds"),
    (
        "The league fined a club relegated in May, which had fielded a banned player.",
        "fielded",
        "agent",
        "club",
    ),
    ("Voters ousted a mayor elected in 2019, who had raised taxes.", "raised", "agent", "mayor"),
    (
        "The navy towed a tanker seized on Monday, which was carrying oil.",
        "carrying",
        "agent",
        "tanker",
    ),
    ("The firm recalled heaters sold in 2024, which can overheat.", "overheat", "agent", "heaters"),
    (
        "Doctors treated a boy hurt on Saturday, who had fallen from a roof.",
        "fallen",
        "agent",
        "boy",
    ),
    (
        "The city demolished a tower built in 1968, which had stood empty.",
        "stood",
        "agent",
        "tower",
    ),
    (
        "Police released a driver held overnight, who had crashed into a wall.",
        "crashed",
        "agent",
        "driver",
    ),
    (
        "The agency grounded a jet delivered in June, which had shown cracks.",
        "shown",
        "agent",
        "jet",
    ),
    # Without a date between them the antecedent was already found.
    ("The team signed a striker, who scored twice on Sunday.", "scored", "agent", "striker"),
]


@pytest.mark.parametrize(("text", "word", "role", "noun"), TABLE)
def test_a_relative_pronoun_after_a_date_stands_for_the_noun(
    text: str, word: str, role: str, noun: str
) -> None:
    argument = getattr(frame_of(text, word), role)
    assert argument is not None and noun in argument.text.split()
